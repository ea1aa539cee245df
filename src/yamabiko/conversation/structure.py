"""Step 2 of the comparison of histories (:mod:`yamabiko.conversation.match`): do the
exchanges of two histories line up? Unpaired exchanges must be unrelated to the other side
(or be a remark the assistant did not take up, session 22: "That'll be a memorable
entrance!") and share no name or number with an unpaired one there (``history:extra``); the
latest paired exchanges pair with each other and what follows them is an aside
(``history:topic``).

:class:`Structure` is a base of :class:`~yamabiko.conversation.match.HistoryComparer`; it
also reads what a turn decides (a yes, a no, a reversal) and the names and numbers it
mentions, which the later steps ask too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..guard.analysis import AnalysisCache
from ..guard.facts import Analysis
from ..guard.lexicon import EN_STOPWORDS
from ..models import Verdict
from .acts import acts, received_acts, reports_done
from .bearing import asked, untold_bearing
from .dropped import dropped
from .equivalents import loanwords
from .history import Exchange
from .intent import reversals
from .lengths import own_spans, said_spans, spans, told_spans
from .needs import untold_need
from .smalltalk import asks, ja_choice_said, leading_answer
from .stories import comments, glossed_again, request_dates, share_numbers, story_dates
from .values import counts, name_ordinals, ordinal_counts
from .words import TurnWords, contracted

__all__ = ["Structure"]

#: a turn that asks for something (English *please*; Japanese ください, てほしい, お願い): no
#: remark, whatever the reply
_REQUEST = re.compile(r"\bplease\b|ください|下さい|てほしい|でほしい|お願い", re.IGNORECASE)


class Structure(TurnWords):
    """Step 2 and the readings of a turn it shares with the later steps (``analyses``: the
    caller's cache of guard analyses; ``related``: an unpaired exchange stays below this
    cosine to every exchange on the other side; ``polarity``: a turn's vector -> 1 for a yes,
    -1 for a no, else 0)."""

    def __init__(
        self,
        analyses: AnalysisCache[Analysis],
        *,
        related: float,
        polarity: Callable[[np.ndarray], int],
    ) -> None:
        super().__init__(analyses)
        self.related = related
        self.polarity = polarity

    def _structure(
        self,
        q: Sequence[Exchange],
        c: Sequence[Exchange],
        sims: np.ndarray,
        paired: dict[int, int],
        follow_up: str = "",
    ) -> Verdict:
        """Step 2: unpaired exchanges are unrelated; the latest paired ones are the topic
        (``follow_up``: the question both sides ask next, which a remark may bear on)."""
        if not paired:
            return Verdict(False, "history:topic")
        mine, other = set(paired), set(paired.values())
        alone_q = [i for i in range(len(q)) if i not in mine]
        alone_c = [j for j in range(len(c)) if j not in other]
        if any(
            sims[i].max() >= self.related and not self._loose(q, i, mine) for i in alone_q
        ) or any(
            sims[:, j].max() >= self.related and not self._loose(c, j, other) for j in alone_c
        ):  # related to the other side, and no aside or remark of its own side
            return Verdict(False, "history:extra")
        named_c = [self._named(c[j].user) for j in alone_c]
        for i in alone_q:
            named = self._named(q[i].user)
            if any(named & theirs for theirs in named_c):
                return Verdict(False, "history:extra")
        last = max(paired)
        if paired[last] != max(other):
            return Verdict(False, "history:topic")
        need = self._untold_need(q, alone_q, c, follow_up) or self._untold_need(
            c, alone_c, q, follow_up
        )
        if need:  # 当日は電車で行くつもりなんです。 / 電車も便利ですね。
            return Verdict(False, f"history:need:{need}")
        if not (self._asides(q, last) and self._asides(c, max(other))):
            return Verdict(False, "history:topic")
        return Verdict(True, "history:same")

    def _untold_need(
        self, side: Sequence[Exchange], alone: list[int], other: Sequence[Exchange],
        follow_up: str,
    ) -> str | None:  # fmt: skip
        """A need (:func:`~yamabiko.conversation.needs.untold_need`: a conveyance, an allergy)
        that a statement of ``side`` no exchange of ``other`` pairs (``alone``: after the
        thread or, since session 34, within it) names where the reply asks nothing, and
        ``other`` never says, or one that bears on what ``follow_up`` asks
        (:func:`~yamabiko.conversation.bearing.untold_bearing`: 学生 for いくら)."""
        remarks = [side[k] for k in alone if side[k].user]
        remarks = [x.user for x in remarks if not (asks(x.user) or asks(x.reply))]
        if not remarks:
            return None
        texts = [t for x in other for t in (x.user, x.reply) if t]
        lang = self.analyses.get(remarks[0], None).lang
        kinds = asked(follow_up, lang) if follow_up else None  # None: every need counts
        return untold_need(remarks, texts, lang, kinds, follow_up) or untold_bearing(
            remarks, texts, follow_up, lang
        )

    def _asides(self, side: Sequence[Exchange], last: int) -> bool:
        """The exchanges after ``last`` are asides (:meth:`_aside`)."""
        return all(self._aside(side, k, last) for k in range(last + 1, len(side)))

    def _aside(self, side: Sequence[Exchange], k: int, last: int) -> bool:
        """Exchange ``k``, after the latest paired one (``last``), answers no question, adds
        no named fact, decides nothing (no "no" and no reversal: "Actually, cancel that."; a
        negated remark, "I'm not sure about any of this", is still an aside) and changes
        nothing of the thread (:meth:`_changes`: "Sorry, I meant Tuesday."), or it is a
        remark the assistant did not take up (:meth:`_remark`: "My fiancé proposed over a
        Mr Whippy." / "Then this couldn't be more fitting!"; since session 31 also one that
        names nothing but says a word of the thread again, when the reply takes none of it
        up, :meth:`_untaken`)."""
        text = side[k].user
        if asks(side[k - 1].reply):
            return False
        if text and self._decides(side[k]):
            return False
        thread = set(range(last + 1))
        if not (asks(text) or not self._named(text)):
            return self._remark(side, k, thread)
        if not (text and self._changes(side[k], side[: last + 1])):
            return True
        # a statement naming nothing that says a word of the thread again ("Last summer we
        # were carting water in a bowser.", 猫がこたつに入れなくて不満そうなんです。) is still
        # an aside when it is a remark the assistant answers without taking any of it up
        untaken = self._untaken(side[k], self._thread_names(side, thread))
        return not asks(text) and untaken and self._remark(side, k, thread)

    def _loose(self, side: Sequence[Exchange], k: int, kept: set[int]) -> bool:
        """Unpaired exchange ``k`` belongs to no thread even where it resembles the other
        side: a remark (:meth:`_remark`), and after the thread an aside too
        (:meth:`_aside`; a question there that resembles the thread may add to it: "Can I
        have an oil change too?")."""
        if k > max(kept) and not self._aside(side, k, max(kept)):
            return False
        return self._remark(side, k, kept)

    def _remark(self, side: Sequence[Exchange], k: int, kept: set[int]) -> bool:
        """Unpaired exchange ``k`` (``kept``: the paired ones of its side) is a remark the
        assistant did not take up: a statement after the thread's first paired exchange that
        decides nothing and states no number or date (unless they are its own,
        :meth:`_told_aside`), whose reply asks nothing, names nothing and says at most one
        word of the thread again ("That'll be a memorable
        entrance!", すばらしいですね。); a question it interrupts is answered by the paired
        exchange that follows it. A remark that says words of the thread again with a name
        or a negation ("My brother has no idea I'm turning up as a gorilla.") has each of
        them said again by a paired reply after it (the thread confirmed unchanged: "Noted: a
        large gorilla costume."), or, since session 29, whose reply takes none of it up
        (:meth:`_untaken`), whatever names or words of the thread it says; its numbers must
        still count things of its own (:meth:`_told_aside`)."""
        x = side[k]
        if k < min(kept) or not x.user or asks(x.user) or asks(x.reply) or self._decides(x):
            return False  # (before the thread, it is the request: "I need a quote.")
        if k > 0 and asks(side[k - 1].reply) and k + 1 not in kept:
            return False  # it stands where the answer to the assistant's question would
        user = self.analyses.get(x.user, None)
        if x.reply and self._named(x.reply, dates=True) - self._chatted(x.reply, x.reply):
            return False  # (a loanword of a comment names nothing: それならカードも喜ばれますね)
        if self._grows(x, side, kept):
            return False
        thread = {key for i in kept for t in (side[i].user, side[i].reply) for key in self._keys(t)}
        if len(self._keys(x.reply) & thread) > 1:
            return False
        # the reply answers the remark in words of its own
        untaken = self._untaken(x, self._thread_names(side, kept))
        if (user.numbers or user.dates) and not self._told_aside(
            side, k, kept, set() if untaken else thread, untaken=untaken
        ):
            return False  # a number or date is a value of a request ("Three nights, then.")
        if untaken:
            return True
        again = self._keys(x.user) & thread
        later = {key for i in kept if i > k for key in self._keys(side[i].reply)}
        if again <= later:  # nothing of the thread, or all of it confirmed again after it
            return True
        return not (self._named(x.user) or user.negations)

    def _told_aside(
        self,
        side: Sequence[Exchange],
        k: int,
        kept: set[int],
        thread: set[str],
        *,
        untaken: bool = False,
    ) -> bool:
        """Remark ``k`` states numbers or dates of its own, not values of the request: it
        stands after the whole thread, says no word, number or date of the thread again nor
        does its reply, states a date only where the thread states none (a word an owned
        ordinal numbers is the owner's occasion, no date: "our first night out"), and each
        of its numbers counts a thing the thread never counts (:func:`~yamabiko.conversation.values.
        counts`: "My son has his grade three exam in March."; or numbers an occasion with an
        ordinal, :func:`~yamabiko.conversation.values.ordinal_counts`: "our first proper
        holiday in years"; or, since session 28, is a length of time told in the perfect,
        :func:`~yamabiko.conversation.lengths.told_spans`: "She's been with us twelve years."
        where the thread says no length of that scale; not "Three nights, then.",
        whose length of time counts nothing, nor "Make it the 16th."). Since session 31, a
        remark the assistant does not take up (``untaken``, :meth:`_untaken`) tells an age,
        a length of time in the past, or in English one in a remark about nothing of the
        thread (:func:`~yamabiko.conversation.lengths.own_spans`:
        築20年で、だいぶ色あせてきました。 / 祖父は九十歳まで毎日筆を持っていました。 / "We're
        due in six weeks!"), where the thread says none of that scale."""
        x = side[k]
        if k < max(kept) or (self._keys(x.user) | self._keys(x.reply)) & thread:
            return False
        texts = [t for i in kept for t in (side[i].user, side[i].reply) if t]
        occasions = ordinal_counts(x.user)  # our tenth anniversary, our first night out
        user = self.analyses.get(x.user, None)
        said = bool(self._keys(x.user) & {key for t in texts for key in self._keys(t)})
        if untaken and not said and user.lang == "ja" and user.numbers:
            said = glossed_again(x.user, texts)  # 三か月切っていない after カット: the request's
        dates = user.dates - {noun for noun, _ in occasions}
        if untaken:  # "We had a brilliant summer in it": a time of the speaker's story
            dates -= story_dates(x.user, dates, user.lang, says_thread=said)
        if dates and (
            any(self._analyse(t).dates for t in texts) or request_dates(x.user, dates, user.lang)
        ):  # another date where the thread has one, or one the request takes (bring it in May)
            return False
        counted = counts(x.user) | occasions
        counted |= told_spans(x.user)  # "She's been with us twelve years": a past told
        numbers = set(user.numbers)
        if untaken:  # the reply takes none of it up: a length or an age of the speaker's
            # story, a share of the party ("Half the group are retired draughtsmen.")
            commented = user.lang == "ja" and comments(x.reply)
            counted |= own_spans(x.user, user.lang, says_thread=said, commented=commented)
            numbers -= share_numbers(x.user)
            numbers -= name_ordinals(x.user)  # the Second World War: a part of a name
        if not numbers <= {n for _, n in counted}:
            return False  # a number that counts nothing named: a value ("the 16th")
        if _renumbered(occasions, texts):
            return False  # "Make it our second night instead." after "our first night"
        theirs = {noun for t in texts for noun, _ in counts(t) | spans(t) | said_spans(t)}
        return not theirs & {noun for noun, _ in counted}

    def _grows(self, x: Exchange, side: Sequence[Exchange], kept: set[int]) -> bool:
        """The reply takes a remark up as more work: it names an act
        (:func:`~yamabiko.conversation.acts.acts`) and says again a content word of the user
        turn that no user turn of the thread (``kept``) says ("I've had it twelve years, so
        maybe do the gears too." / "Okay, gears added."; 寒くなりましたね。あ、前輪もお願いします。
        / 前輪も追加しますね。): chatter with a part of the request inside it. Since session 31
        an act the reply says the user does for the assistant is none
        (:func:`~yamabiko.conversation.acts.received_acts`: もう十年使っています。 /
        大事に使っていただいて嬉しいです。)."""
        if not (x.user and x.reply):
            return False
        lang = self.analyses.get(x.user, None).lang
        done = acts(x.reply, lang) - (received_acts(x.reply) if lang == "ja" else frozenset())
        if not done:
            return False  # no act, or only the user's own (大事に使っていただいて嬉しいです)
        users = {key for i in kept if side[i].user for key in self._keys(side[i].user)}
        return bool(self._keys(x.reply) & self._keys(x.user) - users)

    def _thread_names(self, side: Sequence[Exchange], kept: set[int]) -> set[str]:
        """The proper names the user turns of the thread (``kept``) say; not a Japanese loanword
        common noun, セット (session 34), nor a pronoun, *It's*, *I'm* (session 35)."""
        users = [side[i].user for i in kept if side[i].user]
        names = {n for t in users for n in self.analyses.get(t, None).strong - loanwords(t)}
        return {n for n in names if not (contracted(n) or n in EN_STOPWORDS)}

    def _untaken(self, x: Exchange, thread_names: set[str]) -> bool:
        """The assistant answers a remark without taking any of it up: a reply that says no
        word, name, number or date of the user turn again ("It's a print from the gallery
        in St Ives." / "That sounds lovely."; 社長がこちらのどら焼きの大ファンなんです。 /
        光栄です。). A change of the request is confirmed in its own words ("Make it the
        St Ives gallery." / "Noted: St Ives."), but a bare acknowledgment may follow one, so
        the remark also makes no request (please, ください, てほしい), drops nothing
        (:func:`~yamabiko.conversation.dropped.dropped`: コーティングは結構です) and names
        nothing where the thread's user turns name something (``thread_names``: "The party
        has moved to the Grand Hotel in York." / "Lovely." after a party in Leeds)."""
        if thread_names and self.analyses.get(x.user, None).strong - self._chatted(x.user, x.reply):
            return False
        if not x.reply or self._keys(x.reply) & self._keys(x.user) or _REQUEST.search(x.user):
            return False
        return not dropped(x.user, self._analyse)  # コーティングは結構です: a part dropped

    def _chatted(self, text: str, reply: str) -> frozenset[str]:
        """The katakana common nouns of a Japanese ``text`` (SudachiPy's 普通名詞,
        :func:`~yamabiko.conversation.equivalents.loanwords`: リレー, カード; not a brand or a
        place, 固有名詞, nor a compound of loanwords, グランドホテル), which the guard's
        analysis counts as names, when the ``reply`` to its exchange is a comment: it ends in
        the sentence-final particle ね (それは楽しみですね, 喜ばれますね), an answer of
        feeling, where a change of the request is acknowledged (かしこまりました, 承知しました).
        Since session 32 a remark's names (:meth:`_remark`, :meth:`_untaken`) leave them
        out; none in English."""
        if not reply or self.analyses.get(text, None).lang != "ja":
            return frozenset()
        if not comments(reply) or ja_choice_said(text):
            return frozenset()
        return loanwords(text)

    def _keys(self, text: str) -> set[str]:
        """The content words, dates and numbers of a text (empty for none)."""
        if not text:
            return set()
        a = self.analyses.get(text, None)
        return set(a.content) | set(a.dates) | {f"{n:g}" for n in a.numbers}

    def _changes(self, x: Exchange, thread: Sequence[Exchange]) -> bool:
        """An exchange after the latest paired one changes the thread (the exchanges up to it):
        a statement that says again a word, date or number of the thread in the user turn
        (回収はいいです), or whose reply says again a date or number or two words of it
        ("Sorry, I meant Tuesday." / "Moved to Tuesday at 7pm."; not "Okay, got it." /
        "Enjoy your stay!"), or a question whose reply names the thread again with a name,
        number or date the thread never named ("Could it be Dr Evans instead?" / "Changed: Dr
        Evans, Thursday at 3pm."). A remark ("It was my dad's watch."), a side question
        answered in its own words ("Is there parking?" / "Yes, behind the shop.") or one that
        adds a thing without a value ("Can I get a new caddy too?" / "Yes, with the next
        collection.") is an aside."""
        theirs = {key for y in thread for text in (y.user, y.reply) for key in self._keys(text)}
        if not asks(x.user):
            again = self._keys(x.reply) & theirs  # the reply restates the thread
            values = self._named(x.reply, dates=True) if x.reply else set()
            user = self.analyses.get(x.user, None)  # "We'd rather bring it in September."
            bare = not (x.reply and self._analyse(x.reply).dates)  # "Lovely.", no "Updated: May"
            moved = bare and request_dates(x.user, user.dates, user.lang)
            return bool(self._keys(x.user) & theirs or again & values or len(again) > 1 or moved)
        named = {n for y in thread for text in (y.user, y.reply) if text
                 for n in self._named(text, dates=True)}  # fmt: skip
        new = self._named(x.reply, dates=True) - named if x.reply else set()
        return bool(new and self._keys(x.reply) & theirs) or self._taken_up(x, thread)

    def _taken_up(self, x: Exchange, thread: Sequence[Exchange]) -> bool:
        """A question after the thread whose reply reports done (a past form: 追加しました,
        "added") the act the user asks for, an act the thread never names
        (:func:`~yamabiko.conversation.acts.acts`): ついでにオイル交換もお願いできますか /
        はい、オイル交換も追加しました, "Could you clear the gutters as well?" / "Gutter
        clearing added.": the job grew. A side question answered ("Is there parking?" / "Yes,
        behind the shop."; Wi-Fiはありますか / 待合室で使えます) reports nothing done."""
        if not (x.user and x.reply) or asks(x.reply):
            return False
        lang = self.analyses.get(x.user, None).lang
        done = acts(x.user, lang, forms_only=False) & acts(x.reply, lang)
        if not done or not reports_done(x.reply, lang):
            return False
        thread_texts = [t for y in thread for t in (y.user, y.reply) if t]
        return bool(done - {a for t in thread_texts for a in acts(t, lang, forms_only=False)})

    def _decides(self, x: Exchange) -> bool:
        """A turn that answers no question decides something when it is a no or states a
        reversal (a yes or an okay after a statement only acknowledges it; "Can I cancel
        for free?" asks)."""
        a = self.analyses.get(x.user, None)
        return bool(reversals(x.user, a) and not asks(x.user)) or self._answer(x) < 0

    def _answer(self, x: Exchange) -> int:
        """1 when the user turn is a yes, -1 a no, else 0: the answer word it opens with
        (:func:`~yamabiko.conversation.smalltalk.leading_answer`: うん / ううん, which the
        embedder places close together), else :attr:`polarity` of its vector."""
        return leading_answer(x.user) or self.polarity(x.vector)

    def _named(self, text: str, *, dates: bool = False) -> set[str]:
        """The names and numbers a turn mentions (and its dates, with ``dates``)."""
        a = self.analyses.get(text, None)
        found = set(a.strong) | {f"{n:g}" for n in a.numbers}
        return found | set(a.dates) if dates else found


def _renumbered(occasions: frozenset[tuple[str, float]], texts: Sequence[str]) -> bool:
    """A noun a remark numbers with an ordinal (``occasions``: :func:`~yamabiko.conversation.
    values.ordinal_counts`) is numbered by another ordinal in the thread's ``texts`` ("our
    second night" after "our first night in Bergen"): the thread's occasion changed, no
    occasion of the remark's own."""
    if not occasions:
        return False
    nouns = {noun for noun, _ in occasions}
    said = {(noun, n) for text in texts for noun, n in ordinal_counts(text) if noun in nouns}
    return bool(said - occasions)
