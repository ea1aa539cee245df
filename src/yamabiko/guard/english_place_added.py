"""A question asked of one named place against the same question asked of none (session 33):
*What are the best private medical colleges in India?* / *What are the best private medical
colleges?*.

*In India* says where the answer must hold: the colleges, the laws, the prices, the documents
of one country, city or state. The question without it asks about anywhere, or somewhere the
asker did not say; an answer cached for one is not the other's. The minimal-pair check reads
the place as an added word of detail (``detail-added``), and above the trees' band nothing
refuses it (Quora's tuning half: *the top 10 online recruitment portals in US* / *the top 10
online recruitment portals*, *where can I learn Krav Maga in Belgium*).

Read by WordNet alone, no list of places: :func:`place_added` refuses two English questions
(both with a question mark) when one says *in*, *at*, *across* or *throughout* (*the*) and
then a name WordNet gives a particular place (a capitalised lemma of an instance synset of
``noun.location``, :func:`.wordnet_names.read_places`), the name closing the phrase (the
question's end, a punctuation mark or a function word after it: *in India?*, *in the US and
Canada*, not *in US dollars* nor *in India Gate*), and the other question names no place at
all: not the same name in any case, no other such name (a one-word name as WordNet spells it,
or lower-cased when no common word is spelt so: *india*, but not *us*, *mobile*, *china*; a
several-word name, *the United States*) and no adjective that
pertains to one (*Indian*, *Canadian*; also as a plural noun, *Indians*). Two places are left
to the ``entity`` check (*in Canada* / *in France*), and a place the other question implies
by its adjective (*jobs in India* / *Indian jobs*) stays served. A statement (no question
mark) is not read: a report of an event adds where it happened as detail.

The verdict is ``narrowing:in+India`` (firm: the trees may not serve it), asked by the
minimal-pair stage of English pairs before anything else it reads.
"""

from __future__ import annotations

import re

from .lexicon import EN_STOPWORDS
from .wordnet import load
from .wordnet_names import Places

#: a preposition of place and the capitalised word after it (and *the* between), and the
#: word that follows that one, if a word does (what closes the phrase), read ahead without
#: being taken, so that the next phrase may open with it (session 34: *in WordPress in
#: India*, where the taken *in* hid *India*)
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:the\s+)?([A-Z][A-Za-z]*)\b(?=(?:\s+([A-Za-z]+))?)"
)
#: one more than the most words of a several-word name WordNet gives a place (8: *Democratic
#: Republic of Sao Tome and Principe*)
_LONGEST = 9
#: an English word, as the other question is read for names of places
_WORD = re.compile(r"[A-Za-z]+")


def place_added(query: str, cached: str) -> str:
    """``narrowing:in+<place>`` when one of two English questions asks of a place WordNet
    names and the other names none (module docstring), else ``""``."""
    if "?" not in query or "?" not in cached:
        return ""
    tables = load()
    places = tables.places if tables is not None else None
    if places is None:
        return ""
    for own, other in ((query, cached), (cached, query)):
        place = _place_asked(own, places)
        if place and not _names_place(other, place, places):
            return f"narrowing:in+{place}"
    return ""


def _place_asked(text: str, places: Places) -> str:
    """The first place ``text`` asks of after a preposition of place, the phrase closed after
    its name; ``""`` when none."""
    if " at " not in text and " in " not in text and "cross" not in text and "hout" not in text:
        return ""  # (most prompts: none of the prepositions)
    for match in _PLACE_PHRASE.finditer(text):
        name, following = match.groups()
        if not _is_place(name, places):
            continue
        if following is None or following.lower() in EN_STOPWORDS:
            return name
    return ""


def _is_place(word: str, places: Places) -> bool:
    """``word`` is a one-word name of a place: as WordNet spells it, or lower-cased when no
    common word is spelt so (*india*; not *us*, *mobile*)."""
    return word in places.names or word.lower() in places.lowered


def _names_place(text: str, place: str, places: Places) -> bool:
    """``text`` names a place: ``place`` in any case, a one-word or several-word name of one,
    or an adjective that pertains to one (or that adjective as a plural noun: *Indians*).
    (Set intersections: a word-by-word loop cost ~60 microseconds on a long question.)"""
    words = _WORD.findall(text)
    spelt = set(words)
    lowered = {word.lower() for word in spelt}
    if place.lower() in lowered or not spelt.isdisjoint(places.names):
        return True
    if not lowered.isdisjoint(places.lowered) or not lowered.isdisjoint(places.adjectives):
        return True
    plurals = {word[:-1] for word in lowered if word.endswith("s")}
    if not plurals.isdisjoint(places.adjectives):
        return True
    if places.runs.keys().isdisjoint(lowered):  # (walks the words, not the dictionary)
        return False
    run = [word.lower() for word in words]
    for at, word in enumerate(run):
        found = places.runs.get(word)
        if found and any(" ".join(run[at:end]) in found for end in range(at + 2, at + _LONGEST)):
            return True
    return False
