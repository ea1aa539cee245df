"""An English verb said in the place of a light verb the units skip (session 29): *Is the
bread made fresh?* / *Is the bread prepared fresh?*, *Do you do repairs?* / *Do you perform
repairs?*.

*make*, *do*, *get* and *have* are filler to the minimal-pair units (they say little on their
own), so a prompt that says a content verb in their place looks like one that adds a word
(``insertion:prepared``). WordNet decides whether the content verb says what the light verb
says there: one of its commonest readings (its first :data:`LIGHT_SENSES` tagged senses, as
SemCor counts them) is a synset that holds the light verb too (cook.v.02 holds *make* and
*prepare*; perform.v.01 *do* and *perform*). The light verb is read in any of its senses
(it has dozens: *make* is in 49 synsets), the content verb only in its own commonest ones,
so a verb whose usual reading is another act stays added (*sell*, *freeze*, *cancel*, *book*
hold no *make* in theirs).

Read only where the two prompts are one sentence but for that word (every other token the
same, in order), at the prompts' cosine :data:`~.wordnet_first.CONTEXT_FLOOR` or closer,
and not of WordNet antonyms or two forms of one verb. Without the WordNet data nothing is
read.
"""

from __future__ import annotations

from functools import lru_cache

from .en_words import _EN_SKIP
from .minpair import Alignment
from .wordnet import antonyms, lemmas_of, load
from .wordnet_first import CONTEXT_FLOOR
from .wordnet_usage import _TOKEN

#: the content verb's tagged senses (most frequent first) among which one must hold the
#: light verb (prepare: its second, cook.v.02)
LIGHT_SENSES = 3
#: WordNet's code of the verbs
_VERB = 1


def light_aligned(aligned: Alignment, cached: str, query: str, similarity: float) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``) with its one
    word left, on one side only, explained (``light:made->prepared``, the cached prompt's word
    first) when the other prompt says a light verb in its place that the word reads as
    (:func:`light_verb`); ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if similarity < CONTEXT_FLOOR or len(left) + len(right) != 1:
        return aligned
    word = (left or right)[0].text.lower()
    if not word.isascii() or not word.isalpha():
        return aligned
    own, other = (cached, query) if left else (query, cached)
    light = light_verb(word, own.lower(), other.lower())
    if not light:
        return aligned
    found = f"light:{word}->{light}" if left else f"light:{light}->{word}"  # (cached first)
    return Alignment(aligned.left, aligned.right, [], [], found)


@lru_cache(maxsize=2048)
def light_verb(word: str, own: str, other: str) -> str:
    """The light verb (a verb the units skip: *made*) that ``other`` (lower-cased) says where
    ``own`` says ``word``, every other token of the two the same, when one of ``word``'s
    first :data:`LIGHT_SENSES` tagged verb senses holds it (:func:`light_synonyms`); empty
    otherwise."""
    mine, theirs = _TOKEN.findall(own), _TOKEN.findall(other)
    if len(mine) != len(theirs) or word not in mine:
        return ""
    apart = [i for i, (x, y) in enumerate(zip(mine, theirs, strict=True)) if x != y]
    if len(apart) != 1 or mine[apart[0]] != word:
        return ""
    light = theirs[apart[0]]
    return light if light in _EN_SKIP and light_synonyms(light, word) else ""


@lru_cache(maxsize=1024)
def light_synonyms(light: str, word: str) -> bool:
    """True when a verb lemma of ``word`` has, among its first :data:`LIGHT_SENSES` tagged
    senses, a synset that holds a verb lemma of ``light`` in any sense (made / prepared:
    cook.v.02), the two no forms of one verb and not WordNet antonyms; False otherwise and
    without the data."""
    tables = load()
    if tables is None:
        return False
    lights, words = lemmas_of(light, _VERB), lemmas_of(word, _VERB)
    if not lights or not words or set(lights) & set(words):
        return False
    senses, tagged = tables.verb_senses, tables.verb_tagged
    held = {s for x in lights for s in senses.get(x, ())}
    for y in words:
        commonest = senses.get(y, ())[: min(tagged.get(y, 0), LIGHT_SENSES)]
        if not held.isdisjoint(commonest):
            return not antonyms(light, word) and not antonyms(word, light)
    return False
