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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.wordnet_first import first_lexnames

__all__ = ["Party", "listed_people", "parties", "party_numbers", "party_said"]

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
_AGED = re.compile(r"^(?:\d+|[a-z]+)-years?-olds?$")
_OF_US = re.compile(r"\b([a-z]+|\d+) of us\b", re.IGNORECASE)
#: the speaker as a member (one to a party: "I need a table and I'd like a chair" lists no one)
_SELF = frozenset({"me", "myself", "i"})
#: most words between a member's possessive or count and its person (our little girl)
_REACH = 3

#: a party: its members' counts, their total and the words naming them
Party = tuple[tuple[float, ...], float, tuple[str, ...]]


def _count(word: str) -> float | None:
    """The count a word says (2, two, a), else None."""
    word = word.lower()
    if word.isdigit():
        return float(word)
    return _COUNTS.get(word)


def _counts_a_thing(value: float, texts: Iterable[str]) -> bool:
    """Some text counts a thing by ``value``: the number, in digits or a word, followed by a
    word (not *of*) with no person among the next :data:`_REACH` words (three *nights*: that
    three is no party)."""
    for text in texts:
        words = _WORD.findall(text)
        for k, word in enumerate(words[:-1]):
            if _count(word) != value or word.lower() in ("a", "an"):
                continue
            after = words[k + 1 : k + 1 + _REACH]
            if after[0].lower() != "of" and not any(_person(w) for w in after):
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


def _member(piece: str) -> tuple[float, str] | None:
    """The count of people the list item ``piece`` opens with and the word naming them (me,
    I: 1; my wife: 1, wife; our two kids: 2, kids; two adults: 2, adults), else None."""
    words = _WORD.findall(piece)
    if not words:
        return None
    first = words[0].lower()
    if first in _SELF:
        return 1.0, first  # my sister and I: the speaker as a subject is a member too
    rest = words[1:] if first in ("my", "our") else words
    count = _count(rest[0]) if rest else None
    if first not in ("my", "our") and count is None:
        return None
    if count is not None:
        rest = rest[1:]
    person = next((w.lower() for w in rest[:_REACH] if _person(w)), None)
    if person is None:
        return None
    return (count if count is not None else 1.0), person


def _last_member(piece: str) -> tuple[float, str] | None:
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
    found = []
    for clause in _CLAUSES.split(text):
        run: list[tuple[float, str]] = []
        for piece in [*_JOINTS.split(clause.strip()), ""]:
            member = (_member(piece) if run else _last_member(piece)) if piece else None
            if member is not None and not (member[1] in _SELF and any(w in _SELF for _, w in run)):
                run.append(member)
                continue
            if len(run) >= 2:
                counts = tuple(n for n, _ in run)
                found.append((counts, sum(counts), tuple(w for _, w in run)))
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
    return any(
        value in run and total in their_values | their_totals
        for text in mine for run, total, _ in parties(text)
    )  # fmt: skip


def listed_people(mine: Iterable[str], theirs: Iterable[str], their_values: set[float]) -> set[str]:
    """The words naming the members of my side's parties (``mine``: its texts) whose total the
    other side states (a number it says, ``their_values``, or its own party's total): *my
    wife* in "me, my wife and our girl" where the other side books "two adults and a
    child" is one of the three, no other person."""
    totals = their_values | party_numbers(theirs)[1]
    return {
        word for text in mine for _, total, words in parties(text) if total in totals
        for word in words
    }  # fmt: skip
