"""Session 12: histories that do not line up compared by the facts their users state
(``conversation/facts.py``), with the real default embedder. A thread said in one turn on one
side and in answers to the assistant's questions on the other is served; the same shape with
another number, another person, another offered option chosen, a "no" or a reversal is not.
English and Japanese (the examples are written for this test, not taken from the evaluation
sets)."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation.facts import stated
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.match import HistoryComparer
from yamabiko.eval.conversations import load_conversation_pairs

BOAT_ONE = turns(
    ("We'd like a rowing boat on the lake for three people on Sunday afternoon.",
     "Sure - a rowing boat for three, Sunday afternoon."),
)  # fmt: skip
BOAT_ASKED = turns(
    ("Can I hire one of your rowing boats this Sunday?", "Yes. Morning or afternoon?"),
    ("Afternoon please, there are 3 of us.", "A rowing boat for three people on Sunday afternoon."),
)  # fmt: skip
BOAT_FOUR = turns(
    ("Can I hire one of your rowing boats this Sunday?", "Yes. Morning or afternoon?"),
    ("Afternoon please, there are 4 of us.", "A rowing boat for four people on Sunday afternoon."),
)  # fmt: skip
BOAT_DAUGHTER = turns(
    ("Can I hire one of your rowing boats this Sunday for my daughter's party?",
     "Yes. Morning or afternoon?"),
    ("Afternoon please, there are 3 of us.", "A rowing boat for three people on Sunday afternoon."),
)  # fmt: skip
BOAT_CANCEL = turns(
    ("I need to cancel the rowing boat I hired for this Sunday.", "Of course. Which slot was it?"),
    ("Afternoon, there are 3 of us.", "The rowing boat for three people on Sunday afternoon."),
)  # fmt: skip
KIMONO_ONE = turns(
    ("来週の金曜日に着物の着付けを一名でお願いしたいです。",
     "来週金曜日、お一人様の着付けですね。"),
)  # fmt: skip
KIMONO_ASKED = turns(
    ("着物の着付けを予約したいです。", "ありがとうございます。ご希望の日と人数は？"),
    ("来週の金曜日、一人です。", "来週金曜、一名様の着付けで承ります。"),
)  # fmt: skip
KIMONO_TWO = turns(
    ("着物の着付けを予約したいです。", "ありがとうございます。ご希望の日と人数は？"),
    ("来週の金曜日、二人です。", "来週金曜、二名様の着付けで承ります。"),
)  # fmt: skip
#: the assistant offers both options on both sides; the users choose differently
LESSON_SHORT = turns(
    ("I'd like to try a riding lesson.", "Welcome! A 30-minute pony ride or a 1-hour trail ride?"),
    ("The 30-minute pony ride.", "Great, a 30-minute pony ride."),
)  # fmt: skip
LESSON_LONG_SAID_ONCE = turns(
    ("Can I book a taster? I'd go for the 1-hour trail ride.",
     "Lovely - we do a 30-minute pony ride or a 1-hour trail ride; the trail ride it is."),
)  # fmt: skip


def _comparer(matcher, **kwargs) -> HistoryComparer:
    return HistoryComparer(
        matcher.guard, matcher.reply_guard, matcher._analyses,
        polarity=matcher.small_talk.polarity, **kwargs,
    )  # fmt: skip


@pytest.mark.parametrize(("one", "asked"), [(BOAT_ONE, BOAT_ASKED), (KIMONO_ONE, KIMONO_ASKED)])
async def test_a_thread_said_in_other_turns_and_words_is_served(matcher, one, asked) -> None:
    assert await both_ways(matcher, one, asked) == [(True, "history:same")] * 2
    # without the comparison by stated facts the exchanges do not line up
    never = _comparer(matcher, stated=1.01)
    first, second = [(await matcher.build(t)).exchanges for t in (one, asked)]
    assert never.compare(second, first).reason in ("history:topic", "history:extra")


@pytest.mark.parametrize(
    ("one", "other", "why"),
    [
        (BOAT_ONE, BOAT_FOUR, "history:facts-named:4"),
        (KIMONO_ONE, KIMONO_TWO, "history:facts-named:一"),
        (BOAT_ONE, BOAT_DAUGHTER, "history:facts-person"),
        (BOAT_ONE, BOAT_CANCEL, "history:intent:cancel"),
    ],
)
async def test_another_number_person_or_intent_is_never_served(matcher, one, other, why) -> None:
    verdicts = await both_ways(matcher, one, other)
    assert not any(accept for accept, _ in verdicts)
    assert why in {reason for _, reason in verdicts}


async def test_an_option_the_assistant_offered_is_no_choice(matcher) -> None:
    # "1-hour trail ride" is said on the short side too, but only in the assistant's offer
    verdicts = await both_ways(matcher, LESSON_SHORT, LESSON_LONG_SAID_ONCE)
    assert not any(accept for accept, _ in verdicts)
    assert stated([Exchange("", "A or B? Fine, A.", None)]) == ["Fine, A."]  # type: ignore[arg-type]


async def test_a_no_on_one_side_only_is_another_answer(matcher) -> None:
    member = turns(
        ("I'd like to enter the Lakeside 10k run.", "Great! Are you in an affiliated club?"),
        ("No, I'm not.", "Then it's the unaffiliated entry."),
    )  # fmt: skip
    said_once = turns(
        ("Can I sign up for the Lakeside 10k? I'm in an affiliated running club.",
         "Of course - the affiliated entry, then."),
    )  # fmt: skip
    verdicts = await both_ways(matcher, member, said_once)
    assert not any(accept for accept, _ in verdicts)


# -- a word added to a close turn: the facts the users state decide --------------------------

ENVELOPES = turns(
    ("I placed an order for two boxes of envelopes.", "Your two boxes of envelopes ship today."),
)  # fmt: skip
ENVELOPES_SAID = turns(
    ("I ordered 2 boxes of envelopes.", "Your two boxes of envelopes ship today."),
)  # fmt: skip
PASSPORT = turns(
    ("I need to renew my passport before June.", "Sure, a passport renewal before June."),
)  # fmt: skip
PASSPORT_SON = turns(
    ("I need to renew my son's passport before June.", "Sure, a passport renewal before June."),
)  # fmt: skip


async def test_a_word_added_to_a_close_turn_is_decided_by_the_stated_facts(matcher) -> None:
    assert await both_ways(matcher, ENVELOPES, ENVELOPES_SAID) == [(True, "history:same")] * 2
    strict = _comparer(matcher, inserted=1.01)  # every added word is a change
    first, second = [(await matcher.build(t)).exchanges for t in (ENVELOPES, ENVELOPES_SAID)]
    assert strict.compare(second, first).reason.startswith("history:insertion:")
    verdicts = await both_ways(matcher, PASSPORT, PASSPORT_SON)  # another person
    assert verdicts == [(False, "history:facts-person")] * 2


# -- every history of one scenario against every other scenario's: a different context --------

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
#: the tuning sets named one by one (a held-out set landed later is not read here)
SETS = ("tune", "report", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")


async def test_no_history_of_one_scenario_is_served_for_another(matcher) -> None:
    """Each set's scenarios (``en-cruise``, ``ja-will``) are different contexts: no history
    of one is accepted for another's in the same language (3 of each scenario's histories,
    5,688 comparisons)."""
    served, compared = [], 0
    for name in SETS:
        histories: dict[tuple[str | None, str], list] = {}
        for pair in load_conversation_pairs(DATA / f"conversations-{name}.jsonl"):
            scenario = (pair.lang, (pair.id or "").rsplit("-", 1)[0])
            for side in (pair.a, pair.b):
                earlier = [(m["role"], m["content"]) for m in side[:-1]]
                histories.setdefault(scenario, []).append(await matcher.build(earlier))
        for (lang, one), (other_lang, other) in combinations(histories, 2):
            if lang != other_lang:
                continue
            for first in histories[lang, one][:3]:
                for second in histories[other_lang, other][:3]:
                    if not (first.exchanges and second.exchanges):
                        continue
                    compared += 1
                    if matcher.compare(first, second.to_json()).accept:
                        served.append((name, one, other))
    assert served == [] and compared > 5000, compared
