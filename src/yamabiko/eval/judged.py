"""The judge of ``yamabiko eval workload --judge``: a simulated one (verdicts from the labels,
with a share of wrong verdicts and a cost per call) or a real one through a configured upstream,
plus the learning curve over the query stream.

The simulated judge says yes exactly when the workload's scoring would count the hit correct
(same duplicate group); it then flips its verdict with probability ``error`` (seeded), so it
errs both ways, like a real judge. Its cost is ``cost_per_call`` per verdict.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInputError
from ..models import Candidate, Verdict
from ..verify import JudgeBudget, LLMJudge, Review
from ..verify.judge_bedrock import converse_url
from .data import Query
from .metrics import rounded

WINDOW = 250  # queries per point of the learning curve


@dataclass(frozen=True)
class JudgeSpec:
    """How the workload's judge is built (see ``yamabiko eval workload --help``)."""

    kind: str = "simulated"  # or openai | anthropic | gemini | bedrock
    error: float = 0.05
    cost_per_call: float = 0.0002
    verify_from: float | None = None  # None: min_similarity - 0.10
    mode: str = "async"
    max_error_rate: float = 0.01
    share_of_misses: float = 0.2
    select: bool | str = True  # True = "margin"; "similarity"; False: first come
    promote_sync: bool = False
    url: str | None = None
    model: str | None = None
    key_env: str | None = None
    region: str | None = None  # bedrock: the signing region (default: the AWS chain's)
    seed: int = 0

    def check(self) -> JudgeSpec:
        """This spec, or InvalidInputError for the first option that is wrong or missing."""
        if not 0.0 <= self.error < 0.5:
            raise InvalidInputError(
                f"--judge-error is {self.error}; it must be in [0, 0.5) (0.05 = one wrong "
                "verdict in twenty)."
            )
        if self.kind == "bedrock" and not self.model:
            raise InvalidInputError(
                "--judge bedrock needs --judge-model (a Bedrock model id); --judge-url and "
                "--judge-region are optional (default: the AWS region's endpoint)."
            )
        if self.kind not in ("simulated", "bedrock") and not (self.url and self.model):
            raise InvalidInputError(
                f"--judge {self.kind} needs --judge-url and --judge-model (and --judge-key-env "
                "for a provider that wants a key); or use --judge simulated."
            )
        return self


class SimulatedJudge:
    """A :class:`~yamabiko.verify.Verifier` that answers from the workload's labels."""

    name = "simulated-judge"

    def __init__(self, by_text: Mapping[str, Query], error: float, cost: float, seed: int):
        self.by_text = by_text
        self.error = error
        self.cost_per_call = cost
        self.rng = random.Random(seed)
        self.counts: Counter[str] = Counter()
        self.cost = 0.0

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """The labelled truth, wrong with probability ``error`` (a simulated LLM judge)."""
        self.counts["calls"] += 1
        self.cost += self.cost_per_call
        asked, cached = self.by_text.get(query), self.by_text.get(candidate.prompt)
        truth = (
            asked is not None
            and cached is not None
            and asked.source == cached.source == "group"
            and asked.label == cached.label
        )
        verdict = truth if self.rng.random() >= self.error else not truth
        self.counts["flipped"] += verdict != truth
        self.counts["truly_yes"] += truth
        self.counts["asked_by_intent"] += asked is not None and asked.source == "intent"
        return Verdict(verdict, "judge")


def build_review(spec: JudgeSpec, queries: Sequence[Query]) -> Any:
    """The :class:`~yamabiko.verify.Review` a run uses."""
    verifier: Any
    if spec.kind == "simulated":
        by_text: dict[str, Query] = {}
        for q in queries:
            by_text.setdefault(q.text, q)
        verifier = SimulatedJudge(by_text, spec.error, spec.cost_per_call, spec.seed)
    else:
        key = os.environ.get(spec.key_env) if spec.key_env else None
        if spec.key_env and not key:
            raise InvalidInputError(f"--judge-key-env {spec.key_env} is not set; export it.")
        assert spec.model is not None
        aws = {"region": spec.region} if spec.region else {}
        url = converse_url(spec.url, aws) if spec.kind == "bedrock" else spec.url
        assert url is not None
        verifier = LLMJudge(url, spec.model, format=spec.kind, api_key=key, aws=aws or None)
    budget = JudgeBudget(calls_per_minute=10**9, share_of_misses=spec.share_of_misses)
    return Review(
        verifier,
        verify_from=spec.verify_from,
        mode=spec.mode,
        max_error_rate=spec.max_error_rate,
        budget=budget,
        select=spec.select,
        promote_sync=spec.promote_sync,
    )


def summarize(
    timeline: Sequence[tuple[str, int]], warmup: int, window: int = WINDOW
) -> dict[str, Any]:
    """After-warm-up figures and the learning curve from per-query ``(outcome, judge calls so
    far)``; outcomes are ``miss``, ``correct``, ``wrong``, ``intent-same``, ``intent-other``."""

    def block(part: Sequence[tuple[str, int]], calls_before: int) -> dict[str, Any]:
        counts = Counter(outcome for outcome, _ in part)
        n = len(part)
        hits = n - counts["miss"]
        judged = counts["correct"] + counts["wrong"]
        calls = (part[-1][1] - calls_before) if part else 0
        return {
            "queries": n,
            "hit_rate": rounded(hits / n if n else None),
            "hit_accuracy": rounded(counts["correct"] / judged if judged else None),
            "wrong_served_share": rounded(counts["wrong"] / judged if judged else None),
            "correct_hits": counts["correct"],
            "wrong_hits": counts["wrong"],
            "misses": counts["miss"],
            "judge_calls": calls,
            "judge_calls_per_miss": rounded(calls / counts["miss"] if counts["miss"] else None),
        }

    warm = min(warmup, len(timeline))
    calls_at_warm = timeline[warm - 1][1] if warm else 0
    curve = []
    for start in range(0, len(timeline), window):
        part = timeline[start : start + window]
        before = timeline[start - 1][1] if start else 0
        curve.append({"end": start + len(part), **block(part, before)})
    return {
        "warmup": warm,
        "after_warmup": block(timeline[warm:], calls_at_warm),
        "whole_stream": block(timeline, 0),
        "curve": curve,
    }


def matched_comparison(runs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The judge run against the fixed thresholds (the ``guard`` run and every ``fixed@T``),
    after the warm-up: at the same threshold, and at the same served-hit accuracy — the best
    fixed hit rate whose accuracy is at least the judge run's (the issue's comparison)."""

    def figures(run: Mapping[str, Any]) -> dict[str, Any]:
        after = run["stream"]["after_warmup"]
        return {k: after[k] for k in ("hit_rate", "hit_accuracy", "judge_calls_per_miss")}

    judge = figures(runs["judge"])
    fixed = {
        name: figures(run)
        for name, run in runs.items()
        if name == "guard" or name.startswith("fixed@")
    }

    def ratio(name: str | None) -> dict[str, Any] | None:
        if name is None or not fixed[name]["hit_rate"]:
            return None
        return {"run": name, **fixed[name],
                "ratio": rounded(judge["hit_rate"] / fixed[name]["hit_rate"])}  # fmt: skip

    accuracy = judge["hit_accuracy"] or 0.0
    eligible = [n for n, f in fixed.items() if (f["hit_accuracy"] or 0.0) >= accuracy]
    best = max(eligible, key=lambda n: fixed[n]["hit_rate"] or 0.0, default=None)
    same, matched = ratio("guard" if "guard" in fixed else None), ratio(best)
    summary = (
        f"judge hit rate {judge['hit_rate']} at accuracy {judge['hit_accuracy']} "
        f"({judge['judge_calls_per_miss']} judge calls per miss); "
        + (f"{same['ratio']}x the same threshold ({same['hit_rate']} at {same['hit_accuracy']})"
           if same else "no same-threshold run")
        + "; "
        + (f"{matched['ratio']}x the best fixed threshold at >= that accuracy ({matched['run']}: "
           f"{matched['hit_rate']} at {matched['hit_accuracy']})"
           if matched else "no fixed threshold run reached that accuracy (add --fixed-thresholds)")
    )  # fmt: skip
    return {
        "judge": judge,
        "fixed": fixed,
        "same_threshold": same,
        "at_matched_accuracy": matched,
        "summary": summary,
    }
