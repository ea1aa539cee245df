"""Session 16 conversation matching with the real default embedder: a phrasal verb of reversal
that WordNet places with a reversal word (*take out* / remove: having a meter fitted or taken
out is another intent), and a thing both conversations count by different numbers (two
skip / five skips, where the other number is said elsewhere: "5 Elm Close"). The examples
are written for this test, not taken from the evaluation sets; each must-not-serve pair was
served by the code before session 16. Also: AM or PM after a day (Saturday AM is the
morning) and reply sentences that run past the dots of p.m. and prices.
"""

from __future__ import annotations

import numpy as np
import pytest
from conversation_turns import both_ways, compare, turns

from yamabiko.conversation.facts import stated
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.intent import phrasal_reversals, reversals
from yamabiko.conversation.values import changed_counts, counts, text_dates
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.guard.facts import Analysis

# -- a phrasal verb of reversal -----------------------------------------------------------------

FIT = turns(
    ("We'd like a smart meter put in at our flat.",
     "No problem. Is the flat yours, and what's the account number?"),
    ("We own it, and the account number is 5531-2208.",
     "Thanks: owner-occupied flat, account 5531-2208."),
)  # fmt: skip
TAKE_OUT = turns(
    ("We'd like our smart meter taken out at the flat and to go back to the old tariff.",
     "No problem. Is the flat yours, and what's the account number?"),
    ("We own it, and the account number is 5531-2208.",
     "Thanks: owner-occupied flat, account 5531-2208, meter removal."),
)  # fmt: skip
TAKE_OUT_AGAIN = turns(
    ("Please could you take the smart meter out at our flat?",
     "No problem. Is the flat yours, and what's the account number?"),
    ("We own it, and the account number is 5531-2208.",
     "Thanks: owner-occupied flat, account 5531-2208, meter removal."),
)  # fmt: skip


async def test_a_meter_taken_out_is_another_intent_than_one_put_in(matcher) -> None:
    for accept, reason in await both_ways(matcher, FIT, TAKE_OUT):
        assert not accept
        assert reason == "history:intent:take+out", reason


async def test_a_phrasal_reversal_on_both_sides_is_the_same_intent(matcher) -> None:
    assert await both_ways(matcher, TAKE_OUT, TAKE_OUT_AGAIN) == [(True, "history:same")] * 2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I want the old boiler taken out.", {"take+out"}),
        ("Can you take it out on Friday?", {"take+out"}),  # an object pronoun in between
        ("We had to call off the party.", {"call+off"}),
        ("Please give back the deposit.", {"give+back"}),
        ("Can you set up a direct debit?", set()),  # a phrasal verb that undoes nothing
        ("I'd like to sign up for the newsletter.", set()),
        ("I don't want it taken out.", set()),  # negated: keeps
        ("I'm taking out a mortgage.", set()),  # a new thing: obtains one
    ],
)
def test_phrasal_verbs_of_reversal_come_from_wordnet(text, found) -> None:
    assert ("take", "out") in phrasal_reversals()
    assert ("set", "up") not in phrasal_reversals()
    analyses: AnalysisCache[Analysis] = AnalysisCache(16)
    assert {w for w in reversals(text, analyses.get(text, None)) if "+" in w} == found


# -- a thing counted by different numbers -------------------------------------------------------


def _skips(count: str, said_back: str) -> list[tuple[str, str]]:
    """A skip hire in which the user gives the count and the assistant says it back."""
    return turns(
        ("I'd like to hire a skip for my garden clear-out.",
         "Happy to help. How many skips, and what's the address?"),
        (f"{count}, delivered to 5 Elm Close, York.",
         f"Thanks - {said_back} delivered to 5 Elm Close, York."),
    )  # fmt: skip


async def test_a_count_changed_where_the_number_is_said_elsewhere_differs(matcher) -> None:
    # "five" is said in the other conversation too, as the address' 5: before session 16
    # the query with five skips was served the answer for one skip
    one, five = _skips("One skip", "one skip"), _skips("Five skips", "five skips")
    assert await compare(matcher, one, five) == (False, "history:count:skip")
    assert not (await compare(matcher, five, one))[0]


async def test_the_same_count_in_digits_or_words_is_the_same(matcher) -> None:
    five, said_in_digits = _skips("Five skips", "five skips"), _skips("Five skips", "5 skips")
    assert await both_ways(matcher, five, said_in_digits) == [(True, "history:same")] * 2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("One bin, at 3 Mill Lane.", {("bin", 1.0)}),  # an address counts nothing
        ("three garden waste bins", {("garden", 3.0)}),
        ("twenty-one tickets", {("ticket", 21.0)}),
        ("3 of us on 12/4 at 10:30 for 3.50", set()),  # function words, dates, times, prices
        ("for 2 weeks", set()),  # a length of time: the spans compare it
    ],
)
def test_counts_read_the_noun_after_a_number(text, found) -> None:
    assert counts(text) == found


def test_changed_counts_need_a_count_in_common_missing() -> None:
    assert changed_counts(["two kayaks"], ["four kayaks"]) == ["kayak"]
    assert changed_counts(["2 tickets, no, make that 3 tickets"], ["three tickets"]) == []
    assert changed_counts(["two kayaks"], ["four canoes"]) == []


# -- AM or PM after a day, and sentences around the dots of p.m. ---------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Booked: two jabs, Saturday AM.", "morning"),
        ("Noted: 12 children, Sat p.m., food.", "afternoon"),
    ],
)
def test_am_or_pm_after_a_day_gives_the_part_of_the_day(text, part) -> None:
    analyses: AnalysisCache[Analysis] = AnalysisCache(16)
    assert part in text_dates(text, analyses.get(text, None))


def test_am_in_a_question_is_no_time() -> None:
    analyses: AnalysisCache[Analysis] = AnalysisCache(16)
    text = "On Saturday am I free to come?"
    assert not {"morning", "afternoon"} & text_dates(text, analyses.get(text, None))


def test_a_reply_sentence_runs_past_the_dots_of_pm_and_prices() -> None:
    side = [Exchange("", "Noted: Saturday p.m., £3.50 each. Anything else?", np.zeros(2))]
    assert stated(side) == ["Noted: Saturday p.m., £3.50 each."]
