"""Session 22 (after the record run): a remark the assistant does not take up is no part of
the thread, even when it carries a negation or a name, or resembles the thread's first turn
(:meth:`~yamabiko.conversation.structure.Structure._remark`); a side question after the thread
asks about a stop (停める: to park) without making one. Probes written for these tests (no
evaluation set's wording), with the real default embedder, each decided both ways round, in
English and Japanese; each next to a twin where the negation, the name or the verb IS about
the request (the assistant takes it up, or it says the thread's words again), which stays a
different context.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

TANDEM = [
    ("I'd like to hire a tandem bike for a ride along the canal.",
     "Happy to help. Which day would you like it?"),
    ("Sunday morning, please.", "Noted: the tandem for Sunday morning."),
]  # fmt: skip
TANDEM_REMARK = [
    ("I'd like to hire a tandem bike for a ride along the canal.",
     "Happy to help. Which day would you like it?"),
    ("My husband has no clue I'm getting us a tandem.", "What a lovely surprise!"),
    ("Sunday morning, please.", "Noted: the tandem for Sunday morning."),
]  # fmt: skip
TANDEM_PLAIN = [
    ("I'd like to hire a tandem bike for a ride along the canal.",
     "Happy to help. Which day would you like it?"),
    ("Sunday morning, please.", "Noted: Sunday morning."),
]  # fmt: skip
TANDEM_REFUSED = [
    ("I'd like to hire a tandem bike for a ride along the canal.",
     "Happy to help. Which day would you like it?"),
    ("My husband won't ride a tandem bike.", "Oh dear!"),
    ("Sunday morning, please.", "Noted: Sunday morning."),
]  # fmt: skip
BOOTH = [
    ("Could we book your photo booth for our party on 12 May in Leeds?",
     "Of course! How many hours would you like it for?"),
    ("Three hours, please.", "Noted: the photo booth for three hours at your party on 12 May."),
]  # fmt: skip
BOOTH_NAMED = [
    *BOOTH,
    ("We met at a festival in Glastonbury.", "What a story!"),
]  # fmt: skip
BOOTH_VENUE = [
    *BOOTH,
    ("The party has moved to the Grand Hotel in York.", "Lovely."),
]  # fmt: skip
LAMP = [
    ("子ども部屋の照明を取り替えたいです。", "ありがとうございます。ご希望の明るさはありますか？"),
    ("一番明るいLEDにしてください。", "子ども部屋の照明を、一番明るいLEDに交換ですね。"),
]  # fmt: skip
LAMP_REMARK = [
    *LAMP,
    ("夜になると暗くて、本がちっとも読めないんです。", "それはお困りでしたね。"),
]  # fmt: skip
LAMP_NEGATED = [
    *LAMP,
    ("やっぱり子ども部屋の照明は取り替えないでください。",
     "承知しました。照明の交換は取りやめます。"),
]  # fmt: skip
KIMONO = [
    ("着物のクリーニングをお願いしたいです。", "ありがとうございます。何枚ございますか？"),
    ("訪問着を一枚です。", "訪問着一枚のクリーニングですね。"),
]  # fmt: skip
KIMONO_REMARK = [
    ("着物のクリーニングをお願いしたいです。", "ありがとうございます。何枚ございますか？"),
    ("祖母が若いころ大阪で買ったそうです。", "素敵なお話ですね。"),
    ("訪問着を一枚です。", "訪問着一枚のクリーニングですね。"),
]  # fmt: skip
KIMONO_SHOP = [
    *KIMONO,
    ("訪問着は大阪の店に届けてください。", "承知しました。"),
]  # fmt: skip
BREAD = [
    ("明日の朝、食パンを取り置きしてほしいです。", "ありがとうございます。何斤にしますか？"),
    ("二斤お願いします。", "明日の朝、食パン二斤の取り置きですね。"),
]  # fmt: skip
BREAD_PARKING = [
    *BREAD,
    ("パンを受け取りに行くとき、車はどこに停めればいいですか？", "お店の横に三台分ございます。"),
]  # fmt: skip
BREAD_STOPPED = [
    *BREAD,
    ("すみません、やっぱり取り置きは止めてください。", "承知しました。取り置きを取り消します。"),
]  # fmt: skip

PROBES = [
    ("en-remark-negation", "small-talk", 1, TANDEM, TANDEM_REMARK),
    ("en-remark-named", "small-talk", 1, BOOTH, BOOTH_NAMED),
    ("en-venue-named", "entity", 0, BOOTH, BOOTH_VENUE),
    ("en-request-negated", "intent", 0, TANDEM_PLAIN, TANDEM_REFUSED),
    ("ja-remark-negation", "small-talk", 1, LAMP, LAMP_REMARK),
    ("ja-request-negated", "intent", 0, LAMP, LAMP_NEGATED),
    ("ja-remark-named", "small-talk", 1, KIMONO, KIMONO_REMARK),
    ("ja-shop-named", "entity", 0, KIMONO, KIMONO_SHOP),
    ("ja-side-question-parking", "unrelated", 1, BREAD, BREAD_PARKING),
    ("ja-request-stopped", "intent", 0, BREAD, BREAD_STOPPED),
]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)
