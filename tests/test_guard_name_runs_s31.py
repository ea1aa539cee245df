"""Session 31 (enReuse): a place named in several words, *the United States* / *the USA* /
*America*, *the United Kingdom* / *the UK* / *Great Britain*.

WordNet lists a place under all its names, several-word ones included (``United_States``);
session 30 read only the one-word ones (``guard/wordnet_names.py``), and its ``entity`` check
looked for the other side's name among the naming words of an analysis that keeps them only
when a pronoun or an acronym is there, so *the USA* / *America* was still refused there.
``guard/name_runs.py`` reads a several-word name as a run of content keys (``entity``) and as
capitalised units in a row (the minimal-pair alignment); the one-word names are asked among
the content words when the analysis keeps no separate order.

Every pair is written here for the test (none is copied from an evaluation file); each served
pair was refused on the session's base (``entity``), and each refused pair names two places.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.name_runs import run_keys, without_name_runs
from yamabiko.guard.units import units

GUARD = Guard()

#: one place, named two ways (several words against one, or two names of one word each)
SERVED = [
    ("Can I get a tourist visa on arrival in the United States?",
     "Can I get a tourist visa on arrival in the USA?", "en"),
    ("Do I need a plug adapter when I travel to the United Kingdom?",
     "Do I need a plug adapter when I travel to the UK?", "en"),
    ("Which vaccines are required before moving to the United States?",
     "Which vaccines are required before moving to America?", "en"),
    ("Why is healthcare so expensive in the United States?",
     "Why is healthcare so expensive in America?", "en"),
    ("Is it easy to open a bank account in Great Britain as a student?",
     "Is it easy to open a bank account in the UK as a student?", "en"),
    ("What is the minimum wage in the USA?", "What is the minimum wage in America?", "en"),
]  # fmt: skip

#: two places, one of them or both named in several words: still two entities
REFUSED = [
    ("Can I get a tourist visa on arrival in the United States?",
     "Can I get a tourist visa on arrival in the United Kingdom?", "en", "entity"),
    ("Do I need a plug adapter when I travel to the United States?",
     "Do I need a plug adapter when I travel to the United Arab Emirates?", "en", "entity"),
    ("Is tap water safe to drink in New York?", "Is tap water safe to drink in New Jersey?",
     "en", "entity"),
    ("What is the minimum wage in the United States?", "What is the minimum wage in Canada?",
     "en", "entity"),
    ("Which vaccines are required before moving to South Africa?",
     "Which vaccines are required before moving to the United States?", "en", "entity"),
    ("Is it easy to open a bank account in the United States as a student?",
     "Is it easy to open a bank account in the United Kingdom as a student?", "en", "entity"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_several_word_name_is_keyed_as_the_analysis_keys_its_words() -> None:
    """*United States* is ``unit stat`` in an analysis (stems); *Republic of Korea* loses its
    stop word. Both key the synset their one-word names have."""
    table = run_keys().names
    content = analyse("How many people live in the United States?", "en").content
    assert content[-2:] == ("unit", "stat") and ("unit", "stat") in table
    assert ("republic", "korea") in table
    assert table["republic", "korea"] == table["south", "korea"]
    assert table["unit", "stat"] != table["unit", "kingdom"]


def test_a_run_pairs_a_one_word_name_and_leaves_other_words_alone() -> None:
    first = analyse("Why is rent so high in the United States this year?", "en")
    second = analyse("Why is rent so high in America since Smith came?", "en")
    only = ({"unit", "stat", "year"}, {"america", "smith"})
    kept = without_name_runs(
        only,
        (first.strong, second.strong),
        (first.content, second.content),
        (first.content, second.content),
    )
    assert kept == ({"year"}, {"smith"})


def test_two_places_of_several_words_are_not_paired() -> None:
    first = analyse("Is rent high in the United States?", "en")
    second = analyse("Is rent high in the United Kingdom?", "en")
    only = ({"stat"}, {"kingdom"})
    kept = without_name_runs(
        only,
        (first.strong, second.strong),
        (first.content, second.content),
        (first.content, second.content),
    )
    assert kept == only


def test_the_alignment_explains_a_several_word_name_by_its_reason() -> None:
    first, second = "Is rent high in the United States?", "Is rent high in the USA?"
    verdict = DEFAULT.compare(units(first, "en"), units(second, "en"))
    assert verdict.accept
    assert verdict.reason == "equivalent-words:same-name:United+States->USA"


def test_lower_case_words_are_no_name_run() -> None:
    """A run must have a capitalised key: *united states of mind* written in lower case is
    not read as a country."""
    first = analyse("are the united states of the band together again?", "en")
    second = analyse("is the USA band together again?", "en")
    only = ({"unit", "stat"}, {"usa"})
    assert (
        without_name_runs(
            only,
            (first.strong, second.strong),
            (first.content, second.content),
            (first.content, second.content),
        )
        == only
    )
