"""Session 25: minimal pairs the guard served, read generally, with the probes of
``wrong_s25_probes.py`` (written for this work, in domains the earlier probe files did not
use): *in* against *on* / *under* a hollow thing (WordNet's containers, rooms, enclosures,
buildings, appliances: ``places``, ``wordnet_hollow``), two things compared across *than*
exchanged (``comparisons``), a noun that only a verb's senses join to another
(``english_nouns``: the rent / the hire), an owned noun as the doer (``owners``: the club's
coach) and two kanji words of one reading (``unit_forms.two_kanji_words``: 牡蠣 / 柿). Every
probe is checked at the real embedder's cosine with the default threshold 0.75; the fixed
ones also at forced cosines in the trees' band and above it."""

from __future__ import annotations

import guard_probes as probes
import pytest
from wrong_s25_probes import FIXED, KNOWN_WRONG, MINIMAL, PARAPHRASE_MISSES, PARAPHRASES

from yamabiko.guard import Guard
from yamabiko.guard.comparisons import amounts_exchanged
from yamabiko.guard.english_nouns import noun_read_as_verb
from yamabiko.guard.modifiers import en_words
from yamabiko.guard.owners import owner_swapped
from yamabiko.guard.places import place_changed
from yamabiko.guard.unit_forms import related, two_kanji_words
from yamabiko.guard.units import units
from yamabiko.guard.wordnet import load
from yamabiko.guard.wordnet_hollow import read_hollow
from yamabiko.guard.wordnet_read import data_dir

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)


class TestProbes(probes.MinimalPairFile):
    """The probes of ``wrong_s25_probes.py`` at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    minimal, fixed, known_wrong = MINIMAL, FIXED, KNOWN_WRONG
    paraphrases, paraphrase_misses = PARAPHRASES, PARAPHRASE_MISSES


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), FIXED)
def test_fixed_refused_in_the_band(cached: str, query: str, lang: str, reason: str) -> None:
    probes.assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD, lang)


def test_hollow_things_are_read_from_wordnet() -> None:
    folder = data_dir()
    assert folder is not None
    data = (folder / "data.noun").read_bytes().replace(b"\r\n", b"\n")
    hollow = read_hollow(data)
    tables = load()
    assert tables is not None and tables.hollow == hollow
    assert 3094503 in hollow  # container itself
    # a box, a fridge, a shed are hollow; a bus, a chair, a car (a vehicle) are not
    assert 2883344 in hollow  # box.n.01
    assert 2958343 not in hollow  # car.n.01 (WordNet puts it under container too)


def test_in_against_on_a_hollow_thing() -> None:
    drawer = "Should I leave the key in the drawer?"
    assert place_changed(drawer, "Should I leave the key on the drawer?") == "drawer:in->on"
    assert place_changed("Can I sit on the shed?", "Can I sit in the shed?") == "shed:on->in"
    assert place_changed("Is the towel in the box?", "Is the towel under the box?") == (
        "box:in->under"
    )
    # a bus, a chair, a street, a car: in and on name one place
    assert place_changed("Can I eat in the bus?", "Can I eat on the bus?") == ""
    assert place_changed("Can I sit in the chair?", "Can I sit on the chair?") == ""
    assert place_changed("Can I eat in the car?", "Can I eat on the car?") == ""
    # the head of a compound decides (a shoe box is a box; a box office is no box)
    assert place_changed("Is it in the shoe box?", "Is it on the shoe box?") == "shoe:in->on"
    assert place_changed("Is it in the box office?", "Is it on the box office?") == ""


def test_two_things_exchanged_across_than() -> None:
    two = "Is it cheaper to hire the boat for two hours than one?"
    assert amounts_exchanged(two, "Is it cheaper to hire the boat for one hour than two?") == (
        "2<->1"
    )
    assert amounts_exchanged(two, "Is it cheaper to hire the boat for 1 hour than 2?") == ("2<->1")
    winter = "Is the hostel cheaper in winter than in summer?"
    assert amounts_exchanged(winter, "Is the hostel cheaper in summer than in winter?") == (
        "winter<->summer"
    )
    # the same two things in the same order, in other words: no exchange
    assert amounts_exchanged(two, "Is hiring the boat for two hours cheaper than for one?") == ""
    assert amounts_exchanged(winter, "Is the hostel cheaper in the winter than in summer?") == ""
    # another word changed too: not this reading's
    assert amounts_exchanged(winter, "Is the hostel dearer in summer than in winter?") == ""
    assert amounts_exchanged(two, "Is it cheaper to hire the boat?") == ""


def test_a_noun_joined_only_by_a_verb_sense() -> None:
    def replaced(x: str, y: str) -> str:
        return noun_read_as_verb(en_words(y), en_words(x))

    rent = "When is the rent due?"
    assert replaced(rent, "When is the hire due?") == "rent->hire"
    assert replaced("Is my rent late?", "Is my hire late?") == "rent->hire"
    # verbs: rent / hire a van say one act
    assert replaced("Can I rent a van?", "Can I hire a van?") == ""
    # two nouns WordNet joins as nouns too, or words no verb sense joins
    assert replaced("Is the fee due?", "Is the charge due?") == ""
    assert replaced(rent, "When is the payment due?") == ""


def test_an_owned_noun_as_the_doer() -> None:
    coach = "Can the club's coach use my court?"
    assert owner_swapped(coach, "Can I use the club's coach's court?") == "coach<->i"
    assert owner_swapped("Can my son use my card?", "Can I use my son's card?") == "son<->i"
    # the same doer and owner on both sides
    assert owner_swapped(coach, "Can the club's coach use my tennis court?") == ""
    assert owner_swapped(coach, "Can the club's coach's son use my court?") == ""


def test_two_kanji_words_of_one_reading() -> None:
    def unit(text: str) -> object:
        return next(u for u in units(text, "ja") if u.kind == "content")

    oyster, persimmon = unit("牡蠣"), unit("柿")
    assert oyster.reading == persimmon.reading  # type: ignore[attr-defined]
    assert two_kanji_words(oyster, persimmon)  # type: ignore[arg-type]
    assert related(oyster, persimmon) is None  # type: ignore[arg-type]
    # one word spelt two ways: SudachiPy's normalised form joins them (綺麗 / 奇麗)
    assert not two_kanji_words(unit("綺麗"), unit("奇麗"))  # type: ignore[arg-type]
    # an inflected word keeps the reading's say (暖かい / 温かい), and kana against kanji is
    # ja_homophones' to read
    assert not two_kanji_words(unit("暖かい"), unit("温かい"))  # type: ignore[arg-type]
    assert related(unit("暖かい"), unit("温かい")) == 2.0  # type: ignore[arg-type]
    assert not two_kanji_words(unit("かき"), unit("柿"))  # type: ignore[arg-type]
