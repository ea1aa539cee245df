"""The people of a booking, counted one way on one side and listed another way on the other.

A reworded thread counts its party in other words: "two adults and one child" where the
other side says "three of us - me, my wife and our little girl", "the four of us" where the
other lists "me, my partner and our two kids". The numbers each side states then differ (2
and 1 against 3; 4 against 2), and the stated-facts check
(:func:`~yamabiko.conversation.facts.compare_stated`, ``named``) held them for changed
facts (session 24: heldout18's en-fossil-walk-0, heldout11's en-ferry-booking-0, heldout14's
en-photo-studio-0).

:func:`party_numbers` reads a text's *party*: a run of two or more members joined by commas,
*and*, *plus* or ``+`` (within one clause: a spaced dash or a stop ends it), each member
*me* / *myself* / *I* (*my sister and I*; one to a party), or a possessive and a person
(*my wife*, *our two kids*, *our eight-year-old girl*), or a count and a person (*two
adults*, *one child*); a person is a noun whose first tagged WordNet sense is filed under
``noun.person``, or an *N-year-old*.
Its parts are the members' counts and its total their sum; "N of us" states a total too.
:func:`party_said` decides a number lost on one side: a total there (a party's or "N of
us") that is the total of a party on the other side, or a part of a party whose total the
other side states (two adults and one child / a family of three). Parts are never matched
with parts: *two adults* are not the *two boys* of "me, my wife and our two boys"; nor is a
number that counts a thing on its side (*three nights*) a party's.
A Japanese text's counts of people (:func:`~yamabiko.conversation.values.ja_people`: 二人,
3名, ふたり) are the parts of one party when it says two or more: 大人二人と子ども二人 against
大人と子どもで4人 (session 36).

:func:`listed_people` names the members of a party the other side counts alike: *my wife*
in "me, my wife and our girl" is one of the other side's "two adults and a child", no other
person. Not when the other side lists its own party of that total naming someone in another
relation: "me and my wife" / "me and my business partner" (or *a friend*, *my son*, *a woman
from work*) are two parties of two, and the people differ (session 32, spouse;
:func:`other_members` names them for the person check). A member is *named* when a
possessive (*my*, *our*) or an article opens it; one given by a number (*two adults*, *one
child*) or an age only counts, and may be anyone. Two sides name other people when each
names someone no one on the other side names (:func:`one_person`: the same word, one group
of the guard's family category, *mum* / *mother*; one ``noun.person`` synset, *daughter* /
*girl*; one naming the other's kind by WordNet's hypernyms, *wife* / *spouse*, *daughter* /
*a child*: :func:`~yamabiko.conversation.broader.broader_lemmas`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.english import stem_en
from ..guard.frames import PREPOSITIONS
from ..guard.wordnet_first import first_lemma, first_lexnames
from .broader import broader_lemmas
from .values import ja_people

__all__ = [
    "Party", "listed_people", "one_person", "other_members", "parties", "party_numbers",
    "party_said",
]  # fmt: skip

#: English counts of members: digits, cardinal words below twenty, a / an
_COUNTS = {
    w: float(v) for w, v in lx.EN_NUMBER_WORDS.items()
    if 1 <= v < 20 and v == int(v) and w not in ("dozen", "twice")
    and not w.endswith(("st", "nd", "rd", "th"))
} | {"one": 1.0, "a": 1.0, "an": 1.0}  # fmt: skip
#: a clause: a spaced dash, a bracket or a sentence's end closes it
_CLAUSES = re.compile(r"\s[-\u2013\u2014]\s|[()\u2013\u2014.!?;:]")
#: the joints of a list of members
_JOINTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*\+\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")
#: a punctuation mark right after a count: what follows is no thing it counts
_PAUSE = re.compile(r"\s*[,.;:!?()]")
_AGED = re.compile(r"^(?:\d+|[a-z]+)-years?-olds?$")
_OF_US = re.compile(r"\b([a-z]+|\d+) of us\b", re.IGNORECASE)
#: the speaker as a member (one to a party: "I need a table and I'd like a chair" lists no one)
_SELF = frozenset({"me", "myself", "i"})
#: most words between a member's possessive or count and its person (our little girl)
_REACH = 3
#: the forms of *be* that end the noun phrase after *my* / *our*: what follows is said of
#: the owned people, not another of them ("my two are desperate": *desperate* is no person)
_COPULAS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})

#: a party: its members' counts, their total and the words naming them
Party = tuple[tuple[float, ...], float, tuple[str, ...]]
#: a member of a party: its count, the word naming it, and whether it is named (a possessive
#: or an article opens it) rather than counted
_Member = tuple[float, str, bool]
#: the words that open a member naming someone
_NAMING = frozenset({"my", "our", "a", "an"})
#: the groups of the guard's English family category (forms of one member: mother|mom|mum)
_FAMILY = tuple(lx.EN_CATEGORIES["family"].split())


def _count(word: str) -> float | None:
    """The count a word says (2, two, a), else None."""
    word = word.lower()
    if word.isdigit():
        return float(word)
    return _COUNTS.get(word)


def _counts_a_thing(value: float, texts: Iterable[str]) -> bool:
    """Some text counts a thing by ``value``: the number, in digits or a word, followed by a
    word (not a preposition, *of*, nor after a punctuation mark: *for four on Sunday*, *for
    four, Sunday* count nothing, session 39) with no person among the next :data:`_REACH`
    words (three *nights*: that three is no party)."""
    for text in texts:
        found = list(_WORD.finditer(text))
        for k, match in enumerate(found[:-1]):
            word = match[0]
            if _count(word) != value or word.lower() in ("a", "an"):
                continue
            if _PAUSE.match(text, match.end()):
                continue  # a table for four, Sunday: a punctuation mark ends the count
            after = [m[0] for m in found[k + 1 : k + 1 + _REACH]]
            if after[0].lower() not in PREPOSITIONS and not any(_person(w) for w in after):
                return True
    return False


@lru_cache(maxsize=4096)
def _person(word: str) -> bool:
    """``word`` names a person: WordNet files its first tagged noun sense under
    ``noun.person`` (adults, kids, wife), or it is an age (eight-year-old, 8-year-olds)."""
    low = word.lower()
    if _AGED.match(low):
        return True
    for form in {low, low.replace("-", "")}:
        for lemma in wordnet.lemmas_of(form, 0):
            names = first_lexnames(lemma, 0)
            if names and names[0] == "noun.person":
                return True
    return False


def _member(piece: str) -> _Member | None:
    """The count of people the list item ``piece`` opens with, the word naming them and
    whether a possessive or an article names them (me, I: 1; my wife: 1, wife, named; our two
    kids: 2, kids, named; two adults: 2, adults), else None."""
    words = _WORD.findall(piece)
    if not words:
        return None
    first = words[0].lower()
    if first in _SELF:
        return 1.0, first, False  # my sister and I: the speaker as a subject is a member too
    rest = words[1:] if first in ("my", "our") else words
    count = _count(rest[0]) if rest else None
    if first not in ("my", "our") and count is None:
        return None
    if count is not None:
        rest = rest[1:]
    person = next((w.lower() for w in rest[:_REACH] if _person(w)), None)
    if person is None:
        return None
    named = first in _NAMING and not _AGED.match(person)  # our eight-year-old: an age counts
    return (count if count is not None else 1.0), person, named


def _last_member(piece: str) -> _Member | None:
    """The count of the member that ends ``piece`` (a list's first item after what comes
    before it: "for two adults", "Leaving on 12 July, two adults"), or one it opens with."""
    words = _WORD.findall(piece)
    for start in range(max(0, len(words) - _REACH - 1), len(words)):
        count = _member(" ".join(words[start:]))
        if count is not None and (count[1] != "i" or start == len(words) - 1):
            return count  # "I need a table": a subject opening a clause lists no one
    return None


@lru_cache(maxsize=4096)
def parties(text: str) -> tuple[Party, ...]:
    """The parties ``text`` lists (see the module docstring), each as its parts and total."""
    return tuple(
        (tuple(n for n, _, _ in run), _total(run), tuple(w for _, w, _ in run))
        for run in _runs(text)
    )


@lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[tuple[_Member, ...], ...]:
    """The members of each party ``text`` lists, in order."""
    found = []
    for clause in _CLAUSES.split(text):
        run: list[_Member] = []
        for piece in [*_JOINTS.split(clause.strip()), ""]:
            member = (_member(piece) if run else _last_member(piece)) if piece else None
            if member is not None and not (
                member[1] in _SELF and any(w in _SELF for _, w, _ in run)
            ):
                run.append(member)
                continue
            if len(run) >= 2:
                found.append(tuple(run))
            run = []
    return tuple(found)


def party_numbers(texts: Iterable[str]) -> tuple[set[float], set[float]]:
    """The parts and the totals of the parties the texts list, the totals with each
    "N of us"."""
    parts: set[float] = set()
    totals: set[float] = set()
    for text in texts:
        for run, total, _ in parties(text):
            parts.update(run)
            totals.add(total)
        for match in _OF_US.finditer(text):
            count = _count(match.group(1))
            if count is not None:
                totals.add(count)
    return parts, totals


def party_said(
    value: float | None, mine: Iterable[str], theirs: Iterable[str], their_values: set[float]
) -> bool:
    """The number ``value`` that my side's texts ``mine`` state and the other side's texts
    ``theirs`` never say is a total of people on my side that is a party's total there, or
    a part of my party whose total the other side states (``their_values``: every number it
    says, or a party's total)."""
    if value is None or _counts_a_thing(value, mine):
        return False
    their_totals = party_numbers(theirs)[1]
    if value in party_numbers(mine)[1] and value in their_totals:
        return True  # three of us / two adults and one child
    if any(
        value in run and total in their_values | their_totals
        for text in mine for run, total, _ in parties(text)
    ):  # fmt: skip
        return True
    # 大人二人と子ども二人 / 大人と子どもで4人: the counts of people of one Japanese text
    return any(
        value in people and sum(people) in their_values
        for text in mine if len(people := ja_people(text)) >= 2
    )  # fmt: skip


def listed_people(mine: Iterable[str], theirs: Iterable[str], their_values: set[float]) -> set[str]:
    """The words naming the members of my side's parties (``mine``: its texts) whose total the
    other side states (a number it says, ``their_values``, or its own party's total): *my
    wife* in "me, my wife and our girl" where the other side books "two adults and a
    child" is one of the three, no other person; not when a party of that total there names
    other people (*me and my business partner*: :func:`_other_people`)."""
    theirs = list(theirs)
    totals = their_values | party_numbers(theirs)[1]
    their_runs = [run for text in theirs for run in _runs(text)]
    return {
        member[1] for text in mine for run in _runs(text)
        if _total(run) in totals
        and not any(_other_people(run, other) for other in their_runs)
        for member in run
    }  # fmt: skip


def other_members(mine: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The people my side names (``mine``: its texts) where the other side (``theirs``) names
    other people in their place (:func:`_differ`): the named members of a party of mine
    against those of a party of the same total there, when neither counts a member but the
    speaker (*partner* of "me and my business partner" against "me and my wife"); the people
    my side names after *my* or *our* against those the other side names so (*my friend* /
    *my boss*: people of no category the person check reads)."""
    theirs = list(theirs)
    their_runs = [run for text in theirs for run in _runs(text)]
    found = {
        w for text in mine for run in _runs(text) for other in their_runs
        if _alike(run, other) for w in _differ(_named(run), _named(other))
    }  # fmt: skip
    found.update(_differ(_owned(mine), _owned(theirs)))
    return sorted(found)


def _other_people(run: Sequence[_Member], other: Sequence[_Member]) -> bool:
    """Two parties of one total that name other people: each names every member but the
    speaker (a count, *two adults*, or an age, *our eight-year-old*, may be anyone) and one
    that the other names no one for (:func:`_differ`)."""
    return _alike(run, other) and bool(_differ(_named(run), _named(other)))


def _alike(run: Sequence[_Member], other: Sequence[_Member]) -> bool:
    """Two parties of one total, each naming every member but the speaker (:func:`_names_all`):
    the two whose named members :func:`_differ` compares."""
    return _total(run) == _total(other) and _names_all(run) and _names_all(other)


def _total(run: Sequence[_Member]) -> float:
    """How many people the party counts."""
    return sum(n for n, _, _ in run)


def _names_all(run: Sequence[_Member]) -> bool:
    """Every member of the party but the speaker is named (my wife, a friend), none counted."""
    return all(named or w in _SELF for _, w, named in run)


def _named(run: Sequence[_Member]) -> list[str]:
    """The words naming the party's named members."""
    return [w for _, w, named in run if named]


def _differ(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """My people (words) that none of theirs names (:func:`one_person`), when some of theirs
    is also none of mine: two sides that name other people; else none."""
    lost = [w for w in mine if not any(one_person(w, o) for o in theirs)]
    if lost and any(not any(one_person(o, w) for w in mine) for o in theirs):
        return lost
    return []


def _owned(texts: Iterable[str]) -> list[str]:
    """The people the texts name after *my* or *our*: the first person noun but an age among
    the next :data:`_REACH` words (*my business partner*, *our eight-year-old girl*), before
    a form of *be* (:data:`_COPULAS`: *my two are desperate* names no one by *desperate*)."""
    found = []
    for text in texts:
        words = _WORD.findall(text)
        for k, word in enumerate(words):
            if word.lower() in ("my", "our"):
                after = []
                for w in words[k + 1 : k + 1 + _REACH]:
                    if w.lower() in _COPULAS:
                        break
                    after.append(w.lower())
                found += [w for w in after if _person(w) and not _AGED.match(w)][:1]
    return found


@lru_cache(maxsize=1024)
def _person_senses(lemma: str) -> frozenset[int]:
    """The ``noun.person`` synsets among the tagged senses WordNet keeps of ``lemma`` (a
    hyphened word too: *co-worker*)."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    senses = wordnet.tagged_senses(lemma, 0, wordnet.MAX_SENSES)
    return frozenset(s for s in senses if tables.synsets[s].lexname == "noun.person")


@lru_cache(maxsize=4096)
def one_person(word: str, other: str) -> bool:
    """Two English person nouns that may name one person: the same word, one group of the
    guard's family category (*mum* / *mother*), a shared ``noun.person`` synset (*daughter* /
    *girl*, *colleague* / *co-worker*), or one a lemma of a
    hypernym of the other (*wife* / *spouse*, *son* / *kid*:
    :func:`~yamabiko.conversation.broader.broader_lemmas`)."""
    a, b = (first_lemma(w.lower(), 0) or w.lower() for w in (word, other))
    if a == b or stem_en(a) == stem_en(b) or _person_senses(a) & _person_senses(b):
        return True
    if any({a, b} <= set(group.split("|")) for group in _FAMILY):
        return True
    return b in broader_lemmas(a) or a in broader_lemmas(b)
