"""Session 35 (reword): a reworded thread that says a fact by another name:

- a holiday named on one side and dated on the other (*Valentine's Day* / *14 February*,
  *over Christmas* / *20 to 28 December*, *bonfire night* / *Guy Fawkes* on *5 November*:
  WordNet's time nouns), not when the other side dates another day or month (*15 February*,
  *20 to 28 November*);
- an English compound said by the word it ends in (*handrail* / *rail*, *letterbox* / *box*),
  not when the other side names another thing (*gate*), nor a compound WordNet makes a kind of
  the word (*bathroom* / *room*).

Probes written for these tests (domains no held-out set has), with the real default embedder,
WordNet and matcher, decided both ways round (main d2650db refuses every reworded probe:
``history:facts-named:14``, ``:Christmas``, ``:Guy+Fawkes``, ``history:facts-fact:rail`` /
``:handrail``, ``:box`` / ``:letterbox``); the readers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.counterparts import english_compound
from yamabiko.conversation.holidays import (
    holiday_dates,
    holiday_days,
    holiday_months,
    holiday_words,
)


def hamper() -> list[tuple[str, str]]:
    """A hamper delivered on a holiday."""
    return [
        ("Could you deliver a cheese hamper to my mum in York on Valentine's Day?",
         "Of course: a cheese hamper to York on Valentine's Day."),
    ]  # fmt: skip


def hamper_dated(day: str = "14") -> list[tuple[str, str]]:
    """The same hamper, dated."""
    return [
        ("I'd like a cheese hamper sent to my mum in York.", "Lovely. Which day should it arrive?"),
        (f"On {day} February, please.", f"Noted: a cheese hamper to York on {day} February."),
    ]  # fmt: skip


def kennel() -> list[tuple[str, str]]:
    """A dog boarded over a holiday season."""
    return [
        ("Can our spaniel stay at your kennels over Christmas, from the 20th to the 28th?",
         "Yes: a kennel for your spaniel from the 20th to the 28th."),
    ]  # fmt: skip


def kennel_dated(month: str = "December") -> list[tuple[str, str]]:
    """The same stay by its dates."""
    return [
        ("Could our spaniel board at your kennels?", "Happy to. Which dates?"),
        (f"From 20 {month} to 28 {month}.", f"Noted: your spaniel, 20 to 28 {month}."),
    ]  # fmt: skip


def hog_roast() -> list[tuple[str, str]]:
    """A hog roast on bonfire night, dated."""
    return [
        ("Can you bring a hog roast to our bonfire night on 5 November for 60 people?",
         "Yes: a hog roast for 60 on 5 November."),
    ]  # fmt: skip


def hog_roast_named() -> list[tuple[str, str]]:
    """The same hog roast on the holiday's other name, the day without its month."""
    return [
        ("We're having a Guy Fawkes party on the fifth - could you do a hog roast?",
         "Happily. How many guests?"),
        ("60 people.", "Noted: a hog roast for 60 on the fifth."),
    ]  # fmt: skip


def rail(what: str = "handrail") -> list[tuple[str, str]]:
    """A rail fitted by the back steps."""
    return [
        (f"Could you fit a {what} by our back-door steps?",
         f"Certainly: a {what} by the back-door steps."),
    ]  # fmt: skip


def rail_reworded(what: str = "rail") -> list[tuple[str, str]]:
    """The same job in two turns."""
    return [
        ("I'd like something fitted by our back-door steps.",
         "Of course. What would you like fitted?"),
        (f"A {what} to hold on to.", f"Noted: a {what} by the back-door steps."),
    ]  # fmt: skip


def letterbox() -> list[tuple[str, str]]:
    """A broken letterbox."""
    return [
        ("Our letterbox is broken - can someone come and fix it on Friday?",
         "Yes: an engineer to fix the letterbox on Friday."),
    ]  # fmt: skip


def letterbox_reworded(what: str = "box") -> list[tuple[str, str]]:
    """The same repair in two turns."""
    return [
        ("Something by our front door needs fixing.",
         "Happy to help. What is it, and when suits you?"),
        (f"The {what} - it's broken. Friday, please.", f"Noted: fixing the {what} on Friday."),
    ]  # fmt: skip


PROBES = [
    ("en-hamper-valentine", "reworded", 1, hamper(), hamper_dated()),
    ("en-kennel-christmas", "reworded", 1, kennel(), kennel_dated()),
    ("en-hog-roast-bonfire", "reworded", 1, hog_roast(), hog_roast_named()),
    ("en-rail-handrail", "reworded", 1, rail(), rail_reworded()),
    ("en-box-letterbox", "reworded", 1, letterbox(), letterbox_reworded()),
    # twins: another day, another month, another thing
    ("en-hamper-15th", "entity-reworded", 0, hamper(), hamper_dated("15")),
    ("en-kennel-november", "entity-reworded", 0, kennel(), kennel_dated("November")),
    ("en-rail-gate", "entity-reworded", 0, rail(), rail_reworded("gate")),
    ("en-box-alarm", "entity-reworded", 0, letterbox(), letterbox_reworded("alarm")),
    ("en-room-bathroom", "entity-reworded", 0, rail("room"), rail_reworded("bathroom")),
]  # fmt: skip

#: the twins' reasons
REASONS = {
    "en-hamper-15th": "history:facts-named:",
    "en-rail-gate": "history:facts-fact:",
    "en-box-alarm": "history:facts-fact:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_holiday_dates() -> None:
    """WordNet's holidays dated by a lemma, by a hypernym, or by the months of a season; a
    name less its last word only when the rest is a name of several words or a possessive."""
    table = holiday_dates()
    assert (2, 14) in table["valentine's day"] and (2, 0) not in table["valentine's day"]
    assert table["guy fawkes"] == {(11, 5)} and table["bonfire night"] == {(11, 5)}
    assert {(12, 25), (12, 0), (1, 0)} <= table["christmas"]
    assert "may" not in table and "labor" not in table


def test_holiday_words() -> None:
    """The words of a holiday whose date the other side states; another day or month says
    nothing; a holiday of one word must be capitalised, one of several may be written in
    any case."""
    said = ["Could you deliver it on Valentine's Day?"]
    assert holiday_words(said, {"february"}, {14.0}) == {"valentine's", "valentine", "day"}
    assert holiday_words(said, {"february"}, {15.0}) == set()
    assert holiday_words(["away over Christmas"], {"december"}, set()) == {"christmas"}
    assert holiday_words(["away over Christmas"], {"november"}, set()) == set()
    assert holiday_words(["a christmas tree"], {"december"}, set()) == set()
    assert holiday_words(["our bonfire night"], {"november"}, {5.0}) == {"bonfire", "night"}
    assert holiday_months(["a Guy Fawkes party on the fifth"]) == {"november"}
    assert holiday_months(["a party on the fifth"]) == set()
    assert holiday_days(["on Valentine's Day"]) == {14.0}
    assert holiday_days(["over Christmas"]) == {25.0}


def test_english_compound() -> None:
    """A closed compound of two WordNet nouns, or a hyphened one whose last part is a form
    of the word; not the word inside another word, nor a first part too short."""
    assert english_compound("handrail", "rail") and english_compound("headstone", "stone")
    assert english_compound("mid-terrace", "terraced")
    assert not english_compound("rail", "handrail")
    assert not english_compound("tandem", "dem")
    assert not english_compound("scarf", "scar")
