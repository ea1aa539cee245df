"""Session 27 (paraEN2): a giving verb asked of *you* says what its converse asked by *I* says
(``english_converse``): *Could you sell me a season ticket?* asks what *Can I buy a season
ticket?* asks, and *Do you buy second-hand textbooks?* what *Can I sell my second-hand
textbooks to you?* asks. The converse pairs come from WordNet (a tagged sense with the
ditransitive frame and an antonym under *get, acquire*, or a cause pointer: sell / buy, lend /
borrow, teach / learn, give / hold). The twins whose roles are not exchanged stay refused:
*Can I sell* / *Can I buy*, *Could you buy me* / *Can I sell* (bought *for* me), *Could you sell
my bike* / *Can I buy your bike* (you sell it for me), *Can I buy you a coffee* / *Could you
sell me a coffee*, *Can we borrow* / *Can we lend*.

Every pair is written for this test (other domains than the tuning sets), checked at the real
embedder's cosine with the default threshold 0.75, both ways round; each paraphrase below was
refused as ``antonym`` before this work.
"""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.english_converse import converse_read, converse_substituted, receivers

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): refused before this work, served now both ways
PARAPHRASES = [
    ("Can I buy a season ticket at the gate?", "Could you sell me a season ticket at the gate?",
     "en"),
    ("Can we borrow a projector for the meeting?",
     "Would you lend us a projector for the meeting?", "en"),
    ("Do you buy second-hand textbooks?", "Can I sell my second-hand textbooks to you?", "en"),
]  # fmt: skip

#: (cached, query, lang, reason): the roles not exchanged: still refused
REFUSED = [
    ("Can I buy a season ticket at the gate?", "Can I sell a season ticket at the gate?", "en",
     "antonym"),
    ("Could you buy me a season ticket?", "Can I sell a season ticket?", "en", "antonym"),
    ("Could you sell my old bike?", "Can I buy your old bike?", "en", "antonym"),
    ("Can I buy you a coffee?", "Could you sell me a coffee?", "en", "antonym"),
    ("Can we borrow a projector?", "Can we lend a projector?", "en", "antonym"),
]  # fmt: skip

cosines = probes.cosines_fixture(PARAPHRASES, REFUSED)


def test_paraphrases_served_both_ways(cosines) -> None:
    probes.assert_served(GUARD, PARAPHRASES, cosines, THRESHOLD, either_side=True)


def test_twins_still_refused(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_receivers_from_wordnet() -> None:
    assert receivers("sell") == {"buy"}
    assert receivers("sold") == {"buy"}  # any form
    assert "borrow" in receivers("lend")
    assert "learn" in receivers("teach")
    # the receiving verbs, and verbs that give nothing to a receiver, have none
    for verb in ("buy", "borrow", "learn", "open", "increase", "remind", "stock"):
        assert receivers(verb) == frozenset(), verb


def test_converse_read() -> None:
    assert converse_read("Could you sell me a map?", "Can I buy a map?") == ("sell", "buy")
    assert converse_read("Can I buy a map?", "Could you sell me a map?") == ("sell", "buy")
    assert converse_read("Do you buy old maps?", "Can I sell old maps?") == ("buy", "sell")
    assert converse_read("Can I sell a map?", "Can I buy a map?") is None  # one subject
    assert converse_read("Could you buy me a map?", "Can I sell a map?") is None  # for me
    assert converse_read("Could you sell my map?", "Can I buy your map?") is None  # my map
    assert converse_read("Could you sell me a map?", "Can I buy you a map?") is None
    # after a question word *you* is anyone, not the party asked; *where* asks a place
    assert converse_read("How do you sell a map?", "Can I buy a map?") is None
    assert converse_read("Could you sell me a map?", "Where can I buy a map?") is None
    assert converse_read("Could you sell me a map?", "I've bought a map, can I return it?") is None


def test_converse_substituted() -> None:
    query, cached = "Could you sell me a map?", "Can I buy a map?"
    assert converse_substituted("substitution:buy->sell", query, cached) == "buy->sell"
    assert converse_substituted("substitution:map->sell", query, cached) == ""
    assert converse_substituted("insertion:sell", query, cached) == ""
    assert converse_substituted("substitution:buy->sell", "Can I sell a map?", cached) == ""
