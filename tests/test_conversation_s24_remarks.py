"""Session 24, after the record run of heldout18: a negated remark of feeling, memory or
experience about a thing of the request is no withdrawal of it
(:func:`~yamabiko.conversation.negated.fond_remark`). Probes written for these tests (no
evaluation set's wording), with the real default embedder, each decided both ways round; the
served remarks are refused by main's code before this change (``history:negated:``), and
each sits next to a twin that withdraws the request in the same thread and stays refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.negated import fond_remark

SAUNA = [
    ("Can I book the lakeside sauna for two on Saturday evening?",
     "Of course. Would you like towels as well?"),
    ("Yes please, two towels.",
     "Noted: the lakeside sauna for two on Saturday evening, two towels."),
]  # fmt: skip
SAUNA_FOND = [
    *SAUNA,
    ("I honestly can't stop thinking about that sauna since our last visit.",
     "That's lovely to hear!"),
]  # fmt: skip
SAUNA_NEVER = [
    *SAUNA,
    ("Plenty of cold swims, but never a sauna.", "You're in for a treat."),
]  # fmt: skip
SAUNA_WITHDRAWN = [
    *SAUNA,
    ("We can't use the sauna after all.", "Understood."),
]  # fmt: skip
ONSEN = [
    ("土曜の夜に貸切風呂を二人で予約したいです。",
     "ありがとうございます。お時間はいかがなさいますか？"),
    ("夜8時でお願いします。", "土曜夜8時、貸切風呂お二人さまですね。"),
]  # fmt: skip
ONSEN_FOND = [
    *ONSEN,
    ("去年入った貸切風呂が忘れられなくて。", "ありがとうございます。お待ちしております。"),
]  # fmt: skip
ONSEN_WITHDRAWN = [
    *ONSEN,
    ("すみません、貸切風呂は要らなくなりました。", "承知しました。"),
]  # fmt: skip

PROBES = [
    ("en-cannot-stop-thinking", "small-talk", 1, SAUNA, SAUNA_FOND),
    ("en-never-tried", "small-talk", 1, SAUNA, SAUNA_NEVER),
    ("en-cannot-use-withdrawn", "intent", 0, SAUNA, SAUNA_WITHDRAWN),
    ("ja-cannot-forget", "small-talk", 1, ONSEN, ONSEN_FOND),
    ("ja-no-longer-needed", "intent", 0, ONSEN, ONSEN_WITHDRAWN),
]
#: the withdrawals keep the reason of a negated statement
REASONS = {
    "en-cannot-use-withdrawn": "history:negated:",
    "ja-no-longer-needed": "history:negated:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("I can't forget the view from that cabin.", True),
        ("I cannot remember a better concert.", True),
        ("Some snowboarding, but never skiing.", True),
        ("We won't be needing the cabin now.", False),
        ("We don't want the cabin after all.", False),
        ("We can't book the cabin after all.", False),  # book: a first sense of planning only
        ("I never asked for the cabin.", False),
        ("Never mind the cabin.", False),
        ("I couldn't believe the view, and we don't need the cabin.", False),
        ("Nothing to add.", False),
        ("あの夏のスイカが忘れられません。", True),
        ("花火大会が待ちきれない！", True),
        ("花火は要りません。", False),
        ("急に行けなくなりました。", False),
        ("花火が見られなくなりました。", False),
        ("予約はやめておきます。", False),
        ("楽しみです。", False),
    ],
)
def test_fond_remark(text: str, remark: bool) -> None:
    assert fond_remark(text) is remark
