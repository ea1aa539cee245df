"""Session 21 probe conversations, written for these tests (no evaluation set's wording): a
request withdrawn WITHOUT a negated request (*actually leave X as it is*, *forget the X, just
Y*, *scrap the X*, 今のままでいいです, やっぱり…はいいです, …はなしで), a service added or
dropped in one conversation's user turns only, an amount / date / person / place changed by an
assistant reply or a user correction (*sorry, I meant Tuesday*, 土曜日の間違いでした), a plan
or product switched mid-thread; and same-context twins refused by earlier sessions: the same
history reworded, *book* / *reserve*, *send* / *transfer*, 予約 / 取る, 送金 / 振り込み, a
negated fact said in other words (*I don't have a car* / *I haven't got a car*, 車は持って
いません / 車はないです), the assistant's question worded otherwise. English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]


def _t(*pairs: tuple[str, str]) -> Turns:
    return list(pairs)


# -- English: withdrawn without a negated request -------------------------------------------

GARDEN = _t(
    ("Could you trim the hedge and mow the lawn on Friday?",
     "Sure: hedge trimming and lawn mowing, Friday morning."),
)  # fmt: skip
GARDEN_LEAVE = _t(
    ("Could you trim the hedge and mow the lawn on Friday?",
     "Sure: hedge trimming and lawn mowing, Friday morning."),
    ("Actually, leave the hedge as it is, just the lawn please.",
     "No problem: lawn mowing only, Friday morning."),
)  # fmt: skip
CAR = _t(
    ("I'd like my car booked in for a full service and an MOT.",
     "Booked: full service and MOT on Wednesday."),
)  # fmt: skip
CAR_FORGET = _t(
    ("I'd like my car booked in for a full service and an MOT.",
     "Booked: full service and MOT on Wednesday."),
    ("Forget the MOT, just the service.", "Updated: full service only on Wednesday."),
)  # fmt: skip
GIFT = _t(
    ("Can you gift wrap the scarf and add a card?",
     "Yes, the scarf will be gift wrapped with a card."),
)  # fmt: skip
GIFT_SCRAP = _t(
    ("Can you gift wrap the scarf and add a card?",
     "Yes, the scarf will be gift wrapped with a card."),
    ("On second thoughts, scrap the wrapping and send it plain.",
     "Done: the scarf goes plain, with the card."),
)  # fmt: skip

# -- English: a service added or dropped in one side's user turns ----------------------------

WINDOWS = _t(
    ("Can you clean the windows at 4 Birch Lane next week?",
     "Yes, window cleaning at 4 Birch Lane on Tuesday."),
)  # fmt: skip
WINDOWS_GUTTERS = _t(
    ("Can you clean the windows at 4 Birch Lane next week?",
     "Yes, window cleaning at 4 Birch Lane on Tuesday."),
    ("While you're there, could you clear the gutters as well?",
     "Of course, gutter clearing added for Tuesday."),
)  # fmt: skip

# -- English: values changed by a reply or a correction ---------------------------------------

TABLE = _t(
    ("Can I book a table for four on Monday evening?",
     "Yes, a table for four on Monday at 7pm."),
)  # fmt: skip
TABLE_TUESDAY = _t(
    ("Can I book a table for four on Monday evening?",
     "Yes, a table for four on Monday at 7pm."),
    ("Sorry, I meant Tuesday.", "No problem, I've moved it to Tuesday at 7pm."),
)  # fmt: skip
TABLE_RESERVE = _t(
    ("I'd like to reserve a table for four people on Monday evening.",
     "Certainly, a table for four on Monday at 7pm."),
)  # fmt: skip
TRANSFER = _t(
    ("I want to send 200 pounds to my savings account.",
     "Done: 200 pounds sent to your savings account."),
)  # fmt: skip
TRANSFER_LIMIT = _t(
    ("I want to send 200 pounds to my savings account.",
     "Your daily limit is 100 pounds, so I've sent 100 pounds to your savings account."),
)  # fmt: skip
TRANSFER_RW = _t(
    ("Please transfer 200 pounds into my savings account.",
     "Done: 200 pounds moved into your savings account."),
)  # fmt: skip
DOCTOR = _t(
    ("Can I see Dr Patel on Thursday afternoon?",
     "Yes, you're booked with Dr Patel on Thursday at 3pm."),
)  # fmt: skip
DOCTOR_SWITCH = _t(
    ("Can I see Dr Patel on Thursday afternoon?",
     "Yes, you're booked with Dr Patel on Thursday at 3pm."),
    ("Could it be Dr Evans instead?", "Changed: Dr Evans on Thursday at 3pm."),
)  # fmt: skip
PLAN = _t(
    ("I'm on the basic broadband plan and want to add a TV package.",
     "Sure, I can add TV to your basic plan."),
)  # fmt: skip
PLAN_SWITCH = _t(
    ("I'm on the basic broadband plan and want to add a TV package.",
     "Sure, I can add TV to your basic plan."),
    ("Actually, move me up to the fibre plan first.",
     "Done: you're on the fibre plan now, TV can go on top."),
)  # fmt: skip

# -- English: same context, other words -------------------------------------------------------

CARLESS = _t(
    ("I don't have a car, can I still get to the venue?",
     "Yes, there's a bus from the station every 20 minutes."),
)  # fmt: skip
CARLESS_RW = _t(
    ("I haven't got a car - is the venue reachable another way?",
     "Yes, a bus runs from the station every 20 minutes."),
)  # fmt: skip
HAIRCUT = _t(
    ("Can I get a haircut tomorrow?", "Sure, what time works for you?"),
    ("Around 11.", "Booked: haircut tomorrow at 11am."),
)  # fmt: skip
HAIRCUT_ASK = _t(
    ("Can I get a haircut tomorrow?", "Of course, which time would suit you best?"),
    ("Around 11.", "Booked: haircut tomorrow at 11am."),
)  # fmt: skip
HAIRCUT_SMALLTALK = _t(
    ("Hi there! Hope you're having a good day.", "Thanks, you too! How can I help?"),
    ("Can I get a haircut tomorrow?", "Sure, what time works for you?"),
    ("Around 11.", "Booked: haircut tomorrow at 11am."),
)  # fmt: skip

# -- Japanese: withdrawn without a negated request --------------------------------------------

SALON = _t(
    ("明日、カットとカラーをお願いできますか。", "はい、カットとカラーで明日の14時に承りました。"),
)  # fmt: skip
SALON_KEEP = _t(
    ("明日、カットとカラーをお願いできますか。", "はい、カットとカラーで明日の14時に承りました。"),
    ("色は今のままでいいです。カットだけでお願いします。",
     "かしこまりました。カットのみ、明日の14時です。"),
)  # fmt: skip
AIRCON = _t(
    ("新しいエアコンの取り付けと、古いエアコンの回収をお願いします。",
     "取り付けと回収ですね。土曜日に伺います。"),
)  # fmt: skip
AIRCON_NO = _t(
    ("新しいエアコンの取り付けと、古いエアコンの回収をお願いします。",
     "取り付けと回収ですね。土曜日に伺います。"),
    ("やっぱり回収はいいです。", "承知しました。取り付けのみ、土曜日に伺います。"),
)  # fmt: skip
DELIVERY = _t(
    ("ソファを購入したので、配送をお願いしたいです。", "配送ですね。日曜日にお届けします。"),
)  # fmt: skip
DELIVERY_NONE = _t(
    ("ソファを購入したので、配送をお願いしたいです。", "配送ですね。日曜日にお届けします。"),
    ("すみません、配送はなしで、自分で取りに行きます。",
     "かしこまりました。店頭でのお受け取りですね。"),
)  # fmt: skip

# -- Japanese: a service added, values corrected, a product switched --------------------------

SHAKEN = _t(
    ("来週、車検をお願いしたいです。", "はい、来週の水曜日に車検で承りました。"),
)  # fmt: skip
SHAKEN_OIL = _t(
    ("来週、車検をお願いしたいです。", "はい、来週の水曜日に車検で承りました。"),
    ("ついでにオイル交換もお願いできますか。", "はい、オイル交換も追加しました。"),
)  # fmt: skip
RESTAURANT = _t(
    ("金曜日の夜に4人で予約したいです。", "金曜日の19時に4名様で承りました。"),
)  # fmt: skip
RESTAURANT_FIX = _t(
    ("金曜日の夜に4人で予約したいです。", "金曜日の19時に4名様で承りました。"),
    ("すみません、土曜日の間違いでした。", "土曜日の19時に変更いたしました。"),
)  # fmt: skip
RESTAURANT_RW = _t(
    ("金曜の夜、4名で席を取りたいのですが。", "金曜日19時、4名様でお取りしました。"),
)  # fmt: skip
SHOP = _t(
    ("渋谷店で眼鏡の受け取りを予約したいです。", "渋谷店で土曜日のお受け取りを承りました。"),
)  # fmt: skip
SHOP_FIX = _t(
    ("渋谷店で眼鏡の受け取りを予約したいです。", "渋谷店で土曜日のお受け取りを承りました。"),
    ("あ、新宿店の方でお願いします。", "新宿店に変更しました。土曜日のお受け取りです。"),
)  # fmt: skip
REPAIR = _t(
    ("iPhoneの画面修理をお願いしたいです。",
     "iPhoneの画面修理ですね。明日の午後にご来店ください。"),
)  # fmt: skip
REPAIR_SWITCH = _t(
    ("iPhoneの画面修理をお願いしたいです。",
     "iPhoneの画面修理ですね。明日の午後にご来店ください。"),
    ("すみません、iPadの方でした。", "iPadの画面修理に変更しました。明日の午後です。"),
)  # fmt: skip
SEND = _t(
    ("弟に5万円送金したいです。", "弟様へ5万円の送金を手続きしました。"),
)  # fmt: skip
SEND_LIMIT = _t(
    ("弟に5万円送金したいです。", "1日の上限が3万円のため、弟様へ3万円を送金しました。"),
)  # fmt: skip
SEND_RW = _t(
    ("弟に5万円を振り込みたいです。", "弟様へ5万円の振り込みを手続きしました。"),
)  # fmt: skip
NOCAR = _t(
    ("車は持っていないのですが、会場まで行けますか。", "はい、駅から20分おきにバスが出ています。"),
)  # fmt: skip
NOCAR_RW = _t(
    ("車がないんですけど、会場へはどう行けばいいですか。", "駅から20分ごとにバスが出ています。"),
)  # fmt: skip
CLEANING = _t(
    ("エアコンクリーニングを頼みたいです。", "ご希望の日はありますか。"),
    ("来週の火曜日で。", "来週火曜日にエアコンクリーニングを承りました。"),
)  # fmt: skip
CLEANING_ASK = _t(
    ("エアコンクリーニングを頼みたいです。", "何日がよろしいでしょうか。"),
    ("来週の火曜日で。", "来週火曜日にエアコンクリーニングを承りました。"),
)  # fmt: skip

PROBES: list[Probe] = [
    # different contexts
    ("en-garden-leave", "withdrawn", 0, GARDEN, GARDEN_LEAVE),
    ("en-car-forget", "withdrawn", 0, CAR, CAR_FORGET),
    ("en-gift-scrap", "withdrawn", 0, GIFT, GIFT_SCRAP),
    ("en-windows-gutters", "added", 0, WINDOWS, WINDOWS_GUTTERS),
    ("en-table-tuesday", "corrected", 0, TABLE, TABLE_TUESDAY),
    ("en-table-reserve-tuesday", "corrected", 0, TABLE_RESERVE, TABLE_TUESDAY),
    ("en-transfer-limit", "reply-value", 0, TRANSFER, TRANSFER_LIMIT),
    ("en-transfer-rw-limit", "reply-value", 0, TRANSFER_RW, TRANSFER_LIMIT),
    ("en-doctor-switch", "corrected", 0, DOCTOR, DOCTOR_SWITCH),
    ("en-plan-switch", "switched", 0, PLAN, PLAN_SWITCH),
    ("ja-salon-keep", "withdrawn", 0, SALON, SALON_KEEP),
    ("ja-aircon-no", "withdrawn", 0, AIRCON, AIRCON_NO),
    ("ja-delivery-none", "withdrawn", 0, DELIVERY, DELIVERY_NONE),
    ("ja-shaken-oil", "added", 0, SHAKEN, SHAKEN_OIL),
    ("ja-restaurant-fix", "corrected", 0, RESTAURANT, RESTAURANT_FIX),
    ("ja-restaurant-rw-fix", "corrected", 0, RESTAURANT_RW, RESTAURANT_FIX),
    ("ja-shop-fix", "corrected", 0, SHOP, SHOP_FIX),
    ("ja-repair-switch", "switched", 0, REPAIR, REPAIR_SWITCH),
    ("ja-send-limit", "reply-value", 0, SEND, SEND_LIMIT),
    ("ja-send-rw-limit", "reply-value", 0, SEND_RW, SEND_LIMIT),
    # same contexts
    ("en-table-reserve", "reworded", 1, TABLE, TABLE_RESERVE),
    ("en-transfer-rw", "reworded", 1, TRANSFER, TRANSFER_RW),
    ("en-carless-rw", "negated-fact", 1, CARLESS, CARLESS_RW),
    ("en-haircut-ask", "reply-question", 1, HAIRCUT, HAIRCUT_ASK),
    ("en-haircut-smalltalk", "small-talk", 1, HAIRCUT, HAIRCUT_SMALLTALK),
    ("ja-restaurant-rw", "reworded", 1, RESTAURANT, RESTAURANT_RW),
    ("ja-send-rw", "reworded", 1, SEND, SEND_RW),
    ("ja-nocar-rw", "negated-fact", 1, NOCAR, NOCAR_RW),
    ("ja-cleaning-ask", "reply-question", 1, CLEANING, CLEANING_ASK),
]

# -- second batch: other wordings of the same kinds --------------------------------------------

QUOTE = _t(
    ("Can I get a quote for cleaning the carpets and the sofa?",
     "Yes: carpets and sofa, I'll send the quote today."),
)  # fmt: skip
QUOTE_SKIP = _t(
    ("Can I get a quote for cleaning the carpets and the sofa?",
     "Yes: carpets and sofa, I'll send the quote today."),
    ("On reflection I'll skip the sofa.", "Okay, the quote will cover the carpets."),
)  # fmt: skip
QUOTE_RW = _t(
    ("I'd like a price for having my carpets and sofa cleaned.",
     "Sure: carpets and sofa, quote coming today."),
)  # fmt: skip
BAGS = _t(
    ("Please collect three bags of garden waste on Monday.",
     "Booked: three bags of garden waste, Monday."),
)  # fmt: skip
BAGS_FIVE = _t(
    ("Please collect three bags of garden waste on Monday.",
     "Booked: three bags of garden waste, Monday."),
    ("Oops, make that five bags.", "Updated: five bags of garden waste, Monday."),
)  # fmt: skip
BRANCH = _t(
    ("I'd like to open a savings account at your York branch.",
     "Sure, an appointment at the York branch on Friday at 10."),
)  # fmt: skip
BRANCH_LEEDS = _t(
    ("I'd like to open a savings account at your York branch.",
     "Sure, an appointment at the York branch on Friday at 10."),
    ("Can we switch it to the Leeds branch?", "Done, Friday at 10 at the Leeds branch."),
)  # fmt: skip
EYE = _t(
    ("I need an eye test booked for next week.", "Booked: eye test, Wednesday at 2pm, for you."),
)  # fmt: skip
EYE_SON = _t(
    ("I need an eye test booked for next week.", "Booked: eye test, Wednesday at 2pm, for you."),
    ("My mistake, it's for my son, not me.",
     "Fixed: the eye test on Wednesday at 2pm is for your son."),
)  # fmt: skip
WASH = _t(
    ("洗車とワックスがけをお願いします。", "洗車とワックスがけですね。10時にお待ちしています。"),
)  # fmt: skip
WASH_NONE = _t(
    ("洗車とワックスがけをお願いします。", "洗車とワックスがけですね。10時にお待ちしています。"),
    ("ワックスは今回はなしでお願いします。",
     "かしこまりました。洗車のみ、10時にお待ちしています。"),
)  # fmt: skip
COAT = _t(
    ("新車のコーティングも一緒に頼めますか。", "はい、納車時にコーティングいたします。"),
)  # fmt: skip
COAT_NO = _t(
    ("新車のコーティングも一緒に頼めますか。", "はい、納車時にコーティングいたします。"),
    ("やっぱりコーティングは結構です。", "承知しました。納車のみで進めます。"),
)  # fmt: skip
PIPES = _t(
    ("水道管の交換を3本お願いしたいです。", "3本の交換ですね。来週月曜日に伺います。"),
)  # fmt: skip
PIPES_FIVE = _t(
    ("水道管の交換を3本お願いしたいです。", "3本の交換ですね。来週月曜日に伺います。"),
    ("すみません、3本じゃなくて5本でした。", "5本に変更しました。来週月曜日に伺います。"),
)  # fmt: skip
STORE = _t(
    ("名古屋店で着物のレンタルを予約したいです。", "名古屋店で日曜日のご予約を承りました。"),
)  # fmt: skip
STORE_OSAKA = _t(
    ("名古屋店で着物のレンタルを予約したいです。", "名古屋店で日曜日のご予約を承りました。"),
    ("やっぱり大阪店でお願いできますか。", "大阪店に変更しました。日曜日のご予約です。"),
)  # fmt: skip
WASH_BOTH = _t(
    ("洗車をお願いします。ワックスはなしで。", "洗車のみですね。10時にお待ちしています。"),
)  # fmt: skip
WASH_PLAIN = _t(
    ("洗車だけお願いします。", "洗車のみですね。10時にお待ちしています。"),
)  # fmt: skip
TABLE_DIRECT = _t(
    ("Can I book a table for four on Tuesday evening?",
     "Yes, a table for four on Tuesday at 7pm."),
)  # fmt: skip

PROBES += [
    ("en-quote-skip", "withdrawn", 0, QUOTE, QUOTE_SKIP),
    ("en-quote-rw-skip", "withdrawn", 0, QUOTE_RW, QUOTE_SKIP),
    ("en-bags-five", "corrected", 0, BAGS, BAGS_FIVE),
    ("en-branch-leeds", "corrected", 0, BRANCH, BRANCH_LEEDS),
    ("en-eye-son", "corrected", 0, EYE, EYE_SON),
    ("ja-wash-none", "withdrawn", 0, WASH, WASH_NONE),
    ("ja-coat-no", "withdrawn", 0, COAT, COAT_NO),
    ("ja-pipes-five", "corrected", 0, PIPES, PIPES_FIVE),
    ("ja-store-osaka", "corrected", 0, STORE, STORE_OSAKA),
    ("en-quote-rw", "reworded", 1, QUOTE, QUOTE_RW),
    ("ja-wash-both", "reworded", 1, WASH_BOTH, WASH_PLAIN),
    ("ja-wash-none-plain", "same-end", 1, WASH_NONE, WASH_PLAIN),
    ("en-table-corrected-direct", "same-end", 1, TABLE_TUESDAY, TABLE_DIRECT),
]

# -- a correction in the middle of the thread (the thread goes on after it) -------------------

TAXI = _t(
    ("Can I book a taxi to the airport for Monday?", "Sure, Monday. What time is your pickup?"),
    ("Six in the morning.", "Booked: airport taxi, Monday at 6am."),
)  # fmt: skip
TAXI_FIX = _t(
    ("Can I book a taxi to the airport for Monday?", "Sure, Monday. What time is your pickup?"),
    ("Sorry, I meant Tuesday.", "No problem, Tuesday then. What time is your pickup?"),
    ("Six in the morning.", "Booked: airport taxi, Tuesday at 6am."),
)  # fmt: skip
CAKE = _t(
    ("誕生日ケーキを予約したいです。", "ありがとうございます。サイズはいかがなさいますか。"),
    ("5号でお願いします。", "5号の誕生日ケーキで承りました。"),
)  # fmt: skip
CAKE_FIX = _t(
    ("誕生日ケーキを予約したいです。", "ありがとうございます。サイズはいかがなさいますか。"),
    ("すみません、ケーキではなくタルトでした。", "タルトですね。サイズはいかがなさいますか。"),
    ("5号でお願いします。", "5号のタルトで承りました。"),
)  # fmt: skip

PROBES += [
    ("en-taxi-fix", "corrected", 0, TAXI, TAXI_FIX),
    ("ja-cake-fix", "switched", 0, CAKE, CAKE_FIX),
]
TAXI_PLAIN = _t(
    ("Can I book a taxi to the airport for Monday?", "Sure. What time is your pickup?"),
    ("Six in the morning.", "Booked for 6am."),
)  # fmt: skip
TAXI_PLAIN_FIX = _t(
    ("Can I book a taxi to the airport for Monday?", "Sure. What time is your pickup?"),
    ("Oh sorry, I meant Tuesday.", "Got it."),
    ("Six in the morning.", "Booked for 6am."),
)  # fmt: skip
HOTEL = _t(
    ("部屋を2泊予約したいです。", "かしこまりました。お名前をお願いします。"),
    ("田中です。", "田中様、2泊で承りました。"),
)  # fmt: skip
HOTEL_FIX = _t(
    ("部屋を2泊予約したいです。", "かしこまりました。お名前をお願いします。"),
    ("あ、やっぱり3泊でお願いします。", "承知しました。"),
    ("田中です。", "田中様で承りました。"),
)  # fmt: skip

PROBES += [
    ("en-taxi-plain-fix", "corrected", 0, TAXI_PLAIN, TAXI_PLAIN_FIX),
    ("ja-hotel-fix", "corrected", 0, HOTEL, HOTEL_FIX),
]
