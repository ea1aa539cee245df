"""A name of several words, read where a prompt writes its words in a row: *the United States*
/ *the USA* / *America*, *the Republic of Korea* / *South Korea* (session 31).

WordNet lists a place or organisation under every name it goes by, several-word ones
included (``United_States``, ``Republic_of_Korea``: :mod:`.wordnet_names` keeps them under
their lower-cased spelling). Session 30 read one-word names only, so *the United States* /
*the USA* stayed two entities (``entity``) and two words against one (``substitution``). Two
readers of one table:

- :func:`without_name_runs` (through :func:`without_entity_names`), for the ``entity``
  check, which sees an analysis' content keys (stems, stop words gone: *United States* is
  ``unit stat``, *Republic of Korea* is ``republic korea``): each several-word name is keyed
  once by the keys its own words get from the analysis' token reader (:func:`run_keys`, made
  at the guard's warm-up), and a run of those keys in a prompt's content, its first
  capitalised there, is that name;
- :func:`name_groups`, for the minimal-pair alignment, which sees units with their text and
  position: capitalised units at consecutive positions are joined as WordNet writes the name
  (``united_states``) and looked up.

Two names are one when they share a synset, as for one-word names (:func:`.wordnet.same_name`);
the same risk holds (a name of two places pairs with a name of either). Names that share no
synset stay apart (*the United States* / *the United Kingdom*, *South Korea* / *North Korea*).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from . import wordnet
from .en_words import en_word
from .unit_record import Unit

if TYPE_CHECKING:
    from .facts import Analysis

#: the longest run of content keys read as one name (United States of America: 3 keys)
LONGEST = 4
#: the kind of an analysis' content token in :class:`~.en_words.TokenRecord` (``_CONTENT``)
_CONTENT_KIND = 6


def _names() -> dict[str, frozenset[int]]:
    """WordNet's table of names (lower-cased lemma -> synsets); empty without the data."""
    tables = wordnet.load()
    return (tables.names or {}) if tables is not None else {}


class RunTable(NamedTuple):
    """WordNet's several-word names as an analysis keys them (:func:`run_keys`)."""

    #: each name's content keys (``("unit", "stat")`` for *United States*) -> its synsets
    names: dict[tuple[str, ...], frozenset[int]]
    #: the keys a name starts with, and every key of a name: most prompts have none unmatched,
    #: and are let through on one set test
    first: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=1)
def run_keys() -> RunTable:
    """Each several-word name of the table as the analysis keys its content words, with its
    synsets; names of fewer than two content keys are left to the one-word table. Made once
    (~900 names)."""
    found: dict[tuple[str, ...], set[int]] = {}
    for name, synsets in _names().items():
        if "_" not in name:
            continue
        records = [en_word(word) for word in name.split("_") if word]
        keys = tuple(r.value for r in records if r.kind == _CONTENT_KIND)
        if 2 <= len(keys) <= LONGEST:
            found.setdefault(keys, set()).update(synsets)
    return RunTable(
        {keys: frozenset(synsets) for keys, synsets in found.items()},
        frozenset(keys[0] for keys in found),
        frozenset(key for keys in found for key in keys),
    )


#: a several-word name as an analysis keys it, and its synsets
Run = tuple[tuple[str, ...], frozenset[int]]


def _runs(content: Sequence[str], strong: frozenset[str], table: RunTable) -> list[Run]:
    """The several-word names in ``content`` (an analysis' keys in order), longest first at
    each place, each starting with a capitalised key (in ``strong``), and their synsets."""
    found = []
    at = 0
    while at < len(content) - 1:
        if content[at] in table.first and content[at] in strong:
            for size in range(min(LONGEST, len(content) - at), 1, -1):
                keys = tuple(content[at : at + size])
                synsets = table.names.get(keys)
                if synsets is not None:
                    found.append((keys, synsets))
                    at += size - 1
                    break
        at += 1
    return found


def without_entity_names(
    only: tuple[set[str], set[str]], a: Analysis, b: Analysis
) -> tuple[set[str], set[str]]:
    """The words each of the analyses ``a`` and ``b`` has alone (``only``, for the ``entity``
    check), less the names that name one place or organisation on both sides: one-word names
    first (:func:`.wordnet.without_same_names`: *USA* / the *US*), then, where each side still
    has a strong word alone, several-word ones (:func:`without_name_runs`: *the United States*
    / *the USA*)."""
    strong, naming = (a.strong, b.strong), (a.order or a.content, b.order or b.content)
    only = wordnet.without_same_names(only, strong, naming)
    if only[0] & a.strong and only[1] & b.strong:
        only = without_name_runs(only, strong, (a.content, b.content), naming)
    return only


def without_name_runs(
    only: tuple[set[str], set[str]],
    strong: tuple[frozenset[str], frozenset[str]],
    content: tuple[Sequence[str], Sequence[str]],
    naming: tuple[Sequence[str], Sequence[str]],
) -> tuple[set[str], set[str]]:
    """The words each side has alone (``only``), less the keys of a several-word name of one
    side (:func:`run_keys`, in its ``content`` in order, its first key in ``strong``) that names
    what a name of the other side names: another several-word name, or a one-word name among
    its ``naming`` words (content words and acronyms: *United States* / *the US*). ``only``
    itself when nothing pairs."""
    table = run_keys()
    if table.words.isdisjoint(only[0]) and table.words.isdisjoint(only[1]):
        return only  # (no word of a several-word name unmatched: most prompts)
    runs = (_runs(content[0], strong[0], table), _runs(content[1], strong[1], table))
    if not runs[0] and not runs[1]:
        return only
    names = _names()
    out = (set(only[0]), set(only[1]))
    for side in (0, 1):
        other = 1 - side
        theirs = [*runs[other], *(((k,), names[k]) for k in naming[other] if k in names)]
        for keys, synsets in runs[side]:
            if out[side].isdisjoint(keys):
                continue  # (the other prompt has its words: nothing to pair)
            match = next((t for t, s in theirs if t != keys and not synsets.isdisjoint(s)), None)
            if match is not None:
                out[side].difference_update(keys)
                out[other].difference_update(match)
    return out


def name_groups(units: Sequence[Unit]) -> list[tuple[str, frozenset[int]]] | None:
    """``units`` (an alignment's words left on one side) read as names, each with its synsets:
    capitalised units at consecutive positions joined as WordNet spells a name (the longest
    that is one), else one unit that is a name; None when a unit is no name of the table."""
    names = _names()
    if not names:
        return None
    ordered = sorted(units, key=lambda u: u.position)
    groups = []
    at = 0
    while at < len(ordered):
        size = _longest_name(ordered, at, names)
        if not size:
            return None
        words = ordered[at : at + size]
        groups.append(("+".join(u.text for u in words), names[_joined(words)]))
        at += size
    return groups


def _longest_name(ordered: Sequence[Unit], at: int, names: dict[str, frozenset[int]]) -> int:
    """How many units from ``at`` make one capitalised name of ``names`` (0: none)."""
    for size in range(min(LONGEST, len(ordered) - at), 0, -1):
        words = ordered[at : at + size]
        if not all(u.text[:1].isupper() and u.text.isascii() for u in words):
            continue
        if size > 1 and any(b.position != a.position + 1 for a, b in pairwise(words)):
            continue
        if _joined(words) in names:
            return size
    return 0


def _joined(words: Sequence[Unit]) -> str:
    """The units' texts as WordNet spells a several-word lemma, lower-cased (united_states)."""
    return "_".join(u.text for u in words).lower()
