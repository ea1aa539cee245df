"""An English noun and its clipped form, when WordNet files the clipping in the full word's
first sense (session 38, lateEN): *submarine* / *sub*, *information* / *info*, *limousine* /
*limo*, *laboratory* / *lab* (not *gymnasium* / *gym*: the long word's first sense is the
school).

A clipping is the start of a longer word used as a word of its own. Clipped words are short
and often ambiguous (*sub* is also a sandwich and a substitute), so WordNet's synonym test,
which reads the first senses of both words (:func:`~.wordnet.synonyms`), misses most of them:
*submarine*'s first sense lists *sub* among its lemmas, but that sense is not among *sub*'s
first senses. Two facts together make the reading safe: the short word is how the long word
begins (the shape of a clipping: no unrelated word shares the spelling and the synset by
chance), and WordNet lists the short word in the long word's FIRST sense (what a prompt
that says the long word means). Then a prompt that says the clipping asks what the prompt
that says the whole word asks. Since session 39 (review) the short word must not commonly mean
a thing of its own first: every sense of it before the shared one that SemCor tags is the long
word's too, so *kid* / *kidskin*, *pot* / *potty*, *tea* / *teatime* and *town* /
*townspeople* (the short word's second sense shared, its first a child, a vessel, a drink, a
place) stay two words.

:func:`clipped` is asked by the minimal-pair check's WordNet tests
(:meth:`~.word_equivalence.WordEquivalence._wordnet`), after the word-vector floor. Clippings
WordNet does not list (*hols*, *uni*) stay refused. Without the WordNet data every answer is
False.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .wordnet import lemmas_of, load

#: WordNet's code of nouns (:data:`~.wordnet.POS`)
_NOUN = 0
#: the shortest clipping read (ad / advertisement)
SHORTEST = 2
#: how early among the short word's own senses the shared sense must come: a clipping means the
#: long word first (*sub*'s first sense is the submarine, *lab*'s the laboratory); a word of its
#: own that only starts the long one holds the shared sense late (*pass* has it sixth, shared
#: with *passport*: a ferry pass is no passport)
SHORT_SENSES = 2


@lru_cache(maxsize=4096)
def clipped(first: str, second: str) -> bool:
    """True when one of two English nouns is a clipping of the other by WordNet: a noun lemma
    of one is a proper start of a noun lemma of the other (at least :data:`SHORTEST`
    letters), WordNet lists it in the longer lemma's first sense (*sub* in *submarine*'s), and
    that sense is among the short lemma's first :data:`SHORT_SENSES`, every tagged sense of the
    short lemma before it a sense of the long one too (:func:`_first_meant`); False otherwise
    and without the data."""
    tables = load()
    if tables is None or not tables.noun_senses or first.lower() == second.lower():
        return False
    lefts, rights = lemmas_of(first.lower(), _NOUN), lemmas_of(second.lower(), _NOUN)
    for x in lefts:
        for y in rights:
            short, long = (x, y) if len(x) < len(y) else (y, x)
            if len(short) < SHORTEST or len(short) == len(long) or not long.startswith(short):
                continue
            senses = tables.noun_senses.get(long, ())
            tagged = len(tables.index[_NOUN].get(short, ()))  # (its senses seen in SemCor)
            if senses and _first_meant(senses, tables.noun_senses.get(short, ()), tagged):
                return True
    return False


def _first_meant(long: Sequence[int], short: Sequence[int], tagged: int) -> bool:
    """The long word's first sense (``long``: its noun synsets, commonest first) is among the
    short word's first :data:`SHORT_SENSES` (``short``), and every sense of the short word
    before it that is one of its ``tagged`` first (seen in SemCor: what the word is commonly
    used for) is one of the long word's too (session 39, review). *kid* first means a child,
    no sense of *kidskin*; *pot* the vessel, no sense of *potty*; *tea*, *town*, *cup*, *log*
    likewise: a word that commonly means a thing of its own is no clipping of the long one.
    *sub*'s first sense, the sandwich, is also *submarine*'s; *hippo*'s and *sax*'s first
    senses (the city, the instrument maker) are never tagged."""
    own = short[:SHORT_SENSES]
    if long[0] not in own:
        return False
    return all(sense in long for sense in own[: min(own.index(long[0]), tagged)])
