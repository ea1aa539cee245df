"""English: a closed compound against the word it ends in (session 36, wrong): *a grapefruit
tart* / *a fruit tart*, *a cupcake* / *a cake*, *a pineapple cake* / *an apple cake*.

The default embedder's word vectors put such words near by what they share (grapefruit /
fruit 0.77, cupcake / cake 0.82, pineapple / apple 0.69), and the minimal-pair check took the
pair above its word similarity for one word said otherwise, and the conversation matcher's
counterparts for one fact in two words. The longer word is another thing (a pineapple is no
apple, a peanut no nut) or a narrower kind of the shorter (a grapefruit is one fruit of many,
a cupcake one cake): never the shorter word said otherwise. :func:`ends_in_word` tells the
two tests so; the word-form tests (one family, a spelling variant, a hyphen: *e-mail* /
*email*) and WordNet's tests still read such a pair, and the conversation matcher's own
reading of a compound by its gloss (*headstone*, "a stone that ...") is left as it was. A
word made with a prefix (*telephone*, *overnight*) is no such compound: the part before the
last word must be a WordNet noun with a tagged sense (*over* has none). Session 36 (review):
nor is a compound whose last word names it in a sense of its own, the two sharing a WordNet
synset (*website* / *site*: WordNet's *web site, website, internet site, site*).
"""

from __future__ import annotations

from . import wordnet
from .wordnet_first import first_tagged

#: the fewest letters of the word the compound ends in and of the noun before it (*nut*, *pea*)
TAIL_LETTERS = 3
#: WordNet's part-of-speech code of nouns (:data:`~.wordnet.POS`)
_NOUN = 0


def ends_in_word(first: str, second: str) -> bool:
    """True when one of two different English words is a closed compound of two nouns that
    ends in the other: the shorter of :data:`TAIL_LETTERS` letters or more, and before it in
    the longer a WordNet noun of as many, with a tagged sense (*grape* + *fruit*, *cup* +
    *cake*, *pea* + *nut*); not a prefix (*telephone* / *phone*, *overnight* / *night*: a
    word said otherwise), nor a word and its own inflection (*cakes* / *cake*), nor a word
    that names the compound in a sense of its own (:func:`~.wordnet.share_noun_sense`:
    *website* / *site*)."""
    x, y = first.lower(), second.lower()
    if x == y or not (x + y).isascii() or not (x.isalpha() and y.isalpha()):
        return False
    short, long = (x, y) if len(x) < len(y) else (y, x)
    first_part = long[: len(long) - len(short)]
    if len(short) < TAIL_LETTERS or len(first_part) < TAIL_LETTERS or not long.endswith(short):
        return False
    if not first_tagged(first_part, _NOUN):
        return False  # not tele+phone, over+night: a prefix
    return not wordnet.share_noun_sense(short, long)  # (website / site: a name of it)
