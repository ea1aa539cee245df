"""Session 38 (quora): a comparison asked of other things is another question.

*What's the difference between weather and climate?* is not answered by an answer about
climate, weather *and seasons*; *a heart attack and a cardiac arrest* is not *a heart attack
and a stroke*. Before this session the guard served such pairs (``guard-ok``: a third item
read as detail one side adds, or several words changed at once). Quora's tuning half showed
the shape among its served non-duplicates (a coder, an engineer and a programmer / a
programmer and a coder; sociology and psychology / anthropology, sociology and psychology).
:func:`yamabiko.guard.english_compared.compared_changed` reads the compared things of three
frames (*difference(s) between / among*, *better / best / prefer* + a list with *or*, *X vs
Y*) and refuses when one of them is named nowhere in the other prompt:
``question:compared+<item>``. Every pair is written here for the test (none is copied from
a data set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_compared import compared_changed, compared_items

GUARD = Guard()

#: served on the base (one way round at least); refused both ways now, with the reason
REFUSED = [
    ("What's the difference between weather and climate?",
     "What is the difference between climate, weather and seasons?", "en",
     "question:compared+seasons"),
    ("What is the difference between a heart attack and a cardiac arrest?",
     "What's the difference between a heart attack and a stroke?", "en",
     "question:compared+cardiac+arrest"),
    # (refused on the base too, by the trees or another word's check; now by the compared set)
    ("What is the difference between a violin and a viola?",
     "What is the difference between a violin, a viola and a cello?", "en",
     "question:compared+cello"),
    ("Which is better for a beginner: a kayak or a canoe?",
     "Which is better for a beginner: a kayak or a paddleboard?", "en",
     "question:compared+canoe"),
    ("Espresso vs filter coffee: which has more caffeine?",
     "Espresso vs cold brew: which has more caffeine?", "en",
     "question:compared+filter+coffee"),
    ("What is the difference between a nurse and a doctor?",
     "What is the difference between a doctor, a nurse and a paramedic?", "en",
     "question:compared+paramedic"),
]  # fmt: skip

#: the same things compared in other words, order or number: served both ways
SERVED = [
    ("What's the difference between a violin and a viola?",
     "What is the difference between violas and violins?", "en"),
    ("Which is better for a beginner, a kayak or a canoe?",
     "For a beginner, which is better: a canoe or a kayak?", "en"),
    ("What is the difference between a hostel and a hotel?",
     "What's the difference between hotels and hostels?", "en"),
    ("Which is better for a beginner: Python or Java?",
     "Python vs Java: which is better for a beginner?", "en"),
    ("What is the difference between a crocodile and an alligator?",
     "How can you tell a crocodile from an alligator?", "en"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_the_compared_things_of_each_frame() -> None:
    """The three frames' lists, cut at commas, *and*, *or*, *&*, *vs* and slashes, each item
    its content words; the *between* list ends at a clause word."""
    assert compared_items("What is the difference between a coder, an engineer and a tester?") == (
        ("coder",), ("engineer",), ("tester",))  # fmt: skip
    assert compared_items("Which is better: tea or coffee?") == (("tea",), ("coffee",))
    assert compared_items("Tea vs coffee: which wakes you up?") == (("tea",), ("coffee",))
    assert compared_items(
        "What's the difference between LED and LCD screens in terms of power use?"
    ) == (("led",), ("lcd", "screens"))


def test_nothing_compared_is_read_nowhere() -> None:
    """A statement (no question asked), one thing alone, or no frame: nothing compared."""
    assert compared_items("There is a difference between the two groups, but not a big one.") == ()
    assert compared_items("What is the difference in price?") == ()
    assert compared_items("How do I make a latte?") == ()


def test_a_thing_named_in_other_forms_is_named() -> None:
    """One root (jealous / jealousy), a word written together or apart (anti-virus /
    antivirus), a WordNet synonym: the compared thing is named on the other side."""
    assert not compared_changed(
        "What is the difference between envy and jealousy?",
        "What's the difference between envy and being jealous?",
    )
    assert not compared_changed(
        "What is the difference between anti-virus and a firewall?",
        "What's the difference between antivirus and a firewall?",
    )
    assert not compared_changed(
        "Which is better: a car or a bicycle?", "Which is better, an automobile or a bicycle?"
    )
    assert (
        compared_changed(
            "Which is better: a car or a bicycle?", "Which is better, a car or a motorbike?"
        )
        == "compared+bicycle"
    )
