"""English: an adjective said in its comparative grade on one side and a positive adjective in
its place on the other (session 36, wrong): *a bigger room* / *a big room*, *the farther car
park* / *the outlying car park*, *a smaller room* / *a tiny room*.

A comparative asks about one thing against another (*bigger* than the room I have); the
positive names a kind of thing on its own. The minimal-pair check's word equivalence joined
them anyway: one word family (*cheaper* / *cheap*), a word vector as near as a synonym's
(*bigger* / *big*), or WordNet's adjective clusters (*smaller* / *tiny*, a satellite of
*small*; *farther* and *outlying*, two satellites of *far*). :func:`one_comparative` tells the
check that one of the two words is a comparative and the other is not, so neither test pairs
them and the substitution names the two words (``substitution:bigger->big``). Two comparatives
(*bigger* / *larger*) are compared as before.

A word is comparative (:func:`comparative`) by WordNet's own morphology or glosses, no word
list: an adjective ending in *-er* that WordNet's exception list or its detachment rules
(morphy) reduce to another adjective lemma (*bigger* -> *big*, *nearer* -> *near*, *later* ->
*late*), or whose first tagged adjective sense WordNet glosses as a comparative (*farther*:
"more distant ...", *better*: "(comparative of `good') ..."). A word of one family only by
spelling (*outer*, *clever*, *proper*) has no such lemma and no such gloss; a noun of its own
with a tagged sense that only the rules make an adjective's form (*a cleaner*, *a cooler*) is
no comparative.
"""

from __future__ import annotations

from functools import lru_cache

from .english_extent import first_gloss
from .wordnet import LEMMAS_OF
from .wordnet_first import first_tagged

#: WordNet's part-of-speech codes of nouns and adjectives (:data:`~.wordnet.POS`)
_NOUN, _ADJECTIVE = 0, 2
#: how WordNet opens the gloss of a comparative sense
_COMPARATIVE_GLOSS = ("more ", "(comparative of")


@lru_cache(maxsize=4096)
def comparative(word: str) -> bool:
    """True when the English ``word`` (lower case) is an adjective in its comparative grade by
    WordNet: an *-er* form of another adjective lemma, or a sense glossed as a comparative."""
    if not word.isascii() or len(word) < 4:
        return False
    lemmas = LEMMAS_OF[_ADJECTIVE](word)
    if word.endswith("er") and any(lemma != word for lemma in lemmas):
        # bigger -> big, nearer -> near, later -> late (morphy, the exception list); not a
        # noun of its own, tagged, that no adjective sense spells (a cleaner, a cooler)
        return word in lemmas or not first_tagged(word, _NOUN)
    return first_gloss(word, _ADJECTIVE).lstrip().startswith(_COMPARATIVE_GLOSS)


def one_comparative(first: str, second: str) -> bool:
    """True when one of two different English words (lower case) is a comparative adjective
    (:func:`comparative`) and the other a WordNet adjective that is none: *bigger* / *big*,
    *farther* / *outlying*; not *bigger* / *larger*, both comparatives, nor two positives,
    nor a comparative and a word WordNet does not know as an adjective (*higher* / *higer*,
    a spelling slip the word-form tests read)."""
    if first == second or not (first + second).isascii():
        return False
    one, two = comparative(first), comparative(second)
    if one == two:
        return False
    return bool(LEMMAS_OF[_ADJECTIVE](first if two else second))
