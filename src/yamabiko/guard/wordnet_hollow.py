"""WordNet's hollow things: the noun.artifact synsets that have an inside to put a thing in,
read from ``data.noun`` in the pass of :mod:`.wordnet`'s one loader (:func:`~.wordnet.load`).

A synset is hollow when its hypernyms in noun.artifact reach one of :data:`HOLLOW` (a
container, a room, an enclosure, a storage space, a building, a home appliance: a box, a
locker, a cage, a cupboard, a shed, a fridge) and none of :data:`NOT_HOLLOW` (a vehicle:
WordNet puts the wheeled vehicles under *container* too, but one rides *in* or *on* a bus,
a train or a car alike). :mod:`.places` reads it: *in* the box and *on* the box are two
places, *in* / *on* the bus, the street or the chair one.
"""

from __future__ import annotations

import re

from .wordnet_people import reach

#: WordNet 3.0's synsets (noun.artifact offsets) of things with an inside: container,
#: room, enclosure, storage space, building, home appliance
HOLLOW = frozenset({3094503, 4105893, 3285912, 4328946, 2913152, 3528263})
#: WordNet 3.0's vehicle (noun.artifact): not hollow, whatever else it is
NOT_HOLLOW = frozenset({4524313})
#: a data.noun line of the lexicographer file 06 (noun.artifact): its offset and the rest
#: before the gloss
_ARTIFACT_LINE = re.compile(rb"\n(\d{8}) 06 n ([^|]*)")
#: a hypernym pointer to a noun (``@ 03094503 n 0000``; ``@i``: of an instance)
_HYPERNYM = re.compile(rb" @i? (\d{8}) n ")


def read_hollow(data: bytes) -> frozenset[int]:
    """The offsets of the hollow noun.artifact synsets of ``data.noun``'s bytes (LF ends;
    see the module docstring)."""
    up = {
        int(match.group(1)): tuple(int(h) for h in _HYPERNYM.findall(match.group(2)))
        for match in _ARTIFACT_LINE.finditer(data)
    }
    memo: dict[int, frozenset[int]] = {}
    hollow = set()
    for offset in up:
        above = reach(up, offset, memo)
        if not above.isdisjoint(HOLLOW) and above.isdisjoint(NOT_HOLLOW):
            hollow.add(offset)
    return frozenset(hollow)
