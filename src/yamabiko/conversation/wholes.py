"""What two histories state, compared (split out of :mod:`yamabiko.conversation.match` in
session 28, its own settings since session 29): each side's facts (step 6), the facts the
users state with the alternatives they reject and the acts the assistant confirms, and, for
two histories whose exchanges do not line up (step 2's fallback), a comparison as wholes when
they are close as wholes (a thread said in one turn on one side and in two on the other),
else by the facts their users state (``history:whole-<check>``, ``history:facts-<check>``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..guard.analysis import AnalysisCache
from ..guard.facts import Analysis
from ..models import Verdict
from .acts import compare_acts
from .closings import same_close
from .contrast import compare_contrasts
from .facts import compare_stated, stated, unit_names
from .history import Exchange, mean_cosine, request_turns, said
from .intent import compare_intents
from .joined import compare_joined
from .structure import Structure
from .values import changed_counts


class WholeHistories(Structure):
    """Compares what two histories state (the module docstring); the base of
    :class:`~yamabiko.conversation.match.HistoryComparer`, which documents the settings.

    Args:
        guard: checks the user turns of two histories compared as wholes.
        reply_guard: checks their replies.
        analyses: the caller's cache of guard analyses.
        related: step 2's cosine (:class:`~yamabiko.conversation.structure.Structure`).
        polarity: a turn's vector -> 1 (a yes), -1 (a no) or 0.
        whole: the cosine of the mean exchange vectors from which two histories whose
            exchanges do not line up are compared as wholes (above 1: never).
        stated: the cosine from which such histories are compared by the facts their users
            state (below it only with the same closing confirmations; above 1: never).
    """

    def __init__(
        self,
        guard: Any,
        reply_guard: Any,
        analyses: AnalysisCache[Analysis],
        *,
        related: float,
        polarity: Callable[[np.ndarray], int],
        whole: float,
        stated: float,
    ) -> None:
        super().__init__(analyses, related=related, polarity=polarity)
        self.guard, self.reply_guard = guard, reply_guard
        self.whole = whole
        self.stated = stated

    def _unaligned(self, q: Sequence[Exchange], c: Sequence[Exchange], found: Verdict) -> Verdict:
        """Step 2 failed (``found``): histories close as wholes are compared as wholes
        (:meth:`_whole`), then, from the cosine ``stated`` or when their last replies confirm
        the same numbers and names (:func:`~yamabiko.conversation.closings.same_close`), by
        the facts their users state (:func:`~yamabiko.conversation.facts.compare_stated`); the
        first to accept decides, else the first that ran names what differed."""
        mean = mean_cosine(q, c)
        if mean >= self.whole:
            found = self._whole(q, c)
            if found.accept:
                return found
        if mean < self.stated:  # far apart as wholes: only when the last replies confirm
            if self.stated > 1 or not same_close(  # the same numbers and names (and never
                q, c, units=self._turn_units, unsaid=self._unsaid, analyse=self._analyse
            ):  # with ``stated`` above 1), and then only to accept
                return found
            facts = self._stated(q, c)
            return facts if facts.accept else found
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

    def _stated(
        self, q: Sequence[Exchange], c: Sequence[Exchange], *, acts: bool = True
    ) -> Verdict:
        """:func:`~yamabiko.conversation.facts.compare_stated` with this comparer's helpers,
        then :meth:`_contrast` (the acts too with ``acts``) and the joined requests (a served
        pair's reason is theirs)."""
        found = compare_stated(
            q, c, units=self._turn_units, unsaid=self._unsaid, said_back=self._said_back,
            analyse=self._analyse, polarity=lambda x: self.polarity(x.vector),
        )  # fmt: skip
        if not found.accept:
            return found
        later = self._contrast(q, c, acts=acts)
        return compare_joined(q, c, self._analyse) if later.accept else later

    def _contrast(
        self, q: Sequence[Exchange], c: Sequence[Exchange], *, acts: bool = True
    ) -> Verdict:
        """An alternative one side rejects ("rather than a valuation") that the other states
        as its request (:func:`~yamabiko.conversation.contrast.compare_contrasts`), then, with
        ``acts``, the acts the assistant confirms (:func:`~yamabiko.conversation.acts.
        compare_acts`: dismantling / assemble)."""
        found = compare_contrasts(
            q, c, units=self._turn_units, unsaid=self._unsaid, analyse=self._analyse
        )
        return compare_acts(q, c, self._analyse) if found.accept and acts else found

    def _facts(self, q: Sequence[Exchange], c: Sequence[Exchange]) -> Verdict:
        """Step 6: each side's facts (said by the user, repeated by the assistant) are
        stated on the other side too (by a user or in a reply sentence that asks nothing: an
        option the assistant offered is no fact), unless only one side has such a fact
        (added detail)."""
        lost_q = self._unsaid(self._said_back(q), self._stated_units(c))
        lost_c = self._unsaid(self._said_back(c), self._stated_units(q))
        if lost_q and lost_c:
            return Verdict(False, f"history:fact:{unit_names(lost_c)}->{unit_names(lost_q)}")
        counted = changed_counts(stated(q), stated(c))  # one bin / three bins
        if counted:
            return Verdict(False, f"history:count:{'+'.join(counted)}")
        return Verdict(True, "history:same")
