"""The ``yamabiko eval`` command line (pairs, workload, conversations)."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cli.checks import (
    amount_arg,
    count_arg,
    require_extra,
    seed_arg,
    share_arg,
    similarity_arg,
    whole_arg,
)
from ..errors import InvalidInputError, YamabikoError
from ..focus_search import DEFAULT_FOCUS
from . import conversations
from .data import Pair, load_embedder, load_pairs
from .judged import JudgeSpec
from .pairs import DEFAULT_TARGET_PRECISION, evaluate_pairs
from .plot import plot_learning_curve, plot_pairs
from .split import select
from .workload import evaluate_workload


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", help="write the JSON report to this file")
    parser.add_argument("--no-guard", action="store_true", help="threshold only (no guard)")
    parser.add_argument("--seed", type=seed_arg, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--embedder",
        help="embedder NAME or NAME:key=value,... (use, openai, titan, bedrock-cohere, vertex, "
        "gemini) or package.module:ClassName; default: $YAMABIKO_EMBEDDER, else use",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


def register_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``eval`` to the ``yamabiko`` command."""
    parser = sub.add_parser(
        "eval", help="measure hit quality on labelled data (pairs, workload, conversations)"
    )
    add_eval_arguments(parser)
    parser.set_defaults(func=cmd_eval)


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``pairs``, ``workload`` and ``conversations`` modes and their options."""
    modes = parser.add_subparsers(dest="eval_mode", required=True, metavar="MODE")
    pairs = modes.add_parser("pairs", help="precision/recall per threshold on labelled pairs")
    pairs.add_argument("data", nargs="+", help="pairs JSON Lines file(s)")
    pairs.add_argument("--plot", help="write a PNG plot (precision/recall vs threshold)")
    pairs.add_argument(
        "--threshold", type=similarity_arg, help="threshold to summarise (default: default)"
    )
    pairs.add_argument(
        "--target-precision", type=share_arg, default=DEFAULT_TARGET_PRECISION,
        help="report the lowest threshold reaching this precision (default 0.9)",
    )  # fmt: skip
    pairs.add_argument("--limit", type=count_arg, help="evaluate a seeded random sample of N pairs")
    pairs.add_argument(
        "--focus", action=argparse.BooleanOptionalAction, default=DEFAULT_FOCUS,
        help="each pair's cosine as the cache takes it with question focus (default: on)",
    )  # fmt: skip
    pairs.add_argument(
        "--split",
        choices=["tune", "report", "all"],
        default="all",
        help="one half of each file, split by connected component (see eval/split.py)",
    )
    _add_common(pairs)
    work = modes.add_parser("workload", help="stream queries through a real cache")
    work.add_argument("--groups", nargs="*", default=[], help="pairs files: duplicate groups")
    work.add_argument("--intents", nargs="*", default=[], help="intent files: distractor traffic")
    work.add_argument(
        "--queries", type=count_arg, default=4000, help="queries to stream (default 4000)"
    )
    work.add_argument(
        "--intent-share", type=share_arg, default=0.3, help="share of intent queries (default 0.3)"
    )
    work.add_argument("--store", default="local", help="'local' (temp SQLite) or valkey://...")
    work.add_argument(
        "--min-similarity", type=similarity_arg, help="threshold (default: the default)"
    )
    work.add_argument("--llm-latency-ms", type=amount_arg, default=1500.0, help="LLM latency model")
    work.add_argument(
        "--price-per-1k-tokens",
        type=amount_arg,
        default=0.002,
        help="LLM price model (default 0.002)",
    )
    work.add_argument("--response-tokens", type=count_arg, default=200, help="tokens per answer")
    work.add_argument("--no-compare", action="store_true", help="skip the threshold-only run")
    work.add_argument("--plot", help="write a PNG learning curve (with --judge)")
    work.add_argument(
        "--split", choices=["tune", "report", "all"], default="all",
        help="stream one half: groups by connected component, intents by name (eval/split.py)",
    )  # fmt: skip
    work.add_argument(
        "--fixed-thresholds", type=similarity_arg, nargs="*", default=[], metavar="T",
        help="also run the fixed threshold (guard on) at each T; with --judge, compare at the "
        "same served-hit accuracy",
    )  # fmt: skip
    _add_judge_arguments(work)
    _add_common(work)
    conversations.add_arguments(modes, _add_common)


def _add_judge_arguments(work: argparse.ArgumentParser) -> None:
    judge = work.add_argument_group("judge (borderline band, aliases, learned thresholds)")
    judge.add_argument(
        "--judge", choices=["simulated", "openai", "anthropic", "gemini", "bedrock"],
        help="add a run with the full feature: 'simulated' (verdicts from the labels) or a "
        "real judge through an upstream (--judge-url, --judge-model, --judge-key-env)",
    )  # fmt: skip
    judge.add_argument("--judge-error", type=share_arg, default=0.05,
                       help="simulated judge: share of wrong verdicts (default 0.05)")  # fmt: skip
    judge.add_argument("--judge-cost", type=amount_arg, default=0.0002,
                       help="simulated judge: cost per call (default 0.0002)")  # fmt: skip
    judge.add_argument("--judge-url", help="real judge: API base URL")
    judge.add_argument("--judge-model", help="real judge: model name")
    judge.add_argument("--judge-key-env", help="real judge: variable holding the API key")
    judge.add_argument("--judge-region",
                       help="bedrock judge: AWS region (default: the AWS chain's)")  # fmt: skip
    judge.add_argument("--verify-from", type=similarity_arg, default=None,
                       help="band from here (default: threshold - 0.10)")  # fmt: skip
    judge.add_argument("--no-select", action="store_true",
                       help="judge band candidates first come, first served (default: the "
                       "likeliest yes the budget can pay for)")  # fmt: skip
    judge.add_argument("--select-by", choices=["margin", "similarity"], default="margin",
                       help="rank band candidates for the judge by their margin to the next "
                       "candidate (default) or by similarity")  # fmt: skip
    judge.add_argument("--promote-sync", action="store_true",
                       help="sync mode: also store a verified prompt as an alias")  # fmt: skip
    judge.add_argument("--verify-mode", choices=["async", "sync"], default="async",
                       help="verify in the background (default) or before answering")  # fmt: skip
    judge.add_argument("--max-error-rate", type=share_arg, default=0.01,
                       help="bound of learned thresholds (default 0.01)")  # fmt: skip
    judge.add_argument("--judge-share", type=share_arg, default=0.2,
                       help="judge calls at most this share of misses (default 0.2)")  # fmt: skip
    judge.add_argument("--warmup", type=whole_arg, default=2000,
                       help="queries before the after-warm-up figures (default 2000)")  # fmt: skip


def _judge_spec(args: argparse.Namespace) -> JudgeSpec | None:
    if not args.judge:
        return None
    return JudgeSpec(
        kind=args.judge,
        error=args.judge_error,
        cost_per_call=args.judge_cost,
        verify_from=args.verify_from,
        mode=args.verify_mode,
        max_error_rate=args.max_error_rate,
        share_of_misses=args.judge_share,
        select=False if args.no_select else args.select_by,
        promote_sync=args.promote_sync,
        url=args.judge_url,
        model=args.judge_model,
        key_env=args.judge_key_env,
        region=args.judge_region,
        seed=args.seed,
    ).check()


def cmd_eval(args: argparse.Namespace) -> int:
    """Run ``yamabiko eval pairs|workload|conversations``; print a summary (JSON: --report)."""
    progress = not args.quiet
    if getattr(args, "plot", None):  # fail now, not after the whole run
        require_extra("matplotlib", "eval", "--plot")
    embedder = load_embedder(args.embedder)
    if args.eval_mode == "conversations":
        report = conversations.run_command(args, embedder)
    elif args.eval_mode == "pairs":
        pairs: list[Pair] = []
        for path in args.data:
            pairs.extend(select(load_pairs(path), args.split))
        if args.limit is not None:
            if args.limit < 1:
                raise InvalidInputError(f"--limit is {args.limit}; it must be >= 1.")
            pairs = random.Random(args.seed).sample(pairs, min(args.limit, len(pairs)))
        report = evaluate_pairs(
            pairs,
            embedder,
            guard=not args.no_guard,
            threshold=args.threshold,
            target_precision=args.target_precision,
            progress=progress,
            focus=args.focus,
        )
        report["data"] = list(args.data)
        report["seed"] = args.seed
        report["split"] = args.split
        if args.plot:
            plot_pairs(report, args.plot, title=", ".join(Path(p).name for p in args.data))
        print(_summary_pairs(report))
    else:
        report = evaluate_workload(
            args.groups,
            args.intents,
            guard=not args.no_guard,
            compare=not args.no_compare,
            max_queries=args.queries,
            intent_share=args.intent_share,
            seed=args.seed,
            store_url=args.store,
            embedder=embedder,
            min_similarity=args.min_similarity,
            llm_latency_ms=args.llm_latency_ms,
            price_per_1k=args.price_per_1k_tokens,
            response_tokens=args.response_tokens,
            progress=progress,
            judge=_judge_spec(args),
            warmup=args.warmup,
            split=args.split,
            fixed_thresholds=args.fixed_thresholds,
        )
        if args.plot:
            plot_learning_curve(report, args.plot)
        print(_summary_workload(report))
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def _summary_pairs(report: dict[str, Any]) -> str:
    lines = [
        f"{report['pairs']} pairs ({report['positives']} positive), embedder "
        f"{report['embedder']}, threshold {report['default_threshold']}"
    ]
    for mode, data in report["modes"].items():
        d = data["at_default"]
        reach = data["reaching_target"]
        lines.append(
            f"  {mode:<15} precision {d['precision']}  recall {d['recall']}  F1 {d['f1']}  "
            f"false-hit rate {d['false_hit_rate']}  ROC AUC {data['roc_auc']}  "
            f"PR AUC {data['pr_auc']}  precision>={report['target_precision']} at "
            f"{reach['threshold'] if reach else 'none'}"
        )
        if mode == "guard":
            lines.append(
                f"  {'':<15} recall kept {data['recall_kept']}  rejected "
                f"{data['rejections_at_default']}  latency p50 {data['latency_ms']['p50']} ms "
                f"p99 {data['latency_ms']['p99']} ms"
            )
    return "\n".join(lines)


def _summary_workload(report: dict[str, Any]) -> str:
    lines = [
        f"{report['queries']} queries ({report['group_queries']} from duplicate groups, "
        f"{report['intent_queries']} intent traffic), threshold {report['min_similarity']}, "
        f"seed {report['seed']}"
    ]
    for name, run in report["runs"].items():
        lines.append(
            f"  {name:<15} hit rate {run['hit_rate']}  hit accuracy {run['hit_accuracy']} "
            f"({run['correct_hits']} correct, {run['wrong_hits']} wrong, {run['intent_hits']} "
            f"intent/intent)  latency saved {run['latency']['saved_fraction']}  "
            f"cost saved {run['cost']['saved_fraction']}  lookup p50 {run['lookup_ms']['p50']} ms"
        )
        after = run["stream"]["after_warmup"]
        lines.append(
            f"  {'':<15} after {run['stream']['warmup']} warm-up queries: hit rate "
            f"{after['hit_rate']}  hit accuracy {after['hit_accuracy']}  judge calls "
            f"{after['judge_calls']} ({after['judge_calls_per_miss']} per miss)"
        )
        verification = run.get("verification")
        if verification:
            shown = {k: v for k, v in verification.items() if k.startswith(("verify:", "judge:"))}
            lines.append(f"  {'':<15} {shown}")
    matched = report.get("matched")
    if matched:
        lines.append(f"  after warm-up: {matched['summary']}")
    return "\n".join(lines)


def main_eval(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m yamabiko.eval pairs FILE ...``."""
    parser = argparse.ArgumentParser(prog="yamabiko eval")
    add_eval_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return cmd_eval(args)
    except YamabikoError as exc:
        print(f"yamabiko eval: {exc}", file=sys.stderr)
        return 2
