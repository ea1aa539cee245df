"""English words written another way before the guard reads a text: texting spellings of
function words, the percent sign, a number's thousands suffix, and numbers said in words with
a decimal point.

Both readers of an English text (the analysis, ``english.py``, and the minimal-pair units,
``units.py``) start from :func:`~.english._en_tokens`, which calls :func:`respelt` first and
:func:`casual` when the tokens hold one of its words (:data:`CASUAL_TOKENS`):

- **casual spellings of closed classes**, as the default embedder writes them out
  (:func:`yamabiko.casual_en.written_out`, session 27: *whats* / *what's*, *r* / *are*, *b4* /
  *before*, *w/* / *with*, *w/o* / *without*, *thru*, *abt*, *cuz*), so that every rule reads
  the words the embedder read (``can i park w/o a permit`` is negated); and the texting
  spellings of pronouns and politeness that the embedder leaves to its model (u, ur, ya,
  pls, plz, thx: :data:`TEXTING`), written in lower case and standing alone (``can u fix
  it`` reads as ``can you fix it``). In capitals they stay as written (the R language, a
  U-bend, W/O). The reasons name the written-out words (``substitution:after->before``);
- **the percent sign** after a number and *per cent* are the word *percent* (5% / 5 % /
  5 per cent / five percent: one number of one unit; the sign was a content unit of its own,
  ``substitution:%->percent``);
- **a number with the thousands suffix** *k* (*under 25k*, *£5K*, *$7.5k*) is written in
  digits (25000, 5000, 7500), so that the ``number`` check and the units compare it with
  *25,000* (it read as 25 and a unit *k*: session 29). A number of three digits or more that
  no 5 divides keeps its *k* (*401k* is a plan's name; amounts in thousands are rounded); so
  does one digit with a capital *K* and no currency sign before it (session 30): *4K*, *8K*
  name a video format (*a 4K TV* is no *4000 TV*, which was served), *5K* a race's distance,
  *2K* a name; an amount says its currency (*$4K*, *£5K*) or is written *5k*;
- **a number said with a decimal point** (*two point four*, *nought point five*, *one point
  two five*) is written in digits (2.4, 0.5, 1.25), so that the ``number`` check and the
  units compare it with 2.4 as they compare *twelve* with 12. Only a whole number word before
  *point* and digit words after it count (*at one point two people left* is read as 1.2, a
  reading the prompts of a cache do not have).
- **a number said in words with hundred, thousand, million or billion** (*two hundred*,
  *one thousand five hundred*, *three hundred and fifty*, *twenty-five thousand*) is written
  in digits (200, 1500, 350, 25000): each of its words was a number of its own, so *two
  hundred* against 200 read as 2 and 100 against 200 (``number``). Only whole cardinal
  words count (not *first*, *half*, *dozen*), the run must start with one and a multiplier
  must follow it (*a hundred*, *hundreds of*, *two or three* stay as written). *A* before
  a multiplier opens the number as *one* when more number words follow it (session 38: *a
  hundred and thirty-seven* is 137, which read as 100 and 37 against 137; *a thousand and
  five* is 1005); *a hundred* alone stays as written (its units read 100 already).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..casual_en import CONTRACTIONS, PRONOUN_TEXTING, written_out
from ..casual_en import TEXTING as WRITTEN_OUT
from .facts import _EN_TOKEN
from .lexicon import EN_NUMBER_WORDS, en_number_word

#: Texting spellings of pronouns and politeness (a closed class) -> the word they spell: the
#: table of :mod:`yamabiko.casual_en`, whose other function words, *r* among them, are
#: :func:`~yamabiko.casual_en.written_out`'s
TEXTING = PRONOUN_TEXTING
_TEXTING = re.compile(r"(?<![\w'\-.])(?:" + "|".join(TEXTING) + r")(?![\w'\-])")
#: the first token (as the English tokenizer cuts them: *w/o* is w + o, *b4* b + 4) of every
#: word :func:`casual` rewrites, written as each rewrite reads it (texting in lower case, a
#: contraction in any of three cases): a text whose tokens hold none is left as it is, told by
#: one set test of its tokens instead of a search of its characters (session 27)
CASUAL_TOKENS = frozenset(
    _EN_TOKEN.findall(word)[0]
    for word in [*TEXTING, *WRITTEN_OUT]
    + [w for c in CONTRACTIONS for w in (c, c.capitalize(), c.upper())]
)


def casual(text: str) -> str:
    """``text`` with the casual spellings of closed classes written out as the default embedder
    writes them (:func:`~yamabiko.casual_en.written_out`) and the texting spellings of
    :data:`TEXTING` read as the words they spell; the text itself when it has none. Ask it
    only of a text whose tokens meet :data:`CASUAL_TOKENS`."""
    text = written_out(text)
    return _TEXTING.sub(lambda m: TEXTING[m.group()], text) if _TEXTING.search(text) else text


#: digit words after "point"
_DIGITS = {
    "zero": "0", "nought": "0", "naught": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_DIGIT = "|".join(_DIGITS)
_DECIMAL = re.compile(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s+point((?:\s+(?:" + _DIGIT + r"))+)\b")


#: the percent sign after a digit, or "per cent" (as one word)
_PERCENT = re.compile(r"(?<=\d) ?%|(?i:\bper cent\b)")


#: a number with the thousands suffix k (25k, £5K, $7.5k), not inside a word or a name
_THOUSANDS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[kK](?!\w)")


def _thousands(match: re.Match[str]) -> str:
    """25k as 25000; a number of three digits or more that no 5 divides stays as written (a
    rounded amount: *280k*, *500k*; *401k* names a plan), and so does one digit with a capital
    K and no currency sign (Unicode's class Sc) right before it (*4K*, *5K*: a format, a
    distance; *$4K* is an amount)."""
    value = float(match.group(1))
    if value >= 100 and value % 5:
        return match.group()
    if match.group().endswith("K") and len(match.group(1)) == 1 and not _after_currency(match):
        return match.group()
    return f"{value * 1000:.0f}"


def _after_currency(match: re.Match[str]) -> bool:
    """A currency sign stands right before the matched number (£5K, $4K)."""
    start = match.start()
    return start > 0 and unicodedata.category(match.string[start - 1]) == "Sc"


def respelt(text: str) -> str:
    """``text`` with the percent sign, a number's thousands suffix, and decimal and large
    numbers in words rewritten (see the module docstring); the text itself when it has none
    of them. The casual spellings are :func:`casual`'s, asked after the tokens are cut."""
    if ("k" in text or "K" in text) and _THOUSANDS.search(text):
        text = _THOUSANDS.sub(_thousands, text)
    if "%" in text or "cent" in text:
        text = _PERCENT.sub(lambda m: " percent" if "%" in m.group() else "percent", text)
    if " point " in text.lower():
        text = _DECIMAL.sub(_decimal, text)
    if _MULTIPLIER.search(text) is not None:
        text = _SPOKEN.sub(_spoken, text)
    return text


def _decimal(match: re.Match[str]) -> str:
    """A number word, *point* and digit words as digits (two point four: 2.4); the match as
    it was when the word before *point* is no whole number."""
    head = match.group(1).lower()
    whole = 1 if head == "one" else 0 if head in ("nought", "naught") else en_number_word(head)
    if whole is None or whole != int(whole) or head in _FRACTIONS or head.endswith("th"):
        return match.group()
    digits = "".join(_DIGITS[w] for w in match.group(2).lower().split())
    return f"{int(whole)}.{digits}"


#: number words that are no whole number before "point" (first point, a half point)
_FRACTIONS = frozenset({"first", "second", "third", "half", "quarter", "twice"})


#: the words that multiply the number said before them
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_MULTIPLIER = re.compile(r"(?i)\b(?:" + "|".join(_MULTIPLIERS) + r")\b")
_WORD = r"[a-z]+(?:-[a-z]+)?"
#: a run of number words (joined by spaces or "and") that holds a multiplier
_SPOKEN = re.compile(
    r"(?i)\b"
    + _WORD
    + r"(?:\s+(?:and\s+)?"
    + _WORD
    + r")*\s+(?:"
    + "|".join(_MULTIPLIERS)
    + r")(?:\s+(?:and\s+)?"
    + _WORD
    + r")*\b"
)


def _cardinal(word: str) -> int | None:
    """The value of a whole cardinal number word below a hundred (one, twelve, twenty-five),
    else None (first, half, dozen, a multiplier, any other word)."""
    if word == "one":
        return 1
    value = en_number_word(word)
    if value is None or word in _FRACTIONS or word.endswith(("th", "st", "nd", "rd")):
        return None
    return int(value) if value == int(value) and 0 < value < 100 else None


def _spoken(match: re.Match[str]) -> str:
    """The longest run of number words in ``match`` that starts with a cardinal and holds a
    multiplier after it, in digits (two hundred and fifty: 250); the words around it as
    they were (a regular expression cannot tell which words are numbers)."""
    words = match.group().split()
    out: list[str] = []
    i = 0
    while i < len(words):
        value, end = read_number(words, i)
        if end == i and words[i].lower() == "a" and _word_after(words, i) in _MULTIPLIERS:
            value, end = read_number(words, i + 1, bare=True)  # a hundred and five: 105
            end = end if end > i + 2 else i  # (a hundred alone stays as written)
        if end > i:
            out.append(str(value))
            i = end
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def read_number(words: Sequence[str], start: int = 0, *, bare: bool = False) -> tuple[int, int]:
    """The value of the whole number said in English words by ``words`` from ``start``
    (two hundred and five: 205; twenty five hundred: 2500; one million two hundred thousand)
    and the index after it; ``(0, start)`` when no cardinal followed by a multiplier starts
    there. With ``bare`` a multiplier may open the number as one of it (the *hundred and
    fifty* of "a hundred and fifty": 150), which :func:`respelt` leaves as written. The one
    reader of spoken numbers: :mod:`yamabiko.conversation.rewordings` reads its phrases
    with it too."""
    total = current = 0
    multiplied = False
    i = start
    while i < len(words):
        low = words[i].lower()
        small = _cardinal(low)
        if small is not None and (current % 100 == 0 or (small < 10 and current % 10 == 0)):
            current += small
        elif low in _MULTIPLIERS and (current or (bare and i == start)):
            factor = _MULTIPLIERS[low]
            current = current or 1
            if factor == 100:
                if current >= 100:
                    break  # two hundred hundred: no number
                current *= 100
            else:
                total, current = total + current * factor, 0
            multiplied = True
        elif not (low == "and" and multiplied and _cardinal(_word_after(words, i))):
            break  # ("and" only inside a number: three hundred and fifty)
        i += 1
    return (total + current, i) if multiplied else (0, start)


def _word_after(words: Sequence[str], i: int) -> str:
    """The word after ``words[i]``, lower case; empty at the end."""
    return words[i + 1].lower() if i + 1 < len(words) else ""


#: the whole cardinal words from two to ninety (:func:`_cardinal`'s but *one*, as often a
#: pronoun: which one, no one, one of them; in a number with a multiplier it is read there)
_CARDINALS = sorted(w for w in EN_NUMBER_WORDS if _cardinal(w) is not None)
#: a word that may be a whole cardinal number word (twelve, twenty-five)
_NUMBER_WORD = re.compile(f"(?i)\\b(?:{'|'.join(_CARDINALS)})(?:-[a-z]+)?\\b")
#: the words (lower case) without which :func:`numbers_in_digits` changes nothing: a caller
#: holding a text's words tests them first (a set's test, in C; the expressions are slower)
NUMBER_WORDS = frozenset([*_CARDINALS, *_MULTIPLIERS])


def numbers_in_digits(text: str) -> str:
    """``text`` with every whole number said in English words written in digits: those
    :func:`respelt` writes (two hundred and fifty: 250) and each cardinal word from two to
    ninety-nine (twelve, twenty-five: 12, 25; not *one*, as often a pronoun); other words as
    they were. What the trees'
    text facts are made of (:func:`~.treefeatures.text_facts`, session 24), so that *flocks
    of two hundred* and *flocks of 200* share their n-grams and words as the units already
    share the number."""
    if _MULTIPLIER.search(text) is not None:
        text = _SPOKEN.sub(_spoken, text)
    return _NUMBER_WORD.sub(_cardinal_digits, text)


def _cardinal_digits(match: re.Match[str]) -> str:
    """A whole cardinal word below a hundred in digits; any other word as it was."""
    value = _cardinal(match.group().lower())
    return match.group() if value is None else str(value)
