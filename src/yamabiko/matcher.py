"""The lookup loop: which of a search's candidates, if any, is served.

:class:`Matcher` walks the candidates best first: a candidate must reach the threshold
(the request's, or the entry's learned one when a :class:`~yamabiko.verify.Review` learns),
pass the verifier (the guard), and still be in the store. The first that passes is the hit;
otherwise the miss carries the most telling reason. With a review, the best candidate below its
threshold but in the band (``verify_from``) that passes the guard goes to the review's verifier:
at once (``sync``), or in the background after the miss (``async``, reason ``verifying``).
The verifier runs with :data:`~yamabiko.guard.serving_threshold` set to the higher of the
request's threshold and the entry's learned one, so that the guard's learned stage screens only
candidates that the threshold alone would serve: below it a review decides, by its judge or by
the evidence an entry's learned threshold comes from.

With a :class:`~yamabiko.guard.verified_band.VerifiedBand` (the cache's ``verified_band``, on
by default), a candidate a little below its threshold is served when the guard proves it
equivalent (every rule accepts it and the boosted trees score it high: reason
``verified-band:<cosine>:<score>``); one it does not prove goes on as before (to the review,
or skipped). Not for an entry whose learned threshold is above the request's (evidence of a
wrong hit), and only with a verifier that can prove (the guard with its trees).

The verifier's ``prepare`` of the query (the guard's analysis of it, which every check of the
lookup reads) runs once, right before the lookup's first check, and is timed with the checks:
a lookup with no candidate to check does not pay for it. (Until session 30 the cache ran it on
the event loop's thread while the model embedded the prompt on its worker thread; the GIL
serialised the two, so it lengthened every lookup by its whole cost, measured by
``benchmarks/bench_lookup_guard.py``.)

With question focus (:mod:`yamabiko.focus_search`), a candidate's cosine may be its question
focus's: the guard then checks the whole prompts and the pair the focus matched (a refusal of
the second reads ``focus:<reason>``), and the hit's reason says so (``hit:focus:<cosine>``).

Whatever the check of a candidate raises (the verifier, the query's preparation, the
conversation check, a review's judge, the verifier's release after a hit) leaves
:meth:`Matcher.choose` as a :class:`~yamabiko.errors.VerifierError` caused by it
(:func:`verifier_errors`; a store's own error passes as it is): the lookup is then a miss that
does not count against the store's health.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .errors import StoreError, VerifierError
from .focus import checked_with_focus
from .focus_search import FocusCandidate
from .guard import serving_threshold
from .guard.verified_band import VerifiedBand
from .models import Candidate, Hit, Lookup, Threshold, Timings, Verdict
from .reasons import Reason, Why
from .request import CacheRequest
from .stores.base import Store
from .verify import Review, Verifier


@contextmanager
def verifier_errors() -> Iterator[None]:
    """The boundary of a candidate's check: anything raised inside leaves it as a
    :class:`~yamabiko.errors.VerifierError` caused by it, except a store's own error (a
    review's judge reads and writes the store: that failure stays the store's)."""
    try:
        yield
    except (VerifierError, StoreError):
        raise
    except Exception as exc:
        raise VerifierError(exc) from exc


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


#: the band's verdict on a candidate it does not cover
_UNCOVERED = Verdict(False, "band-uncovered")


def _reviewed(review: Review | None, candidate: Candidate, threshold: float) -> bool:
    return review is not None and review.in_band(candidate.similarity, threshold)


class _Prepared:
    """Prepares a request's query for the verifier's checks the first time it is called (the
    verifier's ``prepare``: the guard's analysis of it, see :meth:`~yamabiko.guard.Guard.prepare`)
    and does nothing after; :meth:`served` tells the verifier that a hit served the query once
    its ``prepare`` ran (its ``release``, :mod:`yamabiko.guard.prepared`): a verifier without
    ``prepare`` is never told (a user's ``release`` may mean something else; session 32 review)."""

    __slots__ = ("_request", "_verifier", "prepared", "ran")

    def __init__(self, verifier: Verifier, request: CacheRequest) -> None:
        self._verifier = verifier
        self._request = request
        self.ran = False
        self.prepared = False  # (the verifier's prepare ran on the query)

    def __call__(self) -> None:
        if not self.ran:
            self.ran = True
            prepare = getattr(self._verifier, "prepare", None)
            if prepare is not None:
                prepare(self._request.prompt, self._request.lang)
                self.prepared = True

    def served(self) -> None:
        release = getattr(self._verifier, "release", None)
        if self.prepared and release is not None:
            release(self._request.prompt, self._request.lang)


class Matcher:
    """Chooses the served candidate (see the module docstring)."""

    def __init__(
        self,
        verifier: Verifier,
        store: Store,
        max_age: float | None,
        review: Review | None = None,
        band: VerifiedBand | None = None,
    ) -> None:
        self.verifier = verifier
        self.store = store
        self.max_age = max_age
        self.review = review
        self.band = band
        #: candidates the band checked below their threshold, and those it proved
        self.band_counts: Counter[str] = Counter({"band:checked": 0, "band:proved": 0})
        #: hits served on a question focus's cosine (:mod:`yamabiko.focus_search`)
        self.focus_counts: Counter[str] = Counter({"focus:hits": 0})

    def _proved(
        self,
        request: CacheRequest,
        candidate: Candidate,
        limit: Threshold,
        match: FocusCandidate | None,
        ready: Callable[[], None],
    ) -> Verdict:
        """The verified band's verdict on a candidate below its threshold (a rejection when
        the band does not cover it); on the focus pair too when a focus lifted it. ``ready``
        prepares the query for the checks (once per lookup)."""
        band = self.band
        if (band is None or limit.value > request.threshold
                or not band.covers(candidate.similarity, limit.value)
                or not band.usable(self.verifier)):  # fmt: skip
            return _UNCOVERED
        ready()
        self.band_counts["band:checked"] += 1
        guard: Any = self.verifier  # (a Guard: band.usable)

        def check(query: str, cached: str) -> Verdict:
            analysis = candidate.analysis if cached == candidate.prompt else None
            return band.check(guard, query, cached, request.lang, candidate.similarity,
                              limit.value, analysis)  # fmt: skip

        pair = (match.focus_query, match.focus_cached) if match is not None else None
        verdict = checked_with_focus(check, request.prompt, candidate.prompt, pair)
        if verdict.accept and request.conversation is not None:  # earlier turns, too
            verdict = request.conversation.check(candidate, verdict)
        self.band_counts["band:proved"] += verdict.accept
        return verdict

    async def _focus_pair(
        self, request: CacheRequest, match: FocusCandidate, verdict: Verdict
    ) -> Verdict:
        """``verdict`` (the whole prompts') when the guard also accepts the pair of texts the
        focus matched (:func:`~yamabiko.focus.checked_with_focus`), else its refusal."""
        analysis = match.analysis if match.focus_cached == match.prompt else None
        other = Candidate(match.id, match.focus_cached, match.similarity, match.response,
                          match.history, analysis)  # fmt: skip
        second = await self.verifier.verify(match.focus_query, other, request.lang)
        return verdict if second.accept else Verdict(False, f"focus:{second.reason}")

    async def choose(
        self, request: CacheRequest, candidates: list[Candidate], now: float
    ) -> Lookup:
        """The first candidate (best first) that passes the threshold and the verifier and
        is still there; else a miss with the most telling reason. Timings: fetch and verify.
        A :class:`~yamabiko.focus_search.FocusCandidate` is checked on its focus pair too
        (hit reason ``hit:focus:<cosine>``, counted as ``focus:hits``)."""
        best = candidates[0].similarity if candidates else None
        why = Reason(Why.NO_CANDIDATE if not candidates else Why.BELOW_THRESHOLD)
        fetch_ms = verify_ms = 0.0
        checked = 0  # candidates the verifier (or the band) was asked about
        ready = _Prepared(self.verifier, request)
        review, band, applied = self.review, None, None
        limits, evidence = {}, {}
        if review is not None and candidates:
            limits, evidence = await review.read(self.store, candidates, request.threshold)
        for candidate in candidates:
            match = candidate if isinstance(candidate, FocusCandidate) else None
            limit = limits.get(candidate.id) or Threshold(request.threshold)
            applied = applied or limit
            in_band = candidate.similarity < limit.value
            proved = _UNCOVERED
            if in_band and self.band is not None:  # below the threshold, proved equivalent
                t0 = time.perf_counter()
                with verifier_errors():
                    proved = self._proved(request, candidate, limit, match, ready)
                verify_ms += _ms(t0)
                checked += proved is not _UNCOVERED
                in_band = not proved.accept
            if in_band and (band or not _reviewed(review, candidate, request.threshold)):
                continue
            t0 = time.perf_counter()
            if proved.accept:
                verdict = proved
            else:
                checked += proved is _UNCOVERED  # (not counted by the band already)
                with verifier_errors():
                    ready()
                    token = serving_threshold.set(max(limit.value, request.threshold))
                    try:
                        verdict = await self.verifier.verify(request.prompt, candidate,
                                                             request.lang)  # fmt: skip
                        if verdict.accept and match is not None:  # and the focus's pair
                            verdict = await self._focus_pair(request, match, verdict)
                    finally:
                        serving_threshold.reset(token)
                if verdict.accept and request.conversation is not None:  # earlier turns, too
                    with verifier_errors():
                        verdict = request.conversation.check(candidate, verdict)
            verify_ms += _ms(t0)
            if not verdict.accept:
                if why.kind is Why.BELOW_THRESHOLD:
                    why = Reason(Why.REJECTED, verdict.reason)
                continue
            if in_band:  # passed the guard below its threshold: the review decides
                assert review is not None
                if review.known_wrong(candidate, evidence.get(candidate.id, ())):
                    continue  # the next band candidate may be reviewed instead
                band = candidate
                if review.mode == "async":
                    continue
                t0 = time.perf_counter()
                score = review.band_score(candidate, candidates, evidence)
                with verifier_errors():  # (the review's judge)
                    verdict = await review.judge_now(
                        self.store, request.prompt, candidate, request.lang, score, request.vector
                    )
                verify_ms += _ms(t0)
                if not verdict.accept:
                    why = Reason(Why.REJECTED, verdict.reason)
                    continue
            t0 = time.perf_counter()
            entry = await self.store.fetch_hit(candidate.id, now)
            fetch_ms += _ms(t0)
            if entry is None:  # expired or removed since the search
                continue
            if self.max_age is not None and entry.age_s(now) > self.max_age:
                continue  # stored before the cap was lowered: never served
            timings = Timings(0.0, fetch_ms, verify_ms, candidates_checked=checked)
            if review is not None:
                review.note_hit(limit, request.threshold, candidate.similarity)
            self.focus_counts["focus:hits"] += match is not None
            hit = Reason(Why.HIT, f"focus:{match.similarity:.2f}") if match else Reason(Why.HIT)
            with verifier_errors():  # (the verifier's release of the query's analysis)
                ready.served()
            return Lookup(Hit(entry, candidate.similarity, timings, verdict),
                          hit, candidate.similarity, timings, limit)  # fmt: skip
        if review is not None:
            review.note_miss()
            vector = request.vector
            verify_later = band is not None and review.mode == "async" and vector is not None
            score = review.band_score(band, candidates, evidence) if band is not None else None
            if verify_later and review.schedule(
                self.store, request.prompt, vector, band, request.lang, score
            ):
                why = Reason(Why.VERIFYING)
        timings = Timings(0.0, fetch_ms, verify_ms, candidates_checked=checked)
        return Lookup(None, why, best, timings, applied)
