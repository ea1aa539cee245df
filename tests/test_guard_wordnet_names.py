"""Session 30: one place, several names. Two capitalised one-word lemmas of one WordNet
instance synset of a place or organisation (``guard/wordnet_names.py``, looked up by
:func:`yamabiko.guard.wordnet.same_name`) are one name for the ``entity`` check and the
minimal-pair alignment; names of two places, and a name against a pronoun, stay apart.

The prompts are written for this test (none is taken from an evaluation file); the guard and
WordNet are the real ones.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard, wordnet
from yamabiko.guard.analysis import analyse
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units

GUARD = Guard()


@pytest.mark.parametrize(
    ("first", "second"),
    [("USA", "America"), ("US", "USA"), ("Holland", "Netherlands"), ("UK", "Britain")],
)
def test_names_of_one_instance_synset_are_one_name(first: str, second: str) -> None:
    assert wordnet.same_name(first, second) and wordnet.same_name(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Canada", "Australia"), ("Austria", "Australia"), ("America", "Canada"), ("USA", "USA")],
)
def test_other_places_and_the_same_word_are_not_paired(first: str, second: str) -> None:
    assert not wordnet.same_name(first, second)


def test_the_table_holds_only_names_with_another_name() -> None:
    """Built once at load: only capitalised one-word lemmas of instance synsets with two such
    lemmas or more (Canada has one name in WordNet: not in the table)."""
    table = wordnet.load().names
    assert table is not None and "usa" in table and "america" in table
    assert "canada" not in table and "country" not in table
    # America is also the Americas (its own synset, one name): only the shared one pairs
    assert len(table["america"]) == 1 and table["america"] == table["usa"]


def test_a_country_named_two_ways_is_no_substitution_and_the_reason_names_it() -> None:
    first, second = "How many people live in the USA?", "How many people live in America?"
    verdict = DEFAULT.compare(units(first, "en"), units(second, "en"))
    assert verdict.accept and verdict.reason == "equivalent-words:same-name:USA->America"


def test_the_entity_check_pairs_an_acronym_with_its_country() -> None:
    """*US* is kept as an acronym (not the pronoun *us*, no content word): the entity check
    reads it among the other side's naming words."""
    first = analyse("Will Smith or Jones be the next president of the USA?", "en")
    second = analyse(
        "Do you think Bob Jones or Ann Smith will be the next president of the US?", "en"
    )
    assert GUARD._same_entity(first, second, 0.8)
    assert GUARD._same_entity(second, first, 0.8)


def test_the_pronoun_us_is_no_country() -> None:
    """The pronoun *us* is read as the person ``we``: no naming word the USA could pair."""
    first = analyse("Why does the USA ban Smith?", "en")
    second = analyse("Why does Jones ban us?", "en")
    only = ({"usa", "smith"}, {"jones"})
    kept = wordnet.without_same_names(
        only, (first.strong, second.strong), (first.order, second.order)
    )
    assert kept == only
    assert not GUARD._same_entity(first, second, 0.8)


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("How many people live in Canada?", "How many people live in Australia?"),
        ("What is the capital of Austria?", "What is the capital of Australia?"),
    ],
)
def test_two_countries_stay_refused(query: str, cached: str) -> None:
    assert not GUARD.check(query, cached, "en", 0.95).accept
