"""Session 18 probe conversations: one base history per scene and, for each, histories whose
earlier turns differ in one part of the context (another product, plan, account, amount,
date, place or person; an item added or removed; a flipped intent; a negated statement; a
quantity in words) and twins that change the wording without changing the meaning
(synonyms, small talk, reordering, an unrelated exchange). Written for these tests, not
taken from any evaluation set; English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be
served), 0 for a different one (to be refused); ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]


def _t(*pairs: tuple[str, str]) -> Turns:
    return list(pairs)


# -- English scenes --------------------------------------------------------------------------

GYM = _t(
    ("I'd like to join the gym on the monthly plan.",
     "Great choice. Which branch would you like to use?"),
    ("The one in Leeds city centre, please.",
     "Perfect: monthly membership at our Leeds city centre branch."),
)  # fmt: skip
GYM_ANNUAL = _t(
    ("I'd like to join the gym on the annual plan.",
     "Great choice. Which branch would you like to use?"),
    ("The one in Leeds city centre, please.",
     "Perfect: annual membership at our Leeds city centre branch."),
)  # fmt: skip
GYM_YORK = _t(
    ("I'd like to join the gym on the monthly plan.",
     "Great choice. Which branch would you like to use?"),
    ("The one in York city centre, please.",
     "Perfect: monthly membership at our York city centre branch."),
)  # fmt: skip
GYM_SMALLTALK = _t(
    ("Hi there, hope you're having a good day!", "Thanks, you too! How can I help?"),
    ("I'd like to join the gym on the monthly plan.",
     "Great choice. Which branch would you like to use?"),
    ("The one in Leeds city centre, please.",
     "Perfect: monthly membership at our Leeds city centre branch."),
)  # fmt: skip
GYM_REWORDED = _t(
    ("Can I sign up for a gym membership, paying month by month?",
     "Of course. Which branch would you like to use?"),
    ("Leeds city centre.",
     "Perfect: monthly membership at our Leeds city centre branch."),
)  # fmt: skip
GYM_CANCEL = _t(
    ("I'd like to leave the gym; I'm on the monthly plan.",
     "Sorry to hear that. Which branch are you a member of?"),
    ("The one in Leeds city centre, please.",
     "Thanks: monthly membership at our Leeds city centre branch."),
)  # fmt: skip

PARCEL = _t(
    ("I need to send a parcel to my sister in Dublin.",
     "Happy to help. How heavy is it?"),
    ("About two kilos.", "Thanks: a 2 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_RECEIVE = _t(
    ("I need to receive a parcel from my sister in Dublin.",
     "Happy to help. How heavy is it?"),
    ("About two kilos.", "Thanks: a 2 kg parcel from Dublin."),
)  # fmt: skip
PARCEL_FIVE = _t(
    ("I need to send a parcel to my sister in Dublin.",
     "Happy to help. How heavy is it?"),
    ("About five kilos.", "Thanks: a 5 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_BROTHER = _t(
    ("I need to send a parcel to my brother in Dublin.",
     "Happy to help. How heavy is it?"),
    ("About two kilos.", "Thanks: a 2 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_DIGITS = _t(
    ("I need to post a parcel to my sister in Dublin.",
     "Happy to help. How heavy is it?"),
    ("Roughly 2 kg.", "Thanks: a 2 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_ASIDE = _t(
    ("I need to send a parcel to my sister in Dublin.",
     "Happy to help. How heavy is it?"),
    ("About two kilos.", "Thanks: a 2 kg parcel to Dublin."),
    ("By the way, are you open on bank holidays?", "Yes, 10am to 4pm."),
)  # fmt: skip

BROADBAND = _t(
    ("I want to upgrade my broadband to the faster package.",
     "Sure. What's your account number?"),
    ("It's 55120.", "Thanks, account 55120: an upgrade to the faster package."),
)  # fmt: skip
BROADBAND_DOWN = _t(
    ("I want to downgrade my broadband to the cheaper package.",
     "Sure. What's your account number?"),
    ("It's 55120.", "Thanks, account 55120: a downgrade to the cheaper package."),
)  # fmt: skip
BROADBAND_ACCOUNT = _t(
    ("I want to upgrade my broadband to the faster package.",
     "Sure. What's your account number?"),
    ("It's 55821.", "Thanks, account 55821: an upgrade to the faster package."),
)  # fmt: skip
BROADBAND_SYN = _t(
    ("I'd like to move my broadband up to the quicker package.",
     "Sure. What's your account number?"),
    ("55120.", "Thanks, account 55120: an upgrade to the faster package."),
)  # fmt: skip

SUB = _t(
    ("I want to keep my magazine subscription but change the delivery address.",
     "No problem. What's the new address?"),
    ("12 Elm Street, Bristol.", "Done: your subscription continues, delivered to 12 Elm Street."),
)  # fmt: skip
SUB_CANCEL = _t(
    ("I want to cancel my magazine subscription and change the delivery address.",
     "No problem. What's the new address?"),
    ("12 Elm Street, Bristol.", "Done: delivered to 12 Elm Street until it ends."),
)  # fmt: skip

CAR = _t(
    ("I'm thinking of buying a used Golf from your Derby showroom.",
     "Lovely. Do you have a budget in mind?"),
    ("Around eight thousand pounds.", "Noted: a used Golf, around £8,000."),
)  # fmt: skip
CAR_SELL = _t(
    ("I'm thinking of selling my used Golf to your Derby showroom.",
     "Lovely. Do you have a price in mind?"),
    ("Around eight thousand pounds.", "Noted: a used Golf, around £8,000."),
)  # fmt: skip
CAR_POLO = _t(
    ("I'm thinking of buying a used Polo from your Derby showroom.",
     "Lovely. Do you have a budget in mind?"),
    ("Around eight thousand pounds.", "Noted: a used Polo, around £8,000."),
)  # fmt: skip
CAR_AMOUNT = _t(
    ("I'm thinking of buying a used Golf from your Derby showroom.",
     "Lovely. Do you have a budget in mind?"),
    ("Around twelve thousand pounds.", "Noted: a used Golf, around £12,000."),
)  # fmt: skip
CAR_DIGITS = _t(
    ("I'm looking to buy a second-hand Golf from your Derby showroom.",
     "Lovely. Do you have a budget in mind?"),
    ("About £8,000.", "Noted: a used Golf, around £8,000."),
)  # fmt: skip

DENTIST = _t(
    ("Can I book a check-up with Dr Patel on Tuesday?",
     "Yes, we have 10am or 3pm free. Which suits?"),
    ("10am please.", "Booked: check-up with Dr Patel, Tuesday 10am."),
)  # fmt: skip
DENTIST_DAY = _t(
    ("Can I book a check-up with Dr Patel on Thursday?",
     "Yes, we have 10am or 3pm free. Which suits?"),
    ("10am please.", "Booked: check-up with Dr Patel, Thursday 10am."),
)  # fmt: skip
DENTIST_DOCTOR = _t(
    ("Can I book a check-up with Dr Evans on Tuesday?",
     "Yes, we have 10am or 3pm free. Which suits?"),
    ("10am please.", "Booked: check-up with Dr Evans, Tuesday 10am."),
)  # fmt: skip
DENTIST_PLUS = _t(
    ("Can I book a check-up and a scale and polish with Dr Patel on Tuesday?",
     "Yes, we have 10am or 3pm free. Which suits?"),
    ("10am please.", "Booked: check-up plus scale and polish with Dr Patel, Tuesday 10am."),
)  # fmt: skip
DENTIST_SMALLTALK = _t(
    ("Morning! Lovely weather today.", "It is! What can I do for you?"),
    ("Can I book a check-up with Dr Patel on Tuesday?",
     "Yes, we have 10am or 3pm free. Which suits?"),
    ("10am please.", "Booked: check-up with Dr Patel, Tuesday 10am."),
)  # fmt: skip

HEATING = _t(
    ("Can you switch the heating on at my flat remotely?",
     "Yes. Which flat number is it?"),
    ("Flat 4B.", "Done: heating on at flat 4B."),
)  # fmt: skip
HEATING_OFF = _t(
    ("Can you switch the heating off at my flat remotely?",
     "Yes. Which flat number is it?"),
    ("Flat 4B.", "Done: heating off at flat 4B."),
)  # fmt: skip
HEATING_START = _t(
    ("Please start the heating at my flat remotely.", "Yes. Which flat number is it?"),
    ("Flat 4B.", "Done: heating on at flat 4B."),
)  # fmt: skip
HEATING_STOP = _t(
    ("Please stop the heating at my flat remotely.", "Yes. Which flat number is it?"),
    ("Flat 4B.", "Done: heating off at flat 4B."),
)  # fmt: skip

PET = _t(
    ("My cat is insured with you and she's had a vet visit for a skin rash.",
     "Sorry to hear that. Has she had this condition before?"),
    ("Yes, she had it last year too.", "Thanks: a recurring skin condition."),
)  # fmt: skip
PET_NEG = _t(
    ("My cat is insured with you and she's had a vet visit for a skin rash.",
     "Sorry to hear that. Has she had this condition before?"),
    ("No, she's never had it before.", "Thanks: a new skin condition."),
)  # fmt: skip
PET_NOT_INSURED = _t(
    ("My cat isn't insured with you yet and she's had a vet visit for a skin rash.",
     "Sorry to hear that. Has she had this condition before?"),
    ("Yes, she had it last year too.", "Thanks: a recurring skin condition."),
)  # fmt: skip

TICKETS = _t(
    ("I'd like three tickets for the Saturday matinee.",
     "Sure. Stalls or circle?"),
    ("Stalls please.", "Great: three stalls seats, Saturday matinee."),
)  # fmt: skip
TICKETS_FOUR = _t(
    ("I'd like four tickets for the Saturday matinee.",
     "Sure. Stalls or circle?"),
    ("Stalls please.", "Great: four stalls seats, Saturday matinee."),
)  # fmt: skip
TICKETS_DIGIT = _t(
    ("Could I get 3 tickets for the matinee on Saturday?",
     "Sure. Stalls or circle?"),
    ("The stalls.", "Great: three stalls seats, Saturday matinee."),
)  # fmt: skip
TICKETS_REMOVED = _t(
    ("I'd like three tickets for the Saturday matinee and a programme.",
     "Sure. Stalls or circle?"),
    ("Stalls please.", "Great: three stalls seats and a programme, Saturday matinee."),
)  # fmt: skip

# -- Japanese scenes ---------------------------------------------------------------------------

JGYM = _t(
    ("ジムに月額プランで入会したいです。", "ありがとうございます。どちらの店舗をご利用ですか。"),
    ("新宿店でお願いします。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip
JGYM_YEAR = _t(
    ("ジムに年額プランで入会したいです。", "ありがとうございます。どちらの店舗をご利用ですか。"),
    ("新宿店でお願いします。", "承知しました。新宿店の年額プランですね。"),
)  # fmt: skip
JGYM_PLACE = _t(
    ("ジムに月額プランで入会したいです。", "ありがとうございます。どちらの店舗をご利用ですか。"),
    ("渋谷店でお願いします。", "承知しました。渋谷店の月額プランですね。"),
)  # fmt: skip
JGYM_LEAVE = _t(
    ("ジムの月額プランを退会したいです。", "かしこまりました。どちらの店舗をご利用ですか。"),
    ("新宿店でお願いします。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip
JGYM_SMALLTALK = _t(
    ("こんにちは、今日は暑いですね。", "本当に暑いですね。ご用件をどうぞ。"),
    ("ジムに月額プランで入会したいです。", "ありがとうございます。どちらの店舗をご利用ですか。"),
    ("新宿店でお願いします。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip
JGYM_SYN = _t(
    ("月払いのプランでジムに入りたいです。", "ありがとうございます。どちらの店舗をご利用ですか。"),
    ("新宿店です。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip

JPARCEL = _t(
    ("大阪の母に荷物を送りたいです。", "かしこまりました。重さはどのくらいですか。"),
    ("二キロくらいです。", "承知しました。大阪宛て、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_RECV = _t(
    ("大阪の母から荷物を受け取りたいです。", "かしこまりました。重さはどのくらいですか。"),
    ("二キロくらいです。", "承知しました。大阪から、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_FATHER = _t(
    ("大阪の父に荷物を送りたいです。", "かしこまりました。重さはどのくらいですか。"),
    ("二キロくらいです。", "承知しました。大阪宛て、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_FIVE = _t(
    ("大阪の母に荷物を送りたいです。", "かしこまりました。重さはどのくらいですか。"),
    ("五キロくらいです。", "承知しました。大阪宛て、5キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_DIGIT = _t(
    ("大阪にいる母へ荷物を発送したいです。", "かしこまりました。重さはどのくらいですか。"),
    ("2キロほどです。", "承知しました。大阪宛て、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_ASIDE = _t(
    ("大阪の母に荷物を送りたいです。", "かしこまりました。重さはどのくらいですか。"),
    ("二キロくらいです。", "承知しました。大阪宛て、2キロの荷物ですね。"),
    ("ところで、日曜日も営業していますか。", "はい、日曜日も営業しております。"),
)  # fmt: skip

JPLAN = _t(
    ("スマホの料金プランを上位プランに変更したいです。",
     "かしこまりました。契約番号を教えてください。"),
    ("12345です。", "契約番号12345、上位プランへの変更ですね。"),
)  # fmt: skip
JPLAN_DOWN = _t(
    ("スマホの料金プランを下位プランに変更したいです。",
     "かしこまりました。契約番号を教えてください。"),
    ("12345です。", "契約番号12345、下位プランへの変更ですね。"),
)  # fmt: skip
JPLAN_ACCOUNT = _t(
    ("スマホの料金プランを上位プランに変更したいです。",
     "かしこまりました。契約番号を教えてください。"),
    ("67890です。", "契約番号67890、上位プランへの変更ですね。"),
)  # fmt: skip

JCAR = _t(
    ("中古のプリウスを買いたいと思っています。", "ありがとうございます。ご予算はいくらですか。"),
    ("百五十万円くらいです。", "承知しました。プリウス、予算150万円ですね。"),
)  # fmt: skip
JCAR_SELL = _t(
    ("中古のプリウスを売りたいと思っています。",
     "ありがとうございます。ご希望の金額はいくらですか。"),
    ("百五十万円くらいです。", "承知しました。プリウス、150万円ですね。"),
)  # fmt: skip
JCAR_AMOUNT = _t(
    ("中古のプリウスを買いたいと思っています。", "ありがとうございます。ご予算はいくらですか。"),
    ("二百万円くらいです。", "承知しました。プリウス、予算200万円ですね。"),
)  # fmt: skip
JCAR_PRODUCT = _t(
    ("中古のアクアを買いたいと思っています。", "ありがとうございます。ご予算はいくらですか。"),
    ("百五十万円くらいです。", "承知しました。アクア、予算150万円ですね。"),
)  # fmt: skip
JCAR_DIGIT = _t(
    ("中古でプリウスを購入したいと考えています。", "ありがとうございます。ご予算はいくらですか。"),
    ("150万円ほどです。", "承知しました。プリウス、予算150万円ですね。"),
)  # fmt: skip

JDENT = _t(
    ("火曜日に田中先生の検診を予約できますか。", "はい、10時と15時が空いています。"),
    ("10時でお願いします。", "火曜日10時、田中先生の検診で予約しました。"),
)  # fmt: skip
JDENT_DAY = _t(
    ("木曜日に田中先生の検診を予約できますか。", "はい、10時と15時が空いています。"),
    ("10時でお願いします。", "木曜日10時、田中先生の検診で予約しました。"),
)  # fmt: skip
JDENT_PLUS = _t(
    ("火曜日に田中先生の検診とクリーニングを予約できますか。", "はい、10時と15時が空いています。"),
    ("10時でお願いします。", "火曜日10時、田中先生の検診とクリーニングで予約しました。"),
)  # fmt: skip
JDENT_SMALLTALK = _t(
    ("おはようございます。", "おはようございます。ご用件をどうぞ。"),
    ("火曜日に田中先生の検診を予約できますか。", "はい、10時と15時が空いています。"),
    ("10時でお願いします。", "火曜日10時、田中先生の検診で予約しました。"),
)  # fmt: skip

JMOVE = _t(
    ("息子が引っ越してきたので、単身割引をやめたいです。",
     "承知しました。お客様番号を教えてください。"),
    ("4455です。", "お客様番号4455、単身割引の終了ですね。"),
)  # fmt: skip
JMOVE_OUT = _t(
    ("息子が引っ越していったので、単身割引を始めたいです。",
     "承知しました。お客様番号を教えてください。"),
    ("4455です。", "お客様番号4455、単身割引の開始ですね。"),
)  # fmt: skip

JHEAT = _t(
    ("外出先からエアコンをつけたいです。", "かしこまりました。お部屋番号を教えてください。"),
    ("302号室です。", "302号室のエアコンをつけました。"),
)  # fmt: skip
JHEAT_OFF = _t(
    ("外出先からエアコンを消したいです。", "かしこまりました。お部屋番号を教えてください。"),
    ("302号室です。", "302号室のエアコンを消しました。"),
)  # fmt: skip

JPET = _t(
    ("猫がペット保険に入っていて、皮膚炎で通院しました。",
     "お大事に。以前にも同じ症状はありましたか。"),
    ("はい、去年もありました。", "承知しました。再発ですね。"),
)  # fmt: skip
JPET_NEG = _t(
    ("猫がペット保険に入っていて、皮膚炎で通院しました。",
     "お大事に。以前にも同じ症状はありましたか。"),
    ("いいえ、初めてです。", "承知しました。初めての症状ですね。"),
)  # fmt: skip
JPET_NOT = _t(
    ("猫がペット保険に入っていなくて、皮膚炎で通院しました。",
     "お大事に。以前にも同じ症状はありましたか。"),
    ("はい、去年もありました。", "承知しました。再発ですね。"),
)  # fmt: skip

JTICKET = _t(
    ("土曜日の昼公演のチケットを三枚ください。",
     "かしこまりました。一階席と二階席、どちらにしますか。"),
    ("一階席でお願いします。", "土曜日昼公演、一階席三枚ですね。"),
)  # fmt: skip
JTICKET_FOUR = _t(
    ("土曜日の昼公演のチケットを四枚ください。",
     "かしこまりました。一階席と二階席、どちらにしますか。"),
    ("一階席でお願いします。", "土曜日昼公演、一階席四枚ですね。"),
)  # fmt: skip
JTICKET_DIGIT = _t(
    ("土曜の昼の公演、チケット3枚お願いします。",
     "かしこまりました。一階席と二階席、どちらにしますか。"),
    ("一階でお願いします。", "土曜日昼公演、一階席三枚ですね。"),
)  # fmt: skip

PROBES: list[Probe] = [
    # English, different context
    ("en-gym-plan", "plan", 0, GYM, GYM_ANNUAL),
    ("en-gym-place", "place", 0, GYM, GYM_YORK),
    ("en-gym-leave", "intent", 0, GYM, GYM_CANCEL),
    ("en-parcel-receive", "intent", 0, PARCEL, PARCEL_RECEIVE),
    ("en-parcel-amount", "amount", 0, PARCEL, PARCEL_FIVE),
    ("en-parcel-person", "person", 0, PARCEL, PARCEL_BROTHER),
    ("en-broadband-down", "intent", 0, BROADBAND, BROADBAND_DOWN),
    ("en-broadband-account", "account", 0, BROADBAND, BROADBAND_ACCOUNT),
    ("en-sub-cancel", "intent", 0, SUB, SUB_CANCEL),
    ("en-car-sell", "intent", 0, CAR, CAR_SELL),
    ("en-car-product", "product", 0, CAR, CAR_POLO),
    ("en-car-amount", "amount", 0, CAR, CAR_AMOUNT),
    ("en-dentist-date", "date", 0, DENTIST, DENTIST_DAY),
    ("en-dentist-person", "person", 0, DENTIST, DENTIST_DOCTOR),
    ("en-dentist-added", "added-item", 0, DENTIST, DENTIST_PLUS),
    ("en-heating-off", "intent", 0, HEATING, HEATING_OFF),
    ("en-heating-stop", "intent", 0, HEATING_START, HEATING_STOP),
    ("en-pet-negated", "negation", 0, PET, PET_NEG),
    ("en-pet-not-insured", "negation", 0, PET, PET_NOT_INSURED),
    ("en-tickets-quantity", "quantity", 0, TICKETS, TICKETS_FOUR),
    ("en-tickets-removed", "removed-item", 0, TICKETS_REMOVED, TICKETS),
    # English, same context
    ("en-gym-smalltalk", "small-talk", 1, GYM, GYM_SMALLTALK),
    ("en-gym-reworded", "reworded", 1, GYM, GYM_REWORDED),
    ("en-parcel-digits", "reworded", 1, PARCEL, PARCEL_DIGITS),
    ("en-parcel-aside", "unrelated", 1, PARCEL, PARCEL_ASIDE),
    ("en-broadband-synonym", "reworded", 1, BROADBAND, BROADBAND_SYN),
    ("en-car-digits", "reworded", 1, CAR, CAR_DIGITS),
    ("en-dentist-smalltalk", "small-talk", 1, DENTIST, DENTIST_SMALLTALK),
    ("en-heating-start", "reworded", 1, HEATING, HEATING_START),
    ("en-tickets-digits", "reworded", 1, TICKETS, TICKETS_DIGIT),
    # Japanese, different context
    ("ja-gym-plan", "plan", 0, JGYM, JGYM_YEAR),
    ("ja-gym-place", "place", 0, JGYM, JGYM_PLACE),
    ("ja-gym-leave", "intent", 0, JGYM, JGYM_LEAVE),
    ("ja-parcel-receive", "intent", 0, JPARCEL, JPARCEL_RECV),
    ("ja-parcel-person", "person", 0, JPARCEL, JPARCEL_FATHER),
    ("ja-parcel-amount", "amount", 0, JPARCEL, JPARCEL_FIVE),
    ("ja-plan-down", "intent", 0, JPLAN, JPLAN_DOWN),
    ("ja-plan-account", "account", 0, JPLAN, JPLAN_ACCOUNT),
    ("ja-car-sell", "intent", 0, JCAR, JCAR_SELL),
    ("ja-car-amount", "amount", 0, JCAR, JCAR_AMOUNT),
    ("ja-car-product", "product", 0, JCAR, JCAR_PRODUCT),
    ("ja-dentist-date", "date", 0, JDENT, JDENT_DAY),
    ("ja-dentist-added", "added-item", 0, JDENT, JDENT_PLUS),
    ("ja-dentist-removed", "removed-item", 0, JDENT_PLUS, JDENT),
    ("ja-move-out", "intent", 0, JMOVE, JMOVE_OUT),
    ("ja-aircon-off", "intent", 0, JHEAT, JHEAT_OFF),
    ("ja-pet-negated", "negation", 0, JPET, JPET_NEG),
    ("ja-pet-not-insured", "negation", 0, JPET, JPET_NOT),
    ("ja-ticket-quantity", "quantity", 0, JTICKET, JTICKET_FOUR),
    # Japanese, same context
    ("ja-gym-smalltalk", "small-talk", 1, JGYM, JGYM_SMALLTALK),
    ("ja-gym-synonym", "reworded", 1, JGYM, JGYM_SYN),
    ("ja-parcel-digits", "reworded", 1, JPARCEL, JPARCEL_DIGIT),
    ("ja-parcel-aside", "unrelated", 1, JPARCEL, JPARCEL_ASIDE),
    ("ja-car-digits", "reworded", 1, JCAR, JCAR_DIGIT),
    ("ja-dentist-smalltalk", "small-talk", 1, JDENT, JDENT_SMALLTALK),
    ("ja-ticket-digits", "reworded", 1, JTICKET, JTICKET_DIGIT),
]

# -- reworded histories that also change one part of the context ------------------------------

GYM_REWORDED_ANNUAL = _t(
    ("Can I sign up for a gym membership, paying once a year?",
     "Of course. Which branch would you like to use?"),
    ("Leeds city centre.", "Perfect: annual membership at our Leeds city centre branch."),
)  # fmt: skip
GYM_REWORDED_YORK = _t(
    ("Can I sign up for a gym membership, paying month by month?",
     "Of course. Which branch would you like to use?"),
    ("York city centre.", "Perfect: monthly membership at our York city centre branch."),
)  # fmt: skip
GYM_REWORDED_QUIT = _t(
    ("I'm a member at your Leeds city centre branch on a monthly deal and want to quit.",
     "Sorry to see you go: monthly membership, Leeds city centre."),
)  # fmt: skip
GYM_REWORDED_SAME = _t(
    ("I'm after a monthly gym membership at your Leeds city centre branch.",
     "Perfect: monthly membership at our Leeds city centre branch."),
)  # fmt: skip
PARCEL_REWORDED_RECEIVE = _t(
    ("My sister in Dublin is posting me a parcel; I'm the one receiving it.",
     "Happy to help. How heavy is it?"),
    ("Roughly 2 kg.", "Thanks: a 2 kg parcel coming from Dublin."),
)  # fmt: skip
PARCEL_REWORDED_BROTHER = _t(
    ("I want to post something to my brother, who lives in Dublin.",
     "Happy to help. How heavy is it?"),
    ("Roughly 2 kg.", "Thanks: a 2 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_REWORDED_SAME = _t(
    ("I want to post something to my sister, who lives in Dublin.",
     "Happy to help. How heavy is it?"),
    ("Roughly 2 kg.", "Thanks: a 2 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_REWORDED_FIVE = _t(
    ("I want to post something to my sister, who lives in Dublin.",
     "Happy to help. How heavy is it?"),
    ("Roughly 5 kg.", "Thanks: a 5 kg parcel to Dublin."),
)  # fmt: skip
PARCEL_REWORDED_PLUS = _t(
    ("I want to post something to my sister, who lives in Dublin, plus a birthday card.",
     "Happy to help. How heavy is the parcel?"),
    ("Roughly 2 kg.", "Thanks: a 2 kg parcel and a card to Dublin."),
)  # fmt: skip
BROADBAND_REWORDED_DOWN = _t(
    ("Account 55120 here - can you move me onto a slower, cheaper broadband deal?",
     "Sure: account 55120, switching to the cheaper package."),
)  # fmt: skip
BROADBAND_REWORDED_SAME = _t(
    ("Account 55120 here - can you move me onto a quicker broadband deal?",
     "Sure: account 55120, switching to the faster package."),
)  # fmt: skip
SUB_REWORDED_STOP = _t(
    ("Please stop sending my magazine; my new address is 12 Elm Street, Bristol, for the end.",
     "Done: the last issue goes to 12 Elm Street."),
)  # fmt: skip
SUB_REWORDED_SAME = _t(
    ("I've moved to 12 Elm Street, Bristol - please send my magazine there from now on.",
     "Done: your subscription continues, delivered to 12 Elm Street."),
)  # fmt: skip
CAR_REWORDED_SELL = _t(
    ("Could your Derby showroom take my second-hand Golf off my hands? I'd want about £8,000.",
     "Noted: a used Golf, around £8,000."),
)  # fmt: skip
CAR_REWORDED_SAME = _t(
    ("Could your Derby showroom find me a second-hand Golf? My budget is about £8,000.",
     "Noted: a used Golf, around £8,000."),
)  # fmt: skip
CAR_REWORDED_AMOUNT = _t(
    ("Could your Derby showroom find me a second-hand Golf? My budget is about £12,000.",
     "Noted: a used Golf, around £12,000."),
)  # fmt: skip
DENTIST_REWORDED_SAME = _t(
    ("Is Dr Patel free for a routine check-up this Tuesday? Ten in the morning would suit me.",
     "Booked: check-up with Dr Patel, Tuesday 10am."),
)  # fmt: skip
DENTIST_REWORDED_DAY = _t(
    ("Is Dr Patel free for a routine check-up this Thursday? Ten in the morning would suit me.",
     "Booked: check-up with Dr Patel, Thursday 10am."),
)  # fmt: skip
DENTIST_REWORDED_PLUS = _t(
    ("Is Dr Patel free for a routine check-up this Tuesday, along with a hygienist clean? "
     "Ten in the morning would suit me.",
     "Booked: check-up and hygienist clean with Dr Patel, Tuesday 10am."),
)  # fmt: skip
TICKETS_REWORDED_SAME = _t(
    ("Three seats in the stalls for Saturday's afternoon show, please.",
     "Great: three stalls seats, Saturday matinee."),
)  # fmt: skip
TICKETS_REWORDED_FOUR = _t(
    ("Four seats in the stalls for Saturday's afternoon show, please.",
     "Great: four stalls seats, Saturday matinee."),
)  # fmt: skip
HEATING_REWORDED_SAME = _t(
    ("Flat 4B here - could you turn my heating on from your end?", "Done: heating on at flat 4B."),
)  # fmt: skip
HEATING_REWORDED_OFF = _t(
    ("Flat 4B here - could you turn my heating off from your end?",
     "Done: heating off at flat 4B."),
)  # fmt: skip

JGYM_REWORDED_SAME = _t(
    ("新宿店で、毎月払うプランに入りたいのですが。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip
JGYM_REWORDED_YEAR = _t(
    ("新宿店で、一年分まとめて払うプランに入りたいのですが。",
     "承知しました。新宿店の年額プランですね。"),
)  # fmt: skip
JGYM_REWORDED_SHIBUYA = _t(
    ("渋谷店で、毎月払うプランに入りたいのですが。", "承知しました。渋谷店の月額プランですね。"),
)  # fmt: skip
JGYM_REWORDED_LEAVE = _t(
    ("新宿店の月額プランをやめたいのですが。", "承知しました。新宿店の月額プランですね。"),
)  # fmt: skip
JPARCEL_REWORDED_SAME = _t(
    ("母が大阪に住んでいて、荷物を発送したいです。2キロほどです。",
     "承知しました。大阪宛て、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_REWORDED_RECV = _t(
    ("大阪に住む母が送ってくれた荷物を受け取りたいです。2キロほどです。",
     "承知しました。大阪から、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_REWORDED_FATHER = _t(
    ("父が大阪に住んでいて、荷物を発送したいです。2キロほどです。",
     "承知しました。大阪宛て、2キロの荷物ですね。"),
)  # fmt: skip
JPARCEL_REWORDED_PLUS = _t(
    ("母が大阪に住んでいて、荷物と手紙を発送したいです。2キロほどです。",
     "承知しました。大阪宛て、2キロの荷物と手紙ですね。"),
)  # fmt: skip
JCAR_REWORDED_SAME = _t(
    ("予算150万円ほどで、中古のプリウスを探しています。",
     "承知しました。プリウス、予算150万円ですね。"),
)  # fmt: skip
JCAR_REWORDED_SELL = _t(
    ("150万円ほどで、中古のプリウスを買い取ってほしいです。",
     "承知しました。プリウス、150万円ですね。"),
)  # fmt: skip
JCAR_REWORDED_AMOUNT = _t(
    ("予算200万円ほどで、中古のプリウスを探しています。",
     "承知しました。プリウス、予算200万円ですね。"),
)  # fmt: skip
JDENT_REWORDED_SAME = _t(
    ("田中先生の定期検診、火曜の朝10時は空いていますか。",
     "火曜日10時、田中先生の検診で予約しました。"),
)  # fmt: skip
JDENT_REWORDED_DAY = _t(
    ("田中先生の定期検診、木曜の朝10時は空いていますか。",
     "木曜日10時、田中先生の検診で予約しました。"),
)  # fmt: skip
JDENT_REWORDED_PLUS = _t(
    ("田中先生の定期検診と歯石取り、火曜の朝10時は空いていますか。",
     "火曜日10時、田中先生の検診と歯石取りで予約しました。"),
)  # fmt: skip
JMOVE_REWORDED_SAME = _t(
    ("お客様番号4455です。息子と同居することになったので、単身割引を終了してください。",
     "お客様番号4455、単身割引の終了ですね。"),
)  # fmt: skip
JMOVE_REWORDED_OUT = _t(
    ("お客様番号4455です。息子が家を出たので、単身割引を申し込みます。",
     "お客様番号4455、単身割引の開始ですね。"),
)  # fmt: skip
JTICKET_REWORDED_SAME = _t(
    ("土曜のマチネ、一階席を三枚お願いします。", "土曜日昼公演、一階席三枚ですね。"),
)  # fmt: skip
JTICKET_REWORDED_FOUR = _t(
    ("土曜のマチネ、一階席を四枚お願いします。", "土曜日昼公演、一階席四枚ですね。"),
)  # fmt: skip

PROBES += [
    ("en-gym-rw-plan", "plan", 0, GYM, GYM_REWORDED_ANNUAL),
    ("en-gym-rw-place", "place", 0, GYM, GYM_REWORDED_YORK),
    ("en-gym-rw-quit", "intent", 0, GYM, GYM_REWORDED_QUIT),
    ("en-gym-rw-same", "reworded", 1, GYM, GYM_REWORDED_SAME),
    ("en-parcel-rw-receive", "intent", 0, PARCEL, PARCEL_REWORDED_RECEIVE),
    ("en-parcel-rw-person", "person", 0, PARCEL, PARCEL_REWORDED_BROTHER),
    ("en-parcel-rw-amount", "amount", 0, PARCEL, PARCEL_REWORDED_FIVE),
    ("en-parcel-rw-added", "added-item", 0, PARCEL, PARCEL_REWORDED_PLUS),
    ("en-parcel-rw-same", "reworded", 1, PARCEL, PARCEL_REWORDED_SAME),
    ("en-broadband-rw-down", "intent", 0, BROADBAND, BROADBAND_REWORDED_DOWN),
    ("en-broadband-rw-same", "reworded", 1, BROADBAND, BROADBAND_REWORDED_SAME),
    ("en-sub-rw-stop", "intent", 0, SUB, SUB_REWORDED_STOP),
    ("en-sub-rw-same", "reworded", 1, SUB, SUB_REWORDED_SAME),
    ("en-car-rw-sell", "intent", 0, CAR, CAR_REWORDED_SELL),
    ("en-car-rw-amount", "amount", 0, CAR, CAR_REWORDED_AMOUNT),
    ("en-car-rw-same", "reworded", 1, CAR, CAR_REWORDED_SAME),
    ("en-dentist-rw-date", "date", 0, DENTIST, DENTIST_REWORDED_DAY),
    ("en-dentist-rw-added", "added-item", 0, DENTIST, DENTIST_REWORDED_PLUS),
    ("en-dentist-rw-same", "reworded", 1, DENTIST, DENTIST_REWORDED_SAME),
    ("en-tickets-rw-quantity", "quantity", 0, TICKETS, TICKETS_REWORDED_FOUR),
    ("en-tickets-rw-same", "reworded", 1, TICKETS, TICKETS_REWORDED_SAME),
    ("en-heating-rw-off", "intent", 0, HEATING, HEATING_REWORDED_OFF),
    ("en-heating-rw-same", "reworded", 1, HEATING, HEATING_REWORDED_SAME),
    ("ja-gym-rw-plan", "plan", 0, JGYM, JGYM_REWORDED_YEAR),
    ("ja-gym-rw-place", "place", 0, JGYM, JGYM_REWORDED_SHIBUYA),
    ("ja-gym-rw-leave", "intent", 0, JGYM, JGYM_REWORDED_LEAVE),
    ("ja-gym-rw-same", "reworded", 1, JGYM, JGYM_REWORDED_SAME),
    ("ja-parcel-rw-receive", "intent", 0, JPARCEL, JPARCEL_REWORDED_RECV),
    ("ja-parcel-rw-person", "person", 0, JPARCEL, JPARCEL_REWORDED_FATHER),
    ("ja-parcel-rw-added", "added-item", 0, JPARCEL, JPARCEL_REWORDED_PLUS),
    ("ja-parcel-rw-same", "reworded", 1, JPARCEL, JPARCEL_REWORDED_SAME),
    ("ja-car-rw-sell", "intent", 0, JCAR, JCAR_REWORDED_SELL),
    ("ja-car-rw-amount", "amount", 0, JCAR, JCAR_REWORDED_AMOUNT),
    ("ja-car-rw-same", "reworded", 1, JCAR, JCAR_REWORDED_SAME),
    ("ja-dentist-rw-date", "date", 0, JDENT, JDENT_REWORDED_DAY),
    ("ja-dentist-rw-added", "added-item", 0, JDENT, JDENT_REWORDED_PLUS),
    ("ja-dentist-rw-same", "reworded", 1, JDENT, JDENT_REWORDED_SAME),
    ("ja-move-rw-out", "intent", 0, JMOVE, JMOVE_REWORDED_OUT),
    ("ja-move-rw-same", "reworded", 1, JMOVE, JMOVE_REWORDED_SAME),
    ("ja-ticket-rw-quantity", "quantity", 0, JTICKET, JTICKET_REWORDED_FOUR),
    ("ja-ticket-rw-same", "reworded", 1, JTICKET, JTICKET_REWORDED_SAME),
]
