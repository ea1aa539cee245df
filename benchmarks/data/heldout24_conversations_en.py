# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-fourth held-out conversation set (``conversations-heldout24.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout24_conversations.py`` turns them
into pairs. Written in session 30 by the ``heldout24`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-hot-sauce",
        "thread": [
            ("I'd like the six-bottle hot sauce gift box sent to my brother in Leeds. My customer number is HS-3308.", "Lovely choice. Shall we add a handwritten gift card?"),
            ("Yes, please - just say happy birthday from Sam.", "Done: the six-bottle gift box to Leeds on account HS-3308, with a birthday card from Sam."),
        ],
        "follow": "Which card on my account will that go on, and when will it get there?",
        "reworded": [
            ("Could you post your box of six chilli sauces up to Leeds for my brother's birthday, with a note saying it's from Sam? I'm HS-3308 on your system.",
             "Of course: six sauces to Leeds, a note from Sam, billed to HS-3308."),
        ],
        "small_talk": (1, ("He puts chilli on his cornflakes, honestly.", "Then he's in for a treat!")),
        "unrelated": (2, ("Do the bottles need to be kept in the fridge?", "Only once they've been opened.")),
        "entity": ("account", [
            ("I'd like the six-bottle hot sauce gift box sent to my brother in Leeds. My customer number is HS-5512.", "Lovely choice. Shall we add a handwritten gift card?"),
            ("Yes, please - just say happy birthday from Sam.", "Done: the six-bottle gift box to Leeds on account HS-5512, with a birthday card from Sam."),
        ]),
        "entity_reworded": ("place", [
            ("Could you post your box of six chilli sauces up to Glasgow for my brother's birthday, with a note saying it's from Sam? I'm HS-3308 on your system.",
             "Of course: six sauces to Glasgow, a note from Sam, billed to HS-3308."),
        ]),
        "third": ("intent", [
            ("I ordered the six-bottle gift box for my brother, but he's just told me he's coming down to stay with me instead.", "Ah, nice. Would you rather pick it up from the shop yourself, then?"),
            ("I'll collect it on Saturday.", "Changed: the gift box is held at the shop for you to collect on Saturday, nothing posted to Leeds."),
        ]),
    },
    {
        "id": "en-popcorn",
        "thread": [
            ("Can I order 40 bags of caramel popcorn for our school fair on 14 June?", "Happy to. Would you like them in the small or the sharing-size bags?"),
            ("The small ones, please.", "Noted: 40 small bags of caramel popcorn for the school fair on 14 June."),
        ],
        "follow": "What will the total be, and what time can I pick them up?",
        "reworded": [
            ("Our primary school has its summer fete on the fourteenth of June - could you do forty little bags of the toffee-coated stuff?",
             "Yes: forty small caramel bags for the fete on 14 June."),
        ],
        "small_talk": (2, ("I've been roped into running the cake stall too.", "Busy day ahead, then!")),
        "unrelated": (1, ("Are your bags plastic-free?", "Yes, they're paper and compostable.")),
        "entity": ("amount", [
            ("Can I order 140 bags of caramel popcorn for our school fair on 14 June?", "Happy to. Would you like them in the small or the sharing-size bags?"),
            ("The small ones, please.", "Noted: 140 small bags of caramel popcorn for the school fair on 14 June."),
        ]),
        "entity_reworded": ("product", [
            ("Our primary school has its summer fete on the fourteenth of June - could you do forty little bags of the sea-salt kind?",
             "Yes: forty small sea-salt bags for the fete on 14 June."),
        ]),
        "third": ("intent", [
            ("We ordered 40 bags of popcorn for the fair on 14 June, but the school says we may only sell things made by parents.", "That's a pity. We could sell you bags of kernels and you pop them yourselves?"),
            ("Kernels will work.", "Sorted: instead of popped bags, kernels for forty portions to pop yourselves, ready for 14 June."),
        ]),
    },
    {
        "id": "en-shredding",
        "thread": [
            ("We need you to collect 8 archive boxes of old files from our office at 12 Mill Lane for shredding - just a one-off.", "Certainly. Would Tuesday morning suit for the collection?"),
            ("Tuesday's fine.", "Booked: a one-off collection of 8 boxes from 12 Mill Lane on Tuesday morning."),
        ],
        "follow": "How much will that cost us, and do we get a destruction certificate?",
        "reworded": [
            ("There are eight cartons of paperwork at 12 Mill Lane that need securely destroying, only this once - could your van take them on Tuesday?",
             "Yes: eight cartons from Mill Lane, single visit, Tuesday morning."),
        ],
        "small_talk": (1, ("We've finally gone paperless after thirty years.", "Congratulations - that's a big step!")),
        "unrelated": (2, ("Do we need to take the staples out?", "No, the machine copes with staples and clips.")),
        "entity": ("plan", [
            ("We need you to collect 8 archive boxes of old files from our office at 12 Mill Lane for shredding - every month from now on.", "Certainly. Would Tuesday morning suit for the collection?"),
            ("Tuesday's fine.", "Booked: a monthly collection of 8 boxes from 12 Mill Lane, starting Tuesday morning."),
        ]),
        "entity_reworded": ("amount", [
            ("There are eighteen cartons of paperwork at 12 Mill Lane that need securely destroying, only this once - could your van take them on Tuesday?",
             "Yes: eighteen cartons from Mill Lane, single visit, Tuesday morning."),
        ]),
        "third": ("intent", [
            ("You're collecting 8 boxes from 12 Mill Lane on Tuesday, but our lawyer says we have to keep the files another year.", "Understood. Shall we store them securely for you until then?"),
            ("Store them, yes.", "Done: the 8 boxes go into secure storage for twelve months instead of being shredded."),
        ]),
    },
    {
        "id": "en-burns-night",
        "thread": [
            ("Two tickets for the Burns Night supper on 24 January, please - for me and my wife.", "Of course. The haggis, or the vegetarian haggis?"),
            ("The traditional haggis for both of us.", "Booked: two adults at the Burns Night supper on 24 January, traditional haggis."),
        ],
        "follow": "How much is that altogether, and what time should we get there?",
        "reworded": [
            ("My wife and I fancy your Scottish poet's dinner on the twenty-fourth of January - can we have a pair of places, both with the proper haggis?",
             "Yes: two places on 24 January, both with the traditional haggis."),
        ],
        "small_talk": (2, ("My grandfather was from Ayr, so it's a family tradition.", "Then you'll feel right at home.")),
        "unrelated": (1, ("Is there parking nearby?", "Yes, the Market Street car park is free after six.")),
        "entity": ("person", [
            ("Two tickets for the Burns Night supper on 24 January, please - for me and my eight-year-old son.", "Of course. The haggis, or the vegetarian haggis?"),
            ("The traditional haggis for both of us.", "Booked: an adult and a child at the Burns Night supper on 24 January, traditional haggis."),
        ]),
        "entity_reworded": ("date", [
            ("My wife and I fancy your Scottish poet's dinner on the twenty-fifth of January - can we have a pair of places, both with the proper haggis?",
             "Yes: two places on 25 January, both with the traditional haggis."),
        ]),
        "third": ("intent", [
            ("We've got two tickets for the Burns supper on 24 January, but my wife's now working that night.", "Sorry to hear that. Would you like to pass her ticket to someone, or get it refunded?"),
            ("Refund her ticket, and I'll come on my own.", "Done: one ticket refunded, one adult still booked for 24 January."),
        ]),
    },
    {
        "id": "en-threading",
        "thread": [
            ("Can I book eyebrow threading with Priya this Saturday at 11am?", "Yes, she's free. Just the brows?"),
            ("Just the brows.", "Booked: eyebrow threading with Priya, Saturday at 11am."),
        ],
        "follow": "How long will it take, and how much will it be?",
        "reworded": [
            ("Is Priya around on Saturday morning, eleven o'clock-ish? I only need my eyebrows tidied with the thread.",
             "She is: 11am Saturday, brows only."),
        ],
        "small_talk": (1, ("It's my sister's wedding the week after.", "Oh, how exciting!")),
        "unrelated": (2, ("Do you sell brow gel?", "Yes, we have three shades at the counter.")),
        "entity": ("plan", [
            ("Can I book eyebrow threading with Priya this Saturday at 11am?", "Yes, she's free. Just the brows?"),
            ("The full face, please.", "Booked: full face threading with Priya, Saturday at 11am."),
        ]),
        "entity_reworded": ("person", [
            ("Is Priya around on Saturday morning, eleven o'clock-ish? My fourteen-year-old only needs her eyebrows tidied with the thread.",
             "She is: 11am Saturday, brows only for your daughter."),
        ]),
        "third": ("intent", [
            ("I'm booked with Priya on Saturday at 11 for my brows, but I've got a rash on my forehead.", "Better not thread over that. Shall we move you to next week instead?"),
            ("Next Saturday would be perfect.", "Moved: brows with Priya, next Saturday at 11am."),
        ]),
    },
    {
        "id": "en-pram",
        "thread": [
            ("I'd like to order the Arlo travel system in grey, delivered to our flat in Bristol.", "Lovely. Would you like the car seat adapters as well?"),
            ("Yes, add the adapters.", "Ordered: the Arlo travel system in grey with car seat adapters, delivery to Bristol."),
        ],
        "follow": "When will it be delivered, and what's the total?",
        "reworded": [
            ("We've decided on the grey Arlo - the pram, carrycot and seat set - plus the bits that let the car seat clip on. Could it come to our place in Bristol?",
             "Yes: grey Arlo set with adapters, to Bristol."),
        ],
        "small_talk": (2, ("We're due in six weeks!", "Congratulations - exciting times.")),
        "unrelated": (1, ("Does it fold with one hand?", "Yes, it folds flat with one hand.")),
        "entity": ("product", [
            ("I'd like to order the Zephyr travel system in grey, delivered to our flat in Bristol.", "Lovely. Would you like the car seat adapters as well?"),
            ("Yes, add the adapters.", "Ordered: the Zephyr travel system in grey with car seat adapters, delivery to Bristol."),
        ]),
        "entity_reworded": ("place", [
            ("We've decided on the grey Arlo - the pram, carrycot and seat set - plus the bits that let the car seat clip on. Could it come to my mum's in Inverness?",
             "Yes: grey Arlo set with adapters, to Inverness."),
        ]),
        "third": ("intent", [
            ("I ordered the grey Arlo with adapters, but my sister has offered us her old car seat.", "That's kind of her. Do you want to keep the adapters or take them off?"),
            ("Take the adapters off the order.", "Done: just the grey Arlo travel system now, without adapters, still to Bristol."),
        ]),
    },
    {
        "id": "en-comics",
        "thread": [
            ("Can you set up a pull list for me? Three monthly titles, on my membership card CC-2290.", "Sure. Shall we hold them for collection or post them?"),
            ("Hold them, I'll pop in.", "Set up: three monthly titles held for collection, membership CC-2290."),
        ],
        "follow": "How much will I pay each month, and when does the payment go out?",
        "reworded": [
            ("I'm CC-2290 - I'd like you to keep aside three series for me every month, and I'll come and grab them in person.",
             "No problem: three series reserved monthly for CC-2290, to collect."),
        ],
        "small_talk": (1, ("I've been collecting since I was nine.", "A proper collector, then!")),
        "unrelated": (2, ("Do you do board bags for old issues?", "Yes, by the till, in packs of fifty.")),
        "entity": ("account", [
            ("Can you set up a pull list for me? Three monthly titles, on my membership card CC-9022.", "Sure. Shall we hold them for collection or post them?"),
            ("Hold them, I'll pop in.", "Set up: three monthly titles held for collection, membership CC-9022."),
        ]),
        "entity_reworded": ("amount", [
            ("I'm CC-2290 - I'd like you to keep aside seven series for me every month, and I'll come and grab them in person.",
             "No problem: seven series reserved monthly for CC-2290, to collect."),
        ]),
        "third": ("intent", [
            ("You've got a pull list of three titles for me, but I'm moving to Edinburgh next month.", "Sad to lose you! We could post the issues to you there instead?"),
            ("Post them to my new flat.", "Changed: your three monthly titles will be posted to your Edinburgh address from next month."),
        ]),
    },
    {
        "id": "en-pasta",
        "thread": [
            ("Two places on the ravioli class on Saturday 9 March, please.", "Great. Any allergies we should know about?"),
            ("No allergies.", "Booked: two places on the ravioli class, Saturday 9 March."),
        ],
        "follow": "What do I owe you for that, and what time do we start rolling?",
        "reworded": [
            ("My partner and I would love to learn to make stuffed pasta parcels - have you room for a couple of us on the ninth of March, the Saturday?",
             "We do: two for ravioli on 9 March."),
        ],
        "small_talk": (2, ("It's an anniversary present.", "What a lovely idea.")),
        "unrelated": (1, ("Do we need to bring aprons?", "No, we provide them.")),
        "entity": ("date", [
            ("Two places on the ravioli class on Saturday 16 March, please.", "Great. Any allergies we should know about?"),
            ("No allergies.", "Booked: two places on the ravioli class, Saturday 16 March."),
        ]),
        "entity_reworded": ("plan", [
            ("My partner and I would love to learn to make stuffed pasta parcels and gnocchi on the full-day course - have you room for a couple of us on the ninth of March, the Saturday?",
             "We do: two for the full-day ravioli and gnocchi course on 9 March."),
        ]),
        "third": ("intent", [
            ("We're booked for ravioli on 9 March, but my partner has broken her wrist.", "Oh no. Would you like a refund, or shall we send you a make-at-home kit?"),
            ("The home kit for two sounds good.", "Arranged: a ravioli kit for two posted to you, instead of the class on 9 March."),
        ]),
    },
    {
        "id": "en-bus-tour",
        "thread": [
            ("I'd like 48-hour tickets for the open-top bus tour: two adults and one child, starting tomorrow.", "Great. Would you like the river cruise add-on?"),
            ("No, just the bus.", "Booked: 48-hour bus tickets for two adults and one child, from tomorrow."),
        ],
        "follow": "How much does that come to altogether?",
        "reworded": [
            ("Could we get two-day passes on the hop-on sightseeing bus, us two grown-ups plus our daughter, from tomorrow? Skip the boat.",
             "Yes: two-day passes, two adults and a child, from tomorrow."),
        ],
        "small_talk": (1, ("It's our first time in London.", "You'll love it.")),
        "unrelated": (2, ("Is there a stop near the Tower?", "Yes, stop 7 is right outside.")),
        "entity": ("plan", [
            ("I'd like 24-hour tickets for the open-top bus tour: two adults and one child, starting tomorrow.", "Great. Would you like the river cruise add-on?"),
            ("No, just the bus.", "Booked: 24-hour bus tickets for two adults and one child, from tomorrow."),
        ]),
        "entity_reworded": ("amount", [
            ("Could we get two-day passes on the hop-on sightseeing bus, us two grown-ups plus our three daughters, from tomorrow? Skip the boat.",
             "Yes: two-day passes, two adults and three children, from tomorrow."),
        ]),
        "third": ("intent", [
            ("We bought 48-hour bus tickets for tomorrow, but the forecast is torrential rain all day.", "We can move them to start on Thursday, if that helps?"),
            ("Thursday, then.", "Moved: your 48-hour tickets for two adults and a child now start on Thursday."),
        ]),
    },
    {
        "id": "en-slime",
        "thread": [
            ("Can we book a slime party for my daughter's seventh birthday on Saturday 5 October, at our house?", "Yes! How many children?"),
            ("Twelve children.", "Booked: a slime party for twelve at your house on Saturday 5 October."),
        ],
        "follow": "Is your host definitely free, and is there a travel charge?",
        "reworded": [
            ("My girl turns seven and wants to make gloop with a dozen friends - could a host come to ours on the fifth of October, a Saturday?",
             "Sounds fun: twelve children at your home on 5 October."),
        ],
        "small_talk": (2, ("She's already made three batches in the kitchen.", "A slime expert already!")),
        "unrelated": (1, ("Will the slime stain carpets?", "Not if it's picked up before it dries.")),
        "entity": ("place", [
            ("Can we book a slime party for my daughter's seventh birthday on Saturday 5 October, at St Anne's church hall?", "Yes! How many children?"),
            ("Twelve children.", "Booked: a slime party for twelve at St Anne's church hall on Saturday 5 October."),
        ]),
        "entity_reworded": ("date", [
            ("My girl turns seven and wants to make gloop with a dozen friends - could a host come to ours on the twelfth of October, a Saturday?",
             "Sounds fun: twelve children at your home on 12 October."),
        ]),
        "third": ("intent", [
            ("We booked a slime party at home for 5 October, but my daughter now wants to make it herself with her friends.", "We could just deliver a party kit for twelve and leave the host out?"),
            ("The kit on its own, please.", "Changed: a slime kit for twelve delivered on 5 October, with no host."),
        ]),
    },
    {
        "id": "en-moroccan",
        "thread": [
            ("A table for 6 on Friday at 8pm, please, and we'd like the lamb tagine set menu.", "Of course. Indoors, or on the heated terrace?"),
            ("Indoors, please.", "Booked: 6 people indoors on Friday at 8pm, lamb tagine set menu."),
        ],
        "follow": "How much will the set menu come to for us, and is the belly dancer on that night?",
        "reworded": [
            ("There are six of us wanting your lamb tagine feast this Friday around eight o'clock, inside rather than out - can you fit us in?",
             "Yes: six for the lamb tagine menu, Friday 8pm, inside."),
        ],
        "small_talk": (1, ("We're celebrating my friend's new job.", "Congratulations to her!")),
        "unrelated": (2, ("Do you have high chairs?", "Yes, two of them.")),
        "entity": ("product", [
            ("A table for 6 on Friday at 8pm, please, and we'd like the seafood tagine set menu.", "Of course. Indoors, or on the heated terrace?"),
            ("Indoors, please.", "Booked: 6 people indoors on Friday at 8pm, seafood tagine set menu."),
        ]),
        "entity_reworded": ("date", [
            ("There are six of us wanting your lamb tagine feast this Sunday around eight o'clock, inside rather than out - can you fit us in?",
             "Yes: six for the lamb tagine menu, Sunday 8pm, inside."),
        ]),
        "third": ("intent", [
            ("We've got six booked for the lamb tagine menu on Friday, but half of us would rather order from the main menu.", "That's fine. Shall we drop the set menu and let everyone order on the night?"),
            ("Let everyone choose.", "Done: a table for six on Friday at 8pm, ordering from the main menu."),
        ]),
    },
]
