"""Session 34 (smalltalk) probes of conversation matching: a thread, then a remark the
assistant answers with a comment, then a follow-up question (:data:`FOLLOW_UPS`, the same on
both sides, handed to the comparison as a lookup hands its prompt).

Most probes come as twins: one remark before two questions. Label 1 (small talk): the remark
names a food, a vehicle, an allergy or a status but does not decide what the follow-up asks
(an allergy before *what time does it open*, a bus ride told of the past before *how long does
it take*, a food in a sentence that does not refuse to eat it). Label 0: the same remark, or
its twin, before a question whose answer it decides (an allergy before *what would you
recommend*, a bus ride planned for the day before *how long does it take*). The first seven
rebuild the small talk of session 33's review (docs/quality.md, "review"), refused there. The
:data:`MID` probes say the remark mid-thread, between the thread's two exchanges. Written for
this session, English and Japanese.

Each probe is ``(name, kind, label, a, b)`` (:mod:`benchmarks.conversation_probes`): ``a``
the thread, ``b`` the thread and the remark (rows as session 33's, read by its ``_probes``).
"""

from __future__ import annotations

from review_conversation_probes_s33 import Probe, _probes

COOKING = [
    (
        "Can I book two places on Saturday's pastry class?",
        "Of course! Morning or afternoon session?",
    ),
    ("The afternoon one, please.", "Booked: two places, Saturday afternoon pastry class."),
]
MUSEUM = [
    (
        "I'd like two tickets for the Monet exhibition next Sunday.",
        "Certainly. Would you like the audio guide too?",
    ),
    ("Yes, with the audio guide.", "Booked: two tickets with audio guides for next Sunday."),
]
BISTRO = [
    ("A table for three on Friday at 7pm, please.", "Of course. Inside or by the window?"),
    ("By the window.", "Booked: three by the window, Friday at 7pm."),
]
KYOSHITSU = [
    (
        "土曜の午後の料理教室に2名で申し込みたいです。",
        "ありがとうございます。エプロンの貸し出しは必要ですか？",
    ),
    ("はい、お願いします。", "承知しました。土曜午後、2名様、エプロン付きで承りました。"),
]
BIJUTSUKAN = [
    (
        "来週の日曜に美術館の特別展を2名で予約したいです。",
        "ありがとうございます。音声ガイドもお付けしますか？",
    ),
    ("はい、お願いします。", "承知しました。来週日曜、2名様、音声ガイド付きでご予約しました。"),
]
WASHOKU = [
    (
        "金曜の夜7時に3名で予約したいです。",
        "ありがとうございます。カウンター席とテーブル席がございます。",
    ),
    ("テーブル席でお願いします。", "承知しました。金曜19時、3名様、テーブル席でご予約しました。"),
]

OPEN_EN = "What time does it open?"
WAY_EN = "How long does it take to get there from the station?"
FOOD_EN = "What would you recommend?"
PRICE_EN = "How much is it?"
BRING_EN = "Is there parking nearby?"
OPEN_JA = "何時から入れますか？"
WAY_JA = "駅からどのくらいかかりますか？"
FOOD_JA = "おすすめは何ですか？"
DRINK_JA = "飲み物は何がありますか？"
PRICE_JA = "料金はいくらですか？"

#: (name, label, thread, remark, reply, follow-up)
ROWS = [
    # session 33 review's small talk (served on base33, refused by jaSmall)
    (
        "en-cook-chocolate",
        1,
        COOKING,
        "He couldn't resist the chocolate last time.",
        "Ha, nobody can!",
        OPEN_EN,
    ),
    ("en-cook-bread", 1, COOKING, "We've never made bread before.", "You'll love it!", OPEN_EN),
    (
        "en-museum-grandad-bus",
        1,
        MUSEUM,
        "My grandad used to travel everywhere by bus.",
        "What a lovely memory.",
        WAY_EN,
    ),
    (
        "en-museum-sneezing",
        1,
        MUSEUM,
        "I've been sneezing all week, allergies!",
        "Oh no, poor you.",
        OPEN_EN,
    ),
    (
        "ja-kyoshitsu-coffee",
        1,
        KYOSHITSU,
        "朝はコーヒーがないと始まらないんです。",
        "わかります。",
        OPEN_JA,
    ),
    (
        "ja-bijutsukan-bus",
        1,
        BIJUTSUKAN,
        "昔はよくバスで美術館巡りをしたんです。",
        "素敵ですね。",
        WAY_JA,
    ),
    (
        "ja-bijutsukan-pollen",
        1,
        BIJUTSUKAN,
        "最近花粉のアレルギーがひどくて。",
        "それはお辛いですね。",
        OPEN_JA,
    ),
    # twins: the same remark before a question it decides
    (
        "en-cook-nuts-open",
        1,
        COOKING,
        "My son has a nut allergy.",
        "Thanks for letting us know.",
        OPEN_EN,
    ),
    (
        "en-cook-nuts-food",
        0,
        COOKING,
        "My son has a nut allergy.",
        "Thanks for letting us know.",
        "What will we be baking?",
    ),
    (
        "en-bistro-allergy-open",
        1,
        BISTRO,
        "My wife has a shellfish allergy.",
        "Oh, that must be hard.",
        OPEN_EN,
    ),
    (
        "en-bistro-allergy-food",
        0,
        BISTRO,
        "My wife has a shellfish allergy.",
        "Oh, that must be hard.",
        FOOD_EN,
    ),
    ("en-bistro-meat-open", 1, BISTRO, "My brother doesn't eat meat.", "Good to know.", OPEN_EN),
    ("en-bistro-meat-food", 0, BISTRO, "My brother doesn't eat meat.", "Good to know.", FOOD_EN),
    ("en-bistro-sushi-open", 1, BISTRO, "My husband adores sushi.", "Lovely!", OPEN_EN),
    ("en-bistro-sushi-food", 0, BISTRO, "My husband adores sushi.", "Lovely!", FOOD_EN),
    ("en-museum-bus-open", 1, MUSEUM, "We're going to come by bus.", "Very sensible.", OPEN_EN),
    ("en-museum-bus-way", 0, MUSEUM, "We're going to come by bus.", "Very sensible.", WAY_EN),
    (
        "en-museum-took-taxi-way",
        1,
        MUSEUM,
        "Last year we took a taxi and got stuck in traffic.",
        "Oh dear!",
        WAY_EN,
    ),
    ("en-museum-student-open", 1, MUSEUM, "I'm a student.", "How nice.", OPEN_EN),
    ("en-museum-student-price", 0, MUSEUM, "I'm a student.", "How nice.", PRICE_EN),
    (
        "en-cook-pizza-bring",
        1,
        COOKING,
        "We don't usually bake at home, we order pizza.",
        "Ha, fair enough!",
        BRING_EN,
    ),
    (
        "ja-washoku-allergy-open",
        1,
        WASHOKU,
        "連れはえびのアレルギーがあるんです。",
        "それは大変ですね。",
        OPEN_JA,
    ),
    (
        "ja-washoku-allergy-food",
        0,
        WASHOKU,
        "連れはえびのアレルギーがあるんです。",
        "それは大変ですね。",
        FOOD_JA,
    ),
    (
        "ja-washoku-egg-price",
        1,
        WASHOKU,
        "実は卵が食べられないんです。",
        "それは大変ですね。",
        PRICE_JA,
    ),
    (
        "ja-washoku-egg-food",
        0,
        WASHOKU,
        "実は卵が食べられないんです。",
        "それは大変ですね。",
        FOOD_JA,
    ),
    (
        "ja-washoku-sake-open",
        1,
        WASHOKU,
        "連れは日本酒が好きなんです。",
        "それはいいですね。",
        OPEN_JA,
    ),
    (
        "ja-washoku-sake-drink",
        0,
        WASHOKU,
        "連れは日本酒が好きなんです。",
        "それはいいですね。",
        DRINK_JA,
    ),
    (
        "ja-washoku-beer-food",
        1,
        WASHOKU,
        "昨日はビールを飲みすぎなかったんです。",
        "えらいですね。",
        PRICE_JA,
    ),
    (
        "ja-bijutsukan-train-open",
        1,
        BIJUTSUKAN,
        "当日は電車で行くつもりなんです。",
        "電車も便利ですね。",
        OPEN_JA,
    ),
    (
        "ja-bijutsukan-train-way",
        0,
        BIJUTSUKAN,
        "当日は電車で行くつもりなんです。",
        "電車も便利ですね。",
        WAY_JA,
    ),
    (
        "ja-bijutsukan-car-past",
        1,
        BIJUTSUKAN,
        "前回は車で行って渋滞したんです。",
        "それは大変でしたね。",
        WAY_JA,
    ),
    (
        "ja-kyoshitsu-milk-open",
        1,
        KYOSHITSU,
        "娘は牛乳が飲めないんです。",
        "そうなんですね。",
        OPEN_JA,
    ),
    (
        "ja-kyoshitsu-milk-food",
        0,
        KYOSHITSU,
        "娘は牛乳が飲めないんです。",
        "そうなんですね。",
        "何を作りますか？",
    ),
    (
        "ja-kyoshitsu-student-open",
        1,
        KYOSHITSU,
        "私はまだ学生なんです。",
        "お若いですね。",
        OPEN_JA,
    ),
    (
        "ja-kyoshitsu-student-price",
        0,
        KYOSHITSU,
        "私はまだ学生なんです。",
        "お若いですね。",
        PRICE_JA,
    ),
    (
        "ja-kyoshitsu-cake",
        1,
        KYOSHITSU,
        "家ではケーキを焼いたことがないんです。",
        "楽しみですね。",
        OPEN_JA,
    ),
]


#: (name, label, thread, remark, reply, follow-up): the remark said mid-thread, between the
#: thread's first exchange and its last
MID = [
    ("en-museum-mid-bus-open", 1, MUSEUM, "We're coming by bus.", "Good to know.", OPEN_EN),
    ("en-museum-mid-bus-way", 0, MUSEUM, "We're coming by bus.", "Good to know.", WAY_EN),
    (
        "en-bistro-mid-allergy-open",
        1,
        BISTRO,
        "My wife has a shellfish allergy.",
        "Noted.",
        OPEN_EN,
    ),
    (
        "en-bistro-mid-allergy-food",
        0,
        BISTRO,
        "My wife has a shellfish allergy.",
        "Noted.",
        FOOD_EN,
    ),
    (
        "ja-washoku-mid-egg-price",
        1,
        WASHOKU,
        "実は卵が食べられないんです。",
        "承知しました。",
        PRICE_JA,
    ),
    (
        "ja-washoku-mid-egg-food",
        0,
        WASHOKU,
        "実は卵が食べられないんです。",
        "承知しました。",
        FOOD_JA,
    ),
    (
        "ja-kyoshitsu-mid-student-open",
        1,
        KYOSHITSU,
        "私はまだ学生なんです。",
        "そうなんですね。",
        OPEN_JA,
    ),
    (
        "ja-kyoshitsu-mid-student-price",
        0,
        KYOSHITSU,
        "私はまだ学生なんです。",
        "そうなんですね。",
        PRICE_JA,
    ),
]


def _mid_probes(rows: list) -> list[Probe]:
    return [
        (name, "small-talk" if label else "entity", label, thread,
         [thread[0], (remark, reply), *thread[1:]])
        for name, label, thread, remark, reply, _question in rows
    ]  # fmt: skip


PROBES: list[Probe] = _probes(ROWS) + _mid_probes(MID)
#: each probe's follow-up question (the lookup's prompt, the same on both sides)
FOLLOW_UPS: dict[str, str] = {row[0]: row[5] for row in ROWS + MID}
