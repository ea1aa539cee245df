# ruff: noqa: E501  (conversation texts: one exchange per line, Japanese counts double in width)
"""Scenarios of the third held-out conversation set (``conversations-heldout3.jsonl``), written
in session 9 by the ``reuse`` engineer before any code change of that session and before
studying any miss on the older conversation sets; the format is described in
``heldout_conversations_en1.py``. The whole file is a reporting set: nothing is tuned on it.

    python benchmarks/data/heldout3_conversations.py           # rewrite the file
    python benchmarks/data/heldout3_conversations.py --check   # is it up to date?

The pairs are written through ``generated_file.write_conversations``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generated_file import write_conversations

OUT = Path(__file__).resolve().parent / "conversations-heldout3.jsonl"

SCENARIOS = [
    {
        "id": "en-car-hire",
        "thread": [
            ("I'd like to hire a compact car from your Glasgow airport branch.",
             "Certainly, a compact car from Glasgow airport. For which dates?"),
            ("From the 14th to the 18th of May.", "Great, 14 to 18 May."),
        ],
        "follow": "Is unlimited mileage included?",
        "reworded": [
            ("Could I rent a small car, picking it up at Glasgow airport?",
             "Of course - a compact from our Glasgow airport desk. What dates do you need?"),
            ("14th May till the 18th", "Noted, the 14th to the 18th of May."),
        ],
        "small_talk": (0, ("Morning! Lovely weather today.", "Good morning! It is, isn't it? How can I help?")),
        "unrelated": (1, ("Do you have a loyalty scheme?", "Yes, you earn points on every rental.")),
        "entity": ("place", [
            ("I'd like to hire a compact car from your Edinburgh city centre branch.",
             "Certainly, a compact car from Edinburgh city centre. For which dates?"),
            ("From the 14th to the 18th of May.", "Great, 14 to 18 May."),
        ]),
        "entity_reworded": ("product", [
            ("Could I rent a van, picking it up at Glasgow airport?",
             "Of course - a van from our Glasgow airport desk. What dates do you need?"),
            ("14th May till the 18th", "Noted, the 14th to the 18th of May."),
        ]),
        "third": ("intent", [
            ("I need to cancel my compact car hire from your Glasgow airport branch.",
             "Sorry to hear that. Which dates was the booking for?"),
            ("From the 14th to the 18th of May.", "Found it, 14 to 18 May."),
        ]),
    },
    {
        "id": "en-hotel-stay",
        "thread": [
            ("I have a booking for a double room for three nights starting Friday.",
             "Thank you. I can see your double room, three nights from Friday."),
            ("Could we add breakfast for both of us?", "Yes, breakfast for two can be added."),
        ],
        "follow": "How much extra will that be in total?",
        "reworded": [
            ("We've booked a double from this Friday, 3 nights.",
             "Yes, I have the double room for three nights from Friday."),
            ("can you add breakfast for the two of us", "Of course, breakfast for two people."),
        ],
        "small_talk": (1, ("Thanks, we're really looking forward to the trip!", "Wonderful, we look forward to welcoming you.")),
        "unrelated": (0, ("Is there a lift in the building?", "Yes, lifts serve every floor.")),
        "entity": ("amount", [
            ("I have a booking for a double room for seven nights starting Friday.",
             "Thank you. I can see your double room, seven nights from Friday."),
            ("Could we add breakfast for both of us?", "Yes, breakfast for two can be added."),
        ]),
        "entity_reworded": ("product", [
            ("We've booked a double from this Friday, 3 nights.",
             "Yes, I have the double room for three nights from Friday."),
            ("can you add dinner for the two of us", "Of course, dinner for two people."),
        ]),
        "third": ("intent", [
            ("I have a booking for a double room for three nights starting Friday.",
             "Thank you. I can see your double room, three nights from Friday."),
            ("Could we remove the breakfast we added for both of us?", "Yes, breakfast for two can be removed."),
        ]),
    },
    {
        "id": "en-gym",
        "thread": [
            ("I'm interested in the off-peak membership at your Riverside gym.",
             "Off-peak at Riverside gives access on weekdays before 4pm and all weekend."),
            ("I'd mostly go in the mornings.", "Then off-peak would suit you well."),
        ],
        "follow": "Is there a joining fee?",
        "reworded": [
            ("Tell me about the off peak option at the Riverside branch please",
             "Sure - off-peak at Riverside covers weekdays until 4pm plus weekends."),
            ("mornings mainly", "Mornings fit within off-peak hours."),
        ],
        "small_talk": (2, ("Sorry, my dog is barking in the background!", "No problem at all!")),
        "unrelated": (1, ("Is there bike parking outside?", "Yes, there is a covered bike rack.")),
        "entity": ("place", [
            ("I'm interested in the off-peak membership at your Harbour gym.",
             "Off-peak at Harbour gives access on weekdays before 4pm and all weekend."),
            ("I'd mostly go in the mornings.", "Then off-peak would suit you well."),
        ]),
        "entity_reworded": ("plan", [
            ("Tell me about the all-hours option at the Riverside branch please",
             "Sure - all-hours at Riverside covers any time, seven days a week."),
            ("mornings mainly", "Mornings are included."),
        ]),
        "third": ("intent", [
            ("I want to end my off-peak membership at your Riverside gym.",
             "I can help you cancel your off-peak membership at Riverside."),
            ("I mostly went in the mornings.", "Understood."),
        ]),
    },
    {
        "id": "en-dentist",
        "thread": [
            ("My son needs a filling on one of his back teeth.",
             "We can arrange that. How old is your son?"),
            ("He's nine.", "Thank you, a filling for a nine-year-old."),
        ],
        "follow": "Will we have to pay for it?",
        "reworded": [
            ("one of my boy's molars needs filling",
             "No problem, we can book that in. What's his age?"),
            ("9", "Thanks - he's nine, so a child's filling."),
        ],
        "small_talk": (0, ("Hello, hope I'm calling at a good time.", "Hello, yes of course, how can I help?")),
        "unrelated": (2, ("By the way, do you have parking?", "There's a small car park behind the practice.")),
        "entity": ("person", [
            ("My husband needs a filling on one of his back teeth.",
             "We can arrange that. How old is your husband?"),
            ("He's forty-one.", "Thank you, a filling for a forty-one-year-old."),
        ]),
        "entity_reworded": ("product", [
            ("one of my boy's molars needs a crown",
             "No problem, we can book that in. What's his age?"),
            ("9", "Thanks - he's nine, so a child's crown."),
        ]),
        "third": ("entity", "amount", [
            ("My son needs fillings on four of his back teeth.",
             "We can arrange that. How old is your son?"),
            ("He's nine.", "Thank you, four fillings for a nine-year-old."),
        ]),
    },
    {
        "id": "en-flight-bags",
        "thread": [
            ("I'm flying from Dublin to Lisbon on a Basic fare next week.",
             "Okay, Dublin to Lisbon on Basic. What can I help with?"),
            ("I'd like to add one checked bag of 20 kg.", "One 20 kg checked bag, noted."),
        ],
        "follow": "Can I still add it at the airport?",
        "reworded": [
            ("next week I've a Basic ticket Dublin-Lisbon",
             "Got it, a Basic fare from Dublin to Lisbon. How can I help?"),
            ("want to add a 20kg hold bag", "A 20 kg hold bag, okay."),
        ],
        "small_talk": (1, ("Can't wait to get some sunshine!", "Lisbon will be lovely this time of year.")),
        "unrelated": (0, ("Can I change the email on my account?", "Yes, under Account settings.")),
        "entity": ("plan", [
            ("I'm flying from Dublin to Lisbon on a Flex fare next week.",
             "Okay, Dublin to Lisbon on Flex. What can I help with?"),
            ("I'd like to add one checked bag of 20 kg.", "One 20 kg checked bag, noted."),
        ]),
        "entity_reworded": ("amount", [
            ("next week I've a Basic ticket Dublin-Lisbon",
             "Got it, a Basic fare from Dublin to Lisbon. How can I help?"),
            ("want to add a 32kg hold bag", "A 32 kg hold bag, okay."),
        ]),
        "third": ("intent", [
            ("I'm flying from Dublin to Lisbon on a Basic fare next week.",
             "Okay, Dublin to Lisbon on Basic. What can I help with?"),
            ("I'd like to remove the 20 kg checked bag I added.", "Removing the 20 kg checked bag, noted."),
        ]),
    },
    {
        "id": "en-mobile-plan",
        "thread": [
            ("I'm on the 30 GB SIM-only plan and want to upgrade to unlimited data.",
             "I can help with that. Is the number 07700 900123 the one on the account?"),
            ("Yes, that's my number.", "Thanks, upgrading that line to unlimited data."),
        ],
        "follow": "When does the change take effect?",
        "reworded": [
            ("want to move from my 30GB sim only deal to the unlimited one",
             "Happy to help. Is 07700 900123 the number on your account?"),
            ("yep that's me", "Great, moving that line to unlimited."),
        ],
        "small_talk": (0, ("Hi there, how's your day going?", "Very well, thanks for asking! What can I do for you?")),
        "unrelated": (2, ("Also, is there a charge for paper bills?", "Paper bills cost 1.50 a month.")),
        "entity": ("account", [
            ("I'm on the 30 GB SIM-only plan and want to upgrade to unlimited data.",
             "I can help with that. Is the number 07700 900123 the one on the account?"),
            ("No, it's my daughter's line, 07700 900456.", "Thanks, upgrading 07700 900456 to unlimited data."),
        ]),
        "entity_reworded": ("plan", [
            ("want to move from my 30GB sim only deal to the 100GB one",
             "Happy to help. Is 07700 900123 the number on your account?"),
            ("yep that's me", "Great, moving that line to 100 GB."),
        ]),
        "third": ("intent", [
            ("I'm on the unlimited data plan and want to downgrade to the 30 GB SIM-only plan.",
             "I can help with that. Is the number 07700 900123 the one on the account?"),
            ("Yes, that's my number.", "Thanks, downgrading that line to 30 GB."),
        ]),
    },
    {
        "id": "ja-ryokan",
        "thread": [
            ("来月十日から箱根の旅館に二泊で予約したいです。",
             "かしこまりました。箱根、来月十日から二泊ですね。何名様でしょうか？"),
            ("大人二名です。", "大人二名様で承ります。"),
        ],
        "follow": "夕食付きだといくらになりますか？",
        "reworded": [
            ("箱根の宿を来月の十日から二晩お願いしたいのですが",
             "はい、来月十日チェックインで二泊、箱根でございますね。人数はいかがですか？"),
            ("大人ふたりで", "大人お二人様ですね。"),
        ],
        "small_talk": (0, ("こんにちは、お忙しいところすみません。", "こんにちは、お電話ありがとうございます。")),
        "unrelated": (1, ("ちなみに駐車場はありますか？", "はい、無料の駐車場がございます。")),
        "entity": ("amount", [
            ("来月十日から箱根の旅館に二泊で予約したいです。",
             "かしこまりました。箱根、来月十日から二泊ですね。何名様でしょうか？"),
            ("大人四名です。", "大人四名様で承ります。"),
        ]),
        "entity_reworded": ("place", [
            ("熱海の宿を来月の十日から二晩お願いしたいのですが",
             "はい、来月十日チェックインで二泊、熱海でございますね。人数はいかがですか？"),
            ("大人ふたりで", "大人お二人様ですね。"),
        ]),
        "third": ("intent", [
            ("来月十日から箱根の旅館に二泊で取っている予約をキャンセルしたいです。",
             "かしこまりました。箱根、来月十日から二泊のご予約ですね。何名様でしたか？"),
            ("大人二名です。", "大人二名様のご予約を確認しました。"),
        ]),
    },
    {
        "id": "ja-shinkansen",
        "thread": [
            ("新大阪から博多までの新幹線の指定席を取りたいです。",
             "新大阪から博多ですね。ご希望の日付はありますか？"),
            ("今週の土曜日の午前中でお願いします。", "土曜日の午前中の便ですね。"),
        ],
        "follow": "子供料金はいくらですか？",
        "reworded": [
            ("新大阪→博多の指定席を予約したいんですが",
             "はい、新大阪から博多まででございますね。いつご利用ですか？"),
            ("今度の土曜、午前で", "今週土曜の午前ですね。"),
        ],
        "small_talk": (2, ("丁寧に教えてもらえて、とても助かりました。", "いえいえ、お役に立ててよかったです。")),
        "unrelated": (0, ("ICカードのチャージは駅でできますか？", "はい、券売機でチャージできます。")),
        "entity": ("place", [
            ("新大阪から鹿児島中央までの新幹線の指定席を取りたいです。",
             "新大阪から鹿児島中央ですね。ご希望の日付はありますか？"),
            ("今週の土曜日の午前中でお願いします。", "土曜日の午前中の便ですね。"),
        ]),
        "entity_reworded": ("plan", [
            ("新大阪→博多のグリーン車を予約したいんですが",
             "はい、新大阪から博多までのグリーン車でございますね。いつご利用ですか？"),
            ("今度の土曜、午前で", "今週土曜の午前ですね。"),
        ]),
        "third": ("intent", [
            ("新大阪から博多までの新幹線の指定席を払い戻したいです。",
             "新大阪から博多の指定席の払い戻しですね。ご乗車日はいつでしょうか？"),
            ("今週の土曜日の午前中です。", "土曜日の午前中の便ですね。"),
        ]),
    },
    {
        "id": "ja-rentacar",
        "thread": [
            ("那覇空港でレンタカーを借りたいです。軽自動車でお願いします。",
             "那覇空港店で軽自動車ですね。ご利用日を教えてください。"),
            ("八月三日から五日までです。", "八月三日から五日まで、承知しました。"),
        ],
        "follow": "チャイルドシートは付けられますか？",
        "reworded": [
            ("那覇空港で軽を一台借りたいんですけど",
             "はい、那覇空港店の軽自動車でございますね。いつからいつまででしょうか？"),
            ("8月3日〜5日です", "八月三日から五日でございますね。"),
        ],
        "small_talk": (1, ("沖縄は初めてなので楽しみです。", "それは楽しみですね。")),
        "unrelated": (2, ("ガソリンは満タンで返す必要がありますか？", "はい、満タン返しでお願いしております。")),
        "entity": ("product", [
            ("那覇空港でレンタカーを借りたいです。ワゴン車でお願いします。",
             "那覇空港店でワゴン車ですね。ご利用日を教えてください。"),
            ("八月三日から五日までです。", "八月三日から五日まで、承知しました。"),
        ]),
        "entity_reworded": ("date", [
            ("那覇空港で軽を一台借りたいんですけど",
             "はい、那覇空港店の軽自動車でございますね。いつからいつまででしょうか？"),
            ("12月3日〜5日です", "十二月三日から五日でございますね。"),
        ]),
        "third": ("entity", "place", [
            ("石垣空港でレンタカーを借りたいです。軽自動車でお願いします。",
             "石垣空港店で軽自動車ですね。ご利用日を教えてください。"),
            ("八月三日から五日までです。", "八月三日から五日まで、承知しました。"),
        ]),
    },
    {
        "id": "ja-sim",
        "thread": [
            ("格安SIMの三ギガプランに申し込みたいです。",
             "三ギガプランですね。今お使いの電話番号はそのまま使いますか？"),
            ("はい、番号はそのままでお願いします。", "番号そのままの乗り換えで承ります。"),
        ],
        "follow": "開通までどれくらいかかりますか？",
        "reworded": [
            ("3GBのプランで格安SIMを契約したいんですが",
             "はい、3GBプランでございますね。電話番号は引き継がれますか？"),
            ("今の番号のままで", "番号はそのまま、乗り換えで手続きいたします。"),
        ],
        "small_talk": (0, ("こんばんは、遅い時間にすみません。", "こんばんは、大丈夫ですよ。")),
        "unrelated": (1, ("支払いはクレジットカードだけですか？", "口座振替もご利用いただけます。")),
        "entity": ("plan", [
            ("格安SIMの二十ギガプランに申し込みたいです。",
             "二十ギガプランですね。今お使いの電話番号はそのまま使いますか？"),
            ("はい、番号はそのままでお願いします。", "番号そのままの乗り換えで承ります。"),
        ]),
        "entity_reworded": ("account", [
            ("3GBのプランで格安SIMを契約したいんですが",
             "はい、3GBプランでございますね。電話番号は引き継がれますか？"),
            ("いえ、新しい番号でお願いします", "新規の番号で手続きいたします。"),
        ]),
        "third": ("intent", [
            ("格安SIMの三ギガプランを解約したいです。",
             "三ギガプランの解約ですね。電話番号は他社へ移されますか？"),
            ("はい、番号はそのままで他社に移ります。", "番号を移す形で承ります。"),
        ]),
    },
    {
        "id": "ja-photo-studio",
        "thread": [
            ("娘の七五三の写真撮影を予約したいです。",
             "七五三の撮影ですね。お嬢様は何歳でいらっしゃいますか？"),
            ("七歳です。着物のレンタルもお願いしたいです。", "七歳のお祝いで、着物レンタル付きですね。"),
        ],
        "follow": "撮影時間はどのくらいですか？",
        "reworded": [
            ("七五三の撮影をお願いしたくて、娘なんですが",
             "ありがとうございます。お嬢様のご年齢は？"),
            ("7歳で、着物も借りたいです", "七歳、着物レンタルもご一緒ですね。"),
        ],
        "small_talk": (2, ("娘もすごく楽しみにしています。", "それは嬉しいです、精一杯撮影させていただきます。")),
        "unrelated": (0, ("土日も営業していますか？", "はい、土日祝も営業しております。")),
        "entity": ("person", [
            ("息子の七五三の写真撮影を予約したいです。",
             "七五三の撮影ですね。息子さんは何歳でいらっしゃいますか？"),
            ("五歳です。着物のレンタルもお願いしたいです。", "五歳のお祝いで、着物レンタル付きですね。"),
        ]),
        "entity_reworded": ("product", [
            ("七五三の撮影をお願いしたくて、娘なんですが",
             "ありがとうございます。お嬢様のご年齢は？"),
            ("7歳で、ドレスも借りたいです", "七歳、ドレスレンタルもご一緒ですね。"),
        ]),
        "third": ("intent", [
            ("娘の七五三の写真撮影の予約を取り消したいです。",
             "七五三の撮影のキャンセルですね。お嬢様は何歳でいらっしゃいますか？"),
            ("七歳です。着物のレンタルも予約していました。", "七歳のお祝いで、着物レンタル付きのご予約ですね。"),
        ]),
    },
    {
        "id": "ja-yoga",
        "thread": [
            ("渋谷スタジオのホットヨガの体験レッスンを受けたいです。",
             "渋谷スタジオのホットヨガ体験ですね。ご希望の日時はありますか？"),
            ("平日の夜七時のクラスがいいです。", "平日十九時のクラスですね。"),
        ],
        "follow": "何を持っていけばいいですか？",
        "reworded": [
            ("ホットヨガを体験してみたいです、渋谷のスタジオで",
             "ありがとうございます、渋谷スタジオでの体験ですね。いつ頃がよろしいですか？"),
            ("平日の19時ので", "平日夜七時のクラスでご案内します。"),
        ],
        "small_talk": (0, ("はじめまして、ヨガは全くの初心者です。", "はじめまして、初心者の方も大歓迎です。")),
        "unrelated": (2, ("スタジオの近くに駐輪場はありますか？", "ビルの横に駐輪場がございます。")),
        "entity": ("place", [
            ("新宿スタジオのホットヨガの体験レッスンを受けたいです。",
             "新宿スタジオのホットヨガ体験ですね。ご希望の日時はありますか？"),
            ("平日の夜七時のクラスがいいです。", "平日十九時のクラスですね。"),
        ]),
        "entity_reworded": ("product", [
            ("ピラティスを体験してみたいです、渋谷のスタジオで",
             "ありがとうございます、渋谷スタジオでのピラティス体験ですね。いつ頃がよろしいですか？"),
            ("平日の19時ので", "平日夜七時のクラスでご案内します。"),
        ]),
        "third": ("intent", [
            ("渋谷スタジオのホットヨガの会員をやめたいです。",
             "渋谷スタジオのホットヨガの退会ですね。いつも通われていたクラスはありますか？"),
            ("平日の夜七時のクラスです。", "平日十九時のクラスですね。"),
        ]),
    },
]


def main() -> int:
    return write_conversations(OUT, SCENARIOS, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
