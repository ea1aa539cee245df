"""``yamabiko eval pairs``: precision / recall per threshold on labelled pairs, with and without
the guard."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..cache import DEFAULT_MIN_SIMILARITY
from ..focus import checked_with_focus, focus_texts, pair_similarity
from ..focus_search import DEFAULT_FOCUS
from ..language import detect_language
from ..models import Candidate
from .data import Pair, embed_texts, make_verifier
from .metrics import (
    THRESHOLDS,
    auc_pr,
    auc_roc,
    lowest_reaching,
    rounded,
    row_at,
    threshold_metrics,
)

DEFAULT_TARGET_PRECISION = 0.9


def evaluate_pairs(
    pairs: Sequence[Pair],
    embedder: Any,
    *,
    guard: bool = True,
    threshold: float | None = None,
    target_precision: float = DEFAULT_TARGET_PRECISION,
    progress: bool = True,
    focus: bool = DEFAULT_FOCUS,
) -> dict[str, Any]:
    """Evaluate threshold-only and (if ``guard``) guarded serving on labelled pairs. ``focus``:
    each pair's cosine as the cache takes it with question focus on (the best of the whole
    prompts' and each side's focus against the other's whole prompt: :mod:`yamabiko.focus`);
    by default as the cache does (:data:`yamabiko.focus_search.DEFAULT_FOCUS`, as ``yamabiko
    eval pairs`` and ``benchmarks/minpair_quality.py`` do); ``False``: the whole prompts'
    cosine alone."""
    from tqdm import tqdm

    threshold = DEFAULT_MIN_SIMILARITY if threshold is None else threshold
    texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
    langs = {t: p.lang for p in pairs for t in (p.a, p.b)}
    focused = focus_texts(texts, langs) if focus else {}
    texts = sorted(set(texts) | set(focused.values()))
    index = {t: i for i, t in enumerate(texts)}
    start = time.perf_counter()
    vectors = embed_texts(embedder, texts, progress)
    embed_s = time.perf_counter() - start
    found = [pair_similarity(lambda t: vectors[index[t]], p.a, p.b, focused) for p in pairs]
    # the threshold alone takes the best cosine; the guard the focus candidate first, then
    # the whole one (as the cache's lookup: yamabiko.focus_search.merge)
    sims = np.array([whole if lifted is None else lifted for whole, lifted, _ in found])
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
        "focus": focus,
    }
    base_rows = threshold_metrics(sims, labels, every, THRESHOLDS)
    modes: dict[str, Any] = {
        "threshold_only": {
            "roc_auc": rounded(auc_roc(sims, labels)),
            "pr_auc": rounded(auc_pr(sims, labels)),
            "at_default": row_at(base_rows, threshold),
            "reaching_target": lowest_reaching(base_rows, target_precision),
            "curve": base_rows,
        }
    }
    if guard:
        verifier = make_verifier(True)
        accepted = np.ones(len(pairs), dtype=bool)
        guarded = sims.copy()  # the cosine of the candidate the guard accepted
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
            whole, lifted, fpair = found[i]
            verdict = None
            if check is not None and lifted is not None:  # the focus candidate first
                verdict = checked_with_focus(_at(check, lang, lifted), pair.b, pair.a, fpair)
                if not verdict.accept:
                    guarded[i], verdict = whole, None
            if verdict is None and check is not None:  # the whole prompts
                verdict = check(pair.b, pair.a, lang, float(guarded[i]))
            elif verdict is None:
                candidate = Candidate("pair", pair.a, float(sims[i]))
                verdict = asyncio.run(verifier.verify(pair.b, candidate, lang))
            latencies.append(time.perf_counter() - t0)
            accepted[i] = verdict.accept
            if not verdict.accept and sims[i] >= threshold:
                reasons[verdict.reason.split(":")[0]] += 1  # substitution:x->y -> substitution
                if labels[i] == 1:
                    reasons_of_positives[verdict.reason.split(":")[0]] += 1
        guard_rows = threshold_metrics(guarded, labels, accepted, THRESHOLDS)
        guarded_scores = np.where(accepted, guarded, guarded - 2.0)
        lat_ms = np.array(latencies) * 1000 if latencies else np.zeros(1)
        at_default = row_at(guard_rows, threshold)
        base_recall = modes["threshold_only"]["at_default"]["recall"]
        modes["guard"] = {
            "verifier": getattr(verifier, "name", type(verifier).__name__),
            "roc_auc": rounded(auc_roc(guarded_scores, labels)),
            "pr_auc": rounded(auc_pr(guarded_scores, labels)),
            "at_default": at_default,
            "recall_kept": rounded(at_default["recall"] / base_recall) if base_recall else None,
            "reaching_target": lowest_reaching(guard_rows, target_precision),
            "rejections_at_default": dict(reasons.most_common()),
            "rejections_of_positives_at_default": dict(reasons_of_positives.most_common()),
            "latency_ms": {
                "checked": len(latencies),
                "p50": rounded(np.percentile(lat_ms, 50)),
                "p99": rounded(np.percentile(lat_ms, 99)),
                "max": rounded(lat_ms.max()),
            },
            "curve": guard_rows,
        }
    report["modes"] = modes
    return report


def _at(check: Any, lang: str | None, similarity: float) -> Any:
    """``check`` as ``(query, cached) -> Verdict`` at one cosine."""
    return lambda query, cached: check(query, cached, lang, similarity)
