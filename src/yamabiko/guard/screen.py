"""The minimal-pair alignment's word-pair screen: when two prompts leave many units unshared
(long prompts that share few words), only the pairs this screen lets through can be
equivalent, and the check scores each of them as any other pair (``minpair.py``).

A pair passes when both are content words and either the word-form tests of
:func:`~.units.related` hold or the cosine of their word vectors (one matrix product for all
pairs) is at least the check's ``word_similarity`` less :data:`~.wordvec.MARGIN`. Two English
words are given to :func:`~.units.related` only when they could pass one of its tests (session
17: most pairs of long prompts are not, and asking costs ~10 function calls a pair): the same
reading, the same first four letters (a word family), a hyphen, the same first letter (a
spelling slip: :func:`~.spelling.en_slip` asks it of every slip, a doubled letter included) or
a shared synonym group. Two Japanese words likewise (session 19: a long Japanese pair gave
every pair to :func:`~.units.related`): the same reading, one inside the other (a compound),
a hyphen, a verb in る and a word of its first character (a potential form), one character
apart (a slip of one kanji), a shared synonym group or both words of necessity
(:func:`_may_relate_ja`); a pair of one English and one Japanese word is always asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import ne

import numpy as np

from . import lexicon as lx
from . import wordvec
from .units import Unit, related

#: from this many pairs of leftover units on, :func:`_may_be_equivalent` screens them
_SCREENED_PAIRS = 16


def _form(unit: Unit) -> tuple[bool, str, str, bool]:
    """What the pre-test needs of a unit: an English word?, its first letter (of the form a
    slip is looked for in), its first four letters, a hyphen in it?"""
    key = unit.key
    return key.isascii(), (unit.forms[0] if unit.forms else key)[:1], key[:4], "-" in key


def _may_relate(
    a: Unit, x: tuple[bool, str, str, bool], b: Unit, y: tuple[bool, str, str, bool]
) -> bool:
    """False only when :func:`~.units.related` is None for two English or two Japanese
    words (see the module docstring); True for any other pair."""
    if x[0] != y[0]:
        return True  # an English and a Japanese word: asked
    if x[0]:
        if x[1] == y[1] or x[2] == y[2] or x[3] or y[3]:
            return True
    elif _may_relate_ja(a, b):
        return True
    return bool(a.reading and a.reading == b.reading) or not a.synonyms.isdisjoint(b.synonyms)


def _may_relate_ja(a: Unit, b: Unit) -> bool:
    """For two Japanese words: could one of :func:`related`'s tests other than the reading
    and the synonym group (which :func:`_may_relate` tests after this) hold? One key inside
    the other (``same_family``), a hyphen, a verb in る and a key of the same first character
    (``potential_of``: 取れる / 取る), texts of one length, two characters or more, one
    character apart (``ja_slip``: 送量 / 送料) or both words of necessity."""
    x, y = a.key, b.key
    if x in y or y in x or "-" in x or "-" in y:
        return True
    if x[:1] == y[:1] and (x[-1:] == "る" or y[-1:] == "る"):
        return True
    s, t = a.text, b.text
    if len(s) == len(t) >= 2 and sum(map(ne, s, t)) == 1:
        return True
    return x in lx.JA_NECESSITY and y in lx.JA_NECESSITY


def _may_be_equivalent(
    left: Sequence[Unit], right: Sequence[Unit], word_similarity: float
) -> set[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``left[i]`` and ``right[j]`` that the minimal-pair check's
    ``_equivalence`` may find equivalent (a superset): both are content words and either
    its word-form tests hold (:func:`related`, the same function it calls) or the cosine of
    their word vectors (one matrix product for all pairs) is at least ``word_similarity``
    less :data:`~.wordvec.MARGIN`."""
    lefts = [(i, u) for i, u in enumerate(left) if u.kind == "content"]
    rights = [(j, u) for j, u in enumerate(right) if u.kind == "content"]
    forms = [_form(b) for _, b in rights]
    pairs = {(i, j) for i, a in lefts for x in (_form(a),)
             for (j, b), y in zip(rights, forms, strict=True)
             if _may_relate(a, x, b, y) and related(a, b) is not None}  # fmt: skip
    table = wordvec._table()
    rows = [(i, a.vector) for i, a in lefts if a.vector is not None]
    columns = [(j, b.vector) for j, b in rights if b.vector is not None]
    if table is not None and rows and columns:
        vectors = table[1]
        cosines = vectors[[v for _, v in rows]] @ vectors[[v for _, v in columns]].T
        for r, c in zip(*np.nonzero(cosines >= word_similarity - wordvec.MARGIN), strict=True):
            pairs.add((rows[r][0], columns[c][0]))
    return pairs
