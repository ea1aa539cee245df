"""Session 37 (lateConvo): two readings of a user turn outside the request's facts.

- A negated remark that places its words in the past (*last year*, *the previous week*:
  :func:`~yamabiko.conversation.negated.past_time`) withdraws nothing, even when the request
  named that past time too ("my number from last year"); the same remark naming a thing of
  the request still withdraws it.
- *please* before a verb of trade asks it of the other party: "please lend her one" is the
  user's side borrowing (:func:`~yamabiko.conversation.requests.own_acts`), so it is no
  opposite of "could she borrow one", and it is one of "I'd like to lend you one".

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher (conftest's ``matcher``), WordNet and SudachiPy, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.negated import past_time
from yamabiko.conversation.opposites import flipped_opposite
from yamabiko.conversation.requests import own_acts

RUN = [
    ("I'd like to sign up for the Saturday harbour fun run again. My bib number from last year "
     "is H-2207.", "Welcome back! Shall we add a finisher's medal?"),
    ("Yes, add the medal.", "Signed up: the Saturday harbour fun run, bib H-2207, with a medal."),
]  # fmt: skip
RUN_PAST_REMARK = [
    RUN[0],
    ("My calves still haven't recovered from last year.", "Then take it gently this time!"),
    RUN[1],
]
RUN_WITHDRAWN = [
    *RUN,
    ("We won't need the medal after all.", "Understood."),
]

PROBES = [
    ("en-past-time-remark", "small-talk", 1, RUN, RUN_PAST_REMARK),
    ("en-medal-withdrawn", "intent", 0, RUN, RUN_WITHDRAWN),
]
REASONS = {"en-medal-withdrawn": "history:negated:medal"}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My calves still haven't recovered from last year.", {"last", "year"}),
        ("We didn't go the previous week.", {"previous", "week"}),
        ("Not the last race, the next one.", set()),  # race: no time noun
        ("We won't come next month.", set()),  # a time to come: still a withdrawal
        ("去年は行けませんでした。", set()),  # English only
    ],
)
def test_past_time(text: str, words: set[str]) -> None:
    assert past_time(text) == words


def test_please_asks_the_act_of_the_other_party() -> None:
    assert own_acts("Please lend her one of your paddles.", "en") == ({"lend"}, {"borrow"})
    assert own_acts("Please buy my old bike.", "en") == ({"buy"}, {"sell"})
    assert own_acts("I'll lend you my paddle, please.", "en") == (frozenset(), frozenset())


def test_please_lend_against_borrow_and_lend() -> None:
    analyse = text_analysis()
    asked = ["Please lend her one of your paddles for the taster."]
    borrow = ["Could she borrow one of your paddles for the taster?"]
    lend = ["I'd like to lend you one of my paddles for the taster."]
    assert flipped_opposite(borrow, asked, borrow, asked, analyse) == ""
    assert flipped_opposite(lend, asked, lend, asked, analyse) != ""
