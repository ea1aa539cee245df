"""Session 34 (review): an exchange told from its two ends explains its two verbs only.

*Can you buy tickets at the gate?* asks what *Do you sell tickets at the gate?* asks (session
33, lateEN: a placed *can you* + a receiving verb is the asker), but *Do you sell cheap tickets
at the gate?*, *... to students ...*, *... after the show?* each ask more. The minimal-pair
check read *buy* / *sell cheap* as one word said in several (``reworded``) or, where WordNet
paired the two verbs, the rest as a detail added, and served; the boosted trees, which refuse
*do you sell tickets* / *do you sell cheap tickets*, served the converse pairs too (their
verbs differ, another kind of pair to them). ``english_converse.converse_rest`` names the
words left besides the exchange and the minimal-pair stage refuses them:
``converse:insertion:cheap``. The same held for an explicit *I* (*Can I buy beer at the
stadium?* / *Do you sell beer to minors at the stadium?*, served before session 33 too).

Every pair is written here for the test (none is taken from an evaluation file); the guard,
its resources and the embedder are the real ones. Each refused pair was served on main at the
session's start (8133c1a).
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.english_converse import converse_rest
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units

GUARD = Guard()

#: one exchange from its two ends, nothing else changed: served both ways round (as before)
SERVED = [
    ("Can you buy tickets at the station?", "Do you sell tickets at the station?", "en"),
    ("Could you sell me a gift card?", "Can I buy a gift card?", "en"),
    ("can u buy maps at the museum", "Do you sell maps at the museum?", "en"),
    ("can you borrow oars at the lake", "Do you lend oars at the lake?", "en"),
]

#: the exchange and a word more (a buyer, a kind, a time): refused with the words left
REFUSED = [
    ("Can you buy beer at the stadium?", "Do you sell beer to minors at the stadium?", "en",
     "converse:insertion:minors"),
    ("Can you buy tickets at the gate?", "Do you sell cheap tickets at the gate?", "en",
     "converse:insertion:cheap"),
    ("Can you buy tickets at the gate?", "Do you sell tickets at the gate after the show?",
     "en", "converse:insertion:after+show"),
    ("Can you buy cigarettes at the shop?", "Do you sell cigarettes to teenagers at the shop?",
     "en", "converse:insertion:teenagers"),
    ("Can I buy beer at the stadium?", "Do you sell beer to minors at the stadium?", "en",
     "converse:insertion:minors"),
    ("can u borrow kayaks at the lake", "Do you lend kayaks to children at the lake?", "en",
     "converse:insertion:children"),
]  # fmt: skip

#: a paraphrase the rule refuses: *thing* says the event vaguely and is no word of the check,
#: so *fair* is left on one side (served by the trees before; the price of the rule)
MISSES = [("Do you sell paper at the craft fair?", "can u buy paper at the craft thing", "en")]


class TestProbes(ProbeFileWithMisses):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused, known_misses = SERVED, REFUSED, MISSES


def _rest(cached: str, query: str) -> str:
    first, second = units(cached, "en"), units(query, "en")
    return converse_rest(DEFAULT.align(first, second), query, cached)


def test_the_words_besides_the_exchange_are_named_by_side() -> None:
    cached = "Can you buy tickets at the gate?"
    assert _rest(cached, "Do you sell cheap tickets at the gate?") == "converse:insertion:cheap"
    assert _rest("Do you sell cheap tickets at the gate?", cached) == "converse:deletion:cheap"


def test_nothing_is_named_without_the_reading_or_without_words_left() -> None:
    assert _rest("Can you buy tickets at the gate?", "Do you sell tickets at the gate?") == ""
    assert _rest("Do you sell tickets at the gate?", "Do you sell cheap tickets at the gate?") == ""
    assert _rest("Can I buy tickets?", "Can I buy cheap tickets?") == ""
