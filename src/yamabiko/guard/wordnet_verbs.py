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


#: senses (WordNet's order, most frequent first for a tagged verb) among which two one-word
#: verbs must share two synsets for :func:`shared_senses` (rent / hire: the 3rd and 4th of
#: rent, the 2nd and 3rd of hire)
SHARED_SENSES = 4
#: word-vector cosine below which :func:`shared_senses` is not taken, when the table has
#: both words (hire / lease 0.56, charter / rent 0.35 not; rent / hire 0.69)
SHARED_FLOOR = 0.6
#: most senses of the untagged verb that a one-sense untagged verb may share its sense with
UNTAGGED_SENSES = 2


@lru_cache(maxsize=4096)
def shared_senses(first: str, second: str) -> bool:
    """Two one-word verbs that WordNet gives two readings in common, or one reading where
    neither has another it was seen in; False for any other two words and without the data.

    - Both verbs tagged (SemCor saw them) and sharing **two** synsets among the first
      :data:`SHARED_SENSES` senses of each (rent / hire: lease.v.04 and rent.v.04; assault /
      attack, endure / suffer). One shared synset that far down is as often another act
      (require / want, repair / restore, learn / study: docs/quality.md, session 24); two
      readings in common leave little else to mean.
    - Or both untagged (their order of senses is the lexicographers'), neither word a
      WordNet noun (section / segment, entrance / trance are read as nouns), one of a single
      sense and the other of at most :data:`UNTAGGED_SENSES`, the single sense among the
      other's (vaccinate / immunise, burgle / burglarize): the rarer word means only that.

    Not antonyms by WordNet, not two forms of one verb. The minimal-pair check asks the word
    vectors for :data:`SHARED_FLOOR` when the table has both words."""
    tables = load()
    if tables is None or " " in first or " " in second:
        return False
    senses, tagged = tables.verb_senses, tables.verb_tagged
    lefts, rights = lemmas_of(first, 1), lemmas_of(second, 1)
    if set(lefts) & set(rights):
        return False
    for x in lefts:
        mine = senses.get(x, ())
        for y in rights:
            theirs = senses.get(y, ())
            if not mine or not theirs:
                continue
            if tagged.get(x, 0) and tagged.get(y, 0):
                common = set(mine[:SHARED_SENSES]) & set(theirs[:SHARED_SENSES])
                found = len(common) >= 2
            elif tagged.get(x, 0) or tagged.get(y, 0):
                found = False
            elif lemmas_of(first, 0) or lemmas_of(second, 0):
                found = False  # a noun too (district / zone, entrance / trance): read as one
            else:
                one, other = (mine, theirs) if len(mine) == 1 else (theirs, mine)
                found = len(one) == 1 and len(other) <= UNTAGGED_SENSES and one[0] in other
            if found:
                return not antonyms(first, second) and not antonyms(second, first)
    return False
