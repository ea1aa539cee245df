"""Are two conversations' earlier turns equivalent for the question that follows them?

:class:`HistoryComparer` compares two :class:`~yamabiko.conversation_history.History`
records (small talk removed); the first step that fails names the part that differed
(``history:...``, the :class:`~yamabiko.models.Verdict` reason):

1. *Pairing*: exchanges pair one to one by cosine (from ``match``); an answer pairs with the
   other side's answer to a paired question ("9" / "He's nine." after "How old is he?").
2. *Extras and topic*: an unpaired exchange is unrelated to the other side (cosine below
   ``related``) and shares no name or number with an unpaired one there (``history:extra``);
   the latest paired exchanges pair with each other (``history:topic``); what follows them
   is an aside: it answers no question, asks something or names nothing, and is no "no" and
   no reversal. Histories that fail here but are close as wholes (cosine of the mean
   exchange vectors from ``whole``: a thread said in one turn or in two) are compared as
   wholes instead (user turns, replies, intent, facts: ``history:whole-<check>``), and
   from a lower cosine (``stated``) by the facts their users state: names, numbers, dates,
   people, a "no", a reversal, confirmed facts (:mod:`yamabiko.conversation_facts`:
   ``history:facts-<check>``).
3. *Intent*: a reversal (cancel, quit, move out, 解約) that the user states on one side only
   (:mod:`yamabiko.conversation_intent`): ``history:intent:cancel``.
4. *Paired user turns* are not a yes and a no (``history:answer``), pass the guard
   (``history:entity``, ...) and the *minimal-pair rule*: turns that share words and differ
   in at most ``max_changes`` words on each side (equivalent words paired as by the guard's
   minimal-pair check) must not differ at all, unless the changed word is said anywhere in
   the other conversation (``history:substitution:book->cancel``, ``history:insertion:x``;
   a word added to a close turn, or a replaced word, ``predicate`` or ``unit`` that agreeing
   replies say back, is left to the stated facts).
5. *Paired replies* agree on numbers, dates and names and pass the strict rule
   (``history:reply-...``).
6. *Facts*: a content word the user said and the assistant repeated; a fact of each side
   that the other never says is a changed slot (``history:fact:van->compact``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .conversation_facts import compare_stated, strict_minimal_pair, unit_names
from .conversation_history import (
    Exchange,
    greedy_match,
    mean_cosine,
    pair_answers,
    said,
    stated_turns,
)
from .conversation_intent import compare_intents, reversals
from .conversation_smalltalk import asks
from .guard import MinimalPairCheck
from .guard.analysis import AnalysisCache
from .guard.facts import Analysis
from .guard.lexicon import EN_STOPWORDS
from .guard.units import Unit, units
from .models import Verdict

__all__ = ["HistoryComparer", "greedy_match"]

#: the structural misses that the comparison of wholes (``whole``) may overturn
_STRUCTURE = ("history:topic", "history:extra")
#: the turn rules that read wording, not values: their misses may be left to the stated facts
#: (not ``roles``: a swap changes no word, so no reply can show it was only reworded)
_REWORDABLE = tuple(f"history:{rule}" for rule in ("substitution", "predicate", "unit"))


class HistoryComparer:
    """Compares the exchanges of two histories (see the module docstring).

    Args:
        guard: checks paired user turns (strict: a one-for-two word change counts).
        reply_guard: checks paired replies (numbers, dates, names).
        analyses: the caller's cache of guard analyses.
        match: cosine from which two exchanges pair.
        related: an unpaired exchange must stay below this cosine to every exchange on the
            other side.
        max_changes: most changed words on each side for two paired turns to be a minimal
            pair.
        polarity: a turn's vector -> 1 (a yes), -1 (a no) or 0; two paired turns of opposite
            polarity differ (``history:answer``). Default: never.
        whole: two histories whose exchanges do not line up (``history:topic`` or
            ``history:extra``) are compared as wholes when the cosine of their mean exchange
            vectors is at least this (above 1: never).
        stated: two such histories (that the comparison of wholes did not accept) are
            compared by the facts their users state when that cosine is at least this
            (:mod:`yamabiko.conversation_facts`; above 1: never).
        inserted: a word added to a paired turn whose cosine to its counterpart is at least
            this is no change by itself: the paired exchanges' stated facts decide.
    """

    def __init__(
        self,
        guard: Any,
        reply_guard: Any,
        analyses: AnalysisCache[Analysis],
        *,
        match: float = 0.6,
        related: float = 0.45,
        max_changes: int = 2,
        polarity: Callable[[np.ndarray], int] | None = None,
        whole: float = 0.85,
        stated: float = 0.5,
        inserted: float = 0.8,
    ) -> None:
        self.polarity = polarity or (lambda _vector: 0)  # default: never a yes or a no
        self.guard, self.reply_guard, self.analyses = guard, reply_guard, analyses
        self.match = match
        self.related = related
        self.max_changes = max_changes
        self.whole = whole
        self.stated = stated
        self.inserted = inserted
        self.words = MinimalPairCheck()
        self._units: AnalysisCache[tuple[Unit, ...]] = AnalysisCache(4096, units)

    def compare(self, q: Sequence[Exchange], c: Sequence[Exchange]) -> Verdict:
        """Is the cached history ``c`` equivalent to the query's ``q``?"""
        if not q and not c:
            return Verdict(True, "history:same")
        if not q or not c:
            return Verdict(False, "history:topic")
        sims = np.stack([x.vector for x in q]) @ np.stack([x.vector for x in c]).T
        paired = greedy_match(sims, self.match)
        pair_answers(q, c, paired)
        found = self._structure(q, c, sims, paired)
        if not found.accept:
            return self._unaligned(q, c, found) if found.reason in _STRUCTURE else found
        found = self._intent(q, c, paired)
        if not found.accept:
            return found
        everything_q, everything_c = self._all_units(q), self._all_units(c)
        other = set(paired.values())
        inserted = False  # a turn said in other words: the facts the users state decide
        for i, j in sorted(paired.items()):
            found = self._turns(q[i], c[j], float(sims[i, j]), everything_q, everything_c)
            if found.accept:
                continue
            if found.reason.startswith("history:insertion:") and sims[i, j] >= self.inserted:
                inserted = True  # a word added to a close turn
            elif self._reworded(q[i], c[j], found):
                inserted = True  # a replaced word, the assistant confirming the same
            else:
                return found
        found = self._facts(q, c, everything_q, everything_c)
        if not (found.accept and inserted):
            return found
        # the unpaired exchanges are unrelated asides (step 2): only the thread's facts count
        return self._stated([q[i] for i in sorted(paired)], [c[j] for j in sorted(other)])

    # -- steps -----------------------------------------------------------------------------

    def _structure(
        self,
        q: Sequence[Exchange],
        c: Sequence[Exchange],
        sims: np.ndarray,
        paired: dict[int, int],
    ) -> Verdict:
        """Step 2: unpaired exchanges are unrelated; the latest paired ones are the topic."""
        if not paired:
            return Verdict(False, "history:topic")
        other = set(paired.values())
        alone_q = [i for i in range(len(q)) if i not in paired]
        alone_c = [j for j in range(len(c)) if j not in other]
        if any(sims[i].max() >= self.related for i in alone_q) or any(
            sims[:, j].max() >= self.related for j in alone_c
        ):
            return Verdict(False, "history:extra")
        named_c = [self._named(c[j].user) for j in alone_c]
        for i in alone_q:
            named = self._named(q[i].user)
            if any(named & theirs for theirs in named_c):
                return Verdict(False, "history:extra")
        last = max(paired)
        if paired[last] != max(other):
            return Verdict(False, "history:topic")
        if not (self._asides(q, last) and self._asides(c, max(other))):
            return Verdict(False, "history:topic")
        return Verdict(True, "history:same")

    def _unaligned(self, q: Sequence[Exchange], c: Sequence[Exchange], found: Verdict) -> Verdict:
        """Step 2 failed (``found``): histories close as wholes are compared as wholes
        (:meth:`_whole`), then, from the cosine ``stated``, by the facts their users state
        (:func:`~yamabiko.conversation_facts.compare_stated`); the first to accept decides,
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

    def _stated(self, q: Sequence[Exchange], c: Sequence[Exchange]) -> Verdict:
        """:func:`~yamabiko.conversation_facts.compare_stated` with this comparer's helpers."""
        return compare_stated(
            q, c, units=self._turn_units, unsaid=self._unsaid, said_back=self._said_back,
            analyse=self._analyse, polarity=lambda x: self.polarity(x.vector),
        )  # fmt: skip

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
        found = compare_intents(said(q, replies=False), said(c, replies=False),
                                said(q), said(c), self._analyse)  # fmt: skip
        if not found.accept:
            return found
        return self._facts(q, c, self._all_units(q), self._all_units(c))

    def _asides(self, side: Sequence[Exchange], last: int) -> bool:
        """The exchanges after ``last`` answer no question, add no named fact and decide
        nothing (no "no" and no reversal: "Actually, cancel that."; a negated remark, "I'm
        not sure about any of this", is still an aside)."""
        for k in range(last + 1, len(side)):
            text = side[k].user
            if asks(side[k - 1].reply) or not (asks(text) or not self._named(text)):
                return False
            if text and self._decides(side[k]):
                return False
        return True

    def _intent(
        self, q: Sequence[Exchange], c: Sequence[Exchange], paired: dict[int, int]
    ) -> Verdict:
        """Step 3: a reversal (cancel, quit, 解約) said on one side only
        (:func:`~yamabiko.conversation_intent.compare_intents`), in a paired exchange or a
        statement after the latest paired one (a side question there, "Can I cancel any
        time?", asks about a reversal without making one)."""
        return compare_intents(
            stated_turns(q, paired.keys()), stated_turns(c, paired.values()),
            said(q), said(c), self._analyse,
        )  # fmt: skip

    def _turns(
        self,
        q: Exchange,
        c: Exchange,
        similarity: float,
        everything_q: Sequence[Unit],
        everything_c: Sequence[Unit],
    ) -> Verdict:
        """Steps 4 and 5 for one paired exchange."""
        if q.user and c.user and self.polarity(q.vector) * self.polarity(c.vector) < 0:
            return Verdict(False, "history:answer")  # yes on one side, no on the other
        verdict = self.guard.check(q.user, c.user, None, similarity)
        if verdict.accept and not verdict.reason.startswith("learned-accept"):
            verdict = self._minimal_pair(q.user, c.user, everything_q, everything_c)
        if not verdict.accept:
            return Verdict(False, f"history:{verdict.reason}")
        if q.reply and c.reply:
            verdict = self.reply_guard.check(q.reply, c.reply, None, 1.0)
            if verdict.accept:
                verdict = strict_minimal_pair(self.analyses, q.reply, c.reply, self.max_changes)
            if not verdict.accept:
                return Verdict(False, f"history:reply-{verdict.reason}")
        return Verdict(True, "history:same")

    def _reworded(self, q: Exchange, c: Exchange, found: Verdict) -> bool:
        """Step 4 when a paired user turn fails a rule of wording (a replaced word,
        ``predicate``, ``unit``): the stated facts decide when the replies agree (the strict
        rule) and say back every word one side replaced (both wordings got the same
        confirmation; a generic "Sure! What time?" confirms nothing), and no word of
        direction (into / out of) changed."""
        if not (found.reason.startswith(_REWORDABLE) and q.reply and c.reply):
            return False
        aligned = self.words.align(self._turn_units(q.user), self._turn_units(c.user))
        left, right = aligned.rest_left, aligned.rest_right
        if any(u.kind == "relation" for u in (*left, *right)) or not (
            self.reply_guard.check(q.reply, c.reply, None, 1.0).accept
            and strict_minimal_pair(self.analyses, q.reply, c.reply, self.max_changes).accept
        ):
            return False
        replies = [*self._turn_units(q.reply), *self._turn_units(c.reply)]
        return any(side and not self._unsaid(side, replies) for side in (left, right))

    def _minimal_pair(
        self, first: str, second: str, everything_first: Sequence[Unit],
        everything_second: Sequence[Unit],
    ) -> Verdict:  # fmt: skip
        """Reject two turns that are the same but for a few words (``book`` a table /
        ``cancel`` a table; 普通預金 / 定期預金) that the other conversation never says: in an
        earlier turn, the changed word is what the follow-up question is about."""
        if first == second:
            return Verdict(True)
        a, b = self._turn_units(first), self._turn_units(second)
        if not {u.key for u in a} & {u.key for u in b}:
            return Verdict(True)  # reworded throughout: not a minimal pair
        aligned = self.words.align(a, b)
        only_a, only_b = aligned.rest_left, aligned.rest_right
        if len(only_a) > self.max_changes or len(only_b) > self.max_changes:
            return Verdict(True)
        only_a = self._unsaid(only_a, everything_second)
        only_b = self._unsaid(only_b, everything_first)
        if only_a and only_b:
            return Verdict(False, f"substitution:{unit_names(only_a)}->{unit_names(only_b)}")
        if only_a or only_b:
            return Verdict(False, f"insertion:{unit_names(only_a or only_b)}")
        return Verdict(True)

    def _facts(
        self,
        q: Sequence[Exchange],
        c: Sequence[Exchange],
        everything_q: Sequence[Unit],
        everything_c: Sequence[Unit],
    ) -> Verdict:
        """Step 6: each side's facts (said by the user, repeated by the assistant) are said
        on the other side too, unless only one side has such a fact (added detail)."""
        lost_q = self._unsaid(self._said_back(q), everything_c)
        lost_c = self._unsaid(self._said_back(c), everything_q)
        if lost_q and lost_c:
            return Verdict(False, f"history:fact:{unit_names(lost_c)}->{unit_names(lost_q)}")
        return Verdict(True, "history:same")

    # -- helpers ---------------------------------------------------------------------------

    def _turn_units(self, text: str) -> tuple[Unit, ...]:
        """The minimal-pair check's units of a turn, without pronouns contracted with an
        auxiliary (I'd, we've: function words that the units keep as content words)."""
        if not text:
            return ()
        found = self._units.get(text, self.analyses.get(text, None).lang)
        return tuple(u for u in found if not _contraction(u))

    def _all_units(self, side: Sequence[Exchange]) -> list[Unit]:
        return [u for x in side for text in (x.user, x.reply) for u in self._turn_units(text)]

    def _said_back(self, side: Sequence[Exchange]) -> list[Unit]:
        """Content words of the user turns that a reply repeats (the conversation's facts)."""
        replied = {u.key for x in side for u in self._turn_units(x.reply)}
        out: dict[str, Unit] = {}
        for x in side:
            for u in self._turn_units(x.user):
                if u.kind == "content" and u.key in replied:
                    out.setdefault(u.key, u)
        return list(out.values())

    def _unsaid(self, mine: Sequence[Unit], theirs: Sequence[Unit]) -> list[Unit]:
        """My units that the other side never says, nor a word equivalent to them."""
        keys = {u.key for u in theirs}
        left = [u for u in mine if u.key not in keys]
        if not left:
            return []
        candidates = [u for u in theirs if u.kind == "content"]
        # pair each leftover with the best equivalent among the other side's words; the check
        # pairs one to one, so repeat the other side's words once per leftover
        unsaid = []
        for unit in left:
            if self.words.align([unit], candidates).rest_left:
                unsaid.append(unit)
        return unsaid

    def _decides(self, x: Exchange) -> bool:
        """A turn that answers no question decides something when it is a no or states a
        reversal (a yes or an okay after a statement only acknowledges it; "Can I cancel
        for free?" asks)."""
        a = self.analyses.get(x.user, None)
        return bool(reversals(x.user, a) and not asks(x.user)) or self.polarity(x.vector) < 0

    def _analyse(self, text: str) -> Analysis:
        return self.analyses.get(text, None)

    def _named(self, text: str, *, dates: bool = False) -> set[str]:
        """The names and numbers a turn mentions (and its dates, with ``dates``)."""
        a = self.analyses.get(text, None)
        found = set(a.strong) | {f"{n:g}" for n in a.numbers}
        return found | set(a.dates) if dates else found


def _contraction(unit: Unit) -> bool:
    """A pronoun contracted with an auxiliary (I'd, we've, you're)."""
    head, apostrophe, _ = unit.text.lower().partition("'")
    return bool(apostrophe) and head in EN_STOPWORDS
