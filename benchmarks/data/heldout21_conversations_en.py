# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-first held-out conversation set (``conversations-heldout21.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout21_conversations.py`` turns them
into pairs. Written in session 27 by the ``heldout21`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-fish-and-chips",
        "thread": [
            ("Can I order fish and chips for 15 people for our street party on Saturday 4 July?", "Of course. Cod or haddock?"),
            ("Haddock for everyone, please.", "Noted: haddock and chips for 15, ready for your street party on Saturday 4 July."),
        ],
        "follow": "What time can I collect it, and how much will it come to?",
        "reworded": [
            ("We're throwing a get-together on our road on the fourth of July - could you fry up haddock suppers for fifteen of us?",
             "Yes: fifteen haddock suppers for your road party on 4 July."),
        ],
        "small_talk": (1, ("It's the first one our street has had in years.", "Sounds like a lot of fun!")),
        "unrelated": (2, ("Do you sell mushy peas by the tub?", "Yes, in small and large tubs.")),
        "entity": ("amount", [
            ("Can I order fish and chips for 60 people for our street party on Saturday 4 July?", "Of course. Cod or haddock?"),
            ("Haddock for everyone, please.", "Noted: haddock and chips for 60, ready for your street party on Saturday 4 July."),
        ]),
        "entity_reworded": ("product", [
            ("We're throwing a get-together on our road on the fourth of July - could you fry up cod suppers for fifteen of us?",
             "Yes: fifteen cod suppers for your road party on 4 July."),
        ]),
        "third": ("intent", [
            ("We'd ordered haddock and chips for 15 on 4 July, but it's going to pour down and the street party is off.", "What a shame. Would you like us to bring a smaller order to your house instead?"),
            ("Just six then, brought round to ours.", "Done: the order is now six haddock and chips, delivered to your home on 4 July."),
        ]),
    },
    {
        "id": "en-curry-house",
        "thread": [
            ("I'd like to order a curry buffet for 20 at our office on Friday 12 June.", "Lovely. Vegetarian, meat, or a mix?"),
            ("A mix, please, mostly mild.", "Noted: a mixed, mostly mild curry buffet for 20 at your office on Friday 12 June."),
        ],
        "follow": "When will it arrive, and what's the total?",
        "reworded": [
            ("Twenty of us at work fancy Indian food on the twelfth of June - could you send over a spread with both meat and veggie dishes, nothing too hot?",
             "Yes: a gentle mixed spread for twenty at your workplace on 12 June."),
        ],
        "small_talk": (2, ("It's to celebrate landing a big contract.", "Congratulations to the whole team!")),
        "unrelated": (1, ("Do you include plates and cutlery?", "Yes, disposable ones come free with buffets.")),
        "entity": ("date", [
            ("I'd like to order a curry buffet for 20 at our office on Friday 19 June.", "Lovely. Vegetarian, meat, or a mix?"),
            ("A mix, please, mostly mild.", "Noted: a mixed, mostly mild curry buffet for 20 at your office on Friday 19 June."),
        ]),
        "entity_reworded": ("place", [
            ("Twenty of us at our depot in Slough fancy Indian food on the twelfth of June - could you send over a spread with both meat and veggie dishes, nothing too hot?",
             "Yes: a gentle mixed spread for twenty at your Slough depot on 12 June."),
        ]),
        "third": ("intent", [
            ("We'd ordered the office curry buffet for 12 June, but the boss would rather take everyone out.", "How generous. Shall I turn the order into a table for twenty at the restaurant that evening?"),
            ("Yes, we'll come to you instead.", "Done: the delivery is cancelled and a table for twenty is booked for the evening of 12 June."),
        ]),
    },
    {
        "id": "en-fudge",
        "thread": [
            ("I'd like 80 bags of fudge as wedding favours, to collect on Friday 25 September.", "How lovely. Which flavour would you like?"),
            ("Vanilla, tied with ivory ribbon.", "Noted: 80 bags of vanilla fudge with ivory ribbon, for collection on Friday 25 September."),
        ],
        "follow": "How much will they cost, and when do you need the final numbers?",
        "reworded": [
            ("We're getting married at the end of September and want a little bag of your sweets for each of our eighty guests - plain vanilla, ivory bows - and I'll come in for them on the twenty-fifth.",
             "Yes: eighty vanilla favours with ivory ribbon, ready for you on 25 September."),
        ],
        "small_talk": (1, ("We had our first date in your shop, actually.", "That's so sweet - congratulations!")),
        "unrelated": (2, ("Is there parking near the shop?", "There's a pay-and-display car park opposite.")),
        "entity": ("product", [
            ("I'd like 80 bags of fudge as wedding favours, to collect on Friday 25 September.", "How lovely. Which flavour would you like?"),
            ("Salted caramel, tied with ivory ribbon.", "Noted: 80 bags of salted caramel fudge with ivory ribbon, for collection on Friday 25 September."),
        ]),
        "entity_reworded": ("date", [
            ("We're getting married in mid-September and want a little bag of your sweets for each of our eighty guests - plain vanilla, ivory bows - and I'll come in for them on the eleventh.",
             "Yes: eighty vanilla favours with ivory ribbon, ready for you on 11 September."),
        ]),
        "third": ("intent", [
            ("I'd ordered 80 bags of fudge favours for the wedding, but my aunt has offered to make them herself.", "That's kind of her. Would you like to keep a few bags for the top table?"),
            ("Just a dozen for the top table.", "Done: the order is cut to twelve bags for the top table, still for 25 September."),
        ]),
    },
    {
        "id": "en-terrarium",
        "thread": [
            ("Can I book a terrarium workshop for my sister's hen party, 10 of us, on Saturday 8 August?", "Lovely! Open bowls or closed jars?"),
            ("Closed jars, please.", "Noted: a closed-jar terrarium workshop for a hen party of 10 on Saturday 8 August."),
        ],
        "follow": "What time does it start, and how much is it per person?",
        "reworded": [
            ("There are ten of us celebrating my sister's last weeks as a single woman on the eighth of August, and we'd love to make sealed bottle gardens together.",
             "Yes: ten hens making sealed bottle gardens on 8 August."),
        ],
        "small_talk": (2, ("She's completely obsessed with houseplants.", "Then she'll love this!")),
        "unrelated": (1, ("Can we bring a bottle of prosecco?", "Yes, we provide the glasses.")),
        "entity": ("place", [
            ("Can I book a terrarium workshop at our holiday cottage in Cornwall for my sister's hen party, 10 of us, on Saturday 8 August?", "Lovely! Open bowls or closed jars?"),
            ("Closed jars, please.", "Noted: a closed-jar terrarium workshop at your Cornwall cottage for a hen party of 10 on Saturday 8 August."),
        ]),
        "entity_reworded": ("amount", [
            ("There are twenty-five of us celebrating my sister's last weeks as a single woman on the eighth of August, and we'd love to make sealed bottle gardens together.",
             "Yes: twenty-five hens making sealed bottle gardens on 8 August."),
        ]),
        "third": ("intent", [
            ("We'd booked the terrarium workshop for the hen party on 8 August, but the bride would rather make something she can wear.", "Our jewellery-making session runs that day too. Shall I switch your group over?"),
            ("Switch us, please.", "Done: ten places at the jewellery-making session on 8 August in place of the terrariums."),
        ]),
    },
    {
        "id": "en-spoon-carving",
        "thread": [
            ("I'd like to book the two-day spoon carving course on 17 and 18 October.", "Great. Have you carved before?"),
            ("No, never.", "Noted: a beginner on the two-day spoon carving course, 17 and 18 October."),
        ],
        "follow": "What time do we start each day, and what's the fee?",
        "reworded": [
            ("I've never whittled anything, but I'd love to spend the weekend of the seventeenth of October making wooden spoons with you - both days.",
             "Yes: a complete novice on the weekend course, 17-18 October."),
        ],
        "small_talk": (1, ("My grandfather used to carve, so it's in the blood.", "Then you'll take to it in no time!")),
        "unrelated": (2, ("Is there somewhere to stay nearby?", "The village inn has rooms.")),
        "entity": ("plan", [
            ("I'd like to book the one-day spoon carving taster on 17 October.", "Great. Have you carved before?"),
            ("No, never.", "Noted: a beginner on the one-day spoon carving taster, 17 October."),
        ]),
        "entity_reworded": ("person", [
            ("My twelve-year-old son and I have never whittled anything, but we'd love to spend the weekend of the seventeenth of October making wooden spoons with you - both days.",
             "Yes: you and your twelve-year-old, both novices, on the weekend course, 17-18 October."),
        ]),
        "third": ("intent", [
            ("I'd booked the spoon carving weekend in October, but I've sprained my wrist.", "Sorry to hear that. Would you like your place moved to the spring course?"),
            ("Spring would suit me better.", "Done: your place is moved to the spring weekend course."),
        ]),
    },
    {
        "id": "en-spray-tan",
        "thread": [
            ("I'd like to book a spray tan before my wedding, on Thursday 3 September.", "Congratulations! Light, medium or dark?"),
            ("Medium, please.", "Noted: a medium spray tan on Thursday 3 September, ahead of the wedding."),
        ],
        "follow": "Which times are free that day, and what will it cost?",
        "reworded": [
            ("I'm getting married on the fifth of September and want a bit of a glow for it - nothing too deep, the middle shade - done on the Thursday.",
             "Yes: a medium tan on Thursday 3 September before your big day."),
        ],
        "small_talk": (2, ("I've been so nervous about the photos.", "You'll look wonderful.")),
        "unrelated": (1, ("Do you also do eyelash tints?", "We don't, sorry - just tanning.")),
        "entity": ("person", [
            ("I'd like to book a spray tan for my mum before my wedding, on Thursday 3 September.", "Congratulations! Light, medium or dark?"),
            ("Medium, please.", "Noted: a medium spray tan for your mother on Thursday 3 September, ahead of the wedding."),
        ]),
        "entity_reworded": ("place", [
            ("I'm getting married on the fifth of September and want a bit of a glow for it - nothing too deep, the middle shade - done at my house in Harrogate on the Thursday.",
             "Yes: a medium tan at your home in Harrogate on Thursday 3 September."),
        ]),
        "third": ("intent", [
            ("I'd booked a medium spray tan for 3 September, but my dress is ivory and I'm worried about marks.", "Understandable. Would you prefer a gradual tanning lotion to use at home?"),
            ("Yes, put a bottle aside for me.", "Done: the appointment is cancelled and a bottle of gradual tanner is set aside for you."),
        ]),
    },
    {
        "id": "en-pinball",
        "thread": [
            ("Can I book the pinball arcade for my son's 16th birthday on Saturday 14 November, for him and 12 friends?", "Sure! Two or three hours of unlimited play?"),
            ("Three hours, please.", "Noted: three hours of unlimited pinball for 13 on Saturday 14 November."),
        ],
        "follow": "What time can we arrive, and what's the total?",
        "reworded": [
            ("My lad turns sixteen in mid-November and wants a dozen mates on the flipper machines with him all afternoon on the fourteenth - three hours, no coins.",
             "Yes: three hours' free play for him and twelve friends on 14 November."),
        ],
        "small_talk": (1, ("He's saved every high score on his phone.", "He'll be hard to beat, then!")),
        "unrelated": (2, ("Do you sell soft drinks?", "Yes, there's a bar with soft drinks and snacks.")),
        "entity": ("date", [
            ("Can I book the pinball arcade for my son's 16th birthday on Saturday 21 November, for him and 12 friends?", "Sure! Two or three hours of unlimited play?"),
            ("Three hours, please.", "Noted: three hours of unlimited pinball for 13 on Saturday 21 November."),
        ]),
        "entity_reworded": ("plan", [
            ("My lad turns sixteen in mid-November and wants a dozen mates on the flipper machines with him all afternoon on the fourteenth - three hours, no coins - with the pizza and private room package.",
             "Yes: three hours' free play with pizza and the private room for him and twelve friends on 14 November."),
        ]),
        "third": ("intent", [
            ("We'd booked the arcade for his birthday on 14 November, but he's decided he'd rather go go-karting.", "Fair enough! Would you like a voucher for later, or your deposit back?"),
            ("The deposit back, please.", "Done: the 14 November booking is cancelled and your deposit is on its way back."),
        ]),
    },
    {
        "id": "en-milk-delivery",
        "thread": [
            ("I'm a customer, account M-30418, and I'd like two pints of semi-skimmed on Mondays, Wednesdays and Fridays.", "Of course. Glass bottles or cartons?"),
            ("Glass bottles, please.", "Noted: two pints of semi-skimmed in glass bottles on Mondays, Wednesdays and Fridays for account M-30418."),
        ],
        "follow": "When will the first delivery be, and what will my weekly bill be?",
        "reworded": [
            ("Could you start leaving a couple of pints of the half-fat milk in bottles on my step three times a week - Monday, Wednesday, Friday? My customer number is M-30418.",
             "Yes: 2 pints of semi-skimmed, glass, Mon/Wed/Fri, for M-30418."),
        ],
        "small_talk": (2, ("I grew up with a milkman, so this feels nostalgic.", "We hear that a lot!")),
        "unrelated": (1, ("Do you take the bottles back?", "Yes, just rinse them and leave them out.")),
        "entity": ("account", [
            ("I'm a customer, account M-52907, and I'd like two pints of semi-skimmed on Mondays, Wednesdays and Fridays.", "Of course. Glass bottles or cartons?"),
            ("Glass bottles, please.", "Noted: two pints of semi-skimmed in glass bottles on Mondays, Wednesdays and Fridays for account M-52907."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you start leaving six pints of the half-fat milk in bottles on my step three times a week - Monday, Wednesday, Friday? My customer number is M-30418.",
             "Yes: 6 pints of semi-skimmed, glass, Mon/Wed/Fri, for M-30418."),
        ]),
        "third": ("intent", [
            ("I'd set up milk three days a week on account M-30418, but we're moving house at the end of the month.", "Thanks for letting us know. Shall we carry on delivering at your new address?"),
            ("Yes, follow us to the new place.", "Done: from next month the milk will go to your new address."),
        ]),
    },
    {
        "id": "en-heating-oil",
        "thread": [
            ("I'd like to order 1,000 litres of kerosene for our house near Hereford, account HO-7734.", "Certainly. Standard delivery or within 48 hours?"),
            ("Standard delivery will do.", "Noted: 1,000 litres of kerosene on standard delivery for account HO-7734 near Hereford."),
        ],
        "follow": "When will you come, and how much will I pay?",
        "reworded": [
            ("The boiler tank at our place outside Hereford needs filling - a thousand litres of heating oil, no rush, on customer number HO-7734.",
             "Yes: a thousand litres, normal lead time, for HO-7734."),
        ],
        "small_talk": (1, ("It's been a cold autumn already.", "It certainly has.")),
        "unrelated": (2, ("Do you service boilers as well?", "No, only fuel deliveries.")),
        "entity": ("place", [
            ("I'd like to order 1,000 litres of kerosene for our house on Shetland, account HO-7734.", "Certainly. Standard delivery or within 48 hours?"),
            ("Standard delivery will do.", "Noted: 1,000 litres of kerosene on standard delivery for account HO-7734 on Shetland."),
        ]),
        "entity_reworded": ("plan", [
            ("The boiler tank at our place outside Hereford needs filling - a thousand litres of the premium heating oil with additive, no rush, on customer number HO-7734.",
             "Yes: a thousand litres of premium, normal lead time, for HO-7734."),
        ]),
        "third": ("intent", [
            ("I'd ordered 1,000 litres of kerosene on HO-7734, but two of our neighbours want to order at the same time.", "Good idea - shall I join your orders into one delivery run at the group price?"),
            ("Yes, put us in together.", "Done: your order is joined with your neighbours' for one delivery at the group rate."),
        ]),
    },
    {
        "id": "en-cat-cafe",
        "thread": [
            ("Can I book a table at the cat café for 2 adults on Sunday 22 March at 2pm?", "Of course. Afternoon tea, or just drinks?"),
            ("Just drinks, please.", "Noted: a table for 2 adults with drinks, Sunday 22 March at 2pm."),
        ],
        "follow": "How long can we stay, and what's the charge?",
        "reworded": [
            ("My partner and I would like to sit with the cats over a coffee on the afternoon of the twenty-second of March, two o'clock, nothing to eat.",
             "Yes: two grown-ups, drinks only, at 2pm on 22 March."),
        ],
        "small_talk": (2, ("Our landlord won't let us have pets.", "Then our cats will be glad to see you.")),
        "unrelated": (1, ("Are the cats all rescues?", "Yes, every one of them.")),
        "entity": ("person", [
            ("Can I book a table at the cat café for me and my six-year-old on Sunday 22 March at 2pm?", "Of course. Afternoon tea, or just drinks?"),
            ("Just drinks, please.", "Noted: a table for an adult and a six-year-old with drinks, Sunday 22 March at 2pm."),
        ]),
        "entity_reworded": ("plan", [
            ("My partner and I would like to sit with the cats over afternoon tea on the twenty-second of March, two o'clock.",
             "Yes: two grown-ups with afternoon tea at 2pm on 22 March."),
        ]),
        "third": ("intent", [
            ("We'd booked a table at the cat café on 22 March, but we've decided we'd like to adopt one of your cats.", "How wonderful! Shall I turn the visit into a meeting with our adoption coordinator?"),
            ("Yes, set that up.", "Done: your 2pm slot on 22 March is now an adoption meeting."),
        ]),
    },
    {
        "id": "en-reptile-party",
        "thread": [
            ("Can you bring your reptiles to my son's 7th birthday party at home in Reading on Saturday 6 June?", "We'd love to. How many children will there be?"),
            ("About fifteen.", "Noted: a reptile party for about fifteen children at your home in Reading on Saturday 6 June."),
        ],
        "follow": "How long will you stay, and how much does it cost?",
        "reworded": [
            ("My boy turns seven at the start of June and wants snakes and lizards at his party on the sixth - around fifteen kids, at our house in Reading.",
             "Yes: the animals at your Reading home for fifteen or so children on 6 June."),
        ],
        "small_talk": (1, ("He's read every book about snakes in the library.", "A future zookeeper!")),
        "unrelated": (2, ("Do the animals need a power socket?", "Yes, one for the heat lamps.")),
        "entity": ("date", [
            ("Can you bring your reptiles to my son's 7th birthday party at home in Reading on Sunday 14 June?", "We'd love to. How many children will there be?"),
            ("About fifteen.", "Noted: a reptile party for about fifteen children at your home in Reading on Sunday 14 June."),
        ]),
        "entity_reworded": ("place", [
            ("My boy turns seven at the start of June and wants snakes and lizards at his party on the sixth - around fifteen kids, at the village hall in Wokingham.",
             "Yes: the animals at Wokingham village hall for fifteen or so children on 6 June."),
        ]),
        "third": ("intent", [
            ("You're bringing reptiles to my son's party on 6 June, but his little sister is terrified of snakes.", "We can leave the snakes at home and bring extra lizards and tortoises instead. Shall we?"),
            ("Yes, lizards and tortoises only.", "Done: lizards, tortoises and a bearded dragon on 6 June, and the snakes stay behind."),
        ]),
    },
]
