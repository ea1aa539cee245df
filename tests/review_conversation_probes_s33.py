"""Session 33 (jaSmall) probes of conversation matching: a thread, then a remark the
assistant answers with a comment (Japanese mostly ending in ね), then a follow-up question
(``*_Q``, the same on both sides; :data:`FOLLOW_UPS`, handed to the comparison since
session 33's followup). Label 0: the
remark tells what the follow-up's answer depends on (a vehicle for *how long does it take*,
a drink or an allergy for *what do you recommend*, a status for *how much*, a wheelchair for
*is it far*); label 1: a remark of feeling or of a story. Written for this session (no data
file's wording), English and Japanese.

Each probe is ``(name, kind, label, a, b)`` (:mod:`benchmarks.conversation_probes`): ``a``
the thread, ``b`` the thread and the remark.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

BBQ = [
    (
        "8月10日に河原のバーベキュー場を4名で予約したいです。",
        "ありがとうございます。食材セットもご用意しますか？",
    ),
    (
        "はい、食材セットもお願いします。",
        "承知しました。8月10日、4名様、食材セット付きでご予約しました。",
    ),
]
BBQ_Q = "会場まではどのくらいかかりますか？"
DIN = [
    (
        "土曜の夜7時に2名で個室を予約したいです。",
        "ありがとうございます。コース料理になさいますか？",
    ),
    ("いえ、アラカルトでお願いします。", "承知しました。土曜19時、2名様、個室でご予約しました。"),
]
DIN_Q = "おすすめは何ですか？"
DIN_Q2 = "飲み物は何がありますか？"
GYM = [
    ("駅前のスポーツジムに入会したいです。", "ありがとうございます。見学はご希望ですか？"),
    ("はい、来週の水曜に見学したいです。", "承知しました。来週水曜に見学をご予約しました。"),
]
GYM_Q = "月会費はいくらですか？"
INN = [
    (
        "11月3日から2泊、温泉旅館に2名で泊まりたいです。",
        "ありがとうございます。夕食付きでよろしいですか？",
    ),
    (
        "はい、夕食付きでお願いします。",
        "承知しました。11月3日から2泊、2名様、夕食付きでご予約しました。",
    ),
]
INN_Q = "部屋から大浴場までは遠いですか？"

#: (name, label, thread, remark, reply, follow-up)
JA = [
    ("ja-bbq-train", 0, BBQ, "当日は電車で行くつもりなんです。", "電車も便利ですね。", BBQ_Q),
    ("ja-bbq-bus", 0, BBQ, "当日はバスで行くつもりなんです。", "バスも便利ですね。", BBQ_Q),
    (
        "ja-bbq-bike",
        0,
        BBQ,
        "当日は自転車で行こうと思っています。",
        "自転車なら気持ちいいですね。",
        BBQ_Q,
    ),
    (
        "ja-bbq-taxi",
        0,
        BBQ,
        "当日はタクシーで行くつもりなんです。",
        "タクシーなら楽ですね。",
        BBQ_Q,
    ),
    (
        "ja-bbq-walk",
        0,
        BBQ,
        "当日は駅から歩いて行くつもりなんです。",
        "いい運動になりますね。",
        BBQ_Q,
    ),
    ("ja-bbq-sunny", 1, BBQ, "当日は晴れるといいんですけど。", "晴れるといいですね。", BBQ_Q),
    (
        "ja-bbq-kids",
        1,
        BBQ,
        "子どもたちがとても楽しみにしているんです。",
        "それは楽しみですね。",
        BBQ_Q,
    ),
    (
        "ja-bbq-lastyear",
        1,
        BBQ,
        "去年も行ってすごく楽しかったんです。",
        "それは良かったですね。",
        BBQ_Q,
    ),
    ("ja-din-sake", 0, DIN, "連れは日本酒が好きなんです。", "それはいいですね。", DIN_Q2),
    ("ja-din-wine", 0, DIN, "連れはワインが好きなんです。", "それはいいですね。", DIN_Q2),
    ("ja-din-allergy", 0, DIN, "連れはえびのアレルギーがあるんです。", "それは大変ですね。", DIN_Q),
    ("ja-din-egg", 0, DIN, "実は卵が食べられないんです。", "それは大変ですね。", DIN_Q),
    ("ja-din-vegan", 0, DIN, "連れは菜食主義なんです。", "そうなんですね。", DIN_Q),
    ("ja-din-friend", 1, DIN, "連れとは学生時代からの友人なんです。", "素敵ですね。", DIN_Q),
    ("ja-din-outing", 1, DIN, "久しぶりの外食なんです。", "楽しみですね。", DIN_Q),
    ("ja-din-rain", 1, DIN, "最近はずっと雨ですね。", "本当にそうですね。", DIN_Q2),
    ("ja-gym-student", 0, GYM, "私はまだ学生なんです。", "お若いですね。", GYM_Q),
    ("ja-gym-weekday", 0, GYM, "平日の昼間しか行けないんです。", "お忙しいんですね。", GYM_Q),
    ("ja-gym-senior", 0, GYM, "実はもう七十歳なんです。", "お元気ですね。", GYM_Q),
    ("ja-gym-health", 1, GYM, "最近運動不足なんです。", "一緒に頑張りましょうね。", GYM_Q),
    ("ja-gym-friend", 1, GYM, "友達に勧められたんです。", "うれしいですね。", GYM_Q),
    ("ja-inn-wheelchair", 0, INN, "母は車椅子を使っているんです。", "そうなんですね。", INN_Q),
    ("ja-inn-cane", 0, INN, "父は足が悪くて杖をついているんです。", "それは心配ですね。", INN_Q),
    ("ja-inn-anniv", 1, INN, "両親の結婚四十周年のお祝いなんです。", "おめでたいですね。", INN_Q),
    ("ja-inn-autumn", 1, INN, "紅葉がきれいな時期ですね。", "本当にきれいですね。", INN_Q),
]

PARTY = [
    (
        "I'd like to book a table for four at your riverside barbecue on Saturday 9 August.",
        "Lovely! Would you like the meat platter?",
    ),
    (
        "Yes, the meat platter please.",
        "Booked: four people on Saturday 9 August with the meat platter.",
    ),
]
PARTY_Q = "How long will it take to get there?"
BAR = [
    ("Can I book a table for two on Friday at 8pm?", "Of course. Inside or on the terrace?"),
    ("On the terrace, please.", "Booked: two people on the terrace, Friday at 8pm."),
]
BAR_Q = "What would you recommend?"
EN = [
    (
        "en-bbq-train",
        0,
        PARTY,
        "We're planning to come by train.",
        "The train is so handy, isn't it.",
        PARTY_Q,
    ),
    ("en-bbq-bike", 0, PARTY, "We'll be cycling over.", "That sounds lovely!", PARTY_Q),
    ("en-bbq-sunny", 1, PARTY, "I hope the sun shines for us.", "Fingers crossed!", PARTY_Q),
    (
        "en-bar-allergy",
        0,
        BAR,
        "My partner has a shellfish allergy.",
        "Oh, that must be hard.",
        BAR_Q,
    ),
    ("en-bar-wine", 0, BAR, "My partner loves red wine.", "Lovely!", BAR_Q),
    ("en-bar-friend", 1, BAR, "We've been friends since school.", "How lovely!", BAR_Q),
]


def _probes(rows: list) -> list[Probe]:
    return [
        (name, "small-talk" if label else "entity", label, thread, [*thread, (remark, reply)])
        for name, label, thread, remark, reply, _question in rows
    ]


PROBES: list[Probe] = _probes(JA) + _probes(EN)
#: each probe's follow-up question (the lookup's prompt, the same on both sides)
FOLLOW_UPS: dict[str, str] = {row[0]: row[5] for row in JA + EN}
