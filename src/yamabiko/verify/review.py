"""The borderline band, alias promotion and learned thresholds, as the cache uses them.

A candidate at or above its threshold (the global one, or the entry's learned one) that passes
the guard is served. A candidate in ``[verify_from, threshold)`` that passes the guard goes to
the review's verifier (``verify_from`` defaults to the threshold minus :data:`BAND_WIDTH`, so the
band follows ``min_similarity``):

* ``sync``: the verifier decides before the lookup answers (its latency is added);
* ``async`` (the default with a verifier): the lookup is a miss at once; in the background
  the verifier decides whether the cached answer answers the new prompt, and a yes stores the
  prompt as an **alias** of the entry, so that the next rephrasing hits (:mod:`.promote`).

Every verdict is recorded as evidence of the compared entry (see :mod:`.learned`), and so is
feedback. The verifier's calls go through a :class:`~.judge.JudgeBudget`; no verdict (budget,
timeout, error) never serves nor promotes anything.

**Selection.** The budget pays for a share of the misses, not for every band candidate; the
review judges the band candidates likeliest to be a yes (see :mod:`.select`), and does not judge
again an entry already found wrong at this similarity or above (:meth:`Review.known_wrong`).
An exact repeat keeps the cache's shortcut: :meth:`Review.exact_limit` reads the entry's learned
state for it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..models import Candidate, Entry, Evidence, Threshold, Verdict
from ..stores.base import Store
from .base import Verifier
from .judge import JudgeBudget
from .learned import check_error_rate, learned_threshold
from .metrics import prometheus_lines
from .promote import PROMOTE_MARGIN, Promotion, is_verdict, with_aliases
from .select import Pacing, band_score, selector_of

__all__ = ["BAND_WIDTH", "MODES", "Review", "is_verdict", "prometheus_lines", "with_aliases"]

log = logging.getLogger("yamabiko")
MODES = ("sync", "async")
#: similarities closer than this count as the same (stores keep them as float32 or float64)
SAME_SIMILARITY = 1e-4
#: the band's width below the threshold when ``verify_from`` is not set
BAND_WIDTH = 0.10


class Review(Promotion):
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
        if not any(c.similarity >= lower for c in candidates):
            return {}, {}
        rows = await store.evidence([c.id for c in candidates])  # all: for the selection too
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

    async def exact_limit(
        self, store: Store, entry_id: str, global_threshold: float
    ) -> Threshold | None:
        """For the exact-repeat shortcut: the threshold under which entry ``entry_id`` serves a
        prompt identical to the one it was served for (similarity 1), or None when that is not
        certain — a wrong verdict or a reported wrong hit at about similarity 1 — and the
        normal path must decide. One evidence read (the matcher's, for one entry)."""
        if not self.learn:
            return Threshold(global_threshold)
        rows = await store.evidence([entry_id])
        limit = learned_threshold(
            rows.get(entry_id, ()),
            global_threshold,
            floor=self.band_from(global_threshold),
            max_error_rate=self.max_error_rate,
        )
        return limit if limit.value < 1.0 - SAME_SIMILARITY else None

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
        """Count one cache miss: it earns the judge budget (and the pacing) a share of a call."""
        self.budget.note_miss()
        if self.pacing is not None:
            self.pacing.note_miss()

    def band_score(
        self,
        candidate: Candidate,
        candidates: Sequence[Candidate],
        evidence: Mapping[str, Sequence[Evidence]] | None = None,
    ) -> float:
        """The candidate's rank for the selection (see :func:`.select.band_score`); ``evidence``
        is what :meth:`read` returned for the search."""
        return band_score(self.selector, candidate, candidates, evidence)

    def _take(self, candidate: Candidate, score: float | None) -> bool:
        """Whether the judge sees this band candidate: chosen by the pacing, within budget."""
        score = candidate.similarity if score is None else score
        budget = self.budget
        if self.pacing is not None and not self.pacing.choose(
            score, budget.share_of_misses, budget.fill
        ):
            if not budget.full:  # a full bank would lose the call: spend it anyway
                self.counts["not_selected"] += 1
                return False
            self.counts["bank_full"] += 1
        if not budget.take():
            self.counts["budget_exhausted"] += 1
            return False
        return True

    def _promotable(self, score: float | None) -> bool:
        """Whether a sync yes is stored as an alias: with the margin ranking, only when its score
        is at least :data:`~.promote.PROMOTE_MARGIN` — the candidate was the nearest of its search
        (no nearer entry passed over by the guard) and no entry beside it was found wrong (or it
        stands out by 0.10). A wrong yes is likeliest among look-alikes, and an alias would serve
        it again without a judge."""
        return self.selector != "margin" or score is None or score >= PROMOTE_MARGIN

    def note_hit(self, limit: Threshold, global_threshold: float, similarity: float) -> None:
        """Count a hit that only an entry's learned threshold (below the global one) served."""
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
        promote = self.promote_sync and self._promotable(score)
        return await self._verify(store, prompt, vector, candidate, lang,
                                  promote=promote, wait=False)  # fmt: skip

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
