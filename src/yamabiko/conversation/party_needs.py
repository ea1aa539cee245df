"""What a remark says of the party's own bodies and diet: a need, whatever number it holds
(session 36, samefix).

:mod:`yamabiko.conversation.needs` reads an allergy, a conveyance and a refused food. A
remark often tells another need of the people booked, answered by a comment that takes none
of it up: "Half the group are vegetarians." / "They'll love our garden menu, then!",
妻は妊娠八か月です。 / それはおめでとうございますね。, 三分の一は車椅子を使っています。 / それは
素敵なグループですね。 What to order and which route to take then depend on it; the answer
cached for the thread without the remark is not the answer to the thread with it. Three
WordNet readings, each a class of the noun's first sense, not a list of words:

- a **diet** (``diet``): a person under *eater, feeder* (:data:`EATER`: vegetarian, vegan);
- a **state of health** (``health``): a state under *physical condition, physiological
  state* (:data:`PHYSICAL_CONDITION`: pregnancy, illness), an adjective whose first sense
  points at one (*pregnant*, :func:`~yamabiko.conversation.need_adjectives.need_noun`), or a
  person under *sick person* (:data:`SICK_PERSON`: diabetics, invalid), unless WordNet
  has the word as an adjective that points at no such state ("The optometrist was really
  *patient* with me": no patient);
- an **aid** (``aid``): an artifact whose gloss says whom it serves with a person in ill
  health (*wheelchair*: "a movable chair mounted on large wheels; for invalids or those who cannot
  walk").

A retired draughtsman (a skilled worker), a teacher or a past summer names none of them. A
Japanese noun is read through its English gloss (妊娠 / *pregnant*, 車椅子 / *wheelchair*,
ベジタリアン / *vegetarians*) by :mod:`.needs`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.wordnet import load
from ..guard.wordnet_first import first_lemma, first_synset
from ..guard.wordnet_kinds import reaches
from ..guard.wordnet_lines import data_line, line_gloss
from .need_adjectives import need_noun

__all__ = ["DRIVE", "EATER", "PHYSICAL_CONDITION", "SICK_PERSON", "first_noun", "party_need"]

#: WordNet 3.0 noun synset of *eater, feeder*: "someone who consumes food for nourishment"
EATER = 10042300
#: WordNet 3.0 noun synset of *sick person, diseased person, sufferer*
SICK_PERSON = 10595647
#: WordNet 3.0 noun synset of *physical condition, physiological state* (pregnancy; illness
#: through ill health and pathological state)
PHYSICAL_CONDITION = 14034177
#: WordNet 3.0 noun synset of *drive*: "a physiological state corresponding to a strong need
#: or desire" (hunger, thirst): an appetite every party has, no need of its own (session 37)
DRIVE = 14035298
#: the most hypernym links from a first sense up to one of those (vegan -> vegetarian ->
#: eater: 2; illness -> ill health -> pathological state -> physical condition: 3)
PARTY_DEPTH = 4
#: the lexicographer file of an artifact (``data.noun``'s second field)
_ARTIFACT_FILE = "06"
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def party_need(word: str) -> str:
    """The need of the party the English ``word`` (lower case) names (the module docstring):
    ``diet``, ``health`` or ``aid``; empty for none and without WordNet's data."""
    offset = first_noun(word)
    if offset is not None:
        if reaches(offset, frozenset({EATER}), PARTY_DEPTH):
            return "diet"
        if reaches(offset, frozenset({SICK_PERSON}), PARTY_DEPTH) and _adjective(word):
            # "was really patient": the adjective, unless it tells a state of health itself
            return "health" if _health_adjective(word) else ""
        if _ill(offset) and not reaches(offset, frozenset({DRIVE}), PARTY_DEPTH):
            return "health"
        if _aid(offset):
            return "aid"
        return ""
    return "health" if _health_adjective(word) else ""


def _health_adjective(word: str) -> bool:
    """The first sense of the adjective ``word`` points at a state of health
    (:func:`~yamabiko.conversation.need_adjectives.need_noun`: *pregnant*, *diabetic*), not
    at a drive (:data:`DRIVE`: *hungry*, *thirsty*; "We'll be so hungry after the hike"
    tells no need, session 37)."""
    noun = need_noun(word, PHYSICAL_CONDITION, PARTY_DEPTH)
    if not noun:
        return False
    offset = first_noun(noun)
    return offset is None or not reaches(offset, frozenset({DRIVE}), PARTY_DEPTH)


def _adjective(word: str) -> bool:
    """WordNet has ``word`` (English, lower case) as an adjective (*patient*, *diabetic*)."""
    tables = load()
    return tables is not None and bool(tables.adjective_senses.get(word))


def _ill(offset: int) -> bool:
    """The noun synset at ``offset`` is a state of health or a person in ill health."""
    return reaches(offset, frozenset({PHYSICAL_CONDITION, SICK_PERSON}), PARTY_DEPTH)


def _aid(offset: int) -> bool:
    """The noun synset at ``offset`` is an artifact whose gloss (its definitions, before the
    quoted examples) names a person in ill health (under :data:`SICK_PERSON`): whom it
    serves (*invalids*; a bed's "a place to sleep" names a state, no person)."""
    tables = load()
    if tables is None or data_line(tables.noun_data, offset)[1] != _ARTIFACT_FILE:
        return False
    definition = line_gloss(tables.noun_data, offset).partition('"')[0].lower()
    for word in _WORD.findall(definition):
        found = first_noun(word)
        if found is not None and reaches(found, frozenset({SICK_PERSON}), PARTY_DEPTH):
            return True
    return False


@lru_cache(maxsize=8192)
def first_noun(word: str) -> int | None:
    """The ``data.noun`` offset of ``word``'s first noun sense (its first lemma's first tagged
    sense); None for none and without the data."""
    tables = load()
    lemma = first_lemma(word, 0) if word else ""
    if tables is None or not lemma or not tables.noun_data:
        return None
    code, _ = first_synset(tables, lemma, 0)
    return None if code is None else code >> 2
