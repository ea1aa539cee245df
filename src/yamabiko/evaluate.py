"""``yamabiko eval``: measure hit quality on labelled data.

Two modes:

``pairs``
    Labelled prompt pairs (``{"a", "b", "label", "lang"}`` JSON Lines, label 1 = a cached
    answer for ``a`` is acceptable for ``b``). Embeds every text with the chosen embedder,
    then for every threshold reports precision, recall, F1 and false-hit rate (share of label-0
    pairs served), threshold-only and with the guard; ROC and PR AUC; the lowest threshold
    that reaches a target precision; the guard's rejection reasons and latency. Writes a JSON
    report and a PNG plot (precision / recall vs threshold).

``workload``
    Streams prompts in a seeded random order through a real :class:`AsyncSemanticCache`
    (real embedder, real store, guard on or off), storing an answer on every miss. Prompts
    come from duplicate groups (connected components of label-1 pairs) and, optionally,
    intent-labelled traffic. Reports the hit rate, the accuracy of served hits, and the
    latency and cost saved under a model of the LLM's latency and price.

Scoring of workload hits: a hit between two group prompts is correct only when both are in
the same component (pairs never labelled are unknown, so a hit across components counts as
wrong: the accuracy is a lower bound). A hit between a group prompt and an intent prompt is
wrong (different data sets). A hit between two intent prompts is reported separately
(``intent_hits``, with the share of same-intent hits) and not counted in the accuracy, because
the same intent does not mean the same answer.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .cli_checks import require_extra, similarity_arg
from .errors import ConfigError, InvalidInputError

DEFAULT_TARGET_PRECISION = 0.9
THRESHOLDS = np.round(np.arange(0.50, 1.0, 0.01), 2)
EMBED_BATCH = 256


# -- loading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """One labelled pair: serving ``a``'s answer for ``b`` is right iff ``label`` is 1."""

    a: str
    b: str
    label: int
    lang: str | None


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    file = Path(path)
    if not file.is_file():
        raise InvalidInputError(
            f"data file {str(file)!r} does not exist; pass a JSON Lines file, e.g. "
            "../shared/data/pairs/qqp-dev.jsonl."
        )
    rows = []
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInputError(
                    f"{file}:{number} is not valid JSON ({exc.msg}); each line must be one object."
                ) from exc
            if not isinstance(row, dict):
                raise InvalidInputError(f"{file}:{number} is {type(row).__name__}, not an object.")
            rows.append(row)
    return rows


def load_pairs(path: str | Path) -> list[Pair]:
    """Read labelled pairs (``a``, ``b``, ``label`` 0/1, optional ``lang``)."""
    pairs = []
    for number, row in enumerate(_read_jsonl(path), 1):
        a, b, label = row.get("a"), row.get("b"), row.get("label")
        if not isinstance(a, str) or not isinstance(b, str) or label not in (0, 1):
            raise InvalidInputError(
                f"{path} row {number} is {json.dumps(row, ensure_ascii=False)[:120]}; a pair "
                'needs {"a": str, "b": str, "label": 0 or 1} (optional "lang").'
            )
        if a.strip() and b.strip():
            pairs.append(Pair(a, b, int(label), row.get("lang")))
    if not pairs:
        raise InvalidInputError(f"{path} holds no pairs; expected JSON Lines of labelled pairs.")
    return pairs


def load_embedder(spec: str | None):
    """The default embedder, or ``module:Class`` instantiated without arguments."""
    if not spec or spec in ("default", "use", "use-multilingual-v3"):
        from .embedders.local import USEMultilingual

        return USEMultilingual(threads=2)
    module_name, _, class_name = spec.partition(":")
    if not class_name:
        raise ConfigError(
            f"embedder {spec!r} is not understood; use 'default' or 'package.module:ClassName'."
        )
    try:
        return getattr(importlib.import_module(module_name), class_name)()
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load embedder {spec!r}: {exc}.") from exc


def embed_texts(embedder: Any, texts: Sequence[str], progress: bool = True) -> np.ndarray:
    """Unit vectors for ``texts``, in batches of 256, with a progress bar."""
    from tqdm import tqdm

    from .embedders.base import normalize_rows

    out = []
    batches = range(0, len(texts), EMBED_BATCH)
    for start in tqdm(batches, desc="embedding", unit="batch", disable=not progress):
        chunk = list(texts[start : start + EMBED_BATCH])
        if hasattr(embedder, "embed_sync"):
            vectors = embedder.embed_sync(chunk)
        else:
            vectors = asyncio.run(embedder.embed(chunk))
        out.append(normalize_rows(vectors))
    if not out:
        return np.zeros((0, embedder.dims), dtype=np.float32)
    return np.vstack(out)


def make_verifier(guard: bool):
    """The default guard, or threshold-only."""
    from .verify import AcceptAll, default_verifier

    return default_verifier() if guard else AcceptAll()


# -- metrics -----------------------------------------------------------------------------------


def _auc_roc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    pos, neg = int(labels.sum()), int((1 - labels).sum())
    if not pos or not neg:
        return None
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    # average ranks for ties
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[labels == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def _auc_pr(scores: np.ndarray, labels: np.ndarray) -> float | None:
    """Average precision (area under the precision-recall curve, step-wise)."""
    pos = int(labels.sum())
    if not pos:
        return None
    order = np.argsort(-scores, kind="mergesort")
    hits = labels[order]
    tp = np.cumsum(hits)
    precision = tp / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / pos)


def threshold_metrics(
    sims: np.ndarray, labels: np.ndarray, accepted: np.ndarray, thresholds: np.ndarray
) -> list[dict[str, Any]]:
    """Per threshold: served pairs are those with similarity >= t that ``accepted`` allows."""
    rows = []
    positives, negatives = int(labels.sum()), int((1 - labels).sum())
    for t in thresholds:
        served = (sims >= t) & accepted
        tp = int((served & (labels == 1)).sum())
        fp = int((served & (labels == 0)).sum())
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / positives if positives else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else None
        )
        rows.append(
            {
                "threshold": float(t),
                "served": tp + fp,
                "tp": tp,
                "fp": fp,
                "precision": _r(precision),
                "recall": _r(recall),
                "f1": _r(f1),
                "false_hit_rate": _r(fp / negatives if negatives else None),
            }
        )
    return rows


def _r(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def _at(rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    return min(rows, key=lambda r: abs(r["threshold"] - threshold))


def _reaching(rows: list[dict[str, Any]], target: float) -> dict[str, Any] | None:
    """The lowest threshold whose precision is >= target (and serves something)."""
    for row in rows:
        if row["precision"] is not None and row["precision"] >= target:
            return {"threshold": row["threshold"], "recall": row["recall"]}
    return None


# -- pairs mode --------------------------------------------------------------------------------


def evaluate_pairs(
    pairs: Sequence[Pair],
    embedder: Any,
    *,
    guard: bool = True,
    threshold: float | None = None,
    target_precision: float = DEFAULT_TARGET_PRECISION,
    progress: bool = True,
) -> dict[str, Any]:
    """Evaluate threshold-only and (if ``guard``) guarded serving on labelled pairs."""
    from tqdm import tqdm

    from .cache import DEFAULT_MIN_SIMILARITY
    from .language import detect_language
    from .models import Candidate

    threshold = DEFAULT_MIN_SIMILARITY if threshold is None else threshold
    texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
    index = {t: i for i, t in enumerate(texts)}
    start = time.perf_counter()
    vectors = embed_texts(embedder, texts, progress)
    embed_s = time.perf_counter() - start
    a = np.array([index[p.a] for p in pairs])
    b = np.array([index[p.b] for p in pairs])
    sims = (vectors[a] * vectors[b]).sum(axis=1)
    labels = np.array([p.label for p in pairs])
    every = np.ones(len(pairs), dtype=bool)
    report: dict[str, Any] = {
        "pairs": len(pairs),
        "positives": int(labels.sum()),
        "negatives": int((1 - labels).sum()),
        "embedder": getattr(embedder, "name", type(embedder).__name__),
        "default_threshold": threshold,
        "target_precision": target_precision,
        "embed_seconds": round(embed_s, 2),
    }
    base_rows = threshold_metrics(sims, labels, every, THRESHOLDS)
    modes: dict[str, Any] = {
        "threshold_only": {
            "roc_auc": _r(_auc_roc(sims, labels)),
            "pr_auc": _r(_auc_pr(sims, labels)),
            "at_default": _at(base_rows, threshold),
            "reaching_target": _reaching(base_rows, target_precision),
            "curve": base_rows,
        }
    }
    if guard:
        verifier = make_verifier(True)
        accepted = np.ones(len(pairs), dtype=bool)
        reasons: Counter[str] = Counter()
        reasons_of_positives: Counter[str] = Counter()
        latencies = []
        low = float(THRESHOLDS[0])
        check = getattr(verifier, "check", None)
        if hasattr(verifier, "warm_up"):
            verifier.warm_up()
        for i in tqdm(range(len(pairs)), desc="guard", unit="pair", disable=not progress):
            if sims[i] < low:
                continue  # never served at any threshold of the sweep
            pair = pairs[i]
            lang = pair.lang or detect_language(pair.b)
            t0 = time.perf_counter()
            if check is not None:
                verdict = check(pair.b, pair.a, lang, float(sims[i]))
            else:
                candidate = Candidate("pair", pair.a, float(sims[i]))
                verdict = asyncio.run(verifier.verify(pair.b, candidate, lang))
            latencies.append(time.perf_counter() - t0)
            accepted[i] = verdict.accept
            if not verdict.accept and sims[i] >= threshold:
                reasons[verdict.reason] += 1
                if labels[i] == 1:
                    reasons_of_positives[verdict.reason] += 1
        guard_rows = threshold_metrics(sims, labels, accepted, THRESHOLDS)
        guarded_scores = np.where(accepted, sims, sims - 2.0)
        lat_ms = np.array(latencies) * 1000 if latencies else np.zeros(1)
        at_default = _at(guard_rows, threshold)
        base_recall = modes["threshold_only"]["at_default"]["recall"]
        modes["guard"] = {
            "verifier": getattr(verifier, "name", type(verifier).__name__),
            "roc_auc": _r(_auc_roc(guarded_scores, labels)),
            "pr_auc": _r(_auc_pr(guarded_scores, labels)),
            "at_default": at_default,
            "recall_kept": _r(at_default["recall"] / base_recall) if base_recall else None,
            "reaching_target": _reaching(guard_rows, target_precision),
            "rejections_at_default": dict(reasons.most_common()),
            "rejections_of_positives_at_default": dict(reasons_of_positives.most_common()),
            "latency_ms": {
                "checked": len(latencies),
                "p50": _r(np.percentile(lat_ms, 50)),
                "p99": _r(np.percentile(lat_ms, 99)),
                "max": _r(lat_ms.max()),
            },
            "curve": guard_rows,
        }
    report["modes"] = modes
    return report


def plot_pairs(report: dict[str, Any], path: str | Path, title: str = "") -> None:
    """Precision and recall vs threshold, threshold-only (dashed) and guarded (solid)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    styles = {"threshold_only": "--", "guard": "-"}
    for mode, data in report["modes"].items():
        xs = [r["threshold"] for r in data["curve"]]
        for metric, colour in (("precision", "tab:blue"), ("recall", "tab:orange")):
            ys = [np.nan if r[metric] is None else r[metric] for r in data["curve"]]
            label = f"{metric} ({mode.replace('_', ' ')})"
            ax.plot(xs, ys, styles.get(mode, "-"), color=colour, label=label)
        fhr = [
            np.nan if r["false_hit_rate"] is None else r["false_hit_rate"] for r in data["curve"]
        ]
        if report["positives"] == 0:
            ax.plot(
                xs, fhr, styles.get(mode, "-"), color="tab:red", label=f"false-hit rate ({mode})"
            )
    ax.axvline(report["default_threshold"], color="grey", linewidth=0.8)
    ax.axhline(report["target_precision"], color="grey", linewidth=0.5, linestyle=":")
    ax.set_xlabel("min_similarity (cosine)")
    ax.set_ylim(0, 1.02)
    ax.set_title(title or f"{report['embedder']}: {report['pairs']} pairs")
    ax.legend(loc="lower left", fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# -- workload mode -----------------------------------------------------------------------------


def duplicate_groups(pairs: Sequence[Pair]) -> list[list[str]]:
    """Connected components (union-find) of label-1 pairs, largest first; singletons dropped."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        if pair.label == 1:
            ra, rb = find(pair.a), find(pair.b)
            if ra != rb:
                parent[ra] = rb
    groups: dict[str, list[str]] = {}
    for text in parent:
        groups.setdefault(find(text), []).append(text)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=len, reverse=True)


@dataclass(frozen=True)
class Query:
    text: str
    source: str  # "group" or "intent"
    label: str  # component id or intent name


def build_workload(
    group_files: Sequence[str | Path],
    intent_files: Sequence[str | Path],
    *,
    max_queries: int,
    intent_share: float,
    seed: int,
) -> list[Query]:
    """Seeded, shuffled query stream: duplicate-group prompts plus intent distractors."""
    rng = random.Random(seed)
    grouped: list[Query] = []
    for file in group_files:
        for number, group in enumerate(duplicate_groups(load_pairs(file))):
            grouped.extend(Query(text, "group", f"{Path(file).stem}#{number}") for text in group)
    intents: list[Query] = []
    for file in intent_files:
        for number, row in enumerate(_read_jsonl(file), 1):
            text, intent = row.get("text"), row.get("intent")
            if not isinstance(text, str) or not isinstance(intent, str):
                raise InvalidInputError(
                    f'{file} row {number} needs {{"text": str, "intent": str}}, got '
                    f"{json.dumps(row, ensure_ascii=False)[:120]}."
                )
            intents.append(Query(text, "intent", intent))
    if not grouped and not intents:
        raise InvalidInputError("the workload is empty: pass --groups and/or --intents files.")
    n_intent = round(max_queries * intent_share) if intents else 0
    n_group = max_queries - n_intent if grouped else 0
    if not grouped:
        n_intent = max_queries
    # Whole groups, picked at random, so that each sampled prompt has its duplicates around.
    rng.shuffle(grouped)
    by_label: dict[str, list[Query]] = {}
    for q in grouped:
        by_label.setdefault(q.label, []).append(q)
    labels = list(by_label)
    rng.shuffle(labels)
    chosen: list[Query] = []
    for label in labels:
        if len(chosen) >= n_group:
            break
        chosen.extend(by_label[label][: n_group - len(chosen)])
    chosen.extend(rng.sample(intents, min(n_intent, len(intents))))
    rng.shuffle(chosen)
    return chosen


async def _run_workload(
    queries: Sequence[Query],
    *,
    guard: bool,
    store_url: str,
    embedder: Any,
    min_similarity: float | None,
    llm_latency_ms: float,
    price_per_1k: float,
    response_tokens: int,
    progress: bool,
) -> dict[str, Any]:
    from tqdm import tqdm

    from .cache import AsyncSemanticCache
    from .config import open_store_url
    from .errors import NotStoredError
    from .policy import Policy
    from .stores.local import LocalStore

    with tempfile.TemporaryDirectory(prefix="yamabiko-eval-") as tmp:
        if store_url == "local":
            store = LocalStore(Path(tmp) / "workload.sqlite3")
        else:
            store = open_store_url(store_url)
        # Policy presets (user-specific / time-sensitive rules) are off: the workload measures
        # matching quality, not which prompts a deployment chooses to cache.
        kwargs: dict[str, Any] = {
            "verifier": make_verifier(guard),
            "ttl": None,
            "policy": Policy(presets=False),
        }
        if min_similarity is not None:
            kwargs["min_similarity"] = min_similarity
        cache = AsyncSemanticCache(embedder, store, **kwargs)
        namespace = f"eval-{int(time.time() * 1000)}"  # a fresh, empty partition per run
        context = {"namespace": namespace}
        owner: dict[str, Query] = {}
        counts: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        lookup_ms: list[float] = []
        served_ms = 0.0
        tokens_saved = tokens_total = 0
        examples: list[dict[str, Any]] = []
        try:
            await cache.open()
            for q in tqdm(queries, desc="workload", unit="query", disable=not progress):
                tokens = _tokens(q.text) + response_tokens
                tokens_total += tokens
                result = await cache.probe(q.text, context=context)
                lookup_ms.append(result.timings.total_ms)
                served_ms += result.timings.total_ms
                if result.hit is None:
                    reasons[result.reason.split(":")[0] + _suffix(result.reason)] += 1
                    counts["misses"] += 1
                    served_ms += llm_latency_ms
                    t0 = time.perf_counter()
                    try:
                        await cache.store(q.text, f"answer to: {q.text}", context=context)
                        owner.setdefault(q.text, q)
                    except NotStoredError as exc:
                        counts["not_stored"] += 1
                        reasons[f"not-stored:{exc.reason}"] += 1
                    served_ms += (time.perf_counter() - t0) * 1000
                    continue
                counts["hits"] += 1
                tokens_saved += tokens
                cached = owner.get(result.hit.prompt)
                verdict = _score_hit(q, cached)
                counts[verdict] += 1
                if verdict == "wrong" and len(examples) < 20:
                    examples.append(
                        {
                            "query": q.text,
                            "served_prompt": result.hit.prompt,
                            "similarity": round(result.hit.similarity, 4),
                        }
                    )
            await cache.invalidate(namespace=namespace)
        finally:
            await cache.close()
    n = len(queries)
    judged = counts["correct"] + counts["wrong"]
    baseline_ms = n * llm_latency_ms
    lookup = np.array(lookup_ms) if lookup_ms else np.zeros(1)
    return {
        "queries": n,
        "hits": counts["hits"],
        "hit_rate": _r(counts["hits"] / n if n else None),
        "hit_accuracy": _r(counts["correct"] / judged if judged else None),
        "correct_hits": counts["correct"],
        "wrong_hits": counts["wrong"],
        "intent_hits": counts["intent-same"] + counts["intent-other"],
        "intent_hits_same_intent": counts["intent-same"],
        "miss_reasons": dict(reasons.most_common()),
        "lookup_ms": {"p50": _r(np.percentile(lookup, 50)), "p99": _r(np.percentile(lookup, 99))},
        "latency": {
            "llm_latency_ms": llm_latency_ms,
            "without_cache_s": round(baseline_ms / 1000, 2),
            "with_cache_s": round(served_ms / 1000, 2),
            "saved_fraction": _r(1 - served_ms / baseline_ms if baseline_ms else None),
        },
        "cost": {
            "price_per_1k_tokens": price_per_1k,
            "tokens_without_cache": tokens_total,
            "tokens_saved": tokens_saved,
            "saved": round(tokens_saved / 1000 * price_per_1k, 4),
            "saved_fraction": _r(tokens_saved / tokens_total if tokens_total else None),
        },
        "wrong_hit_examples": examples,
    }


def _suffix(reason: str) -> str:
    return ":" + reason.split(":", 1)[1] if reason.startswith("rejected:") else ""


def _tokens(text: str) -> int:
    """A rough token count: ~4 characters per token (1.5 for CJK scripts)."""
    cjk = sum(1 for c in text if ord(c) > 0x2E80)
    return max(1, round((len(text) - cjk) / 4 + cjk / 1.5))


def _score_hit(query: Query, cached: Query | None) -> str:
    if cached is None:
        return "wrong"
    if query.source == "intent" and cached.source == "intent":
        return "intent-same" if query.label == cached.label else "intent-other"
    if query.source == cached.source == "group" and query.label == cached.label:
        return "correct"
    return "wrong"


def evaluate_workload(
    group_files: Sequence[str | Path],
    intent_files: Sequence[str | Path] = (),
    *,
    guard: bool = True,
    compare: bool = True,
    max_queries: int = 4000,
    intent_share: float = 0.3,
    seed: int = 0,
    store_url: str = "local",
    embedder: Any = None,
    min_similarity: float | None = None,
    llm_latency_ms: float = 1500.0,
    price_per_1k: float = 0.002,
    response_tokens: int = 200,
    progress: bool = True,
) -> dict[str, Any]:
    """Run the workload through a real cache, with the guard and (if ``compare``) without."""
    from .cache import DEFAULT_MIN_SIMILARITY

    if max_queries < 1:
        raise InvalidInputError(f"max_queries is {max_queries}; it must be >= 1.")
    if not 0.0 <= intent_share <= 1.0:
        raise InvalidInputError(f"intent_share is {intent_share}; it must be in [0, 1].")
    queries = build_workload(
        group_files, intent_files, max_queries=max_queries, intent_share=intent_share, seed=seed
    )
    embedder = embedder if embedder is not None else load_embedder(None)
    report: dict[str, Any] = {
        "groups": [str(f) for f in group_files],
        "intents": [str(f) for f in intent_files],
        "seed": seed,
        "store": store_url,
        "min_similarity": min_similarity if min_similarity is not None else DEFAULT_MIN_SIMILARITY,
        "queries": len(queries),
        "group_queries": sum(q.source == "group" for q in queries),
        "intent_queries": sum(q.source == "intent" for q in queries),
        "scoring": "group hit correct iff same label-1 component; group/intent cross hit wrong; "
        "intent/intent hits reported apart (same intent != same answer)",
        "runs": {},
    }
    settings = [True, False] if compare and guard else [guard]
    for use_guard in settings:
        name = "guard" if use_guard else "threshold_only"
        report["runs"][name] = asyncio.run(
            _run_workload(
                queries,
                guard=use_guard,
                store_url=store_url,
                embedder=embedder,
                min_similarity=min_similarity,
                llm_latency_ms=llm_latency_ms,
                price_per_1k=price_per_1k,
                response_tokens=response_tokens,
                progress=progress,
            )
        )
    return report


# -- command line ------------------------------------------------------------------------------


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", help="write the JSON report to this file")
    parser.add_argument("--no-guard", action="store_true", help="threshold only (no guard)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--embedder", help="'default' (USE multilingual v3) or package.module:ClassName"
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


def cmd_eval(args: argparse.Namespace) -> int:
    """Run ``yamabiko eval pairs|workload`` and print a summary (full JSON with --report)."""
    progress = not args.quiet
    if getattr(args, "plot", None):  # fail now, not after the whole run
        require_extra("matplotlib", "eval", "--plot")
    embedder = load_embedder(args.embedder)
    if args.eval_mode == "pairs":
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
    """Stand-alone entry point: ``python -m yamabiko.evaluate pairs FILE ...``."""
    from .errors import YamabikoError

    parser = argparse.ArgumentParser(prog="yamabiko eval")
    add_eval_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return cmd_eval(args)
    except YamabikoError as exc:
        print(f"yamabiko eval: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main_eval())
