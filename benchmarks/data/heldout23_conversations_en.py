# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-third held-out conversation set (``conversations-heldout23.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout23_conversations.py`` turns them
into pairs. Written in session 29 by the ``heldout23`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-churros",
        "thread": [
            ("Can you bring your churros van to our wedding at Hollins Farm on 6 September, for 90 guests?", "We'd love to. Chocolate sauce only, or chocolate and salted caramel?"),
            ("Just chocolate, please.", "Booked: the churros van at Hollins Farm on 6 September, 90 guests, with chocolate sauce."),
        ],
        "follow": "How much will that come to, and how long will you serve for?",
        "reworded": [
            ("We're tying the knot out at Hollins Farm on the sixth of September - could your fried-dough trailer feed ninety people, with just the choc dip?",
             "Yes: the trailer at Hollins Farm, 6 September, for ninety, chocolate dip only."),
        ],
        "small_talk": (1, ("We met at a Spanish evening class, so it feels right.", "That's a lovely touch!")),
        "unrelated": (2, ("Will you need access to water on site?", "No, we bring our own.")),
        "entity": ("amount", [
            ("Can you bring your churros van to our wedding at Hollins Farm on 6 September, for 150 guests?", "We'd love to. Chocolate sauce only, or chocolate and salted caramel?"),
            ("Just chocolate, please.", "Booked: the churros van at Hollins Farm on 6 September, 150 guests, with chocolate sauce."),
        ]),
        "entity_reworded": ("place", [
            ("We're tying the knot at the village hall in Thornby on the sixth of September - could your fried-dough trailer feed ninety people, with just the choc dip?",
             "Yes: the trailer at Thornby village hall, 6 September, for ninety, chocolate dip only."),
        ]),
        "third": ("intent", [
            ("We'd booked the churros van for 6 September, but the venue has banned any frying on site.", "That's a shame. We could fry them in our own kitchen and deliver them boxed instead?"),
            ("Boxes it is, then.", "Done: ninety boxed churros with chocolate sauce delivered to Hollins Farm on 6 September, without the van."),
        ]),
    },
    {
        "id": "en-fondue",
        "thread": [
            ("I'd like a table for 4 at the fondue restaurant on 19 December at 7:30pm.", "Certainly. Cheese fondue, or the meat fondue cooked in hot oil?"),
            ("Cheese, please.", "Booked: 4 people on 19 December at 7:30pm, cheese fondue."),
        ],
        "follow": "What does it cost per person, and is dessert included?",
        "reworded": [
            ("Four of us want to dunk bread in melted Gruyère on the nineteenth of December, around half seven - can you fit us in?",
             "Yes: a party of four, 19 December at 7:30pm, for the cheese pot."),
        ],
        "small_talk": (2, ("It's our first night out since the baby arrived.", "Congratulations - enjoy it!")),
        "unrelated": (1, ("Is there a cloakroom?", "Yes, just by the entrance.")),
        "entity": ("product", [
            ("I'd like a table for 4 at the fondue restaurant on 19 December at 7:30pm.", "Certainly. Cheese fondue, or the meat fondue cooked in hot oil?"),
            ("The meat, please.", "Booked: 4 people on 19 December at 7:30pm, meat fondue."),
        ]),
        "entity_reworded": ("date", [
            ("Four of us want to dunk bread in melted Gruyère on the twenty-third of December, around half seven - can you fit us in?",
             "Yes: a party of four, 23 December at 7:30pm, for the cheese pot."),
        ]),
        "third": ("intent", [
            ("We've got a table for four on 19 December, but two of us have come down with flu.", "Sorry to hear that. Shall I make it a table for two, or move the whole booking?"),
            ("Just the two of us, then.", "Done: 19 December at 7:30pm, now for two, cheese fondue."),
        ]),
    },
    {
        "id": "en-taco-truck",
        "thread": [
            ("Can we book the taco truck for our office lunch on 2 October, for about 60 staff?", "Of course. Should we charge each person, or bill your company for everything?"),
            ("Bill the company, please.", "Booked: the taco truck at your office on 2 October, about 60 staff, billed to the company."),
        ],
        "follow": "What's the total, and when do we need to pay?",
        "reworded": [
            ("Roughly sixty of our people fancy Mexican street food at work on the second of October - send us one invoice for the lot rather than making them pay.",
             "Yes: around sixty at your office on 2 October, on a single invoice."),
        ],
        "small_talk": (1, ("It's to celebrate hitting our sales target.", "Well deserved!")),
        "unrelated": (2, ("Can you park on a slope?", "Yes, we carry levelling blocks.")),
        "entity": ("plan", [
            ("Can we book the taco truck for our office lunch on 2 October, for about 60 staff?", "Of course. Should we charge each person, or bill your company for everything?"),
            ("Charge each person, please.", "Booked: the taco truck at your office on 2 October, about 60 staff, each paying for their own."),
        ]),
        "entity_reworded": ("amount", [
            ("Roughly a hundred and twenty of our people fancy Mexican street food at work on the second of October - send us one invoice for the lot rather than making them pay.",
             "Yes: around a hundred and twenty at your office on 2 October, on a single invoice."),
        ]),
        "third": ("intent", [
            ("We'd booked the taco truck for 2 October, but the car park is being resurfaced that week.", "No problem. We could drop trays of tacos at your kitchen instead of parking up?"),
            ("Trays would be great.", "Done: tacos for about 60 delivered in trays to your office kitchen on 2 October."),
        ]),
    },
    {
        "id": "en-hamper",
        "thread": [
            ("I'd like to order 25 Christmas hampers for our staff on business account H-3308.", "Lovely. The classic hamper, or the one without alcohol?"),
            ("The classic, please.", "Ordered: 25 classic hampers on account H-3308."),
        ],
        "follow": "When will they be delivered, and what will the invoice come to?",
        "reworded": [
            ("Put twenty-five festive baskets for the team on our company account, H-3308 - the standard ones with the wine in.",
             "Yes: twenty-five of the standard baskets, with wine, billed to H-3308."),
        ],
        "small_talk": (2, ("It's been a tough year for everyone.", "They'll really appreciate it.")),
        "unrelated": (1, ("Do you sell gift tags?", "Yes, in packs of ten.")),
        "entity": ("account", [
            ("I'd like to order 25 Christmas hampers for our staff on business account H-7145.", "Lovely. The classic hamper, or the one without alcohol?"),
            ("The classic, please.", "Ordered: 25 classic hampers on account H-7145."),
        ]),
        "entity_reworded": ("product", [
            ("Put twenty-five festive baskets for the team on our company account, H-3308 - the ones with no booze, as some of them don't drink.",
             "Yes: twenty-five of the alcohol-free baskets, billed to H-3308."),
        ]),
        "third": ("intent", [
            ("We ordered 25 classic hampers on account H-3308, but the staff have voted to give the money to charity this year.", "That's generous of them. Shall I cancel the order, or send a single hamper to the charity?"),
            ("Let it go entirely, please.", "Done: the order of 25 hampers on H-3308 is cancelled, and nothing will be invoiced."),
        ]),
    },
    {
        "id": "en-cocktail",
        "thread": [
            ("Can I book a cocktail masterclass for my sister's hen party on 14 November, for 10 people?", "Of course! The gin class or the rum class?"),
            ("The gin one, please.", "Booked: a gin masterclass for 10 on 14 November, for the hen party."),
        ],
        "follow": "How much is that per head, and what time should we arrive?",
        "reworded": [
            ("My little sister's getting married, and ten of us want to learn to shake drinks on the fourteenth of November - make it the gin-based session.",
             "Yes: ten of you, 14 November, the gin-based session."),
        ],
        "small_talk": (1, ("She has no idea we're planning this.", "A surprise - brilliant!")),
        "unrelated": (2, ("Is there somewhere nearby to eat afterwards?", "Yes, there's a pizza place next door.")),
        "entity": ("date", [
            ("Can I book a cocktail masterclass for my sister's hen party on 21 November, for 10 people?", "Of course! The gin class or the rum class?"),
            ("The gin one, please.", "Booked: a gin masterclass for 10 on 21 November, for the hen party."),
        ]),
        "entity_reworded": ("person", [
            ("My dad's retiring after forty years, and ten of us want to learn to shake drinks on the fourteenth of November - make it the gin-based session.",
             "Yes: ten of you for your father's retirement, 14 November, the gin-based session."),
        ]),
        "third": ("intent", [
            ("We've booked a gin masterclass for ten on 14 November, but half the group don't drink.", "No problem - we can make it a mocktail class for everyone, or mix the two?"),
            ("Mocktails for everyone, then.", "Done: a mocktail masterclass for ten on 14 November."),
        ]),
    },
    {
        "id": "en-kimchi",
        "thread": [
            ("I'd like two places on the kimchi-making class in Camden on 8 March.", "Great. The morning session or the evening one?"),
            ("The morning session, please.", "Booked: two places, Camden, 8 March, morning session."),
        ],
        "follow": "How much is that in total, and what should we bring?",
        "reworded": [
            ("Me and a friend want to learn to ferment cabbage Korean-style at your Camden kitchen on the eighth of March - ideally the class before lunch.",
             "Yes: you and a friend, the Camden kitchen, 8 March, before lunch."),
        ],
        "small_talk": (2, ("We went to Seoul last year and fell in love with the food.", "Then you'll feel right at home!")),
        "unrelated": (1, ("Is the building step-free?", "Yes, there's a lift.")),
        "entity": ("place", [
            ("I'd like two places on the kimchi-making class in Brixton on 8 March.", "Great. The morning session or the evening one?"),
            ("The morning session, please.", "Booked: two places, Brixton, 8 March, morning session."),
        ]),
        "entity_reworded": ("plan", [
            ("Me and a friend want to learn to ferment cabbage Korean-style at your Camden kitchen on the eighth of March - ideally the class after work.",
             "Yes: you and a friend, the Camden kitchen, 8 March, the evening class."),
        ]),
        "third": ("intent", [
            ("I've got two places on the Camden kimchi class on 8 March, but my friend has moved up north.", "Sorry to hear it. Shall I keep one place, or post you both our home kit with a video lesson?"),
            ("Post us both the kit.", "Done: the class places are released, and two kimchi kits with the video lesson will be posted out."),
        ]),
    },
    {
        "id": "en-biltong",
        "thread": [
            ("Can I set up a monthly biltong box on my membership number 40-2291?", "Of course. Original or chilli?"),
            ("Chilli, please.", "Set up: a monthly chilli biltong box on membership 40-2291."),
        ],
        "follow": "How much is taken each month, and when does the first box arrive?",
        "reworded": [
            ("I'd like your dried beef sent to me every month with the spicy seasoning - my member number's 40-2291.",
             "Yes: spicy dried beef every month, member 40-2291."),
        ],
        "small_talk": (1, ("I got hooked on it when I lived in Cape Town.", "A true fan, then!")),
        "unrelated": (2, ("Do you sell droëwors as well?", "Yes, by the stick or by the bag.")),
        "entity": ("account", [
            ("Can I set up a monthly biltong box on my membership number 40-8713?", "Of course. Original or chilli?"),
            ("Chilli, please.", "Set up: a monthly chilli biltong box on membership 40-8713."),
        ]),
        "entity_reworded": ("amount", [
            ("I'd like three boxes of your dried beef sent to me every month with the spicy seasoning - my member number's 40-2291.",
             "Yes: three boxes of spicy dried beef every month, member 40-2291."),
        ]),
        "third": ("intent", [
            ("I've got the monthly chilli biltong box on 40-2291, but I'm working abroad from June to August.", "No problem. Shall I pause it for those months, or send them somewhere else?"),
            ("Send the summer ones to my brother's house.", "Done: the June to August boxes go to your brother's address, then back to yours."),
        ]),
    },
    {
        "id": "en-sandwich",
        "thread": [
            ("Could I order a platter of 30 sandwiches for a meeting at 12:30 tomorrow?", "Sure. Any dietary needs?"),
            ("Five of them vegetarian, please.", "Noted: 30 sandwiches, 5 vegetarian, for 12:30 tomorrow."),
        ],
        "follow": "How much will it be, and can you deliver it?",
        "reworded": [
            ("We've got a lunch meeting midday-ish tomorrow - thirty rolls on a tray, with a handful, say five, meat-free.",
             "Yes: thirty on a tray, five meat-free, for half twelve tomorrow."),
        ],
        "small_talk": (2, ("It's the first time the board has met here.", "We'll make sure they're impressed!")),
        "unrelated": (1, ("Do you sell coffee by the flask?", "Yes, ten cups a flask.")),
        "entity": ("amount", [
            ("Could I order a platter of 50 sandwiches for a meeting at 12:30 tomorrow?", "Sure. Any dietary needs?"),
            ("Five of them vegetarian, please.", "Noted: 50 sandwiches, 5 vegetarian, for 12:30 tomorrow."),
        ]),
        "entity_reworded": ("date", [
            ("We've got a lunch meeting midday-ish next Friday - thirty rolls on a tray, with a handful, say five, meat-free.",
             "Yes: thirty on a tray, five meat-free, for half twelve next Friday."),
        ]),
        "third": ("intent", [
            ("I ordered 30 sandwiches for 12:30 tomorrow, but the meeting is now running all day.", "Would you like to add breakfast pastries and an afternoon tray as well?"),
            ("Yes, add both.", "Done: pastries in the morning, the 30 sandwiches at 12:30, and an afternoon tray tomorrow."),
        ]),
    },
    {
        "id": "en-speed-dating",
        "thread": [
            ("Can I book two tickets for the speed dating night on 27 February, for the 30 to 45 age group?", "Of course. Standard entry, or with the drinks package?"),
            ("Standard, please.", "Booked: two standard tickets for 27 February, ages 30 to 45."),
        ],
        "follow": "How much do I owe, and what time does it start?",
        "reworded": [
            ("Me and my mate both fancy your singles evening on the twenty-seventh of February - the one for people in their thirties and early forties, just basic entry.",
             "Yes: two basic entries, 27 February, the thirties-to-mid-forties night."),
        ],
        "small_talk": (1, ("My friend talked me into it.", "You'll have fun, I promise!")),
        "unrelated": (2, ("Can I park at the bar?", "There's a pay car park behind it.")),
        "entity": ("plan", [
            ("Can I book two tickets for the speed dating night on 27 February, for the 30 to 45 age group?", "Of course. Standard entry, or with the drinks package?"),
            ("With the drinks package, please.", "Booked: two tickets with the drinks package for 27 February, ages 30 to 45."),
        ]),
        "entity_reworded": ("person", [
            ("Me and my mate both fancy your singles evening on the twenty-seventh of February - the one for the over-fifties, just basic entry.",
             "Yes: two basic entries, 27 February, the over-fifties night."),
        ]),
        "third": ("intent", [
            ("We've got two tickets for speed dating on 27 February, but my friend has just met someone.", "Good for her! Shall I pass her ticket on to someone else, or refund it?"),
            ("Refund hers - I'll brave it alone.", "Done: one ticket refunded; you keep one standard ticket for 27 February."),
        ]),
    },
    {
        "id": "en-sari",
        "thread": [
            ("I'd like to have a sari blouse altered for a wedding on 12 July.", "Of course. Taking in, or letting out?"),
            ("Taking in, about two inches.", "Noted: the blouse taken in by about two inches, ready before 12 July."),
        ],
        "follow": "How much will the alteration cost, and when can I collect it?",
        "reworded": [
            ("There's a wedding on the twelfth of July and the top I wear under my sari is too loose - could your tailor narrow it a couple of inches?",
             "Yes: narrowed by around two inches, in time for 12 July."),
        ],
        "small_talk": (2, ("It's my cousin's wedding in Leicester.", "How exciting!")),
        "unrelated": (1, ("Do you sell bangles?", "Yes, glass and metal ones.")),
        "entity": ("date", [
            ("I'd like to have a sari blouse altered for a wedding on 28 June.", "Of course. Taking in, or letting out?"),
            ("Taking in, about two inches.", "Noted: the blouse taken in by about two inches, ready before 28 June."),
        ]),
        "entity_reworded": ("product", [
            ("There's a wedding on the twelfth of July and the skirt of my lehenga is too loose - could your tailor narrow it a couple of inches?",
             "Yes: the lehenga skirt narrowed by around two inches, in time for 12 July."),
        ]),
        "third": ("intent", [
            ("You're taking in my sari blouse for 12 July, but I've found a new blouse I'd rather wear.", "Lovely. Would you like us to fit the new one instead?"),
            ("Yes, do the new one.", "Done: the new blouse will be fitted instead, ready before 12 July."),
        ]),
    },
    {
        "id": "en-dj",
        "thread": [
            ("Can I book a DJ for my fiftieth at the Red Lion on 3 May, from 8pm to midnight?", "Sure. Just the music, or with the light show?"),
            ("Just the music.", "Booked: a DJ at the Red Lion, 3 May, 8pm to midnight, music only."),
        ],
        "follow": "How much is it, and how early will you arrive to set up?",
        "reworded": [
            ("I'm turning fifty and having a do at the Red Lion on the third of May - four hours of tunes from eight, no lighting rig needed.",
             "Yes: four hours from 8pm at the Red Lion on 3 May, sound only."),
        ],
        "small_talk": (1, ("I can't believe I'm fifty!", "You don't sound a day over forty!")),
        "unrelated": (2, ("Can guests borrow your microphone for a speech?", "Of course, just ask.")),
        "entity": ("place", [
            ("Can I book a DJ for my fiftieth at the cricket club on 3 May, from 8pm to midnight?", "Sure. Just the music, or with the light show?"),
            ("Just the music.", "Booked: a DJ at the cricket club, 3 May, 8pm to midnight, music only."),
        ]),
        "entity_reworded": ("plan", [
            ("I'm turning fifty and having a do at the Red Lion on the third of May - four hours of tunes from eight, and bring the full lighting rig too.",
             "Yes: four hours from 8pm at the Red Lion on 3 May, sound and lights."),
        ]),
        "third": ("intent", [
            ("I've booked you for my fiftieth on 3 May, but the landlord says the pub has its own sound system.", "Then we could just bring the decks and play through theirs, if you like?"),
            ("That'll do nicely.", "Done: we'll play through the Red Lion's system on 3 May, without our own speakers."),
        ]),
    },
]
