"""Numbers and measures one history states in other words than the other (session 21).

:func:`yamabiko.conversation.facts.compare_stated` asks every number a user states to be
said on the other side. :mod:`yamabiko.conversation.values` reads the commoner other forms
(digits inside words, ``k``, a month's number, 2pm as 14); this module adds three readings
that reworded histories use and that read as other facts before:

- a number written in English words of several parts, "eight hundred and fifty" (850) or
  "three hundred" (300): :func:`phrase_values` gives the whole, and :func:`said_otherwise`
  the words of a phrase whose whole the other side says (its parts, eight or fifty, are no
  numbers of their own there); a count of dozens likewise, "half a dozen" (6) or "two dozen"
  (24: session 24, where *half* and *dozen* were numbers said on one side only);
- a Japanese clock hour after a word for the evening or the afternoon (夜七時, 午後3時, and the
  end of a range that starts there: 夜七時から九時): the 24-hour hour, 19 and 21;
- a Japanese numeral cut into pieces by the tokenizer (二十人前: 二 / 十人 / 前; session 26):
  where the other side says its value (20人分), no piece is a number or a name of its own;
- a said-back word that is a unit of measurement by WordNet (metres, gram, inches: the
  noun.quantity synsets under *unit of measurement*, :mod:`yamabiko.guard.english_persons`):
  the numbers compare what it measures (5m / five metres), as they do for the short
  symbols and for Japanese counter nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..guard import english_persons
from ..guard import lexicon as lx
from ..guard.japanese import short_units
from ..guard.respelling import read_number
from .measures import converted, measures, numeral_value

__all__ = ["measure_word", "phrase_values", "said_otherwise", "spelt_in_digits"]

_SCALES = ("hundred", "thousand", "million")
#: the cardinal words below a hundred (not ordinals, not dozen)
_SMALL = {
    w: float(v) for w, v in lx.EN_NUMBER_WORDS.items()
    if 1 <= v < 100 and v == int(v) and w not in ("dozen", "twice")
    and not w.endswith(("st", "nd", "rd", "th"))
} | {"one": 1.0}  # fmt: skip
_PART = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
#: a run of number words joined by spaces, hyphens or "and", holding a scale word
_PHRASE = re.compile(rf"\b(?:{_PART})(?:(?:[\s-]+|\s+and\s+)(?:{_PART}))+\b", re.IGNORECASE)
#: a count of dozens: half a dozen (6), a dozen (12), two dozen or 3 dozen (24, 36)
_DOZENS = re.compile(
    rf"\b(half\s+an?|an?|one|\d+|{'|'.join(w for w, v in _SMALL.items() if v < 20)})"
    r"[\s-]+dozens?\b",
    re.IGNORECASE,
)
_JA_DIGITS = r"[0-9０-９]+|[〇一二三四五六七八九十]+"
_KANJI_NUMERAL = re.compile(r"[〇一二三四五六七八九十百千万]+")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
#: an hour after a word for the evening or afternoon, and the end of a range from it
_JA_LATE_HOURS = re.compile(
    rf"(夜|夕方|晩|午後)の?({_JA_DIGITS})時(?:半|[0-9０-９]+分)?"
    rf"(?:(?:から|〜|～|~|-|ー)({_JA_DIGITS})時)?"
)


@lru_cache(maxsize=4096)
def _phrases(text: str) -> tuple[tuple[frozenset[str], float], ...]:
    """The English number phrases of ``text`` with a scale word, each as its words and its
    whole (eight hundred and fifty: 850; two thousand five hundred: 2500; the hundred and
    fifty of "a hundred and fifty": 150), read by the guard's reader
    (:func:`yamabiko.guard.respelling.read_number`), and the counts of dozens (half a dozen:
    6; two dozen: 24)."""
    out = []
    for match in _PHRASE.finditer(text):
        words = re.split(r"[\s-]+", match.group(0).lower())
        for start, end, value in _numbers(words):
            out.append((frozenset(w for w in words[start:end] if w != "and"), float(value)))
    for match in _DOZENS.finditer(text):  # half a dozen: 6
        count = match.group(1).lower()
        value = 0.5 if count.startswith("half") else _SMALL.get(count) or _count(count)
        out.append((frozenset(re.split(r"[\s-]+", match.group(0).lower())), 12 * value))
    return tuple(out)


def _count(word: str) -> float:
    """The count of dozens said in digits, or by *a* / *an* (one)."""
    return float(word) if word.isdigit() else 1.0


def _numbers(words: list[str]) -> Iterator[tuple[int, int, int]]:
    """Each number :func:`~yamabiko.guard.respelling.read_number` reads in ``words``, as its
    first index, the index after it and its value."""
    i = 0
    while i < len(words):
        value, end = read_number(words, i, bare=True)
        if end > i:
            yield i, end, value
        i = max(end, i + 1)


@lru_cache(maxsize=4096)
def _late_hours(text: str) -> tuple[tuple[frozenset[str], float], ...]:
    """The Japanese hours of ``text`` said after a word for the evening (夜七時から九時:
    ({夜, 七}, 19), ({夜, 九}, 21)), each as its words and its 24-hour value."""
    out = []
    for match in _JA_LATE_HOURS.finditer(text):
        part, *numerals = match.groups()
        for numeral in numerals:
            value = numeral_value(numeral) if numeral else None
            if value is not None and 1 <= value < 12:
                out.append((frozenset({part, numeral}), value + 12))
    return tuple(out)


def phrase_values(texts: Iterable[str]) -> set[float]:
    """The numbers the texts say in words of several parts or as a late Japanese hour
    (see the module docstring), which :func:`~yamabiko.conversation.values.values` reads
    only in part, and each metric measure's value in the other units of its dimension
    (:mod:`yamabiko.conversation.measures`: 600mm also says 60 and 0.6)."""
    out: set[float] = set()
    for text in texts:
        out.update(value for _, value in _phrases(text))
        out.update(value for _, value in _late_hours(text))
        for _, dimension, value in measures(text):  # 600mm: 60 (cm), 0.6 (m) too
            out.update(converted(dimension, value))
    return out


def said_otherwise(
    texts: Iterable[str], their_values: set[float], their_texts: Iterable[str] = ()
) -> set[str]:
    """The words of ``texts`` that belong to a number phrase, a late hour or a metric
    measure (in any unit of its dimension: 1メートル80 / 180) whose value the other side says
    (``their_values``): they state that value, not numbers (nor a part of the day) of their
    own. A measure is not said by a number that only stands for another quantity the other
    side measures (``their_texts``' measures): 5 m is 500 cm, 50 cm is 500 mm, and 50 cm
    says no 5 m."""
    theirs = {(dim, round(value, 9)) for text in their_texts for _, dim, value in measures(text)}
    out: set[str] = set()
    for text in texts:
        for words, value in (*_phrases(text), *_late_hours(text), *_kanji_numerals(text)):
            if value in their_values:
                out.update(words)
        for words, dimension, value in measures(text):  # 1メートル80 where they say 180
            others = [converted(d, v) for d, v in theirs if (d, v) != (dimension, round(value, 9))]
            if converted(dimension, value) & their_values.difference(*others):
                out.update(words)
    return out


@lru_cache(maxsize=4096)
def _kanji_numerals(text: str) -> tuple[tuple[frozenset[str], float], ...]:
    """The Japanese numerals of ``text`` (二十, 十) with their value, each with the pieces a
    tokenizer may cut it into: its parts, and a part with the kanji after the numeral
    (SudachiPy reads 二十人前 as 二 / 十人 / 前: neither piece is a number of its own where the
    other side says 20)."""
    out = []
    for match in _KANJI_NUMERAL.finditer(text):
        run, after = match.group(0), text[match.end() : match.end() + 1]
        value = numeral_value(run)
        if value is None:
            continue
        parts = {run[i:j] for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
        if _KANJI.fullmatch(after) and _counter(after):
            parts |= {run[i:] + after for i in range(len(run))}
        out.append((frozenset(parts), value))
    return tuple(out)


@lru_cache(maxsize=1024)
def _counter(kanji: str) -> bool:
    """``kanji`` counts what a number before it counts (人, 個, 組; not the 緒 of 一緒), by
    SudachiPy: after a digit it is a counter (助数詞) or one word with it (2人)."""
    found = short_units("2" + kanji, keep=False)
    if not found:
        return False
    return len(found) == 1 or "助数詞" in found[-1].part_of_speech()[2]


def spelt_in_digits(text: str) -> str:
    """``text`` with its English number phrases written in digits (four hundred and twenty
    guests: 420 guests), so that a count reads the whole, not its last word."""
    return _PHRASE.sub(_in_digits, text)


def _in_digits(match: re.Match[str]) -> str:
    """One matched number phrase with its numbers in digits (itself when it holds none)."""
    words = re.split(r"[\s-]+", match.group(0))
    found = list(_numbers(words))
    if not found:
        return match.group(0)
    out, i = [], 0
    for start, end, value in found:
        out.extend(words[i:start])
        out.append(f"{float(value):g}")
        i = end
    return " ".join([*out, *words[i:]])


def measure_word(word: str) -> bool:
    """``word`` is an English unit of measurement by WordNet (metres, gram, inches)."""
    return word.isascii() and word.isalpha() and english_persons.is_unit(word.lower())
