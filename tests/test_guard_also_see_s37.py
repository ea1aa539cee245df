"""Session 37 (enpara): two adjectives WordNet files in two clusters and joins by *also see*
(:func:`yamabiko.guard.wordnet_also.also_seen_adjectives`): *friendly* / *welcoming*.

The minimal-pair check refused such a pair as a substitution
(``substitution:friendly->welcoming``); now it pairs the two words and serves it. A colour
(*dark* / *black*, *light* / *white*), another property and *tall* / *high* (WordNet's
*tall* sees only *high*'s second sense; session 32 keeps them apart) stay refused. Every pair
is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.wordnet_also import also_seen_adjectives

GUARD = Guard()

#: at or above the threshold, served both ways round (refused on the session's base)
SERVED = [
    ("Is the chess club friendly to beginners?", "Is the chess club welcoming to beginners?",
     "en"),
    ("Are the staff at the bakery friendly?", "Are the staff at the bakery welcoming?", "en"),
]  # fmt: skip

#: a colour, another property, another dimension: refused with the check's reason
REFUSED = [
    ("Do you sell dark picture frames?", "Do you sell black picture frames?", "en",
     "substitution:dark->black"),
    ("Do you have light curtains?", "Do you have white curtains?", "en",
     "substitution:light->white"),
    ("Is the chess club friendly to beginners?", "Is the chess club cheap for beginners?", "en",
     "substitution:friendly->cheap"),
    ("How tall is the climbing wall?", "How wide is the climbing wall?", "en",
     "substitution:tall->wide"),
    ("How tall is the climbing wall?", "How high is the climbing wall?", "en",
     "substitution:tall->high"),
    # session 37 (lateWrong): *free* sees *unrestricted*, but an FAQ's *free* costs nothing
    ("Is the botanical garden free?", "Is the botanical garden unrestricted?", "en",
     "substitution:free->unrestricted"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_also_see_joins_first_senses_both_ways() -> None:
    """*friendly* sees the head of *welcoming*'s first sense, *noisy* sees *loud*'s; either
    order."""
    for first, second in (("friendly", "welcoming"), ("noisy", "loud")):
        assert also_seen_adjectives(first, second), (first, second)
        assert also_seen_adjectives(second, first), (second, first)


def test_no_colour_antonym_or_form_of_one_word() -> None:
    """A colour's noun (*black*, *white*), an antonym (*hot* / *cold*), another cluster
    (*tall* / *wide*), a later sense (*tall* sees *high*'s second) and two forms of one word
    are not joined."""
    for first, second in (("dark", "black"), ("light", "white"), ("hot", "cold"),
                          ("tall", "wide"), ("tall", "high"), ("big", "small"),
                          ("tall", "taller")):  # fmt: skip
        assert not also_seen_adjectives(first, second), (first, second)


def test_a_price_reading_on_one_side_only() -> None:
    """Session 37 (lateWrong): *free* has a tagged sense defined by a word of money (*costing
    nothing*), *unrestricted* and *independent* none, so the also-see of *free*'s first sense
    joins neither; *friendly* / *welcoming* and *noisy* / *loud* have no such reading and stay
    joined."""
    for other in ("unrestricted", "independent", "unbound"):
        assert not also_seen_adjectives("free", other), other
        assert not also_seen_adjectives(other, "free"), other
    assert also_seen_adjectives("friendly", "welcoming")
    assert also_seen_adjectives("loud", "noisy")
