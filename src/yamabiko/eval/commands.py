"""The ``yamabiko eval`` command line (pairs, workload)."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cli_checks import require_extra, similarity_arg
from ..errors import InvalidInputError, YamabikoError
from . import conversations
from .data import Pair, load_embedder, load_pairs
from .pairs import DEFAULT_TARGET_PRECISION, evaluate_pairs
from .plot import plot_pairs
from .workload import evaluate_workload


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", help="write the JSON report to this file")
    parser.add_argument("--no-guard", action="store_true", help="threshold only (no guard)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--embedder",
        help="embedder NAME or NAME:key=value,... (use, openai, titan, bedrock-cohere, vertex, "
        "gemini) or package.module:ClassName; default: $YAMABIKO_EMBEDDER, else use",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


def register_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``eval`` to the ``yamabiko`` command."""
    parser = sub.add_parser("eval", help="measure hit quality on labelled data (pairs, workload)")
    add_eval_arguments(parser)
    parser.set_defaults(func=cmd_eval)


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    modes = parser.add_subparsers(dest="eval_mode", required=True, metavar="MODE")
    pairs = modes.add_parser("pairs", help="precision/recall per threshold on labelled pairs")
    pairs.add_argument("data", nargs="+", help="pairs JSON Lines file(s)")
    pairs.add_argument("--plot", help="write a PNG plot (precision/recall vs threshold)")
    pairs.add_argument(
        "--threshold", type=similarity_arg, help="threshold to summarise (default: default)"
    )
    pairs.add_argument(
        "--target-precision", type=float, default=DEFAULT_TARGET_PRECISION,
        help="report the lowest threshold reaching this precision (default 0.9)",
    )  # fmt: skip
    pairs.add_argument("--limit", type=int, help="evaluate a seeded random sample of N pairs")
    _add_common(pairs)
    work = modes.add_parser("workload", help="stream queries through a real cache")
    work.add_argument("--groups", nargs="*", default=[], help="pairs files: duplicate groups")
    work.add_argument("--intents", nargs="*", default=[], help="intent files: distractor traffic")
    work.add_argument("--queries", type=int, default=4000, help="queries to stream (default 4000)")
    work.add_argument(
        "--intent-share", type=float, default=0.3, help="share of intent queries (default 0.3)"
    )
    work.add_argument("--store", default="local", help="'local' (temp SQLite) or valkey://...")
    work.add_argument(
        "--min-similarity", type=similarity_arg, help="threshold (default: the default)"
    )
    work.add_argument("--llm-latency-ms", type=float, default=1500.0, help="LLM latency model")
    work.add_argument(
        "--price-per-1k-tokens", type=float, default=0.002, help="LLM price model (default 0.002)"
    )
    work.add_argument("--response-tokens", type=int, default=200, help="tokens per answer")
    work.add_argument("--no-compare", action="store_true", help="skip the threshold-only run")
    _add_common(work)
    conversations.add_arguments(modes, _add_common)


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
            pairs.extend(load_pairs(path))
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
        )
        report["data"] = list(args.data)
        report["seed"] = args.seed
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
        )
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
