"""Session 25: reworded threads that state one fact in other words, read by the stated-facts
check (:func:`~yamabiko.conversation.facts.compare_stated`) and the reversal check
(:func:`~yamabiko.conversation.intent.reversals`). An answer that picks one of the options
the assistant offered is no yes (:func:`~yamabiko.conversation.smalltalk.chooses`); *Monday to
Friday* is the weekdays, not a Monday and a Friday, and a Japanese 6/8 is no 6 August
(:func:`~yamabiko.conversation.values.text_dates`); *the one ending 5678* describes an
account, no ending of anything; *my brother and I* is a party of two
(:func:`~yamabiko.conversation.parties.parties`). Probes written for these tests (no
evaluation set's wording), with the real default embedder, each decided both ways round, each
next to a twin that changes the fact and stays refused; every served probe is refused by
main's code before this change.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis, turns

from yamabiko.conversation.intent import reversals
from yamabiko.conversation.parties import parties
from yamabiko.conversation.smalltalk import chooses
from yamabiko.conversation.values import text_dates
from yamabiko.guard.units import units

analysis = text_analysis()

YUKATA = [
    ("浴衣を一枚仕立ててほしいです。", "綿と麻、どちらの生地になさいますか？"),
    ("麻でお願いします。", "麻の浴衣を一枚ですね。"),
]


def yukata(cloth: str) -> list[tuple[str, str]]:
    """One yukata asked for in one exchange, of ``cloth``."""
    return [(f"{cloth}の浴衣を一枚仕立ててもらえますか。", f"{cloth}の浴衣を一枚お仕立てします。")]


MASSAGE = [
    ("Can I book a back massage next week?", "Of course. Which days suit you?"),
    ("Any weekday is fine.", "Noted: a back massage next week, any weekday."),
]


def massage(days: str) -> list[tuple[str, str]]:
    """The massage asked for in one exchange, on ``days``."""
    return [(f"Could I have a back massage next week, {days}?",
             f"Certainly: a back massage next week, {days}.")]  # fmt: skip


SAVINGS = [
    ("I'd like to pay £300 into my savings.",
     "Sure. You have two accounts, one ending 1234 and one ending 5678. Which one?"),
    ("The one ending 5678.", "OK: £300 into the savings account ending 5678."),
]  # fmt: skip


def savings(number: str) -> list[tuple[str, str]]:
    """£300 paid into the account ending ``number``, in one exchange."""
    return [(f"Please put £300 into my savings, the account ending {number}.",
             f"Will do: £300 into the savings account ending {number}.")]  # fmt: skip


ROOM = [
    ("会議室を借りたいです。", "ありがとうございます。ご利用の日と時間を教えてください。"),
    ("6月8日の日曜日、午前10時からです。", "6月8日（日）の10時から、会議室ですね。"),
]


def room(day: str) -> list[tuple[str, str]]:
    """The meeting room asked for in one exchange, on ``day`` written with a slash."""
    return [(f"{day}の朝10時から会議室を借りられますか。", "はい、午前10時からお取りします。")]


WALK = [
    ("My brother and I would like to join the ghost walk on Friday 3 October.",
     "Noted: the ghost walk on Friday 3 October for you and your brother."),
]  # fmt: skip


def walk(count: str) -> list[tuple[str, str]]:
    """The walk asked for in two exchanges by ``count`` people."""
    return [
        ("Can I book the ghost walk on Friday 3 October?", "Of course. How many of you?"),
        (f"{count} of us.", f"Noted: the ghost walk on Friday 3 October for {count.lower()}."),
    ]


PROBES = [
    ("ja-choice", "reworded", 1, YUKATA, yukata("麻")),
    ("ja-choice-other", "entity", 0, YUKATA, yukata("綿")),
    ("en-weekdays", "reworded", 1, MASSAGE, massage("Monday to Friday")),
    ("en-weekdays-weekend", "entity", 0, MASSAGE, massage("Saturday or Sunday")),
    ("en-the-one-ending", "reworded", 1, SAVINGS, savings("5678")),
    ("en-the-one-ending-other", "entity", 0, SAVINGS, savings("1234")),
    ("ja-slash-date", "reworded", 1, ROOM, room("6/8（日）")),
    ("ja-slash-date-other", "entity", 0, ROOM, room("6/9（月）")),
    ("en-party-with-i", "reworded", 1, WALK, walk("Two")),
    ("en-party-with-i-bigger", "entity", 0, WALK, walk("Three")),
]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


async def test_a_choice_states_no_yes(matcher) -> None:
    """The stated facts of a thread whose user picks an option (麻でお願いします, near "yes
    please" to the embedder) against one that states the choice outright: no yes lost."""
    chosen = await matcher.build(turns(*YUKATA))
    for cloth, accept in (("麻", True), ("綿", False)):
        said = await matcher.build(turns(*yukata(cloth)))
        for q, c in ((chosen, said), (said, chosen)):
            found = matcher.comparer._stated(q.exchanges, c.exchanges)
            assert found.accept == accept, (cloth, found.reason)
            assert accept or found.reason.startswith("history:facts-fact"), found.reason


def _keys(text: str) -> set[str]:
    """The content words of a text, by key."""
    lang = "ja" if not text.isascii() else "en"
    return {u.key for u in units(text, lang) if u.kind == "content"}


def test_a_choice_is_no_yes() -> None:
    offered = ["Would you like it in wool or in jute?"]
    assert chooses(offered, "Jute, please.", _keys)
    assert not chooses(offered, "Yes, jute please.", _keys)  # an answer word: a yes
    assert not chooses(["Shall we deliver it?"], "Delivery, please.", _keys)  # no options
    assert not chooses(offered, "Please hurry.", _keys)  # no option said
    assert chooses(["綿と麻、どちらの生地になさいますか？"], "麻でお願いします。", _keys)
    assert chooses(["手縫いかミシン縫いか、ご希望は？"], "ミシン縫いでお願いします。", _keys)
    assert not chooses(["何日かかりますか？"], "何日でもいいです。", _keys)


def test_weekdays_and_japanese_dates() -> None:
    def dates(text: str) -> frozenset[str]:
        return text_dates(text, analysis(text))

    assert dates("Could you come Monday to Friday?") >= {"weekday"}
    assert not dates("Could you come Monday to Friday?") & {"monday", "friday"}
    assert "weekday" in dates("a Mon-Fri pass")
    assert {"monday", "friday"} <= dates("Monday or Friday")  # two days, no range
    assert "august" in dates("The party is on 6/8.")  # British English: day first
    assert "august" not in dates("6/8（日）に伺います。")


def test_the_speaker_as_a_party_member() -> None:
    assert parties("My sister and I would like the coach trip.") == (
        ((1.0, 1.0), 2.0, ("sister", "i")),
    )
    assert parties("Could you book it for my wife and I?")[0][1] == 2.0
    assert parties("I need a table and I would like a chair.") == ()  # no one listed
    assert parties("Me and I.") == ()  # the speaker once


def test_the_one_ending_describes() -> None:
    for text in ("The one ending 5678.", "Pay it into the one ending in 5678, please."):
        assert reversals(text, analysis(text)) == frozenset(), text
    text = "I want to end my contract."
    assert reversals(text, analysis(text)) == {"end"}
