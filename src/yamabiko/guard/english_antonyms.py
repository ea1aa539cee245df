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

A substitution the minimal-pair check rejected is not the trees' to serve when its two
words are WordNet antonyms in their tagged senses, in any part of speech
(:func:`substituted_antonym`, session 25): what if I *remember* / *forgot* my PIN (cosine
0.91) scored 0.71 with the trees, which read the two verbs as a rewording; the verbs'
antonym pointers are not read by :func:`.opposites.antonym_substituted` (it reads verbs only
through phrasal verbs), so the minimal-pair stage asks this before a model serves such a
pair: ``antonym:remember->forgot``. A negation that says the antonym (not attached /
detached: :func:`.negation_readings.negated_opposite`) is no such substitution, nor is a
lowered degree of the antonym (*cheaper* / *less expensive*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .modifiers import en_changed
from .negation_readings import negated_opposite

#: at most this many words each prompt says and the other does not (the noun, an article or
#: a preposition beside it)
MAX_REPLACED = 2
#: the lexicographer files whose sibling nouns contrast (:func:`sibling_nouns`): persons,
#: times and places, where one member of a set is asked about apart from the next (adult /
#: child, Monday / Tuesday, France / Germany); elsewhere siblings are often one question
#: asked two ways (a cause / a risk of damp, both under one abstraction: docs/quality.md)
SIBLING_FILES = frozenset(["noun.person", "noun.time", "noun.location"])
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


#: an English word of a substitution's units (``substitution:remember->forgot``)
_EN_WORD = re.compile(r"[a-z]+")
#: a word after *less*: its lowered degree, which says its antonym's raised one (*less
#: expensive* is *cheaper*)
_LOWERED = re.compile(r"\bless ([a-z]+)")


def substituted_antonym(reason: str, query: str, cached: str) -> str:
    """``"remember->forgot"`` (the cached prompt's word first) when ``reason`` is the
    minimal-pair check's ``substitution:X->Y`` and a word of X and a word of Y are WordNet
    antonyms in their tagged senses (:func:`.wordnet.antonyms`, either way round), unless one
    prompt negates a word whose antonym the other says (not attached / detached); empty
    otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.lower().partition("->")
    if kind != "substitution" or not arrow:
        return ""
    pairs = [(x, y) for x in _EN_WORD.findall(old) for y in _EN_WORD.findall(new) if x != y]
    found = next((f"{x}->{y}" for x, y in pairs if opposed(x, y)), "")
    if found:
        mine, theirs = query.lower(), cached.lower()
        if negated_opposite(mine, theirs) or negated_opposite(theirs, mine):
            return ""  # the negation says the antonym: no substitution of one for the other
        lowered = set(_LOWERED.findall(mine)) | set(_LOWERED.findall(theirs))
        if lowered & set(found.split("->")):
            return ""  # a lowered degree says the antonym: less expensive / cheaper
    return found


def opposed(first: str, second: str) -> bool:
    """WordNet marks a lemma of one word an antonym of one of the other's (tagged senses)."""
    return wordnet.antonyms(first, second) or wordnet.antonyms(second, first)


def contrasting_english(old: str, new: str) -> str:
    """``"adults->children"`` when a word of ``old`` and a word of ``new`` (a substitution's
    two sides, units joined by +) are :func:`sibling_nouns`; empty otherwise."""
    pairs = [(x, y) for x in _EN_WORD.findall(old.lower()) for y in _EN_WORD.findall(new.lower())]
    return next((f"{x}->{y}" for x, y in pairs if x != y and sibling_nouns(x, y)), "")


@lru_cache(maxsize=4096)
def sibling_nouns(first: str, second: str) -> bool:
    """Two English nouns WordNet files under one direct hypernym in their first
    :data:`.wordnet.SENSES` tagged senses, sharing no synset there and no lemma: two members
    of one set a question asks about apart (adult / child under person, Monday / Tuesday
    under weekday, France / Germany under European country), in the files of
    :data:`SIBLING_FILES` only."""
    tables = wordnet.load()
    if tables is None:
        return False
    one = wordnet.tagged_senses(first, _NOUN, wordnet.SENSES)
    two = wordnet.tagged_senses(second, _NOUN, wordnet.SENSES)
    if not one or not two or one.keys() & two.keys() or set(one.values()) & set(two.values()):
        return False  # no noun, one synset (a synonym), or one lemma (two forms of a word)
    parents = {h for code in one if _kept(tables, code) for h in tables.synsets[code].hypernyms}
    return any(
        h in parents for code in two if _kept(tables, code) for h in tables.synsets[code].hypernyms
    )


def _kept(tables: wordnet.Tables, code: int) -> bool:
    """A synset of a lexicographer file of :data:`SIBLING_FILES`."""
    return tables.synsets[code].lexname in SIBLING_FILES
