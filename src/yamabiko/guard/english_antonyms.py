"""English nouns that WordNet marks opposed: one prompt says a noun where the other says its
antonym (the guard's ``roles`` step, :func:`.opposites.contrasts`, after the other English
tests; session 24).

:func:`.opposites.antonym_substituted` reads WordNet's antonym pointers (``!``) between
adjectives and adverbs in any sense, and verbs through phrasal verbs and nouns of action.
A noun pair WordNet marks opposed is two things a question asks about apart just as
well: *sunrise* / *sunset*, *employer* / *employee*, *inflow* / *outflow*, *majority* /
*minority*. Word vectors put such pairs close (they occur in the same sentences), and where
neither word has a sense tagged in SemCor (sunrise, sunset) the tests of WordNet's first
senses (:func:`.opposites.body_part_replaced`, :func:`.english_extent.time_replaced`) cannot
read them. Noun antonym pointers are lexical (they join two words, not two synsets), so
:func:`noun_antonym_replaced` takes them in any sense: is the tour available at
*sunrise* / at *sunset*: ``antonym:sunrise->sunset``.

Only where few words change (:data:`MAX_REPLACED` each side), the rest of the prompt shared:
in a rewording, one noun and its antonym may stand in two different phrases. The table is
read by WordNet's one loader in its pass over ``data.noun`` (:func:`.wordnet.load`).
"""

from __future__ import annotations

from . import wordnet
from .modifiers import en_changed

#: at most this many words each prompt says and the other does not (the noun, an article or
#: a preposition beside it)
MAX_REPLACED = 2
#: WordNet's code of nouns (:data:`~.wordnet.POS`)
_NOUN = 0


def noun_antonym_replaced(query: str, cached: str) -> str:
    """``"sunrise->sunset"`` (the cached prompt's word first) when a word only ``cached``
    says has a noun lemma WordNet marks an antonym of a noun lemma of a word only ``query``
    says, and at most :data:`MAX_REPLACED` words each side differ; empty: none (or no
    data)."""
    only_mine, only_theirs = en_changed(query, cached)
    if not 1 <= len(only_mine) <= MAX_REPLACED or not 1 <= len(only_theirs) <= MAX_REPLACED:
        return ""
    tables = wordnet.load()
    table = tables.noun_opposed if tables is not None else None
    if not table:
        return ""
    for old in sorted(only_theirs):
        opposites = {o for lemma in wordnet.lemmas_of(old, _NOUN) for o in table.get(lemma, ())}
        if not opposites:
            continue
        for new in sorted(only_mine):
            if opposites & set(wordnet.lemmas_of(new, _NOUN)):
                return f"{old}->{new}"
    return ""
