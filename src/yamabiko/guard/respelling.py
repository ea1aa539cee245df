"""English words written another way before the guard reads a text: texting spellings of
function words and numbers said in words with a decimal point.

Both readers of an English text (the analysis, ``english.py``, and the minimal-pair units,
``units.py``) start from :func:`~.english._en_tokens`, which calls :func:`respelt` first:

- **texting spellings** of the closed class of pronouns, the copula and politeness (u, ur,
  r, ya, pls, plz, thx: :data:`TEXTING`), written in lower case and standing alone, are the
  words they spell (``can u fix it`` reads as ``can you fix it``). In capitals they stay as
  written (the R language, a U-bend);
- **a number said with a decimal point** (*two point four*, *nought point five*, *one point
  two five*) is written in digits (2.4, 0.5, 1.25), so that the ``number`` check and the
  units compare it with 2.4 as they compare *twelve* with 12. Only a whole number word before
  *point* and digit words after it count (*at one point two people left* is read as 1.2, a
  reading the prompts of a cache do not have).
"""

from __future__ import annotations

import re

from .lexicon import en_number_word

#: Texting spellings of function words (a closed class) -> the word they spell
TEXTING = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "ya": "you",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
}
_TEXTING = re.compile(r"(?<![\w'\-.])(?:" + "|".join(TEXTING) + r")(?![\w'\-])")
#: digit words after "point"
_DIGITS = {
    "zero": "0", "nought": "0", "naught": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_DIGIT = "|".join(_DIGITS)
_DECIMAL = re.compile(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s+point((?:\s+(?:" + _DIGIT + r"))+)\b")


def respelt(text: str) -> str:
    """``text`` with texting spellings of function words and decimal numbers in words
    rewritten (see the module docstring); the text itself when it has neither."""
    if " point " in text.lower():
        text = _DECIMAL.sub(_decimal, text)
    if _TEXTING.search(text) is not None:
        text = _TEXTING.sub(lambda m: TEXTING[m.group()], text)
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
