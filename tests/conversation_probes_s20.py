"""Session 20 probe conversations, written for these tests (no evaluation set's wording): an
intent flipped in the FIRST turn and confirmed by the assistant in other words (assemble /
take apart, collect / bring it in *instead*, repair / trade in *rather than*, buy / rent,
fit / remove, deliver / collect, 取り付け / 取り外し, 修理ではなく買い替え, 配達の代わりに
店頭受け取り, 組み立て / 解体), and same-context twins in other words: the same service said
otherwise, small talk holding intent-like words (*keeps me awake*, *stay dry*, *change*,
続く), greetings, an unrelated exchange. English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]


def _t(*pairs: tuple[str, str]) -> Turns:
    return list(pairs)


# -- English: a bed frame --------------------------------------------------------------------

BED = _t(
    ("Could someone come and put together a bed frame I bought online?",
     "Yes. What size is it, and which day suits you?"),
    ("A king-size oak frame, on Saturday.",
     "Booked: assembling a king-size oak bed frame, Saturday."),
)  # fmt: skip
BED_APART = _t(
    ("Your team built my bed frame last year and now it needs taking apart before we move.",
     "Yes. What size is it, and which day suits you?"),
    ("A king-size oak frame, on Saturday.",
     "Booked: dismantling a king-size oak bed frame, Saturday."),
)  # fmt: skip
BED_INSTEAD = _t(
    ("I asked you to assemble my bed frame, but I need it disassembled instead.",
     "Of course. What size is it, and which day suits you?"),
    ("A king-size oak frame, on Saturday.",
     "Booked: disassembly of a king-size oak bed frame, Saturday."),
)  # fmt: skip
BED_RW = _t(
    ("I need a king-size oak bed frame assembled on Saturday - can you send someone?",
     "Booked: assembling a king-size oak bed frame, Saturday."),
)  # fmt: skip
BED_SMALLTALK = _t(
    ("Could someone come and put together a bed frame I bought online?",
     "Yes. What size is it, and which day suits you?"),
    ("The instructions keep me awake just looking at them!", "Ha, we hear that a lot."),
    ("A king-size oak frame, on Saturday.",
     "Booked: assembling a king-size oak bed frame, Saturday."),
)  # fmt: skip

# -- English: laundry collection ---------------------------------------------------------------

LAUNDRY = _t(
    ("Can you collect a bag of ironing from my house on Thursday?",
     "Sure. What's the address?"),
    ("12 Park Road.", "Thanks: collection from 12 Park Road on Thursday."),
)  # fmt: skip
LAUNDRY_BRING = _t(
    ("I arranged a pickup of some ironing for Thursday, but I'll bring it to the shop instead.",
     "No problem. What's the address?"),
    ("12 Park Road.", "Thanks: the Thursday collection from 12 Park Road is cancelled."),
)  # fmt: skip
LAUNDRY_DELIVER = _t(
    ("Can you deliver a bag of ironing to my house on Thursday?",
     "Sure. What's the address?"),
    ("12 Park Road.", "Thanks: delivery to 12 Park Road on Thursday."),
)  # fmt: skip
LAUNDRY_RW = _t(
    ("Could you pick up some ironing from my place this Thursday?",
     "Sure. What's the address?"),
    ("12 Park Road.", "Thanks: we'll pick it up from 12 Park Road on Thursday."),
)  # fmt: skip
LAUNDRY_SMALLTALK = _t(
    ("Can you collect a bag of ironing from my house on Thursday?",
     "Sure. What's the address?"),
    ("Hopefully the weather stays dry for your driver!", "Fingers crossed!"),
    ("12 Park Road.", "Thanks: collection from 12 Park Road on Thursday."),
)  # fmt: skip

# -- English: a laptop screen ------------------------------------------------------------------

SCREEN = _t(
    ("The screen on my laptop is cracked - can you replace it?",
     "We can. Which model is it?"),
    ("A Dell XPS 13.", "Thanks: screen replacement for a Dell XPS 13."),
)  # fmt: skip
SCREEN_TRADE = _t(
    ("The screen on my laptop is cracked, and rather than fix it I want to trade it in.",
     "We can. Which model is it?"),
    ("A Dell XPS 13.", "Thanks: trade-in valuation for a Dell XPS 13."),
)  # fmt: skip
SCREEN_SELL = _t(
    ("My laptop screen is cracked; not a repair but a sale - would you buy it as it is?",
     "We might. Which model is it?"),
    ("A Dell XPS 13.", "Thanks: a purchase quote for a cracked Dell XPS 13."),
)  # fmt: skip
SCREEN_RW = _t(
    ("My Dell XPS 13 has a smashed display - could you fit a new screen?",
     "Thanks: screen replacement for a Dell XPS 13."),
)  # fmt: skip
SCREEN_UNRELATED = _t(
    ("Do you sell laptop bags?", "Yes, we have a few in store."),
    ("The screen on my laptop is cracked - can you replace it?",
     "We can. Which model is it?"),
    ("A Dell XPS 13.", "Thanks: screen replacement for a Dell XPS 13."),
)  # fmt: skip

# -- English: a carpet cleaner -----------------------------------------------------------------

CARPET = _t(
    ("I'd like to buy a carpet cleaner.", "Certainly. Which model were you looking at?"),
    ("The Vax Platinum.", "Thanks: purchase of a Vax Platinum carpet cleaner."),
)  # fmt: skip
CARPET_RENT = _t(
    ("I'd like to rent a carpet cleaner rather than buy one.",
     "Certainly. Which model were you looking at?"),
    ("The Vax Platinum.", "Thanks: rental of a Vax Platinum carpet cleaner."),
)  # fmt: skip
CARPET_GREETING = _t(
    ("Hi there!", "Hello! How can I help?"),
    ("I'd like to buy a carpet cleaner.", "Certainly. Which model were you looking at?"),
    ("The Vax Platinum.", "Thanks: purchase of a Vax Platinum carpet cleaner."),
)  # fmt: skip

# -- English: a dishwasher ---------------------------------------------------------------------

DISHWASHER = _t(
    ("I need a new dishwasher installed in my kitchen.",
     "Sure. Is it a freestanding or an integrated one?"),
    ("Integrated.", "Noted: installing an integrated dishwasher."),
)  # fmt: skip
DISHWASHER_REMOVE = _t(
    ("I need the old dishwasher in my kitchen taken out, not a new one put in.",
     "Sure. Is it a freestanding or an integrated one?"),
    ("Integrated.", "Noted: removal of an integrated dishwasher."),
)  # fmt: skip
DISHWASHER_RW = _t(
    ("Could you fit a new integrated dishwasher in my kitchen?",
     "Noted: installing an integrated dishwasher."),
)  # fmt: skip
DISHWASHER_SMALLTALK = _t(
    ("I need a new dishwasher installed in my kitchen.",
     "Sure. Is it a freestanding or an integrated one?"),
    ("My family keeps telling me to just wash up by hand!", "Ha, not for long!"),
    ("Integrated.", "Noted: installing an integrated dishwasher."),
)  # fmt: skip

# -- English: a sofa order ---------------------------------------------------------------------

SOFA = _t(
    ("Can you deliver the grey sofa I ordered to my flat?",
     "Of course. What's your order number?"),
    ("It's 55812.", "Thanks: home delivery for order 55812."),
)  # fmt: skip
SOFA_COLLECT = _t(
    ("Instead of having the grey sofa delivered, I'll collect it from your warehouse.",
     "Of course. What's your order number?"),
    ("It's 55812.", "Thanks: warehouse collection for order 55812."),
)  # fmt: skip
SOFA_RW = _t(
    ("I ordered the grey sofa - could it be brought to my flat?",
     "Of course. What's your order number?"),
    ("It's 55812.", "Thanks: home delivery for order 55812."),
)  # fmt: skip

# -- English: a boiler -------------------------------------------------------------------------

BOILER = _t(
    ("Our boiler is fifteen years old and I'd like it replaced.",
     "Okay. Is it a combi boiler?"),
    ("Yes, a combi.", "Thanks: a combi boiler replacement quote."),
)  # fmt: skip
BOILER_REPAIR = _t(
    ("Our boiler is fifteen years old, but we want it repaired, not replaced.",
     "Okay. Is it a combi boiler?"),
    ("Yes, a combi.", "Thanks: a combi boiler repair visit."),
)  # fmt: skip
BOILER_SMALLTALK = _t(
    ("Our boiler is fifteen years old and I'd like it replaced.",
     "Okay. Is it a combi boiler?"),
    ("Prices keep going up, don't they?", "They certainly do."),
    ("Yes, a combi.", "Thanks: a combi boiler replacement quote."),
)  # fmt: skip

# -- English: broadband, a van, a gas cooker ---------------------------------------------------

BROADBAND = _t(
    ("I'd like to upgrade my broadband package.", "Sure. What's your account number?"),
    ("AC-20931.", "Thanks: upgrading the package on account AC-20931."),
)  # fmt: skip
BROADBAND_DOWN = _t(
    ("My broadband package is too expensive and I'd like a cheaper one.",
     "Sure. What's your account number?"),
    ("AC-20931.", "Thanks: downgrading the package on account AC-20931."),
)  # fmt: skip
BROADBAND_CHANGE = _t(
    ("I'd like to upgrade my broadband package.", "Sure. What's your account number?"),
    ("Things change so fast with tech these days.", "They really do!"),
    ("AC-20931.", "Thanks: upgrading the package on account AC-20931."),
)  # fmt: skip
VAN = _t(
    ("We need to hire a van for a weekend move.", "Sure. Which size of van?"),
    ("A Luton van.", "Thanks: hiring a Luton van for the weekend."),
)  # fmt: skip
VAN_BUY = _t(
    ("Rather than hiring a van every month, we'd like to buy one.",
     "Sure. Which size of van?"),
    ("A Luton van.", "Thanks: buying a Luton van."),
)  # fmt: skip
COOKER = _t(
    ("Can you connect my new gas cooker?", "Yes. When would suit you?"),
    ("Friday afternoon.", "Booked: connecting a gas cooker on Friday afternoon."),
)  # fmt: skip
COOKER_OFF = _t(
    ("We're getting rid of our gas cooker - can you come and make it safe?",
     "Yes. When would suit you?"),
    ("Friday afternoon.", "Booked: disconnecting a gas cooker on Friday afternoon."),
)  # fmt: skip
COOKER_SMALLTALK = _t(
    ("Can you connect my new gas cooker?", "Yes. When would suit you?"),
    ("We'll stay in all day anyway.", "Great, that makes it easy."),
    ("Friday afternoon.", "Booked: connecting a gas cooker on Friday afternoon."),
)  # fmt: skip

# -- English: trousers, a cake -----------------------------------------------------------------

TROUSERS = _t(
    ("Could you take up two pairs of trousers for me?", "Of course. By how much?"),
    ("About three centimetres.", "Thanks: shortening two pairs of trousers by 3 cm."),
)  # fmt: skip
TROUSERS_LONG = _t(
    ("My two pairs of trousers are too short - could you let them down?",
     "Of course. By how much?"),
    ("About three centimetres.", "Thanks: lengthening two pairs of trousers by 3 cm."),
)  # fmt: skip
CAKE = _t(
    ("Please deliver the birthday cake I ordered to the venue.",
     "Of course. What's the order reference?"),
    ("B-441.", "Thanks: delivery of order B-441 to the venue."),
)  # fmt: skip
CAKE_PICKUP = _t(
    ("I ordered a birthday cake for delivery, but I'll pick it up myself instead.",
     "Of course. What's the order reference?"),
    ("B-441.", "Thanks: order B-441 will be ready to pick up in the shop."),
)  # fmt: skip

# -- Japanese: an air conditioner, furniture -----------------------------------------------------

AIRCON = _t(
    ("リビングにエアコンを取り付けてほしいです。", "承知しました。ご希望の日はいつですか。"),
    ("来週の土曜日です。", "かしこまりました。土曜日にエアコンの取り付けですね。"),
)  # fmt: skip
AIRCON_OFF = _t(
    ("リビングのエアコンを取り外してほしいです。", "承知しました。ご希望の日はいつですか。"),
    ("来週の土曜日です。", "かしこまりました。土曜日にエアコンの取り外しですね。"),
)  # fmt: skip
AIRCON_RW = _t(
    ("来週の土曜にリビングへエアコンを設置してもらえますか。",
     "かしこまりました。土曜日にエアコンの取り付けですね。"),
)  # fmt: skip
AIRCON_SMALLTALK = _t(
    ("リビングにエアコンを取り付けてほしいです。", "承知しました。ご希望の日はいつですか。"),
    ("最近暑い日が続いていますね。", "本当にそうですね。"),
    ("来週の土曜日です。", "かしこまりました。土曜日にエアコンの取り付けですね。"),
)  # fmt: skip
SHELF = _t(
    ("通販で買った本棚を組み立ててほしいです。", "承知しました。いつがよろしいですか。"),
    ("日曜日の午前です。", "かしこまりました。日曜日の午前に本棚の組み立てですね。"),
)  # fmt: skip
SHELF_APART = _t(
    ("引っ越すので本棚を解体してほしいです。", "承知しました。いつがよろしいですか。"),
    ("日曜日の午前です。", "かしこまりました。日曜日の午前に本棚の解体ですね。"),
)  # fmt: skip
SHELF_GREETING = _t(
    ("こんにちは。", "こんにちは。ご用件をどうぞ。"),
    ("通販で買った本棚を組み立ててほしいです。", "承知しました。いつがよろしいですか。"),
    ("日曜日の午前です。", "かしこまりました。日曜日の午前に本棚の組み立てですね。"),
)  # fmt: skip

# -- Japanese: a phone, a parcel, a bicycle --------------------------------------------------------

JPHONE = _t(
    ("スマホの画面が割れたので修理をお願いしたいです。", "承知しました。機種は何ですか。"),
    ("iPhone 13です。", "かしこまりました。iPhone 13の画面修理ですね。"),
)  # fmt: skip
JPHONE_NEW = _t(
    ("スマホの画面が割れたので、修理ではなく買い替えたいです。", "承知しました。機種は何ですか。"),
    ("iPhone 13です。", "かしこまりました。iPhone 13からの機種変更ですね。"),
)  # fmt: skip
JPHONE_TRADE = _t(
    ("スマホの画面が割れましたが、修理の代わりに下取りに出したいです。",
     "承知しました。機種は何ですか。"),
    ("iPhone 13です。", "かしこまりました。iPhone 13の下取りですね。"),
)  # fmt: skip
JPHONE_SMALLTALK = _t(
    ("スマホの画面が割れたので修理をお願いしたいです。", "承知しました。機種は何ですか。"),
    ("落としたのは今月二回目なんです。", "それは大変でしたね。"),
    ("iPhone 13です。", "かしこまりました。iPhone 13の画面修理ですね。"),
)  # fmt: skip
PARCEL = _t(
    ("荷物を自宅まで配達してほしいです。", "承知しました。伝票番号を教えてください。"),
    ("1234-5678です。", "かしこまりました。1234-5678をご自宅へ配達いたします。"),
)  # fmt: skip
PARCEL_STORE = _t(
    ("荷物は配達の代わりに営業所で受け取りたいです。", "承知しました。伝票番号を教えてください。"),
    ("1234-5678です。", "かしこまりました。1234-5678を営業所でお預かりします。"),
)  # fmt: skip
PARCEL_PICKUP = _t(
    ("集荷をお願いしていましたが、自分で営業所に持ち込むことにしました。",
     "承知しました。伝票番号を教えてください。"),
    ("1234-5678です。", "かしこまりました。1234-5678の集荷を取り消しました。"),
)  # fmt: skip
PARCEL_UNRELATED = _t(
    ("営業所は何時まで開いていますか。", "夜8時まで営業しております。"),
    ("荷物を自宅まで配達してほしいです。", "承知しました。伝票番号を教えてください。"),
    ("1234-5678です。", "かしこまりました。1234-5678をご自宅へ配達いたします。"),
)  # fmt: skip
BIKE = _t(
    ("電動自転車を購入したいです。", "ありがとうございます。ご希望の車種はありますか。"),
    ("パナソニックのビビです。", "承知しました。パナソニックのビビのご購入ですね。"),
)  # fmt: skip
BIKE_RENT = _t(
    ("電動自転車を購入じゃなくてレンタルしたいです。",
     "ありがとうございます。ご希望の車種はありますか。"),
    ("パナソニックのビビです。", "承知しました。パナソニックのビビのレンタルですね。"),
)  # fmt: skip
BIKE_SMALLTALK = _t(
    ("電動自転車を購入したいです。", "ありがとうございます。ご希望の車種はありますか。"),
    ("坂道が多くて、毎日同じ道を通うのが大変なんです。", "電動なら楽になりますよ。"),
    ("パナソニックのビビです。", "承知しました。パナソニックのビビのご購入ですね。"),
)  # fmt: skip

# -- more same-context twins: small talk with words of keeping, staying, changing ---------------

CARPET_SMALLTALK = _t(
    ("I'd like to buy a carpet cleaner.", "Certainly. Which model were you looking at?"),
    ("My kids keep spilling juice on the rug.", "Oh dear, that happens!"),
    ("The Vax Platinum.", "Thanks: purchase of a Vax Platinum carpet cleaner."),
)  # fmt: skip
VAN_SMALLTALK = _t(
    ("We need to hire a van for a weekend move.", "Sure. Which size of van?"),
    ("We'll stay with friends until the new place is ready.", "That sounds sensible."),
    ("A Luton van.", "Thanks: hiring a Luton van for the weekend."),
)  # fmt: skip
SOFA_GREETING = _t(
    ("Good afternoon!", "Good afternoon! How can I help?"),
    ("Can you deliver the grey sofa I ordered to my flat?",
     "Of course. What's your order number?"),
    ("It's 55812.", "Thanks: home delivery for order 55812."),
)  # fmt: skip
TROUSERS_SMALLTALK = _t(
    ("Could you take up two pairs of trousers for me?", "Of course. By how much?"),
    ("I keep tripping over the hems, honestly.", "We'll sort that out."),
    ("About three centimetres.", "Thanks: shortening two pairs of trousers by 3 cm."),
)  # fmt: skip
SHELF_SMALLTALK = _t(
    ("通販で買った本棚を組み立ててほしいです。", "承知しました。いつがよろしいですか。"),
    ("説明書を見るだけで疲れてしまって。", "お任せください。"),
    ("日曜日の午前です。", "かしこまりました。日曜日の午前に本棚の組み立てですね。"),
)  # fmt: skip

PROBES: list[Probe] = [
    # different context: an intent flipped in the first turn, confirmed in other words
    ("en-bed-apart", "intent", 0, BED, BED_APART),
    ("en-bed-instead", "intent", 0, BED, BED_INSTEAD),
    ("en-bed-rw-apart", "intent", 0, BED_RW, BED_APART),
    ("en-bed-smalltalk-apart", "intent", 0, BED_SMALLTALK, BED_APART),
    ("en-laundry-bring", "intent", 0, LAUNDRY, LAUNDRY_BRING),
    ("en-laundry-deliver", "intent", 0, LAUNDRY, LAUNDRY_DELIVER),
    ("en-laundry-rw-bring", "intent", 0, LAUNDRY_RW, LAUNDRY_BRING),
    ("en-laundry-rw-deliver", "intent", 0, LAUNDRY_RW, LAUNDRY_DELIVER),
    ("en-screen-trade", "intent", 0, SCREEN, SCREEN_TRADE),
    ("en-screen-sell", "intent", 0, SCREEN, SCREEN_SELL),
    ("en-screen-rw-trade", "intent", 0, SCREEN_RW, SCREEN_TRADE),
    ("en-screen-unrelated-trade", "intent", 0, SCREEN_UNRELATED, SCREEN_TRADE),
    ("en-carpet-rent", "intent", 0, CARPET, CARPET_RENT),
    ("en-carpet-greeting-rent", "intent", 0, CARPET_GREETING, CARPET_RENT),
    ("en-dishwasher-remove", "intent", 0, DISHWASHER, DISHWASHER_REMOVE),
    ("en-dishwasher-rw-remove", "intent", 0, DISHWASHER_RW, DISHWASHER_REMOVE),
    ("en-sofa-collect", "intent", 0, SOFA, SOFA_COLLECT),
    ("en-sofa-rw-collect", "intent", 0, SOFA_RW, SOFA_COLLECT),
    ("en-boiler-repair", "intent", 0, BOILER, BOILER_REPAIR),
    ("en-boiler-smalltalk-repair", "intent", 0, BOILER_SMALLTALK, BOILER_REPAIR),
    ("en-broadband-down", "intent", 0, BROADBAND, BROADBAND_DOWN),
    ("en-broadband-change-down", "intent", 0, BROADBAND_CHANGE, BROADBAND_DOWN),
    ("en-van-buy", "intent", 0, VAN, VAN_BUY),
    ("en-cooker-off", "intent", 0, COOKER, COOKER_OFF),
    ("en-cooker-smalltalk-off", "intent", 0, COOKER_SMALLTALK, COOKER_OFF),
    ("en-trousers-long", "intent", 0, TROUSERS, TROUSERS_LONG),
    ("en-cake-pickup", "intent", 0, CAKE, CAKE_PICKUP),
    ("ja-aircon-off", "intent", 0, AIRCON, AIRCON_OFF),
    ("ja-aircon-rw-off", "intent", 0, AIRCON_RW, AIRCON_OFF),
    ("ja-aircon-smalltalk-off", "intent", 0, AIRCON_SMALLTALK, AIRCON_OFF),
    ("ja-shelf-apart", "intent", 0, SHELF, SHELF_APART),
    ("ja-shelf-greeting-apart", "intent", 0, SHELF_GREETING, SHELF_APART),
    ("ja-phone-new", "intent", 0, JPHONE, JPHONE_NEW),
    ("ja-phone-trade", "intent", 0, JPHONE, JPHONE_TRADE),
    ("ja-phone-smalltalk-trade", "intent", 0, JPHONE_SMALLTALK, JPHONE_TRADE),
    ("ja-parcel-store", "intent", 0, PARCEL, PARCEL_STORE),
    ("ja-parcel-pickup", "intent", 0, PARCEL, PARCEL_PICKUP),
    ("ja-parcel-unrelated-store", "intent", 0, PARCEL_UNRELATED, PARCEL_STORE),
    ("ja-bike-rent", "intent", 0, BIKE, BIKE_RENT),
    ("ja-bike-smalltalk-rent", "intent", 0, BIKE_SMALLTALK, BIKE_RENT),
    # same context: the same service in other words, small talk, greetings, an aside
    ("en-bed-rw", "reworded", 1, BED, BED_RW),
    ("en-bed-smalltalk", "small-talk", 1, BED, BED_SMALLTALK),
    ("en-laundry-rw", "reworded", 1, LAUNDRY, LAUNDRY_RW),
    ("en-laundry-smalltalk", "small-talk", 1, LAUNDRY, LAUNDRY_SMALLTALK),
    ("en-screen-rw", "reworded", 1, SCREEN, SCREEN_RW),
    ("en-screen-unrelated", "unrelated", 1, SCREEN, SCREEN_UNRELATED),
    ("en-carpet-greeting", "greeting", 1, CARPET, CARPET_GREETING),
    ("en-dishwasher-rw", "reworded", 1, DISHWASHER, DISHWASHER_RW),
    ("en-dishwasher-smalltalk", "small-talk", 1, DISHWASHER, DISHWASHER_SMALLTALK),
    ("en-sofa-rw", "reworded", 1, SOFA, SOFA_RW),
    ("en-boiler-smalltalk", "small-talk", 1, BOILER, BOILER_SMALLTALK),
    ("en-broadband-change", "small-talk", 1, BROADBAND, BROADBAND_CHANGE),
    ("en-cooker-smalltalk", "small-talk", 1, COOKER, COOKER_SMALLTALK),
    ("en-bed-rw-smalltalk", "reworded", 1, BED_RW, BED_SMALLTALK),
    ("en-laundry-rw-smalltalk", "reworded", 1, LAUNDRY_RW, LAUNDRY_SMALLTALK),
    ("en-screen-rw-unrelated", "reworded", 1, SCREEN_RW, SCREEN_UNRELATED),
    ("en-dishwasher-rw-smalltalk", "reworded", 1, DISHWASHER_RW, DISHWASHER_SMALLTALK),
    ("ja-aircon-rw", "reworded", 1, AIRCON, AIRCON_RW),
    ("ja-aircon-smalltalk", "small-talk", 1, AIRCON, AIRCON_SMALLTALK),
    ("ja-aircon-rw-smalltalk", "reworded", 1, AIRCON_RW, AIRCON_SMALLTALK),
    ("ja-shelf-greeting", "greeting", 1, SHELF, SHELF_GREETING),
    ("ja-phone-smalltalk", "small-talk", 1, JPHONE, JPHONE_SMALLTALK),
    ("ja-parcel-unrelated", "unrelated", 1, PARCEL, PARCEL_UNRELATED),
    ("ja-bike-smalltalk", "small-talk", 1, BIKE, BIKE_SMALLTALK),
    ("ja-phone-trade-new", "intent", 0, JPHONE_TRADE, JPHONE_NEW),
    ("en-screen-trade-sell", "intent", 0, SCREEN_TRADE, SCREEN_SELL),
    ("en-laundry-bring-deliver", "intent", 0, LAUNDRY_BRING, LAUNDRY_DELIVER),
    ("en-bed-apart-instead", "reworded", 1, BED_APART, BED_INSTEAD),
    ("en-laundry-smalltalk-bring", "intent", 0, LAUNDRY_SMALLTALK, LAUNDRY_BRING),
    ("en-carpet-smalltalk", "small-talk", 1, CARPET, CARPET_SMALLTALK),
    ("en-carpet-smalltalk-rent", "intent", 0, CARPET_SMALLTALK, CARPET_RENT),
    ("en-van-smalltalk", "small-talk", 1, VAN, VAN_SMALLTALK),
    ("en-van-smalltalk-buy", "intent", 0, VAN_SMALLTALK, VAN_BUY),
    ("en-sofa-greeting", "greeting", 1, SOFA, SOFA_GREETING),
    ("en-sofa-greeting-collect", "intent", 0, SOFA_GREETING, SOFA_COLLECT),
    ("en-trousers-smalltalk", "small-talk", 1, TROUSERS, TROUSERS_SMALLTALK),
    ("en-trousers-smalltalk-long", "intent", 0, TROUSERS_SMALLTALK, TROUSERS_LONG),
    ("ja-shelf-smalltalk", "small-talk", 1, SHELF, SHELF_SMALLTALK),
    ("ja-shelf-smalltalk-apart", "intent", 0, SHELF_SMALLTALK, SHELF_APART),
]
