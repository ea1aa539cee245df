"""Are two conversations' earlier turns equivalent for the question that follows them?

:class:`HistoryComparer` compares two :class:`~yamabiko.conversation_history.History`
records (small talk already removed) in five steps; the first that fails names the part that
differed (the reason of the :class:`~yamabiko.models.Verdict`, ``history:...``):

1. *Pairing.* Exchanges pair up one to one by cosine (best first, from ``match``). An answer
   pairs with the other side's answer when the questions they answer are paired (the
   assistant asked something in both): "9" and "He's nine." mean the same after "How old is
   he?", whatever their cosine.
2. *Extras and topic.* An exchange without a partner must be unrelated to every exchange on
   the other side (cosine below ``related``) and must not share a name or a number with an
   unpaired exchange there (``history:extra``: the same slot said differently, e.g. another
   membership at the same gym). The latest paired exchange of each side must pair with the
   other's (``history:topic``); what follows it is an aside: an exchange that answers no
   question of the assistant and asks something or names nothing (a side question, a remark).
3. *Paired user turns* are not a yes and a no (``history:answer``: by the written short
   answers of :mod:`yamabiko.conversation_smalltalk`, so はい / いいえ differ too), pass
   the guard (``history:entity``, ``history:number``, ...) and the *minimal-pair rule*: two
   turns that share words and differ in at most ``max_changes`` words on each side (after
   equivalent words are paired, as the guard's minimal-pair check pairs them) must not differ
   at all, unless the changed word is said anywhere in the other conversation (the assistant
   echoing "a compact" when the user said "a small car"):
   ``history:substitution:book->cancel``, ``history:insertion:cancel``.
4. *Paired replies* agree on numbers, dates and names and pass the strict rule
   (``history:reply-...``).
5. *Facts.* A fact of a conversation is a content word the user said and the assistant
   repeated. A fact of each side that the other side never says (nor an equivalent word) is a
   changed slot: ``history:fact:van->compact`` (the cached side's words first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .conversation_history import Exchange
from .conversation_intent import reversals
from .conversation_smalltalk import asks
from .guard import MinimalPairCheck
from .guard.analysis import AnalysisCache
from .guard.facts import Analysis
from .guard.relations import unmatched
from .guard.units import Unit, units
from .models import Verdict

__all__ = ["HistoryComparer", "greedy_match"]


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
    ) -> None:
        self.polarity = polarity or _no_polarity
        self.guard = guard
        self.reply_guard = reply_guard
        self.analyses = analyses
        self.match = match
        self.related = related
        self.max_changes = max_changes
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
        _pair_answers(q, c, paired)
        found = self._structure(q, c, sims, paired)
        if not found.accept:
            return found
        found = self._intent(q, c, paired)
        if not found.accept:
            return found
        everything_q, everything_c = self._all_units(q), self._all_units(c)
        for i, j in sorted(paired.items()):
            found = self._turns(q[i], c[j], float(sims[i, j]), everything_q, everything_c)
            if not found.accept:
                return found
        return self._facts(q, c, everything_q, everything_c)

    # -- steps -----------------------------------------------------------------------------

    def _structure(
        self, q: Sequence[Exchange], c: Sequence[Exchange], sims: np.ndarray, paired: dict[int, int]
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
        """Step 2b: a reversal (cancel, quit, 解約) that the user says in a topical exchange
        (paired, or after the latest paired one) of one side only, when the other
        conversation says none anywhere, is another intent (``history:intent:...``)."""
        topical_q = [q[i] for i in range(len(q)) if i in paired or i > max(paired)]
        other = set(paired.values())
        topical_c = [c[j] for j in range(len(c)) if j in other or j > max(other)]
        found_q, found_c = self._reversals(topical_q), self._reversals(topical_c)
        if bool(found_q) == bool(found_c):
            return Verdict(True, "history:same")
        mine, rest = (found_q, c) if found_q else (found_c, q)
        texts = [text for x in rest for text in (x.user, x.reply) if text]
        if any(reversals(text, self.analyses.get(text, None)) for text in texts):
            return Verdict(True, "history:same")  # its assistant offers to cancel, say
        return Verdict(False, f"history:intent:{min(mine)}")

    def _turns(
        self,
        q: Exchange,
        c: Exchange,
        similarity: float,
        everything_q: Sequence[Unit],
        everything_c: Sequence[Unit],
    ) -> Verdict:
        """Steps 3 and 4 for one paired exchange."""
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
                verdict = _strict_minimal_pair(self.analyses, q.reply, c.reply, self.max_changes)
            if not verdict.accept:
                return Verdict(False, f"history:reply-{verdict.reason}")
        return Verdict(True, "history:same")

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
            return Verdict(False, f"substitution:{_names(only_a)}->{_names(only_b)}")
        if only_a or only_b:
            return Verdict(False, f"insertion:{_names(only_a or only_b)}")
        return Verdict(True)

    def _facts(
        self,
        q: Sequence[Exchange],
        c: Sequence[Exchange],
        everything_q: Sequence[Unit],
        everything_c: Sequence[Unit],
    ) -> Verdict:
        """Step 5: each side's facts (said by the user, repeated by the assistant) are said
        on the other side too, unless only one side has such a fact (added detail)."""
        lost_q = self._unsaid(self._said_back(q), everything_c)
        lost_c = self._unsaid(self._said_back(c), everything_q)
        if lost_q and lost_c:
            return Verdict(False, f"history:fact:{_names(lost_c)}->{_names(lost_q)}")
        return Verdict(True, "history:same")

    # -- helpers ---------------------------------------------------------------------------

    def _turn_units(self, text: str) -> tuple[Unit, ...]:
        return self._units.get(text, self.analyses.get(text, None).lang) if text else ()

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

    def _reversals(self, side: Sequence[Exchange]) -> set[str]:
        """The words of reversal the user says on one side."""
        return {
            word for x in side if x.user
            for word in reversals(x.user, self.analyses.get(x.user, None))
        }  # fmt: skip

    def _decides(self, x: Exchange) -> bool:
        """A turn that answers no question decides something when it is a no or a reversal
        (a yes or an okay after a statement only acknowledges it)."""
        a = self.analyses.get(x.user, None)
        return bool(reversals(x.user, a)) or self.polarity(x.vector) < 0

    def _named(self, text: str) -> set[str]:
        """The names and numbers a turn mentions."""
        a = self.analyses.get(text, None)
        return set(a.strong) | {f"{n:g}" for n in a.numbers}


def greedy_match(sims: np.ndarray, floor: float) -> dict[int, int]:
    """One-to-one pairs (query index -> cached index), best cosine first, all >= ``floor``."""
    order = np.dstack(np.unravel_index(np.argsort(-sims, axis=None), sims.shape))[0]
    out: dict[int, int] = {}
    used: set[int] = set()
    for i, j in order:
        if sims[i, j] < floor:
            break
        if int(i) in out or int(j) in used:
            continue
        out[int(i)] = int(j)
        used.add(int(j))
    return out


def _pair_answers(q: Sequence[Exchange], c: Sequence[Exchange], paired: dict[int, int]) -> None:
    """Pair unpaired answers to paired questions (in place): the exchange after a paired one
    whose reply asked something, on both sides."""
    used = set(paired.values())
    for i in range(1, len(q)):
        j = paired.get(i - 1)
        if i in paired or j is None or j + 1 >= len(c) or j + 1 in used:
            continue
        if asks(q[i - 1].reply) and asks(c[j].reply):
            paired[i] = j + 1
            used.add(j + 1)


def _strict_minimal_pair(
    analyses: AnalysisCache[Analysis], first: str, second: str, max_changes: int
) -> Verdict:
    """Two texts that share words and differ in at most ``max_changes`` content words on each
    side must not differ at all (every changed word counts)."""
    if first == second:
        return Verdict(True)
    a, b = analyses.get(first, None), analyses.get(second, None)
    only_a, only_b = unmatched(a.content, b.content), unmatched(b.content, a.content)
    shared = set(a.content) & set(b.content)
    if not shared or len(only_a) > max_changes or len(only_b) > max_changes:
        return Verdict(True)  # reworded throughout: not a minimal pair
    if only_a and only_b:
        return Verdict(False, f"substitution:{min(only_a)}->{min(only_b)}")
    if only_a or only_b:
        return Verdict(False, f"insertion:{min(only_a or only_b)}")
    return Verdict(True)


def _no_polarity(vector: np.ndarray) -> int:
    return 0


def _names(found: Sequence[Unit]) -> str:
    return "+".join(u.text for u in found)
