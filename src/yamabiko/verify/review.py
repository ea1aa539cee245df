"""The borderline band, alias promotion and learned thresholds, as the cache uses them.

A candidate at or above its threshold (the global one, or the entry's learned one) that passes
the guard is served. A candidate in ``[verify_from, threshold)`` that passes the guard goes to
the review's verifier (``verify_from`` defaults to the threshold minus :data:`BAND_WIDTH`, so the
band follows ``min_similarity``):

* ``sync``: the verifier decides before the lookup answers (its latency is added);
* ``async`` (the default with a verifier): the lookup is a miss at once; in the background
  the verifier decides whether the cached answer answers the new prompt, and a yes stores the
  prompt as an **alias** of the entry (its own vector, the entry's answer, expiry, tags and
  creation time; ``metadata["alias_of"]`` names the entry), so that the next rephrasing hits.

Every verdict is recorded as evidence of the compared entry (see :mod:`.learned`), and so is
feedback. The verifier's calls go through a :class:`~.judge.JudgeBudget`; no verdict (budget,
timeout, error) never serves nor promotes anything.

**Selection.** The budget pays for a share of the misses, not for every band candidate; the
review judges the band candidates likeliest to be a yes (see :mod:`.select`), and does not judge
again an entry already found wrong at this similarity or above (:meth:`Review.known_wrong`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..models import Candidate, Entry, Evidence, Threshold, Verdict
from ..stores.base import Selector, Store
from .base import Verifier
from .judge import JudgeBudget
from .learned import check_error_rate, learned_threshold
from .select import Pacing, band_score, selector_of

log = logging.getLogger("yamabiko")
MODES = ("sync", "async")
#: how many alias generations an invalidation by id follows
_ALIAS_DEPTH = 4
#: similarities closer than this count as the same (stores keep them as float32 or float64)
SAME_SIMILARITY = 1e-4
#: the band's width below the threshold when ``verify_from`` is not set
BAND_WIDTH = 0.10


class Review:
    """Borderline verification, promotion and learned thresholds for a cache.

    Args:
        verifier: decides borderline candidates (e.g. :class:`~.judge.LLMJudge`); None keeps
            only learned thresholds from feedback.
        verify_from: the band's lower end (cosine); candidates below it are never reviewed.
            Default (None): the threshold in force minus :data:`BAND_WIDTH` (0.70 for 0.80).
        mode: ``async`` (default with a verifier) or ``sync``.
        learn: derive per-entry thresholds from evidence (see :mod:`.learned`).
        max_error_rate: the bound learned thresholds keep (estimated wrong-hit probability).
        budget: limits the verifier's calls (default: 60 per minute, 20 % of misses).
        promote: in async mode, store verified prompts as aliases.
        promote_sync: in sync mode too (in the background, after the answer); off by default:
            on the public workload it added hits but also spread the judge's wrong yeses.
        select: judge only the band candidates most likely to be a yes that the budget can
            pay for (see :class:`Pacing`), ranked by ``"margin"`` (True, the default) or
            ``"similarity"``; False judges the first ones, as long as the budget lasts.
    """

    def __init__(
        self,
        verifier: Verifier | None = None,
        *,
        verify_from: float | None = None,
        mode: str | None = None,
        learn: bool = True,
        max_error_rate: float = 0.01,
        budget: JudgeBudget | None = None,
        promote: bool = True,
        select: bool | str = True,
        promote_sync: bool = False,
    ) -> None:
        if mode is not None and mode not in MODES:
            raise InvalidInputError(f"verify mode is {mode!r}; use 'sync' or 'async'.")
        if mode is not None and verifier is None:
            raise InvalidInputError(
                f"verify mode {mode!r} needs a verifier (e.g. an LLMJudge); without one, leave "
                "mode unset (learned thresholds from feedback only)."
            )
        if verify_from is not None and (
            isinstance(verify_from, bool)
            or not isinstance(verify_from, (int, float))
            or not (-1.0 <= verify_from <= 1.0)
        ):
            raise InvalidInputError(
                f"verify_from is {verify_from!r}; it must be a cosine similarity in [-1, 1] "
                "below min_similarity, e.g. 0.80."
            )
        self.verifier = verifier
        self.verify_from = None if verify_from is None else float(verify_from)
        self.mode = mode or ("async" if verifier is not None else None)
        self.learn = learn
        self.max_error_rate = check_error_rate(max_error_rate)
        self.budget = budget if budget is not None else JudgeBudget()
        self.promote = promote
        self.promote_sync = promote_sync
        self.selector = selector_of(select)
        self.pacing = Pacing() if self.selector else None
        self.counts: Counter[str] = Counter()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- the lookup's side --------------------------------------------------------------------

    async def thresholds(
        self, store: Store, candidates: Sequence[Candidate], global_threshold: float
    ) -> dict[str, Threshold]:
        """Learned thresholds of the candidates that have evidence (one store round trip)."""
        return (await self.read(store, candidates, global_threshold))[0]

    async def read(
        self, store: Store, candidates: Sequence[Candidate], global_threshold: float
    ) -> tuple[dict[str, Threshold], dict[str, list[Evidence]]]:
        """The evidence of the candidates in or above the band (one store round trip) and
        the learned thresholds derived from it; nothing without ``learn``."""
        if not self.learn:
            return {}, {}
        lower = self.band_from(global_threshold)
        ids = [c.id for c in candidates if c.similarity >= lower]
        if not ids:
            return {}, {}
        rows = await store.evidence(ids)
        limits = {
            entry_id: learned_threshold(
                found,
                global_threshold,
                floor=lower,
                max_error_rate=self.max_error_rate,
            )
            for entry_id, found in rows.items()
        }
        return limits, rows

    def known_wrong(self, candidate: Candidate, evidence: Sequence[Evidence]) -> bool:
        """Whether the entry's answer was already found wrong (judge, feedback) for a prompt at
        this similarity or above: then it is not judged again. Under the monotone assumption of
        :mod:`.learned` its answer is at least as likely wrong here."""
        at = candidate.similarity - SAME_SIMILARITY  # stores round similarities differently
        if any(not e.correct and e.similarity >= at for e in evidence):
            self.counts["known_wrong"] += 1
            return True
        return False

    def band_from(self, threshold: float) -> float:
        """The band's lower end for ``threshold``: ``verify_from``, or the threshold minus
        :data:`BAND_WIDTH`."""
        return self.verify_from if self.verify_from is not None else threshold - BAND_WIDTH

    def in_band(self, similarity: float, threshold: float) -> bool:
        """Whether a candidate below ``threshold`` (the global one) is reviewed."""
        return self.mode is not None and similarity >= self.band_from(threshold)

    def note_miss(self) -> None:
        self.budget.note_miss()
        if self.pacing is not None:
            self.pacing.note_miss()

    def band_score(self, candidate: Candidate, candidates: Sequence[Candidate]) -> float:
        """The candidate's rank for the selection (see :func:`.select.band_score`)."""
        return band_score(self.selector, candidate, candidates)

    def _take(self, candidate: Candidate, score: float | None) -> bool:
        """Whether the judge sees this band candidate: chosen by the pacing, within budget."""
        score = candidate.similarity if score is None else score
        if self.pacing is not None and not self.pacing.choose(score, self.budget.share_of_misses):
            self.counts["not_selected"] += 1
            return False
        if not self.budget.take():
            self.counts["budget_exhausted"] += 1
            return False
        return True

    def note_hit(self, limit: Threshold, global_threshold: float, similarity: float) -> None:
        if limit.source == "learned" and similarity < global_threshold:
            self.counts["learned_hits"] += 1

    async def judge_now(
        self,
        store: Store,
        prompt: str,
        candidate: Candidate,
        lang: str | None,
        score: float | None = None,
        vector: np.ndarray | None = None,
    ) -> Verdict:
        """Sync mode: the verifier's verdict on a band candidate (recorded as evidence);
        ``score`` ranks it for the selection (:meth:`band_score`; default its similarity). A yes
        with ``promote_sync`` and the prompt's ``vector`` also stores the prompt as an alias, in
        the background (the answer does not wait for it), so that its own rephrasings hit too."""
        if not self._take(candidate, score):
            return Verdict(False, "judge-budget")
        self.counts["sync"] += 1
        entry = await _entry(store, candidate.id)
        if entry is None:
            return Verdict(False, "gone")
        verdict = await self._ask(prompt, candidate, entry, lang)
        if verdict.accept and self.promote_sync and vector is not None and is_verdict(verdict):
            self._background(self._promote(store, entry, prompt, vector, candidate))
        elif is_verdict(verdict):
            await self._record(store, candidate, verdict.accept, "judge")
        return verdict

    def _background(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def schedule(
        self,
        store: Store,
        prompt: str,
        vector: np.ndarray,
        candidate: Candidate,
        lang: str | None,
        score: float | None = None,
    ) -> bool:
        """Async mode: verify (and maybe promote) in the background; False if over budget."""
        if not self._take(candidate, score):
            return False
        self.counts["async"] += 1
        self._background(self._verify_and_promote(store, prompt, vector, candidate, lang))
        return True

    # -- background ---------------------------------------------------------------------------

    async def _verify_and_promote(
        self,
        store: Store,
        prompt: str,
        vector: np.ndarray,
        candidate: Candidate,
        lang: str | None,
    ) -> None:
        try:
            entry = await _entry(store, candidate.id)
            if entry is None:
                return
            verdict = await self._ask(prompt, candidate, entry, lang)
            if not is_verdict(verdict):
                return  # no verdict: nothing learned, nothing promoted
            if not (verdict.accept and self.promote):
                await self._record(store, candidate, verdict.accept, "judge")
                return
        except Exception as exc:  # the background never breaks anything: log and count
            self.counts["errors"] += 1
            log.warning("yamabiko borderline verification failed: %r", exc)
            return
        await self._promote(store, entry, prompt, vector, candidate)

    async def _promote(
        self, store: Store, entry: Entry, prompt: str, vector: np.ndarray, candidate: Candidate
    ) -> None:
        """Store ``prompt`` as an alias of ``entry`` and record the promotion as evidence."""
        try:
            alias = _alias(entry, prompt)
            await store.put(alias, vector)
            await self._record(store, candidate, True, "alias", ref=alias.id)
            self.counts["promoted"] += 1
        except Exception as exc:  # the background never breaks anything: log and count
            self.counts["errors"] += 1
            log.warning("yamabiko borderline verification failed: %r", exc)

    async def _ask(
        self, prompt: str, candidate: Candidate, entry: Entry, lang: str | None
    ) -> Verdict:
        assert self.verifier is not None
        with_answer = dataclasses.replace(candidate, response=entry.response)
        try:
            verdict = await self.verifier.verify(prompt, with_answer, lang)
        except Exception as exc:  # a verifier that raises is no verdict
            log.warning("yamabiko verifier %s failed: %r", self.verifier.name, exc)
            verdict = Verdict(False, "judge-error")
        if is_verdict(verdict):
            self.counts["yes" if verdict.accept else "no"] += 1
        else:
            self.counts["no_verdict"] += 1
        return verdict

    async def _record(
        self, store: Store, candidate: Candidate, correct: bool, source: str, ref: str | None = None
    ) -> None:
        if self.learn:
            evidence = Evidence(candidate.similarity, correct, source, time.time(), ref)
            await store.add_evidence(candidate.id, evidence)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for the background verifications (all of them, or until ``timeout``)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def aclose(self, timeout: float = 10.0) -> None:
        """Finish (or, past ``timeout``, cancel) background work; close the verifier."""
        await self.drain(timeout)
        for task in list(self._tasks):
            task.cancel()
        close = getattr(self.verifier, "aclose", None)
        if close is not None:
            await close()

    def use_client(self, client: Any) -> None:
        """Let an HTTP verifier (the LLM judge) share ``client`` (the gateway's upstream)."""
        share = getattr(self.verifier, "use_client", None)
        if share is not None:
            share(client)

    def counters(self) -> dict[str, Any]:
        """Verification counters, with the verifier's own (calls, tokens, cost) if it has any."""
        out: dict[str, Any] = {f"verify:{k}": v for k, v in sorted(self.counts.items())}
        own = getattr(self.verifier, "counts", None)
        if own:
            out.update({f"judge:{k}": v for k, v in sorted(own.items())})
        cost = getattr(self.verifier, "cost", None)
        if cost is not None:
            out["judge:cost"] = round(float(cost), 6)
        return out


def is_verdict(verdict: Verdict) -> bool:
    """False for *no verdict* (``judge-timeout``, ``judge-error``, ``judge-unclear``,
    ``judge-budget``), which fails closed and teaches nothing."""
    return not verdict.reason.startswith("judge-")


def _alias(entry: Entry, prompt: str) -> Entry:
    """The alias of ``entry`` for ``prompt``: same answer, partition, expiry, tags and age."""
    root = entry.metadata.get("alias_of", entry.id)
    return dataclasses.replace(
        entry,
        id=uuid.uuid4().hex,
        prompt=prompt,
        metadata={**entry.metadata, "alias_of": root},
        hits=0,
        last_hit_at=None,
    )


async def _entry(store: Store, entry_id: str) -> Entry | None:
    found = await store.entries(Selector(ids=(entry_id,)), 1)
    now = time.time()
    return next((e for e in found if not e.is_expired(now)), None)


async def with_aliases(store: Store, ids: Sequence[str]) -> tuple[str, ...]:
    """``ids`` and the aliases promoted from them (a few generations deep), for invalidation."""
    out = list(dict.fromkeys(ids))
    frontier = out
    for _ in range(_ALIAS_DEPTH):
        rows = await store.evidence(frontier)
        found = [
            e.ref
            for evidence in rows.values()
            for e in evidence
            if e.source == "alias" and e.ref and e.ref not in out
        ]
        if not found:
            break
        frontier = list(dict.fromkeys(found))
        out.extend(frontier)
    return tuple(out)


def prometheus_lines(counters: dict[str, Any]) -> list[str]:
    """The ``verify:*`` and ``judge:*`` counters of :meth:`Review.counters` in the Prometheus
    text format (appended to the gateway's ``/metrics``)."""
    events = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("verify:")}
    judge = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("judge:")}
    if not events and not judge:
        return []
    out = [
        "# HELP yamabiko_verify_total Borderline verification events (sync, async, yes, no, "
        "no_verdict, budget_exhausted, not_selected, promoted, learned_hits, errors).",
        "# TYPE yamabiko_verify_total counter",
    ]
    out += [f'yamabiko_verify_total{{event="{k}"}} {v}' for k, v in sorted(events.items())]
    cost = judge.pop("cost", None)
    if judge:
        out += [
            "# HELP yamabiko_judge_total LLM judge calls, errors and tokens.",
            "# TYPE yamabiko_judge_total counter",
        ]
        out += [f'yamabiko_judge_total{{kind="{k}"}} {v}' for k, v in sorted(judge.items())]
    if cost is not None:
        out += [
            "# HELP yamabiko_judge_cost_total Cost of the judge's tokens (its configured price).",
            "# TYPE yamabiko_judge_cost_total counter",
            f"yamabiko_judge_cost_total {cost:.6f}",
        ]
    return out
