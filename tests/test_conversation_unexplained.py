"""Session 22: the last step of the comparison of histories, a paired exchange that differs in a
way no earlier step explained (:mod:`yamabiko.conversation.unexplained`). Probes written for
these tests (:mod:`conversation_probes_s22`, English and Japanese) both ways round through the
matcher, the rule on its own, and the different-context pairs that record runs served on sets
that are tuning data now, each refused by the rule alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conversation_probes_s20 import BED_APART, BED_INSTEAD
from conversation_probes_s22 import PROBES
from conversation_turns import assert_probe, turns

from yamabiko.conversation import text_turns
from yamabiko.conversation.unexplained import unexplained_alone

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"

#: the probes this step decides (the steps before it serve them): the reason it gives
REASONS = {
    "en-boiler-replace": "history:unexplained-reply:",
    "en-car-cambelt": "history:unexplained-reply:cambelt+water",
    "ja-aircon-more": "history:unexplained-reply:室外+機+洗浄+防カビ+コート",
}


def _alone(matcher, q, c):
    """The step on its own, with the matcher's readings of words."""
    comparer = matcher.comparer
    return unexplained_alone(
        q, c, match=comparer.match,
        units=comparer._turn_units, unsaid=comparer._unsaid, analyse=comparer._analyse,
    )  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    """Every probe decided as its label says, with either side cached."""
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_the_rule_alone(matcher, probe) -> None:
    """The step alone refuses every different-context probe both ways round (most are
    refused earlier, by the reply rules, for the same difference) and accepts the twins."""
    _name, _kind, label, a, b = probe
    ha, hb = await matcher.build(turns(*a)), await matcher.build(turns(*b))
    for q, c in ((ha, hb), (hb, ha)):
        found = _alone(matcher, q.exchanges, c.exchanges)
        assert found.accept == bool(label), found.reason
        if not label:
            assert found.reason.startswith("history:unexplained-"), found.reason


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [("heldout8", "en-antique-valuation-5", "history:unexplained-reply:"),
     ("heldout10", "en-water-meter-5", "history:unexplained-reply:request+return+unmetered"),
     ("heldout11", "en-vet-vaccination-3", "history:unexplained-reply:plus+kennel")],
)  # fmt: skip
async def test_record_misses_alone(matcher, data, name, reason) -> None:
    """Different-context pairs that record runs served (sets that are tuning data now; later
    rules refuse them for other reasons) are refused by this step alone, both ways round."""
    rows = (json.loads(r) for r in (DATA / f"conversations-{data}.jsonl").open(encoding="utf-8"))
    pair = next(r for r in rows if r["id"] == name)
    a = await matcher.build(text_turns(pair["a"][:-1]))
    b = await matcher.build(text_turns(pair["b"][:-1]))
    for q, c in ((b, a), (a, b)):
        found = _alone(matcher, q.exchanges, c.exchanges)
        assert not found.accept and found.reason.startswith(reason), found.reason


async def test_manners_and_adjectives_are_no_difference(matcher) -> None:
    """The assistant's own manners (*Noted* / *Booked*, 承知しました / 承ります) and words that
    only describe (*free* / *available*) differ without a different request."""
    pairs = [
        (("Is court 2 free on Saturday at ten?", "Yes, court 2 is free then. Shall I book it?"),
         ("Yes please.", "Noted: court 2, Saturday 10am.")),
        (("Is court 2 free on Saturday at ten?",
          "Yes, court 2 is available then. Shall I book it?"),
         ("Yes please.", "Booked: court 2, Saturday 10am.")),
        (("猫を二泊預けたいです。", "ありがとうございます。いつからですか？"),
         ("今週の金曜日からです。", "今週金曜日から二泊ですね、承知しました。")),
        (("猫を二泊預けたいです。", "ありがとうございます。いつからですか？"),
         ("今週の金曜日からです。", "今週金曜日から二泊で承ります。")),
    ]  # fmt: skip
    for first, second in (pairs[0:2], pairs[2:4]):
        ha, hb = await matcher.build(turns(*first)), await matcher.build(turns(*second))
        for q, c in ((ha, hb), (hb, ha)):
            assert _alone(matcher, q.exchanges, c.exchanges).accept


async def test_known_cost_two_nouns_of_one_act(matcher) -> None:
    """A same-context probe of session 20 this step refuses: *dismantling* / *disassembly*,
    one act in two nouns that no resource at hand pairs (listed in that test's WEAK); when a
    resource pairs them, this fails and the probe goes back to being served."""
    ha, hb = await matcher.build(turns(*BED_APART)), await matcher.build(turns(*BED_INSTEAD))
    for q, c in ((ha, hb), (hb, ha)):
        found = matcher.compare(q, c.to_json())
        assert not found.accept and found.reason.startswith("history:unexplained-reply:")
