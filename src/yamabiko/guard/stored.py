"""The guard's analysis of a cached prompt, kept with its entry (session 15).

A candidate whose cached prompt this process has never analysed (after a restart, or an entry
another process wrote) costs the guard that prompt's analysis inside the lookup: a third of a
cold check. :func:`dump` writes the prompt's :class:`~.facts.Analysis` and its minimal-pair
:class:`~.units.Unit` tuple when the entry is written (off the lookup path) as a text that
every store keeps beside the prompt (``Entry.analysis``, returned with search candidates);
:func:`load` rebuilds both from it at lookup, exactly (every field, the same types), in a
fraction of the analysis's time; for a Japanese prompt, also its SudachiPy long units, which
the Japanese rules then read instead of tokenizing the prompt again (:mod:`.stored_units`,
after a newline, built only when a rule asks; session 19), and the trees' text facts, which the
trees then read instead of making them (:mod:`.stored_facts`, between the two, read only when
the trees ask; session 23 for an English prompt, session 24 for a Japanese one). The payload is
their fields as JSON (lists for tuples and frozensets), read by :mod:`json` (whose decoder
builds only lists, strings, numbers, booleans and None, in memory a small multiple of its
input) and then checked field by field against the fixed layout below: each field must have
exactly its type (str, int, float, bool, None, a list of one of them, or of string pairs) or
the form is refused. Forms over :data:`MAX_CHARS` characters are neither written nor read.
Loading costs ~32 µs of thread CPU a prompt (the golden sample's 3,435 English and Japanese
prompts; :mod:`marshal`, used before the review and unsafe on data others can write, took ~17
µs in the same run; analysing costs 95-300 µs); a form is ~0.8 kB of UTF-8 (median; p99 ~2.2
kB), an English one ~1.25 kB with its text facts (p99 ~3.7-4.2 kB; qqp-dev and stsb-train,
session 23).

A stored form is used only when it is whole and current. It starts with :func:`version` (a
digest of the guard's code and data, of the other modules the analysis calls, the Japanese
analyser in use and the versions of the packages the analysis reads), then a digest of the
prompt and of the payload; any rule, lexicon or word-vector change makes a new version, so
the forms written before it are ignored. That digest is an integrity check against damage
and against a form meant for another prompt, not a signature: it has no key, anyone can
compute it, and whoever can write to the store can write a form the guard will read (and so
make it decide as for another prompt), exactly as they can write a cached answer. The store
must be trusted like the answers in it. :func:`load` returns None for a form of another
version, another prompt, a damaged, oversized or ill-typed one: the guard then analyses the
prompt, as it does for entries without one. It never raises.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache, partial
from importlib import metadata
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import stored_facts, stored_units
from .facts import Analysis, for_one_check
from .treefeatures import _text_facts
from .unit_record import NO_SYNONYMS, Unit

if TYPE_CHECKING:
    from . import Guard

__all__ = ["FORMAT", "MAX_CHARS", "analysis_of", "dump", "load", "read", "version"]

#: the layout of the payload (bump when :func:`dump` writes something else): 2 is JSON, 3 adds
#: a Japanese prompt's long units after a newline (:mod:`.stored_units`), 4 the trees' text
#: facts between the two (:mod:`.stored_facts`; "" when none; a form without long units
#: is read as before, and the rules tokenize that prompt), 5 the text facts of a Japanese
#: prompt too (the layout of 4: a form of 4 without them is read as before)
FORMAT = 5
#: the longest stored form :func:`dump` writes and :func:`load` reads (characters; the golden
#: sample's longest is ~6.2 k, its median ~1.1 k with the English text facts, session 23)
MAX_CHARS = 65_536
#: packages whose data the analysis reads (their versions are part of :func:`version`)
_PACKAGES = ("sudachipy", "sudachidict_core", "sudachidict-core", "lemminflect")
#: modules of yamabiko outside the guard's package that the analysis calls
#: (detect_language; written_out for respelling.py; story_split for story_condition.py)
_OUTSIDE = ("language.py", "casual_en.py", "focus_split.py")
_NAMES = tuple(Analysis.__dataclass_fields__)
_new_unit = tuple.__new__
#: the texts :func:`read` remembers as read once (then it starts again)
_READ_ONCE = 1 << 14
#: the one empty set every empty set field read is (each new one is an object to collect)
_EMPTY: frozenset[str] = frozenset()


_NONE, _PAIR = type(None), "pair"  # (_PAIR: a list of two strings, read as a tuple)
#: each Analysis field as JSON holds it: its type, and for a list its items' type and what
#: it is read back as (the field's type in :class:`~.facts.Analysis`)
_FIELDS = {"lang": (str, None, None), "content": (list, str, tuple),
           "strong": (list, str, frozenset), "numbers": (list, float, tuple),
           "dates": (list, str, frozenset), "negations": (int, None, None),
           "qtypes": (list, str, frozenset), "roles": (list, _PAIR, tuple),
           "passive": (bool, None, None), "words": (list, str, frozenset),
           "predicates": (list, str, frozenset), "order": (list, str, tuple),
           "frame": (list, _PAIR, tuple)}  # fmt: skip
_TYPES = tuple(_FIELDS[name][0] for name in _NAMES)
_LISTS = [(i, *_FIELDS[name][1:]) for i, name in enumerate(_NAMES) if _TYPES[i] is list]
#: the JSON types a Unit's row may have, in order (its ``vector`` is an int or None); its
#: ``forms`` (strings: a tuple) and ``synonyms`` (ints: a frozenset) are lists
_ROWS = {(str, str, str, list, str, list, int, int, bool, bool, bool, vector, float, str, str,
          str) for vector in (int, _NONE)}  # fmt: skip
_FORMS, _SYNONYMS = Unit._fields.index("forms"), Unit._fields.index("synonyms")
_INT = {int}  # (the one type of a unit's synonym groups)
assert set(_FIELDS) == set(_NAMES) and all(len(row) == len(Unit._fields) for row in _ROWS)


def _all(items: list[Any], kind: type | str) -> bool:
    """True when every one of ``items`` (a JSON list) has exactly the JSON type ``kind`` (a
    bool is no int, an int no float) or is a pair of strings (``kind`` :data:`_PAIR`). Strings
    are tested by joining them (a JSON value that is not a string fails the join, in C) and
    pairs as one flat list of strings: no Python call per item (session 22)."""
    if not items:
        return True
    try:
        if kind is str:
            return type("".join(items)) is str  # (TypeError for an item that is no string)
        if kind is _PAIR:
            if set(map(type, items)) != {list} or set(map(len, items)) != {2}:
                return False
            return type("".join(chain.from_iterable(items))) is str
    except TypeError:
        return False
    return set(map(type, items)) == {kind}


@lru_cache(maxsize=1)
def version() -> str:
    """The version of stored analyses this process writes and reads: a digest of every file
    of the guard's package (its code, lexicons, word vectors and models) and of the other
    modules the analysis calls (:data:`_OUTSIDE`), the Japanese analyser in use (SudachiPy
    or the fallback), whether the word vectors and the English lexicon load, and the
    installed versions of the packages the analysis reads."""
    from . import wordclass, wordvec  # (loaded by the guard already; late: no cycle)
    from .japanese import japanese_tokenizer_name

    here = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"format {FORMAT}\n".encode())
    files = [*sorted(here.iterdir()), *(here.parent / name for name in _OUTSIDE)]
    for path in files:
        if path.is_file() and path.suffix in (".py", ".json", ".npz"):
            name = path.relative_to(here.parent).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    state = [japanese_tokenizer_name(), wordvec.available(), wordclass.available(),
             sys.version_info[:2], sys.implementation.name]  # fmt: skip
    for package in _PACKAGES:
        try:
            state.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            state.append(f"{package}=-")
    digest.update(repr(state).encode())
    return "g" + digest.hexdigest()


def _check(text: str, payload: str) -> str:
    """The integrity check of ``payload`` for ``text`` (unkeyed: not a signature): the digest
    of both, a NUL between (fed one after the other: no joined copy of the two is made)."""
    digest = hashlib.blake2b(text.encode(), digest_size=8)
    digest.update(b"\0")
    digest.update(payload.encode())
    return digest.hexdigest()


def _plain(value: object) -> object:
    """``value`` as JSON holds it: tuples and frozensets as lists (sets sorted)."""
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def dump(text: str, analysis: Analysis, units: tuple[Unit, ...]) -> str:
    """The stored form of ``text``'s ``analysis`` and ``units`` (as :func:`load` reads it),
    with its trees' text facts (:mod:`.stored_facts`) when it is English or Japanese (the
    languages the trees decide) and they fit in :data:`MAX_CHARS`; ValueError when even the
    form without them would be longer (a very long prompt)."""
    fields = [_plain(getattr(analysis, name)) for name in _NAMES]
    rows = [[_plain(value) for value in unit] for unit in units]
    analysed = json.dumps([fields, rows], ensure_ascii=False, separators=(",", ":"))
    morphemes = stored_units.rows(text) if analysis.lang == "ja" else None
    tail = "" if morphemes is None else f"\n{morphemes}"
    facts = stored_facts.row(_text_facts(text)) if analysis.lang in ("en", "ja") else None
    form = ""
    for kept in (facts or "", ""):  # (JSON text and the facts hold no newline)
        payload = f"{analysed}\n{kept}{tail}"
        form = f"{version()}:{_check(text, payload)}:{payload}"
        if len(form) <= MAX_CHARS:
            return form
    raise ValueError(f"the stored form would be {len(form)} characters: not kept")


def load(blob: str | None, text: str) -> tuple[Analysis, tuple[Unit, ...]] | None:
    """The analysis and units :func:`dump` stored for ``text``; None when ``blob`` is missing,
    too long, of another version or another text, damaged or not of the layout :func:`dump`
    writes (the caller then analyses)."""
    found = _load(blob, text)
    return found[:2] if found is not None else None


def _payload(blob: str | None, text: str) -> str | None:
    """The payload of ``blob`` when it is a current form of ``text``, else None."""
    if not blob or type(blob) is not str or len(blob) > MAX_CHARS:
        return None
    head, check, payload = blob.split(":", 2)
    return payload if head == version() and check == _check(text, payload) else None


def _morphemes(blob: str, text: str) -> list[Any] | None:
    """The long units a current form of ``text`` keeps (:mod:`.stored_units`), or None."""
    try:
        payload = _payload(blob, text)
        tail = payload.split("\n", 2)[2:] if payload is not None else ()
        return stored_units.parse(tail[0]) if tail and tail[0] else None
    except Exception:  # damaged: the rules tokenize instead
        return None


def _load(blob: str | None, text: str) -> tuple[Analysis, tuple[Unit, ...], str, str] | None:
    """:func:`load`'s analysis and units, the text of the long units stored with them and
    that of the trees' text facts ("" when none)."""
    try:
        payload = _payload(blob, text)
        if payload is None:
            return None
        parts = payload.split("\n", 2)  # (the analysis, then the facts and long units if any)
        data = json.loads(parts[0])
        if type(data) is not list or len(data) != 2:
            return None
        fields, rows = data
        if type(fields) is not list or tuple(map(type, fields)) != _TYPES:
            return None
        for i, kind, make in _LISTS:
            items = fields[i]
            if not items:  # (most lists are empty: no call of _all or of make)
                fields[i] = _EMPTY if make is frozenset else ()  # (one object for every empty)
            elif kind is str:  # (:func:`_all`'s test of strings inline, session 26: an item
                "".join(items)  # that is no string fails the join, TypeError: damaged)
                fields[i] = make(items)
            elif not _all(items, kind):
                return None
            else:
                fields[i] = make(map(tuple, items) if kind is _PAIR else items)
        if type(rows) is not list:
            return None
        units = []
        for row in rows:
            if type(row) is not list or tuple(map(type, row)) not in _ROWS:
                return None
            forms, synonyms = row[_FORMS], row[_SYNONYMS]
            # (:func:`_all` inlined, session 25: two calls a unit; a form that is no string
            # fails the join, TypeError, read as damaged below)
            if type("".join(forms)) is not str or (synonyms and {*map(type, synonyms)} != _INT):
                return None
            row[_FORMS] = tuple(forms)
            row[_SYNONYMS] = frozenset(synonyms) if synonyms else NO_SYNONYMS
            units.append(_new_unit(Unit, row))
        analysis = object.__new__(Analysis)  # (its fields as read: no conversion left)
        analysis.__dict__.update(zip(_NAMES, fields, strict=True))
        _, facts, tail = (*parts, "", "")[:3]
        return analysis, tuple(units), tail, facts
    except Exception:  # damaged or ill-typed: analyse instead, never fail the lookup
        return None


def analysis_of(
    guard: Guard, text: str, lang: str | None, stored: str | None, keep: bool = False
) -> tuple[Analysis, tuple[Unit, ...] | None]:
    """The analysis of ``text`` in ``lang`` for ``guard``: its LRU's, else the ``stored`` one
    if current, with its units (:func:`read`), else made now; read or made, it is kept when
    ``keep`` or met before; the units when read from ``stored``, else None (the guard's LRU
    has them, or makes them)."""
    found = stored and guard._cache.find(text, lang)
    if found and found.lang == "ja":  # its long units, if a rule asks (the form checked then)
        stored_units.offer(text, partial(_morphemes, stored, text))
    loaded = stored and not found and read(guard, text, lang, stored, keep)
    return loaded or (found or guard._cache.get(text, lang, keep), None)


def side_of(guard: Guard, text: str, lang: str) -> tuple[str, Analysis, tuple[Unit, ...]]:
    """``text`` as a check reads one prompt: the text, its analysis and its units in ``lang``,
    from ``guard``'s LRUs or made now and not kept (a prompt read another way once, session
    34: :func:`.english_readings.read_again`)."""
    return text, guard._cache.get(text, lang, False), guard._units.get(text, lang, False)


def read(
    guard: Guard, text: str, lang: str | None, stored: str, keep: bool = False
) -> tuple[Analysis, tuple[Unit, ...]] | None:
    """The analysis and units of ``text`` in ``lang`` read from its ``stored`` form, or None:
    not current, damaged, or of another language (the guard then analyses the prompt). They
    are kept in ``guard``'s LRUs when ``keep`` (a prepared prompt) or when ``text`` was read
    before (a cached prompt that recurs); a prompt read once is not (session 16: a candidate
    of one lookup only would stay in the LRUs, objects every garbage collection traverses
    while they are young, until its eviction; read again, it costs ~30 µs)."""
    found = _load(stored, text)
    if found is None or found[0].lang != lang:
        return None
    found, tail, facts = found[:2], found[2], found[3]
    if tail:  # the long units, built if a rule asks for them (checked with the form)
        stored_units.offer(text, partial(stored_units.parse, tail))
    if facts:  # the trees' text facts, read if the trees ask for them
        stored_facts.offer(text, facts)
    once = guard._read_once
    if keep or text in once:
        guard._cache.keep(text, lang, found[0])
        guard._units.keep(text, lang, found[1])
        once.discard(text)
    else:
        if len(once) >= _READ_ONCE:
            once.clear()
        once.add(text)
        for_one_check(found[0])  # (held by nothing after this check)
    return found
