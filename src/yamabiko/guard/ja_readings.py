"""Japanese words read by their readings (SudachiPy's dictionary), split out of
:mod:`.spelling` in session 28: a run of kana units read as one word, the homophones of a
reading among the word table's Japanese words, and the readings of its verbs.

- **Japanese words written in kana and split** (ぼんさい for 盆栽, which SudachiPy cuts into
  ぼん + さい): :func:`joined_readings` pairs a run of adjacent kana units on one side whose
  readings, joined, are the reading of one unit of the other side (voicing aside: a
  compound voices its second part, なし + 狩り / 梨狩り), when no other word of the word
  table's Japanese words of its part of speech has that reading in SudachiPy's dictionary
  (:func:`homophones`: こう + えん may be 公園, 公演 or 講演, and is paired with none).
- **A compound verb's noun against its potential** (申し込みできますか / 申し込めますか,
  受け取り / 受け取れますか, 取り消し / 取り消せますか; SudachiPy cuts the verb into 申し +
  込め): one unit whose reading ends in an i-row kana (a godan verb's 連用形, the noun) and is
  that of a run of two or more units of one word on the other side but for its last kana,
  the e-row kana of the same row (モウシコミ / モウシコメ: the potential). Not a one-unit verb
  (開き / 開け: an intransitive verb and a transitive one).

General resources only (the word table, SudachiPy's readings): no list of known words.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from . import japanese, wordvec
from .spelling import KANA, drop_matched

if TYPE_CHECKING:
    from .units import Unit


def joined_readings(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each Japanese unit of one side whose reading is the joined
    reading of a run of adjacent units of the other, at least one of them written in kana
    (盆栽 / ぼん + さい), and that run."""
    left, right = list(left), list(right)
    if len(left) + len(right) < 3 or not any(u.reading for u in left):
        return left, right  # (English units have no readings)
    if not any(u.reading for u in right):
        return left, right
    if _may_run(left) or _may_run(right):  # (most pairs: no kana word beside another)
        left, right = drop_matched(left, right, _run_reading)
    return drop_matched(left, right, _conjugated_run, _may_conjugate)


def _may_run(units: Sequence[Unit]) -> bool:
    """Could :func:`_run_reading` find a run among ``units``? It needs two content units
    at adjacent positions, one of them written in kana only: a test of each unit once
    (session 23) instead of a walk over ``units`` for each unit of the other side."""
    at = {u.position for u in units if u.kind == "content"}
    return any(
        u.kind == "content" and (u.position - 1 in at or u.position + 1 in at)
        and KANA.fullmatch(u.text) for u in units
    )  # fmt: skip


def _may_conjugate(units: Sequence[Unit]) -> bool:
    """Could :func:`_conjugated_run` find a run among ``units``? A run opens with a content
    unit of a word (``word`` >= 0) followed, next in ``units``, by a unit of the same word
    at the next position: one test of each neighbouring pair of ``units`` instead of a walk
    over them for each unit of the other side (session 30)."""
    return any(
        first.kind == "content" and first.word >= 0 and later.word == first.word
        and later.position == first.position + 1 for first, later in pairwise(units)
    )  # fmt: skip


#: a godan verb's 連用形 kana (i-row) -> its potential's (e-row), row by row (買い / 買え)
_POTENTIAL = dict(zip("イキギシチニビミリ", "エケゲセテネベメレ", strict=True))


def _conjugated_run(unit: Unit, others: Sequence[Unit]) -> list[Unit]:
    """The run of two or more adjacent content units of one word in ``others`` whose joined
    reading is ``unit``'s but for the last kana, an i-row kana in ``unit`` and the e-row one
    of its row in the run, both written with kana at the end (申し込み / 申し + 込め: a
    compound verb's noun and its potential), or []."""
    reading = unit.reading
    if unit.kind != "content" or len(reading) < 3 or not KANA.search(unit.text[-1]):
        return []
    if reading[-1] not in _POTENTIAL:
        return []
    for start, first in enumerate(others):
        if first.kind != "content" or not reading.startswith(first.reading) or first.word < 0:
            continue
        run = [first]
        joined = first.reading
        for later in others[start + 1 :]:
            if later.word != first.word or later.position != run[-1].position + 1:
                break
            run.append(later)
            joined += later.reading
            if len(joined) >= len(reading):
                break
        if (
            len(run) > 1
            and joined == reading[:-1] + _POTENTIAL[reading[-1]]
            and KANA.search(run[-1].text[-1])
        ):
            return run
    return []


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
                kana = any(KANA.fullmatch(u.text) for u in run)
                others = homophones(unit.reading, unit.text) - {unit.key, unit.text, *unit.forms}
                return run if kana and not others else []
            if not target.startswith(joined):
                break
    return []


_readings_lock = threading.Lock()
_readings: tuple[dict[tuple[str, str], frozenset[str]], dict[str, dict[str, int]]] | None = None


def _tables() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, dict[str, int]]]:
    global _readings
    if _readings is None:
        with _readings_lock:
            if _readings is None:
                _readings = _read_homophones()
    return _readings


def homophones(reading: str, word: str) -> frozenset[str]:
    """The words (normalised forms) among the word table's Japanese words that SudachiPy's
    dictionary reads as ``reading`` (katakana) with a part of speech ``word`` has: コウエン,
    公園 -> 公園, 公演, 講演, 後援, ... (ナシ, 梨: 梨, not the adjective 無し). Built once
    (~0.4 s); without SudachiPy's dictionary lookup every reading is taken as shared by an
    unknown word (``{"?"}``), so no kana word is paired by its reading."""
    readings = _tables()[0]
    if not readings:
        return frozenset({"?"})
    found: frozenset[str] = frozenset()
    for part in _parts_of_speech(word):
        found |= readings.get((reading, part), frozenset())
    return found


def verb_readings() -> dict[str, dict[str, int]]:
    """Dictionary-form reading (katakana) -> {verb (normalised form): its rank among the word
    table's Japanese words, 1 the commonest}, for each verb of the table and the potential
    form of each five-row verb (使う: ツカウ and ツカエル); read in :func:`homophones`' pass,
    for :mod:`.kana_verbs`."""
    return _tables()[1]


@functools.lru_cache(maxsize=1 << 12)
def _parts_of_speech(word: str) -> frozenset[str]:
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    return frozenset(e.part_of_speech()[0] for e in lookup(word)) if lookup else frozenset()


_U_ROW, _E_ROW = "ウクグスツヌブムル", "エケゲセテネベメレ"


def _read_homophones() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, dict[str, int]]]:
    japanese._sudachi()  # loads the dictionary
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    if lookup is None:
        return {}, {}
    found: dict[tuple[str, str], set[str]] = {}
    verbs: dict[str, dict[str, int]] = {}
    rank = 0
    for word in wordvec.words():
        if word.isascii():
            continue
        rank += 1
        for entry in lookup(word):
            pos, reading = entry.part_of_speech(), entry.reading_form()
            norm = entry.normalized_form()
            found.setdefault((reading, pos[0]), set()).add(norm)
            if pos[0] != "動詞":
                continue
            readings = [reading]
            if pos[4].startswith("五段") and reading[-1:] in _U_ROW:  # 使う: ツカエル, 使える
                readings.append(reading[:-1] + _E_ROW[_U_ROW.index(reading[-1])] + "ル")
            for key in readings:
                ranks = verbs.setdefault(key, {})
                ranks[norm] = min(ranks.get(norm, rank), rank)
    return {key: frozenset(words) for key, words in found.items()}, verbs
