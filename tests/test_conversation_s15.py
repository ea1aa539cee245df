"""Session 15 conversation matching with the real default embedder: an intent stated as an
alternative ("rather than X, Y", "X ではなく Y"), a choice between options the assistant
offered (a new account / another person's account), and clock times said in other forms
(13:00 / 1pm, 2-6pm, tonight / this evening). English and Japanese; served and
must-not-serve cases. The examples are written for this test, not taken from the evaluation
sets; each must-not-serve pair was served by the session-14 code.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation.contrast import contrasts
from yamabiko.conversation.values import text_dates, values
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.guard.facts import Analysis

# -- an intent stated as an alternative --------------------------------------------------------

REPAIR = turns(
    ("Could your engineer come and repair our dishwasher in Leeds?",
     "Certainly. Which make is it, and when are you free?"),
    ("A Bosch, about eight years old. Thursday afternoon works.",
     "Booked: a repair visit for an eight-year-old Bosch dishwasher in Leeds, Thursday "
     "afternoon."),
)  # fmt: skip
REPLACE_RATHER = turns(
    ("Rather than a repair, could your engineer quote for replacing our dishwasher in Leeds?",
     "Certainly. Which make is it, and when are you free?"),
    ("A Bosch, about eight years old. Thursday afternoon works.",
     "Noted: a replacement quote for an eight-year-old Bosch dishwasher in Leeds, Thursday "
     "afternoon."),
)  # fmt: skip
REPLACE_INSTEAD = turns(
    ("Could your engineer quote for replacing our dishwasher in Leeds instead of repairing it?",
     "Certainly. Which make is it, and when are you free?"),
    ("A Bosch, about eight years old. Thursday afternoon works.",
     "Noted: a replacement quote for an eight-year-old Bosch dishwasher in Leeds, Thursday "
     "afternoon."),
)  # fmt: skip
REPLACE_PLAIN = turns(
    ("Could your engineer quote for replacing our dishwasher in Leeds?",
     "Certainly. Which make is it, and when are you free?"),
    ("A Bosch, about eight years old. Thursday afternoon works.",
     "Noted: a replacement quote for an eight-year-old Bosch dishwasher in Leeds, Thursday "
     "afternoon."),
)  # fmt: skip
SHUURI = turns(
    ("腕時計の修理を渋谷店でお願いできますか。",
     "はい、承ります。ご来店のご希望日を教えてください。"),
    ("土曜日の午後です。", "では土曜日の午後、渋谷店でお待ちしております。"),
)  # fmt: skip
KAIKAE = turns(
    ("修理よりも、新しい腕時計への買い替えを渋谷店で相談できますか。",
     "はい、承ります。ご来店のご希望日を教えてください。"),
    ("土曜日の午後です。", "では土曜日の午後、渋谷店でお待ちしております。"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("cached", "query"),
    [(REPAIR, REPLACE_RATHER), (REPAIR, REPLACE_INSTEAD), (SHUURI, KAIKAE)],
    ids=["rather-than", "instead-of", "yorimo"],
)
async def test_an_alternative_rejected_on_one_side_is_another_intent(matcher, cached, query):
    for accept, reason in await both_ways(matcher, cached, query):
        assert not accept
        assert reason.startswith("history:intent:instead-of:"), reason


async def test_an_alternative_the_other_side_never_states_changes_nothing(matcher) -> None:
    assert await both_ways(matcher, REPLACE_RATHER, REPLACE_PLAIN) == [(True, "history:same")] * 2


@pytest.mark.parametrize(
    ("text", "lang", "rest", "rejected"),
    [
        ("Rather than a refund, can I have store credit?", "en", "store credit", ["a refund"]),
        ("Store credit instead of a refund, please.", "en", "Store credit", ["a refund"]),
        ("Not a twin but a double room, please.", "en", "a double room", ["a twin"]),
        ("A double room, not a twin.", "en", "A double room", ["a twin"]),
        ("I'd rather collect it than have it sent.", "en", "collect it", ["have it sent"]),
        ("I'm not sure but Friday may work.", "en", "not sure but Friday", []),
        ("今回は査定じゃなくて買取をお願いしたい", "ja", "買取をお願いしたい", ["今回は査定"]),
        ("新品より中古がいいです", "ja", "中古がいいです", ["新品"]),
    ],
)
def test_contrasts_split_off_the_rejected_alternative(text, lang, rest, rejected) -> None:
    remaining, found = contrasts(text, lang)
    assert found == rejected
    assert rest in " ".join(remaining.split())


# -- a choice between options the assistant offered -------------------------------------------

_OFFER = (
    "I'd like to join the climbing wall for the winter.",
    "Welcome! Is this a new membership, or shall we add you to your partner's existing account?",
)
NEW_MEMBER = turns(
    _OFFER,
    ("A new one just for me, and I'll come on weekday evenings.",
     "OK - a new membership for the winter, weekday evenings."),
)  # fmt: skip
PARTNERS_ACCOUNT = turns(
    _OFFER,
    ("My partner climbs here already, so put me on that account - weekday evenings.",
     "OK - added to your partner's account for the winter, weekday evenings."),
)  # fmt: skip
_OFFER_JA = (
    "冬の間、スイミングスクールに通いたいです。",
    "ありがとうございます。新規のご入会ですか、それともご家族のアカウントに追加しますか。",
)
NEW_JA = turns(
    _OFFER_JA, ("新規でお願いします。平日の夕方に通います。", "新規のご入会で、平日の夕方ですね。")
)
FAMILY_JA = turns(
    _OFFER_JA,
    ("家族のアカウントがあるので、そちらに追加してください。平日の夕方です。",
     "ご家族のアカウントに追加して、平日の夕方ですね。"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("cached", "query"), [(NEW_MEMBER, PARTNERS_ACCOUNT), (NEW_JA, FAMILY_JA)], ids=["en", "ja"]
)
async def test_an_offered_option_is_no_fact_of_the_conversation(matcher, cached, query) -> None:
    for accept, reason in await both_ways(matcher, cached, query):
        assert not accept
        assert reason.startswith("history:"), reason


# -- clock times and ordinals said in other words -----------------------------------------------

HALL_24H = turns(
    ("Can we have the small hall on Sun 8/6 for our book club, 13:00 till 17:00?",
     "Yes - the small hall, Sunday 8 June, 13:00 to 17:00."),
)  # fmt: skip
HALL_PM = turns(
    ("I'd like to book the small hall on Sunday 8 June for our book club.",
     "The small hall is free then. What times do you need?"),
    ("From 1pm to 5pm.", "Booked: the small hall, Sunday 8 June, 1-5pm."),
)  # fmt: skip
HALL_LATER = turns(
    ("I'd like to book the small hall on Sunday 8 June for our book club.",
     "The small hall is free then. What times do you need?"),
    ("From 3pm to 7pm.", "Booked: the small hall, Sunday 8 June, 3-7pm."),
)  # fmt: skip


async def test_a_24_hour_time_and_a_pm_time_are_the_same_hours(matcher) -> None:
    assert await both_ways(matcher, HALL_24H, HALL_PM) == [(True, "history:same")] * 2
    for accept, reason in await both_ways(matcher, HALL_24H, HALL_LATER):
        assert not accept
        assert reason.startswith("history:facts-"), reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a lane from 19:00 for an hour", 7.0),  # 19:00 is 7pm
        ("from 2-6pm", 14.0),  # the range's start is pm too
        ("at 7pm", 0.0),  # the minutes of 19:00
        ("for her thirtieth", 30.0),
    ],
)
def test_values_read_clock_times_and_ordinals(text, value) -> None:
    analyses: AnalysisCache[Analysis] = AnalysisCache(16)
    assert value in values([text], lambda t: analyses.get(t, None))


@pytest.mark.parametrize(
    ("text", "part"), [("from 14:00", "afternoon"), ("at 09:30", "morning"), ("tonight", "evening")]
)
def test_a_24_hour_time_and_tonight_give_the_part_of_the_day(text, part) -> None:
    analyses: AnalysisCache[Analysis] = AnalysisCache(16)
    assert part in text_dates(text, analyses.get(text, None))
