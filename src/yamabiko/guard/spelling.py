"""Spelling slips and script variants: two written forms of one word that the minimal-pair
check's other word tests (word family, reading, synonym group, word vectors) do not pair.

- **English slips** (vinyard / vineyard, aginst / against): a word neither the word-vector
  table (the 30,000 most frequent words) nor lemminflect's lexicon (``wordclass.known``)
  knows, within one edit (a letter added, dropped, replaced or two neighbours swapped; two
  edits from eight letters on) of the other side's word, which one of them knows, with the
  same first letter, or a short word with one vowel dropped when one likely word fits
  (bord / board: board is ten times as frequent as bored). Two words the table knows are
  two words (form / from, cloud / could): the table is the lexicon that tells them apart;
  two words neither knows (ileum / ilium) may be two rare words, not a slip. One exception:
  a doubled letter written once that makes a rare word of a common one (bus pas for bus
  pass; not coma / comma).
- **Katakana slips** (コンタクトレンス for コンタクトレンズ): one voicing mark dropped or
  added in a loanword of six kana or more (:func:`voicing_slip`, for the ``entity`` check).
- **Japanese slips** (送量 for 送料): a word outside SudachiPy's dictionary (it reads it as
  written) one character apart from the other side's word of the same length
  (:func:`ja_slip`).
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

General resources only (the word table, SudachiPy's readings): no list of known slips.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import japanese, wordclass, wordvec
from .english_lookup import abbreviated_words, edits, one_edit_words, rank, same_class

if TYPE_CHECKING:
    from .units import Unit

#: shortest word (letters) a slip is looked for in; from LONG_WORD on, two edits are a slip
SHORT_WORD, LONG_WORD = 5, 8
_LETTERS = re.compile(r"[a-z]+")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")


def en_slip(a: Unit, b: Unit) -> bool:
    """``a`` and ``b`` (English content units) are one word, one of them misspelt: one known
    to the word table or the lexicon (:func:`_known`), the other to neither, both lower-case
    letters only, the same first letter, and within one edit (two from :data:`LONG_WORD`
    letters on)."""
    x, y = a.forms[0] if a.forms else a.key, b.forms[0] if b.forms else b.key
    if _doubled_slip(x, a.rarity, y, b.rarity) or _doubled_slip(y, b.rarity, x, a.rarity):
        return True  # bus pas / bus pass: a rare word for a common one, a letter undoubled
    if _known(a) == _known(b):
        return False  # two words the lexicons know, or two they do not (ileum / ilium)
    slip, word = (x, y) if _known(b) else (y, x)
    lower = a.text.islower() and b.text.islower()
    if lower and (_undoubled(slip, word) or _vowel_dropped(slip, word)):
        return True  # fery / ferry, bord / board: no word at all, the known one mistyped
    if _abbreviation(slip, word):
        return True  # hols / holidays, appt / appointment
    if x[:1] != y[:1] or min(len(x), len(y)) < SHORT_WORD - (_swapped(x, y)):
        return False  # (a four-letter word: two letters swapped only, raod / road)
    if not (_LETTERS.fullmatch(x) and _LETTERS.fullmatch(y)) or a.text[:1].isupper() != (
        b.text[:1].isupper()
    ):
        return False  # a name against a word, a model number: not a slip
    most = 2 if min(len(x), len(y)) >= LONG_WORD else 1
    return edits(x, y, most) <= most


def _abbreviation(short: str, word: str) -> bool:
    """``short`` (a word no lexicon knows) abbreviates ``word``: three letters or more, at
    least two fewer, the same first and last letter, its letters in ``word`` in order (hols /
    holidays, appt / appointment), and ``word`` the one reading: of the table's words of its
    part of speech that ``short`` fits (``english_lookup.abbreviated_words``), ``word`` the
    most frequent by :data:`ABBREVIATION_MARGIN` ranks or more (pmt fits payment, permit and
    parliament: none of them)."""
    if len(short) < 3 or len(short) > len(word) - 2 or short[0] != word[0] or short[-1] != word[-1]:
        return False
    if not _LETTERS.fullmatch(short):
        return False
    fitting = [(r, w) for r, w in abbreviated_words(short) if same_class(w, word)]
    if not fitting or fitting[0][1] != word:
        return False  # another word is the likelier reading, or the table lacks this one
    return len(fitting) == 1 or fitting[1][0] >= ABBREVIATION_MARGIN * fitting[0][0]


#: how many times rarer (by rank in the word table) the next reading of an abbreviation must
#: be than the one it is read as (appt: appointment 2,995, applicant 12,098)
ABBREVIATION_MARGIN = 3


def _swapped(x: str, y: str) -> bool:
    """``x`` is ``y`` with two neighbouring letters after the first swapped (raod / road)."""
    diff = [i for i, (cx, cy) in enumerate(zip(x, y, strict=False)) if cx != cy]
    return (
        len(x) == len(y) and len(diff) == 2 and diff[0] > 0 and diff[1] == diff[0] + 1
        and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    )  # fmt: skip


#: a slip that undoubles a letter is a rare word (frequency rarity from this on) for a
#: common one (up to :data:`COMMON_WORD`): pas / pass, fil / fill; not coma / comma, holy / holly
RARE_SLIP, COMMON_WORD = 0.9, 0.8


def _doubled_slip(slip: str, rarity: float, word: str, word_rarity: float) -> bool:
    """``slip`` is ``word`` with one doubled letter written once (pas / pass), ``slip`` rare
    and ``word`` common in the word table: the rare word is the common one mistyped."""
    if len(word) != len(slip) + 1 or len(slip) < 3 or not _LETTERS.fullmatch(word):
        return False
    if rarity < RARE_SLIP or word_rarity > COMMON_WORD:
        return False
    return _undoubled(slip, word)


def _undoubled(slip: str, word: str) -> bool:
    """``slip`` (three lower-case letters or more) is ``word`` with one of its doubled
    letters written once (pas / pass, fery / ferry)."""
    if len(word) != len(slip) + 1 or len(slip) < 3 or not _LETTERS.fullmatch(slip):
        return False
    return any(
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == slip for i in range(len(slip))
    )


def _vowel_dropped(slip: str, word: str) -> bool:
    """``slip`` (three or four lower-case letters, a word no lexicon knows) is ``word`` with
    one vowel after the first letter left out (bord / board), and ``word`` is the one reading:
    of the word table's words that put one vowel back into ``slip`` (bord: board, bored),
    ``word`` the most frequent by :data:`ABBREVIATION_MARGIN` ranks or more (session 28)."""
    if len(word) != len(slip) + 1 or not 3 <= len(slip) < SHORT_WORD or slip[0] != word[0]:
        return False  # (from SHORT_WORD letters on, the one-edit test reads it)
    if not _LETTERS.fullmatch(slip) or not any(
        word[:i] + word[i + 1 :] == slip for i in range(1, len(word)) if word[i] in _VOWELS
    ):
        return False
    fitting = sorted(
        (rank(w), w)
        for w in one_edit_words(slip)
        if len(w) == len(word) and w[0] == slip[0]
        and any(w[:i] + w[i + 1 :] == slip for i in range(1, len(w)) if w[i] in _VOWELS)
    )  # fmt: skip
    if not fitting or fitting[0][1] != word:
        return False  # another word is the likelier reading, or the table lacks this one
    return len(fitting) == 1 or fitting[1][0] >= ABBREVIATION_MARGIN * fitting[0][0]


#: the letters a dropped-vowel slip leaves out
_VOWELS = frozenset("aeiou")


def _known(unit: Unit) -> bool:
    """The word table or lemminflect's lexicon knows the (English) unit's word."""
    word = unit.forms[0] if unit.forms else unit.key
    return unit.vector is not None or wordclass.known(word) or wordclass.known(unit.text)


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


#: shortest katakana word in which one dropped or added voicing mark is a slip
VOICED_SLIP = 6
_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")


def voicing_slip(x: str, y: str) -> bool:
    """Katakana words of :data:`VOICED_SLIP`+ characters that differ in one voicing mark
    (゛ / ゜) only: one loanword, mistyped (コンタクトレンス / コンタクトレンズ). Shorter
    words differ so as real words (バス / パス, グラス / クラス)."""
    if len(x) != len(y) or len(x) < VOICED_SLIP or x == y:
        return False
    if not (_KATAKANA.fullmatch(x) and _KATAKANA.fullmatch(y)):
        return False
    diff = [(cx, cy) for cx, cy in zip(x, y, strict=True) if cx != cy]
    return len(diff) == 1 and _unvoiced(diff[0][0]) == _unvoiced(diff[0][1])


def _unvoiced(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def slips_only(mine: set[str], theirs: set[str]) -> bool:
    """Each word of ``mine`` and of ``theirs`` is a :func:`voicing_slip` of one of the
    other's: the named things are the same, spelt two ways (the ``entity`` check)."""
    return (
        bool(mine and theirs)
        and all(any(voicing_slip(x, y) for y in theirs) for x in mine)
        and all(any(voicing_slip(y, x) for x in mine) for y in theirs)
    )


def kana(text: str) -> bool:
    """``text`` is written in kana only."""
    return bool(_KANA.fullmatch(text))


def _unknown_ja(unit: Unit) -> bool:
    """SudachiPy read the unit as written (no reading of its own) and it has a kanji."""
    return unit.reading == unit.text and not _KANA.fullmatch(unit.text)


def drop_matched(
    left: list[Unit], right: list[Unit], match: Callable[[Unit, list[Unit]], Sequence[Unit] | None]
) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` (lists, changed in place) less each unit of one side for which
    ``match`` finds a run of units of the other side (empty or None: none), and that run."""
    for one, many in ((left, right), (right, left)):
        for unit in list(one):
            run = match(unit, many)
            if run:
                one.remove(unit)
                for part in run:
                    many.remove(part)
    return left, right


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
    return drop_matched(left, right, _conjugated_run)


def _may_run(units: Sequence[Unit]) -> bool:
    """Could :func:`_run_reading` find a run among ``units``? It needs two content units
    at adjacent positions, one of them written in kana only: a test of each unit once
    (session 23) instead of a walk over ``units`` for each unit of the other side."""
    at = {u.position for u in units if u.kind == "content"}
    return any(
        u.kind == "content" and (u.position - 1 in at or u.position + 1 in at)
        and _KANA.fullmatch(u.text) for u in units
    )  # fmt: skip


#: a godan verb's 連用形 kana (i-row) -> its potential's (e-row), row by row (買い / 買え)
_POTENTIAL = dict(zip("イキギシチニビミリ", "エケゲセテネベメレ", strict=True))


def _conjugated_run(unit: Unit, others: Sequence[Unit]) -> list[Unit]:
    """The run of two or more adjacent content units of one word in ``others`` whose joined
    reading is ``unit``'s but for the last kana, an i-row kana in ``unit`` and the e-row one
    of its row in the run, both written with kana at the end (申し込み / 申し + 込め: a
    compound verb's noun and its potential), or []."""
    reading = unit.reading
    if unit.kind != "content" or len(reading) < 3 or not _KANA.search(unit.text[-1]):
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
            and _KANA.search(run[-1].text[-1])
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
                kana = any(_KANA.fullmatch(u.text) for u in run)
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
