# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-second held-out conversation set (``conversations-heldout22.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout22_conversations.py`` turns them
into pairs. Written in session 28 by the ``heldout22`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-kebab",
        "thread": [
            ("Can I order 10 mixed kebabs for delivery to 14 Elm Road at 9pm on Friday?", "Sure. Garlic or chilli sauce?"),
            ("Half and half, please.", "Noted: 10 mixed kebabs, half garlic and half chilli, to 14 Elm Road at 9pm on Friday."),
        ],
        "follow": "How much will that be, including the delivery charge?",
        "reworded": [
            ("We're having a house party Friday night - could you bring ten of your mixed doners round to number fourteen on Elm Road for nine, five with garlic and five with chilli?",
             "Yes: ten mixed doners, five garlic and five chilli, to 14 Elm Road for 9pm Friday."),
        ],
        "small_talk": (1, ("It's my flatmate's twenty-first.", "Happy birthday to them!")),
        "unrelated": (2, ("Do you sell cans of cola as well?", "Yes, we've got most soft drinks.")),
        "entity": ("amount", [
            ("Can I order 30 mixed kebabs for delivery to 14 Elm Road at 9pm on Friday?", "Sure. Garlic or chilli sauce?"),
            ("Half and half, please.", "Noted: 30 mixed kebabs, half garlic and half chilli, to 14 Elm Road at 9pm on Friday."),
        ]),
        "entity_reworded": ("place", [
            ("We're having a party Friday night in the student halls on Mill Lane, out past the ring road - could you bring ten of your mixed doners round for nine, five with garlic and five with chilli?",
             "Yes: ten mixed doners, five garlic and five chilli, to the Mill Lane halls for 9pm Friday."),
        ]),
        "third": ("intent", [
            ("I'd ordered 10 mixed kebabs for Friday at 9pm, but half our guests will have eaten already.", "No problem. Shall I make the order smaller, or swap some kebabs for chips?"),
            ("Make it four kebabs and six portions of chips.", "Done: four mixed kebabs and six portions of chips to 14 Elm Road at 9pm on Friday."),
        ]),
    },
    {
        "id": "en-tapas",
        "thread": [
            ("I'd like to book a table for 6 at the tapas bar on 14 March at 8pm.", "Of course. The set menu, or ordering from the board?"),
            ("The set menu, please.", "Booked: a table for 6 on 14 March at 8pm, with the set menu."),
        ],
        "follow": "How much is that per head, and do you need a deposit?",
        "reworded": [
            ("Six of us fancy small plates on the fourteenth of March - can you fit us in at eight? We'll go for the fixed menu.",
             "Yes: six at eight o'clock on 14 March, on the fixed menu."),
        ],
        "small_talk": (2, ("We're celebrating my parents' anniversary.", "How lovely - we'll make it special.")),
        "unrelated": (1, ("Do you have a high chair?", "Yes, we have two.")),
        "entity": ("date", [
            ("I'd like to book a table for 6 at the tapas bar on 14 February at 8pm.", "Of course. The set menu, or ordering from the board?"),
            ("The set menu, please.", "Booked: a table for 6 on 14 February at 8pm, with the set menu."),
        ]),
        "entity_reworded": ("plan", [
            ("Six of us fancy small plates on the fourteenth of March - can you fit us in at eight? We'll just pick dishes off the board as we go.",
             "Yes: six at eight o'clock on 14 March, ordering from the board."),
        ]),
        "third": ("intent", [
            ("We'd booked six for tapas on 14 March, but my parents would rather have a quiet night in.", "Understandable. Our set menu comes as a takeaway too, if that helps?"),
            ("Lovely, we'll pick it up instead.", "Done: the table is released, and a set menu for six will be ready to collect on 14 March."),
        ]),
    },
    {
        "id": "en-dim-sum",
        "thread": [
            ("Could you cater dim sum for our office lunch on 10 June, for 25 people?", "Happily. Steamed only, or steamed and fried?"),
            ("Steamed only, please.", "Noted: steamed dim sum for 25 at your office on 10 June."),
        ],
        "follow": "What will it cost, and when will it be delivered?",
        "reworded": [
            ("Twenty-five colleagues want dumplings for lunch at work on the tenth of June - just the kind cooked in baskets, nothing deep-fried.",
             "Yes: basket-steamed dumplings for twenty-five at your workplace, 10 June."),
        ],
        "small_talk": (1, ("It's our first team lunch since the move.", "A great way to settle in!")),
        "unrelated": (2, ("Do you provide chopsticks?", "Yes, and forks for anyone who prefers them.")),
        "entity": ("product", [
            ("Could you cater dim sum for our office lunch on 10 June, for 25 people?", "Happily. Steamed only, or steamed and fried?"),
            ("Steamed and fried, please.", "Noted: steamed and fried dim sum for 25 at your office on 10 June."),
        ]),
        "entity_reworded": ("date", [
            ("Twenty-five colleagues want dumplings for lunch at work on the seventeenth of June - just the kind cooked in baskets, nothing deep-fried.",
             "Yes: basket-steamed dumplings for twenty-five at your workplace, 17 June."),
        ]),
        "third": ("intent", [
            ("We'd ordered steamed dim sum for 25 on 10 June, but the team would love to learn to make dumplings themselves.", "Our chef could come to your office that day and teach them, if you like?"),
            ("Perfect, let's do a class.", "Done: a dumpling-making class for 25 at your office on 10 June, in place of the catering."),
        ]),
    },
    {
        "id": "en-pasty",
        "thread": [
            ("I'd like to set up a weekly order of 20 steak pasties for our building site, on account B-4417.", "Certainly. Which day should we deliver?"),
            ("Mondays, by half past eleven.", "Set up: 20 steak pasties every Monday by 11:30, on account B-4417."),
        ],
        "follow": "How much will each delivery be billed, and when does the first one come?",
        "reworded": [
            ("Every Monday before lunch, the lads on our site want twenty of your steak pasties - put it on trade account B-4417.",
             "Yes: twenty steak pasties each Monday before 11:30, billed to B-4417."),
        ],
        "small_talk": (2, ("The lads have been asking for proper food for weeks.", "They'll be well fed now!")),
        "unrelated": (1, ("Do you make sausage rolls too?", "Yes, pork and vegan ones.")),
        "entity": ("account", [
            ("I'd like to set up a weekly order of 20 steak pasties for our building site, on account B-9062.", "Certainly. Which day should we deliver?"),
            ("Mondays, by half past eleven.", "Set up: 20 steak pasties every Monday by 11:30, on account B-9062."),
        ]),
        "entity_reworded": ("amount", [
            ("Every Monday before lunch, the lads on our site want sixty of your steak pasties - put it on trade account B-4417.",
             "Yes: sixty steak pasties each Monday before 11:30, billed to B-4417."),
        ]),
        "third": ("intent", [
            ("We've got the weekly pasty order on account B-4417, but the site shuts for a fortnight over Easter.", "No problem. Shall I hold the deliveries for those two weeks?"),
            ("Hold them, and pick up again after.", "Done: Monday deliveries paused for the two Easter weeks, then starting again."),
        ]),
    },
    {
        "id": "en-jacket-potato",
        "thread": [
            ("Can we book your jacket potato van for our school fête on 20 June, for about 150 people?", "We'd love to. Pay-as-you-go for guests, or a prepaid package?"),
            ("Pay-as-you-go, please.", "Booked: the van at your school fête on 20 June, about 150 guests, pay-as-you-go."),
        ],
        "follow": "What's the pitch fee, and what time will you arrive to set up?",
        "reworded": [
            ("Our primary's summer fair is on the twentieth of June and we're expecting around a hundred and fifty - could your spud trailer come along and sell to people directly?",
             "Yes: the trailer at your summer fair, 20 June, roughly 150, selling direct."),
        ],
        "small_talk": (1, ("The PTA voted for you unanimously.", "That's very kind of them!")),
        "unrelated": (2, ("Do you need a power supply?", "No, we bring our own generator.")),
        "entity": ("place", [
            ("Can we book your jacket potato van for the fête on Ashby village green on 20 June, for about 150 people?", "We'd love to. Pay-as-you-go for guests, or a prepaid package?"),
            ("Pay-as-you-go, please.", "Booked: the van at the Ashby village green fête on 20 June, about 150 guests, pay-as-you-go."),
        ]),
        "entity_reworded": ("plan", [
            ("Our primary's summer fair is on the twentieth of June and we're expecting around a hundred and fifty - could your spud trailer come along with everything prepaid by the school?",
             "Yes: the trailer at your summer fair, 20 June, roughly 150, on a prepaid package."),
        ]),
        "third": ("intent", [
            ("We'd booked the jacket potato van for the school fête on 20 June, but it's been rained off and moved into the hall.", "Shame. We could drop off boxed potatoes at the hall instead?"),
            ("Boxes dropped at the hall would be great.", "Done: no van on site; 150 boxed jacket potatoes delivered to the school hall on 20 June."),
        ]),
    },
    {
        "id": "en-toy-shop",
        "thread": [
            ("Can I reserve the wooden doll's house for collection on 12 December, on my loyalty card 60-2281?", "Of course. Would you like it gift wrapped?"),
            ("Yes, in Christmas paper, please.", "Reserved: the wooden doll's house, gift wrapped, for collection on 12 December, on loyalty card 60-2281."),
        ],
        "follow": "How much will I pay after my points, and what time can I collect it?",
        "reworded": [
            ("Please put aside that timber dolls' home for my daughter, wrapped as a present - I'll pop in for it on the twelfth of December and use rewards card 60-2281.",
             "Yes: it'll be wrapped and waiting on 12 December, on card 60-2281."),
        ],
        "small_talk": (2, ("She's been asking for one since her fourth birthday.", "She'll be thrilled!")),
        "unrelated": (1, ("Do you sell batteries?", "Yes, at the till.")),
        "entity": ("account", [
            ("Can I reserve the wooden doll's house for collection on 12 December, on my loyalty card 60-8816?", "Of course. Would you like it gift wrapped?"),
            ("Yes, in Christmas paper, please.", "Reserved: the wooden doll's house, gift wrapped, for collection on 12 December, on loyalty card 60-8816."),
        ]),
        "entity_reworded": ("product", [
            ("Please put aside that timber farmyard set for my daughter, wrapped as a present - I'll pop in for it on the twelfth of December and use rewards card 60-2281.",
             "Yes: the farmyard set will be wrapped and waiting on 12 December, on card 60-2281."),
        ]),
        "third": ("intent", [
            ("I reserved the wooden doll's house for 12 December, but her grandparents have bought her one.", "Ah! Would you like to choose something else with your points?"),
            ("Put the points towards a craft kit.", "Done: the doll's house is released and a craft kit reserved on your card for 12 December."),
        ]),
    },
    {
        "id": "en-clay-pigeon",
        "thread": [
            ("I'd like to book a beginner's clay shooting lesson for my husband's 40th on 9 May.", "Lovely present. One hour or two?"),
            ("One hour, please.", "Booked: a one-hour beginner's lesson for your husband on 9 May."),
        ],
        "follow": "How much is it, and does he need to bring anything?",
        "reworded": [
            ("My other half turns forty in May and has never fired a shotgun - could he have a sixty-minute taster on the ninth?",
             "Yes: a sixty-minute taster for your husband, a novice, on 9 May."),
        ],
        "small_talk": (1, ("He's been talking about it for years.", "Then it's the perfect gift!")),
        "unrelated": (2, ("Is there a café at the ground?", "Yes, by the car park.")),
        "entity": ("person", [
            ("I'd like to book a beginner's clay shooting lesson for my son's 14th on 9 May.", "Lovely present. One hour or two?"),
            ("One hour, please.", "Booked: a one-hour beginner's lesson for your fourteen-year-old son on 9 May."),
        ]),
        "entity_reworded": ("plan", [
            ("My other half turns forty in May and has never fired a shotgun - could he do your full-day course on the ninth?",
             "Yes: the full-day course for your husband, a novice, on 9 May."),
        ]),
        "third": ("intent", [
            ("I'd booked a clay shooting lesson for my husband on 9 May, but he'd love to do it with his brother.", "We can make it a shared lesson for two, if you like?"),
            ("A lesson for the pair of them, then.", "Done: the 9 May lesson is now for two, your husband and his brother."),
        ]),
    },
    {
        "id": "en-hat-hire",
        "thread": [
            ("I'd like to hire a grey top hat for my son's wedding on 5 June.", "Certainly. What's your head size?"),
            ("58 centimetres.", "Noted: a grey top hat, size 58, for the wedding on 5 June."),
        ],
        "follow": "How much is the hire, and when can I collect it?",
        "reworded": [
            ("My boy's getting married on the fifth of June and I need to borrow a dove-coloured topper - I'm a fifty-eight.",
             "Yes: a dove grey topper, size 58, for 5 June."),
        ],
        "small_talk": (2, ("I've never worn one before in my life.", "You'll look very dapper!")),
        "unrelated": (1, ("Do you hire waistcoats too?", "Yes, in about a dozen colours.")),
        "entity": ("date", [
            ("I'd like to hire a grey top hat for my son's wedding on 26 June.", "Certainly. What's your head size?"),
            ("58 centimetres.", "Noted: a grey top hat, size 58, for the wedding on 26 June."),
        ]),
        "entity_reworded": ("person", [
            ("My boy's getting married on the fifth of June and his little page boy, my grandson, needs to borrow a dove-coloured topper - he's a fifty-two.",
             "Yes: a child's dove grey topper, size 52, for 5 June."),
        ]),
        "third": ("intent", [
            ("I'd booked a grey top hat for the wedding on 5 June, but I've fallen for it and would like to keep it.", "We can sell you that very hat, if you'd prefer to buy?"),
            ("I'll buy it outright.", "Done: the hire is changed to a purchase of the grey top hat, size 58."),
        ]),
    },
    {
        "id": "en-minibus",
        "thread": [
            ("I need a 16-seater minibus with a driver to take our choir from Derby to Heathrow on 2 August.", "Certainly. One way or return?"),
            ("One way, leaving at 5am.", "Booked: a 16-seater with driver, Derby to Heathrow, one way, 5am on 2 August."),
        ],
        "follow": "How much will it cost, and how long will the journey take?",
        "reworded": [
            ("Our singing group of sixteen flies out on the second of August - can one of your drivers run us down to the airport first thing, around five, no return needed?",
             "Yes: sixteen from Derby to Heathrow, 5am, 2 August, single trip."),
        ],
        "small_talk": (1, ("We're singing at a festival in Austria.", "How exciting - good luck!")),
        "unrelated": (2, ("Is there room for a keyboard in the boot?", "Yes, plenty of luggage space.")),
        "entity": ("place", [
            ("I need a 16-seater minibus with a driver to take our choir from Derby to Gatwick on 2 August.", "Certainly. One way or return?"),
            ("One way, leaving at 5am.", "Booked: a 16-seater with driver, Derby to Gatwick, one way, 5am on 2 August."),
        ]),
        "entity_reworded": ("amount", [
            ("Our singing group of twenty-four flies out on the second of August - can one of your drivers run us down to the airport first thing, around five, no return needed?",
             "Yes: twenty-four from Derby to Heathrow, 5am, 2 August, single trip - that needs our larger coach."),
        ]),
        "third": ("intent", [
            ("We've got the minibus from Derby to Heathrow on 2 August, and it turns out nobody can fetch us when we land.", "We could collect you at Heathrow too, if you tell us the flight?"),
            ("Yes, make it a return, back on 9 August.", "Done: now a return trip, collecting the choir from Heathrow on 9 August."),
        ]),
    },
    {
        "id": "en-darts",
        "thread": [
            ("Can I book two darts lanes for a leaving do on 23 April, 7 till 9?", "Sure. Just the lanes, or with the food package?"),
            ("Just the lanes.", "Booked: two lanes on 23 April, 7 to 9pm, lanes only."),
        ],
        "follow": "How much will it come to, and do we pay a deposit now?",
        "reworded": [
            ("A colleague's moving on and we'd like a pair of oches for two hours from seven on the twenty-third of April - no food, only throwing.",
             "Yes: two oches, 7-9pm on 23 April, no food."),
        ],
        "small_talk": (2, ("She's been with us twelve years.", "What a send-off she'll get!")),
        "unrelated": (1, ("Is there a dress code?", "No, come as you are.")),
        "entity": ("plan", [
            ("Can I book two darts lanes for a leaving do on 23 April, 7 till 9?", "Sure. Just the lanes, or with the food package?"),
            ("With the food package.", "Booked: two lanes on 23 April, 7 to 9pm, with the food package."),
        ]),
        "entity_reworded": ("amount", [
            ("A colleague's moving on and we'd like four oches for two hours from seven on the twenty-third of April - no food, only throwing.",
             "Yes: four oches, 7-9pm on 23 April, no food."),
        ]),
        "third": ("intent", [
            ("We'd booked two darts lanes for the leaving do on 23 April, but she's asked for a quiet drink instead.", "Fair enough. We could reserve you a booth in the bar?"),
            ("A booth will do nicely.", "Done: the lanes are released and a booth is reserved for the evening of 23 April."),
        ]),
    },
    {
        "id": "en-head-lice",
        "thread": [
            ("Can I book a head lice treatment for my two daughters at your Oxford clinic on Saturday morning?", "Of course. How long is their hair?"),
            ("Both below the shoulders.", "Booked: two long-hair treatments at the Oxford clinic on Saturday morning."),
        ],
        "follow": "How much will it cost, and how long should we allow?",
        "reworded": [
            ("My girls have got nits again - could you see them both this Saturday, before lunch, at the Oxford branch? Their hair goes past their shoulders.",
             "Yes: both girls, long hair, Oxford branch, Saturday morning."),
        ],
        "small_talk": (1, ("It's the third time this term!", "It's so common in schools, don't worry.")),
        "unrelated": (2, ("Can I park outside the clinic?", "Yes, two spaces at the front.")),
        "entity": ("person", [
            ("Can I book a head lice treatment for my daughter and me at your Oxford clinic on Saturday morning?", "Of course. How long is your hair?"),
            ("Both below the shoulders.", "Booked: two long-hair treatments, one adult and one child, at the Oxford clinic on Saturday morning."),
        ]),
        "entity_reworded": ("amount", [
            ("My girls have got nits again - could you see all three of them this Saturday, before lunch, at the Oxford branch? Their hair goes past their shoulders.",
             "Yes: all three girls, long hair, Oxford branch, Saturday morning."),
        ]),
        "third": ("intent", [
            ("I'd booked head lice treatments for my two daughters on Saturday, but I'd rather deal with it at home.", "We sell the same comb and lotion kit we use, if that helps?"),
            ("Then send me the kit.", "Done: the appointments are cancelled and a home treatment kit is on its way to you."),
        ]),
    },
]
