"""English words WordNet reads as one by a narrow relation the other WordNet tests leave out
(session 35, enpara): a noun of one sense named by a rarer, untagged word (*photo* / *pic*),
and two adjectives filed as two shades of one head (*scenic* / *picturesque*).

- **A noun of one sense and an untagged name of it** (:func:`one_sense_named`). *photo* has
  one sense in WordNet (photograph.n.01, tagged in SemCor); *pic* has two, neither tagged
  (a movie, a photograph), so no test that asks for tagged senses or for an untagged word of
  one sense (:mod:`.wordnet_first`) sees them. The word of one sense means only that thing,
  and the untagged word (a clipping, a casual name: at most :data:`UNTAGGED_SENSES` senses)
  names it in one of its senses: the two are one noun. Neither lemma may begin with the
  other (*fast* / *fasting*, *cluster* / *clustering*: a word's family, which
  :func:`~.units.related` reads, and the pronoun *us* against *USA*). The synset's
  lexicographer file must not be one of :data:`~.wordnet.EXCLUDED` (people, foods, times
  ...: one synset there holds things asked about apart) and WordNet must not mark the two
  antonyms. Two words both
  tagged, or both untagged, are the other tests' (:func:`~.wordnet.synonyms`,
  :func:`~.wordnet_verbs.shared_senses`).
- **Two satellites of one head** (:func:`sister_satellites`). WordNet files adjectives in
  clusters: a head (*beautiful*) and satellites that point to it as similar (``&``:
  *scenic*, having beautiful natural scenery; *picturesque*, pretty as a picture).
  :mod:`.wordnet_adjectives` joins a satellite and its head by their first senses; two
  satellites of one head are joined here the same way: the first sense of each (its first
  tagged sense, or the one sense of an untagged adjective; at least one of the two tagged)
  is a satellite, both similar to one head, neither word is a WordNet noun or a form of a
  WordNet verb, and WordNet marks no lemma of the two antonyms. A cluster's antonym is
  another head with satellites of its own (*ugly*), so a satellite of one never meets one of
  the other here. Nouns are left out, for the clusters of kinds are named by nouns: the
  colours are satellites of *chromatic* (*yellow* / *pink*), the numbers of *cardinal*
  (*two* / *four*), the metals of *metallic* (*gold* / *silver*), each one of several that
  a prompt asks apart; and so are the participles: *steamed* and *deep-fried* are
  satellites of *cooked*, two ways of doing what the verb says. Since session 36 (wrong), so
  is a satellite derived from a noun of a person or a time (WordNet's ``+`` pointer into
  noun.person or noun.time): it names a group, not a shade of the head (*teenage*, with
  *adolescent* and *adolescence*, an age group; *youthful*, from *youth* the quality, a
  shade of *young*).

The minimal-pair check (:meth:`.word_equivalence.WordEquivalence._wordnet`) asks them of the
one word left on each side, after every other WordNet test, with the word vectors' floor the
other tests have (:data:`~.wordnet.FLOOR`; *scenic* / *picturesque*, 0.33 apart by the word
vectors, as *fix* / *mend* only where the prompts are :data:`~.wordnet_first.CONTEXT_FLOOR`
close). Without the WordNet data every answer is False.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import EXCLUDED, LEMMAS_OF, Tables, antonyms, load
from .wordnet_adjectives import _similar
from .wordnet_first import first_sense_pairs
from .wordnet_lines import data_line, line_pointers
from .wordnet_read import lexnames
from .wordnet_verbs import UNTAGGED_SENSES

#: WordNet's codes of nouns, verbs and adjectives (:data:`~.wordnet.POS`)
_NOUN, _VERB, _ADJECTIVE = 0, 1, 2


@lru_cache(maxsize=4096)
def one_sense_named(first: str, second: str) -> bool:
    """True when one of two different English nouns has one sense, tagged, that is among the
    (at most :data:`UNTAGGED_SENSES`) senses of the other, an untagged noun, outside
    :data:`~.wordnet.EXCLUDED`, and WordNet marks them no antonyms (*photos* / *pics*); False
    otherwise and without the data."""
    tables = load()
    if tables is None or not tables.noun_senses or first.lower() == second.lower():
        return False
    lefts, rights = LEMMAS_OF[_NOUN](first), LEMMAS_OF[_NOUN](second)
    if not lefts or not rights or set(lefts) & set(rights):
        return False
    for x in lefts:
        for y in rights:
            if x.startswith(y) or y.startswith(x):
                continue  # one word's family (fast / fasting, cluster / clustering, us / usa)
            if _names_only_sense(tables, x, y) or _names_only_sense(tables, y, x):
                return not antonyms(first, second) and not antonyms(second, first)
    return False


def _names_only_sense(tables: Tables, word: str, name: str) -> bool:
    """``word``'s one sense, tagged, is among the few senses of ``name``, an untagged noun,
    and outside the excluded lexicographer files (``tables``: :func:`~.wordnet.load`'s)."""
    nouns, every_sense = tables.index[_NOUN], tables.noun_senses or {}
    tagged, every = nouns.get(word), every_sense.get(word, ())
    if not tagged or len(every) != 1 or nouns.get(name):
        return False
    senses = every_sense.get(name, ())
    if not senses or len(senses) > UNTAGGED_SENSES or every[0] not in senses:
        return False
    synset = tables.synsets.get(tagged[0])
    return synset is not None and synset.lexname not in EXCLUDED


@lru_cache(maxsize=4096)
def sister_satellites(first: str, second: str) -> bool:
    """True when the first senses of two different English adjectives (the first tagged
    sense, or the one sense of an untagged adjective; one of the two tagged) are two
    satellites similar to one head, neither word is a noun or a verb's form, and WordNet
    marks them no antonyms (*scenic* / *picturesque*); False otherwise and without the data."""
    tables = load()
    if tables is None or first.lower() == second.lower():
        return False
    if LEMMAS_OF[_NOUN](first) or LEMMAS_OF[_NOUN](second):
        return False  # a colour, a number, a metal: yellow / pink, gold / silver
    if LEMMAS_OF[_VERB](first) or LEMMAS_OF[_VERB](second):
        return False  # a participle: steamed / deep-fried, two ways of cooking
    for a, b in first_sense_pairs(tables, first, second, _ADJECTIVE) or ():
        if a == b:
            continue  # one synset: :func:`.wordnet_adjectives.first_sense_adjectives`'
        heads = _similar(a >> 2)
        if heads and heads == _similar(b >> 2) and len(heads) == 1:
            if _names_a_group(a >> 2) or _names_a_group(b >> 2):
                return False  # teenage / youthful: an age group, not a shade of *young*
            return not antonyms(first, second) and not antonyms(second, first)
    return False


#: the noun files whose nouns name a group of people or a span of time (an age: *teenager*,
#: *adolescence*), where an adjective derived from one names that group, a kind
_GROUP_FILES = frozenset({"noun.person", "noun.time"})


@lru_cache(maxsize=4096)
def _names_a_group(offset: int) -> bool:
    """The adjective synset at ``offset`` is derived from (WordNet's ``+`` pointer, from any
    of its lemmas) a noun filed under :data:`_GROUP_FILES`: *teenage* (adolescent.s,
    with *adolescent* the person and *adolescence* the time), not *youthful* (from *youth*
    the quality, noun.attribute) nor *scenic* (from *scenery*)."""
    tables = load()
    if tables is None or not tables.noun_data:
        return False
    names = lexnames()
    for symbol, target, part, _ in line_pointers(data_line(tables.adjective_data, offset)):
        if symbol == "+" and part == "n":
            fields = data_line(tables.noun_data, int(target))
            if names.get(int(fields[1])) in _GROUP_FILES:
                return True
    return False
