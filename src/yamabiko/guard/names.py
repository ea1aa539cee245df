"""Look-alike names: two different words spelt one or two letters apart (ethanol / methanol,
prednisone / prednisolone, Austria / Australia), which the guard's other tests take for one
word. The word-family test (:func:`.relations.unmatched`) pairs words that share their first
five letters or contain each other, and word vectors built from the same letters lie close
together, so a replaced name with a near spelling passed as a rewording.

Two words are *look-alikes* (:func:`near_names`) when

- each is on one side only, both written in ASCII letters, six letters or more (five for
  two names; clear / clean, store / stove are left to the other checks);
- neither starts with the other and they end alike (two letters or more), so that a suffix
  added or replaced is a word family (democrat / democratic, program / programme, fluently
  / fluency, astrology / astrologer), and they are within one edit (two from seven letters
  on);
- their consonant skeletons differ (:func:`skeleton`: the consonants by sound class, vowels
  dropped, repeats collapsed), so that spelling variants of one word stay one word
  (colour / color, licence / license, organise / organize, jewellery / jewelry);
- and they are not one word misspelt: both are names, capitalised in running text
  (Australia / Austria, any language), or, in English, by the rule :mod:`.spelling` reads
  slips with, both are known to the word table or lemminflect's lexicon, or neither is
  (ileum / ilium: two rare words).

A general signal (the lexicons the guard already reads, and the letters), not a list of
pairs.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordclass, wordvec
from .facts import Analysis
from .spelling import edits

#: shortest word (letters) compared, and name; from LONG on, two edits apart are look-alikes
SHORT, SHORT_NAME, LONG = 6, 5, 7
#: letters two look-alikes end with alike (another ending is another suffix)
ENDING = 2
#: sound classes of consonants (Soundex's): letters of one class count as one
_CLASSES = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


@lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """The consonants of ``word`` by sound class, vowels (and h, w, y) dropped and repeats
    collapsed: colour and color -> ``246``, ethanol -> ``354``, methanol -> ``5354``."""
    out: list[str] = []
    for letter in word.lower():
        found = _CLASSES.get(letter)
        if found is not None and (not out or out[-1] != found):
            out.append(found)
    return "".join(out)


def _look_alike(x: str, y: str, names: bool) -> bool:
    """Two lower-case words (``names``: two names) spelt alike but not as one word's variants
    (module docstring)."""
    shortest = SHORT_NAME if names else SHORT
    if min(len(x), len(y)) < shortest or x.startswith(y) or y.startswith(x):
        return False
    if x[-ENDING:] != y[-ENDING:]:
        return False  # another suffix: one family (presidency / president)
    most = 2 if min(len(x), len(y)) >= LONG else 1
    return edits(x, y, most) <= most and skeleton(x) != skeleton(y)


@lru_cache(maxsize=1 << 14)
def _known_en(word: str) -> bool:
    """The word table or lemminflect's lexicon knows the English word, or the word a stem
    stands for (softwar: software; easili: easily)."""
    forms = (word, word + "e", word[:-1] + "y") if word.endswith("i") else (word, word + "e")
    return any(wordvec.vector_index(w) is not None or wordclass.known(w) for w in forms)


def _candidates(a: Analysis, other: Analysis) -> list[str]:
    found = a.words - other.words
    return [w for w in found if len(w) >= SHORT_NAME and w.isascii() and w.isalpha()]


def near_names(a: Analysis, b: Analysis) -> str:
    """A word of ``a`` replaced in ``b`` by a look-alike of another meaning: ``"x->y"``
    (empty: none). See the module docstring."""
    if a.lang == "ja" or b.lang != a.lang:
        return ""
    mine, theirs = _candidates(a, b), _candidates(b, a)
    if not mine or not theirs:
        return ""
    english = a.lang == "en"
    for x in mine:
        for y in theirs:
            names = x in a.strong and y in b.strong
            if not _look_alike(x, y, names):
                continue
            if names or (english and _known_en(x) == _known_en(y)):
                return f"{x}->{y}"  # two names (Australia / Austria); two words, no slip
    return ""
