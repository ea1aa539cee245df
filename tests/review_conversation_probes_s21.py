"""Session 21 review probes of conversation matching, written by the reviewer for these tests
before reading the session's conversation work (no data file's wording). Different contexts, of
kinds the tuning sets hold few of: an intent withdrawn without a negation (*hold off on*,
*scrap*, *we can leave it*, *I've just found it*, 見送ります, 見合わせる, このまま使う, 今回は
いいです); a correction by the user (*sorry, I meant the 15th*, *my mistake, it's closer to
35*, すみません、10人分でした, 16日の間違いでした); a second item or service added in one
thread (*and the stairs too*, *gas as well*, カラーも一緒に, バッテリー交換も); another account,
person or place named by the assistant (the savings account ending 9023, Dr Evans instead of
Dr Khan, 14 Mill Lane, 鈴木でお取りしました, 山本先生); an intent switched in a later turn
(*make it weekends only*, *I'd rather have a window after all*); a quantity changed (*do both
wheels*, *make it two bouquets*, 6本にしてください); a condition given (*it has to be
nut-free*, *as long as it's near the front*, 卵なしで, 予算は一人20万円以内). Same contexts:
histories reworded, small talk, an unrelated exchange, the assistant asking the same question
in other words. English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs of the earlier turns (the
follow-up question is the same on both sides).
"""

from __future__ import annotations

# fmt: off
Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

CHAT = ("The weather has been awful this week, hasn't it?", "It really has.")
ASIDE = ("Random question: how many legs does a spider have?", "Eight.")
J_CHAT = ("最近急に寒くなりましたね。", "本当にそうですね。")
J_ASIDE = ("ところで、日本で一番長い川は何ですか？", "信濃川です。")


def _scene(prefix: str, base: Turns, variants: list[tuple[str, str, int, Turns]]) -> list[Probe]:
    return [(f"{prefix}-{name}", kind, label, base, b) for name, kind, label, b in variants]


# -- English -------------------------------------------------------------------------------------

CAKE = [("I'd like to order a chocolate birthday cake for Saturday.",
         "Lovely. How many people should it serve?"),
        ("Twelve.", "Noted: a chocolate birthday cake for twelve, ready on Saturday.")]
VET = [("Can I book my cat Milo in for his vaccinations on Thursday?",
        "Yes. Morning or afternoon?"),
       ("Afternoon, please.", "Booked: Milo's vaccinations, Thursday afternoon.")]
BIKE = [("My bike's back tyre keeps going flat. Can you replace the inner tube?",
         "Sure. What size is the wheel?"),
        ("700c.", "Okay: a new 700c inner tube for the rear wheel.")]
CARD = [("I've lost my debit card. Can you send me a replacement?",
         "Of course. Is it for your current account ending 4410?"),
        ("Yes.", "Done: a replacement card for the account ending 4410 is on its way.")]
FLIGHT = [("I'm on flight BA117 to New York on the 14th. Can I pick an aisle seat?",
           "Yes. How many passengers are on the booking?"),
          ("Just me.", "Done: aisle seat 23C on BA117 on the 14th.")]
BROADBAND = [("Our broadband keeps dropping out in the evenings.",
              "Sorry about that. Is the light on your router orange or green?"),
             ("Orange.", "Thanks: an engineer will visit 12 Hill Road on Friday.")]
CAR = [("I'd like to rent a small car from Manchester Airport from 3 to 7 June.",
        "Sure. Will you return it to the same place?"),
       ("Yes.", "Booked: a small car, Manchester Airport, 3 to 7 June.")]
CARPET = [("Can you come and clean the carpet in our living room next week?",
           "Yes. Roughly how big is the room?"),
          ("About 20 square metres.",
           "Booked: a living room carpet clean, about 20 square metres, next Wednesday.")]
TAX = [("I need help filing my self-assessment tax return.",
        "Happy to help. Were you self-employed?"),
       ("Yes, as a photographer.", "Noted: the 2023-24 return, self-employed photographer.")]
SWIM = [("Can I sign my son up for the Saturday swimming class?", "Yes. How old is he?"),
        ("He's seven.", "Done: a place in the Saturday class for a seven-year-old.")]
PASSPORT = [("I need to renew my passport before my trip in July.",
             "Okay. Is your current passport still valid?"),
            ("Yes, until May.", "Then you can renew online; it takes about three weeks.")]
TAP = [("Our kitchen tap is dripping. Could a plumber come tomorrow?",
        "Yes. Is it a mixer tap or two separate taps?"),
       ("A mixer tap.", "Booked: a plumber tomorrow to fix your kitchen mixer tap.")]
TARIFF = [("I want to switch to your fixed tariff for electricity.",
           "Sure. Is that for your home at 8 Oak Street?"),
          ("Yes.", "Done: fixed electricity tariff for 8 Oak Street from the 1st.")]
EYES = [("Can I book an eye test for Tuesday morning?",
         "Yes. Do you wear glasses or contact lenses?"),
        ("Glasses.", "Booked: an eye test on Tuesday at 10am.")]
ROSES = [("I'd like to send a bouquet of roses to my mum in Bristol.",
          "Lovely. When should it arrive?"),
         ("On Sunday.", "Ordered: roses to Bristol, arriving on Sunday.")]
GP = [("I'd like an appointment with Dr Khan about my knee.",
       "Sure. Dr Khan has Monday at 9:30. Is that okay?"),
      ("Yes, that's fine.", "Booked: Dr Khan, Monday at 9:30.")]
VAN = [("I need a van to move a two-bedroom flat on the 20th.",
        "Sure. Where are you moving from and to?"),
       ("From Leeds to York.", "Booked: a large van from Leeds to York on the 20th.")]
PAPER = [("Can I get the Guardian delivered every weekday?", "Yes. From when?"),
         ("Next Monday.", "Set up: the Guardian on weekdays from next Monday.")]

EN: list[Probe] = [
    *_scene("en-cake", CAKE, [
        ("meant", "correction", 0, [
            CAKE[0], ("Twelve. Sorry, I meant twenty.",
                      "Noted: a chocolate birthday cake for twenty, ready on Saturday.")]),
        ("meant-bare", "correction", 0, [
            CAKE[0], ("Twelve.", "Noted: a chocolate birthday cake for twelve."),
            ("Sorry, I miscounted: twenty.", "No problem, thanks.")]),
        ("cupcakes", "second-item", 0, [
            CAKE[0], ("Twelve. And a dozen cupcakes as well, please.",
                      "Noted: a chocolate birthday cake for twelve and twelve cupcakes, ready on "
                      "Saturday.")]),
        ("nut-free", "condition", 0, [
            CAKE[0], ("Twelve, and it has to be nut-free because of an allergy.",
                      "Noted: a nut-free chocolate birthday cake for twelve, ready on "
                      "Saturday.")]),
        ("reworded", "reworded", 1, [
            ("Could I get a chocolate cake made for a birthday this Saturday?",
             "Of course. For how many people?"),
            ("12 people.", "Great: a chocolate birthday cake for twelve, Saturday.")]),
        ("chat", "small-talk", 1, [
            CAKE[0], ("Your shop always smells amazing, by the way.", "Thank you, that's kind!"),
            CAKE[1]]),
        ("asks", "reply-question", 1, [
            ("I'd like to order a chocolate birthday cake for Saturday.",
             "Lovely. How many guests is it for?"), CAKE[1]]),
    ]),
    *_scene("en-vet", VET, [
        ("hold-off", "withdrawn", 0, [
            *VET, ("Let's hold off on the vaccinations until he's over his cold.",
                   "Understood, I've taken the booking off for now.")]),
        ("luna", "second-item", 0, [
            VET[0], ("Afternoon, please. Could you see my other cat, Luna, at the same time?",
                     "Booked: vaccinations for Milo and Luna, Thursday afternoon.")]),
        ("nails", "intent-later", 0, [
            *VET, ("On reflection, he only needs his claws clipped that day.",
                   "Changed: a claw clip for Milo on Thursday afternoon.")]),
        ("reworded", "reworded", 1, [
            ("I'd like to bring Milo, my cat, in for his vaccinations on Thursday.",
             "Sure. Morning or afternoon?"),
            ("The afternoon.", "Booked: Milo's vaccinations on Thursday afternoon.")]),
        ("aside", "unrelated", 1, [ASIDE, *VET]),
    ]),
    *_scene("en-bike", BIKE, [
        ("brakes", "second-item", 0, [
            BIKE[0], ("700c. And could you adjust the brakes while it's in?",
                      "Okay: a new 700c inner tube for the rear wheel and a brake adjustment.")]),
        ("both", "quantity", 0, [
            BIKE[0], ("700c, and do both wheels please; the front is going soft too.",
                      "Okay: new 700c inner tubes, front and rear.")]),
        ("forget", "withdrawn", 0, [
            *BIKE, ("Forget the tube, just fit a whole new tyre.",
                    "Okay: a new 700c rear tyre.")]),
        ("reworded", "reworded", 1, [
            ("The rear tyre on my bike keeps deflating; could you put a new inner tube in?",
             "Of course. Wheel size?"),
            ("It's 700c.", "Noted: a new 700c inner tube, rear wheel.")]),
        ("chat", "small-talk", 1, [
            BIKE[0], ("I cycle to work every day, so it's a real nuisance.",
                      "I can imagine!"), BIKE[1]]),
    ]),
    *_scene("en-card", CARD, [
        ("savings", "account-reply", 0, [
            ("I've lost my debit card. Can you send me a replacement?",
             "Of course. Is it for your savings account ending 9023?"),
            ("Yes.", "Done: a replacement card for the account ending 9023 is on its way.")]),
        ("patel", "person-reply", 0, [
            ("I've lost my debit card. Can you send me a replacement?",
             "Of course. Is it your card or the one of your joint account holder, Mr Patel?"),
            ("Mr Patel's.", "Done: a replacement card for Mr Patel is on its way.")]),
        ("found", "withdrawn", 0, [
            *CARD, ("Oh wait, it was in my coat pocket all along!",
                    "Great, I've called off the replacement then.")]),
        ("reworded", "reworded", 1, [
            ("My debit card has gone missing; could I get a new one sent out?",
             "Certainly. Is that for the current account ending 4410?"),
            ("That's right.", "Done: a new card for the account ending 4410 is on the way.")]),
        ("asks", "reply-question", 1, [
            ("I've lost my debit card. Can you send me a replacement?",
             "Of course. Would that be the current account ending 4410?"), CARD[1]]),
    ]),
    *_scene("en-flight", FLIGHT, [
        ("meant", "correction", 0, [
            FLIGHT[0], ("Just me. Oh sorry, I meant the 15th.",
                        "No problem: aisle seat 23C on BA117 on the 15th.")]),
        ("son", "quantity", 0, [
            FLIGHT[0], ("Me and my son.", "Done: aisle seats 23C and 23D on BA117 on the 14th.")]),
        ("front", "condition", 0, [
            FLIGHT[0], ("Just me, as long as it's near the front.",
                        "Done: aisle seat 5C on BA117 on the 14th.")]),
        ("window", "intent-later", 0, [
            *FLIGHT, ("Thinking about it, I'd rather have a window after all.",
                      "Done: window seat 23A.")]),
        ("chat", "small-talk", 1, [
            FLIGHT[0], ("First time in New York, I'm so excited!", "You'll love it!"),
            FLIGHT[1]]),
        ("reworded", "reworded", 1, [
            ("Can I choose an aisle seat on BA117 to New York on the 14th?",
             "Yes. How many people are travelling on the booking?"),
            ("Only me.", "Done: aisle seat 23C on BA117 on the 14th.")]),
    ]),
    *_scene("en-broadband", BROADBAND, [
        ("mill", "place-reply", 0, [
            BROADBAND[0], ("Orange.", "Thanks: an engineer will visit 14 Mill Lane on Friday.")]),
        ("leave", "withdrawn", 0, [
            *BROADBAND, ("It seems fine again now, so we can leave it.",
                         "Okay, I've cancelled the visit.")]),
        ("asks", "reply-question", 1, [
            ("Our broadband keeps dropping out in the evenings.",
             "Sorry about that. What colour is your router's light, orange or green?"),
            BROADBAND[1]]),
        ("aside", "unrelated", 1, [ASIDE, *BROADBAND]),
    ]),
    *_scene("en-car", CAR, [
        ("edinburgh", "place", 0, [
            CAR[0], ("I'll drop it off in Edinburgh.",
                     "Booked: a small car from Manchester Airport, returned in Edinburgh, 3 to "
                     "7 June.")]),
        ("driver", "second-item", 0, [
            CAR[0], ("Yes, and please add my husband as a second driver.",
                     "Booked: a small car, Manchester Airport, 3 to 7 June, two drivers.")]),
        ("automatic", "condition", 0, [
            CAR[0], ("Yes, but it needs to be an automatic.",
                     "Booked: a small automatic car, Manchester Airport, 3 to 7 June.")]),
        ("longer", "quantity", 0, [
            *CAR, ("Make that until the 9th; we're staying longer.", "Updated: 3 to 9 June.")]),
        ("reworded", "reworded", 1, [
            ("Could I hire a small car at Manchester Airport, 3rd to 7th June?",
             "Of course. Are you returning it to the same location?"),
            ("That's right.", "Booked: a small car, Manchester Airport, 3 to 7 June.")]),
        ("aside", "unrelated", 1, [
            CAR[0], ("By the way, is there a good café in Terminal 2?",
                     "There are several near the gates."), CAR[1]]),
    ]),
    *_scene("en-carpet", CARPET, [
        ("stairs", "second-item", 0, [
            CARPET[0], ("About 20 square metres. And the stairs too.",
                        "Booked: the living room carpet and the stairs, next Wednesday.")]),
        ("as-they-are", "withdrawn", 0, [
            *CARPET, ("Let's leave the carpets as they are for now; we might replace them.",
                      "Understood, I've taken the booking off.")]),
        ("mistake", "correction", 0, [
            CARPET[0], ("About 20 square metres. My mistake, it's closer to 35.",
                        "Booked: a living room carpet clean, about 35 square metres, next "
                        "Wednesday.")]),
        ("chat", "small-talk", 1, [CHAT, *CARPET]),
        ("reworded", "reworded", 1, [
            ("Could you clean our living room carpet some time next week?",
             "Sure. How big is the room, roughly?"),
            ("Around 20 square metres.",
             "Booked: a living room carpet clean, about 20 square metres, next Wednesday.")]),
    ]),
    *_scene("en-tax", TAX, [
        ("wife", "person", 0, [
            ("I need help filing my wife's self-assessment tax return.",
             "Happy to help. Was she self-employed?"),
            ("Yes, as a photographer.", "Noted: the 2023-24 return, self-employed "
                                        "photographer.")]),
        ("year", "date-reply", 0, [
            TAX[0], ("Yes, as a photographer.",
                     "Noted: the 2022-23 return, self-employed photographer.")]),
        ("flat", "second-item", 0, [
            TAX[0], ("Yes, as a photographer, and I also rent out a flat.",
                     "Noted: the 2023-24 return, self-employed photographer with rental "
                     "income.")]),
        ("reworded", "reworded", 1, [
            ("Could you help me do my self-assessment tax return?",
             "Of course. Were you self-employed?"),
            ("I was, I'm a photographer.", "Noted: the 2023-24 return, self-employed "
                                           "photographer.")]),
    ]),
    *_scene("en-swim", SWIM, [
        ("daughter", "person", 0, [
            ("Can I sign my daughter up for the Saturday swimming class?", "Yes. How old is she?"),
            ("She's seven.", "Done: a place in the Saturday class for a seven-year-old.")]),
        ("twin", "quantity", 0, [
            SWIM[0], ("He's seven, and his twin sister would like to join too.",
                      "Done: two places in the Saturday class for seven-year-olds.")]),
        ("sunday", "intent-later", 0, [
            *SWIM, ("It looks like the Sunday class suits us better.",
                    "Moved: a place in the Sunday class.")]),
        ("reworded", "reworded", 1, [
            ("I'd like to enrol my son in the swimming class on Saturdays.",
             "Sure. What age is he?"),
            ("Seven.", "Done: a place in the Saturday class for a seven-year-old.")]),
        ("asks", "reply-question", 1, [
            ("Can I sign my son up for the Saturday swimming class?", "Yes. What's his age?"),
            SWIM[1]]),
    ]),
    *_scene("en-passport", PASSPORT, [
        ("name", "condition", 0, [
            PASSPORT[0], ("Yes, until May, but I've changed my name since I got married.",
                          "Then you'll need to send your marriage certificate with the "
                          "application.")]),
        ("chat", "small-talk", 1, [
            PASSPORT[0], ("We're going to Portugal, I can't wait.", "Sounds lovely!"),
            PASSPORT[1]]),
    ]),
    *_scene("en-tap", TAP, [
        ("bathroom", "second-item", 0, [
            TAP[0], ("A mixer tap. The bathroom one drips as well.",
                     "Booked: a plumber tomorrow for the kitchen and bathroom taps.")]),
        ("neighbour", "withdrawn", 0, [
            *TAP, ("My neighbour is a plumber and will sort it, so you can forget about it.",
                   "No problem, the visit is off.")]),
        ("reworded", "reworded", 1, [
            ("The tap in our kitchen keeps dripping; can a plumber pop round tomorrow?",
             "Sure. Is it a mixer tap or two separate ones?"),
            ("It's a mixer.", "Booked: a plumber tomorrow to fix your kitchen mixer tap.")]),
    ]),
    *_scene("en-tariff", TARIFF, [
        ("park", "place-reply", 0, [
            ("I want to switch to your fixed tariff for electricity.",
             "Sure. Is that for your flat at 3 Park Row?"),
            ("Yes.", "Done: fixed electricity tariff for 3 Park Row from the 1st.")]),
        ("gas", "second-item", 0, [
            TARIFF[0], ("Yes, and gas as well.",
                        "Done: fixed electricity and gas tariff for 8 Oak Street from the "
                        "1st.")]),
        ("reworded", "reworded", 1, [
            ("Can I move onto the fixed electricity tariff?", "Of course. For 8 Oak Street?"),
            ("That's right.", "Done: fixed electricity tariff for 8 Oak Street from the 1st.")]),
    ]),
    *_scene("en-eyes", EYES, [
        ("wheelchair", "condition", 0, [
            EYES[0], ("Glasses, and the room needs to be wheelchair accessible.",
                      "Booked: an eye test on Tuesday at 10am in our ground-floor room.")]),
        ("mum", "person", 0, [
            EYES[0], ("Glasses. It's for my mum, by the way.",
                      "Booked: an eye test for your mother on Tuesday at 10am.")]),
        ("asks", "reply-question", 1, [
            ("Can I book an eye test for Tuesday morning?",
             "Yes. Do you currently wear glasses or contacts?"), EYES[1]]),
        ("chat", "small-talk", 1, [EYES[0], CHAT, EYES[1]]),
    ]),
    *_scene("en-roses", ROSES, [
        ("meant", "correction", 0, [
            ROSES[0], ("On Sunday. Sorry, I meant Saturday.",
                       "Ordered: roses to Bristol, arriving on Saturday.")]),
        ("two", "quantity", 0, [
            ROSES[0], ("On Sunday. Make it two bouquets, one for my gran as well.",
                       "Ordered: two bouquets of roses to Bristol, arriving on Sunday.")]),
        ("scrap", "withdrawn", 0, [
            *ROSES, ("Scrap the roses; I'll take her out for lunch.",
                     "Okay, the order's cancelled.")]),
        ("reworded", "reworded", 1, [
            ("Can you deliver some roses to my mother in Bristol?",
             "Of course. What day should they be delivered?"),
            ("Sunday.", "Ordered: roses to Bristol, arriving on Sunday.")]),
        ("aside", "unrelated", 1, [ASIDE, *ROSES]),
    ]),
    *_scene("en-gp", GP, [
        ("evans", "person-reply", 0, [
            ("I'd like an appointment with Dr Khan about my knee.",
             "Sure. Dr Khan is away; Dr Evans has Monday at 9:30. Is that okay?"),
            ("Yes, that's fine.", "Booked: Dr Evans, Monday at 9:30.")]),
        ("shoulder", "second-item", 0, [
            GP[0], ("Yes. Could I also get my shoulder looked at while I'm there?",
                    "Booked: Dr Khan, Monday at 9:30, knee and shoulder.")]),
        ("asks", "reply-question", 1, [
            ("I'd like an appointment with Dr Khan about my knee.",
             "Sure. Would Monday at 9:30 with Dr Khan suit you?"), GP[1]]),
        ("thanks", "small-talk", 1, [
            *GP, ("Thanks, you're always so helpful.", "Happy to help!")]),
    ]),
    *_scene("en-van", VAN, [
        ("piano", "second-item", 0, [
            *VAN, ("We've got a piano as well. Is that okay?",
                   "Yes, I've added two extra porters for the piano.")]),
        ("date", "correction", 0, [
            VAN[0], ("From Leeds to York. Sorry, I got the date wrong: it's the 21st.",
                     "Booked: a large van from Leeds to York on the 21st.")]),
        ("packing", "condition", 0, [
            VAN[0], ("From Leeds to York, and we'll need the packing done for us too.",
                     "Booked: a large van from Leeds to York on the 20th, with packing.")]),
        ("reworded", "reworded", 1, [
            ("Could I book a removal van for a two-bed flat on the 20th?",
             "Of course. From where to where?"),
            ("Leeds to York.", "Booked: a large van from Leeds to York on the 20th.")]),
    ]),
    *_scene("en-paper", PAPER, [
        ("observer", "second-item", 0, [
            PAPER[0], ("Next Monday, and the Observer on Sundays too.",
                       "Set up: the Guardian on weekdays and the Observer on Sundays from next "
                       "Monday.")]),
        ("weekends", "intent-later", 0, [
            *PAPER, ("Come to think of it, make it weekends only.",
                     "Updated: weekends only.")]),
        ("online", "withdrawn", 0, [
            *PAPER, ("I'll just read it online, so let's leave it.",
                     "Okay, nothing has been set up.")]),
        ("reworded", "reworded", 1, [
            ("Could you deliver the Guardian to me on weekdays?", "Sure. Starting when?"),
            ("From next Monday.", "Set up: the Guardian on weekdays from next Monday.")]),
        ("chat", "small-talk", 1, [PAPER[0], CHAT, PAPER[1]]),
    ]),
]

# -- Japanese ------------------------------------------------------------------------------------

J_CAKE = [("土曜日に誕生日ケーキを予約したいです。", "ありがとうございます。何名様用ですか？"),
          ("8人分です。", "土曜日、8人分の誕生日ケーキでご予約しました。")]
J_MOVE = [("来月15日の引っ越しの見積もりをお願いしたいです。",
           "承知しました。今のお住まいの間取りは？"),
          ("2LDKです。", "15日、2LDKのお引っ越しで見積もりを手配します。")]
J_SALON = [("土曜日の午後にカットの予約をしたいです。",
            "かしこまりました。担当のご希望はありますか？"),
           ("佐藤さんでお願いします。", "土曜日14時、佐藤でカットのご予約をお取りしました。")]
J_CARD = [("キャッシュカードをなくしたので再発行をお願いします。",
           "承知しました。末尾4410の普通預金の口座でよろしいですか？"),
          ("はい。", "末尾4410の口座のキャッシュカードの再発行を受け付けました。")]
J_CAR = [("6月3日から5日まで、那覇空港で軽自動車を借りたいです。",
          "承知しました。返却も那覇空港でよろしいですか？"),
         ("はい。", "6月3日から5日、那覇空港で軽自動車をご予約しました。")]
J_CLINIC = [("内科の予約を取りたいです。来週の月曜日は空いていますか？",
             "はい、10時なら田中先生が空いています。"),
            ("10時でお願いします。", "月曜日10時、田中先生でお取りしました。")]
J_FLOWERS = [("母に誕生日の花束を贈りたいです。", "素敵ですね。お届け先はどちらですか？"),
             ("大阪の実家です。", "大阪のご実家へ花束をお届けします。")]
J_GYM = [("ジムの月会費プランに入りたいです。", "ありがとうございます。ご利用は平日だけですか？"),
         ("はい、平日だけです。", "平日会員で入会手続きを進めます。")]
J_PHONE = [("スマホの画面が割れたので修理をお願いしたいです。", "承知しました。機種は何ですか？"),
           ("iPhone 14です。", "iPhone 14の画面修理を受け付けました。")]
J_TRIP = [("8月に家族でハワイ旅行を予約したいです。", "ありがとうございます。何名様ですか？"),
          ("大人2人です。", "8月、ハワイ、大人2名で手配します。")]
J_FAN = [("キッチンの換気扇の掃除をお願いしたいです。",
          "承知しました。ご希望の日はありますか？"),
         ("来週の水曜日でお願いします。", "来週水曜日に換気扇クリーニングで手配しました。")]
J_WATER = [("お水の定期配送を申し込みたいです。",
            "ありがとうございます。何本ずつお届けしましょうか？"),
           ("月に4本でお願いします。", "月4本の定期配送で承りました。")]

JA: list[Probe] = [
    *_scene("ja-cake", J_CAKE, [
        ("sumimasen", "correction", 0, [
            J_CAKE[0], ("8人分です。すみません、10人分でした。",
                        "承知しました。土曜日、10人分でご予約しました。")]),
        ("cookies", "second-item", 0, [
            J_CAKE[0], ("8人分です。あとクッキーの詰め合わせもお願いします。",
                        "土曜日、8人分の誕生日ケーキとクッキーの詰め合わせでご予約しました。")]),
        ("egg", "condition", 0, [
            J_CAKE[0], ("8人分です。卵アレルギーの子がいるので卵なしでお願いします。",
                        "土曜日、8人分の卵を使わない誕生日ケーキでご予約しました。")]),
        ("reworded", "reworded", 1, [
            ("土曜日の誕生日ケーキの予約をお願いします。", "かしこまりました。何人分でしょうか？"),
            ("8人分でお願いします。", "土曜日、8人分の誕生日ケーキでご予約しました。")]),
        ("thanks", "small-talk", 1, [
            ("いつもおいしいケーキをありがとうございます。", "こちらこそありがとうございます。"),
            *J_CAKE]),
    ]),
    *_scene("ja-move", J_MOVE, [
        ("date", "correction", 0, [
            J_MOVE[0], ("2LDKです。あ、日付は16日の間違いでした。",
                        "承知しました。16日、2LDKのお引っ越しで見積もりを手配します。")]),
        ("aircon", "second-item", 0, [
            J_MOVE[0], ("2LDKです。エアコンの取り外しもお願いできますか？",
                        "15日、2LDKのお引っ越しとエアコンの取り外しで見積もりを手配します。")]),
        ("piano", "second-item", 0, [
            *J_MOVE, ("ピアノもあるんですが大丈夫ですか？", "はい、ピアノの運搬も追加します。")]),
        ("reworded", "reworded", 1, [
            ("15日に引っ越すので、見積もりをいただけますか。",
             "かしこまりました。間取りはどちらですか？"),
            ("間取りは2LDKです。", "15日、2LDKのお引っ越しで見積もりを手配します。")]),
        ("aside", "unrelated", 1, [J_ASIDE, *J_MOVE]),
    ]),
    *_scene("ja-salon", J_SALON, [
        ("suzuki", "person-reply", 0, [
            J_SALON[0], ("佐藤さんでお願いします。",
                         "あいにく佐藤は休みのため、土曜日14時、鈴木でお取りしました。")]),
        ("color", "second-item", 0, [
            J_SALON[0], ("佐藤さんでお願いします。カラーも一緒にお願いします。",
                         "土曜日14時、佐藤でカットとカラーのご予約をお取りしました。")]),
        ("miokuru", "withdrawn", 0, [
            *J_SALON, ("今回は見送ります。", "承知しました。ご予約を取り消しました。")]),
        ("asks", "reply-question", 1, [
            ("土曜日の午後にカットの予約をしたいです。",
             "かしこまりました。ご指名はございますか？"), J_SALON[1]]),
        ("parking", "unrelated", 1, [
            J_SALON[0], ("ところで、お店の近くにコンビニはありますか？",
                         "はい、向かいにございます。"), J_SALON[1]]),
    ]),
    *_scene("ja-card", J_CARD, [
        ("account", "account-reply", 0, [
            ("キャッシュカードをなくしたので再発行をお願いします。",
             "承知しました。末尾9023の普通預金の口座でよろしいですか？"),
            ("はい。", "末尾9023の口座のキャッシュカードの再発行を受け付けました。")]),
        ("found", "withdrawn", 0, [
            *J_CARD, ("すみません、かばんの中にありました。",
                      "見つかってよかったです。再発行の受付は取り消しておきます。")]),
        ("family", "person", 0, [
            J_CARD[0], ("はい。家族カードの方でお願いします。",
                        "末尾4410の口座の家族カードの再発行を受け付けました。")]),
        ("reworded", "reworded", 1, [
            ("キャッシュカードを紛失しました。再発行してもらえますか？",
             "かしこまりました。末尾4410の普通預金の口座ですね？"),
            ("そうです。", "末尾4410の口座のキャッシュカードの再発行を受け付けました。")]),
    ]),
    *_scene("ja-car", J_CAR, [
        ("nago", "place", 0, [
            J_CAR[0], ("名護の営業所で返します。",
                       "6月3日から5日、那覇空港で貸出、名護で返却でご予約しました。")]),
        ("child-seat", "condition", 0, [
            J_CAR[0], ("はい。チャイルドシートを付けてください。",
                       "6月3日から5日、那覇空港でチャイルドシート付きの軽自動車をご予約しました。")]),
        ("extend", "quantity", 0, [
            *J_CAR, ("すみません、6日まで延長できますか？", "はい、6日までに変更しました。")]),
        ("reworded", "reworded", 1, [
            ("那覇空港で6月3日から5日まで軽自動車をレンタルしたいです。",
             "かしこまりました。返却場所も那覇空港ですか？"),
            ("そうです。", "6月3日から5日、那覇空港で軽自動車をご予約しました。")]),
        ("chat", "small-talk", 1, [
            J_CAR[0], ("沖縄は初めてなので楽しみです。", "ぜひ楽しんでください！"), J_CAR[1]]),
    ]),
    *_scene("ja-clinic", J_CLINIC, [
        ("yamamoto", "person-reply", 0, [
            ("内科の予約を取りたいです。来週の月曜日は空いていますか？",
             "はい、10時なら山本先生が空いています。"),
            ("10時でお願いします。", "月曜日10時、山本先生でお取りしました。")]),
        ("mother", "person", 0, [
            J_CLINIC[0], ("10時でお願いします。予約は母の分です。",
                          "月曜日10時、お母様のお名前で田中先生にお取りしました。")]),
        ("asks", "reply-question", 1, [
            ("内科の予約を取りたいです。来週の月曜日は空いていますか？",
             "はい、10時でしたら田中先生の予約がお取りできます。"), J_CLINIC[1]]),
        ("chat", "small-talk", 1, [J_CHAT, *J_CLINIC]),
    ]),
    *_scene("ja-flowers", J_FLOWERS, [
        ("kobe", "correction", 0, [
            J_FLOWERS[0], ("大阪の実家です。すみません、母は今は神戸に住んでいました。",
                           "承知しました。神戸へ花束をお届けします。")]),
        ("grandma", "quantity", 0, [
            J_FLOWERS[0], ("大阪の実家です。祖母にも同じものを1つお願いします。",
                           "大阪のご実家へ花束を2つお届けします。")]),
        ("sunday", "condition", 0, [
            J_FLOWERS[0], ("大阪の実家です。日曜日の午前中に届くようにしてください。",
                           "大阪のご実家へ、日曜日の午前中に花束をお届けします。")]),
        ("reworded", "reworded", 1, [
            ("誕生日なので母に花束を送りたいのですが。", "いいですね。どちらにお届けしますか？"),
            ("大阪の実家にお願いします。", "大阪のご実家へ花束をお届けします。")]),
    ]),
    *_scene("ja-gym", J_GYM, [
        ("zenjitsu", "intent-later", 0, [
            *J_GYM, ("土日も使いたいので、全日会員にします。", "全日会員に変更しました。")]),
        ("miawase", "withdrawn", 0, [
            *J_GYM, ("家族と相談して、今回は見合わせることにしました。",
                     "承知しました。手続きを中止します。")]),
        ("wife", "person", 0, [
            J_GYM[0], ("はい、平日だけです。妻も一緒に入ります。",
                       "平日会員2名で入会手続きを進めます。")]),
        ("reworded", "reworded", 1, [
            ("月会費のプランで入会したいのですが。",
             "ありがとうございます。平日のみのご利用でしょうか？"),
            ("平日のみです。", "平日会員で入会手続きを進めます。")]),
        ("ramen", "unrelated", 1, [
            J_GYM[0], ("ところで、近くにおいしいラーメン屋はありますか？",
                       "駅前に人気のお店がありますよ。"), J_GYM[1]]),
    ]),
    *_scene("ja-phone", J_PHONE, [
        ("battery", "second-item", 0, [
            J_PHONE[0], ("iPhone 14です。バッテリー交換も一緒にお願いします。",
                         "iPhone 14の画面修理とバッテリー交換を受け付けました。")]),
        ("konomama", "withdrawn", 0, [
            *J_PHONE, ("修理代が高いので、このまま使うことにします。",
                       "承知しました。受付を取り消します。")]),
        ("pro", "correction", 0, [
            J_PHONE[0], ("iPhone 14です。あ、14 Proでした。",
                         "iPhone 14 Proの画面修理を受け付けました。")]),
        ("chat", "small-talk", 1, [
            J_PHONE[0], ("昨日、駅の階段で落としてしまって…", "それは大変でしたね。"),
            J_PHONE[1]]),
        ("asks", "reply-question", 1, [
            ("スマホの画面が割れたので修理をお願いしたいです。",
             "かしこまりました。どの機種をお使いですか？"), J_PHONE[1]]),
    ]),
    *_scene("ja-trip", J_TRIP, [
        ("child", "quantity", 0, [
            J_TRIP[0], ("大人2人と子ども1人です。",
                        "8月、ハワイ、大人2名と子ども1名で手配します。")]),
        ("september", "correction", 0, [
            *J_TRIP, ("すみません、9月の間違いでした。", "9月に変更しました。")]),
        ("budget", "condition", 0, [
            J_TRIP[0], ("大人2人です。予算は一人20万円以内でお願いします。",
                        "8月、ハワイ、大人2名、お一人20万円以内で手配します。")]),
        ("reworded", "reworded", 1, [
            ("家族でハワイに行きたいので、8月の旅行の予約をお願いします。",
             "かしこまりました。人数は何名でしょうか？"),
            ("大人が2人です。", "8月、ハワイ、大人2名で手配します。")]),
    ]),
    *_scene("ja-fan", J_FAN, [
        ("bath", "second-item", 0, [
            J_FAN[0], ("来週の水曜日でお願いします。ついでにお風呂もお願いできますか？",
                       "来週水曜日に換気扇とお風呂のクリーニングで手配しました。")]),
        ("ii", "withdrawn", 0, [
            *J_FAN, ("自分でやってみることにしたので、今回はいいです。",
                     "承知しました。取り消しました。")]),
        ("reworded", "reworded", 1, [
            ("台所の換気扇をクリーニングしてもらえますか？",
             "かしこまりました。日程のご希望はございますか？"),
            ("来週の水曜日がいいです。", "来週水曜日に換気扇クリーニングで手配しました。")]),
        ("aside", "unrelated", 1, [J_ASIDE, *J_FAN]),
    ]),
    *_scene("ja-water", J_WATER, [
        ("six", "quantity", 0, [
            *J_WATER, ("やっぱり6本にしてください。", "月6本に変更しました。")]),
        ("saturday", "condition", 0, [
            J_WATER[0], ("月に4本で、配達は土曜日だけにしてください。",
                         "月4本、土曜日配達の定期配送で承りました。")]),
        ("chat", "small-talk", 1, [
            J_WATER[0], ("夏は水をよく飲むので助かります。", "ありがとうございます。"),
            J_WATER[1]]),
        ("reworded", "reworded", 1, [
            ("水の定期便をお願いしたいです。", "ありがとうございます。何本ずつお送りしますか？"),
            ("毎月4本でお願いします。", "月4本の定期配送で承りました。")]),
    ]),
]

PROBES: list[Probe] = EN + JA
# fmt: on
