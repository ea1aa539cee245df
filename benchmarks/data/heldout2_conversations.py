# ruff: noqa: E501  (conversation texts: one exchange per line, Japanese counts double in width)
"""Scenarios of the second held-out conversation set (``conversations-heldout2.jsonl``), written
in session 8 after the first held-out set's aggregate miss reasons had been seen and before
any change to the code; the format is described in ``heldout_conversations_en1.py``.

    python benchmarks/data/heldout2_conversations.py           # rewrite the file
    python benchmarks/data/heldout2_conversations.py --check   # is it up to date?

The pairs are written through ``generated_file.write_conversations``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generated_file import write_conversations

OUT = Path(__file__).resolve().parent / "conversations-heldout2.jsonl"

SCENARIOS = [
    {
        "id": "en-boiler",
        "thread": [
            ("I'd like to book an annual boiler service for my gas combi boiler.",
             "Sure, an annual service for a gas combi. When would suit you?"),
            ("Next Thursday morning, if possible.", "Thursday morning is available."),
        ],
        "follow": "How much do you charge for that?",
        "reworded": [
            ("Can someone come and do the yearly service on my combi boiler? It's gas.",
             "Of course - yearly service, gas combi boiler. What day works for you?"),
            ("thursday next week, in the morning", "We can do Thursday morning."),
        ],
        "small_talk": (0, ("Hiya, hope you're well!", "Hi, I'm well thanks! How can I help?")),
        "unrelated": (0, ("Do you also fit smart thermostats?", "Yes, we fit most brands.")),
        "entity": ("product", [
            ("I'd like to book an annual boiler service for my oil boiler.",
             "Sure, an annual service for an oil boiler. When would suit you?"),
            ("Next Thursday morning, if possible.", "Thursday morning is available."),
        ]),
        "entity_reworded": ("plan", [
            ("Can someone come and repair the leak on my combi boiler? It's gas.",
             "Of course - a leak repair, gas combi boiler. What day works for you?"),
            ("thursday next week, in the morning", "We can do Thursday morning."),
        ]),
        "third": ("intent", [
            ("I'd like to cancel the annual boiler service for my gas combi boiler.",
             "Sure, cancelling the annual service for a gas combi. Which date was it?"),
            ("Next Thursday morning.", "Found it, Thursday morning."),
        ]),
    },
    {
        "id": "en-pet-claim",
        "thread": [
            ("I want to claim for my dog's knee surgery on my pet insurance.",
             "I'm sorry to hear about the surgery. Which policy are you on?"),
            ("The Lifetime policy.", "Thanks, Lifetime cover."),
        ],
        "follow": "How much will I get back?",
        "reworded": [
            ("My dog had an operation on her knee and I'd like to make a claim.",
             "Sorry to hear that. What policy do you have with us?"),
            ("Lifetime.", "Great, the Lifetime policy."),
        ],
        "small_talk": (1, ("Sorry, it's been a stressful week.", "That's completely understandable.")),
        "unrelated": (0, ("Can I update my phone number on the account?", "Yes, under Profile in the app.")),
        "entity": ("plan", [
            ("I want to claim for my dog's knee surgery on my pet insurance.",
             "I'm sorry to hear about the surgery. Which policy are you on?"),
            ("The Accident Only policy.", "Thanks, Accident Only cover."),
        ]),
        "entity_reworded": ("person", [
            ("My cat had an operation on her knee and I'd like to make a claim.",
             "Sorry to hear that. What policy do you have with us?"),
            ("Lifetime.", "Great, the Lifetime policy."),
        ]),
        "third": ("intent", [
            ("I want to withdraw my claim for my dog's knee surgery.",
             "Okay, withdrawing the knee surgery claim. Which policy are you on?"),
            ("The Lifetime policy.", "Thanks, Lifetime cover."),
        ]),
    },
    {
        "id": "en-ev-charging",
        "thread": [
            ("I'm thinking of getting your Pay As You Go charging membership.",
             "Pay As You Go is a good choice for occasional drivers. How often do you charge?"),
            ("About twice a week.", "Twice a week, noted."),
        ],
        "follow": "What would that cost me per month?",
        "reworded": [
            ("Considering signing up to the pay-as-you-go charging option.",
             "Good option if you don't charge every day. How often do you usually charge?"),
            ("twice weekly roughly", "Okay, about twice a week."),
        ],
        "small_talk": (2, ("Great, thanks for explaining.", "You're very welcome!")),
        "unrelated": (1, ("Are your chargers in the supermarket car parks too?", "Yes, at most large supermarkets.")),
        "entity": ("amount", [
            ("I'm thinking of getting your Pay As You Go charging membership.",
             "Pay As You Go is a good choice for occasional drivers. How often do you charge?"),
            ("About once a day.", "Once a day, noted."),
        ]),
        "entity_reworded": ("plan", [
            ("Considering signing up to the unlimited monthly charging option.",
             "Good option if you charge a lot. How often do you usually charge?"),
            ("twice weekly roughly", "Okay, about twice a week."),
        ]),
        "third": ("intent", [
            ("I'm thinking of leaving your Pay As You Go charging membership.",
             "Sorry to hear that. How often do you charge at the moment?"),
            ("About twice a week.", "Twice a week, noted."),
        ]),
    },
    {
        "id": "en-meal-kit",
        "thread": [
            ("I'd like to order the vegetarian meal kit for 2 people.",
             "The vegetarian box for two. How many recipes a week?"),
            ("Three recipes.", "Three recipes a week for two."),
        ],
        "follow": "When would my first box arrive?",
        "reworded": [
            ("Can I sign up for the veggie box, two people?",
             "Sure, veggie box, two people. How many meals per week would you like?"),
            ("3 meals", "Done: three meals a week."),
        ],
        "small_talk": (1, ("Ooh I'm excited to try it!", "We hope you love it!")),
        "unrelated": (0, ("Do you have vacancies for delivery drivers?", "Yes, see the jobs page on our site.")),
        "entity": ("product", [
            ("I'd like to order the family meal kit for 2 people.",
             "The family box for two. How many recipes a week?"),
            ("Three recipes.", "Three recipes a week for two."),
        ]),
        "entity_reworded": ("place", [
            ("Can I sign up for the veggie box, two people? I live in the Shetland Islands.",
             "Sure, veggie box, two people, delivered to Shetland. How many meals per week?"),
            ("3 meals", "Done: three meals a week."),
        ]),
        "third": ("intent", [
            ("I'd like to cancel my vegetarian meal kit for 2 people.",
             "The vegetarian box for two. How many recipes a week were you getting?"),
            ("Three recipes.", "Three recipes a week for two."),
        ]),
    },
    {
        "id": "en-ride",
        "thread": [
            ("I need a ride from the Hilton to the airport on Friday at 6am.",
             "Sure, Hilton to the airport, Friday 6am. Standard car or XL?"),
            ("Standard is fine.", "Standard car, got it."),
        ],
        "follow": "What's the estimated fare?",
        "reworded": [
            ("Friday, 6 in the morning: can I get a car from the Hilton to the airport?",
             "Yes - the Hilton to the airport, Friday at 6am. Standard or XL car?"),
            ("standard", "Okay, standard."),
        ],
        "small_talk": (0, ("Evening! Hope your day went well.", "Good evening! Where can I take you?")),
        "unrelated": (0, ("Can I change the language of the app?", "Yes, in Settings > Language.")),
        "entity": ("place", [
            ("I need a ride from the Hilton to the train station on Friday at 6am.",
             "Sure, Hilton to the train station, Friday 6am. Standard car or XL?"),
            ("Standard is fine.", "Standard car, got it."),
        ]),
        "entity_reworded": ("product", [
            ("Friday, 6 in the morning: can I get a car from the Hilton to the airport?",
             "Yes - the Hilton to the airport, Friday at 6am. Standard or XL car?"),
            ("XL please, we have lots of bags", "Okay, XL."),
        ]),
        "third": ("intent", [
            ("I need to cancel my ride from the Hilton to the airport on Friday at 6am.",
             "Sure, the Hilton to the airport, Friday 6am. Was it a standard car or XL?"),
            ("Standard.", "Standard car, got it."),
        ]),
    },
    {
        "id": "ja-yupack",
        "thread": [
            ("明日、東京から福岡へゆうパックを送りたいです。", "東京から福岡ですね。荷物のサイズはどのくらいですか？"),
            ("80サイズです。", "80サイズですね。"),
        ],
        "follow": "送料はおいくらですか？",
        "reworded": [
            ("ゆうパックで福岡に荷物を送りたいんですが、発送は東京から明日です。", "東京発、福岡宛てですね。サイズを教えてください。"),
            ("80です。", "かしこまりました。"),
        ],
        "small_talk": (0, ("こんにちは、いつもお世話になっています。", "こんにちは。ご用件をどうぞ。")),
        "unrelated": (0, ("年賀はがきはもう売っていますか？", "はい、窓口で販売しております。")),
        "entity": ("place", [
            ("明日、東京から沖縄へゆうパックを送りたいです。", "東京から沖縄ですね。荷物のサイズはどのくらいですか？"),
            ("80サイズです。", "80サイズですね。"),
        ]),
        "entity_reworded": ("amount", [
            ("ゆうパックで福岡に荷物を送りたいんですが、発送は東京から明日です。", "東京発、福岡宛てですね。サイズを教えてください。"),
            ("160です。", "かしこまりました。"),
        ]),
        "third": ("intent", [
            ("明日、福岡から東京に届くゆうパックを受け取りたいです。", "福岡から東京ですね。荷物のサイズはどのくらいですか？"),
            ("80サイズです。", "80サイズですね。"),
        ]),
    },
    {
        "id": "ja-housekeeping",
        "thread": [
            ("週1回、3時間の家事代行をお願いしたいです。", "週1回3時間ですね。主にどのような家事をご希望ですか？"),
            ("掃除と洗濯です。", "掃除と洗濯ですね。"),
        ],
        "follow": "月額はいくらになりますか？",
        "reworded": [
            ("家事代行を毎週1回、3時間ずつ頼みたいのですが。", "毎週1回、3時間ですね。ご依頼内容は何でしょうか？"),
            ("掃除と洗濯をお願いします。", "承知しました。"),
        ],
        "small_talk": (1, ("共働きで本当に手が回らなくて…", "お忙しいですよね、お任せください。")),
        "unrelated": (0, ("スタッフの方は女性ですか？", "はい、当社のスタッフは全員女性です。")),
        "entity": ("amount", [
            ("週2回、3時間の家事代行をお願いしたいです。", "週2回3時間ですね。主にどのような家事をご希望ですか？"),
            ("掃除と洗濯です。", "掃除と洗濯ですね。"),
        ]),
        "entity_reworded": ("product", [
            ("家事代行を毎週1回、3時間ずつ頼みたいのですが。", "毎週1回、3時間ですね。ご依頼内容は何でしょうか？"),
            ("料理の作り置きをお願いします。", "承知しました。"),
        ]),
        "third": ("intent", [
            ("週1回、3時間の家事代行を解約したいです。", "週1回3時間のご契約ですね。内容は掃除と洗濯でしたか？"),
            ("はい、掃除と洗濯です。", "承知しました。"),
        ]),
    },
    {
        "id": "ja-cram-school",
        "thread": [
            ("中学2年の息子を数学の個別指導に通わせたいです。", "中2の数学の個別指導ですね。週に何回をご希望ですか？"),
            ("週2回でお願いします。", "週2回ですね。"),
        ],
        "follow": "月謝はいくらですか？",
        "reworded": [
            ("息子が中2なんですが、数学を個別で見てもらいたいと思っています。", "中学2年生の数学、個別指導ですね。通塾は週何回にしますか？"),
            ("2回で。", "かしこまりました。"),
        ],
        "small_talk": (2, ("親としても安心しました。", "お力になれて嬉しいです。")),
        "unrelated": (0, ("駐輪場はありますか？", "はい、教室の横にございます。")),
        "entity": ("product", [
            ("中学2年の息子を数学の集団授業に通わせたいです。", "中2の数学の集団授業ですね。週に何回をご希望ですか？"),
            ("週2回でお願いします。", "週2回ですね。"),
        ]),
        "entity_reworded": ("person", [
            ("娘が高2なんですが、数学を個別で見てもらいたいと思っています。", "高校2年生の数学、個別指導ですね。通塾は週何回にしますか？"),
            ("2回で。", "かしこまりました。"),
        ]),
        "third": ("intent", [
            ("中学2年の息子の数学の個別指導をやめさせたいです。", "中2の数学の個別指導ですね。今は週に何回通われていますか？"),
            ("週2回です。", "週2回ですね。"),
        ]),
    },
    {
        "id": "ja-junk-removal",
        "thread": [
            ("引っ越しで出た不用品の回収をお願いしたいです。", "承知しました。どのような品物がありますか？"),
            ("ベッドと本棚です。", "ベッドと本棚ですね。"),
        ],
        "follow": "回収費用はいくらですか？",
        "reworded": [
            ("引っ越しのときに出たいらない物を引き取ってほしいのですが。", "かしこまりました。品目を教えていただけますか？"),
            ("ベッド、本棚です。", "わかりました。"),
        ],
        "small_talk": (1, ("すみません、段ボールだらけの部屋から連絡しています（笑）", "引っ越しお疲れさまです！")),
        "unrelated": (0, ("土日も営業していますか？", "はい、土日祝日も営業しております。")),
        "entity": ("product", [
            ("引っ越しで出た不用品の回収をお願いしたいです。", "承知しました。どのような品物がありますか？"),
            ("洗濯機と本棚です。", "洗濯機と本棚ですね。"),
        ]),
        "entity_reworded": ("amount", [
            ("引っ越しのときに出たいらない物を引き取ってほしいのですが。", "かしこまりました。品目を教えていただけますか？"),
            ("ベッド、本棚、ソファ、机、タンスです。", "わかりました。"),
        ]),
        "third": ("intent", [
            ("不用品回収の予約を取り消したいです。", "承知しました。どのような品物のご予約でしたか？"),
            ("ベッドと本棚です。", "ベッドと本棚ですね。"),
        ]),
    },
    {
        "id": "ja-seitai",
        "thread": [
            ("腰痛がひどいので、整体の60分コースを予約したいです。", "腰痛で60分コースですね。ご希望の日時はありますか？"),
            ("金曜日の夕方でお願いします。", "金曜の夕方ですね。"),
        ],
        "follow": "料金はいくらですか？",
        "reworded": [
            ("腰がすごく痛くて、60分の整体を受けたいのですが。", "60分の施術ですね。いつがよろしいですか？"),
            ("金曜の夕方がいいです。", "かしこまりました。"),
        ],
        "small_talk": (0, ("こんばんは。初めて連絡します。", "こんばんは。お問い合わせありがとうございます。")),
        "unrelated": (0, ("ポイントカードはありますか？", "はい、10回でお得になるカードがございます。")),
        "entity": ("plan", [
            ("腰痛がひどいので、整体の90分コースを予約したいです。", "腰痛で90分コースですね。ご希望の日時はありますか？"),
            ("金曜日の夕方でお願いします。", "金曜の夕方ですね。"),
        ]),
        "entity_reworded": ("person", [
            ("高校生の娘の腰がすごく痛くて、60分の整体を受けさせたいのですが。", "60分の施術ですね。いつがよろしいですか？"),
            ("金曜の夕方がいいです。", "かしこまりました。"),
        ]),
        "third": ("intent", [
            ("整体の60分コースの予約をキャンセルしたいです。", "60分コースのご予約ですね。日時はいつでしたか？"),
            ("金曜日の夕方です。", "金曜の夕方ですね。"),
        ]),
    },
]


def main() -> int:
    return write_conversations(OUT, SCENARIOS, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
