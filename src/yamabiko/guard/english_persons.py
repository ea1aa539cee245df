"""People of other roles: an English noun for a person replaced by one for another kind of
person (the guard's ``roles`` step, :func:`.opposites.contrasts`).

Word vectors put *landlords* and *tenants*, *buyer* and *seller*, *patient* and *doctor*
close (they occur in the same sentences), and the answer differs: who may end a tenancy,
who pays stamp duty. WordNet files all of them under ``noun.person`` and gives each its own
branch under *person*: the two share no sense and no hypernym below *person* itself
(:func:`person_replaced`: ``category:landlords->tenants``). Words for one kind of person
stay one: *kids* / *children* share a sense, a *guy* is a *man*, a *tutor* a *teacher*, a
*boss* and a *manager* are both *leaders*, a *husband* and a *spouse* meet at *spouse*; and
*staff* / *employees* is a group against a person, not two persons.

Units of measurement are alike (:func:`unit_replaced`: ``category:dollars->euros``, miles /
kilometres; not pounds / quid, one sense). The table (noun.person and noun.quantity synsets:
their lemmas and the hypernyms that stay in those files) is :mod:`.wordnet_people`'s, read
from WordNet's ``data.noun`` by :func:`.wordnet.load` in its pass over the file. It gives
:mod:`.modifiers` the nouns that can measure out what follows them with *of* (any
noun.quantity sense, tagged or not: a *block* of lessons, a *bottle* of wine):
:func:`quantity_noun`.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon as lx
from . import wordnet
from .en_words import CURRENCY_SIGNS as _SIGNS
from .en_words import currency_noun
from .english_scope import nominal
from .wordnet_first import first_lemma, first_tagged
from .wordnet_people import People, reach

#: at most this many words each prompt says and the other does not (a word replaced, a
#: determiner or a plural beside it); more is a rewording, not one person for another
MAX_REPLACED = 2
#: the one empty value the word caches below keep for every word that is no such noun (a new
#: empty frozenset per word was one more object for the garbage collector to track)
_NO_SENSES: frozenset[int] = frozenset()


def people() -> People | None:
    """WordNet's persons and units (:class:`~.wordnet_people.People`), read with the other
    tables by :func:`~.wordnet.load` (the guard's warm-up); None without the WordNet data."""
    tables = wordnet.load()
    return tables.people if tables is not None else None


@lru_cache(maxsize=8192)
def _reach(offset: int) -> frozenset[int]:
    """The synset at ``offset`` and its hypernyms in its file, to the top of the file
    (person itself is in noun.Tops: not among a person's)."""
    table = people()
    return reach(table.up, offset, {}) if table is not None else frozenset({offset})


def unit_replaced(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str:
    """``"X->Y"`` (the cached prompt's word first) when the only words that differ, at most
    :data:`MAX_REPLACED` each side, include a unit of measurement replaced by another that
    shares no sense with it (dollars / euros, miles / kilometres, litres / gallons; not
    pounds / quid, kilos / kilograms: one unit); empty: none."""
    table = people()
    only_mine, only_theirs = set(mine) - set(theirs), set(theirs) - set(mine)
    if table is None or not only_mine or not only_theirs:
        return ""
    if len(only_mine) > MAX_REPLACED or len(only_theirs) > MAX_REPLACED:
        return ""
    for old in sorted(only_theirs):
        first = _units(table, old)
        for new in sorted(only_mine) if first else ():
            second = _units(table, new)
            if second and not first & second:
                return f"{old}->{new}"
    return ""


def is_unit(word: str) -> bool:
    """``word`` names a unit of measurement (metres, gram: :func:`_units`)."""
    table = people()
    return table is not None and bool(_units(table, word))


def _units(table: People, word: str) -> frozenset[int]:
    """The units of measurement an English word names (any inflection): units are its
    first tagged noun sense, or WordNet tags none of its senses (km); not a function word
    (in, at, are: inch, astatine, are). A word that opens with a currency sign (£10, €15)
    names the currency's unit (:func:`~.en_words.currency_noun`: £ is pound)."""
    if word in lx.EN_STOPWORDS:
        return _NO_SENSES
    if word[:1] in _SIGNS:
        word = currency_noun(word[0]) or word
    return _first_of(table.units, word)


def _first_of(senses: dict[str, frozenset[int]], word: str) -> frozenset[int]:
    """``senses``' offsets for ``word``'s first WordNet noun lemma when its first tagged noun
    sense is one of them or WordNet tags none of its senses; empty otherwise."""
    found = senses.get(first_lemma(word, 0), _NO_SENSES)
    tagged = first_tagged(word, 0)
    return found if found and (not tagged or tagged[0] // 4 in found) else _NO_SENSES


@lru_cache(maxsize=4096)
def person_senses(word: str) -> frozenset[int]:
    """The noun.person senses of an English word (any inflection) used as a noun for a
    person: its first tagged noun sense is a person (or WordNet tags none of its senses and
    it has person senses: buyer, seller, sender), and it is a noun rather than a verb
    (:func:`.english_scope.nominal`). Empty: no such noun."""
    table = people()
    if table is None or not nominal(word):
        return _NO_SENSES
    return _first_of(table.senses, word)


def first_sense(word: str) -> frozenset[int]:
    """The person sense WordNet lists first for ``word`` (its first tagged noun sense), or
    all its person senses when WordNet tags none (buyer, sender); empty: no person noun."""
    found = person_senses(word)
    tagged = first_tagged(word, 0) if found else None
    return frozenset({tagged[0] // 4}) if tagged else found


@lru_cache(maxsize=4096)
def rarer_name(first: str, second: str) -> bool:
    """Two English nouns (any inflection) for one kind of person, one of them a rarer name:
    WordNet tags no sense of one word in any part of speech (*novice*: its senses come in
    no order of use, so any of its person senses may be the one meant), and that word's
    person senses hold the other word's one tagged noun sense, a person (*beginner*: SemCor
    saw it in that sense only; not *contributor*, tagged as a donor and as a writer, against
    *subscriber*, nor *interpreter* / *translator*).
    Two tagged words are left apart even when their first senses are one synset (*partner*
    / *spouse*, *sportsman* / *sportswoman*: the people file holds words asked about
    apart, :data:`~.wordnet.EXCLUDED`), as are forms of one lemma and antonyms."""
    if first_lemma(first, 0) == first_lemma(second, 0):
        return False
    for rare, common in ((first, second), (second, first)):
        tagged = first_tagged(common, 0)
        if not tagged or len(tagged) > 1 or any(first_tagged(rare, pos) for pos in (0, 1, 2)):
            continue
        if tagged[0] // 4 in person_senses(common) and tagged[0] // 4 in person_senses(rare):
            return not wordnet.antonyms(first, second) and not wordnet.antonyms(second, first)
    return False


def other_person(old: str, new: str) -> bool:
    """Two nouns for persons (:func:`person_senses`) that WordNet puts on other branches
    under *person*: no sense in common, and no person above the first sense of one is above
    the first sense of the other (landlord / tenant; not guy / man, boss / manager); not a
    compound of the other word (homeowner / owner)."""
    first, second = person_senses(old), person_senses(new)
    if not first or not second or first & second:
        return False
    low_old, low_new = first_lemma(old, 0), first_lemma(new, 0)
    if low_old in low_new or low_new in low_old:
        return False  # homeowner / owner: the compound names its head's kind
    above_first = frozenset().union(*(_reach(s) for s in first_sense(old)))
    above_second = frozenset().union(*(_reach(s) for s in first_sense(new)))
    return not above_first & above_second


def person_replaced(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str:
    """``"X->Y"`` (a word of ``theirs``, the cached prompt's lower-cased words, then one of
    ``mine``) when the only words that differ, at most :data:`MAX_REPLACED` each side,
    include a noun for one kind of person replaced by one for another
    (:func:`other_person`); empty: none."""
    if people() is None:  # (read by the first English check: the guard's warm-up)
        return ""
    only_mine = set(mine) - set(theirs)
    only_theirs = set(theirs) - set(mine)
    if not only_mine or not only_theirs:
        return ""
    if len(only_mine) > MAX_REPLACED or len(only_theirs) > MAX_REPLACED:
        return ""
    for old in sorted(only_theirs):
        if len(old) < 3:
            continue
        for new in sorted(only_mine):
            if len(new) >= 3 and other_person(old, new):
                return f"{old}->{new}"
    return ""


@lru_cache(maxsize=4096)
def measure_senses(word: str) -> frozenset[int]:
    """The senses by which an English word after a number says what the number counts: a
    unit of measurement (:func:`_units`: kilos, dollars, miles) or a stretch of time (its
    first tagged noun sense of its base lemma in ``noun.time``: days, weeks, months, nights);
    empty: neither (tablets, people, times). Two such words that share no sense count other
    things."""
    table, tables = people(), wordnet.load()
    if table is None or tables is None or word in lx.EN_STOPWORDS:
        return _NO_SENSES
    found = _units(table, word)
    if found:
        return found
    for lemma in wordnet.lemmas_of(word, 0)[-1:]:  # the base (minute, time; not "times")
        tagged = tables.index[0].get(lemma, ())
        if tagged and tables.synsets[tagged[0]].lexname == "noun.time":
            return frozenset(s // 4 for s in tagged)
    return _NO_SENSES


def one_unit(first: str, second: str) -> bool:
    """Two English words for one unit of measurement (kilos / kilograms, quid / pounds):
    WordNet's units of measurement share a sense (not dollars / euros, nor days / weeks)."""
    table = people()
    if table is None:
        return False
    found = _units(table, first)
    return bool(found and found & _units(table, second))


@lru_cache(maxsize=4096)
def quantity_noun(word: str) -> bool:
    """An English noun (any inflection) that WordNet gives a noun.quantity sense, tagged or
    not: it can measure out or batch what follows it with *of* (a *block* of lessons, a
    *bottle* of wine, a *pack* of cards); not a function word (lot, bit: stop words)."""
    table = people()
    if table is None or word in lx.EN_STOPWORDS:
        return False
    return first_lemma(word, 0) in table.quantities
