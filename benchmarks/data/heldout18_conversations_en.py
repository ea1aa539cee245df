# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the eighteenth held-out conversation set (``conversations-heldout18.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout18_conversations.py`` turns them
into pairs. Written in session 24 by the ``heldout18`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-sheep-shearing",
        "thread": [
            ("We've got a small flock of 60 Texel ewes near Kendal that need shearing this June.", "Happy to help. Do you want us to roll and bag the fleeces as well?"),
            ("Yes please, roll and bag them all.", "Noted: 60 Texel ewes near Kendal in June, fleeces rolled and bagged."),
        ],
        "follow": "When could you fit us in, and what will it cost?",
        "reworded": [
            ("Our sixty Texels up by Kendal are due a clip in June - could your team do them and wrap up the wool into sacks afterwards?",
             "Sure: shearing sixty Texel ewes outside Kendal in June, with the wool rolled and sacked."),
        ],
        "small_talk": (1, ("Last year's shearer retired, so we're a bit stuck.", "Plenty of flocks are in the same boat - we'll look after you.")),
        "unrelated": (2, ("Do you know anyone who buys wool locally?", "The wool board collects from a depot in Penrith.")),
        "entity": ("amount", [
            ("We've got a big flock of 600 Texel ewes near Kendal that need shearing this June.", "Happy to help. Do you want us to roll and bag the fleeces as well?"),
            ("Yes please, roll and bag them all.", "Noted: 600 Texel ewes near Kendal in June, fleeces rolled and bagged."),
        ]),
        "entity_reworded": ("date", [
            ("Our sixty Texels up by Kendal are due a clip in late September - could your team do them and wrap up the wool into sacks afterwards?",
             "Sure: shearing sixty Texel ewes outside Kendal in late September, with the wool rolled and sacked."),
        ]),
        "third": ("intent", [
            ("We'd asked you to shear our 60 ewes near Kendal in June, but our neighbour's son has offered to do them.", "No problem. Shall I take you off the June round?"),
            ("Yes, give the slot to someone else.", "Done: your flock is off the June round and the slot has gone to another farm."),
        ]),
    },
    {
        "id": "en-llama-trek",
        "thread": [
            ("Can I book a llama trek for my family on Sunday 14 April?", "Lovely! How many of you, and how old are the youngest?"),
            ("Four of us - two adults and two kids aged 9 and 11.", "Noted: a family llama trek for four on Sunday 14 April, children 9 and 11."),
        ],
        "follow": "Which of your treks would suit us, and how much is it?",
        "reworded": [
            ("Sunday the fourteenth of April - me, my partner and our two children (nine and eleven) fancy walking some llamas. Have you got space?",
             "Yes: two grown-ups and two youngsters of 9 and 11 trekking on 14 April."),
        ],
        "small_talk": (2, ("The kids have been watching llama videos all week.", "Then they'll love meeting ours - they're very photogenic.")),
        "unrelated": (1, ("Is there a café on the farm?", "Yes, the tea room by the car park is open all day.")),
        "entity": ("person", [
            ("Can I book a llama trek for my family on Sunday 14 April?", "Lovely! How many of you, and how old are the youngest?"),
            ("Four of us - two adults, my 85-year-old mum who uses a walking stick, and my son who's 11.", "Noted: a llama trek for four on Sunday 14 April, including a guest with a walking stick and a child of 11."),
        ]),
        "entity_reworded": ("plan", [
            ("Sunday the fourteenth of April - me, my partner and our two children (nine and eleven) fancy walking some llamas, and we'd like the picnic lunch by the lake as well. Have you got space?",
             "Yes: two grown-ups and two youngsters of 9 and 11 trekking on 14 April, with the lakeside picnic added."),
        ]),
        "third": ("intent", [
            ("We'd booked a llama trek for four on 14 April, but we'd now rather just visit the farm and feed the animals.", "Of course. Shall I swap the trek for four farm-visit tickets?"),
            ("Yes, that's perfect.", "Done: the trek is replaced with four farm-visit tickets for 14 April."),
        ]),
    },
    {
        "id": "en-segway",
        "thread": [
            ("I'd like to book the Segway tour of the castle grounds for 6 people on Saturday 3 May.", "Great! Have any of you ridden a Segway before?"),
            ("No, we're all complete beginners.", "Noted: the castle-grounds Segway tour for 6 beginners on Saturday 3 May."),
        ],
        "follow": "What time should we arrive, and how long will the training take?",
        "reworded": [
            ("Half a dozen of us, none of whom has ever stood on one of those balancing scooters, want to ride round the castle estate on the third of May - a Saturday. Possible?",
             "Yes: six first-timers on the castle estate ride, Saturday 3 May."),
        ],
        "small_talk": (1, ("It's my sister's 40th, so she gets to pick.", "Happy birthday to her - a great choice.")),
        "unrelated": (2, ("Are helmets provided?", "Yes, every rider gets a helmet and a hi-vis vest.")),
        "entity": ("date", [
            ("I'd like to book the Segway tour of the castle grounds for 6 people on Monday 5 May, the bank holiday.", "Great! Have any of you ridden a Segway before?"),
            ("No, we're all complete beginners.", "Noted: the castle-grounds Segway tour for 6 beginners on bank holiday Monday 5 May."),
        ]),
        "entity_reworded": ("amount", [
            ("Twenty of us, none of whom has ever stood on one of those balancing scooters, want to ride round the castle estate on the third of May - a Saturday. Possible?",
             "Yes: twenty first-timers on the castle estate ride, Saturday 3 May."),
        ]),
        "third": ("intent", [
            ("We'd booked the castle Segway tour for 6 on 3 May, but my sister would rather we did the woodland one.", "No problem. Shall I move you to the woodland trail that morning?"),
            ("Yes, the woodland trail please.", "Done: your group of 6 is now on the woodland Segway trail on 3 May."),
        ]),
    },
    {
        "id": "en-caricaturist",
        "thread": [
            ("Could we book a caricaturist for our wedding reception at the Old Mill on 23 August?", "Congratulations! How many guests, and how long would you like them for?"),
            ("About 90 guests, for two hours during the drinks.", "Noted: a caricaturist at the Old Mill on 23 August, 90 guests, two hours."),
        ],
        "follow": "How many guests will you manage to draw, and what's the fee?",
        "reworded": [
            ("We're having our reception at the Old Mill on the twenty-third of August - could one of your cartoon artists sketch people over the drinks? Ninety or so guests, a couple of hours.",
             "Yes: live caricatures at the Old Mill, 23 August, around 90 guests for two hours."),
        ],
        "small_talk": (2, ("My fiancé has a famously big nose, so be kind!", "We're always kind - well, mostly.")),
        "unrelated": (1, ("Do you also do face painting for children?", "Not ourselves, but we can recommend someone.")),
        "entity": ("place", [
            ("Could we book a caricaturist for our wedding reception at Kinloch Lodge on the Isle of Skye on 23 August?", "Congratulations! How many guests, and how long would you like them for?"),
            ("About 90 guests, for two hours during the drinks.", "Noted: a caricaturist at Kinloch Lodge on Skye on 23 August, 90 guests, two hours."),
        ]),
        "entity_reworded": ("plan", [
            ("We're having our reception at the Old Mill on the twenty-third of August - could one of your cartoon artists sketch people over the drinks, and could each drawing be printed onto a fridge magnet to take home? Ninety or so guests, a couple of hours.",
             "Yes: live caricatures at the Old Mill, 23 August, around 90 guests for two hours, every drawing turned into a fridge magnet."),
        ]),
        "third": ("intent", [
            ("We'd booked a caricaturist for the Old Mill on 23 August, but we'd like a silhouette cutter instead.", "We have one of those too. Shall I swap the booking over?"),
            ("Yes, swap it to the silhouette cutter.", "Done: a silhouette artist replaces the caricaturist on 23 August."),
        ]),
    },
    {
        "id": "en-calligraphy",
        "thread": [
            ("Could you hand-letter the envelopes for our wedding invitations?", "With pleasure. How many envelopes, and when do you need them back?"),
            ("80 envelopes, back by 1 March.", "Noted: 80 hand-lettered wedding envelopes, due back by 1 March."),
        ],
        "follow": "What will that cost, and when should I send you the address list?",
        "reworded": [
            ("I'd love our invitation envelopes addressed by hand in nice script - there are eighty of them and I need them returned before the start of March.",
             "Certainly: eighty envelopes addressed in calligraphy, returned before 1 March."),
        ],
        "small_talk": (1, ("My handwriting is dreadful, so this is a lifesaver.", "That's what we're here for!")),
        "unrelated": (2, ("Do you sell wax seals?", "We do - there are a dozen designs on our website.")),
        "entity": ("amount", [
            ("Could you hand-letter the envelopes for our wedding invitations?", "With pleasure. How many envelopes, and when do you need them back?"),
            ("250 envelopes, back by 1 March.", "Noted: 250 hand-lettered wedding envelopes, due back by 1 March."),
        ]),
        "entity_reworded": ("product", [
            ("I'd love our invitation envelopes addressed by hand in nice script, white ink on navy card - there are eighty of them and I need them returned before the start of March.",
             "Certainly: eighty navy envelopes addressed in white-ink calligraphy, returned before 1 March."),
        ]),
        "third": ("intent", [
            ("You were going to hand-letter our 80 wedding envelopes, but we've decided to send e-invites.", "Understood. Shall I cancel the envelope order?"),
            ("Yes - though could you do the place cards for the tables?", "Of course: the envelopes are cancelled and we'll quote for the place cards instead."),
        ]),
    },
    {
        "id": "en-kitesurfing",
        "thread": [
            ("I'd like to book a two-day beginner kitesurfing course at Camber in July.", "Brilliant. Have you done any kite flying or board sports before?"),
            ("A bit of wakeboarding, but never kitesurfing.", "Noted: a two-day beginner course at Camber in July, some wakeboarding experience."),
        ],
        "follow": "What dates have you got, and how much is it?",
        "reworded": [
            ("Never been on a kite before, though I've wakeboarded a little - can I do your 2-day starter course on Camber beach sometime in July?",
             "Yes: the two-day introduction at Camber in July, with some wakeboard background."),
        ],
        "small_talk": (2, ("I've been watching the kitesurfers there for years.", "Now it's your turn to be watched!")),
        "unrelated": (1, ("Is there somewhere to shower after?", "Yes, the beach centre has hot showers.")),
        "entity": ("plan", [
            ("I'd like to book private one-to-one kitesurfing lessons at Camber in July.", "Brilliant. Have you done any kite flying or board sports before?"),
            ("A bit of wakeboarding, but never kitesurfing.", "Noted: private one-to-one lessons at Camber in July, some wakeboarding experience."),
        ]),
        "entity_reworded": ("person", [
            ("My 13-year-old has never been on a kite before, though he's wakeboarded a little - can he do your 2-day starter course on Camber beach sometime in July?",
             "Yes: the two-day introduction at Camber in July for a 13-year-old with some wakeboard background."),
        ]),
        "third": ("intent", [
            ("I'd booked the beginner kitesurfing course at Camber in July, but I've hurt my shoulder.", "Sorry to hear that. Would you like a voucher for later in the year?"),
            ("A voucher for September would be great.", "Done: your July course is turned into a voucher you can use in September."),
        ]),
    },
    {
        "id": "en-hypnotherapy",
        "thread": [
            ("I'd like to start hypnotherapy to stop smoking. My client number is HT-5520.", "Welcome back. Do you want the single session or the three-session course?"),
            ("The three-session course, please.", "Noted: HT-5520, the three-session stop-smoking course."),
        ],
        "follow": "When can I have my first appointment, and how much do I pay today?",
        "reworded": [
            ("Client HT-5520 here - I'm ready to quit cigarettes and would like the programme of 3 hypnosis appointments.",
             "Thanks: account HT-5520 on the three-appointment programme to give up smoking."),
        ],
        "small_talk": (1, ("I've smoked since I was sixteen.", "Lots of our clients had; it's never too late.")),
        "unrelated": (2, ("Is your clinic near a bus stop?", "Yes, the number 12 bus stops by our door.")),
        "entity": ("account", [
            ("I'd like to start hypnotherapy to stop smoking. My client number is HT-8817.", "Welcome back. Do you want the single session or the three-session course?"),
            ("The three-session course, please.", "Noted: HT-8817, the three-session stop-smoking course."),
        ]),
        "entity_reworded": ("plan", [
            ("Client HT-5520 here - I'm ready to quit cigarettes and would like one single hypnosis appointment to start with.",
             "Thanks: account HT-5520 on a single appointment to give up smoking."),
        ]),
        "third": ("intent", [
            ("I'm HT-5520 and I'd signed up for the stop-smoking course, but I'd rather work on my fear of flying first.", "That's fine. Shall I change the course to the flying programme?"),
            ("Yes, flying first.", "Done: HT-5520 is now booked on the fear-of-flying course."),
        ]),
    },
    {
        "id": "en-hen-rehoming",
        "thread": [
            ("We'd like to rehome some ex-battery hens at our cottage in Shropshire.", "Wonderful. How many are you thinking of, and do you have a coop?"),
            ("Four hens, and we've got a coop with a covered run.", "Noted: four hens to a cottage in Shropshire with a covered run."),
        ],
        "follow": "Which collection day can we come, and what's the donation?",
        "reworded": [
            ("My husband and I have a hen house with a roofed enclosure at our place in rural Shropshire and would love to give a home to 4 rescued layers.",
             "Great: four rescue hens to a Shropshire home with a roofed run."),
        ],
        "small_talk": (2, ("Our grandchildren are already choosing names.", "They'll have them eating out of their hands.")),
        "unrelated": (1, ("What do you feed them on?", "Layers' pellets, plus some grit and greens.")),
        "entity": ("amount", [
            ("We'd like to rehome some ex-battery hens at our cottage in Shropshire.", "Wonderful. How many are you thinking of, and do you have a coop?"),
            ("Twenty hens, and we've got a big coop with a covered run.", "Noted: twenty hens to a cottage in Shropshire with a covered run."),
        ]),
        "entity_reworded": ("place", [
            ("My husband and I have a hen house with a roofed enclosure at our place in the Outer Hebrides and would love to give a home to 4 rescued layers.",
             "Great: four rescue hens to a home on the Outer Hebrides with a roofed run."),
        ]),
        "third": ("intent", [
            ("We'd put our names down for four hens in Shropshire, but we'd like to sponsor some at your farm instead of taking them home.", "That's kind. Shall I switch you to sponsorship?"),
            ("Yes, sponsor four for us.", "Done: you're sponsoring four hens here, and they stay on our farm."),
        ]),
    },
    {
        "id": "en-glassblowing",
        "thread": [
            ("I have a gift voucher, GV-3092, for a glassblowing taster. Can I book it for Saturday 17 May?", "Let me check. GV-3092 is a taster for one - what would you like to make?"),
            ("A paperweight, please.", "Noted: GV-3092, a paperweight taster session on Saturday 17 May."),
        ],
        "follow": "What time does it start, and do I need to pay anything extra?",
        "reworded": [
            ("My birthday present was a voucher, number GV-3092, to try blowing glass - could I come in on the seventeenth (a Saturday in May) and make one of those glass globes for a desk?",
             "Yes: voucher GV-3092, making a paperweight on Saturday 17 May."),
        ],
        "small_talk": (1, ("My daughter gave it to me for my birthday.", "What a thoughtful present!")),
        "unrelated": (2, ("Can my husband watch?", "Yes, there's a viewing gallery above the furnace.")),
        "entity": ("account", [
            ("I have a gift voucher, GV-7714, for a glassblowing taster. Can I book it for Saturday 17 May?", "Let me check. GV-7714 is a taster for two - what would you like to make?"),
            ("A paperweight, please.", "Noted: GV-7714, a paperweight taster session for two on Saturday 17 May."),
        ]),
        "entity_reworded": ("product", [
            ("My birthday present was a voucher, number GV-3092, to try blowing glass - could I come in on the seventeenth (a Saturday in May) and make a tall flower vase?",
             "Yes: voucher GV-3092, making a vase on Saturday 17 May."),
        ]),
        "third": ("intent", [
            ("I was booked in with voucher GV-3092 on 17 May, but I'd rather save it for the summer holidays.", "That's fine. Shall I release the May date?"),
            ("Yes, leave the date open for now.", "Done: 17 May is released and GV-3092 stays valid until you rebook."),
        ]),
    },
    {
        "id": "en-welding",
        "thread": [
            ("Our old metal garden gate has snapped at the bottom hinge. Can you weld it on site?", "We can. Is the gate steel or cast iron?"),
            ("It's mild steel, painted black.", "Noted: an on-site repair of a snapped hinge on a mild steel garden gate."),
        ],
        "follow": "How soon can you come out, and what would it cost?",
        "reworded": [
            ("The lower hinge on the gate into our back garden has broken clean off - could a welder come to the house and mend it? It's ordinary black-painted steel.",
             "Yes: a mobile weld on a broken lower hinge, black painted steel gate."),
        ],
        "small_talk": (2, ("The postman has been climbing over it all week.", "Let's get it swinging again for him.")),
        "unrelated": (1, ("Do you also make new railings?", "Yes, we make railings and handrails to order.")),
        "entity": ("product", [
            ("Our old metal garden gate has snapped at the bottom hinge. Can you weld it on site?", "We can. Is the gate steel or cast iron?"),
            ("It's cast iron, a Victorian one.", "Noted: an on-site repair of a snapped hinge on a Victorian cast-iron garden gate."),
        ]),
        "entity_reworded": ("place", [
            ("The lower hinge on the gate into our yard has broken clean off - we're on a farm up a track on Dartmoor; could a welder come out and mend it? It's ordinary black-painted steel.",
             "Yes: a mobile weld on a broken lower hinge, black painted steel gate, at a Dartmoor farm."),
        ]),
        "third": ("intent", [
            ("You were going to weld our broken garden gate, but we've decided to replace it with a wooden one.", "Fair enough. Would you like us to take the old one away?"),
            ("Yes, just haul the old gate off.", "Okay: instead of the weld, we'll collect and scrap the old steel gate."),
        ]),
    },
    {
        "id": "en-fossil-walk",
        "thread": [
            ("Can we join a guided fossil walk at Charmouth on Saturday 9 August?", "Of course. How many in your group, and any children?"),
            ("Two adults and our daughter, who's 8.", "Noted: Charmouth fossil walk on Saturday 9 August for two adults and a child of 8."),
        ],
        "follow": "What time does the walk start, and what should we bring?",
        "reworded": [
            ("Me, my wife and our eight-year-old girl would like to go ammonite hunting with one of your guides on the Charmouth shore - it's the ninth of August, a Saturday.",
             "Lovely: a family of three, including an 8-year-old, on the guided Charmouth walk, 9 August."),
        ],
        "small_talk": (1, ("She wants to be a palaeontologist.", "Then she's in the right place!")),
        "unrelated": (2, ("Is there a beach café nearby?", "Yes, right by the car park.")),
        "entity": ("date", [
            ("Can we join a guided fossil walk at Charmouth on Sunday 10 August?", "Of course. How many in your group, and any children?"),
            ("Two adults and our daughter, who's 8.", "Noted: Charmouth fossil walk on Sunday 10 August for two adults and a child of 8."),
        ]),
        "entity_reworded": ("person", [
            ("Me, my wife and my father, who walks with two sticks, would like to go ammonite hunting with one of your guides on the Charmouth shore - it's the ninth of August, a Saturday.",
             "Lovely: three adults, one using walking sticks, on the guided Charmouth walk, 9 August."),
        ]),
        "third": ("intent", [
            ("We'd booked the Charmouth fossil walk on 9 August, but we'd rather have the indoor fossil-cleaning workshop.", "Good choice on a busy day. Shall I move you to that?"),
            ("Yes, the workshop suits us better.", "Done: your family is now on the fossil-cleaning workshop on 9 August."),
        ]),
    },
]
