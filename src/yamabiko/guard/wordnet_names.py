"""One place or organisation, several names: two proper names that WordNet lists as lemmas of
one instance synset (*USA* / *US* / *America*, *Holland* / *Netherlands*) name one thing.

The guard's WordNet synonyms (:func:`.wordnet.synonyms`) keep only *tagged* senses (seen in
SemCor), and instance nouns have none, so the names of one country were read as two
entities (``entity``, ``substitution:USA->US``: Quora duplicates at cosine 0.95 or more).
This module reads, in :mod:`.wordnet_read`'s one pass over ``data.noun``, every synset that
is an *instance* of another (an ``@i`` pointer: a particular place or body, not a kind) in
the lexicographer files noun.location and noun.group (countries, cities, states, regions,
organisations) and keeps, for those with two capitalised lemmas or more, each lemma's such
synsets (:func:`read_names`). :func:`.wordnet.same_name` then asks one dictionary per word:
no per-check WordNet walk. A several-word lemma is kept too (session 31), under its
lower-cased WordNet spelling (``united_states``, ``republic_of_korea``): :mod:`.name_runs`
reads such a name where a prompt writes its words in a row.

The risk, named: a name with two instance senses (*America*: the United States and the
Americas; *Georgia*: the state and the country) is taken as equivalent to a name of either
sense whenever the two share one synset (*America* / *USA*), whatever the prompts' context
would pick. Names that share no synset stay apart (*Canada* / *Australia*, *Austria* /
*Australia*). Since the several-word lemmas count, a synset with one one-word name and a
several-word one is kept as well; it pairs no two one-word names (it has only one), so the
one-word pairs are those of session 30.

Since session 33 the same pass reads every name of a particular place, one or several words,
and the adjectives WordNet says pertain to one (:func:`read_places`: *India*, *indian*), for
:mod:`.english_place_added` (a question asked of one place against the same one of none).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

#: lexicographer files (their numbers in WordNet 3.0's ``lexnames``) whose instance synsets
#: name one thing several ways: 14 noun.group (organisations), 15 noun.location (places)
NAME_FILES = frozenset({b"14", b"15"})
#: the pointer that makes a synset an instance of its hypernym
_INSTANCE = b" @i "
#: noun.location's number: :func:`read_places` reads its instance synsets alone
_LOCATION_FILE = b"15"
#: an adjective's pertainym pointer (*Indian* pertains to *India*)
_PERTAINS = b" \\ "


def read_names(data: bytes) -> dict[str, frozenset[int]]:
    """From ``data.noun``'s bytes (LF ends): each lower-cased capitalised lemma (one word, or
    several joined by ``_``) of an instance synset of :data:`NAME_FILES` that has two such
    lemmas or more -> the offsets of those synsets (module docstring)."""
    found: dict[str, set[int]] = {}
    seen: set[int] = set()
    at = data.find(_INSTANCE)
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        if start not in seen:
            seen.add(start)
            _read_line(data[start : data.find(b"|", start, at) if b"|" in data[start:at] else at],
                       found)  # fmt: skip
        at = data.find(_INSTANCE, at + 1)
    return {name: frozenset(offsets) for name, offsets in found.items()}


def _read_line(line: bytes, found: dict[str, set[int]]) -> None:
    """Add the capitalised names of one data line (up to its first pointer) to ``found``."""
    fields = line.split()
    if len(fields) < 4 or fields[1] not in NAME_FILES:
        return
    count = int(fields[3], 16)
    words = (w.decode("ascii", "replace").split("(")[0] for w in fields[4 : 4 + 2 * count : 2])
    names = {w.lower() for w in words if w[:1].isupper()}
    if len(names) < 2:
        return
    offset = int(fields[0])
    for name in names:
        found.setdefault(name, set()).add(offset)


class Places(NamedTuple):
    """WordNet's names of particular places (instance synsets of noun.location: countries,
    states, cities, regions) and the adjectives that pertain to them (:func:`read_places`)."""

    names: frozenset[str]  #: one-word names as WordNet spells them (India, US, LA, Goa)
    lowered: frozenset[str]  #: those of them no common word is spelt as, lower-cased (india)
    #: several-word names, lower-cased, one space between, by their first word
    #: (united -> united states, united kingdom, ...)
    runs: dict[str, frozenset[str]]
    adjectives: frozenset[str]  #: adjectives pertaining to one of them (indian, canadian)


def read_places(
    noun_data: bytes,
    adjective_data: bytes,
    noun_senses: dict[str, tuple[int, ...]],
    other_words: Iterable[frozenset[str]],
) -> Places:
    """From ``data.noun`` and ``data.adj`` (LF ends): every capitalised lemma of an instance
    synset of noun.location (``15``), and every adjective with a pertainym pointer (``\\``)
    to one of those synsets (*Indian* pertains to *India*). A name is read in lower case too
    (``lowered``) when it is no common word: every noun sense of it (``noun_senses``: lemma ->
    every sense's offset) is such a place, and no other part of speech (``other_words``: the
    verb, adjective and adverb lemmas) has it (*india*, *goa*; not *mobile*, *china*)."""
    names: set[str] = set()
    runs: set[str] = set()
    offsets: set[bytes] = set()
    at = noun_data.find(_INSTANCE)
    while at >= 0:
        start = noun_data.rfind(b"\n", 0, at) + 1
        fields = noun_data[start : noun_data.find(b"\n", at)].split(b"|")[0].split()
        if fields[1] == _LOCATION_FILE:
            offsets.add(fields[0])
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                text = word.decode("ascii", "replace").split("(")[0]
                if text[:1].isupper() and "_" in text:
                    runs.add(text.replace("_", " ").lower())
                elif text[:1].isupper():
                    names.add(text)
        at = noun_data.find(_INSTANCE, noun_data.find(b"\n", at))
    adjectives: set[str] = set()
    at = adjective_data.find(_PERTAINS)
    while at >= 0:
        start = adjective_data.rfind(b"\n", 0, at) + 1
        end = adjective_data.find(b"\n", at)
        fields = adjective_data[start:end].split(b"|")[0].split()
        count = int(fields[3], 16)
        pointers = 4 + 2 * count
        for p in range(int(fields[pointers])):
            symbol, target, pos = fields[pointers + 1 + 4 * p : pointers + 4 + 4 * p]
            if symbol == b"\\" and pos == b"n" and target in offsets:
                words = fields[4 : 4 + 2 * count : 2]
                adjectives.update(w.decode("ascii", "replace").split("(")[0].lower() for w in words)
        at = adjective_data.find(_PERTAINS, end)
    places = {int(offset) for offset in offsets}
    common = set().union(*other_words)
    lowered = frozenset(
        name.lower() for name in names
        if len(name) >= 3 and not name.isupper() and name.lower() not in common
        and places.issuperset(noun_senses.get(name.lower(), ()))
    )  # fmt: skip
    by_first: dict[str, list[str]] = {}
    for run in sorted(runs):
        by_first.setdefault(run.split(" ", 1)[0], []).append(run)
    starts = {first: frozenset(found) for first, found in by_first.items()}
    return Places(frozenset(names), lowered, starts, frozenset(adjectives))
