# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-ninth held-out conversation set (``conversations-heldout29.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout29_conversations.py`` turns them
into pairs. Written in session 35 by the ``heldout29`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-tag-rugby",
        "thread": [
            ("We'd like to enter a mixed team in the summer tag rugby league at Riverside Park. We're the Flying Tags, ten players.", "Great! Do you want us to supply the tag belts, or will you bring your own?"),
            ("Supply them, please.", "Entered: the Flying Tags, ten players, mixed summer tag rugby league at Riverside Park, with belts supplied."),
        ],
        "follow": "How much is the team fee, and when is our first fixture?",
        "reworded": [
            ("Ten of us calling ourselves the Flying Tags want a spot in your non-contact rugby this summer down at Riverside, men and women together - and we'll need to borrow the belts.",
             "Done: the Flying Tags, ten of you, mixed summer season at Riverside, belts on loan."),
        ],
        "small_talk": (1, ("Half of us have never touched a rugby ball.", "Tag is the perfect place to start.")),
        "unrelated": (2, ("Is there somewhere to get a drink after the games?", "The park cafe stays open until nine.")),
        "entity": ("place", [
            ("We'd like to enter a mixed team in the summer tag rugby league at Hollins Field. We're the Flying Tags, ten players.", "Great! Do you want us to supply the tag belts, or will you bring your own?"),
            ("Supply them, please.", "Entered: the Flying Tags, ten players, mixed summer tag rugby league at Hollins Field, with belts supplied."),
        ]),
        "entity_reworded": ("amount", [
            ("Sixteen of us calling ourselves the Flying Tags want a spot in your non-contact rugby this summer down at Riverside, men and women together - and we'll need to borrow the belts.",
             "Done: the Flying Tags, sixteen of you, mixed summer season at Riverside, belts on loan."),
        ]),
        "third": ("intent", [
            ("The Flying Tags are entered in the summer tag rugby league, but most of us are away in July.", "That's fine - we also run a one-day tag rugby festival in September if a full season is too much."),
            ("The September festival, then.", "Changed: your league entry is withdrawn and the Flying Tags are down for the one-day festival in September."),
        ]),
    },
    {
        "id": "en-speedcubing",
        "thread": [
            ("I'd like to register my son Oscar, who's eleven, for the speedcubing competition on Saturday 14 March. His competitor ID is SC-5127.", "Thanks! Which events - just the 3x3, or the 3x3 and the 2x2?"),
            ("Just the 3x3.", "Registered: Oscar, eleven, the 3x3 event, Saturday 14 March, competitor SC-5127."),
        ],
        "follow": "What's the entry fee, and what time does his first event begin?",
        "reworded": [
            ("Oscar, my eleven-year-old, wants to race the standard Rubik's puzzle at your contest on the fourteenth of March - nothing else. He's SC-5127 on your list.",
             "He's in: Oscar, the standard cube only, 14 March, SC-5127."),
        ],
        "small_talk": (2, ("He's been practising under the table at dinner.", "Now that's dedication!")),
        "unrelated": (1, ("Is there a cafe at the venue?", "Yes, in the school hall foyer.")),
        "entity": ("plan", [
            ("I'd like to register my son Oscar, who's eleven, for the speedcubing competition on Saturday 14 March. His competitor ID is SC-5127.", "Thanks! Which events - just the 3x3, or the 3x3 and the 2x2?"),
            ("Both events, please.", "Registered: Oscar, eleven, the 3x3 and 2x2 events, Saturday 14 March, competitor SC-5127."),
        ]),
        "entity_reworded": ("account", [
            ("Oscar, my eleven-year-old, wants to race the standard Rubik's puzzle at your contest on the fourteenth of March - nothing else. He's SC-5172 on your list.",
             "He's in: Oscar, the standard cube only, 14 March, SC-5172."),
        ]),
        "third": ("intent", [
            ("Oscar is registered for the 3x3 at the speedcubing competition on 14 March, but he's far too nervous to compete.", "That's common! He could volunteer as a scrambler instead and see how it all works."),
            ("Scrambling sounds good.", "Changed: Oscar's registration is withdrawn and he's on the volunteer list as a scrambler on 14 March."),
        ]),
    },
    {
        "id": "en-yoyo",
        "thread": [
            ("Can I book two places at the beginners' yo-yo workshop on Sunday 8 February at 10am for my twins?", "Of course. Would you like them to take home a starter yo-yo each?"),
            ("Yes, one each.", "Booked: two places at the beginners' yo-yo workshop, Sunday 8 February at 10am, with a starter yo-yo each."),
        ],
        "follow": "How much is that altogether, and how long does the session last?",
        "reworded": [
            ("My two are desperate to learn tricks with a spinning toy on a string - could they both come to the novices' session at ten on the eighth of February, and keep a basic one apiece to bring home?",
             "All set: your two at ten on the 8th, a basic one apiece to keep."),
        ],
        "small_talk": (1, ("They've already tangled a string round the cat.", "We'll teach them a safer trick!")),
        "unrelated": (2, ("Is there parking near the hall?", "There's a pay-and-display behind it.")),
        "entity": ("date", [
            ("Can I book two places at the beginners' yo-yo workshop on Sunday 22 February at 10am for my twins?", "Of course. Would you like them to take home a starter yo-yo each?"),
            ("Yes, one each.", "Booked: two places at the beginners' yo-yo workshop, Sunday 22 February at 10am, with a starter yo-yo each."),
        ]),
        "entity_reworded": ("person", [
            ("My husband and I are desperate to learn tricks with a spinning toy on a string - could we both come to the novices' session at ten on the eighth of February, and keep a basic one apiece to bring home?",
             "All set: you and your husband at ten on the 8th, a basic one apiece to keep."),
        ]),
        "third": ("intent", [
            ("I've booked the twins on the yo-yo workshop on 8 February, but we're moving house that weekend.", "No problem - we have an online video course they can follow at home whenever they like."),
            ("The video course, please.", "Done: the workshop places are cancelled and the twins have access to the online video course."),
        ]),
    },
    {
        "id": "en-forklift",
        "thread": [
            ("I'd like to book two of our warehouse staff onto the three-day novice forklift course starting Monday 2 March. Our company account is FL-8834.", "Thanks. Will they train on the counterbalance truck or the reach truck?"),
            ("The counterbalance truck.", "Booked: two staff on the three-day novice counterbalance forklift course from Monday 2 March, account FL-8834."),
        ],
        "follow": "What will the invoice come to, and where do they report on the first morning?",
        "reworded": [
            ("A pair of our stores lads need to learn to drive a lift truck from scratch - the ordinary counterbalance sort - on the three-day course beginning the second of March. Bill it to FL-8834.",
             "Done: two beginners, three days from the 2nd of March, counterbalance, FL-8834."),
        ],
        "small_talk": (2, ("One of them has been dying to have a go for months.", "He'll be driving in no time.")),
        "unrelated": (1, ("Do they need steel toe-cap boots?", "Yes, safety boots are a must.")),
        "entity": ("amount", [
            ("I'd like to book five of our warehouse staff onto the three-day novice forklift course starting Monday 2 March. Our company account is FL-8834.", "Thanks. Will they train on the counterbalance truck or the reach truck?"),
            ("The counterbalance truck.", "Booked: five staff on the three-day novice counterbalance forklift course from Monday 2 March, account FL-8834."),
        ]),
        "entity_reworded": ("account", [
            ("A pair of our stores lads need to learn to drive a lift truck from scratch - the ordinary counterbalance sort - on the three-day course beginning the second of March. Bill it to FL-8843.",
             "Done: two beginners, three days from the 2nd of March, counterbalance, FL-8843."),
        ]),
        "third": ("intent", [
            ("We've booked two staff on the forklift course from 2 March, but the warehouse is getting walk-behind stackers instead of forklifts.", "I see. We run a half-day course on pedestrian stackers - would that suit better?"),
            ("The stacker course, then.", "Changed: the forklift course is cancelled and your two staff are on the half-day stacker course."),
        ]),
    },
    {
        "id": "en-food-hygiene",
        "thread": [
            ("I'd like to book the Level 2 food hygiene course for myself on Wednesday 21 January at the Corn Exchange.", "Of course. Would you like the printed certificate posted to you, or just the digital one?"),
            ("Just the digital one.", "Booked: Level 2 food hygiene course, Wednesday 21 January, the Corn Exchange, with a digital certificate."),
        ],
        "follow": "How much do I owe, and what time should I arrive?",
        "reworded": [
            ("Could you put me down for the kitchen safety qualification, the second level, on the twenty-first of January at the Corn Exchange? An emailed certificate is fine, no paper copy needed.",
             "You're booked: Level 2 on the 21st at the Corn Exchange, emailed certificate."),
        ],
        "small_talk": (1, ("I'm opening a little sandwich van in the spring.", "Good luck with it!")),
        "unrelated": (2, ("Is there a lift at the Corn Exchange?", "Yes, beside the main stairs.")),
        "entity": ("plan", [
            ("I'd like to book the Level 3 food hygiene course for myself on Wednesday 21 January at the Corn Exchange.", "Of course. Would you like the printed certificate posted to you, or just the digital one?"),
            ("Just the digital one.", "Booked: Level 3 food hygiene course, Wednesday 21 January, the Corn Exchange, with a digital certificate."),
        ]),
        "entity_reworded": ("place", [
            ("Could you put me down for the kitchen safety qualification, the second level, on the twenty-first of January at the Guildhall? An emailed certificate is fine, no paper copy needed.",
             "You're booked: Level 2 on the 21st at the Guildhall, emailed certificate."),
        ]),
        "third": ("intent", [
            ("I'm booked on the Level 2 food hygiene course on 21 January, but I can't get the day off work.", "We also offer the same course online, to do at your own pace."),
            ("Online suits me better.", "Done: your classroom place is cancelled and you're enrolled on the online Level 2 course."),
        ]),
    },
    {
        "id": "en-pencil-factory",
        "thread": [
            ("Can I book the pencil factory tour for a group of twelve from our art club on Thursday 16 April at 2pm?", "Certainly. Would you like to add the drawing workshop after the tour?"),
            ("No thanks, only the tour.", "Booked: the pencil factory tour for twelve, Thursday 16 April at 2pm, without the workshop."),
        ],
        "follow": "What's the total, and how long will we be there?",
        "reworded": [
            ("Our sketching group - a dozen of us - fancy seeing how pencils are made. The two o'clock visit on the sixteenth of April would be ideal, but we won't stay on for the drawing class.",
             "Done: a dozen sketchers at two on the 16th, tour only."),
        ],
        "small_talk": (2, ("Half the group are retired draughtsmen.", "They'll enjoy the machine room, then!")),
        "unrelated": (1, ("Is the factory shop open to the public?", "Yes, every day until five.")),
        "entity": ("plan", [
            ("Can I book the pencil factory tour for a group of twelve from our art club on Thursday 16 April at 2pm?", "Certainly. Would you like to add the drawing workshop after the tour?"),
            ("Yes, add the workshop.", "Booked: the pencil factory tour for twelve, Thursday 16 April at 2pm, with the drawing workshop."),
        ]),
        "entity_reworded": ("date", [
            ("Our sketching group - a dozen of us - fancy seeing how pencils are made. The two o'clock visit on the twenty-third of April would be ideal, but we won't stay on for the drawing class.",
             "Done: a dozen sketchers at two on the 23rd, tour only."),
        ]),
        "third": ("intent", [
            ("We've booked the pencil factory tour for 16 April, but several of our members can't manage the stairs in the factory.", "I understand. Our museum next door is all on one level, with a film of the production line."),
            ("The museum, then.", "Changed: the factory tour is cancelled and your group is booked into the museum on 16 April."),
        ]),
    },
    {
        "id": "en-soapbox",
        "thread": [
            ("We'd like to enter our cart, the Purple Rocket, in the soapbox derby on Sunday 7 June on Beacon Road. Our team is three people.", "Lovely! Do you need to hire a helmet for the driver?"),
            ("Yes, one helmet please.", "Entered: the Purple Rocket, team of three, soapbox derby on Sunday 7 June on Beacon Road, with one helmet hired."),
        ],
        "follow": "How much is the entry, and what time is our first run?",
        "reworded": [
            ("The three of us have built a homemade racer called the Purple Rocket and want it in the gravity race down Beacon Road on the seventh of June. Our driver will need a lid from you.",
             "Done: the Purple Rocket, three of you, Beacon Road on the 7th of June, helmet hired."),
        ],
        "small_talk": (1, ("The kids painted it themselves.", "Can't wait to see it!")),
        "unrelated": (2, ("Are there toilets along the course?", "Yes, at the top and the bottom.")),
        "entity": ("date", [
            ("We'd like to enter our cart, the Purple Rocket, in the soapbox derby on Sunday 14 June on Beacon Road. Our team is three people.", "Lovely! Do you need to hire a helmet for the driver?"),
            ("Yes, one helmet please.", "Entered: the Purple Rocket, team of three, soapbox derby on Sunday 14 June on Beacon Road, with one helmet hired."),
        ]),
        "entity_reworded": ("amount", [
            ("The five of us have built a homemade racer called the Purple Rocket and want it in the gravity race down Beacon Road on the seventh of June. Our driver will need a lid from you.",
             "Done: the Purple Rocket, five of you, Beacon Road on the 7th of June, helmet hired."),
        ]),
        "third": ("intent", [
            ("The Purple Rocket is entered in the soapbox derby on 7 June, but the axle snapped in testing and we can't fix it in time.", "What a shame! You could show the cart in the display area instead - no racing needed."),
            ("The display area's fine.", "Changed: your race entry is withdrawn and the Purple Rocket has a spot in the display area on 7 June."),
        ]),
    },
    {
        "id": "en-town-crier",
        "thread": [
            ("I'd like to enter the town crier competition on Saturday 26 September in the Market Square. I'm Walter Finch, guild member TC-1945.", "Welcome! Will you enter the main cry only, or the main cry and the costume prize?"),
            ("The main cry only.", "Entered: Walter Finch, guild member TC-1945, main cry only, Saturday 26 September, the Market Square."),
        ],
        "follow": "What is the entry fee, and when do I have to be there for the draw?",
        "reworded": [
            ("Put Walter Finch down for the bell-ringing proclamation contest in the Market Square on the twenty-sixth of September, please - membership TC-1945 - and just the shouting itself, not the outfit judging.",
             "Done: Walter Finch, TC-1945, the cry alone, 26th of September in the Market Square."),
        ],
        "small_talk": (2, ("My wife says the whole street can hear me practise.", "That's a good sign!")),
        "unrelated": (1, ("Is there a green room for competitors?", "Yes, in the town hall.")),
        "entity": ("plan", [
            ("I'd like to enter the town crier competition on Saturday 26 September in the Market Square. I'm Walter Finch, guild member TC-1945.", "Welcome! Will you enter the main cry only, or the main cry and the costume prize?"),
            ("The cry and the costume prize.", "Entered: Walter Finch, guild member TC-1945, main cry and costume prize, Saturday 26 September, the Market Square."),
        ]),
        "entity_reworded": ("account", [
            ("Put Walter Finch down for the bell-ringing proclamation contest in the Market Square on the twenty-sixth of September, please - membership TC-1954 - and just the shouting itself, not the outfit judging.",
             "Done: Walter Finch, TC-1954, the cry alone, 26th of September in the Market Square."),
        ]),
        "third": ("intent", [
            ("I'm entered in the town crier competition on 26 September, but I've lost my voice with laryngitis.", "Oh no. You could sit on the judging panel instead - no shouting required."),
            ("Judging would suit me.", "Done: your entry is withdrawn and you're on the judging panel on 26 September."),
        ]),
    },
    {
        "id": "en-stone-skimming",
        "thread": [
            ("Could I enter the stone skimming championship on Saturday 5 September at Derwentwater? I'd like the men's open class.", "Of course! Will you want to buy a bag of practice stones?"),
            ("Yes, one bag.", "Entered: men's open class, stone skimming championship, Saturday 5 September, Derwentwater, with a bag of practice stones."),
        ],
        "follow": "What's the entry fee, and what time do the heats start?",
        "reworded": [
            ("I fancy a go at the pebble-skipping contest by the lake on the fifth of September - put me in the open category for blokes - and sell me a sack of flat ones to warm up with.",
             "You're in: men's open at Derwentwater on the 5th, one bag of stones."),
        ],
        "small_talk": (1, ("My record is seventeen bounces.", "That would win a few heats!")),
        "unrelated": (2, ("Can I bring a picnic?", "Of course, the shore is public.")),
        "entity": ("person", [
            ("Could I enter the stone skimming championship on Saturday 5 September at Derwentwater? I'd like my daughter in the junior girls' class.", "Of course! Will you want to buy a bag of practice stones?"),
            ("Yes, one bag.", "Entered: your daughter in the junior girls' class, stone skimming championship, Saturday 5 September, Derwentwater, with a bag of practice stones."),
        ]),
        "entity_reworded": ("date", [
            ("I fancy a go at the pebble-skipping contest by the lake on the twelfth of September - put me in the open category for blokes - and sell me a sack of flat ones to warm up with.",
             "You're in: men's open at Derwentwater on the 12th, one bag of stones."),
        ]),
        "third": ("intent", [
            ("I'm entered in the stone skimming championship on 5 September, but I've injured my shoulder.", "Sorry to hear that. We always need people to count the bounces from the boats."),
            ("Counting bounces it is.", "Changed: your entry is withdrawn and you're down as a bounce counter on 5 September."),
        ]),
    },
    {
        "id": "en-stop-motion",
        "thread": [
            ("I'd like to book my daughter Ruby, who's nine, on the stop-motion animation workshop in the October half-term at the Arts Centre.", "Lovely. Would she like the two-day course or the full week?"),
            ("The two-day course.", "Booked: Ruby, nine, the two-day stop-motion animation workshop in October half-term at the Arts Centre."),
        ],
        "follow": "What will it cost, and what time do I drop the child off?",
        "reworded": [
            ("Ruby's nine and loves making little films with her toys - can she do your frame-by-frame class at the Arts Centre over the autumn break? The short version, just two days.",
             "All booked: Ruby, nine, two days at the Arts Centre in October half-term."),
        ],
        "small_talk": (2, ("She's already storyboarded a film about a snail.", "Perfect material!")),
        "unrelated": (1, ("Does she need to bring a packed lunch?", "Yes, and a drink.")),
        "entity": ("person", [
            ("I'd like to book my son Sam, who's fourteen, on the stop-motion animation workshop in the October half-term at the Arts Centre.", "Lovely. Would he like the two-day course or the full week?"),
            ("The two-day course.", "Booked: Sam, fourteen, the two-day stop-motion animation workshop in October half-term at the Arts Centre."),
        ]),
        "entity_reworded": ("plan", [
            ("Ruby's nine and loves making little films with her toys - can she do your frame-by-frame class at the Arts Centre over the autumn break? The long version, the whole week.",
             "All booked: Ruby, nine, the whole week at the Arts Centre in October half-term."),
        ]),
        "third": ("intent", [
            ("Ruby is booked on the stop-motion workshop in October half-term, but we've decided to go away that week.", "No problem. There's a kit she can use at home, with online lessons."),
            ("The home kit, please.", "Done: the workshop place is cancelled and Ruby's home animation kit is on its way."),
        ]),
    },
    {
        "id": "en-left-luggage",
        "thread": [
            ("I'd like to reserve space for two suitcases at the left luggage office at Central Station on Friday 12 December, from 10am to 6pm.", "No problem. Do you want standard storage or the insured option?"),
            ("Standard storage is fine.", "Reserved: two suitcases, standard storage, Central Station, Friday 12 December, 10am to 6pm."),
        ],
        "follow": "How much will it cost, and where do I drop the cases off?",
        "reworded": [
            ("On the twelfth of December I'll be wandering round town all day with a couple of big cases - could you hold them for me at Central between ten in the morning and six at night? Nothing fancy, no insurance.",
             "Done: two cases at Central, ten till six on the 12th, standard."),
        ],
        "small_talk": (1, ("I'm going to a matinee and didn't fancy dragging them along.", "Very sensible.")),
        "unrelated": (2, ("Is there a cash machine in the station?", "Yes, by the ticket office.")),
        "entity": ("amount", [
            ("I'd like to reserve space for four suitcases at the left luggage office at Central Station on Friday 12 December, from 10am to 6pm.", "No problem. Do you want standard storage or the insured option?"),
            ("Standard storage is fine.", "Reserved: four suitcases, standard storage, Central Station, Friday 12 December, 10am to 6pm."),
        ]),
        "entity_reworded": ("place", [
            ("On the twelfth of December I'll be wandering round town all day with a couple of big cases - could you hold them for me at the coach station between ten in the morning and six at night? Nothing fancy, no insurance.",
             "Done: two cases at the coach station, ten till six on the 12th, standard."),
        ]),
        "third": ("intent", [
            ("I reserved left luggage for two suitcases on 12 December, but my hotel says it can keep them for me.", "Then would you like to change the reservation to a locker for a small bag?"),
            ("Just a locker for a small bag.", "Changed: the suitcase reservation is replaced by one small locker on 12 December."),
        ]),
    },
]
