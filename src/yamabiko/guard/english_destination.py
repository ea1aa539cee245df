"""A person's address as the place a thing goes to is the person (session 34, lateEN):
*Can you post the name tapes to my mother?* / *... to my mother's address?* was refused
``part:address``: the minimal-pair check reads a noun a shared possessive owns as another
thing (*the system's battery* / *the system*), and so it is, but not where the possessive's
owner is a person and the noun is the place that person is found, the goal of *to*: a parcel
sent to a person goes to where the person lives.

:func:`destination_read` reads ``query``'s *to DET PERSON's PLACE* as *to DET PERSON* when
the other prompt says *to DET PERSON* itself, the person is one by WordNet (every tagged noun
sense of the owner in ``noun.person``: *mother*, *sister*; not *school*, *the shop*) and the
owned noun is where a person is found by WordNet: its first tagged ``noun.location`` sense is
the sense of *address* (*the place where a person or organization can be found*) or lies
under it (*home*, *residence*, *abode*; not *car*, *phone*, *garden*). A region the person
lives in is no such place (session 35 review: *to my wife's country*, *to my father's city*,
*to my nephew's hometown* were served ``destination:country`` against *to my wife*; WordNet
files them under *region*, not under *address*). Any other owned noun, any other preposition
(*from my mother's address*, *at my mother's*) or an owner the other prompt does not send to
stays the check's. The minimal-pair stage then compares the read query
(``destination:address`` where it serves).
"""

from __future__ import annotations

import re

from . import wordnet
from .wordnet_kinds import reaches

#: the WordNet lexicographer file of a person, and of a place
_PERSON, _PLACE = "noun.person", "noun.location"
#: the noun whose place sense is where a person is found, and the most hypernym links from a
#: kind of it up to it (home -> residence -> address: two)
_WHERE_FOUND, _WHERE_DEPTH = "address", 3
#: *to DET OWNER's NOUN*: the goal of *to*, a determiner, a possessive and its noun
_OWNED_GOAL = re.compile(
    r"\bto\s+(my|your|his|her|our|their|the)\s+([a-z]+)['\u2019]s\s+([a-z]+)\b", re.IGNORECASE
)


def _lexnames(word: str) -> set[str]:
    """The lexicographer files of ``word``'s tagged noun senses (empty without the data)."""
    tables = wordnet.load()
    if tables is None:
        return set()
    return {tables.synsets[s].lexname for s in wordnet.tagged_senses(word, 0, wordnet.SENSES)}


def _where_found(noun: str) -> bool:
    """``noun``'s first tagged ``noun.location`` sense is :data:`_WHERE_FOUND`'s, or lies
    under it within :data:`_WHERE_DEPTH` hypernym links (address, home, residence; not a
    region: country, city, hometown); False without the data."""
    tables = wordnet.load()
    if tables is None:
        return False
    places = [s for s in wordnet.tagged_senses(noun, 0, wordnet.SENSES)
              if tables.synsets[s].lexname == _PLACE]  # fmt: skip
    found = {s >> 2 for s in wordnet.tagged_senses(_WHERE_FOUND, 0, wordnet.SENSES)
             if tables.synsets[s].lexname == _PLACE}  # fmt: skip
    if not places or not found:
        return False
    return places[0] >> 2 in found or reaches(places[0] >> 2, frozenset(found), _WHERE_DEPTH)


def destination_read(query: str, cached: str, noun: str) -> tuple[str, str, str] | None:
    """``query`` with its *to DET PERSON's* ``noun`` read as *to DET PERSON* (see the module
    docstring): ``(read, "destination", noun)``; None when it is not read so."""
    for match in _OWNED_GOAL.finditer(query):
        det, owner, owned = match.groups()
        if owned.lower() != noun.lower():
            continue
        goal = re.compile(rf"\bto\s+{det}\s+{owner}\b(?!['\u2019])", re.IGNORECASE)
        if not goal.search(cached):
            continue
        if _lexnames(owner.lower()) == {_PERSON} and _where_found(owned.lower()):
            read = query[: match.start()] + f"to {det} {owner}" + query[match.end() :]
            return read, "destination", owned.lower()
    return None
