"""Session 32 (lateEN, heldout26's misses): an English adverb WordNet glosses *without X*.

*For free* / *without paying*: an adverb WordNet glosses *without X* (*for free*: "without
payment") says what *without X* says (:func:`yamabiko.guard.english_without.without_adverb`);
something else lacking (*without a ticket*) or more after X (*without paying extra*) stays
a negation. *How tall* / *how high* stays a substitution (no rule reads it: *how high* of a
thing that flies asks its elevation, *how tall* its own size).

Every pair is written here for the test (none is copied from a held-out set); each served
pair was refused on the session's base (``negation``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_without import glossed_without, without_adverb

GUARD = Guard()

#: one lack said two ways: served both ways round
SERVED = [
    ("Can we see the kite festival for free?", "Can we see the kite festival without paying?",
     "en"),
    ("Can children ride the miniature railway for free?",
     "Can children ride the miniature railway without paying?", "en"),
]  # fmt: skip

#: another lack, more than the lack, or two measures: refused with the reason
REFUSED = [
    ("How high is the hot air balloon?", "How tall is the hot air balloon?", "en",
     "substitution:high->tall"),
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
