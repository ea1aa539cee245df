"""Session 38 review of session 37's lateConvo readings (``conversation.negated.past_time``,
``conversation.requests.own_acts`` with *please*): each served a thread the code before it
refused.

- *last* / *past* + a time noun is no past time in *the last night of the festival* (the final
  one) or *past midnight* (a time after another), and a remark that negates in the present or
  the future (*we can't make the last night*) withdraws the request: four threads that withdraw
  a booking were served ``history:same`` on main b15335d, refused ``history:negated:`` before
  lateConvo and again now.
- *please* asks the act of the other party only when it opens a clause or follows *you*:
  "Can we please borrow two of your kayaks?" is the speaker's own borrowing. Read as a request
  to the other party to borrow (the user lends), the thread was served against "Could we lend
  you two of our kayaks?" and refused against "Would you lend us two of your kayaks?".

Probes written for this review (none of the sets' texts), through the real default embedder,
matcher (conftest's ``matcher``), WordNet and SudachiPy, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.negated import past_time
from yamabiko.conversation.requests import own_acts

NIGHT = [
    ("I'd like two tickets for the last night of the folk festival, please.",
     "Booked: two tickets for the folk festival's last night."),
]  # fmt: skip
DAY = [
    ("Can I book a stall for the last day of the craft fair?",
     "Yes: a stall for the last day of the craft fair is booked."),
]  # fmt: skip
WEEK = [
    ("Please reserve the cottage for the last week of August.",
     "Reserved: the cottage for the last week of August."),
]  # fmt: skip
HALL = [
    ("Can we keep the hall until past midnight on Saturday?",
     "Yes, the hall is yours until 1 am on Saturday."),
]  # fmt: skip
KAYAKS_BORROWED = [
    ("Can we please borrow two of your kayaks on Saturday?",
     "Of course: two kayaks for you on Saturday."),
]  # fmt: skip
KAYAKS_LENT = [
    ("Could we lend you two of our kayaks on Saturday?",
     "Of course: two kayaks from you on Saturday."),
]  # fmt: skip
KAYAKS_ASKED = [
    ("Would you lend us two of your kayaks on Saturday?",
     "Of course: two kayaks for you on Saturday."),
]  # fmt: skip

PROBES = [
    ("last-night-withdrawn", "intent", 0, NIGHT,
     [*NIGHT, ("Sorry, we can't make the last night after all.", "Understood.")]),
    ("last-day-withdrawn", "intent", 0, DAY,
     [*DAY, ("Actually, I won't need the last day.", "No problem.")]),
    ("last-week-withdrawn", "intent", 0, WEEK,
     [*WEEK, ("We can't do the last week now.", "Noted.")]),
    ("past-midnight-withdrawn", "intent", 0, HALL,
     [*HALL, ("We won't need it past midnight after all.", "Understood.")]),
    ("please-borrow-against-we-lend", "intent", 0, KAYAKS_BORROWED, KAYAKS_LENT),
    ("please-borrow-against-would-you-lend", "reworded", 1, KAYAKS_BORROWED, KAYAKS_ASKED),
]  # fmt: skip
REASONS = {
    "last-night-withdrawn": "history:negated:last",
    "last-day-withdrawn": "history:negated:",
    "last-week-withdrawn": "history:negated:",
    "past-midnight-withdrawn": "history:negated:",
    "please-borrow-against-we-lend": "history:opposite:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My calves still haven't recovered from last year.", {"last", "year"}),
        ("My knees still haven\u2019t forgiven me for last year.", {"last", "year"}),
        ("We didn't enjoy the past week.", {"past", "week"}),
        ("We didn't go the previous week.", {"previous", "week"}),
        ("Sorry, we can't make the last night after all.", set()),  # the final night
        ("I didn't like the last night.", set()),  # the final night, even in the past
        ("We didn't stay past midnight.", set()),  # past: a preposition
        ("We won't come last year.", set()),  # a negation of the future
    ],
)
def test_past_time_is_a_past_time_negated_in_the_past(text: str, words: set[str]) -> None:
    assert past_time(text) == words


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Can we please borrow two of your kayaks?", (frozenset(), frozenset())),
        ("Can I please buy your old road bike?", (frozenset(), frozenset())),
        ("Could you please sell me one?", ({"sell"}, {"buy"})),
        ("Hi! Please lend her one of your paddles.", ({"lend"}, {"borrow"})),
        ("Yes, please lend me one.", ({"lend"}, {"borrow"})),
    ],
)
def test_please_asks_the_other_party_only_opening_a_clause_or_after_you(text, acts) -> None:
    assert own_acts(text, "en") == acts
