"""The guard's analysis of a cached prompt, kept with its entry (session 15).

A candidate whose cached prompt this process has never analysed (after a restart, or an entry
another process wrote) costs the guard that prompt's analysis inside the lookup: a third of a
cold check. :func:`dump` writes the prompt's :class:`~.facts.Analysis` and its minimal-pair
:class:`~.units.Unit` tuple when the entry is written (off the lookup path) as a text that
every store keeps beside the prompt (``Entry.analysis``, returned with search candidates);
:func:`load` rebuilds both from it at lookup, exactly (every field, the same types), in a
fraction of the analysis's time. The payload is their fields as plain tuples, frozensets,
strings and numbers in :mod:`marshal`'s format (in base64): read back in C with the types
they were written with, about three times faster than JSON and the conversions it needs
(qqp-dev prompts: ~11 against ~31 µs; ~0.9 kB a prompt). Unlike pickle, marshal builds no
instances of classes and runs no code; it is only read once the digest below matched.

A stored form is trusted only when it is whole and current. It starts with
:func:`version` (a digest of the guard's code and data, the Japanese analyser in use and the
versions of the packages the analysis reads), then a digest of the prompt and of the payload;
any rule, lexicon or word-vector change makes a new version, so the forms written before it
are ignored. :func:`load` returns None for a form of another version, another prompt, a
damaged one or one it cannot read: the guard then analyses the prompt, as it does for entries
without one. It never raises.
"""

from __future__ import annotations

import base64
import hashlib
import marshal
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .facts import Analysis
from .units import Unit

if TYPE_CHECKING:
    from . import Guard

__all__ = ["FORMAT", "dump", "load", "read", "version"]

#: the layout of the payload (bump when :func:`dump` writes something else)
FORMAT = 1
#: packages whose data the analysis reads (their versions are part of :func:`version`)
_PACKAGES = ("sudachipy", "sudachidict_core", "sudachidict-core", "lemminflect")
_NAMES = tuple(Analysis.__dataclass_fields__)
_UNIT_FIELDS = len(Unit._fields)
_MARSHAL = 4  # marshal's format (Python 3.4 on); the Python version is part of version()
_new_unit = tuple.__new__


@lru_cache(maxsize=1)
def version() -> str:
    """The version of stored analyses this process writes and reads: a digest of every file
    of the guard's package (its code, lexicons, word vectors and models), the Japanese
    analyser in use (SudachiPy or the fallback), whether the word vectors and the English
    lexicon load, and the installed versions of the packages the analysis reads."""
    from . import wordclass, wordvec  # (loaded by the guard already; late: no cycle)
    from .japanese import japanese_tokenizer_name

    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"format {FORMAT}\n".encode())
    for path in sorted(Path(__file__).parent.iterdir()):
        if path.is_file() and path.suffix in (".py", ".json", ".npz"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
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
    return hashlib.blake2b(f"{text}\0{payload}".encode(), digest_size=8).hexdigest()


def dump(text: str, analysis: Analysis, units: tuple[Unit, ...]) -> str:
    """The stored form of ``text``'s ``analysis`` and ``units`` (as :func:`load` reads it)."""
    fields = tuple(getattr(analysis, name) for name in _NAMES)
    data = marshal.dumps((fields, tuple(map(tuple, units))), _MARSHAL)
    payload = base64.b64encode(data).decode("ascii")
    return f"{version()}:{_check(text, payload)}:{payload}"


def load(blob: str | None, text: str) -> tuple[Analysis, tuple[Unit, ...]] | None:
    """The analysis and units :func:`dump` stored for ``text``; None when ``blob`` is missing,
    of another version or another text, damaged or unreadable (the caller then analyses)."""
    if not blob or not isinstance(blob, str):
        return None
    try:
        head, check, payload = blob.split(":", 2)
        if head != version() or check != _check(text, payload):
            return None
        fields, rows = marshal.loads(base64.b64decode(payload, validate=True))
        if type(fields) is not tuple or len(fields) != len(_NAMES) or type(rows) is not tuple:
            return None
        if not all(type(row) is tuple and len(row) == _UNIT_FIELDS for row in rows):
            return None
        analysis = object.__new__(Analysis)  # (its fields as made: no conversion to do)
        analysis.__dict__.update(zip(_NAMES, fields, strict=True))
        return analysis, tuple([_new_unit(Unit, row) for row in rows])
    except Exception:  # damaged: analyse instead, never fail the lookup
        return None


def read(guard: Guard, text: str, lang: str | None, stored: str) -> Analysis | None:
    """The analysis of ``text`` in ``lang`` read from its ``stored`` form and kept in
    ``guard``'s LRUs with its units, or None: not current, damaged, or of another language
    (the guard then analyses the prompt)."""
    found = load(stored, text)
    if found is None or found[0].lang != lang:
        return None
    guard._cache.keep(text, lang, found[0])
    guard._units.keep(text, lang, found[1])
    return found[0]
