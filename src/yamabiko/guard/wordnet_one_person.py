"""Two English nouns for one kind of person, one of them a word of that sense only (session 38,
enpara): *youngsters* / *kids*, *vendors* / *sellers*, *lawyer* / *attorney*.

WordNet's synonym test (:func:`~.wordnet.synonyms`) leaves the synsets of ``noun.person`` out
(:data:`~.wordnet.EXCLUDED`): there one synset of a word of many senses often holds another
person than the one a prompt asks about (*child* / *baby* share *child*'s third sense, an
immature person). A word WordNet gives one sense only has no other reading: *youngster* is
always a young person, *pharmacist* always one who dispenses drugs, *vendor* always one who
sells. When that one sense is also among the first :data:`SENSES` senses of the other word
(WordNet's order: *kid*'s first, *seller*'s first) and no other of those early senses is a
person (review2, session 38), both words name that person, and a prompt that says one asks
what a prompt that says the other asks. A word whose early senses are two persons is read as
either: *designer* is first an interior designer, then WordNet's *architect, designer*;
*partner* a spouse and a business partner; *chemist* a scientist, then a pharmacist. So
*architect* / *designer*, *spouse* / *partner* and *pharmacist* / *chemist* stay apart.

:func:`one_person` joins two such nouns (no two forms of one lemma, no antonyms); the
minimal-pair check asks it after its other WordNet tests, with their word-vector floor
(:data:`~.wordnet.FLOOR`). Two words of many senses stay apart however WordNet files them
(*director* / *manager*, *child* / *kid*'s later senses), as do two one-sense words of two
synsets, and two words whose ends are WordNet antonyms (*sportsman* / *sportswoman*: WordNet
files the two in one synset, but *man* / *woman* ask about two people). Without the WordNet
data every answer is False.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import antonyms, lemmas_of, load
from .wordnet_lines import data_line
from .wordnet_read import lexnames

#: how far down the other word's senses (WordNet's order) the one-sense word's sense may be
SENSES = 2
#: the lexicographer file of WordNet's persons
_PERSON = "noun.person"
#: WordNet's code of nouns (:data:`~.wordnet.POS`)
_NOUN = 0


@lru_cache(maxsize=4096)
def one_person(first: str, second: str) -> bool:
    """True when two different English nouns name one kind of person by WordNet: a lemma of
    one has a single sense, filed under ``noun.person``, that is among the first
    :data:`SENSES` senses of a lemma of the other (see the module docstring), and WordNet
    marks them no antonyms; False otherwise and without the data."""
    tables = load()
    if tables is None or not tables.noun_senses or first.lower() == second.lower():
        return False
    lefts, rights = lemmas_of(first.lower(), _NOUN), lemmas_of(second.lower(), _NOUN)
    if not lefts or not rights or set(lefts) & set(rights):
        return False  # (two forms of one word: the other tests')
    for x in lefts:
        for y in rights:
            if _one_sense_in(x, y) or _one_sense_in(y, x):
                return not antonyms(first, second) and not opposite_ends(x, y)
    return False


def opposite_ends(first: str, second: str, *, shared_start: bool = False) -> bool:
    """The two words differ only in their ends, and those ends are WordNet antonyms
    (*sportsman* / *sportswoman*: *man* / *woman*, which WordNet files in one synset).
    ``shared_start``: the ends must follow a start both words share, so two whole words
    marked antonyms (*give* / *take*) do not count."""
    at = 0
    while at < min(len(first), len(second)) and first[at] == second[at]:
        at += 1
    last = 1 if shared_start else 0
    for back in range(at, last - 1, -1):  # the ends after the shared start, widened back (s|man)
        x, y = first[back:], second[back:]
        if x and y and (antonyms(x, y) or antonyms(y, x)):
            return True
    return False


def _one_sense_in(single: str, other: str) -> bool:
    """The noun lemma ``single`` has one sense, a person's, among ``other``'s first
    :data:`SENSES` senses, and none of those early senses is another person."""
    tables = load()
    if tables is None or not tables.noun_senses:
        return False
    senses, early = tables.noun_senses.get(single, ()), tables.noun_senses.get(other, ())[:SENSES]
    if len(senses) != 1 or senses[0] not in early:
        return False
    files = lexnames()  # (the other's early senses: that person and no other one)
    persons = [s for s in early if files.get(int(data_line(tables.noun_data, s)[1])) == _PERSON]
    return persons == [senses[0]]
