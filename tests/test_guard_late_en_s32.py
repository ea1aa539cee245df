"""Session 32 (lateEN, heldout26's misses): two English constructions read from WordNet.

- *How tall* / *how high*: a *how* + adjective question asks the value of the attribute the
  adjective grades, and WordNet's attribute and derivation pointers name one noun for both
  (:func:`yamabiko.guard.english_how.one_measure`; ``equivalent-words:how:tall->high``).
  Antonyms (*tall* / *short*) and other measures (a length, a distance; a size, a weight)
  stay apart, and so do the two adjectives outside a *how* question.
- *For free* / *without paying*: an adverb WordNet glosses *without X* (*for free*:
  "without payment") says what *without X* says
  (:func:`yamabiko.guard.english_without.without_adverb`); something else lacking
  (*without a ticket*) or more after X (*without paying extra*) stays a negation.

Every pair is written here for the test (none is copied from a held-out set); each served
pair was refused on the session's base (``substitution:...`` or ``negation``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_how import one_measure
from yamabiko.guard.english_without import glossed_without, without_adverb

GUARD = Guard()

#: one measure asked, or one lack said two ways: served both ways round
SERVED = [
    ("How tall is the lighthouse?", "How high is the lighthouse?", "en"),
    ("How tall is the climbing wall at the leisure centre?",
     "How high is the climbing wall at the leisure centre?", "en"),
    ("Can we see the kite festival for free?", "Can we see the kite festival without paying?",
     "en"),
    ("Can children ride the miniature railway for free?",
     "Can children ride the miniature railway without paying?", "en"),
]  # fmt: skip

#: the other end of one scale, another measure, another lack: refused with the reason
REFUSED = [
    ("How tall is the lighthouse?", "How short is the lighthouse?", "en", "antonym:tall->short"),
    ("How long is the coastal walk?", "How far is the coastal walk?", "en",
     "substitution:long->far"),
    ("How big is the pumpkin?", "How heavy is the pumpkin?", "en", "substitution:big->heavy"),
    ("How deep is the lake?", "How high is the lake?", "en", "substitution:deep->high"),
    ("Is the lighthouse tall?", "Is the lighthouse high?", "en", "substitution:tall->high"),
    ("Can I watch the rugby match for free?", "Can I watch the rugby match without a ticket?",
     "en", "negation"),
    ("Can I watch the regatta for free?", "Can I watch the regatta without paying extra?",
     "en", "negation"),
    ("Can I bring a guest to the quiz night for free?",
     "Can I bring a guest to the quiz night without booking?", "en", "negation"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_one_measure_by_the_attribute_pointers() -> None:
    """*tall* and *high* (its second sense) grade a height, either order; *wide* and
    *broad* a width."""
    assert one_measure("tall", "high")
    assert one_measure("high", "tall")
    assert one_measure("wide", "broad")


def test_antonyms_and_other_measures_stay_apart() -> None:
    """One scale's two ends, a length and a distance, a size and a weight, a depth and a
    height, and one word against itself: no one measure."""
    assert not one_measure("tall", "short")
    assert not one_measure("long", "far")
    assert not one_measure("big", "heavy")
    assert not one_measure("deep", "high")
    assert not one_measure("tall", "tall")


def test_an_adverb_glossed_without() -> None:
    """WordNet's gloss of the adverb's first sense, after *without* (light words dropped)."""
    table = glossed_without()
    assert table["for free"] == ("payment",)
    assert table["by hand"] == ("machine",)


def test_without_paying_is_for_free() -> None:
    """*paying* and *payment* are one word by WordNet's derivation pointers; a side that
    says the adverb itself, or lacks something else, reads nothing."""
    assert without_adverb("can i come in without paying?", "can i come in for free?") == (
        "paying->for free"
    )
    assert without_adverb("can i come in without a ticket?", "can i come in for free?") == ""
    assert without_adverb("without paying, for free?", "can i come in for free?") == ""
    assert without_adverb("can i come in without paying more?", "for free?") == ""
