"""English adjectives WordNet files in two clusters and joins by *also see* (session 37, enpara):
*friendly* / *welcoming*.

WordNet files adjectives in clusters, a head and the satellites similar to it (``&``), and the
other WordNet tests join two adjectives inside one cluster (:mod:`.wordnet_adjectives`: a
satellite and its head; :mod:`.wordnet_kin`: two satellites of one head). Some adjectives that
say one property stand in two clusters, and WordNet links the two with its *also see* pointer
(``^``), which it draws between adjectives of one meaning in different clusters: *friendly*
(favourably disposed) sees *hospitable*, whose satellite is *welcoming*; *noisy* sees *loud*;
never an antonym (WordNet puts an adjective's opposite in a cluster of its own and links it
with ``!``, not ``^``).

:func:`also_seen_adjectives` joins two adjectives when the first sense of one (its first
tagged sense, or the one sense of an untagged adjective; one of the two words tagged) sees,
by ``^``, the first sense of the other or the head that first sense is a satellite of; WordNet
marks no lemma of the two antonyms; and neither word is a colour's noun (*dark* sees *black*:
a colour names one of several kinds a prompt asks apart, the reason :mod:`.wordnet_kin`
leaves nouns out of its clusters). Only first senses look: *tall*'s first sense sees only
*high*'s second, and the two stay apart (*how high* of a thing that flies asks its elevation,
*how tall* its size: session 32's probe). A word with a price reading is joined only to another
with one (:func:`_priced`: a tagged sense whose definition names a word of WordNet's
``noun.possession``; *free*'s third, *costing nothing*): *free* sees *unrestricted*, but the
*free* of an FAQ costs nothing (session 37, lateWrong); *cheap* and *expensive* read a price by
*price*'s second sense (session 38: *expensive* sees *valuable*, which has none). The
minimal-pair check asks it of the one word left on each side, after its other WordNet tests,
with their word-vector floor (:data:`~.wordnet.FLOOR`). Without the WordNet data every answer
is False.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordnet import LEMMAS_OF, Tables, antonyms, load
from .wordnet_adjectives import _similar
from .wordnet_first import FIRST_LEXNAMES, first_synset, first_tagged
from .wordnet_kinds import reaches
from .wordnet_lines import data_line, line_gloss, line_pointers

#: WordNet's code of adjectives (:data:`~.wordnet.POS`)
_ADJECTIVE = 2
#: WordNet's *also see* pointer
_ALSO_SEE = "^"
#: the noun whose first sense heads the colours, and how many hypernym links up it may stand
#: from a colour's noun (*black* -> achromatic colour -> colour)
_COLOUR, _COLOUR_DEPTH = "color", 3
#: how many tagged noun senses of a word are asked whether they name a colour (*white*: its
#: second)
_NOUN_SENSES = 2
#: the lexicographer file of WordNet's nouns of money, prices and payments (cost, pay, money)
_POSSESSION = "noun.possession"
#: the file of a noun's first sense that names the property a money amount measures: WordNet
#: files *price*'s first sense (the property of having material worth) here and the amount of
#: money its second, so *cheap* and *expensive* (low / high in price) read a price by the
#: second (session 38, wrong); *value*'s money sense is its third, and stays unread
_ATTRIBUTE = "noun.attribute"
#: a word of a gloss
_GLOSS_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _seen(offset: int) -> frozenset[int]:
    """The adjective synsets (offsets) the adjective synset at ``offset`` points to by *also
    see* (``^``)."""
    tables = load()
    if tables is None:
        return frozenset()
    fields = data_line(tables.adjective_data, offset)
    return frozenset(
        int(p[1]) for p in line_pointers(fields) if p[0] == _ALSO_SEE and p[2] in ("a", "s")
    )


def _sees(tables: Tables, seeing: str, seen: str) -> bool:
    """The first sense of a lemma of ``seeing`` sees (``^``) the first sense of a lemma of
    ``seen`` or the head of that sense; one of the two first senses tagged (``tables``:
    :func:`~.wordnet.load`'s)."""
    for x in LEMMAS_OF[_ADJECTIVE](seeing):
        code, tagged = first_synset(tables, x, _ADJECTIVE)
        if code is None or not (targets := _seen(code >> 2)):
            continue
        for y in LEMMAS_OF[_ADJECTIVE](seen):
            first, other_tagged = first_synset(tables, y, _ADJECTIVE)
            if first is None or not (tagged or other_tagged):
                continue
            if targets & ({first >> 2} | _similar(first >> 2)):
                return True
    return False


@lru_cache(maxsize=4096)
def also_seen_adjectives(first: str, second: str) -> bool:
    """True when two different English adjectives are joined by WordNet's *also see* from
    the first sense of one (see the module docstring) and WordNet marks them no antonyms
    (*friendly* / *welcoming*, *noisy* / *loud*); False otherwise and without the data."""
    tables = load()
    if tables is None or first.lower() == second.lower():
        return False
    lefts, rights = LEMMAS_OF[_ADJECTIVE](first), LEMMAS_OF[_ADJECTIVE](second)
    if not lefts or not rights or set(lefts) & set(rights):
        return False  # (two forms of one word: the other tests')
    if not (_sees(tables, first, second) or _sees(tables, second, first)):
        return False
    if _a_colour(first) or _a_colour(second):
        return False  # dark / black: a colour names one of several kinds a prompt asks apart
    if _priced(first) != _priced(second):
        return False  # free / unrestricted: an FAQ's *free* costs nothing
    return not antonyms(first, second) and not antonyms(second, first)


@lru_cache(maxsize=4096)
def _a_colour(word: str) -> bool:
    """One of the first :data:`_NOUN_SENSES` noun senses of a lemma of ``word`` lies under
    WordNet's first sense of *color* (within :data:`_COLOUR_DEPTH` hypernym links: *black*, *red*,
    *white*, its second; not *dark*, *high*)."""
    tables, top = load(), first_tagged(_COLOUR, 0)
    if tables is None or not top:
        return False
    colour = frozenset({top[0] >> 2})
    for lemma in LEMMAS_OF[0](word):
        first, _ = first_synset(tables, lemma, 0)
        senses = {*tables.index[0].get(lemma, ())[:_NOUN_SENSES], *([first] if first else [])}
        if any(reaches(code >> 2, colour, _COLOUR_DEPTH) for code in senses):
            return True
    return False


@lru_cache(maxsize=4096)
def _priced(word: str) -> bool:
    """A tagged adjective sense of a lemma of ``word`` (or the one sense of an untagged one)
    has a definition (its gloss before the first ``;``) that names a word whose first tagged
    noun sense, or that of its verb's lemma as a noun, is in :data:`_POSSESSION` (*free*:
    *costing nothing*, cost; *gratis*, *costly*); not *friendly*, *loud*, *sweet*."""
    tables = load()
    if tables is None:
        return False
    for lemma in LEMMAS_OF[_ADJECTIVE](word):
        senses = tables.index[_ADJECTIVE].get(lemma) or (
            (tables.untagged_first[_ADJECTIVE].get(lemma),)
            if tables.untagged_first[_ADJECTIVE].get(lemma) is not None else ()
        )  # fmt: skip
        for code in senses:
            definition = line_gloss(tables.adjective_data, code >> 2).partition(";")[0]
            if any(_a_possession(w) for w in _GLOSS_WORD.findall(definition.lower())):
                return True
    return False


@lru_cache(maxsize=8192)
def _a_possession(word: str) -> bool:
    """The first tagged noun sense of ``word``, or of a verb lemma of it read as a noun
    (*costing*: cost), is in :data:`_POSSESSION`, or the second is, after a first sense in
    :data:`_ATTRIBUTE` (*price*: the property, then the amount of money needed to buy it)."""
    for lemma in (word, *LEMMAS_OF[1](word)):
        names = FIRST_LEXNAMES[0](lemma) or ()
        if names[:1] == (_POSSESSION,) or names[:2] == (_ATTRIBUTE, _POSSESSION):
            return True
    return False
