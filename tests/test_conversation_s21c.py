"""Late session 21: the two kinds of different context the unseen heldout15 run served
(:mod:`yamabiko.conversation.outcomes`): a cancellation a reply reports on one side only
(``history:outcome:``) and a job restricted to one act the other side never asks for
(``history:only:``). The two heldout15 pairs (tuning data since), probes written for these
tests (:mod:`conversation_probes_s21c`) both ways round, and the readings on their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conversation_probes_s21c import PROBES
from conversation_turns import assert_known_miss, assert_probe, text_analysis, turns

from yamabiko.conversation import text_turns
from yamabiko.conversation.outcomes import compare_outcomes, reported_reversals, restricted_acts

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"

#: probes decided wrongly by rules older than this module (a same-context twin refused:
#: a cancellation only offered in a confirmation, 調律だけ / 調律, read as a narrowed scope)
WEAK = frozenset({"en-pen-offer", "ja-bento-offer", "ja-piano-only"})

#: the reason this module gives (probes the rules before it served)
REASONS = {
    "en-fence-restain": "history:only:repaint",
    "ja-lock-copy": "history:only:作る",
}


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] not in WEAK], ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] in WEAK], ids=lambda p: p[0])
async def test_known_miss(matcher, probe) -> None:
    """Decided against its label both ways round: when one passes, move it out of WEAK."""
    await assert_known_miss(matcher, probe)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("ja-signboard-5", "history:only:塗り直し"), ("ja-catering-5", "history:outcome:取り消す")],
)
async def test_heldout15_pairs(matcher, name, reason) -> None:
    """The two different-context pairs heldout15 served, refused both ways round."""
    rows = (json.loads(r) for r in (DATA / "conversations-heldout15.jsonl").open(encoding="utf-8"))
    pair = next(r for r in rows if r["id"] == name)
    a = await matcher.build(text_turns(pair["a"][:-1]))
    b = await matcher.build(text_turns(pair["b"][:-1]))
    for query, cached in ((b, a), (a, b)):
        found = matcher.compare(query, cached.to_json())
        assert not found.accept and found.reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [("en-lunch-cancelled", "history:outcome:cancel"),
     ("ja-makunouchi-cancelled", "history:outcome:キャンセル"),
     ("ja-hall-cancelled", "history:outcome:取り消す"),
     ("ja-watch-battery", "history:only:交換"),
     ("en-fence-restain", "history:only:repaint")],
)  # fmt: skip
async def test_the_rule_alone(matcher, name, reason) -> None:
    """The module on its own refuses probes that earlier rules refuse for other reasons."""
    _name, _kind, _label, a, b = next(p for p in PROBES if p[0] == name)
    ha, hb = await matcher.build(turns(*a)), await matcher.build(turns(*b))
    analyse = text_analysis()
    for q, c in ((ha, hb), (hb, ha)):
        found = compare_outcomes(q.exchanges, c.exchanges, analyse)
        assert not found.accept and found.reason == reason


@pytest.mark.parametrize("name", ["en-fence-twin", "en-boiler-aside", "ja-shirt-aside",
                                  "en-pen-offer", "ja-bento-offer", "ja-piano-only"])
async def test_the_rule_accepts_twins(matcher, name) -> None:
    _name, _kind, _label, a, b = next(p for p in PROBES if p[0] == name)
    ha, hb = await matcher.build(turns(*a)), await matcher.build(turns(*b))
    analyse = text_analysis()
    for q, c in ((ha, hb), (hb, ha)):
        assert compare_outcomes(q.exchanges, c.exchanges, analyse).accept


def test_reported_reversals() -> None:
    analyse = text_analysis()
    thread = {"order", "注文", "cake"}
    done = ["I'll cancel the order then.", "Okay, I've cancelled your order.",
            "The cake order is cancelled then.", "ご注文は取り消しますね。",
            "ご注文はキャンセルいたしました。"]  # fmt: skip
    offered = ["You can cancel the order any time.", "ご注文は前日までならキャンセルもできます。",
               "ご注文を取り消すなら前日までです。", "The sale has ended."]  # fmt: skip
    for text in done:
        assert reported_reversals(text, analyse(text).lang, analyse, thread), text
    for text in offered:
        assert not reported_reversals(text, analyse(text).lang, analyse, thread), text
    # a reversal naming nothing of the thread is an aside
    assert not reported_reversals("The summer sale is cancelled.", "en", analyse, thread)


def test_restricted_acts() -> None:
    assert restricted_acts("So that's a repaint only, front door.", "en") == {"repaint"}
    assert restricted_acts("Only a refill, then.", "en") == {"refill"}
    assert restricted_acts("Just to confirm: only a resize.", "en") == {"resize"}
    assert restricted_acts("電池の交換だけお願いします。", "ja") == {"交換"}
    assert restricted_acts("文字の塗り直しのみですね。", "ja") == {"塗り直し"}
    for text in ("I only turned seventeen last week!", "We only moved in last month.",
                 "Repainting the letters only.", "Only the front garden."):  # fmt: skip
        assert restricted_acts(text, "en") <= {"repaint"}, text
    assert not restricted_acts("I only turned seventeen last week!", "en")
    assert not restricted_acts("Only the front garden.", "en")
    assert not restricted_acts("できるだけ早く伺います。", "ja")
