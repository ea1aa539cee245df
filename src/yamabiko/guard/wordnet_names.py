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
"""

from __future__ import annotations

#: lexicographer files (their numbers in WordNet 3.0's ``lexnames``) whose instance synsets
#: name one thing several ways: 14 noun.group (organisations), 15 noun.location (places)
NAME_FILES = frozenset({b"14", b"15"})
#: the pointer that makes a synset an instance of its hypernym
_INSTANCE = b" @i "


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
