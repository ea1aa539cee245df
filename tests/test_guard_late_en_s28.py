"""Session 28, late round (lateEN): *you* that means anyone. Pairs written here for the
test (none taken from an evaluation file); the guard is the real one and the cosine the
default embedder's.

*Can you buy tickets at the door?* asks what anyone may do there, the same question as *Can
I buy tickets at the door?*; this session's doer rule (:mod:`yamabiko.guard.english_doers`)
refused it as the business's act. :func:`~yamabiko.guard.english_doers.generic_you` reads a
phrase of place with nothing of either party after the verb as generic *you*. The
questions about the business's own act (*Can you lend camping chairs?*) stay refused.

A short slip that drops a vowel (*bord* for *board*, *wrk* for *work*) is one word when the
word table has one likely word for it (:func:`yamabiko.guard.spelling.en_slip`); *bord*
against *bored* is no slip (board is the likelier reading).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_doers import doer_changed, generic_you
from yamabiko.guard.spelling import _vowel_dropped

#: generic *you* with a place phrase: served both ways (each was refused doer:you->I before)
SERVED = [
    ("Can you buy ferry tickets on the boat?", "Can I buy ferry tickets on the boat?", "en"),
    ("Can you borrow a helmet at the reception desk?",
     "Can I borrow a helmet at the reception desk?", "en"),
    ("Is the bord meeting open to the public?", "Is the board meeting open to the public?",
     "en"),
    ("Do you have a wrk permit for the café?", "Do you have a work permit for the café?", "en"),
]  # fmt: skip

#: the business's act, no place phrase, or a party's possession: still refused
REFUSED = [
    ("Can you lend folding tables?", "Can I lend folding tables?", "en", "doer:you->I:lend"),
]


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine, both ways round."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_generic_you_needs_a_place_and_no_party() -> None:
    """A place phrase makes *you* anyone unless a word of either party is there."""
    assert generic_you(" tickets at the door?")
    assert not generic_you(" old gold?")
    assert not generic_you(" my old car at the garage?")
    assert not generic_you(" tickets from us at the door?")


def test_doer_changed_leaves_generic_you() -> None:
    """*can you* + a sale verb + a place phrase is no change of doer; without the place, or
    with a possession of a party, it is."""
    assert doer_changed("Can I buy maps at the museum?", "Can you buy maps at the museum?") == ""
    assert doer_changed("Can I buy maps?", "Can you buy maps?") == "you->I:buy"
    assert doer_changed("Can I sell my van at the market?",
                        "Can you sell my van at the market?") == "you->I:sell"  # fmt: skip


def test_vowel_dropped_needs_the_one_likely_word() -> None:
    """A dropped vowel is read back only into the table's likeliest word by a margin."""
    assert _vowel_dropped("bord", "board")
    assert not _vowel_dropped("bord", "bored")  # (board is the likelier reading)
    assert not _vowel_dropped("prce", "prince")  # (not a vowel dropped)
    assert not _vowel_dropped("brd", "board")  # (two letters dropped)
