"""Are two conversations' earlier turns equivalent for the question that follows them?

:class:`HistoryComparer` compares two :class:`~yamabiko.conversation.history.History`
records (small talk removed); the first step that fails names the part that differed
(``history:...``, the :class:`~yamabiko.models.Verdict` reason):

1. *Pairing*: exchanges pair one to one by cosine (from ``match``); an answer pairs with the
   other side's answer to a paired question ("9" / "He's nine." after "How old is he?").
2. *Extras and topic* (:mod:`yamabiko.conversation.structure`): an unpaired exchange is
   unrelated to the other side (cosine below ``related``) or a remark the assistant did not
   take up, and shares no name or number with
   an unpaired one there (``history:extra``); the latest paired exchanges pair with each
   other (``history:topic``); what follows them is an aside: it answers no question, asks
   something or names nothing, is no "no" and no reversal, and changes nothing of the thread
   ("Sorry, I meant Tuesday." / "Moved to Tuesday.": a statement saying a word of the thread
   again, or a question whose reply names the thread with a new value). Histories that fail here but
   are close as wholes (cosine of the mean exchange vectors from ``whole``: a thread said in
   one turn or in two) are compared as wholes instead (user turns, replies, intent, facts:
   ``history:whole-<check>``), and from a lower cosine (``stated``) by the facts their users
   state: names, numbers, dates, people, a "no", a reversal, confirmed facts
   (:mod:`yamabiko.conversation.facts`: ``history:facts-<check>``).
3. *Intent*: a reversal (cancel, quit, move out, 解約) that the user states on one side only
   (:mod:`yamabiko.conversation.intent`): ``history:intent:cancel``; an alternative one side
   rejects ("rather than a valuation", 修理ではなく) that the other states as its request
   (:mod:`yamabiko.conversation.contrast`): ``history:intent:instead-of:valuation``; the
   act the assistant confirms in the paired exchanges (:mod:`yamabiko.conversation.acts`:
   *dismantling* against *assemble*, ``history:act:dismantle->assemble``).
4. *Paired user turns* are not a yes and a no (``history:answer``), pass the guard
   (``history:entity``, ...) and the *minimal-pair rule*: turns that share words and differ
   in at most ``max_changes`` words on each side (equivalent words paired as by the guard's
   minimal-pair check) must not differ at all, unless the changed word is said anywhere in
   the other conversation (``history:substitution:book->cancel``, ``history:insertion:x``;
   a word added to a close turn, or a replaced word, ``predicate`` or ``unit`` that agreeing
   replies say back or that shares a WordNet verb sense with its counterpart, *book* /
   *reserve*, is left to the stated facts).
5. *Paired replies* agree on numbers, dates and names and pass the strict rule without
   their open questions ("What time works for you?" / "Which time would suit you best?")
   (``history:reply-...``).
6. *Facts*: a content word the user said and the assistant repeated; a fact of each side
   that the other never states is a changed slot (``history:fact:van->compact``; an option
   the assistant only offered, "new, or on the family account?", states nothing); a thing
   both sides count, never by the same number (``history:count:bin``: one bin / three
   bins, :func:`~yamabiko.conversation.values.changed_counts`).
7. *After the thread and in the answers*, on histories the steps above accept: an unpaired
   negated statement that names a thing of the request ("We won't be needing the piano
   moved now.", :mod:`yamabiko.conversation.negated`: ``history:negated:piano``); a statement
   after the thread that the assistant answers with an act its thread never named ("I've
   taken the booking off": ``history:tail-act:take_off``,
   :mod:`yamabiko.conversation.tails`); a count one confirmation adds (平日会員2名 /
   平日会員: ``history:reply-count:2``) or a place, a name or a number answered where the
   other side said yes (``history:answer-named:名護``, :mod:`yamabiko.conversation.additions`);
   anywhere in the histories, a cancellation a reply reports on one side only or a job
   restricted to one act (:mod:`yamabiko.conversation.outcomes`: ``history:outcome:取り消す``,
   ``history:only:塗り直し``).
8. *Unexplained*, last: paired user turns that say the same with a reply naming a thing or an
   act the other conversation never says, or differing user turns with both replies doing so
   (:mod:`yamabiko.conversation.unexplained`: ``history:unexplained-reply:dismantling``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..guard.analysis import AnalysisCache
from ..guard.facts import Analysis
from ..guard.units import Unit
from ..models import Verdict
from .acts import compare_acts
from .additions import compare_additions
from .equivalents import same_verb
from .history import (
    Exchange,
    greedy_match,
    pair_exchanges,
    said,
    stated_turns,
    user_words,
)
from .intent import compare_intents
from .items import compare_items
from .joined import compare_joined, compare_narrowed
from .negated import compare_negated
from .outcomes import compare_outcomes
from .replies import (
    confirmed_alike,
    paired_without_chatter,
    without_open_questions,
)
from .requests import same_trade
from .tails import compare_tails
from .unexplained import compare_unexplained
from .wholes import WholeHistories
from .words import own_wording, strict_minimal_pair

__all__ = ["HistoryComparer", "greedy_match"]

#: the structural misses that the comparison of wholes (``whole``) may overturn
_STRUCTURE = ("history:topic", "history:extra")
#: the turn rules that read wording, not values: their misses may be left to the stated facts
#: (not ``roles``: a swap changes no word, so no reply can show it was only reworded)
_REWORDABLE = tuple(f"history:{rule}" for rule in ("substitution", "predicate", "unit"))


class HistoryComparer(WholeHistories):
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
            (:mod:`yamabiko.conversation.facts`), or below it when both last replies confirm
            the same numbers and names (:mod:`yamabiko.conversation.closings`, which only
            accepts; above 1: never).
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
        stated: float = 0.4,
        inserted: float = 0.8,
    ) -> None:
        super().__init__(
            guard, reply_guard, analyses, related=related, whole=whole, stated=stated,
            polarity=polarity or (lambda _vector: 0),  # default: never a yes or a no
        )  # fmt: skip
        self.match = match
        self.max_changes = max_changes
        self.inserted = inserted

    def compare(
        self, q: Sequence[Exchange], c: Sequence[Exchange], follow_up: str = ""
    ) -> Verdict:
        """Is the cached history ``c`` equivalent to the query's ``q``, before the question
        ``follow_up`` (the lookup's prompt; empty: not known)? Steps 1-6 (:meth:`_steps`),
        then, on histories they accept, steps 7 and 8 (the module docstring)."""
        if not q and not c:
            return Verdict(True, "history:same")
        if not q or not c:
            return Verdict(False, "history:topic")
        sims, paired = pair_exchanges(q, c, self.match)
        found = self._steps(q, c, sims, paired, follow_up)
        if found.accept:  # a negated statement outside the thread that names the request
            found = compare_negated(q, c, paired, self._analyse)
        if found.accept:
            found = compare_tails(q, c, paired, self._analyse)
        if found.accept:
            found = compare_additions(q, c, paired, self._analyse)
        if found.accept:  # a cancellation reported, a job restricted to one act: anywhere
            found = compare_outcomes(q, c, self._analyse)
        if found.accept:  # step 8: a paired exchange confirmed otherwise, unexplained
            found = compare_unexplained(
                q, c, paired, units=self._turn_units, unsaid=self._unsaid, analyse=self._analyse
            )
        return found

    def _steps(
        self,
        q: Sequence[Exchange],
        c: Sequence[Exchange],
        sims: np.ndarray,
        paired: dict[int, int],
        follow_up: str = "",
    ) -> Verdict:
        """Steps 1-6 (the module docstring) on the paired exchanges."""
        found = self._structure(q, c, sims, paired, follow_up)
        if not found.accept:
            return self._unaligned(q, c, found) if found.reason in _STRUCTURE else found
        found = self._intent(q, c, paired)
        if not found.accept:
            return found
        found = self._contrast(q, c, acts=False)
        if not found.accept:
            return found
        found = compare_items(q, c, paired)
        if found.accept:
            found = compare_joined(q, c, self._analyse)
        thread = [q[i] for i in sorted(paired)], [c[j] for j in sorted(paired.values())]
        if found.accept:  # the acts the assistant confirms in the thread (paired exchanges)
            found = compare_acts(*thread, self._analyse)
        if not found.accept:
            return found
        everything_q, everything_c = self._all_units(q), self._all_units(c)
        users = user_words(q, c, self._analyse)
        inserted = False  # a turn said in other words: the facts the users state decide
        for i, j in sorted(paired.items()):
            found = self._turns(
                q[i], c[j], float(sims[i, j]), everything_q, everything_c, users
            )
            if found.accept:
                continue
            if found.reason.startswith("history:insertion:") and sims[i, j] >= self.inserted:
                inserted = True  # a word added to a close turn
            elif self._reworded(q[i], c[j], found, users) or same_trade(
                q[i].user, c[j].user, found.reason
            ):  # a replaced word, the assistant confirming the same; 売る / 買い取ってもらう
                inserted = True
            elif found.reason.startswith(_REWORDABLE):
                narrowed = compare_narrowed(q, c, self._analyse)  # what the wording hides
                return found if narrowed.accept else narrowed
            else:
                return found
        found = self._facts(q, c)
        if not (found.accept and inserted):
            return found
        # the unpaired exchanges are unrelated asides (step 2): only the thread's facts count
        return self._stated(*thread, acts=False)  # (its acts: compared above)

    # -- steps -----------------------------------------------------------------------------

    def _intent(
        self, q: Sequence[Exchange], c: Sequence[Exchange], paired: dict[int, int]
    ) -> Verdict:
        """Step 3: a reversal (cancel, quit, 解約) said on one side only
        (:func:`~yamabiko.conversation.intent.compare_intents`), in a paired exchange or a
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
        users: frozenset[str],
    ) -> Verdict:
        """Steps 4 and 5 for one paired exchange (``users``: the content words of every user
        turn of both sides; replies may differ in other words, the assistant's own)."""
        if q.user and c.user and self._answer(q) * self._answer(c) < 0:
            return Verdict(False, "history:answer")  # yes on one side, no on the other
        verdict = self.guard.check(q.user, c.user, None, similarity)
        if verdict.accept and not verdict.reason.startswith("learned-accept"):
            verdict = self._minimal_pair(
                q.user, c.user, everything_q, everything_c, self.max_changes
            )
        if not verdict.accept:
            return Verdict(False, f"history:{verdict.reason}")
        if q.reply and c.reply:
            verdict = self.reply_guard.check(q.reply, c.reply, None, 1.0)
            if verdict.accept:
                replies = paired_without_chatter(q.reply, c.reply, users, self._analyse)
                asked = [without_open_questions(r, self._analyse) for r in replies]
                verdict = strict_minimal_pair(self.analyses, *asked, self.max_changes)
            if verdict.accept:  # the same user turn: replies stating other things differ
                verdict = self._confirmed_otherwise(q, c, replies, everything_q, everything_c)
            if not verdict.accept:
                return Verdict(False, f"history:reply-{verdict.reason}")
        return Verdict(True, "history:same")

    def _reworded(self, q: Exchange, c: Exchange, found: Verdict, users: frozenset[str]) -> bool:
        """Step 4 when a paired user turn fails a rule of wording (a replaced word,
        ``predicate``, ``unit``): the stated facts decide when the replies agree (the strict
        rule) and say back every word one side replaced (both wordings got the same
        confirmation; a generic "Sure! What time?" confirms nothing), or the replaced words
        are Japanese predicates and both replies name the request by one word of their own
        (入れたい / 預けたい, both confirmed as 入園:
        :func:`~yamabiko.conversation.replies.confirmed_alike`) and no modifier narrows a
        noun of one turn (認可外の保育園), and no word of direction (into / out of) changed."""
        if not (found.reason.startswith(_REWORDABLE) and q.reply and c.reply):
            return False
        aligned = self.words.align(self._turn_units(q.user), self._turn_units(c.user))
        left, right = aligned.rest_left, aligned.rest_right
        replied = paired_without_chatter(q.reply, c.reply, users, self._analyse)
        if any(u.kind == "relation" for u in (*left, *right)) or not (
            self.reply_guard.check(q.reply, c.reply, None, 1.0).accept
            and (
                strict_minimal_pair(self.analyses, *replied, self.max_changes).accept
                or own_wording(self.analyses, *replied, users)
            )
        ):
            return False
        replies = [*self._turn_units(q.reply), *self._turn_units(c.reply)]
        if any(side and not self._unsaid(side, replies) for side in (left, right)):
            return True
        if left and right and all(
            any(same_verb(u.text, v.text) for v in theirs)
            for mine, theirs in ((left, right), (right, left)) for u in mine
        ):  # fmt: skip
            return True  # one act in two verbs of one WordNet sense (book / reserve)
        # one word of the assistant's own for two predicates: unless a modifier narrows
        return confirmed_alike(
            q.user, c.user, q.reply, c.reply, left, right, users
        ) and compare_narrowed([q], [c], self._analyse).accept
