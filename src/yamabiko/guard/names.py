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
  (colour / color, licence / license, organise / organize, jewellery / jewelry), and
  they are not two spellings WordNet gives one word (:func:`.wordnet.variant`: connexion /
  connection, whose skeletons differ; session 23);
- and they are not one word misspelt: both are names, capitalised in running text
  (Australia / Austria, any language), or, in English, by the rule :mod:`.spelling` reads
  slips with, both are known to the word table or lemminflect's lexicon, or neither is
  (ileum / ilium: two rare words).

A general signal (the lexicons the guard already reads, and the letters), not a list of
pairs.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordclass, wordnet, wordvec
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


def _candidate(word: str) -> bool:
    """``word`` may be a look-alike :func:`near_names` compares: long enough, ASCII letters."""
    return len(word) >= SHORT_NAME and word.isascii() and word.isalpha()


def near_names(a: Analysis, b: Analysis) -> str:
    """A word of ``a`` replaced in ``b`` by a look-alike of another meaning: ``"x->y"``
    (empty: none). See the module docstring."""
    if a.lang == "ja" or b.lang != a.lang:
        return ""
    mine, theirs = a.words - b.words, b.words - a.words
    if not mine or not theirs:
        return ""
    english = a.lang == "en"
    ending: dict[str, list[str]] = {}  # look-alikes end alike: only those are compared
    for y in theirs:  # (a word is tested as a candidate only when an ending meets another)
        if len(y) >= SHORT_NAME:
            ending.setdefault(y[-ENDING:], []).append(y)
    for x in mine:
        alike = ending.get(x[-ENDING:]) if len(x) >= SHORT_NAME else None
        if not alike or not _candidate(x):
            continue
        for y in alike:
            if not _candidate(y):
                continue
            names = x in a.strong and y in b.strong
            if not _look_alike(x, y, names):
                continue
            if english and not names and wordnet.variant(x, y):
                continue  # connexion / connection: one word as WordNet spells it two ways
            if names or (english and _known_en(x) == _known_en(y)):
                return f"{x}->{y}"  # two names (Australia / Austria); two words, no slip
    return ""


# -- word families ----------------------------------------------------------------------------

#: the endings one English word family takes (inflections and derivations, on a word or on its
#: stem with a final e dropped): what may follow the part two words of one family share
_SUFFIXES = frozenset(
    " ".join(
        (
            "s es ed d ing ings er ers or ors est ly ily ally ness ment ments ion ions tion",
            "tions ation ations ication sion ity ities ty ic ics ical ically al als ial y ies",
            "ied cy cies ce ces ful less able ably ible ive ives ous ist ists ism ize izes ized",
            "izing ise ises ised ising ization isation ship hood ance ence ancy ency ant ants",
            "ent ents ary ery ry ee ees an ans ian ians ese ish e",
        )
    ).split()
)
_SUFFIXES |= {""} | {s[:-1] for s in _SUFFIXES if s.endswith("e")}  # on stems: refundabl
#: stem-final letters that change before a suffix (president / presidency, fluent / fluency,
#: happy / happiness, China / Chinese): one of them, then a suffix, is an ending too
_ALTERNATING = frozenset("tciya")


def _ending(rest: str, last: str) -> bool:
    """``rest`` (what follows the shared part, whose last letter is ``last``) is an ending of
    the family: a suffix (:data:`_SUFFIXES`), a doubled final consonant and a suffix (cancel
    / cancelled), or an alternating stem letter and a suffix."""
    if rest in _SUFFIXES or (rest in ("n", "ns") and last in "aio"):
        return True  # a suffix; -n after a vowel: India / Indian, Quora / Quorans
    if rest[:1] == last and rest[1:] in _SUFFIXES:
        return True
    return rest[:1] in _ALTERNATING and rest[1:] in _SUFFIXES


def word_family(x: str, y: str) -> bool:
    """Two English words (lower case, or their stems) of one family: their first four letters
    agree and either the rest of each after a shared part is an ending (:data:`_SUFFIXES`:
    fluently / fluency, president / presidency, democrat / democratic, password / passwords),
    or they are spelling variants (one or two edits, the same consonants by sound, neither
    starting with the other: colour / color, licence / license, centre / center), or one is
    the other's first part before a hyphen (check / check-in) or a clipping of it that
    lemminflect's lexicon does not know as a word (repo / repository, addr / address). Words that
    only share a stem are not (sulfasalazine / sulfadiazine, Niger / Nigeria, hydrocodone /
    hydrocortisone): a suffix grammar, not a common prefix, makes a family."""
    if x == y:
        return True
    if len(x) < 4 or len(y) < 4 or x[:4] != y[:4]:
        return False
    shared = 4
    while shared < min(len(x), len(y)) and x[shared] == y[shared]:
        shared += 1
    for cut in range(shared, max(3, shared - 2), -1):  # the shared part may end in a stem letter
        if _ending(x[cut:], x[cut - 1]) and _ending(y[cut:], y[cut - 1]):
            return True
    if x.startswith(y) or y.startswith(x):
        short, long = (x, y) if len(x) < len(y) else (y, x)
        if long[len(short)] == "-":
            return True  # check / check-in
        return long[len(short) :].isalpha() and not wordclass.known(short)  # repo / repository
    return abs(len(x) - len(y)) <= 2 and _sounds(x) == _sounds(y) and edits(x, y, 2) <= 2


def _sounds(word: str) -> str:
    """The sound classes of ``word``'s consonants, one per consonant once doubled letters are
    single (jewellery and jewelry -> ``246``; :func:`skeleton` would also merge neighbours of
    one class, penicillamine / penicillin)."""
    single = [c for i, c in enumerate(word) if i == 0 or word[i - 1] != c]
    return "".join(_CLASSES.get(c, "") for c in single)
