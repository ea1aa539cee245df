"""Session 24, after the record run: English minimal pairs the guard served and paraphrases
the trees refused, read generally, with probes written for this work (other domains than
the held-out set that showed them):

- two nouns WordNet marks antonyms, in any sense (``english_antonyms``: sunrise / sunset,
  neither word tagged in SemCor, so the time and first-sense rules could not read them);
- *around* as a preposition of place (``places``): all round a thing, against one side of it
  (*beside*, *by*, *next to*), behind it or under it; one place with *near* (the shops around
  / near the station) and with *in* (cycle around / in the town); not before a time;
- a number said in English words against the same number in digits: the trees' text facts
  read both in digits (``respelling.numbers_in_digits``), as the units already did.

Every probe is checked at the real embedder's cosine with the default threshold 0.75; the
fixed ones also at forced cosines in the trees' band and above it."""

from __future__ import annotations

import guard_probes as probes
import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_antonyms import noun_antonym_replaced
from yamabiko.guard.places import place_changed
from yamabiko.guard.respelling import numbers_in_digits
from yamabiko.guard.treefeatures import text_facts

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)
#: the trees' band, where a number in words against digits was refused before
BAND = (0.76, 0.8)

#: (cached, query, lang, reason): served before this work, refused now both ways round
FIXED = [
    ("Is the boat trip available at sunrise?", "Is the boat trip available at sunset?", "en",
     "antonym:sunrise->sunset"),
    ("Can we photograph the temple at sunset?", "Can we photograph the temple at sunrise?",
     "en", "antonym:sunset->sunrise"),
    ("Can the bench be built around the oak?", "Can the bench be built beside the oak?", "en",
     "roles:oak:around->beside"),
    ("Is there a fence around the paddock?", "Is there a fence next to the paddock?", "en",
     "roles:paddock:around->beside"),
    ("Can I plant bulbs around the pond?", "Can I plant bulbs by the pond?", "en",
     "roles:pond:around->beside"),
]  # fmt: skip

#: (cached, query, lang): paraphrases served before and after, both ways round
PARAPHRASES = [
    ("Are there cafes around the station?", "Are there cafes near the station?", "en"),
    ("Are there any cafes around the station?", "Are there any cafes close to the station?",
     "en"),
    ("Can we cycle around the town?", "Can we cycle in the town?", "en"),
    ("Is the shop busy around the holidays?", "Is the shop busy on the holidays?", "en"),
    ("Do you rent out canoes for groups of fifteen?",
     "Do you rent out canoes for groups of 15?", "en"),
    ("Is parking free for the first two hours?", "Is parking free for the first 2 hours?", "en"),
]  # fmt: skip

#: (cached, query): one number in words and in digits, which the trees refused in their band
NUMBERS = [
    ("Do you cater for parties of two hundred?", "Do you cater for parties of 200?"),
    ("Can I order thirty folding chairs?", "Can I order 30 folding chairs?"),
    ("Can the coach seat forty-five people?", "Can the coach seat 45 people?"),
    ("Can the marquee hold one thousand people?", "Can the marquee hold 1000 people?"),
    (
        "Is the hall big enough for three hundred and fifty guests?",
        "Is the hall big enough for 350 guests?",
    ),
]

#: (cached, query, reason): another number, in words and in digits: still refused
OTHER_NUMBERS = [
    ("Do you cater for parties of two hundred?", "Do you cater for parties of 300?", "number"),
    ("Can I order thirty folding chairs?", "Can I order 40 folding chairs?", "number"),
    ("Can the coach seat forty-five people?", "Can the coach seat 54 people?",
     "substitution:forty-five->54"),
]  # fmt: skip

cosines = probes.cosines_fixture(FIXED, PARAPHRASES)


def test_fixed_refused_with_the_reason(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, FIXED, cosines, THRESHOLD, either_side=True)


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), FIXED)
def test_fixed_refused_in_the_band(cached: str, query: str, lang: str, reason: str) -> None:
    probes.assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD, lang)


def test_paraphrases_served_both_ways(cosines) -> None:
    probes.assert_served(GUARD, PARAPHRASES, cosines, THRESHOLD, either_side=True)


@pytest.mark.parametrize(("cached", "query"), NUMBERS)
def test_number_in_words_served_in_the_band(cached: str, query: str) -> None:
    """The trees read *two hundred* and *200* as one (they refused these at 0.76-0.80)."""
    probes.assert_served_at(GUARD, cached, query, BAND, THRESHOLD)


@pytest.mark.parametrize(("cached", "query", "reason"), OTHER_NUMBERS)
def test_another_number_still_refused(cached: str, query: str, reason: str) -> None:
    probes.assert_refused_at(GUARD, cached, query, reason, (*BAND, *COSINES), THRESHOLD)


def test_noun_antonyms_in_any_sense() -> None:
    trip = "Is the boat trip available at sunrise?"
    assert noun_antonym_replaced("Is the boat trip available at sunset?", trip) == (
        "sunrise->sunset"
    )
    assert noun_antonym_replaced("Does the employee sign it?", "Does the employer sign it?") == (
        "employer->employee"
    )
    # one thing said two ways (dawn / sunrise share a synset): no antonym
    assert noun_antonym_replaced("Is the boat trip available at dawn?", trip) == ""
    # a rewording: more than two words each side changed
    reworded = "Can we go out on the water when the sun goes down in the evening?"
    assert noun_antonym_replaced(reworded, trip) == ""


def test_around_is_a_place() -> None:
    oak = "Can the bench be built around the oak?"
    assert place_changed(oak, "Can the bench be built beside the oak?") == "oak:around->beside"
    assert place_changed(oak, "Can the bench be built under the oak?") == "oak:around->under"
    assert place_changed(oak, "Can the bench be built behind the oak?") == "oak:around->behind"
    # one place: near it, or all through it
    assert place_changed("Are there shops around the station?", "Are there shops near the "
                         "station?") == ""  # fmt: skip
    assert place_changed("Can we cycle around the town?", "Can we cycle in the town?") == ""
    # a time, or no determiner: no place
    assert place_changed("Is it busy around the holidays?", "Is it busy on the holidays?") == ""
    assert place_changed("Can we meet around noon?", "Can we meet on noon?") == ""
    # an idea, not a thing one goes round
    spin = "Why does the planet spin on its axis?"
    assert place_changed(spin, "Why does the planet spin around its axis?") == ""
    # near and beside stay one place (one kind each now)
    assert place_changed("Can I park near the shed?", "Can I park next to the shed?") == ""
    assert place_changed("Can I park near the shed?", "Can I park on the shed?") == "shed:near->on"


def test_numbers_in_digits() -> None:
    assert numbers_in_digits("Do you take groups of two hundred?") == "Do you take groups of 200?"
    assert numbers_in_digits("Can forty-five or twelve come?") == "Can 45 or 12 come?"
    assert numbers_in_digits("three hundred and fifty guests") == "350 guests"
    # no whole cardinal: as written
    for text in ("the third time", "half price", "someone else", "a hundred of them"):
        assert numbers_in_digits(text) == text


def test_text_facts_read_numbers_in_digits() -> None:
    words = text_facts("Do you shear flocks of two hundred?", keep=False)
    digits = text_facts("Do you shear flocks of 200?", keep=False)
    assert words.words == digits.words and words.grams3 == digits.grams3
    assert text_facts("Do you shear flocks of 300?", keep=False).words != digits.words
