"""Session 38 (reword): a thread said in one turn on one side and through the assistant's
questions on the other lies far apart as a whole (the mean of its exchange vectors below the
``stated`` cosine), and was refused as another topic without a look at its facts. When the
last replies of both sides confirm the same numbers and names
(:func:`~yamabiko.conversation.closings.same_close`) and no user refuses what the other side's
users ask for (:func:`~yamabiko.conversation.closings.refused_asked`), the stated facts are
compared; they decide, strict as ever. Also the British *half seven* read as 7:30
(:func:`~yamabiko.conversation.clocks.clock_times`).

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher (conftest's ``matcher``), WordNet and SudachiPy, decided both ways round with the
follow-up a lookup hands over. The three served probes are refused on the code before this
session (``history:topic``, ``history:facts-named:half``); each has twins in which another
thing, part, act, brand, code, count, day or time hides inside the rewording, all refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.clocks import clock_times, clock_words
from yamabiko.conversation.closings import closing, refused, refused_asked, same_close
from yamabiko.guard.en_words import stem_en

ASK_ACC = ("I've got an instrument that needs mending.",
           "Happy to help. What is it, and what's wrong with it?")  # fmt: skip
ASK_CAM = ("I have something that needs looking at.",
           "Of course. What is it, and what's the problem?")  # fmt: skip
ASK_JA = ("見てほしいものがあります。", "承知しました。何の、どんな不具合でしょうか。")
ASK_JA2 = ("直してほしい楽器があります。", "承知しました。何の、どんな不具合でしょうか。")
HOW_LONG = "How long will it take?"
VEGETARIAN = "Do you have a vegetarian option?"
JA_HOW_LONG = "どのくらいかかりますか？"


def asked(user: str, reply: str, first: tuple[str, str]) -> list[tuple[str, str]]:
    """A thread asked through the assistant's question ``first``, then stated."""
    return [first, (user, reply)]


ACCORDION = [("The squeezy bit on my Hohner that pushes the air has a hole - could you patch "
              "that one fault, without a full restore?",
              "Yes: a single repair to the bellows of the Hohner.")]  # fmt: skip
ACCORDION_ASKED = asked(
    "My Hohner accordion, the bellows leak. Just that, please.",
    "Noted: fixing the bellows on your Hohner, no tuning.", ASK_ACC)  # fmt: skip
CAMERA = [("The little door that snaps open when I take a picture on my Pentax sticks - could "
           "you sort that one fault, without a full service?",
           "Yes: a single repair to the shutter of the Pentax.")]  # fmt: skip
CAMERA_ASKED = asked("A Pentax film camera, the shutter sticks. Just that, please.",
                     "Noted: fixing the shutter on your Pentax, no cleaning.", ASK_CAM)  # fmt: skip
PAELLA = [("Three of us fancy your seafood rice on Friday 6 March, around half seven - can you "
           "fit us in?",
           "Yes: a party of three, Friday 6 March at 7:30pm, for the paella.")]  # fmt: skip
PAELLA_BOOKED = [("I'd like a table for 3 on Friday 6 March at 7:30pm for the paella, please.",
                  "Booked: 3 people on Friday 6 March at 7:30pm, paella.")]  # fmt: skip
CAMERA_JA = [("ペンタックスの、写真を撮るときに開く小さな扉が引っかかります。"
               "そこだけ直してもらえますか。",
              "はい、ペンタックスのシャッターの修理一点ですね。")]  # fmt: skip
ACCORDION_JA = [("ヤマハのアコーディオンの、空気を送る部分に穴があります。"
                 "全体の修理はなしで、そこだけ直してもらえますか。",
                 "はい、ヤマハの蛇腹の修理一点ですね。")]  # fmt: skip

#: (name, cached thread, query thread, follow-up): served both ways round
SERVED = [
    ("accordion", ACCORDION, ACCORDION_ASKED, HOW_LONG),
    ("camera", CAMERA, CAMERA_ASKED, HOW_LONG),
    ("paella, half seven", PAELLA, PAELLA_BOOKED, VEGETARIAN),
]  # fmt: skip

#: (name, cached thread, query thread, follow-up): another thing hidden in the rewording,
#: refused both ways round
REFUSED = [
    ("accordion: the reeds", ACCORDION, asked(
        "My Hohner accordion, the reeds buzz. Just that, please.",
        "Noted: fixing the reeds on your Hohner, no tuning.", ASK_ACC), HOW_LONG),
    ("accordion: another maker", ACCORDION, asked(
        "My Scandalli accordion, the bellows leak. Just that, please.",
        "Noted: fixing the bellows on your Scandalli, no tuning.", ASK_ACC), HOW_LONG),
    ("accordion: the bass buttons described", [(
        "The buttons on the left of my Hohner that play the low notes keep sticking - could "
        "you sort that one fault, without a full restore?",
        "Yes: a single repair to the bass buttons of the Hohner.")], ACCORDION_ASKED, HOW_LONG),
    ("accordion: sold as it is", [(
        "The squeezy bit on my Hohner that pushes the air has a hole - could you sell it on "
        "for me as it is, without mending it?",
        "Yes: we'll sell the Hohner as it is, with the bellows unmended.")],
     ACCORDION_ASKED, HOW_LONG),
    ("accordion: the restore refused on one side, asked on the other", ACCORDION, asked(
        "My Hohner accordion, the bellows leak. Please do a full restore as well.",
        "Noted: fixing the bellows on your Hohner, with a full restoration.", ASK_ACC),
     HOW_LONG),
    ("accordion: another job code", [(
        "The squeezy bit on my Hohner that pushes the air has a hole - job AC-2291 - could "
        "you patch that one fault?", "Yes: a single repair to the bellows of the Hohner, job "
        "AC-2291.")], asked("My Hohner accordion, the bellows leak, job AC-2219. Just that, "
        "please.", "Noted: fixing the bellows on your Hohner, job AC-2219.", ASK_ACC),
     HOW_LONG),
    ("camera: the lens", CAMERA, asked(
        "A Pentax film camera, the lens is scratched. Just that, please.",
        "Noted: fixing the lens on your Pentax, no cleaning.", ASK_CAM), HOW_LONG),
    ("camera: another maker", CAMERA, asked(
        "A Canon film camera, the shutter sticks. Just that, please.",
        "Noted: fixing the shutter on your Canon, no cleaning.", ASK_CAM), HOW_LONG),
    ("camera: the advance lever described", [(
        "The lever I push to wind the film on my Pentax is stuck - could you sort that one "
        "fault, without a full service?",
        "Yes: a single repair to the film advance lever of the Pentax.")],
     CAMERA_ASKED, HOW_LONG),
    ("camera: cleaned, the shutter left", CAMERA, asked(
        "A Pentax film camera. Leave the shutter as it is and just clean it, please.",
        "Noted: cleaning your Pentax, the shutter left as it is.", ASK_CAM), HOW_LONG),
    ("camera: two of them", CAMERA, asked(
        "Two Pentax film cameras, both shutters stick. Just that, please.",
        "Noted: fixing the shutters on your two Pentax cameras, no cleaning.", ASK_CAM),
     HOW_LONG),
    ("paella: half eight", [(
        "Three of us fancy your seafood rice on Friday 6 March, around half eight - can you "
        "fit us in?", "Yes: a party of three, Friday 6 March at 8:30pm, for the paella.")],
     PAELLA_BOOKED, VEGETARIAN),
    ("paella: 8pm", PAELLA, [(
        "I'd like a table for 3 on Friday 6 March at 8pm for the paella, please.",
        "Booked: 3 people on Friday 6 March at 8pm, paella.")], VEGETARIAN),
    ("paella: half past eight", PAELLA, [(
        "I'd like a table for 3 on Friday 6 March at half past eight for the paella, please.",
        "Booked: 3 people on Friday 6 March at 8:30pm, paella.")], VEGETARIAN),
    ("paella: four of us", [(
        "Four of us fancy your seafood rice on Friday 6 March, around half seven - can you "
        "fit us in?", "Yes: a party of four, Friday 6 March at 7:30pm, for the paella.")],
     PAELLA_BOOKED, VEGETARIAN),
    ("paella: the lamb", [(
        "Three of us fancy your slow-roast lamb on Friday 6 March, around half seven - can you "
        "fit us in?", "Yes: a party of three, Friday 6 March at 7:30pm, for the lamb.")],
     PAELLA_BOOKED, VEGETARIAN),
    ("paella: Saturday", [(
        "Three of us fancy your seafood rice on Saturday 7 March, around half seven - can you "
        "fit us in?", "Yes: a party of three, Saturday 7 March at 7:30pm, for the paella.")],
     PAELLA_BOOKED, VEGETARIAN),
    ("paella: collected, not eaten in", PAELLA, [(
        "I'd like to collect 3 portions of paella on Friday 6 March at 7:30pm, please.",
        "Noted: 3 portions of paella to collect on Friday 6 March at 7:30pm.")], VEGETARIAN),
    ("camera ja: the lens", CAMERA_JA, asked(
        "ペンタックスのフィルムカメラで、レンズに傷があります。そこだけお願いします。",
        "ペンタックスのレンズの修理、承りました。", ASK_JA), JA_HOW_LONG),
    ("camera ja: another maker", CAMERA_JA, asked(
        "ニコンのフィルムカメラで、シャッターが引っかかります。そこだけお願いします。",
        "ニコンのシャッターの修理、承りました。", ASK_JA), JA_HOW_LONG),
    ("camera ja: bought as it is", [(
        "ペンタックスの、写真を撮るときに開く小さな扉が引っかかります。このまま買い取ってもらえますか。",
        "はい、ペンタックスをこのままの状態で買い取りいたします。")], asked(
        "ペンタックスのフィルムカメラで、シャッターが引っかかります。そこだけ直してください。",
        "ペンタックスのシャッターの修理、承りました。", ASK_JA), JA_HOW_LONG),
    ("camera ja: two of them", CAMERA_JA, asked(
        "ペンタックスのフィルムカメラ二台で、シャッターが引っかかります。そこだけお願いします。",
        "ペンタックス二台のシャッターの修理、承りました。", ASK_JA), JA_HOW_LONG),
    ("accordion ja: the whole repair refused on one side, asked on the other", ACCORDION_JA,
     asked("ヤマハのアコーディオンで、蛇腹から空気が漏れます。全体の修理もお願いします。",
           "ヤマハの蛇腹と全体の修理、承りました。", ASK_JA2), JA_HOW_LONG),
]  # fmt: skip

#: served on the code before this session too (its mean cosine is above ``stated``): the
#: stated facts do not read buying against mending when the thing and its part are the same
KNOWN_MISSES = [
    ("camera: bought, not mended", [(
        "The little door that snaps open when I take a picture on my Pentax sticks - would "
        "you buy the camera off me as it is?",
        "Yes: we'll buy the Pentax as it is, sticking shutter and all.")],
     CAMERA_ASKED, HOW_LONG),
]  # fmt: skip


@pytest.mark.parametrize("probe", SERVED, ids=[p[0] for p in SERVED])
async def test_the_same_close_served(matcher: ConversationMatcher, probe: tuple) -> None:
    _name, cached, query, follow_up = probe
    for accept, reason in await both_ways(matcher, turns(*cached), turns(*query), follow_up):
        assert accept, reason
        assert reason == "history:same"


def test_there_are_twenty_refused_probes() -> None:
    assert len(REFUSED) >= 20
    assert len({p[0] for p in REFUSED}) == len(REFUSED)


@pytest.mark.parametrize("probe", REFUSED, ids=[p[0] for p in REFUSED])
async def test_another_thing_in_the_rewording_refused(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    _name, cached, query, follow_up = probe
    for accept, reason in await both_ways(matcher, turns(*cached), turns(*query), follow_up):
        assert not accept, reason


@pytest.mark.parametrize("probe", KNOWN_MISSES, ids=[p[0] for p in KNOWN_MISSES])
async def test_known_misses(matcher: ConversationMatcher, probe: tuple) -> None:
    """When one is refused, move it to REFUSED."""
    _name, cached, query, follow_up = probe
    for accept, reason in await both_ways(matcher, turns(*cached), turns(*query), follow_up):
        assert accept, reason


async def test_same_close_reads_the_last_replies(matcher: ConversationMatcher) -> None:
    comparer = matcher.comparer
    readings = {"units": comparer._turn_units, "unsaid": comparer._unsaid,
                "analyse": comparer._analyse}  # fmt: skip
    one = (await matcher.build(turns(*ACCORDION))).exchanges
    asked_ = (await matcher.build(turns(*ACCORDION_ASKED))).exchanges
    assert closing(asked_) == "Noted: fixing the bellows on your Hohner, no tuning."
    assert same_close(one, asked_, **readings) and same_close(asked_, one, **readings)
    other = asked("My Scandalli accordion, the bellows leak. Just that, please.",
                  "Noted: fixing the bellows on your Scandalli, no tuning.", ASK_ACC)  # fmt: skip
    assert not same_close(one, (await matcher.build(turns(*other))).exchanges, **readings)
    # a last reply that only asks confirms nothing; one without a number or a name neither
    asking = [("My Hohner accordion, the bellows leak.", "Shall we tune it as well?")]
    assert closing((await matcher.build(turns(*asking))).exchanges) == ""
    plain = [("The bellows of my accordion leak.", "Noted: a repair to the bellows.")]
    plain_asked = [ASK_ACC, ("My accordion, the bellows leak.", "Noted: fixing the bellows.")]
    built = [(await matcher.build(turns(*t))).exchanges for t in (plain, plain_asked)]
    assert not same_close(*built, **readings)


def test_refused_words(matcher: ConversationMatcher) -> None:
    units = matcher.comparer._turn_units
    no, yes = refused(["Just the space bar, without a full clean-up, and no photos."], units)
    assert {"full", "photo"} <= no and stem_en("space") in yes
    assert refused_asked(["Patch the hole, without a full restore."],
                         ["Please do a full restore as well."], units)  # fmt: skip
    assert not refused_asked(["Patch the hole, without a full restore."],
                             ["Just the bellows, please."], units)  # fmt: skip
    assert refused_asked(["全体の修理はなしで、そこだけ直してください。"],
                         ["全体の修理もお願いします。"], units)  # fmt: skip


def test_half_seven_is_half_past_seven() -> None:
    assert [t for _, t in clock_times("around half seven - can you fit us in?")] == [(7, 30)]
    assert [t for _, t in clock_times("Half ten tomorrow, then.")] == [(10, 30)]
    assert clock_words(["around half seven"], ["at 7:30pm"]) == {"half", "seven"}
    assert clock_words(["around half seven"], ["at 8:30pm"]) == set()
    # a count, not a time
    for text in ("half seven-year-olds", "half seven days", "half seven of them"):
        assert clock_times(text) == (), text
