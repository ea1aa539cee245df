"""Session 34 (enpara): a question said as its bare content words, *What is the price of a
pottery class?* / *pottery class price?* (:mod:`yamabiko.guard.english_fragments`).

The minimal-pair check finds the same words and accepts such a pair; the boosted trees refused
it (``learned:0.44``-``0.63`` on the session's base, 8133c1a). The fragment is the question less
its frame (*what*, *is*, the articles; *how much*, *price*, *cost* where both ask a price), its
one *of* phrase put before the head: the trees' refusal is served (``fragment:<score>``). A
word changed (*child* / *adult*), roles exchanged (*London to Paris* / *Paris to London*), two
frames, a tense, a preposition or a lone word stay out of the reading.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question, fragment_served
from yamabiko.guard.english_place_added import place_added
from yamabiko.models import Verdict

GUARD = Guard()

#: the question and its bare fragment: served both ways round (refused on 8133c1a, learned)
SERVED = [
    ("What is the price of a pottery class?", "pottery class price?", "en"),
    ("How much is a pottery workshop?", "pottery workshop cost?", "en"),
    ("What are the opening hours of the pottery shop?", "pottery shop opening hours?", "en"),
]  # fmt: skip

#: a word changed or the roles exchanged inside the fragment: refused with the check's reason
REFUSED = [
    ("What is the price of a canoe tour for a child?", "canoe tour price for an adult?", "en",
     "substitution:child->adult"),
    ("What is the price of a London to Paris ticket?", "Paris to London ticket price?", "en",
     "roles:london<->paris"),
    ("What is the price of a family ticket for the canoe tour?",
     "canoe tour adult ticket price?", "en", "substitution:family->adult"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_the_frame_and_one_of_phrase_are_all_that_may_differ() -> None:
    """The same words less the frame, in one order or with the *of* phrase before its head;
    accents and the casual spellings of closed classes read as written out."""
    assert bare_question("What is the price of a pottery class?", "pottery class price?")
    assert bare_question("pottery class price?", "What is the price of a pottery class?")
    assert bare_question("How much does a neon sign cost?", "neon sign price?")
    assert bare_question("How much is a macramé workshop?", "macrame workshop cost?")
    assert bare_question("Whats the price of a pottery class?", "pottery class price")
    assert bare_question("What are the opening hours of the bike shop?", "bike shop opening hours")


def test_anything_else_leaves_the_pair_to_the_trees() -> None:
    """A content word, a preposition, a tense, a number, another order, two frames or one
    frame in two places (a statement against its question), a selecting *which* / *what*, a
    lone word, a word of another script or a symbol kept in a word: no bare question."""
    # (bike shop hours? is the question since session 37: english_start_times reads *opening*)
    assert not bare_question(
        "What are the opening hours of the bike shop?", "bike shop sale hours?"
    )
    assert not bare_question("What was the price of a pottery class?", "pottery class price?")
    assert not bare_question("What is the price of a London to Paris ticket?",
                             "Paris to London ticket price?")  # fmt: skip
    assert not bare_question("What is the price of a pottery class?", "pottery class for two?")
    assert not bare_question("What is the price of a pottery class?", "class pottery price?")
    assert not bare_question("What is love? What is lust?", "Is love lust?")
    assert not bare_question("Is the answer below right?", "Which answer below is right?")
    assert not bare_question("What is pottery?", "pottery?")
    assert not bare_question("The pottery shop is open.", "Is the pottery shop open?")
    assert not bare_question("Which pottery classes are free?", "pottery classes free?")
    assert not bare_question("What size pottery wheel do I need?", "pottery wheel do I need?")
    assert not bare_question("Is 陶芸 a good hobby?", "good hobby?")
    assert not bare_question("What is the difference between C++ and C#?",
                             "What's the difference between C and C++?")  # fmt: skip
    assert not bare_question("What is the price of a pottery class?",
                             "What is the price of a pottery class?")  # fmt: skip


def test_only_a_refusal_of_the_trees_is_served() -> None:
    """The trees' refusal of a bare question is served with its score (in the verified band
    with the cosine); a check's refusal, an acceptance or another pair as they were."""
    cached, query = "What is the price of a pottery class?", "pottery class price?"
    assert fragment_served(Verdict(False, "learned:0.44"), cached, query, 0.8) == Verdict(
        True, "fragment:0.44"
    )
    assert fragment_served(Verdict(False, "band-unverified:0.61"), cached, query, 0.72) == (
        Verdict(True, "verified-band:0.720:0.61:fragment")
    )
    for kept in (Verdict(False, "narrowing:opening:0.64"), Verdict(True, "guard-ok"),
                 Verdict(False, "substitution:child->adult")):  # fmt: skip
        assert fragment_served(kept, cached, query, 0.8) is kept
    other = Verdict(False, "learned:0.44")
    assert fragment_served(other, cached, "pottery class length?", 0.8) is other


def test_a_place_after_another_phrase_of_place_is_read() -> None:
    """Session 34: the word after a capitalised name is read ahead, not taken, so a place
    phrase right after another (*in WordPress in Canada*) is read
    (:func:`yamabiko.guard.english_place_added.place_added`); a name not closing its phrase
    is still no place asked (*in India Gate*)."""
    wide = "How do I build a booking site in WordPress?"
    assert place_added("How do I build a booking site in WordPress in Canada?", wide) == (
        "narrowing:in+Canada"
    )
    assert place_added(wide, "How do I build a booking site in WordPress in Canada?") == (
        "narrowing:in+Canada"
    )
    assert place_added("Where is the best cafe in India Gate?", "Where is the best cafe?") == ""
