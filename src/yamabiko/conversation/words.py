"""The words of a conversation's turns as the comparison of histories reads them.

:class:`TurnWords` is the base of :class:`~yamabiko.conversation.match.HistoryComparer`: a
turn's minimal-pair units (:func:`~yamabiko.guard.units.units`, without pronouns contracted
with an auxiliary), the words a side's replies repeat from its user turns (the conversation's
*facts*), the words one side says that the other never says nor an equivalent of, and what a
side *states* (its user turns and the sentences of its replies that ask nothing:
:func:`~yamabiko.conversation.facts.stated`); :func:`strict_minimal_pair` compares two texts'
content words with no equivalents (every changed word counts).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..guard import MinimalPairCheck
from ..guard.analysis import AnalysisCache
from ..guard.facts import Analysis
from ..guard.lexicon import EN_STOPWORDS
from ..guard.relations import unmatched
from ..guard.units import Unit, units
from ..models import Verdict
from .equivalents import abbreviates
from .fact_words import SENTENCE
from .facts import stated, unit_names
from .history import Exchange
from .measures import prefix_unit
from .smalltalk import asks
from .spans import said_in_spans

__all__ = ["TurnWords", "contracted", "own_wording", "strict_minimal_pair"]

#: the kinds of unit a reply's repeating makes a fact: content words, words of relation
_FACTS = frozenset({"content", "relation"})


class TurnWords:
    """Reads the words of turns for a comparison of histories (``analyses``: the caller's
    cache of guard analyses)."""

    def __init__(self, analyses: AnalysisCache[Analysis]) -> None:
        self.analyses = analyses
        self.words = MinimalPairCheck()
        self._units: AnalysisCache[tuple[Unit, ...]] = AnalysisCache(4096, units)

    def _turn_units(self, text: str, lang: str | None = None) -> tuple[Unit, ...]:
        """The minimal-pair check's units of a turn (in ``lang``, default the language its
        analysis detects: give it for part of a turn, 修理 alone reads as Chinese), without
        pronouns contracted with an auxiliary (I'd, we've: function words that the units
        keep as content words)."""
        if not text:
            return ()
        found = self._units.get(text, lang or self.analyses.get(text, None).lang)
        return tuple(u for u in found if not _contraction(u))

    def _all_units(self, side: Sequence[Exchange]) -> list[Unit]:
        """The units of every turn of a side, user turns and replies."""
        return [u for x in side for text in (x.user, x.reply) for u in self._turn_units(text)]

    def _stated_units(self, side: Sequence[Exchange]) -> list[Unit]:
        """The units of what a side states: user turns and the reply sentences that ask
        nothing (an assistant's "Is he new, or do you have a family account?" says both
        options without either being the conversation's)."""
        return [u for text in stated(side) for u in self._turn_units(text)]

    def _said_back(self, side: Sequence[Exchange]) -> list[Unit]:
        """Content words (and words of relation: early, before) of the user turns that a
        reply repeats (the conversation's facts)."""
        replied = {u.key for x in side for u in self._turn_units(x.reply)}
        out: dict[str, Unit] = {}
        for x in side:
            for u in self._turn_units(x.user):
                if u.kind in _FACTS and u.key in replied:
                    out.setdefault(u.key, u)
        return list(out.values())

    def _unsaid(self, mine: Sequence[Unit], theirs: Sequence[Unit]) -> list[Unit]:
        """My units that the other side never says, nor a word equivalent to them (the
        minimal-pair alignment; a word written short, Rd / Road; a unit written as
        its prefix alone, kg / キロ: :func:`~yamabiko.conversation.measures.prefix_unit`),
        nor in other pieces (:func:`~yamabiko.conversation.spans.said_in_spans`)."""
        # a key read in either case (SudachiPy reads KT-75 as a name KT in one sentence, as
        # a common noun kt in another)
        keys = {u.key.lower() for u in theirs}
        left = [u for u in mine if u.key.lower() not in keys]
        if not left:
            return []
        candidates = [u for u in theirs if u.kind == "content"]
        # pair each leftover with the best equivalent among the other side's words; the check
        # pairs one to one, so repeat the other side's words once per leftover
        unsaid = []
        for unit in left:
            if self.words.align([unit], candidates).rest_left and not any(
                abbreviates(unit.text, o.text) or abbreviates(o.text, unit.text)
                or prefix_unit(unit.text, o.text) for o in candidates
            ):  # Rd / Road: one name, written short on one side; キロ / kg: one unit
                unsaid.append(unit)
        if not unsaid:
            return []
        # one thing in other pieces: single-vision / single vision, 誕生日 / バースデー
        pieces = said_in_spans(
            [u.text for u in mine], [u.text for u in theirs],
            [u.position for u in mine], [u.position for u in theirs],
        )  # fmt: skip
        at = {id(u) for k, u in enumerate(mine) if k in pieces}
        return [u for u in unsaid if id(u) not in at]

    def _analyse(self, text: str) -> Analysis:
        return self.analyses.get(text, None)

    def _minimal_pair(
        self, first: str, second: str, everything_first: Sequence[Unit],
        everything_second: Sequence[Unit], max_changes: int = 2,
    ) -> Verdict:  # fmt: skip
        """Reject two turns that are the same but for a few words (``book`` a table /
        ``cancel`` a table; 普通預金 / 定期預金) that the other conversation never says: in an
        earlier turn, the changed word is what the follow-up question is about (at most
        ``max_changes`` changed words on each side make a minimal pair)."""
        if first == second:
            return Verdict(True)
        a, b = self._turn_units(first), self._turn_units(second)
        if not {u.key for u in a} & {u.key for u in b}:
            return Verdict(True)  # reworded throughout: not a minimal pair
        aligned = self.words.align(a, b)
        only_a, only_b = aligned.rest_left, aligned.rest_right
        if len(only_a) > max_changes or len(only_b) > max_changes:
            return Verdict(True)
        only_a = self._unsaid(only_a, everything_second)
        only_b = self._unsaid(only_b, everything_first)
        if only_a and only_b:
            return Verdict(False, f"substitution:{unit_names(only_a)}->{unit_names(only_b)}")
        if only_a or only_b:
            return Verdict(False, f"insertion:{unit_names(only_a or only_b)}")
        return Verdict(True)


    def _confirmed_otherwise(
        self, q: Exchange, c: Exchange, replies: tuple[str, str],
        everything_q: Sequence[Unit], everything_c: Sequence[Unit],
    ) -> Verdict:  # fmt: skip
        """Two replies to one user turn (the same words on both sides) that state different
        things, in any number of words: the assistant confirmed another act for the same
        items ("we'll send an engineer to repair your dryer" / "we'll deliver a replacement
        for your dryer"; "left with your neighbour" / "held at the depot"). ``replies``: the
        two replies without their chatter. Each side states a content word (in a sentence
        that asks nothing) that the other conversation never says, nor an equivalent word;
        a word stated on one side only is added detail. The minimal-pair rule of replies
        already compares replies that differ in a few words; this reads the rest."""
        if not (q.user and c.user) or (
            q.user != c.user and self._reworded_turn(q.user, c.user)
        ):
            return Verdict(True)
        mine, theirs = (
            [u for s in SENTENCE.findall(text) if s.strip() and not asks(s)
             for u in self._turn_units(s.strip()) if u.kind == "content"]
            for text in replies
        )  # fmt: skip
        only_q, only_c = self._unsaid(mine, everything_c), self._unsaid(theirs, everything_q)
        if only_q and only_c:
            return Verdict(False, f"confirmed:{unit_names(only_q)}->{unit_names(only_c)}")
        return Verdict(True)

    def _reworded_turn(self, first: str, second: str) -> bool:
        """Two user turns that differ in some word (no equivalent on the other side)."""
        aligned = self.words.align(self._turn_units(first), self._turn_units(second))
        return bool(aligned.rest_left or aligned.rest_right)


def strict_minimal_pair(
    analyses: AnalysisCache[Analysis], first: str, second: str, max_changes: int
) -> Verdict:
    """Two texts that share words and differ in at most ``max_changes`` content words on each
    side must not differ at all (every changed word counts)."""
    if first == second:
        return Verdict(True)
    words_a, words_b, only_a, only_b = _changed_words(analyses, first, second)
    shared = set(words_a) & set(words_b)
    if not shared or len(only_a) > max_changes or len(only_b) > max_changes:
        return Verdict(True)  # reworded throughout: not a minimal pair
    if only_a and only_b:
        return Verdict(False, f"substitution:{min(only_a)}->{min(only_b)}")
    if only_a or only_b:
        return Verdict(False, f"insertion:{min(only_a or only_b)}")
    return Verdict(True)


def own_wording(
    analyses: AnalysisCache[Analysis], first: str, second: str, users: frozenset[str]
) -> bool:
    """Two replies whose differing content words (every changed word, as
    :func:`strict_minimal_pair` counts them) are none of ``users`` (the content words of every
    user turn of both conversations): the assistant's own wording of one confirmation (*the
    concert begins* / *starts*; ご注文を確認いたしました / 承りました), nothing a user said
    on one side only."""
    _, _, only_a, only_b = _changed_words(analyses, first, second)
    return not any(_form_of(word, user) for word in {*only_a, *only_b} for user in users)


def _changed_words(
    analyses: AnalysisCache[Analysis], first: str, second: str
) -> tuple[list[str], list[str], set[str], set[str]]:
    """The content words of ``first`` and ``second`` (no contracted pronoun), and those of
    each that the other does not match: every changed word, one reading for
    :func:`strict_minimal_pair` and :func:`own_wording`."""
    a, b = analyses.get(first, None), analyses.get(second, None)
    words_a = [w for w in a.content if not contracted(w)]
    words_b = [w for w in b.content if not contracted(w)]
    return words_a, words_b, unmatched(words_a, words_b), unmatched(words_b, words_a)


def _form_of(word: str, user: str) -> bool:
    """``word`` is ``user``'s word or a form of it made by adding to it (*amend* /
    *amendment*, 注文 / ご注文): one of the two begins the other (English, four letters at
    least) or holds it (Japanese, two characters at least)."""
    if word == user:
        return True
    short, long = sorted((word.lower(), user.lower()), key=len)
    if short.isascii():
        return len(short) >= 4 and long.startswith(short)
    return len(short) >= 2 and short in long


def _contraction(unit: Unit) -> bool:
    """A pronoun contracted with an auxiliary (I'd, we've, you're)."""
    return contracted(unit.text.lower())


def contracted(word: str) -> bool:
    """``word`` is a pronoun contracted with an auxiliary (i've, we'll: function words that
    the analysis and the units keep as content words, and, capitalised mid-sentence, as
    names: *It's for me - I'm a beginner*, :meth:`.structure.Structure._thread_names`)."""
    head, apostrophe, _ = word.partition("'")
    return bool(apostrophe) and head in EN_STOPWORDS
