"""Session 19 review probes of conversation matching, written by the reviewer for these tests
(no data file's wording). Mostly a FLIPPED INTENT stated in the earlier turns (cancel / keep,
buy / sell, move in / out, collect / deliver, upgrade / downgrade, repair / replace, start /
stop, join / leave, pick up / drop off) in many wordings: said plainly, implied by a verb
phrase ("have my boots resoled" / "get new boots"), negated ("I don't want to cancel"),
said in the assistant's confirmation only, stated in the first of three turns with small talk
around; then other parts (an amount, a date, a person, an item); and same-context twins (the
same intent in other words, a phrasal verb for a single verb, an extra small-talk exchange,
the assistant's reply worded differently). English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs of the earlier turns (the
follow-up question, e.g. "How much will that cost?", is the same on both sides).
"""

from __future__ import annotations

# fmt: off
Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

HI = ("Hi, hope your week is going well!", "Thanks, it is! What can I do for you?")
WEATHER = ("Lovely weather today, isn't it?", "It really is. Anything else I can help with?")
JA_HI = ("こんにちは。", "こんにちは！ご用件をどうぞ。")
JA_WEATHER = ("今日はいい天気ですね。", "本当にそうですね。ほかに何かございますか？")


def _scene(prefix: str, base: Turns, variants: list[tuple[str, str, int, Turns]]) -> list[Probe]:
    return [(f"{prefix}-{name}", kind, label, base, b) for name, kind, label, b in variants]


# -- English -------------------------------------------------------------------------------------

STREAM = [("I want to cancel my Netflix subscription.",
           "I can help with that. Which plan are you on?"),
          ("The standard plan.", "Thanks, the standard plan.")]
SHOES = [("I'd like my brown leather boots resoled.",
          "Certainly. What size are they?"),
         ("Size nine.", "Great, size nine brown leather boots.")]
CAR = [("I'm looking to sell my 2018 Honda Civic to your dealership.",
        "Happy to help. What's the mileage?"),
       ("About 40,000 miles.", "Thanks: a 2018 Civic with 40,000 miles.")]
FLAT = [("I'm moving into a flat on Park Road next month.",
         "Okay. Do you need the electricity set up?"),
        ("Yes, please.", "Noted: electricity for the flat on Park Road.")]
SOFA = [("Can you collect a sofa from my house on Tuesday?",
         "Sure. What's the address?"),
        ("12 Elm Street.", "Got it: 12 Elm Street, Tuesday.")]
BROADBAND = [("I'd like to change my broadband package.",
              "Of course. I'll upgrade you to the 500 Mb package."),
             ("Sounds good.", "Done: the 500 Mb package from next month.")]
GYM = [("I want to join the gym.", "Lovely. Which branch?"),
       WEATHER,
       ("The Camden branch, on the monthly plan.", "Noted: Camden, monthly plan.")]
PAPER = [("I'd like to start my newspaper delivery.",
          "Sure. Which newspaper?"),
         ("The Guardian, weekdays only.", "Okay: the Guardian on weekdays.")]
AIRPORT = [("Can you pick me up at Heathrow on Friday morning?",
            "Yes. Which terminal?"),
           ("Terminal 5.", "Booked: Heathrow terminal 5, Friday morning.")]
PHONE = [("My phone screen is cracked and I'd like it repaired.",
          "Sorry to hear that. Which model is it?"),
         ("An iPhone 13.", "Thanks: an iPhone 13.")]
POLICY = [("I'm calling about my car insurance renewal.",
           "Understood, I'll cancel the policy when it comes up for renewal."),
          ("Thanks.", "You're welcome. Anything else?")]
HEATING = [("Please turn the heating on in the spare room.", "Will do. What temperature?"),
           ("About 20 degrees.", "Okay: 20 degrees in the spare room.")]
BANK = [("I want to deposit £500 into my savings account.",
         "Sure. Is that in cash or by cheque?"),
        ("Cash.", "Okay: £500 in cash to your savings account.")]

EN: list[Probe] = [
    *_scene("en-stream", STREAM, [
        ("keep", "intent", 0, [("I want to keep my Netflix subscription.",
                                "I can help with that. Which plan are you on?"),
                               STREAM[1]]),
        ("not-cancel", "intent-negated", 0, [
            ("I don't want to cancel my Netflix subscription.",
             "I can help with that. Which plan are you on?"), STREAM[1]]),
        ("end", "same-verb", 1, [("I'd like to end my Netflix subscription.",
                                  "I can help with that. Which plan are you on?"),
                                 STREAM[1]]),
        ("hi", "small-talk", 1, [HI, *STREAM]),
        ("replies", "replies", 1, [("I want to cancel my Netflix subscription.",
                                    "No problem. What plan do you have?"),
                                   ("The standard plan.", "Great, standard.")]),
        ("premium", "product", 0, [STREAM[0], ("The premium plan.",
                                               "Thanks, the premium plan.")]),
    ]),
    *_scene("en-shoes", SHOES, [
        ("new", "intent-implied", 0, [("I'd like new brown leather boots.",
                                       "Certainly. What size are they?"), SHOES[1]]),
        ("replace", "intent", 0, [("I'd like to replace my brown leather boots.",
                                   "Certainly. What size are they?"), SHOES[1]]),
        ("get", "phrasal", 1, [("Could I get my brown leather boots resoled?",
                                "Certainly. What size are they?"), SHOES[1]]),
        ("size", "amount", 0, [SHOES[0], ("Size eleven.",
                                          "Great, size eleven brown leather boots.")]),
    ]),
    *_scene("en-car", CAR, [
        ("buy", "intent", 0, [("I'm looking to buy a 2018 Honda Civic from your dealership.",
                               "Happy to help. What's the mileage?"), CAR[1]]),
        ("trade", "reworded", 1, [("I'd like to sell you my 2018 Honda Civic.",
                                   "Happy to help. What's the mileage?"), CAR[1]]),
        ("miles", "amount", 0, [CAR[0], ("About 90,000 miles.",
                                         "Thanks: a 2018 Civic with 90,000 miles.")]),
    ]),
    *_scene("en-flat", FLAT, [
        ("out", "intent", 0, [("I'm moving out of a flat on Park Road next month.",
                               "Okay. Do you need the electricity set up?"), FLAT[1]]),
        ("leaving", "intent", 0, [("I'm leaving my flat on Park Road next month.",
                                   "Okay. Do you need the electricity closed?"),
                                  ("Yes, please.",
                                   "Noted: closing the account for the flat on Park Road.")]),
        ("in", "phrasal", 1, [("Next month I'm moving in to a flat on Park Road.",
                               "Okay. Do you need the electricity set up?"), FLAT[1]]),
        ("weather", "small-talk", 1, [FLAT[0], WEATHER, FLAT[1]]),
    ]),
    *_scene("en-sofa", SOFA, [
        ("deliver", "intent", 0, [("Can you deliver a sofa to my house on Tuesday?",
                                   "Sure. What's the address?"), SOFA[1]]),
        ("pick-up", "phrasal", 1, [("Can you pick up a sofa from my house on Tuesday?",
                                    "Sure. What's the address?"), SOFA[1]]),
        ("thursday", "date", 0, [("Can you collect a sofa from my house on Thursday?",
                                  "Sure. What's the address?"),
                                 ("12 Elm Street.", "Got it: 12 Elm Street, Thursday.")]),
        ("wardrobe", "item", 0, [("Can you collect a wardrobe from my house on Tuesday?",
                                  "Sure. What's the address?"), SOFA[1]]),
    ]),
    *_scene("en-broadband", BROADBAND, [
        ("down", "intent-reply", 0, [
            ("I'd like to change my broadband package.",
             "Of course. I'll downgrade you to the 500 Mb package."),
            ("Sounds good.", "Done: the 500 Mb package from next month.")]),
        ("replies", "replies", 1, [
            ("I'd like to change my broadband package.",
             "Sure thing, I'll upgrade you to the 500 Mb package."),
            ("Sounds good.", "All set: the 500 Mb package starting next month.")]),
    ]),
    *_scene("en-gym", GYM, [
        ("leave", "intent-first-of-3", 0, [("I want to leave the gym.", "Okay. Which branch?"),
                                           WEATHER, GYM[2]]),
        ("sign-up", "phrasal", 1, [("I want to sign up at the gym.", "Lovely. Which branch?"),
                                   WEATHER, GYM[2]]),
        ("no-weather", "small-talk", 1, [GYM[0], GYM[2]]),
    ]),
    *_scene("en-paper", PAPER, [
        ("stop", "intent", 0, [("I'd like to stop my newspaper delivery.",
                                "Sure. Which newspaper?"), PAPER[1]]),
        ("cancel", "intent", 0, [("I'd like to cancel my newspaper delivery.",
                                  "Sure. Which newspaper?"), PAPER[1]]),
        ("begin", "same-verb", 1, [("I'd like to begin a newspaper delivery.",
                                    "Sure. Which newspaper?"), PAPER[1]]),
        ("times", "product", 0, [PAPER[0], ("The Times, weekdays only.",
                                            "Okay: the Times on weekdays.")]),
    ]),
    *_scene("en-airport", AIRPORT, [
        ("drop", "intent", 0, [("Can you drop me off at Heathrow on Friday morning?",
                                "Yes. Which terminal?"), AIRPORT[1]]),
        ("collect", "same-verb", 1, [("Could you collect me from Heathrow on Friday morning?",
                                      "Yes. Which terminal?"), AIRPORT[1]]),
        ("t3", "place", 0, [AIRPORT[0], ("Terminal 3.",
                                         "Booked: Heathrow terminal 3, Friday morning.")]),
    ]),
    *_scene("en-phone", PHONE, [
        ("replace", "intent", 0, [("My phone screen is cracked and I'd like a new phone.",
                                   "Sorry to hear that. Which model is it?"), PHONE[1]]),
        ("fix", "same-verb", 1, [("My phone screen is cracked and I'd like it fixed.",
                                  "Sorry to hear that. Which model is it?"), PHONE[1]]),
        ("model", "product", 0, [PHONE[0], ("An iPhone 15.", "Thanks: an iPhone 15.")]),
    ]),
    *_scene("en-policy", POLICY, [
        ("keep", "intent-reply", 0, [
            ("I'm calling about my car insurance renewal.",
             "Understood, I'll keep the policy when it comes up for renewal."), POLICY[1]]),
        ("replies", "replies", 1, [
            ("I'm calling about my car insurance renewal.",
             "Understood, the policy will be cancelled at renewal."), POLICY[1]]),
    ]),
    *_scene("en-heating", HEATING, [
        ("off", "intent", 0, [("Please turn the heating off in the spare room.",
                               "Will do. What temperature?"), HEATING[1]]),
        ("switch", "phrasal", 1, [("Please switch on the heating in the spare room.",
                                   "Will do. What temperature?"), HEATING[1]]),
    ]),
    *_scene("en-bank", BANK, [
        ("withdraw", "intent", 0, [("I want to withdraw £500 from my savings account.",
                                    "Sure. Is that in cash or by cheque?"), BANK[1]]),
        ("amount", "amount", 0, [("I want to deposit £800 into my savings account.",
                                  "Sure. Is that in cash or by cheque?"),
                                 ("Cash.", "Okay: £800 in cash to your savings account.")]),
        ("pay-in", "phrasal", 1, [("I want to pay £500 into my savings account.",
                                   "Sure. Is that in cash or by cheque?"), BANK[1]]),
    ]),
]


UNRELATED = ("Who painted the Mona Lisa?", "Leonardo da Vinci painted it.")
MEMBER = [("It's about my gym membership.", "Okay, I've cancelled your membership."),
          ("Thanks.", "You're welcome.")]
CHOIR = [("I'm thinking of joining the church choir.", "Wonderful! Do you sing?"),
         WEATHER,
         ("Yes, I'm a tenor.", "Great: a tenor for the choir.")]
HEADPHONES = [("I'd like to return these headphones I bought last week.",
               "Sure. Do you have the receipt?"),
              ("Yes, I do.", "Great, with the receipt.")]
FRIDGE = [("Could you take my old fridge away on Saturday?", "Yes. Which floor is the flat on?"),
          ("The third floor.", "Noted: third floor, Saturday.")]
LANDLINE = [("I'm thinking about getting rid of my landline.",
             "Okay. What's your account number?"),
            ("12345678.", "Thanks.")]

EN_MORE: list[Probe] = [
    *_scene("en-member", MEMBER, [
        ("frozen", "intent-reply", 0, [("It's about my gym membership.",
                                        "Okay, I've renewed your membership."), MEMBER[1]]),
        ("replies", "replies", 1, [("It's about my gym membership.",
                                    "Okay, your membership is cancelled."), MEMBER[1]]),
    ]),
    *_scene("en-choir", CHOIR, [
        ("quit", "intent-first-of-3", 0, [("I'm thinking of quitting the church choir.",
                                           "Oh no! Do you sing?"), WEATHER, CHOIR[2]]),
        ("unrelated", "unrelated", 1, [UNRELATED, *CHOIR]),
    ]),
    *_scene("en-headphones", HEADPHONES, [
        ("exchange", "intent", 0, [("I'd like to exchange these headphones I bought last week.",
                                    "Sure. Do you have the receipt?"), HEADPHONES[1]]),
        ("send-back", "phrasal", 1, [("I'd like to send back these headphones I bought last week.",
                                      "Sure. Do you have the receipt?"), HEADPHONES[1]]),
    ]),
    *_scene("en-fridge", FRIDGE, [
        ("bring", "intent", 0, [("Could you bring me a new fridge on Saturday?",
                                 "Yes. Which floor is the flat on?"), FRIDGE[1]]),
        ("remove", "same-verb", 1, [("Could you remove my old fridge on Saturday?",
                                     "Yes. Which floor is the flat on?"), FRIDGE[1]]),
    ]),
    *_scene("en-landline", LANDLINE, [
        ("get", "intent-implied", 0, [("I'm thinking about getting a landline.",
                                       "Okay. What's your account number?"), LANDLINE[1]]),
        ("dispose", "reworded", 1, [("I'm thinking about disposing of my landline.",
                                     "Okay. What's your account number?"), LANDLINE[1]]),
    ]),
    ("en-stream-please", "reworded", 1, STREAM,
     [("Please cancel my Netflix subscription.", "I can help with that. Which plan are you on?"),
      STREAM[1]]),
    ("en-shoes-need", "reworded", 1, SHOES,
     [("I need my brown leather boots resoled, please.", "Certainly. What size are they?"),
      SHOES[1]]),
    ("en-car-weather", "small-talk", 1, CAR, [CAR[0], WEATHER, CAR[1]]),
    ("en-flat-replies", "replies", 1, FLAT,
     [("I'm moving into a flat on Park Road next month.",
       "Alright. Do you need the electricity set up?"), FLAT[1]]),
    ("en-sofa-could", "reworded", 1, SOFA,
     [("Could you collect a sofa from my house on Tuesday?", "Sure. What's the address?"),
      SOFA[1]]),
    ("en-paper-unrelated", "unrelated", 1, PAPER, [UNRELATED, *PAPER]),
    ("en-airport-from", "reworded", 1, AIRPORT,
     [("Can you pick me up from Heathrow on Friday morning?", "Yes. Which terminal?"),
      AIRPORT[1]]),
    ("en-phone-want", "reworded", 1, PHONE,
     [("My phone's screen is cracked and I want it repaired.",
       "Sorry to hear that. Which model is it?"), PHONE[1]]),
    ("en-bank-would", "reworded", 1, BANK,
     [("I'd like to deposit £500 into my savings account.",
       "Sure. Is that in cash or by cheque?"), BANK[1]]),
]

# -- Japanese ------------------------------------------------------------------------------------

J_PHONE = [("スマホの契約を解約したいです。", "承知しました。どのプランをご利用ですか？"),
           ("5ギガのプランです。", "5ギガのプランですね。")]
J_WATCH = [("この腕時計を買い取ってもらえますか？", "はい。ブランドはどちらですか？"),
           ("セイコーです。", "セイコーの腕時計ですね。")]
J_APT = [("来月、このアパートに入居する予定です。", "かしこまりました。お部屋番号は？"),
         ("203号室です。", "203号室ですね。")]
J_PARCEL = [("明日、荷物を取りに来てもらえますか？", "はい。ご住所をお願いします。"),
            ("渋谷区の1丁目です。", "渋谷区1丁目ですね。")]
J_SHOES = [("革靴を修理してもらいたいです。", "かしこまりました。サイズは？"),
           ("26センチです。", "26センチですね。")]
J_GYM = [("ジムに入会したいです。", "ありがとうございます。どの店舗ですか？"),
         JA_WEATHER,
         ("新宿店です。", "新宿店ですね。")]
J_PAPER = [("新聞の配達を始めたいです。", "承知しました。どちらの新聞ですか？"),
           ("朝日新聞です。", "朝日新聞ですね。")]
J_AIRPORT = [("金曜日に空港まで迎えに来てもらえますか？", "はい。何時の便ですか？"),
             ("10時着の便です。", "10時着の便ですね。")]
J_PLAN = [("料金プランを変えたいです。", "かしこまりました。上位プランにアップグレードしますね。"),
          ("お願いします。", "来月から上位プランです。")]
J_BANK = [("普通預金に5万円を預けたいです。", "承知しました。現金ですか？"),
          ("はい、現金です。", "現金で5万円ですね。")]

JA: list[Probe] = [
    *_scene("ja-phone", J_PHONE, [
        ("keep", "intent", 0, [("スマホの契約を続けたいです。",
                                "承知しました。どのプランをご利用ですか？"), J_PHONE[1]]),
        ("not-cancel", "intent-negated", 0, [
            ("スマホの契約は解約したくないです。",
             "承知しました。どのプランをご利用ですか？"), J_PHONE[1]]),
        ("yameru", "same-verb", 1, [("スマホの契約をやめたいです。",
                                     "承知しました。どのプランをご利用ですか？"), J_PHONE[1]]),
        ("hi", "small-talk", 1, [JA_HI, *J_PHONE]),
        ("20g", "product", 0, [J_PHONE[0], ("20ギガのプランです。", "20ギガのプランですね。")]),
    ]),
    *_scene("ja-watch", J_WATCH, [
        ("buy", "intent", 0, [("この腕時計を買いたいです。",
                               "はい。ブランドはどちらですか？"), J_WATCH[1]]),
        ("sell", "reworded", 1, [("この腕時計を売りたいです。",
                                  "はい。ブランドはどちらですか？"), J_WATCH[1]]),
        ("citizen", "product", 0, [J_WATCH[0], ("シチズンです。", "シチズンの腕時計ですね。")]),
    ]),
    *_scene("ja-apt", J_APT, [
        ("out", "intent", 0, [("来月、このアパートを退去する予定です。",
                               "かしこまりました。お部屋番号は？"), J_APT[1]]),
        ("move-in", "same-verb", 1, [("来月、このアパートに引っ越してきます。",
                                      "かしこまりました。お部屋番号は？"), J_APT[1]]),
        ("room", "place", 0, [J_APT[0], ("305号室です。", "305号室ですね。")]),
    ]),
    *_scene("ja-parcel", J_PARCEL, [
        ("deliver", "intent", 0, [("明日、荷物を届けてもらえますか？",
                                   "はい。ご住所をお願いします。"), J_PARCEL[1]]),
        ("shuka", "same-verb", 1, [("明日、荷物の集荷をお願いできますか？",
                                    "はい。ご住所をお願いします。"), J_PARCEL[1]]),
        ("date", "date", 0, [("明後日、荷物を取りに来てもらえますか？",
                              "はい。ご住所をお願いします。"), J_PARCEL[1]]),
    ]),
    *_scene("ja-shoes", J_SHOES, [
        ("new", "intent-implied", 0, [("革靴を買い替えたいです。",
                                       "かしこまりました。サイズは？"), J_SHOES[1]]),
        ("naosu", "same-verb", 1, [("革靴を直してもらいたいです。",
                                    "かしこまりました。サイズは？"), J_SHOES[1]]),
        ("replies", "replies", 1, [("革靴を修理してもらいたいです。",
                                    "承知しました。靴のサイズは？"),
                                   ("26センチです。", "26センチで承ります。")]),
    ]),
    *_scene("ja-gym", J_GYM, [
        ("leave", "intent-first-of-3", 0, [("ジムを退会したいです。",
                                            "承知しました。どの店舗ですか？"),
                                           JA_WEATHER, J_GYM[2]]),
        ("member", "reworded", 1, [("ジムの会員になりたいです。",
                                    "ありがとうございます。どの店舗ですか？"),
                                   JA_WEATHER, J_GYM[2]]),
        ("shibuya", "place", 0, [J_GYM[0], JA_WEATHER, ("渋谷店です。", "渋谷店ですね。")]),
    ]),
    *_scene("ja-paper", J_PAPER, [
        ("stop", "intent", 0, [("新聞の配達を止めたいです。",
                                "承知しました。どちらの新聞ですか？"), J_PAPER[1]]),
        ("kaishi", "same-verb", 1, [("新聞の配達を開始したいです。",
                                     "承知しました。どちらの新聞ですか？"), J_PAPER[1]]),
    ]),
    *_scene("ja-airport", J_AIRPORT, [
        ("send", "intent", 0, [("金曜日に空港まで送ってもらえますか？",
                                "はい。何時の便ですか？"), J_AIRPORT[1]]),
        ("pickup", "reworded", 1, [("金曜日に空港への迎えをお願いできますか？",
                                    "はい。何時の便ですか？"), J_AIRPORT[1]]),
    ]),
    *_scene("ja-plan", J_PLAN, [
        ("down", "intent-reply", 0, [
            ("料金プランを変えたいです。",
             "かしこまりました。下位プランにダウングレードしますね。"), J_PLAN[1]]),
    ]),
    *_scene("ja-bank", J_BANK, [
        ("withdraw", "intent", 0, [("普通預金から5万円を引き出したいです。",
                                    "承知しました。現金ですか？"), J_BANK[1]]),
        ("amount", "amount", 0, [("普通預金に8万円を預けたいです。", "承知しました。現金ですか？"),
                                 ("はい、現金です。", "現金で8万円ですね。")]),
        ("nyukin", "same-verb", 1, [("普通預金に5万円を入金したいです。",
                                     "承知しました。現金ですか？"), J_BANK[1]]),
    ]),
]


J_PLAN2 = [("プランについてです。", "承知しました。解約の手続きをいたします。"),
           ("お願いします。", "手続きが完了しました。")]
J_CAR = [("車を売りに来ました。", "ありがとうございます。車種は何ですか？"),
         ("プリウスです。", "プリウスですね。")]

JA_MORE: list[Probe] = [
    *_scene("ja-plan2", J_PLAN2, [
        ("keep", "intent-reply", 0, [("プランについてです。",
                                      "承知しました。継続の手続きをいたします。"), J_PLAN2[1]]),
    ]),
    *_scene("ja-car", J_CAR, [
        ("buy", "intent", 0, [("車を買いに来ました。", "ありがとうございます。車種は何ですか？"),
                              J_CAR[1]]),
        ("hi", "small-talk", 1, [JA_HI, *J_CAR]),
    ]),
    ("ja-circle-leave", "intent", 0,
     [("大学のテニスサークルを抜けたいです。", "わかりました。学年を教えてください。"),
      ("2年です。", "2年生ですね。")],
     [("大学のテニスサークルに入りたいです。", "わかりました。学年を教えてください。"),
      ("2年です。", "2年生ですね。")]),
    ("ja-phone-not-leave", "intent-negated", 0, J_PHONE,
     [("スマホの契約は解約しません。", "承知しました。どのプランをご利用ですか？"), J_PHONE[1]]),
    ("ja-watch-comma", "reworded", 1, J_WATCH,
     [("この腕時計、買い取ってもらえますか？", "はい。ブランドはどちらですか？"), J_WATCH[1]]),
    ("ja-apt-hi", "small-talk", 1, J_APT, [JA_HI, *J_APT]),
    ("ja-paper-kana", "reworded", 1, J_PAPER,
     [("新聞の配達をはじめたいです。", "承知しました。どちらの新聞ですか？"), J_PAPER[1]]),
    ("ja-airport-masenka", "reworded", 1, J_AIRPORT,
     [("金曜日、空港まで迎えに来てもらえませんか？", "はい。何時の便ですか？"), J_AIRPORT[1]]),
    ("ja-bank-weather", "small-talk", 1, J_BANK, [J_BANK[0], JA_WEATHER, J_BANK[1]]),
    ("ja-plan-replies", "replies", 1, J_PLAN,
     [("料金プランを変えたいです。", "承知しました。上位プランへアップグレードいたします。"),
      J_PLAN[1]]),
]

PROBES: list[Probe] = EN + EN_MORE + JA + JA_MORE
# fmt: on
