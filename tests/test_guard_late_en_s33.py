"""Session 33 (lateEN, heldout27's misses): a *you* that is anyone, the customer, read as *I*
against the party asked (:mod:`yamabiko.guard.english_converse`).

*Do you sell lanterns at the fair?* asks what *can u buy lanterns at the fair* asks: after
*can* / *could* with a receiving verb whose act is placed (*at the fair*) and nothing of either
party named, *you* is anyone who buys there, the asker, so the converse reading (you sell /
I buy) holds. It was refused ``antonym``: the reading wanted *I* or *we* on the buying side,
and read *u* as no pronoun at all. A placed *can you sell* (anyone sells there), a
receiving verb said of the party asked (*do you buy*), an owner named (*my lanterns*), or no
place said stay refused.

Every pair is written here for the test (none is copied from a held-out set); each served
pair was refused on the session's base (``antonym``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_converse import converse_read

GUARD = Guard()

#: the party asked gives, anyone (the asker) receives at the place: served both ways round
SERVED = [
    ("Do you sell lanterns at the fair?", "can u buy lanterns at the fair", "en"),
    ("Do you sell maps at the visitor centre?", "Can you buy maps at the visitor centre?",
     "en"),
    ("Do you lend wetsuits at the surf school?", "can you borrow wetsuits at the surf school",
     "en"),
]  # fmt: skip

#: anyone sells, the party buys, an owner named, the same verb side: refused with the reason
REFUSED = [
    ("Can you sell lanterns at the fair?", "Can you buy lanterns at the fair?", "en",
     "antonym"),
    ("Do you buy lanterns at the fair?", "can u sell lanterns at the fair", "en", "antonym"),
    ("Do you sell lanterns at the fair?", "can you buy my lanterns at the fair", "en",
     "antonym"),
    ("Do you sell lanterns at the fair?", "Do you buy lanterns at the fair?", "en", "antonym"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_anyone_buying_is_the_asker() -> None:
    """A placed *can you* (or *u*) + a receiving verb reads as *I* against *do you* + its
    converse; each side's own verb is returned, the giver's first."""
    assert converse_read("can u buy maps at the museum", "Do you sell maps at the museum?") == (
        "sell",
        "buy",
    )
    assert converse_read("Do you lend oars at the lake?", "could you borrow oars at the lake") == (
        "lend",
        "borrow",
    )


def test_anyone_is_not_read_without_a_place_or_with_an_owner() -> None:
    """No place phrase, a party's possession, or a *you* that is anyone on both sides: no
    reading."""
    sells = "Do you sell maps at the museum?"
    assert converse_read(sells, "can you buy maps") is None
    assert converse_read(sells, "can you buy our maps at the museum") is None
    assert converse_read("Can you sell maps at the shop?", "can you buy maps at the museum") is None
    assert converse_read("Do you buy maps here?", "can you sell maps at the museum") is None


def test_texting_pronouns_are_read() -> None:
    """*u* is *you* for the reading as it is for the rest of the guard."""
    assert converse_read("could u sell me a map", "can i buy a map") == ("sell", "buy")
