"""Session 20 review probes of conversation matching, written by the reviewer for these tests
(no data file's wording). Different contexts: an earlier turn changes what the same final
question's answer is, said in many ways — an intent flipped by *instead*, *rather than*,
*not X but Y*, *changed my mind*, *actually*, *cancel and rebook*, ～ではなく, ～の代わりに,
やっぱり, ～じゃなくて; the assistant confirming another service or action for the same items
(assembly / dismantling, repair / trade-in, collection / drop-off); another amount, date,
place, item, person, account or plan, also inside a reworded history. Same contexts: the
history reworded (synonyms, another word order), an intent said the other way round (*rather
than a collection, I'll bring* / *I'll bring ... instead of a collection*), small talk that
holds intent-like or fact-like words (keep, change, instead, cancel said about something
unrelated), an irrelevant extra exchange, replies worded with other chatter. English and
Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs of the earlier turns (the
follow-up question, e.g. "When will it be ready?", is the same on both sides).
"""

from __future__ import annotations

# fmt: off
Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

QUIZ = ("Random question: what's the capital of Australia?", "It's Canberra.")
J_QUIZ = ("ところで、富士山の高さはどれくらいですか？", "3776メートルです。")


def _scene(prefix: str, base: Turns, variants: list[tuple[str, str, int, Turns]]) -> list[Probe]:
    return [(f"{prefix}-{name}", kind, label, base, b) for name, kind, label, b in variants]


# -- English -------------------------------------------------------------------------------------

DRYER = [("My tumble dryer stopped heating. Can you send an engineer to repair it?",
          "Yes. What's the model number?"),
         ("It's a Bosch WTH85.", "Thanks: an engineer to repair your Bosch WTH85.")]
DRYER_R = [("My tumble dryer has stopped heating.", "Sorry to hear that. What's the model?"),
           ("A Bosch WTH85.", "Thanks: we'll send an engineer to repair your Bosch WTH85.")]
TABLE = [("Can I book a table for four at 7pm on Friday?",
          "Of course. Any dietary requirements?"),
         ("One vegetarian.", "Booked: a table for four, Friday at 7pm, one vegetarian.")]
MOT = [("I'd like to book my Golf in for its MOT next Tuesday.",
        "Sure. What's the registration?"),
       ("AB12 CDE.", "Booked: MOT for AB12 CDE on Tuesday.")]
CURTAINS = [("Could you collect my curtains for cleaning on Monday?", "Yes. How many pairs?"),
            ("Three pairs.", "Noted: collection of three pairs of curtains on Monday.")]
CURTAINS_R = [("It's about cleaning my curtains on Monday.", "Yes. How many pairs?"),
              ("Three pairs.", "Noted: our van will collect three pairs of curtains on Monday.")]
BOILER = [("Our boiler needs its annual service. Could someone come on the 14th?",
           "Yes. Is it a gas boiler?"),
          ("Yes, a Worcester combi.",
           "Booked: annual service of your Worcester combi on the 14th.")]
IPHONE = [("I want to upgrade to the iPhone 16 on my current contract.",
           "Sure. Which storage size?"),
          ("128 GB.", "Noted: an iPhone 16 with 128 GB on your current contract.")]
HOTEL = [("I have a booking at your Leeds hotel for three nights from 10 March.",
          "Thanks. What's the booking reference?"),
         ("HX4471.", "Found it: HX4471, Leeds, three nights from 10 March.")]
PARCEL = [("My parcel is out for delivery today but I won't be in.",
           "I can help. What's the tracking number?"),
          ("TN88213.", "Done: TN88213 will be left with your neighbour.")]
FREEZE = [("I'd like to freeze my gym membership for two months.",
           "No problem. What's your member number?"),
          ("M-5521.", "Done: membership M-5521 frozen for two months.")]
RENT = [("I need to send £250 to my landlord.", "Sure. From which account?"),
        ("My current account.", "Okay: £250 from your current account to your landlord.")]
WARDROBE = [("Can your fitters assemble a wardrobe I bought from you?", "Yes. Which model?"),
            ("The Malm three-door.", "Booked: assembly of a Malm three-door wardrobe.")]
WARDROBE_R = [("Can your fitters help with a wardrobe I bought from you?", "Yes. Which model?"),
              ("The Malm three-door.",
               "Booked: a fitter to assemble your Malm three-door wardrobe.")]
PRESCRIPTION = [("I'd like to collect my repeat prescription from the Market Street pharmacy.",
                 "Sure. What's your date of birth?"),
                ("2 May 1980.", "Thanks: it will be ready at Market Street tomorrow.")]
SPOTIFY = [("I want to move my Spotify from Family to Duo.", "Sure. When should it start?"),
           ("From next month.", "Done: Duo from next month.")]
SHOW = [("I have two tickets for the 8pm show on Saturday and want to swap them for the matinee.",
         "Sure. What's the order number?"),
        ("ORD-771.", "Done: ORD-771 moved to the 2:30pm matinee on Saturday.")]
LESSON = [("Please book a driving lesson with Sam on Thursday at 4.",
           "Booked: Thursday at 4 with Sam."),
          ("Thanks.", "You're welcome.")]
LAPTOP = [("My laptop's battery barely lasts an hour. Can you fit a new one?",
           "Yes. Which model?"),
          ("A Dell XPS 13.", "Thanks: battery replacement for a Dell XPS 13.")]
HAIR = [("Can I book a cut and colour with Jo on Saturday?", "Yes. Morning or afternoon?"),
        ("Morning, please.", "Booked: cut and colour with Jo, Saturday morning.")]
CLAIM = [("I need to make a claim on my home insurance for a burst pipe.",
          "Sorry to hear that. What's your policy number?"),
         ("HP-30921.", "Thanks: claim opened on HP-30921 for water damage.")]

EN: list[Probe] = [
    *_scene("en-dryer", DRYER, [
        ("instead", "intent-instead", 0, [
            ("My tumble dryer stopped heating, so I'd like you to deliver a new one instead of "
             "repairing it.", "Yes. What's the model number?"),
            ("It's a Bosch WTH85.", "Thanks: a new dryer to replace your Bosch WTH85.")]),
        ("reworded", "reworded", 1, [
            ("Our Bosch tumble dryer isn't getting hot any more. Could an engineer come out and "
             "fix it?", "Of course. Which model?"),
            ("WTH85.", "Noted: a repair visit for the Bosch WTH85.")]),
        ("instead-chat", "small-talk-intent-word", 1, [
            DRYER[0],
            ("I've been hanging the washing outside instead, which is fine while it's sunny.",
             "Good idea in this weather!"), DRYER[1]]),
    ]),
    *_scene("en-dryer-reply", DRYER_R, [
        ("replace", "intent-reply", 0, [
            DRYER_R[0],
            ("A Bosch WTH85.", "Thanks: we'll deliver a replacement for your Bosch WTH85.")]),
        ("chatter", "replies", 1, [
            DRYER_R[0],
            ("A Bosch WTH85.", "Great, thanks: we'll send an engineer to repair your Bosch "
                               "WTH85.")]),
        ("order", "replies", 1, [
            DRYER_R[0],
            ("A Bosch WTH85.", "Thanks: your Bosch WTH85 will be repaired by the engineer we "
                               "send.")]),
    ]),
    *_scene("en-table", TABLE, [
        ("changed-mind", "intent-changed-mind", 0, [
            ("Can I book a table for four at 7pm on Friday? Actually, I've changed my mind: "
             "Saturday is better.", "Of course. Any dietary requirements?"),
            ("One vegetarian.", "Booked: a table for four, Saturday at 7pm, one vegetarian.")]),
        ("not-but", "intent-not-but", 0, [
            ("I need a table not for four but for six, at 7pm on Friday.",
             "Of course. Any dietary requirements?"),
            ("One vegetarian.", "Booked: a table for six, Friday at 7pm, one vegetarian.")]),
        ("rebook", "intent-rebook", 0, [
            ("Please cancel my table for four at 7pm on Friday and rebook it for 8pm.",
             "Of course. Any dietary requirements?"),
            ("One vegetarian.", "Done: Friday now at 8pm for four, one vegetarian.")]),
        ("order", "reworded", 1, [
            ("For Friday at 7pm, could I reserve a table for four people?",
             "Certainly. Any dietary requirements?"),
            ("One of us is vegetarian.", "Booked: four people, Friday 7pm, one vegetarian.")]),
        ("cancelled-chat", "small-talk-intent-word", 1, [
            TABLE[0],
            ("My football practice got cancelled, so Friday is free.", "Lucky timing!"),
            TABLE[1]]),
    ]),
    *_scene("en-mot", MOT, [
        ("rather", "intent-rather", 0, [
            ("I'd like to book my Golf in for a full service next Tuesday rather than just the "
             "MOT.", "Sure. What's the registration?"),
            ("AB12 CDE.", "Booked: full service for AB12 CDE on Tuesday.")]),
        ("reg", "account", 0, [MOT[0], ("XY69 ZZT.", "Booked: MOT for XY69 ZZT on Tuesday.")]),
        ("reworded", "reworded", 1, [
            ("Can my Golf have its MOT done next Tuesday, please?",
             "Of course. What's the registration?"),
            ("It's AB12 CDE.", "Booked: MOT for AB12 CDE on Tuesday.")]),
        ("keep-chat", "small-talk-intent-word", 1, [
            MOT[0], ("I keep forgetting these things, honestly.", "It happens to all of us!"),
            MOT[1]]),
    ]),
    *_scene("en-curtains", CURTAINS, [
        ("drop-instead", "intent-instead", 0, [
            ("I'll bring my curtains to the shop for cleaning on Monday instead of having them "
             "collected.", "Yes. How many pairs?"),
            ("Three pairs.", "Noted: three pairs of curtains dropped in on Monday.")]),
        ("five", "amount", 0, [
            CURTAINS[0],
            ("Five pairs.", "Noted: collection of five pairs of curtains on Monday.")]),
        ("reworded", "reworded", 1, [
            ("On Monday, can someone collect my curtains to be cleaned?",
             "Sure. How many pairs are there?"),
            ("There are three.", "Noted: collection of three pairs of curtains on Monday.")]),
    ]),
    *_scene("en-curtains-reply", CURTAINS_R, [
        ("drop", "intent-reply", 0, [
            CURTAINS_R[0],
            ("Three pairs.", "Noted: you'll drop three pairs of curtains at the shop on "
                             "Monday.")]),
        ("quiz", "unrelated", 1, [QUIZ, *CURTAINS_R]),
        ("pick-up", "replies", 1, [
            CURTAINS_R[0],
            ("Three pairs.", "Noted: we'll pick up three pairs of curtains on Monday.")]),
    ]),
    *_scene("en-boiler", BOILER, [
        ("not-but", "intent-not-but", 0, [
            ("Our boiler doesn't need a service but a full replacement. Could someone come on "
             "the 14th?", "Yes. Is it a gas boiler?"),
            ("Yes, a Worcester combi.", "Booked: a survey to replace your Worcester combi on "
                                        "the 14th.")]),
        ("date", "date", 0, [
            ("Our boiler needs its annual service. Could someone come on the 21st?",
             "Yes. Is it a gas boiler?"),
            ("Yes, a Worcester combi.", "Booked: annual service of your Worcester combi on "
                                        "the 21st.")]),
        ("change-chat", "small-talk-intent-word", 1, [
            BOILER[0],
            ("The weather's about to change, so the timing is good.",
             "Very sensible before winter."), BOILER[1]]),
    ]),
    *_scene("en-iphone", IPHONE, [
        ("actually", "intent-actually", 0, [
            IPHONE[0],
            ("128 GB. Actually no, make it 256 GB.",
             "Noted: an iPhone 16 with 256 GB on your current contract.")]),
        ("sim-only", "intent-rather", 0, [
            ("I'd like to keep my old phone and go SIM-only rather than getting the iPhone 16.",
             "Sure. How much data do you need?"),
            ("About 20 GB.", "Noted: a SIM-only plan with 20 GB on your current contract.")]),
        ("daughter", "person", 0, [
            ("I want to upgrade my daughter's line to the iPhone 16 on her current contract.",
             "Sure. Which storage size?"),
            ("128 GB.", "Noted: an iPhone 16 with 128 GB on her current contract.")]),
        ("reworded", "reworded", 1, [
            ("Could I get the iPhone 16 as an upgrade on the contract I already have?",
             "Of course. What storage would you like?"),
            ("The 128 GB one.", "Noted: an iPhone 16 with 128 GB on your current contract.")]),
    ]),
    *_scene("en-hotel", HOTEL, [
        ("not-leeds", "intent-not-but", 0, [
            ("I have a booking at your York hotel, not the Leeds one, for three nights from "
             "10 March.", "Thanks. What's the booking reference?"),
            ("HX4471.", "Found it: HX4471, York, three nights from 10 March.")]),
        ("rebooked", "intent-rebook", 0, [
            ("I cancelled my booking at your Leeds hotel and rebooked three nights from 17 "
             "March.", "Thanks. What's the booking reference?"),
            ("HX4471.", "Found it: HX4471, Leeds, three nights from 17 March.")]),
        ("nights", "amount", 0, [
            ("I have a booking at your Leeds hotel for two nights from 10 March.",
             "Thanks. What's the booking reference?"),
            ("HX4471.", "Found it: HX4471, Leeds, two nights from 10 March.")]),
        ("train-chat", "small-talk-intent-word", 1, [
            HOTEL[0],
            ("My train was nearly cancelled this morning, what a day.",
             "Oh no, glad you made it!"), HOTEL[1]]),
        ("reworded", "reworded", 1, [
            ("My reservation is at the Leeds hotel, three nights starting 10 March.",
             "Thank you. Could I have the reference?"),
            ("It's HX4471.", "Found it: HX4471, Leeds, three nights from 10 March.")]),
    ]),
    *_scene("en-parcel", PARCEL, [
        ("depot", "intent-reply", 0, [
            PARCEL[0],
            ("TN88213.", "Done: TN88213 will be held at the depot for you to collect.")]),
        ("tomorrow", "intent-reply", 0, [
            PARCEL[0], ("TN88213.", "Done: TN88213 will be redelivered tomorrow.")]),
        ("keep-chat", "small-talk-intent-word", 1, [
            PARCEL[0],
            ("I'm working late, I've got a deadline to keep.", "Good luck with it!"),
            PARCEL[1]]),
    ]),
    *_scene("en-freeze", FREEZE, [
        ("cancel-instead", "intent-instead", 0, [
            ("I was going to freeze my gym membership but I'd like to cancel it instead.",
             "No problem. What's your member number?"),
            ("M-5521.", "Done: membership M-5521 cancelled.")]),
        ("three", "amount", 0, [
            ("I'd like to freeze my gym membership for three months.",
             "No problem. What's your member number?"),
            ("M-5521.", "Done: membership M-5521 frozen for three months.")]),
        ("running-chat", "small-talk-intent-word", 1, [
            FREEZE[0], ("I'll keep running outdoors in the meantime.", "Sounds like a plan!"),
            FREEZE[1]]),
        ("order", "reworded", 1, [
            ("For two months, I'd like my gym membership frozen.",
             "No problem. What's your member number?"),
            ("It's M-5521.", "Done: membership M-5521 frozen for two months.")]),
    ]),
    *_scene("en-rent", RENT, [
        ("savings", "account", 0, [
            RENT[0],
            ("My savings account.", "Okay: £250 from your savings account to your landlord.")]),
        ("brother", "person", 0, [
            ("I need to send £250 to my brother.", "Sure. From which account?"),
            ("My current account.", "Okay: £250 from your current account to your brother.")]),
        ("reworded-amount", "entity-reworded", 0, [
            ("I have to transfer £350 to my landlord.",
             "Of course. Which account should it come from?"),
            ("The current account.", "Okay: £350 from your current account to your landlord.")]),
        ("reworded", "reworded", 1, [
            ("I have to transfer £250 to my landlord.",
             "Of course. Which account should it come from?"),
            ("The current account.", "Okay: £250 from your current account to your landlord.")]),
        ("quiz", "unrelated", 1, [QUIZ, *RENT]),
    ]),
    *_scene("en-wardrobe", WARDROBE, [
        ("apart", "intent-rather", 0, [
            ("Can your fitters take apart a wardrobe I bought from you, rather than put it "
             "together?", "Yes. Which model?"),
            ("The Malm three-door.", "Booked: dismantling of a Malm three-door wardrobe.")]),
        ("reworded", "reworded", 1, [
            ("Could one of your fitters assemble a wardrobe I got from you?",
             "Yes. Which model?"),
            ("Malm, three doors.", "Booked: assembly of a Malm three-door wardrobe.")]),
    ]),
    *_scene("en-wardrobe-reply", WARDROBE_R, [
        ("dismantle", "intent-reply", 0, [
            WARDROBE_R[0],
            ("The Malm three-door.",
             "Booked: a fitter to dismantle your Malm three-door wardrobe.")]),
        ("moving-chat", "small-talk-fact-word", 1, [
            WARDROBE_R[0],
            ("It took ages to choose, we changed our minds twice.", "It's a big decision!"),
            WARDROBE_R[1]]),
    ]),
    *_scene("en-prescription", PRESCRIPTION, [
        ("delivered-instead", "intent-instead", 0, [
            ("I'd like my repeat prescription delivered to my home instead of collecting it from "
             "Market Street.", "Sure. What's your date of birth?"),
            ("2 May 1980.", "Thanks: it will be delivered to your home tomorrow.")]),
        ("mum", "person", 0, [
            ("I'd like to collect my mum's repeat prescription from the Market Street pharmacy.",
             "Sure. What's her date of birth?"),
            ("2 May 1950.", "Thanks: it will be ready at Market Street tomorrow.")]),
        ("high-street", "place", 0, [
            ("I'd like to collect my repeat prescription from the High Street pharmacy.",
             "Sure. What's your date of birth?"),
            ("2 May 1980.", "Thanks: it will be ready at High Street tomorrow.")]),
        ("trains-chat", "small-talk-intent-word", 1, [
            PRESCRIPTION[0],
            ("Sorry for the wait, I had to change trains twice to get here.",
             "No worries at all!"), PRESCRIPTION[1]]),
    ]),
    *_scene("en-spotify", SPOTIFY, [
        ("individual", "plan", 0, [
            ("I want to move my Spotify from Family to Individual.",
             "Sure. When should it start?"),
            ("From next month.", "Done: Individual from next month.")]),
        ("reverse", "plan", 0, [
            ("I want to move my Spotify from Duo to Family.", "Sure. When should it start?"),
            ("From next month.", "Done: Family from next month.")]),
        ("reworded", "reworded", 1, [
            ("Please switch my Spotify plan from Family to Duo.", "Of course. Starting when?"),
            ("Next month.", "Done: Duo from next month.")]),
    ]),
    *_scene("en-show", SHOW, [
        ("refund", "intent-rather", 0, [
            ("I have two tickets for the 8pm show on Saturday and want a refund rather than a "
             "swap.", "Sure. What's the order number?"),
            ("ORD-771.", "Done: ORD-771 refunded.")]),
        ("sister-chat", "small-talk-intent-word", 1, [
            SHOW[0], ("My sister cancelled on me for the evening, hence the change.",
                      "Ah, that's a shame."), SHOW[1]]),
    ]),
    *_scene("en-lesson", LESSON, [
        ("rebook", "intent-rebook", 0, [
            ("Please cancel my Thursday lesson at 4 with Sam and rebook it with Priya.",
             "Booked: Thursday at 4 with Priya."), LESSON[1]]),
        ("instead", "intent-instead", 0, [
            ("Please book a driving lesson on Thursday at 4 with Priya instead of Sam.",
             "Booked: Thursday at 4 with Priya."), LESSON[1]]),
        ("order", "reworded", 1, [
            ("On Thursday at 4, please book me a driving lesson with Sam.",
             "Booked: Thursday at 4 with Sam."), ("Thank you.", "You're welcome.")]),
    ]),
    *_scene("en-laptop", LAPTOP, [
        ("trade-in", "intent-rather", 0, [
            ("My laptop's battery barely lasts an hour; I'd sooner trade it in than fix it.",
             "Yes. Which model?"),
            ("A Dell XPS 13.", "Thanks: a trade-in valuation for a Dell XPS 13.")]),
        ("reworded", "reworded", 1, [
            ("The battery on my laptop only lasts about an hour now. Could you fit a new one?",
             "We can. Which model?"),
            ("Dell XPS 13.", "Thanks: battery replacement for a Dell XPS 13.")]),
    ]),
    *_scene("en-hair", HAIR, [
        ("just-cut", "intent-actually", 0, [
            ("Can I book a cut and colour with Jo on Saturday? Actually, just the cut.",
             "Yes. Morning or afternoon?"),
            ("Morning, please.", "Booked: cut with Jo, Saturday morning.")]),
        ("quiz", "unrelated", 1, [*HAIR, QUIZ]),
    ]),
    *_scene("en-claim", CLAIM, [
        ("theft", "item", 0, [
            ("I need to make a claim on my home insurance for a stolen bicycle.",
             "Sorry to hear that. What's your policy number?"),
            ("HP-30921.", "Thanks: claim opened on HP-30921 for theft.")]),
        ("policy", "account", 0, [
            CLAIM[0], ("HP-30987.", "Thanks: claim opened on HP-30987 for water damage.")]),
        ("reworded", "reworded", 1, [
            ("A pipe burst at home and I'd like to claim on my home insurance.",
             "I'm sorry. What's your policy number?"),
            ("HP-30921.", "Thanks: claim opened on HP-30921 for water damage.")]),
    ]),
    ("en-curtains-rather-twin", "reworded-intent", 1,
     [("I'll bring my curtains to the shop for cleaning on Monday instead of having them "
       "collected.", "Yes. How many pairs?"),
      ("Three pairs.", "Noted: three pairs of curtains dropped in on Monday.")],
     [("Rather than having my curtains collected, I'll bring them to the shop for cleaning on "
       "Monday.", "Yes. How many pairs?"),
      ("Three pairs.", "Noted: three pairs of curtains dropped in on Monday.")]),
    ("en-freeze-twin", "reworded-intent", 1,
     [("I was going to freeze my gym membership but I'd like to cancel it instead.",
       "No problem. What's your member number?"),
      ("M-5521.", "Done: membership M-5521 cancelled.")],
     [("Instead of freezing my gym membership, I'd like to cancel it.",
       "No problem. What's your member number?"),
      ("M-5521.", "Done: membership M-5521 cancelled.")]),
]

EN_MORE: list[Probe] = [
    ("en-dryer-sooner", "intent-reworded", 0, DRYER,
     [("The Bosch dryer has given up heating; honestly I'd sooner have a new one delivered than "
       "pay for a repair.", "Understood. Which model is the old one?"),
      ("WTH85.", "Noted: a replacement dryer for the WTH85, and we'll take the old one away.")]),
    ("en-mot-one-turn", "reworded", 1, MOT,
     [("Next Tuesday my Golf is due its MOT, can I book it in? The reg is AB12 CDE.",
       "Booked: MOT for AB12 CDE on Tuesday.")]),
    ("en-parcel-reworded", "reworded", 1, PARCEL,
     [("I'm out all day and my parcel is coming today.", "No problem. What's the tracking "
                                                         "number?"),
      ("TN88213.", "Done: TN88213 will be left with your neighbour.")]),
    ("en-parcel-safe-place", "intent-reply", 0, PARCEL,
     [PARCEL[0], ("TN88213.", "Done: TN88213 will be left in your safe place by the back "
                              "door.")]),
    ("en-spotify-up", "entity-reworded", 0, SPOTIFY,
     [("Our household's Spotify is on Duo and I want to go up to Family.",
       "Sure. When should it start?"), ("From next month.", "Done: Family from next month.")]),
    ("en-table-cant-make-it", "intent-reworded", 0, TABLE,
     [("About my Friday table for four at 7pm.", "Of course. Is it still one vegetarian?"),
      ("Yes, but we can't make it now.", "No problem: your Friday 7pm table for four is "
                                         "cancelled.")]),
    ("en-laptop-last-legs", "intent-reworded", 0, LAPTOP,
     [("My Dell XPS 13's battery is on its last legs. What would you give me for the laptop "
       "as a trade-in?", "Happy to help. Is it the 2020 model?"),
      ("Yes.", "Thanks: a trade-in quote for a 2020 Dell XPS 13.")]),
    ("en-show-keep", "intent-changed-mind", 0, SHOW,
     [("I have two tickets for the 8pm show on Saturday; I was going to swap them for the "
       "matinee but I'll keep them after all.", "Sure. What's the order number?"),
      ("ORD-771.", "No change: ORD-771 stays at 8pm on Saturday.")]),
]

# -- Japanese ------------------------------------------------------------------------------------

J_AIRCON = [("エアコンが冷えなくなったので、修理に来てもらえますか？",
             "かしこまりました。型番を教えてください。"),
            ("AY-J22です。", "AY-J22の修理で手配しました。")]
J_TABLE = [("土曜日の18時に4名で予約したいです。", "承知しました。お名前をお願いします。"),
           ("田中です。", "田中様、土曜日18時、4名様でお取りしました。")]
J_REDELIVER = [("不在票が入っていたので、再配達をお願いします。",
                "承知しました。伝票番号を教えてください。"),
               ("1234-5678です。", "1234-5678を明日の午前に再配達します。")]
J_PLAN = [("スマホのプランを20ギガから5ギガに下げたいです。", "承知しました。いつからにしますか？"),
          ("来月からでお願いします。", "来月から5ギガのプランに変更します。")]
J_BED = [("購入したベッドの組み立てをお願いしたいです。", "承知しました。ご住所は？"),
         ("世田谷区です。", "世田谷区でベッドの組み立てを手配しました。")]
J_BED_R = [("購入したベッドのことでお願いがあります。", "承知しました。ご住所は？"),
           ("世田谷区です。", "世田谷区でベッドの組み立てを手配しました。")]
J_RENT = [("家賃の8万円を大家さんに振り込みたいです。",
           "かしこまりました。どちらの口座からですか？"),
          ("みずほの口座からです。", "みずほの口座から8万円を振り込みます。")]
J_HOTEL = [("来週の金曜日から2泊、京都のホテルを予約しています。",
            "ありがとうございます。予約番号をお願いします。"),
           ("K-2207です。", "K-2207、京都、金曜日から2泊ですね。")]
J_CLEAN = [("明日、クリーニングの集荷をお願いしたいです。", "承知しました。品物は何ですか？"),
           ("スーツ2着です。", "明日、スーツ2着を集荷に伺います。")]
J_DENTIST = [("来週の火曜日に歯のクリーニングを予約したいです。", "承知しました。ご希望の時間は？"),
             ("午前10時でお願いします。", "火曜日の午前10時でお取りしました。")]
J_INSURANCE = [("自動車保険の補償内容を見直したいです。", "承知しました。証券番号をお願いします。"),
               ("A-5512です。", "A-5512の補償内容を見直します。")]

JA: list[Probe] = [
    *_scene("ja-aircon", J_AIRCON, [
        ("dewanaku", "intent-not-but", 0, [
            ("エアコンが冷えなくなったので、修理ではなく買い替えたいです。",
             "かしこまりました。型番を教えてください。"),
            ("AY-J22です。", "AY-J22からの買い替えで手配しました。")]),
        ("reworded", "reworded", 1, [
            ("冷えなくなったエアコンの修理に来ていただけますか？",
             "承知しました。型番は何でしょうか？"),
            ("型番はAY-J22です。", "AY-J22の修理で手配しました。")]),
        ("yappari-chat", "small-talk-intent-word", 1, [
            J_AIRCON[0], ("やっぱり夏はエアコンがないとつらいですね。", "本当にそうですね。"),
            J_AIRCON[1]]),
    ]),
    *_scene("ja-table", J_TABLE, [
        ("yappari", "intent-changed-mind", 0, [
            ("土曜日の18時に4名で予約したいです。やっぱり日曜日にします。",
             "承知しました。お名前をお願いします。"),
            ("田中です。", "田中様、日曜日18時、4名様でお取りしました。")]),
        ("janakute", "intent-not-but", 0, [
            ("4名じゃなくて6名で、土曜日の18時に予約したいです。",
             "承知しました。お名前をお願いします。"),
            ("田中です。", "田中様、土曜日18時、6名様でお取りしました。")]),
        ("rebook", "intent-rebook", 0, [
            ("土曜日18時の4名の予約をキャンセルして、19時で取り直したいです。",
             "承知しました。お名前をお願いします。"),
            ("田中です。", "田中様、土曜日19時、4名様でお取りしました。")]),
        ("reworded", "reworded", 1, [
            ("4名で、土曜日の18時に席を予約したいです。", "かしこまりました。お名前を伺えますか？"),
            ("田中です。", "田中様、土曜日18時、4名様でお取りしました。")]),
        ("cancel-chat", "small-talk-intent-word", 1, [
            J_TABLE[0],
            ("友達の出張がキャンセルになって、やっと集まれるんです。", "それは楽しみですね。"),
            J_TABLE[1]]),
    ]),
    *_scene("ja-redeliver", J_REDELIVER, [
        ("kawari", "intent-instead", 0, [
            ("不在票が入っていたので、再配達の代わりに営業所で受け取りたいです。",
             "承知しました。伝票番号を教えてください。"),
            ("1234-5678です。", "1234-5678を営業所でお預かりします。")]),
        ("afternoon", "intent-reply", 0, [
            J_REDELIVER[0], ("1234-5678です。", "1234-5678を明日の午後に再配達します。")]),
        ("eigyosho", "intent-reply", 0, [
            J_REDELIVER[0],
            ("1234-5678です。", "1234-5678は営業所で保管しますので、ご来店ください。")]),
        ("reworded", "reworded", 1, [
            ("不在票が入っていました。再配達をお願いできますか？",
             "承知しました。伝票番号をお願いします。"),
            ("1234-5678です。", "1234-5678を明日の午前に再配達します。")]),
        ("quiz", "unrelated", 1, [J_QUIZ, *J_REDELIVER]),
    ]),
    *_scene("ja-plan", J_PLAN, [
        ("reverse", "plan", 0, [
            ("スマホのプランを5ギガから20ギガに上げたいです。",
             "承知しました。いつからにしますか？"),
            ("来月からでお願いします。", "来月から20ギガのプランに変更します。")]),
        ("yappari-keep", "intent-changed-mind", 0, [
            ("スマホのプランを下げるつもりでしたが、やっぱり今の20ギガのままにします。",
             "承知しました。いつからにしますか？"),
            ("来月からでお願いします。", "来月も20ギガのプランのままです。")]),
        ("reworded", "reworded", 1, [
            ("スマホの契約を20ギガのプランから5ギガのプランに変更したいです。",
             "承知しました。いつからにしますか？"),
            ("来月からでお願いします。", "来月から5ギガのプランに変更します。")]),
    ]),
    *_scene("ja-bed", J_BED, [
        ("janakute", "intent-not-but", 0, [
            ("組み立てじゃなくて、引っ越しのために購入したベッドを解体してほしいです。",
             "承知しました。ご住所は？"),
            ("世田谷区です。", "世田谷区でベッドの解体を手配しました。")]),
        ("nerima",
         "place", 0, [J_BED[0], ("練馬区です。", "練馬区でベッドの組み立てを手配しました。")]),
        ("chat", "small-talk-fact-word", 1, [
            J_BED[0], ("新しいベッドが届くのを楽しみにしていました。", "それは何よりです。"),
            J_BED[1]]),
    ]),
    *_scene("ja-bed-reply", J_BED_R, [
        ("kaitai", "intent-reply", 0, [
            J_BED_R[0], ("世田谷区です。", "世田谷区でベッドの解体を手配しました。")]),
        ("quiz", "unrelated", 1, [J_QUIZ, *J_BED_R]),
        ("ukagau", "replies", 1, [
            J_BED_R[0], ("世田谷区です。", "世田谷区ですね。ベッドの組み立てに伺います。")]),
    ]),
    *_scene("ja-rent", J_RENT, [
        ("yucho", "account", 0, [
            J_RENT[0], ("ゆうちょの口座からです。", "ゆうちょの口座から8万円を振り込みます。")]),
        ("brother", "person", 0, [
            ("8万円を弟に振り込みたいです。", "かしこまりました。どちらの口座からですか？"),
            ("みずほの口座からです。", "みずほの口座から8万円を振り込みます。")]),
        ("amount", "amount", 0, [
            ("家賃の8万5千円を大家さんに振り込みたいです。",
             "かしこまりました。どちらの口座からですか？"),
            ("みずほの口座からです。", "みずほの口座から8万5千円を振り込みます。")]),
        ("reworded", "reworded", 1, [
            ("大家さんに家賃の8万円を振り込みで払いたいです。",
             "承知しました。どちらの口座からにしますか？"),
            ("みずほの口座でお願いします。", "みずほの口座から8万円を振り込みます。")]),
        ("change-chat", "small-talk-intent-word", 1, [
            J_RENT[0], ("最近、仕事が変わって忙しいんです。", "それは大変ですね。"), J_RENT[1]]),
    ]),
    *_scene("ja-hotel", J_HOTEL, [
        ("osaka", "intent-not-but", 0, [
            ("来週の金曜日から2泊、京都ではなく大阪のホテルを予約しています。",
             "ありがとうございます。予約番号をお願いします。"),
            ("K-2207です。", "K-2207、大阪、金曜日から2泊ですね。")]),
        ("nights", "amount", 0, [
            ("来週の金曜日から3泊、京都のホテルを予約しています。",
             "ありがとうございます。予約番号をお願いします。"),
            ("K-2207です。", "K-2207、京都、金曜日から3泊ですね。")]),
        ("shinkansen-chat", "small-talk", 1, [
            J_HOTEL[0], ("新幹線が遅れなければいいのですが。", "そうですね。"), J_HOTEL[1]]),
        ("reworded", "reworded", 1, [
            ("京都のホテルに、来週の金曜日から2泊の予約があります。",
             "承知しました。予約番号を教えていただけますか？"),
            ("K-2207です。", "K-2207、京都、金曜日から2泊ですね。")]),
    ]),
    *_scene("ja-clean", J_CLEAN, [
        ("yappari-bring", "intent-changed-mind", 0, [
            ("クリーニングの集荷を頼んでいましたが、やっぱり明日お店に持っていきます。",
             "承知しました。品物は何ですか？"),
            ("スーツ2着です。", "明日、スーツ2着のご来店をお待ちしています。")]),
        ("coat", "item", 0, [J_CLEAN[0], ("コート1着です。", "明日、コート1着を集荷に伺います。")]),
        ("order", "reworded", 1, [
            ("クリーニングの集荷を明日お願いできますか？", "承知しました。品物は何ですか？"),
            ("スーツを2着です。", "明日、スーツ2着を集荷に伺います。")]),
    ]),
    *_scene("ja-dentist", J_DENTIST, [
        ("dewanaku", "intent-not-but", 0, [
            ("来週の火曜日に、クリーニングではなく虫歯の治療を予約したいです。",
             "承知しました。ご希望の時間は？"),
            ("午前10時でお願いします。", "火曜日の午前10時でお取りしました。")]),
        ("time", "date", 0, [
            J_DENTIST[0], ("午後3時でお願いします。", "火曜日の午後3時でお取りしました。")]),
        ("kaeta-chat", "small-talk-intent-word", 1, [
            J_DENTIST[0], ("最近、甘いものを控えるように生活を変えたんです。",
                           "素晴らしいですね。"),
            J_DENTIST[1]]),
    ]),
    *_scene("ja-insurance", J_INSURANCE, [
        ("kaiyaku", "intent-not-but", 0, [
            ("自動車保険は見直すのではなく、解約したいです。",
             "承知しました。証券番号をお願いします。"),
            ("A-5512です。", "A-5512を解約します。")]),
        ("number", "account", 0, [
            J_INSURANCE[0], ("A-5519です。", "A-5519の補償内容を見直します。")]),
        ("reworded", "reworded", 1, [
            ("自動車保険の補償の内容を見直したいと思っています。",
             "かしこまりました。証券番号を教えてください。"),
            ("A-5512です。", "A-5512の補償内容を見直します。")]),
    ]),
    ("ja-clean-twin", "reworded-intent", 1,
     [("集荷の代わりに、明日クリーニングの品物をお店に持っていきます。",
       "承知しました。品物は何ですか？"),
      ("スーツ2着です。", "明日、スーツ2着のご来店をお待ちしています。")],
     [("集荷ではなく、明日クリーニングの品物をお店に持っていきます。",
       "承知しました。品物は何ですか？"),
      ("スーツ2着です。", "明日、スーツ2着のご来店をお待ちしています。")]),
]

JA_MORE: list[Probe] = [
    ("ja-aircon-yori", "intent-reworded", 0, J_AIRCON,
     [("エアコンがもう古くて冷えないので、直すより新しいものに替えたいです。",
       "かしこまりました。今お使いの型番は？"),
      ("AY-J22です。", "AY-J22からの買い替えで手配しました。")]),
    ("ja-redeliver-asatte", "entity-reworded", 0, J_REDELIVER,
     [("不在連絡票が届いていました。あさっての午前に再配達してください。",
       "承知しました。伝票番号をお願いします。"),
      ("1234-5678です。", "1234-5678をあさっての午前に再配達します。")]),
    ("ja-hotel-torinaoshi", "intent-rebook", 0, J_HOTEL,
     [("京都のホテルの予約をキャンセルして、土曜日から2泊で取り直しました。",
       "ありがとうございます。予約番号をお願いします。"),
      ("K-2207です。", "K-2207、京都、土曜日から2泊ですね。")]),
    ("ja-table-torikeshi", "intent-reply", 0, J_TABLE,
     [("土曜日の予約の件です。", "承知しました。お名前をお願いします。"),
      ("田中です。", "田中様、土曜日18時、4名様のご予約を取り消しました。")]),
    ("ja-aircon-shobun", "intent-reworded", 0, J_AIRCON,
     [("古いエアコンが効かないので、取り外して処分してもらえますか？",
       "かしこまりました。型番を教えてください。"),
      ("AY-J22です。", "AY-J22の取り外しと処分で手配しました。")]),
    ("ja-bed-reworded", "reworded", 1, J_BED,
     [("買ったベッドを組み立ててもらいたいです。", "承知しました。ご住所は？"),
      ("世田谷区です。", "世田谷区でベッドの組み立てを手配しました。")]),
    ("ja-dentist-reworded", "reworded", 1, J_DENTIST,
     [("来週の火曜日、歯のクリーニングの予約をお願いします。",
       "承知しました。何時がよろしいですか？"),
      ("10時でお願いします。", "火曜日の午前10時でお取りしました。")]),
]

PROBES: list[Probe] = EN + EN_MORE + JA + JA_MORE
# fmt: on
