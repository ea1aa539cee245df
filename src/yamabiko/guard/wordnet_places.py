"""A place named by a generic noun, the noun before it kept (session 29): *the tapas bar* /
*the tapas place*, *a coffee shop* / *a coffee spot*.

Asked what a *kebab place* does, a person means the kebab shop: *place* and *spot* name
wherever a thing is, and the noun before them (*kebab*, *tapas*, *coffee*) says which. The
minimal-pair check left *shop* against *place* as a substitution (their word vectors are
apart). WordNet decides both words, no list of them:

- the **generic** word's first tagged noun sense is a location (``noun.location``) at most
  :data:`GENERIC_DEPTH` hypernym links below WordNet's *location* itself (place, spot:
  topographic point -> point -> location; not a spa, a resort area, nor a venue, a scene,
  which name kinds of place);
- the **specific** word's first tagged noun sense is a made thing (``noun.artifact``) under
  WordNet's *structure* or *facility* within :data:`PLACE_DEPTH` links (a bar is a room of a
  structure, a shop an establishment, a gym a facility; not a van, an untagged word);
- the word right before each, in its own prompt, is the same content word and no WordNet
  adjective (*tapas bar* / *tapas place*; *the bar* / *the place* says no kind, and *a
  beautiful place* / *a beautiful palace* no kind of place: neither is read).

Two specific kinds stay apart (bar / restaurant, shop / stall: neither is generic), and so do
two generic words. Read of one word left each side at the prompts' cosine
:data:`~.wordnet_usage.USAGE_FLOOR` or closer.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import EN_STOPWORDS
from .minpair import Alignment
from .wordnet import lemmas_of, load
from .wordnet_first import first_tagged
from .wordnet_kinds import reaches
from .wordnet_usage import _TOKEN, USAGE_FLOOR

#: WordNet 3.0's noun offsets of location.n.01, and of structure.n.01 and facility.n.01
_LOCATION = frozenset({27167})
_BUILT = frozenset({4341686, 3315023})
#: most hypernym links from a generic place word's sense up to location.n.01 (place: 2)
GENERIC_DEPTH = 2
#: most hypernym links from a place's first sense up to structure or facility (shop: 4)
PLACE_DEPTH = 6


def place_aligned(aligned: Alignment, cached: str, query: str, similarity: float) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``) with its
    one word left each side explained (``place:bar->place``, the cached prompt's first) when
    one is a generic place word, the other a place of one kind and the same content word
    stands before both (:func:`generic_for`); ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if len(left) != 1 or len(right) != 1 or similarity < USAGE_FLOOR:
        return aligned
    old, new = left[0].text.lower(), right[0].text.lower()
    if not (old + new).isascii() or not old.isalpha() or not new.isalpha():
        return aligned
    if not generic_for(old, cached.lower(), new, query.lower()):
        return aligned
    return Alignment(aligned.left, aligned.right, [], [], f"place:{old}->{new}")


@lru_cache(maxsize=2048)
def generic_for(first: str, first_text: str, second: str, second_text: str) -> bool:
    """True when one of the words ``first`` (said in ``first_text``) and ``second`` is a
    generic place word and the other a place of one kind (see the module docstring), and the
    content word before each in its text is the same; False otherwise."""
    if not (generic(first) and built(second)) and not (generic(second) and built(first)):
        return False
    before = noun_before(first, first_text)
    return bool(before) and before == noun_before(second, second_text)


def noun_before(word: str, text: str) -> str:
    """The token before ``word``'s first place among ``text``'s tokens when it is a content
    word (no stop word) and no WordNet adjective (*kebab*, *coffee*: a kind named by a noun;
    not *a beautiful place* / *a beautiful palace*); empty otherwise."""
    tokens = _TOKEN.findall(text)
    at = tokens.index(word) if word in tokens else 0
    before = tokens[at - 1] if at else ""
    return before if before and before not in EN_STOPWORDS and not lemmas_of(before, 2) else ""


@lru_cache(maxsize=4096)
def generic(word: str) -> bool:
    """``word``'s first tagged noun sense is a location within :data:`GENERIC_DEPTH` links of
    WordNet's *location* (place, spot)."""
    senses, tables = first_tagged(word, 0), load()
    if not senses or tables is None or tables.synsets[senses[0]].lexname != "noun.location":
        return False
    return reaches(senses[0] >> 2, _LOCATION, GENERIC_DEPTH)


@lru_cache(maxsize=4096)
def built(word: str) -> bool:
    """``word``'s first tagged noun sense is a made thing under WordNet's *structure* or
    *facility* within :data:`PLACE_DEPTH` links (bar, shop, gym)."""
    senses, tables = first_tagged(word, 0), load()
    if not senses or tables is None or tables.synsets[senses[0]].lexname != "noun.artifact":
        return False
    return reaches(senses[0] >> 2, _BUILT, PLACE_DEPTH)
