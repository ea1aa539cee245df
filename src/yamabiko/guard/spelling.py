"""Spelling slips and script variants: two written forms of one word that the minimal-pair
check's other word tests (word family, reading, synonym group, word vectors) do not pair.

- **English slips** (vinyard / vineyard, aginst / against): a word neither the word-vector
  table (the 30,000 most frequent words) nor lemminflect's lexicon (``wordclass.known``)
  knows, within one edit (a letter added, dropped, replaced or two neighbours swapped; two
  edits from eight letters on) of the other side's word, which one of them knows, with the
  same first letter, or a short word with one vowel dropped when one likely word fits
  (bord / board: board is ten times as frequent as bored), or its first letter dropped or
  struck twice (mportant / important, ccancel / cancel; session 32; not another letter typed
  before it: an *ecigarette*, an *iwatch* are other things than a cigarette, a watch). Two
  words the table knows are two words (form / from, cloud / could): the table is the lexicon
  that tells them apart; two words neither knows (ileum / ilium) may be two rare words, not a
  slip. One exception: a doubled letter written once that makes a rare word of a common one
  (bus pas for bus pass; not coma / comma).
- **Katakana slips** (コンタクトレンス for コンタクトレンズ): one voicing mark dropped or
  added in a loanword of six kana or more (:func:`voicing_slip`, for the ``entity`` check).
- **Japanese slips** (送量 for 送料): a word outside SudachiPy's dictionary (it reads it as
  written) one character apart from the other side's word of the same length
  (:func:`ja_slip`); since session 31 also a word the dictionary knows but the word table
  lacks, of the other word's reading and one kanji apart from it (必用 for 必要).
- Japanese words written in kana and split, and a compound verb's noun against its
  potential, are read in :mod:`.ja_readings` (by their readings).

General resources only (the word table, SudachiPy's readings): no list of known slips.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import wordclass, wordnet
from .english_lookup import abbreviated_words, edits, one_edit_words, rank, same_class
from .limits import is_kanji

if TYPE_CHECKING:
    from .units import Unit

#: shortest word (letters) a slip is looked for in; from LONG_WORD on, two edits are a slip
SHORT_WORD, LONG_WORD = 5, 8
_LETTERS = re.compile(r"[a-z]+")
#: a run of hiragana or katakana (also read by :mod:`.ja_readings`)
KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")


def en_slip(a: Unit, b: Unit) -> bool:
    """``a`` and ``b`` (English content units) are one word, one of them misspelt: one known
    to the word table or the lexicon (:func:`_known`), the other to neither, both lower-case
    letters only, the same first letter, and within one edit (two from :data:`LONG_WORD`
    letters on)."""
    x, y = a.forms[0] if a.forms else a.key, b.forms[0] if b.forms else b.key
    if _doubled_slip(x, a.rarity, y, b.rarity) or _doubled_slip(y, b.rarity, x, a.rarity):
        return True  # bus pas / bus pass: a rare word for a common one, a letter undoubled
    # (:func:`_known` asked only of a unit with no word vector, each once: session 29)
    known_a, known_b = a.vector is not None or _known(a), b.vector is not None or _known(b)
    if known_a == known_b:
        return False  # two words the lexicons know, or two they do not (ileum / ilium)
    slip, word = (x, y) if known_b else (y, x)
    lower = a.text.islower() and b.text.islower()
    if lower and (_undoubled(slip, word) or _vowel_dropped(slip, word)):
        return True  # fery / ferry, bord / board: no word at all, the known one mistyped
    if _abbreviation(slip, word):
        return True  # hols / holidays, appt / appointment
    if lower and _first_letter_slip(slip, word):
        return True  # mportant / important, ccancel / cancel: the first key missed or doubled
    if x[:1] != y[:1] or min(len(x), len(y)) < SHORT_WORD - (_swapped(x, y)):
        return False  # (a four-letter word: two letters swapped only, raod / road)
    if not (_LETTERS.fullmatch(x) and _LETTERS.fullmatch(y)) or a.text[:1].isupper() != (
        b.text[:1].isupper()
    ):
        return False  # a name against a word, a model number: not a slip
    most = 2 if min(len(x), len(y)) >= LONG_WORD else 1
    return edits(x, y, most) <= most


def _first_letter_slip(slip: str, word: str) -> bool:
    """``slip`` (a word no lexicon knows) is ``word`` with its first letter dropped, or with
    its first letter struck twice (mportant / important, ccancel / cancel), the shorter of the
    two at least :data:`SHORT_WORD` letters: the slips that the same-first-letter test of
    :func:`en_slip` cannot see. Another letter before ``word`` is no slip: it may make a word
    of its own the lexicons lack (*ecigarette* / *cigarette*, *iwatch* / *watch*, *escooters*
    / *scooters*: session 32, review)."""
    if not _LETTERS.fullmatch(slip) or min(len(slip), len(word)) < SHORT_WORD:
        return False
    return slip == word[1:] or (slip[1:] == word and slip[0] == word[0])


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
    # the fitting words in rank order, read only up to the second (session 29: each was asked
    # its parts of speech, and only the first two decide)
    first: int | None = None  # (the rank of the first fitting word: ``word``'s)
    for r, w in abbreviated_words(short):
        if not same_class(w, word):
            continue
        if first is not None:
            return r >= ABBREVIATION_MARGIN * first  # the next reading far rarer
        if w != word:
            return False  # another word is the likelier reading
        first = r
    return first is not None  # the one reading; False: the table lacks this one


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
    and ``word`` common in the word table: the rare word is the common one mistyped. Since
    session 39 also a rare ``word`` that WordNet lists when ``slip`` is rarer still and only
    the word table has it (:func:`_table_only`: sil / sill; not mil / mill, a WordNet noun)."""
    if len(word) != len(slip) + 1 or len(slip) < 3 or not _LETTERS.fullmatch(word):
        return False
    if rarity < RARE_SLIP:
        return False
    if word_rarity > COMMON_WORD and not (
        rarity > word_rarity and _table_only(slip) and wordnet.lemmas(word)
    ):
        return False
    return _undoubled(slip, word)


def _table_only(word: str) -> bool:
    """``word`` is in no lexicon: neither lemminflect's nor WordNet, nor is it a known word
    with an ending the lexicons may lack (:data:`_ENDINGS`: *carers* is *car* + *ers*, a
    word of its own) but a token of the word table's tail such as *sil*."""
    if wordclass.known(word) or wordnet.lemmas(word):
        return False
    return not any(
        word.endswith(end) and len(word) - len(end) >= 2
        and (wordclass.known(word[: -len(end)]) or wordnet.lemmas(word[: -len(end)]))
        for end in _ENDINGS
    )  # fmt: skip


#: the endings of a derived or inflected form (an agent noun, a plural, a participle)
_ENDINGS = ("s", "es", "er", "ers", "ing", "ed")


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
        return _rare_homophone(a, b)
    return sum(cx != cy for cx, cy in zip(x, y, strict=True)) == 1


def _rare_homophone(a: Unit, b: Unit) -> bool:
    """Two words of one length SudachiPy knows, of one reading, one kanji apart, exactly one
    of which the word-vector table has (it lists the ~30,000 most frequent Japanese words):
    the rare one is the input method's other spelling of the common one's sound (必用 for 必要,
    both ヒツヨウ), as a word outside the dictionary is a slip (session 31). Two words the
    table has (公演 / 講演, 機会 / 機械) or lacks alike are two words, as before."""
    if not a.reading or a.reading != b.reading or (a.vector is None) == (b.vector is None):
        return False
    apart = [(cx, cy) for cx, cy in zip(a.text, b.text, strict=True) if cx != cy]
    return len(apart) == 1 and is_kanji(apart[0][0]) and is_kanji(apart[0][1])


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
    return bool(KANA.fullmatch(text))


def _unknown_ja(unit: Unit) -> bool:
    """SudachiPy read the unit as written (no reading of its own) and it has a kanji."""
    return unit.reading == unit.text and not KANA.fullmatch(unit.text)


def drop_matched(
    left: list[Unit],
    right: list[Unit],
    match: Callable[[Unit, list[Unit]], Sequence[Unit] | None],
    may: Callable[[list[Unit]], bool] | None = None,
) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` (lists, changed in place) less each unit of one side for which
    ``match`` finds a run of units of the other side (empty or None: none), and that run.
    ``may``: a test of the other side that holds whenever ``match`` can find a run in it,
    asked once a side instead of ``match`` once a unit (session 30)."""
    for one, many in ((left, right), (right, left)):
        if may is not None and not may(many):
            continue  # (no run there: nothing of this side is matched, nothing removed)
        for unit in list(one):
            run = match(unit, many)
            if run:
                one.remove(unit)
                for part in run:
                    many.remove(part)
    return left, right
