"""Session 38 (lateEN): English paraphrases faq-heldout32 refused.

- a number said in words that opens with *a* before a multiplier and goes on (*a hundred and
  thirty-seven*, *a thousand and five*) is one number (``respelling._spoken``): it read as 100
  and 37 against 137 (``number``); *137 / 173*, *a hundred / a thousand* stay apart;
- a noun and its clipping that WordNet lists in the noun's first sense (*submarine* / *sub*,
  *information* / *info*: ``guard/wordnet_clipped.py``), even where the word vectors read
  the clipping's other senses; a clipping of another sense (*sandwich* / *sub*) and a short
  word that is no clipping (*business* / *bus*) stay refused.

Pairs from faq-heldout32 and written for these tests; checked by the default guard above the
trees' band (0.96), where the rules alone decide, and at 0.85."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.respelling import respelt
from yamabiko.guard.wordnet_clipped import clipped

HIGH, MID = 0.96, 0.85

SERVED = [
    # faq-heldout32
    ("Does the lighthouse have 137 steps?",
     "Does the lighthouse have a hundred and thirty-seven steps?"),
    ("Is the submarine museum open in winter?", "sub museum open in winter??"),
    ("How much is a family ticket for the submarine museum?", "sub museum family ticket?"),
    # written for these tests
    ("Can 105 people fit in the hall?", "Can a hundred and five people fit in the hall?"),
    ("Was the museum founded in 2005?", "Was the museum founded in two thousand and five?"),
    ("Can twenty-one people join the tour?", "Can 21 people join the tour?"),
    ("Can I get info about the tour?", "Can I get information about the tour?"),
    ("Is the lab open on Sundays?", "Is the laboratory open on Sundays?"),
]  # fmt: skip

REFUSED = [
    ("Does the lighthouse have 173 steps?",
     "Does the lighthouse have a hundred and thirty-seven steps?"),
    ("Does the lighthouse have 1000 steps?", "Does the lighthouse have a hundred steps?"),
    ("Can a thousand and five people fit?", "Can a hundred and five people fit?"),
    ("Was the museum founded in 2005?", "Was the museum founded in two thousand and fifteen?"),
    ("Is the sandwich shop open?", "Is the sub shop open?"),
    ("Is the business open on Sundays?", "Is the bus open on Sundays?"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_one_number_or_one_noun_is_served(cached: str, query: str) -> None:
    guard = Guard()
    for similarity in (HIGH, MID):
        assert guard.check(query, cached, "en", similarity).accept
        assert guard.check(cached, query, "en", similarity).accept


@pytest.mark.parametrize(("cached", "query"), REFUSED)
def test_another_number_or_another_sense_is_refused(cached: str, query: str) -> None:
    guard = Guard()
    for similarity in (HIGH, MID):
        assert not guard.check(query, cached, "en", similarity).accept
        assert not guard.check(cached, query, "en", similarity).accept


def test_a_before_a_multiplier_opens_a_number_only_when_more_follows() -> None:
    assert respelt("a hundred and thirty-seven steps") == "137 steps"
    assert respelt("a thousand and five") == "1005"
    assert respelt("A hundred and twenty thousand fans") == "120000 fans"
    assert respelt("a hundred steps") == "a hundred steps"
    assert respelt("a hundred or so people") == "a hundred or so people"
    assert respelt("a million dollars") == "a million dollars"


def test_a_clipping_in_the_first_sense_of_the_whole_word() -> None:
    for whole, clip in [("submarine", "sub"), ("information", "info"), ("laboratory", "lab"),
                        ("limousine", "limo"), ("professor", "prof")]:  # fmt: skip
        assert clipped(whole, clip) and clipped(clip, whole)
    # sub is no sandwich's start; bus no business in WordNet; vet not a veteran's first sense
    for first, second in [("sandwich", "sub"), ("business", "bus"), ("veteran", "vet"),
                          ("capital", "cap"), ("sub", "sub"), ("holidays", "hols")]:  # fmt: skip
        assert not clipped(first, second)
