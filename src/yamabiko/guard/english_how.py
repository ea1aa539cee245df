"""Two English adjectives after *how* that ask one measure (session 32).

*How tall is the tower?* and *How high is the tower?* ask one thing: a *how* + adjective
question asks the value of the attribute the adjective grades (a height), not which end of
its scale the thing sits at. WordNet links an adjective sense to the attribute it grades
(``=``: *high*, "great vertical extension" -> *height*) and to the nouns made from it (``+``:
*tall* -> *tallness*, a lemma of that same *height* synset). :func:`how_aligned` explains
the one word the minimal-pair check leaves each side (``equivalent-words:how:tall->high``,
which the trees then weigh as an explained pair) when

- each prompt says *how* right before its word of the two,
- both words are adjectives, and the nouns the attribute and derivation pointers of one
  word's first tagged sense name meet those of one of the other's first
  :data:`SENSES` tagged senses (*high* grades a height in its second sense, a degree in its
  first), and
- the two senses stand at one end of the scale: one cluster (a head and its satellites),
  or heads WordNet refers to each other (*also see*: *tall* / *high*), not two heads apart
  that no lemma's antonym pointer joins (*big* / *small*, *hot* / *cool*, *tall* / *low*),
  and WordNet marks the two no antonyms (*how tall* / *how short*: one scale, the other end, and
  the ``antonym`` check's business).

*How long* / *how far* (a length, a distance) and *how big* / *how heavy* (a size, a weight)
name other nouns and stay apart. The pointers are read from the loaded ``data.adj`` bytes,
once per word.
"""

from __future__ import annotations

from functools import lru_cache

from .minpair import Alignment
from .wordnet import antonyms, lemmas_of, load
from .wordnet_lines import data_line, line_pointers

#: WordNet's code of adjectives (:data:`~.wordnet.POS`)
_ADJECTIVE = 2
#: how many of a word's tagged senses may grade the other word's attribute
SENSES = 3
#: the pointers from an adjective to a noun of what it grades (attribute, derivation)
_MEASURES = frozenset({"=", "+"})


@lru_cache(maxsize=2048)
def _pointers(offset: int) -> tuple[frozenset[int], int, frozenset[int]]:
    """The adjective synset at ``offset``: the nouns it grades (``=``) or names (``+``), its
    cluster's head (itself for a head, the synset a satellite is similar to, ``&``), and the
    synsets it refers to (``^``, *also see*: tall -> high)."""
    tables = load()
    if tables is None or not tables.adjective_data:
        return frozenset(), offset, frozenset()
    fields = data_line(tables.adjective_data, offset)
    pointers = line_pointers(fields)
    nouns = frozenset(int(p[1]) for p in pointers if p[0] in _MEASURES and p[2] == "n")
    heads = [int(p[1]) for p in pointers if p[0] == "&"] if fields[2] == "s" else []
    seen = frozenset(int(p[1]) for p in pointers if p[0] == "^")
    return nouns, heads[0] if heads else offset, seen


def _one_pole(first: int, second: int) -> bool:
    """Two adjective synsets at one end of a scale: one cluster (the same head), or heads
    that refer to each other (``^``: tall / high); not two heads WordNet sets apart (big /
    small, hot / cool, tall / low: other clusters, not antonyms by their lemmas)."""
    _, one, _ = _pointers(first)
    _, other, _ = _pointers(second)
    return one == other or other in _pointers(one)[2] or one in _pointers(other)[2]


def _senses(word: str, senses: int) -> list[int]:
    """The offsets of ``word``'s first ``senses`` tagged adjective senses (any lemma)."""
    tables = load()
    if tables is None:
        return []
    return [
        code >> 2
        for lemma in lemmas_of(word, _ADJECTIVE)
        for code in tables.index[_ADJECTIVE].get(lemma, ())[:senses]
    ]


@lru_cache(maxsize=2048)
def one_measure(first: str, second: str) -> bool:
    """True when two different English adjectives grade one attribute (see the module
    docstring: the first tagged sense of one, one of the first :data:`SENSES` of the other)
    and WordNet marks them no antonyms; False otherwise and without the data."""
    if first == second or set(lemmas_of(first, _ADJECTIVE)) & set(lemmas_of(second, _ADJECTIVE)):
        return False
    for one, other in ((first, second), (second, first)):
        firsts = _senses(one, 1)
        graded = _pointers(firsts[0])[0] if firsts else frozenset()
        if any(
            graded & _pointers(sense)[0] and _one_pole(firsts[0], sense)
            for sense in _senses(other, SENSES)
        ):
            return not antonyms(first, second) and not antonyms(second, first)
    return False


def how_aligned(aligned: Alignment, cached: str, query: str) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``) explained
    as ``how:tall->high`` when the one word it leaves each side follows *how* in its prompt,
    the other prompt's *how* asks the other word, and the two grade one attribute
    (:func:`one_measure`); ``aligned`` itself otherwise."""
    old, new = aligned.rest_left[0].text.lower(), aligned.rest_right[0].text.lower()
    if not (old + new).isalpha() or not old.isascii():
        return aligned
    if f"how {old}" not in cached.lower() or f"how {new}" not in query.lower():
        return aligned
    if f"how {new}" in cached.lower() or f"how {old}" in query.lower():
        return aligned  # (each prompt asks one of the two)
    if not one_measure(old, new):
        return aligned
    return Alignment(aligned.left, aligned.right, [], [], f"how:{old}->{new}")
