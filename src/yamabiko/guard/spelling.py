"""Spelling slips and script variants: two written forms of one word that the minimal-pair
check's other word tests (word family, reading, synonym group, word vectors) do not pair.

- **English slips** (vinyard / vineyard, aginst / against): a word the word-vector table
  (the 30,000 most frequent words) does not know, within one edit (a letter added, dropped,
  replaced or two neighbours swapped; two edits from eight letters on) of the other side's
  word, with the same first letter. Two words the table knows are two words (form / from,
  cloud / could): the table is the lexicon that tells them apart.
- **Japanese slips** (送量 for 送料): a word outside SudachiPy's dictionary (it reads it as
  written) one character apart from the other side's word of the same length
  (:func:`ja_slip`).
- **Japanese words written in kana and split** (ぼんさい for 盆栽, which SudachiPy cuts into
  ぼん + さい): :func:`joined_readings` pairs a run of adjacent kana units on one side whose
  readings, joined, are the reading of one unit of the other side (voicing aside: a
  compound voices its second part, なし + 狩り / 梨狩り).

General resources only (the word table, SudachiPy's readings): no list of known slips.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .units import Unit

#: shortest word (letters) a slip is looked for in; from LONG_WORD on, two edits are a slip
SHORT_WORD, LONG_WORD = 5, 8
_LETTERS = re.compile(r"[a-z]+")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")


def edits(x: str, y: str, most: int) -> int:
    """Optimal-string-alignment distance of ``x`` and ``y`` (insertions, deletions,
    replacements, swaps of neighbours), or ``most + 1`` once it is sure to exceed ``most``."""
    if abs(len(x) - len(y)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i] + [0] * len(y)
        for j, cy in enumerate(y, 1):
            cost = cx != cy
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and cx == y[j - 2] and x[i - 2] == cy:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > most:
            return most + 1
        before, row = row, current
    return row[-1]


def en_slip(a: Unit, b: Unit) -> bool:
    """``a`` and ``b`` (English content units) are one word, one of them misspelt: at least
    one unknown to the word table, both lower-case letters only, the same first letter, and
    within one edit (two from :data:`LONG_WORD` letters on)."""
    if a.vector is not None and b.vector is not None:
        return False  # two words the lexicon knows: two words
    x, y = a.forms[0] if a.forms else a.key, b.forms[0] if b.forms else b.key
    if x[:1] != y[:1] or min(len(x), len(y)) < SHORT_WORD:
        return False
    if not (_LETTERS.fullmatch(x) and _LETTERS.fullmatch(y)) or a.text[:1].isupper() != (
        b.text[:1].isupper()
    ):
        return False  # a name against a word, a model number: not a slip
    most = 2 if min(len(x), len(y)) >= LONG_WORD else 1
    return edits(x, y, most) <= most


def ja_slip(a: Unit, b: Unit) -> bool:
    """``a`` and ``b`` (Japanese content units) are one word, one of them a slip: a word
    SudachiPy does not know (it reads it as written), with a kanji in it, as long as a word
    of the other side and one character apart from it (送量 for 送料, a kanji of the same
    sound). Two words it knows that differ in one kanji contrast (禁煙 / 喫煙): not a slip."""
    x, y = a.text, b.text
    if len(x) != len(y) or len(x) < 2 or a.key.isascii() or b.key.isascii():
        return False
    if not (_unknown_ja(a) or _unknown_ja(b)):
        return False
    return sum(cx != cy for cx, cy in zip(x, y, strict=True)) == 1


def _unknown_ja(unit: Unit) -> bool:
    """SudachiPy read the unit as written (no reading of its own) and it has a kanji."""
    return unit.reading == unit.text and not _KANA.fullmatch(unit.text)


def joined_readings(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each Japanese unit of one side whose reading is the joined
    reading of a run of adjacent units of the other, at least one of them written in kana
    (盆栽 / ぼん + さい), and that run."""
    left, right = list(left), list(right)
    if len(left) + len(right) < 3 or not any(u.reading for u in left):
        return left, right  # (English units have no readings)
    if not any(u.reading for u in right):
        return left, right
    for one, many in ((left, right), (right, left)):
        for unit in list(one):
            run = _run_reading(unit, many)
            if run:
                one.remove(unit)
                for part in run:
                    many.remove(part)
    return left, right


@functools.lru_cache(maxsize=1 << 14)
def _unvoiced(reading: str) -> str:
    """``reading`` without voicing marks: a compound voices its second part's first sound
    (梨狩り ナシガリ, なし + 狩り ナシ + カリ)."""
    return unicodedata.normalize("NFD", reading).replace("\u3099", "").replace("\u309a", "")


def _run_reading(unit: Unit, others: Sequence[Unit]) -> list[Unit]:
    """The run of adjacent content units in ``others`` (two or more, one in kana) whose
    readings join to ``unit``'s reading, or []."""
    if unit.kind != "content" or len(unit.reading) < 2:
        return []
    target = _unvoiced(unit.reading)
    for start, first in enumerate(others):
        joined = _unvoiced(first.reading)
        if first.kind != "content" or not joined or not target.startswith(joined):
            continue
        run = [first]
        for later in others[start + 1 :]:
            if later.kind != "content" or later.position != run[-1].position + 1:
                break
            joined += _unvoiced(later.reading)
            run.append(later)
            if joined == target:
                kana = any(_KANA.fullmatch(u.text) for u in run)
                return run if kana else []
            if not target.startswith(joined):
                break
    return []
