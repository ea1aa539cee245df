"""``yamabiko eval workload``: a seeded query stream through a real cache; hit rate, accuracy of
served hits, latency and cost saved."""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..cache import DEFAULT_MIN_SIMILARITY, AsyncSemanticCache
from ..config import open_store_url
from ..embedders.base import CachedEmbedder
from ..errors import InvalidInputError, NotStoredError
from ..policy import Policy
from ..request import check_min_similarity
from ..stores.local import LocalStore
from .data import Query, build_workload, load_embedder, make_verifier
from .judged import JudgeSpec, build_review, matched_comparison, summarize
from .metrics import rounded


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
    judge: JudgeSpec | None = None,
    warmup: int = 0,
) -> dict[str, Any]:
    from tqdm import tqdm

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
            # no lookup / write deadlines: a loaded machine must not turn hits into misses
            "lookup_budget": 600.0,
            "write_budget": 600.0,
        }
        if min_similarity is not None:
            kwargs["min_similarity"] = min_similarity
        review = build_review(judge, queries) if judge is not None else None
        cache = AsyncSemanticCache(embedder, store, review=review, **kwargs)
        namespace = f"eval-{int(time.time() * 1000)}"  # a fresh, empty partition per run
        context = {"namespace": namespace}
        owner: dict[str, Query] = {}  # cached prompt -> the query that stored it
        stored_by: dict[str, Query] = {}  # entry id -> the query whose answer it holds
        timeline: list[tuple[str, int]] = []  # per query: outcome, judge calls so far
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
                        entry = await cache.store(q.text, f"answer to: {q.text}", context=context)
                        owner.setdefault(q.text, q)
                        stored_by[entry.id] = q
                    except NotStoredError as exc:
                        counts["not_stored"] += 1
                        reasons[f"not-stored:{exc.reason}"] += 1
                    served_ms += (time.perf_counter() - t0) * 1000
                    if review is not None:  # the judge answers before the next query arrives
                        await review.drain()
                    timeline.append(("miss", _judge_calls(review)))
                    continue
                if review is not None:  # a sync yes promotes an alias in the background
                    await review.drain()
                counts["hits"] += 1
                tokens_saved += tokens
                served = result.hit.entry  # an alias serves its entry's answer
                root = served.metadata.get("alias_of", served.id)
                cached = stored_by.get(root) or owner.get(result.hit.prompt)
                verdict = _score_hit(q, cached)
                counts[verdict] += 1
                timeline.append((verdict, _judge_calls(review)))
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
        "hit_rate": rounded(counts["hits"] / n if n else None),
        "hit_accuracy": rounded(counts["correct"] / judged if judged else None),
        "correct_hits": counts["correct"],
        "wrong_hits": counts["wrong"],
        "intent_hits": counts["intent-same"] + counts["intent-other"],
        "intent_hits_same_intent": counts["intent-same"],
        "miss_reasons": dict(reasons.most_common()),
        "lookup_ms": {
            "p50": rounded(np.percentile(lookup, 50)),
            "p99": rounded(np.percentile(lookup, 99)),
        },
        "latency": {
            "llm_latency_ms": llm_latency_ms,
            "without_cache_s": round(baseline_ms / 1000, 2),
            "with_cache_s": round(served_ms / 1000, 2),
            "saved_fraction": rounded(1 - served_ms / baseline_ms if baseline_ms else None),
        },
        "cost": {
            "price_per_1k_tokens": price_per_1k,
            "tokens_without_cache": tokens_total,
            "tokens_saved": tokens_saved,
            "saved": round(tokens_saved / 1000 * price_per_1k, 4),
            "saved_fraction": rounded(tokens_saved / tokens_total if tokens_total else None),
        },
        "wrong_hit_examples": examples,
        "stream": summarize(timeline, warmup),
        "verification": cache.counters() if review is not None else None,
    }


def _pre_embedded(embedder: Any, queries: Sequence[Query]) -> Any:
    """The embedder behind an exact-text cache that already holds every query's vector
    (embedded in batches once), so that every run pays the same (no) embedding cost."""
    cached = CachedEmbedder(embedder, cache_size=len(queries) + 64)
    texts = list(dict.fromkeys(q.text for q in queries))
    for start in range(0, len(texts), 256):
        asyncio.run(cached.embed(texts[start : start + 256]))
    return cached


def _judge_calls(review: Any) -> int:
    if review is None:
        return 0
    return int(review.counts["sync"] + review.counts["async"])


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
    judge: JudgeSpec | None = None,
    warmup: int = 2000,
    split: str | None = None,
    fixed_thresholds: Sequence[float] = (),
) -> dict[str, Any]:
    """Run the workload through a real cache, with the guard and (if ``compare``) without;
    with ``judge``, also the full feature (band, verification, aliases, learned thresholds).

    ``split`` streams one half of the data (``tune`` / ``report``, see
    :func:`~.data.build_workload`). ``fixed_thresholds`` adds a guard run per threshold, and
    with a judge the report compares the judge's hit rate to the best fixed threshold whose
    served-hit accuracy is at least the judge's (``matched``)."""
    if max_queries < 1:
        raise InvalidInputError(f"max_queries is {max_queries}; it must be >= 1.")
    if not 0.0 <= intent_share <= 1.0:
        raise InvalidInputError(f"intent_share is {intent_share}; it must be in [0, 1].")
    queries = build_workload(
        group_files,
        intent_files,
        max_queries=max_queries,
        intent_share=intent_share,
        seed=seed,
        split=split,
    )
    embedder = _pre_embedded(embedder if embedder is not None else load_embedder(None), queries)
    report: dict[str, Any] = {
        "groups": [str(f) for f in group_files],
        "intents": [str(f) for f in intent_files],
        "seed": seed,
        "split": split or "all",
        "store": store_url,
        "min_similarity": min_similarity if min_similarity is not None else DEFAULT_MIN_SIMILARITY,
        "queries": len(queries),
        "group_queries": sum(q.source == "group" for q in queries),
        "intent_queries": sum(q.source == "intent" for q in queries),
        "scoring": "group hit correct iff same label-1 component; group/intent cross hit wrong; "
        "intent/intent hits reported apart (same intent != same answer)",
        "warmup": warmup,
        "judge": None if judge is None else judge.__dict__,
        "runs": {},
    }

    def run(use_guard: bool, threshold: float | None, spec: JudgeSpec | None = None) -> Any:
        return asyncio.run(
            _run_workload(
                queries,
                guard=use_guard,
                store_url=store_url,
                embedder=embedder,
                min_similarity=threshold,
                llm_latency_ms=llm_latency_ms,
                price_per_1k=price_per_1k,
                response_tokens=response_tokens,
                progress=progress,
                judge=spec,
                warmup=warmup,
            )
        )

    settings = [True, False] if compare and guard else [guard]
    for use_guard in settings:
        report["runs"]["guard" if use_guard else "threshold_only"] = run(use_guard, min_similarity)
    for threshold in fixed_thresholds:
        check_min_similarity(threshold, "a fixed threshold")
        report["runs"][f"fixed@{threshold:g}"] = run(guard, threshold)
    if judge is not None:
        report["runs"]["judge"] = run(guard, min_similarity, judge.check())
        report["matched"] = matched_comparison(report["runs"])
    return report
