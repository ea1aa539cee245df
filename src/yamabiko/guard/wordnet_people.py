"""WordNet's persons and quantities, read from ``data.noun`` in the pass of :mod:`.wordnet`'s
one loader (:func:`~.wordnet.load`; session 23: before, :mod:`.english_persons` read the file
a second time with a loader of its own).

The table (:class:`People`) holds the lemmas of the noun.person and noun.quantity synsets,
the hypernyms that stay in those files, and the units of measurement: the noun.quantity
senses under :data:`UNIT_OF_MEASUREMENT`. :mod:`.english_persons` reads it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .wordnet_lines import line_pointers

#: a data.noun line of the lexicographer files 18 (noun.person) and 23 (noun.quantity):
#: offset, file, word count, the rest
_PERSON_LINE = re.compile(rb"\n(\d{8}) (18|23) n ([0-9a-f]{2}) ([^|]*)")
#: WordNet 3.0's synset of units of measurement (noun.quantity): dollar, euro, mile, litre
UNIT_OF_MEASUREMENT = 13583724


class People(NamedTuple):
    """WordNet's persons: lemma -> its noun.person synsets (offsets); offset -> the offsets
    of its hypernyms that are persons too (or, for units, quantities); lemma -> its units
    of measurement (noun.quantity synsets under :data:`UNIT_OF_MEASUREMENT`); the lemmas
    with a noun.quantity sense (any sense, tagged or not)."""

    senses: dict[str, frozenset[int]]
    up: dict[int, tuple[int, ...]]
    units: dict[str, frozenset[int]]
    quantities: frozenset[str] = frozenset()


def read_people(data: bytes) -> People:
    """Parse the noun.person and noun.quantity lines of ``data.noun``'s bytes (LF ends; see
    :class:`People`)."""
    senses: dict[str, set[int]] = {}
    quantities: dict[str, set[int]] = {}
    raw_up: dict[int, list[int]] = {}
    for match in _PERSON_LINE.finditer(data):
        offset, count = int(match.group(1)), int(match.group(3), 16)
        rest = match.group(4).decode("ascii", "replace").split()
        fields = ["", "", "n", match.group(3).decode(), *rest]  # (line_pointers' places)
        table = senses if match.group(2) == b"18" else quantities
        for word in fields[4 : 4 + 2 * count : 2]:
            if word.islower():  # (Democrat, British, Clinton: names and peoples, not roles)
                table.setdefault(word.split("(")[0], set()).add(offset)
        ups = raw_up.setdefault(offset, [])
        if 4 + 2 * count < len(fields):
            for pointer in line_pointers(fields):
                if pointer[0] in ("@", "@i") and pointer[2] == "n":
                    ups.append(int(pointer[1]))
    up = {o: tuple(t for t in targets if t in raw_up) for o, targets in raw_up.items()}
    people = People({w: frozenset(s) for w, s in senses.items()}, up, {}, frozenset(quantities))
    memo: dict[int, frozenset[int]] = {}
    for word, found in quantities.items():
        units = frozenset(o for o in found if UNIT_OF_MEASUREMENT in reach(up, o, memo))
        if units:
            people.units[word] = units
    return people


def reach(
    up: dict[int, tuple[int, ...]], offset: int, memo: dict[int, frozenset[int]]
) -> frozenset[int]:
    """The synset at ``offset`` and its hypernyms in its file (``up``), to the top of the file
    (person itself is in noun.Tops: not among a person's); ``memo`` keeps what was reached."""
    found = memo.get(offset)
    if found is None:
        found = frozenset({offset}).union(*(reach(up, t, memo) for t in up.get(offset, ())))
        memo[offset] = found
    return found
