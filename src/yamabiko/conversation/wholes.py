"""Two histories whose exchanges do not line up, compared otherwise (step 2's fallback of
:mod:`yamabiko.conversation.match`, split out of it in session 28): as wholes when they are
close as wholes (a thread said in one turn on one side and in two on the other), else by the
facts their users state (``history:whole-<check>``, ``history:facts-<check>``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import Verdict
from .history import Exchange, mean_cosine, request_turns, said
from .intent import compare_intents


class WholeHistories:
    """The comparison of wholes of :class:`~yamabiko.conversation.match.HistoryComparer`
    (a base class of it): the guards, the cosines ``whole`` and ``stated`` and the helpers
    it calls (``_stated``, ``_contrast``, ``_facts``, ``_named``, ``_analyse``) are the
    comparer's."""

    guard: Any
    reply_guard: Any
    whole: float
    stated: float

    def _unaligned(self, q: Sequence[Exchange], c: Sequence[Exchange], found: Verdict) -> Verdict:
        """Step 2 failed (``found``): histories close as wholes are compared as wholes
        (:meth:`_whole`), then, from the cosine ``stated``, by the facts their users state
        (:func:`~yamabiko.conversation.facts.compare_stated`); the first to accept decides,
        else the first that ran names what differed."""
        mean = mean_cosine(q, c)
        if mean >= self.whole:
            found = self._whole(q, c)
            if found.accept:
                return found
        if mean < self.stated:
            return found
        facts = self._stated(q, c)
        return facts if facts.accept or mean < self.whole else found

    def _whole(self, q: Sequence[Exchange], c: Sequence[Exchange]) -> Verdict:
        """Step 2, when it fails: two conversations whose exchanges do not line up (a
        thread said in one turn on one side and in two on the other) but that are close as
        wholes are compared as wholes: their user turns and their replies by the guards,
        then intent and facts (``history:whole-<check>``)."""
        verdict = self.guard.check(
            " ".join(said(q, replies=False)),
            " ".join(said(c, replies=False)),
            None,
            mean_cosine(q, c),
        )
        if verdict.accept:
            verdict = self.reply_guard.check(
                " ".join(x.reply for x in q if x.reply),
                " ".join(x.reply for x in c if x.reply),
                None,
                1.0,
            )
        if not verdict.accept:
            return Verdict(False, f"history:whole-{verdict.reason}")
        for mine, theirs in ((q, c), (c, q)):
            # every name, number and date a user states is said on the other side too (a
            # number added in one turn is detail there, but here the turn may be a change)
            named = {n for x in mine if x.user for n in self._named(x.user, dates=True)}
            if named - {n for text in said(theirs) for n in self._named(text, dates=True)}:
                return Verdict(False, "history:whole-named")
        found = compare_intents(request_turns(q), request_turns(c), said(q), said(c), self._analyse)
        if found.accept:
            found = self._contrast(q, c)
        if not found.accept:
            return found
        return self._facts(q, c)
