"""Session 27 (casualGuard): the guard reads the casual English the default embedder writes out
(:func:`yamabiko.casual_en.written_out`, called by :func:`yamabiko.guard.respelling.casual`
where every English text the guard analyses or splits into units starts, when its tokens
hold one of the words).

Every pair is written here for the test. Before the change the guard read *w/o* as the words
*w* and *o* and *b4* as *b* and the number 4: :data:`REFUSED`'s twins were served
(``guard-ok``, a negation it did not see) and :data:`SERVED`'s paraphrases refused
(``negation`` for *w/o* against *without*, ``substitution:before->b+4``). The cosine is the
default embedder's.
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile, pair_cosines

from yamabiko.guard import Guard, analyse
from yamabiko.guard.english import _en_tokens

#: the same question, once written out, once texted: served both ways (refused before)
SERVED = [
    ("Can I swim in the lido without a swim cap?", "can i swim in the lido w/o a swim cap", "en"),
    ("Can I board the ferry without a printed ticket?",
     "can i board the ferry w/o a printed ticket", "en"),
    ("Should I water the new lawn before it rains?",
     "should i water the new lawn b4 it rains", "en"),
    ("Do I have to pay before I collect the keys?", "do i have to pay b4 i collect the keys", "en"),
]  # fmt: skip

#: another question, texted: refused with the reason (the first two served before)
REFUSED = [
    ("Can I swim in the lido with a swim cap?", "can i swim in the lido w/o a swim cap", "en",
     "negation"),
    ("Can I board the ferry with a printed ticket?", "can i board the ferry w/o a printed ticket",
     "en", "negation"),
    ("Do I have to pay after I collect the keys?", "do i have to pay b4 i collect the keys", "en",
     "substitution:after->before"),
    ("Can I rent a bike without a child seat?", "can i rent a bike w/ a child seat", "en",
     "negation"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_going_without_is_asking_what_is_needed(embedder) -> None:
    """*w/o* read as *without* by the analysis is read so by the rule that excuses its
    negation too (:func:`~yamabiko.guard.constructions.necessity_converse` reads the text):
    can I X without Y asks whether Y is needed."""
    cached = "Do I need a swim cap to swim in the lido?"
    query = "can i swim in the lido w/o a swim cap"
    cosine = pair_cosines(embedder, [(cached, query)])[cached, query]
    assert cosine >= 0.75
    for first, second in ((query, cached), (cached, query)):
        assert analyse(first, "en").negations != analyse(second, "en").negations
        verdict = Guard().check(first, second, "en", cosine, 0.75)
        assert verdict.accept, verdict


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("can i park w/o a permit", "can i park without a permit"),
        ("whats the fee b4 noon", "what's the fee before noon"),
        ("r u open thru xmas", "are you open through xmas"),  # u: the guard's own table
        ("Is the R&B brunch on Sunday?", "Is the R&B brunch on Sunday?"),  # no word: as it is
        ("r&b night", "r&b night"),
        ("W/O number on the form", "W/O number on the form"),  # capitals stay
        ("the b4x cable", "the b4x cable"),
        ("the r-value of the loft", "the r-value of the loft"),
        ("the whys and wherefores", "the whys and wherefores"),
    ],
)
def test_the_guard_reads_the_written_out_words(text: str, read: str) -> None:
    """The guard's English reading (the text its analysis and units are cut from) holds the
    same written-out words as the embedder's; a word that only looks like one of them stays."""
    assert _en_tokens(text)[0] == read


def test_an_untouched_text_keeps_its_analysis() -> None:
    """R&B is no texting spelling: its analysis names the same words whatever the case of
    the words around it (no *are* read into it)."""
    analysis = analyse("Is the R&B brunch on Sunday?", "en")
    assert "are" not in analysis.words and analysis.negations == 0
