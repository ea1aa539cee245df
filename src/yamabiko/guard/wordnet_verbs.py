"""English phrasal verbs that say what a one-word verb says, by WordNet's verb senses.

:func:`~.wordnet.synonyms` pairs two words by a synset among the first
:data:`~.wordnet.SENSES` tagged senses of each. A phrasal verb and a one-word verb often share
theirs a little further down (pick up / collect: the 4th sense of one and the 5th of the
other); :func:`verb_synonyms` reads the tagged senses of the two verbs (SemCor's, counted in
WordNet's index lines) as far as :data:`VERB_SENSES`, from the tables :mod:`.wordnet` loads
(every verb lemma's senses and its count of tagged ones). The minimal-pair check asks it
of one word left against a verb and its particle (``MinimalPairCheck._wordnet``).
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import antonyms, lemmas_of, load

#: tagged senses (most frequent first) among which a phrasal verb and a one-word verb may
#: share a synset for :func:`verb_synonyms` (pick up / collect: the 4th and the 5th; the
#: tagged senses :func:`~.wordnet.synonyms` reads stop at :data:`~.wordnet.SENSES`)
VERB_SENSES = 5


@lru_cache(maxsize=4096)
def verb_synonyms(first: str, second: str) -> bool:
    """A phrasal verb and a one-word verb that share a synset among the first
    :data:`VERB_SENSES` tagged senses of each (pick up / collect, take on / accept, put in /
    install) and that WordNet does not mark antonyms; False for any other two words and
    without the data. An untagged sense does not count (set off / cancel share "make up
    for", cancel's untagged second sense). Two one-word verbs are not read here: among the
    commonest words, those sharing a synset beyond their first tagged senses are as often
    another act (cancel / delete, break / pause, charge / load; docs/quality.md, session 20)."""
    tables = load()
    if tables is None or (" " in first) == (" " in second):
        return False
    senses, tagged = tables.verb_senses, tables.verb_tagged
    for x in lemmas_of(first, 1):
        mine = senses.get(x, ())[: min(tagged.get(x, 0), VERB_SENSES)]
        for y in lemmas_of(second, 1):
            theirs = senses.get(y, ())[: min(tagged.get(y, 0), VERB_SENSES)]
            if x != y and not set(mine).isdisjoint(theirs):
                return not antonyms(first, second) and not antonyms(second, first)
    return False
