"""Late session 21 probe conversations, written for these tests (no evaluation set's
wording): a cancellation the assistant reports in one conversation only (取り消しますね,
キャンセルいたしました, "I've cancelled the order", "that's cancelled then") against one that keeps
the order; a job restricted to one act on the same item (only a refill / a repaint only,
調整のみですね, 交換だけ) against a new one; and twins that must stay served (the same
restriction on both sides, a cancellation only offered).

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context, 0 for a
different one; ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

CAKE = [
    ("I'd like to order a birthday cake for Saturday, chocolate, serves twenty.",
     "Lovely: a chocolate birthday cake for twenty, ready Saturday."),
]  # fmt: skip
CAKE_CANCEL = [
    ("About Saturday's birthday party: we're going out to a restaurant instead.",
     "I see. What would you like us to do with the chocolate cake for twenty?"),
    ("Please leave that one.", "Understood. I'll cancel the cake order for Saturday."),
]  # fmt: skip
VAN = [
    ("Can you book me a van for the move on 3 May?", "Done: a large van on 3 May, 8am."),
]  # fmt: skip
VAN_OFF = [
    ("About my move on 3 May: my brother is lending us his truck.",
     "Good news. And the large van on 3 May, 8am?"),
    ("That one can go.", "Right, the van for 3 May is cancelled then."),
]  # fmt: skip
PEN = [
    ("I need a new fountain pen engraved with my initials.",
     "Certainly: a new fountain pen, engraved with your initials."),
]  # fmt: skip
PEN_REFILL = [
    ("The fountain pen with my initials that you sold me needs attention.",
     "Certainly. What would you like done?"),
    ("It has run dry.", "So that's a refill only, for the fountain pen with your initials."),
]  # fmt: skip
FENCE = [
    ("We want a new wooden fence along the back garden.",
     "Great: a new wooden fence, back garden, about 20 metres."),
]  # fmt: skip
FENCE_STAIN = [
    ("Our wooden fence along the back garden is fine, it just looks tired.",
     "So that's a repaint only, back garden, about 20 metres."),
]  # fmt: skip
FENCE_TWIN = [
    ("We'd like a new timber fence put up along the back garden.",
     "Great: a new wooden fence, back garden, about 20 metres."),
]  # fmt: skip
PEN_OFFER = [
    ("I need a new fountain pen engraved with my initials.",
     "Certainly: a new fountain pen, engraved with your initials. You can cancel any time before "
     "engraving."),
]  # fmt: skip

BENTO = [
    ("会議用のお弁当を20個お願いしたいです。11月3日のお昼です。",
     "11月3日のお昼、お弁当20個ですね。"),
]  # fmt: skip
BENTO_CANCEL = [
    ("11月3日の会議ですが、オンラインになりました。",
     "承知しました。お弁当20個はどうなさいますか？"),
    ("そちらはもういいです。", "かしこまりました。11月3日のご注文はキャンセルいたしますね。"),
]  # fmt: skip
BENTO_OFFER = [
    ("会議用のお弁当を20個お願いしたいです。11月3日のお昼です。",
     "11月3日のお昼、お弁当20個ですね。前日までならキャンセルもできます。"),
]  # fmt: skip
WATCH = [
    ("新しい腕時計を買いたいです。革のベルトのものです。", "革ベルトの腕時計のご購入ですね。"),
]  # fmt: skip
WATCH_BATTERY = [
    ("こちらで買った革ベルトの腕時計ですが、電池を替えてもらうだけでいいです。", "承知しました。"),
    ("革のベルトのものです。", "革ベルトの腕時計、電池交換のみですね。"),
]  # fmt: skip
PIANO = [
    ("ピアノの調律をお願いしたいです。アップライトです。", "アップライトピアノの調律ですね。"),
]  # fmt: skip
PIANO_ONLY = [
    ("アップライトのピアノですが、調律だけお願いします。", "アップライトピアノの調律のみですね。"),
]  # fmt: skip

PARTY = [
    ("We'd like a chocolate cake for our daughter's party on 9 June.",
     "Thank you. Any message on it?"),
    ("Plain, no message.", "A chocolate cake on 9 June, no message."),
]  # fmt: skip
PARTY_OFF = [
    ("About our daughter's party on 9 June: we're having it at a pizza place now.",
     "I see. What about the chocolate cake?"),
    ("That's fine, thanks.", "Understood. The cake order for 9 June is cancelled then."),
]  # fmt: skip
BOILER = [
    ("Can you service our gas boiler next week?", "Of course. Which model is it?"),
    ("A Worcester combi.", "Noted: an annual service of a Worcester combi boiler."),
]  # fmt: skip
BOILER_ASIDE = [
    ("Can you service our gas boiler next week?", "Of course. Which model is it?"),
    ("We only bought the house in spring.", "Congratulations on the new home!"),
    ("A Worcester combi.", "Noted: an annual service of a Worcester combi boiler."),
]  # fmt: skip
SHIRT = [
    ("シャツを10枚クリーニングに出したいです。",
     "ありがとうございます。仕上がりのご希望はありますか？"),
    ("のり付けでお願いします。", "シャツ10枚、のり付け仕上げですね。"),
]  # fmt: skip
SHIRT_SALE = [
    ("夏のセールはまだやっていますか？", "夏のセールは先週で終了しました。"),
    ("シャツを10枚クリーニングに出したいです。",
     "ありがとうございます。仕上がりのご希望はありますか？"),
    ("のり付けでお願いします。", "シャツ10枚、のり付け仕上げですね。できるだけ早くお返しします。"),
]  # fmt: skip
HALL = [
    ("公民館のホールを12月8日の午後に借りたいです。", "12月8日午後、ホールのご予約ですね。"),
]  # fmt: skip
HALL_OFF = [
    ("12月8日のホールの件ですが、発表会は学校の体育館でやることになりました。",
     "承知しました。12月8日のご予約はどうなさいますか？"),
    ("そちらは不要です。", "かしこまりました。12月8日のご予約は取り消しておきますね。"),
]  # fmt: skip
LOCK = [
    ("玄関の鍵を新しいものに付け替えてほしいです。", "承知しました。玄関の鍵の交換ですね。"),
]  # fmt: skip
LOCK_KEY = [
    ("玄関の鍵ですが、合鍵を作ってもらうだけで大丈夫です。", "承知しました。"),
    ("普通の鍵です。", "玄関の鍵、合鍵の作製のみですね。"),
]  # fmt: skip

LUNCH = [
    ("I'd like to order lunch for our team meeting on 3 November.",
     "Thank you. How many lunches?"),
    ("Twenty sandwich platters, please.", "Twenty sandwich platters for 3 November."),
]  # fmt: skip
LUNCH_OFF = [
    ("About our team meeting on 3 November: it's going online now.",
     "I see. What about the twenty sandwich platters?"),
    ("We can do without them.", "Understood. I'll cancel the order for 3 November."),
]  # fmt: skip
MAKUNOUCHI = [
    ("11月3日の会議用に、お弁当をお願いしたいです。", "ありがとうございます。何個でしょうか？"),
    ("幕の内を20個でお願いします。", "11月3日、幕の内弁当20個ですね。"),
]  # fmt: skip
MAKUNOUCHI_OFF = [
    ("11月3日の会議ですが、オンラインでやることになりました。",
     "承知しました。幕の内弁当20個のご注文はどうなさいますか？"),
    ("そちらは結構です。", "かしこまりました。11月3日のご注文はキャンセルいたしますね。"),
]  # fmt: skip

PROBES: list[Probe] = [
    ("en-lunch-cancelled", "cancel-reported", 0, LUNCH, LUNCH_OFF),
    ("ja-makunouchi-cancelled", "cancel-reported", 0, MAKUNOUCHI, MAKUNOUCHI_OFF),
    ("en-party-cancelled", "cancel-reported", 0, PARTY, PARTY_OFF),
    ("ja-hall-cancelled", "cancel-reported", 0, HALL, HALL_OFF),
    ("ja-lock-copy", "only-act", 0, LOCK, LOCK_KEY),
    ("en-boiler-aside", "aside-only", 1, BOILER, BOILER_ASIDE),
    ("ja-shirt-aside", "aside-ended", 1, SHIRT, SHIRT_SALE),
    ("en-cake-cancelled", "cancel-reported", 0, CAKE, CAKE_CANCEL),
    ("en-van-cancelled", "cancel-reported", 0, VAN, VAN_OFF),
    ("ja-bento-cancelled", "cancel-reported", 0, BENTO, BENTO_CANCEL),
    ("en-pen-refill", "only-act", 0, PEN, PEN_REFILL),
    ("en-fence-restain", "only-act", 0, FENCE, FENCE_STAIN),
    ("ja-watch-battery", "only-act", 0, WATCH, WATCH_BATTERY),
    ("en-fence-twin", "reworded", 1, FENCE, FENCE_TWIN),
    ("en-pen-offer", "cancel-offered", 1, PEN, PEN_OFFER),
    ("ja-bento-offer", "cancel-offered", 1, BENTO, BENTO_OFFER),
    ("ja-piano-only", "only-same", 1, PIANO, PIANO_ONLY),
]
