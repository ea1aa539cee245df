"""Session 25 (lateConvo): a day of the month given with its weekday on one side of a
reworded thread ("Sunday 12 October") and without it on the other ("the twelfth of
October"), and a season said where the other side gives a month in it (an autumn open day /
12 October), are one date to the stated-facts check
(:func:`~yamabiko.conversation.calendar.dated_weekdays`,
:func:`~yamabiko.conversation.calendar.seasons`); a remark after the thread that numbers an
occasion with an ordinal ("our first proper holiday in years") states a value of its own, no
value of the request (:func:`~yamabiko.conversation.values.ordinal_counts`, read where
:mod:`yamabiko.conversation.structure` tells a remark's numbers). Probes written for these
tests, with the real default embedder, decided both ways round; each served probe is
refused by the code before this change (``history:facts-date``; the remarks
``history:whole-named``), each refused twin changes the day, the weekday, the season or the
party; a party of ten said after a thread in October (whose name says 10 only against a
12/10: :func:`~yamabiko.conversation.values.writes_day_month`) is refused, served by main.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.calendar import dated_weekdays, seasons
from yamabiko.conversation.values import ordinal_counts, values, writes_day_month
from yamabiko.guard.analysis import analyse as analyse_text


def foray_asked(day: str, season: str = "") -> list[tuple[str, str]]:
    """A guided walk booked in two exchanges, the day given as ``day``."""
    return [
        (f"Can I book your guided {season}fungi foray in the beech woods for 3 people on {day}?",
         "Of course. Would you like to borrow baskets?"),
        ("Yes, three baskets please.",
         f"Noted: the beech woods fungi foray for 3 on {day}, with three baskets."),
    ]  # fmt: skip


def foray(day: str, confirmed: str = "12 October") -> list[tuple[str, str]]:
    """The same walk asked for in one exchange, in other words (the assistant confirms the
    day as ``confirmed``)."""
    return [
        (f"Three of us would love to hunt for mushrooms in the beech woods with your guide on "
         f"{day} - and could we borrow a basket each?",
         f"Yes: three people on the beech woods foray on {confirmed}, three baskets kept aside."),
    ]  # fmt: skip


#: a side question after the foray's thread (three exchanges: the histories are close as
#: wholes)
DOG = ("Can we bring our dog along?", "Yes, dogs on leads are welcome on the foray.")


def hire(remark: str = "") -> list[tuple[str, str]]:
    """A campervan hire in two exchanges, and, with ``remark``, a remark after it that the
    assistant does not take up."""
    thread = [
        ("I'd like to rent a campervan from your Leeds depot.",
         "Of course. Which dates, and how many berths?"),
        ("From the 4th to the 11th of June, a two-berth please.",
         "Noted: Leeds, 4 to 11 June, two-berth campervan."),
    ]  # fmt: skip
    if remark:
        thread.append((f"We're heading up to Skye, {remark}.",
                       "How exciting - I hope the midges stay away."))  # fmt: skip
    return thread


PROBES = [
    ("en-weekday-dropped", "reworded", 1, foray_asked("Sunday 12 October"),
     foray("the twelfth of October")),
    ("en-weekday-dropped-digits", "reworded", 1, foray_asked("Sunday 12 October"),
     foray("12 October")),
    ("en-other-day", "entity", 0, foray_asked("Sunday 12 October"),
     foray("the thirteenth of October", "13 October")),
    ("en-other-weekday", "entity", 0, foray_asked("Sunday 12 October"),
     foray("Saturday the twelfth of October", "Saturday 12 October")),
    ("en-season-of-month", "reworded", 1, foray_asked("12 October", "autumn "),
     foray("the twelfth of October")),
    ("en-other-season", "entity", 0, foray_asked("12 October", "spring "),
     foray("the twelfth of October")),
    ("en-first-holiday", "small-talk", 1, hire(), hire("our first proper holiday in years")),
    ("en-fifth-trip", "small-talk", 1, hire(), hire("our fifth trip there")),
    ("en-party-grown", "entity", 0, hire(), hire("ten of us in the end")),
    ("en-party-grown-in-october", "entity", 0, [*foray_asked("Sunday 12 October"), DOG],
     [*foray_asked("Sunday 12 October"), DOG,
      ("There will be ten of us now, so we wanted something different.",
       "Congratulations - the woods should be at their best.")]),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_dated_weekdays() -> None:
    october = {"october"}
    assert dated_weekdays(["on Sunday 12 October"], {12.0}, october) == {"sunday", "weekend"}
    assert dated_weekdays(["Fri the twenty-second of October"], {22.0}, october) == {
        "friday", "weekday",
    }  # fmt: skip
    assert dated_weekdays(["on Wednesday, October 8th"], {8.0}, october) == {
        "wednesday", "weekday",
    }  # fmt: skip
    assert not dated_weekdays(["on Sunday 12 October"], {13.0}, october)  # another day
    assert not dated_weekdays(["on Sunday 12 October"], {12.0}, {"november"})  # another month
    assert not dated_weekdays(["on Sunday 12 October"], {12.0}, october | {"saturday"})
    assert not dated_weekdays(["on Sunday in October"], {12.0}, october)  # no day of the month


def test_seasons() -> None:
    assert seasons({"july", "saturday"}) == {"summer"}
    assert seasons({"october"}) == {"autumn", "fall"}
    assert seasons({"december"}) == {"winter"}
    assert not seasons({"saturday", "morning"})


def test_ordinal_counts() -> None:
    assert ordinal_counts("It's our tenth anniversary.") == {("anniversary", 10.0)}
    assert ordinal_counts("For his 40th birthday!") == {("birthday", 40.0)}
    assert ordinal_counts("her twenty-first birthday") == {("birthday", 21.0)}
    assert not ordinal_counts("on the 5th of July")  # a function word after it
    assert not ordinal_counts("in the second week")  # a length of time: a date
    assert not ordinal_counts("three bins")  # a count, no ordinal


def test_month_number_only_against_day_month() -> None:
    def analyse(text: str):
        return analyse_text(text, None)

    assert 10.0 in values(["Sunday 12 October"], analyse)
    assert 10.0 not in values(["Sunday 12 October"], analyse, months=False)
    assert writes_day_month(["Is the hall free on Sat 12/4?"])
    assert not writes_day_month(["There will be ten of us now."])
