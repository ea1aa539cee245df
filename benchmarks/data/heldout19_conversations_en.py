# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the nineteenth held-out conversation set (``conversations-heldout19.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout19_conversations.py`` turns them
into pairs. Written in session 25 by the ``heldout19`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-curling",
        "thread": [
            ("I'd like to book a curling taster for 8 colleagues at the Perth rink on Friday 16 January.", "Great choice. Has anyone in the group curled before?"),
            ("No, none of us has ever been on the ice.", "Noted: a curling taster for 8 beginners at the Perth rink on Friday 16 January."),
        ],
        "follow": "How much will it cost, and how many sheets of ice will we get?",
        "reworded": [
            ("Eight people from work, total novices, fancy having a go at sliding stones in Perth - Friday the sixteenth of January, if you have room?",
             "Yes: eight first-timers trying curling in Perth on 16 January."),
        ],
        "small_talk": (1, ("We watched the Winter Olympics and got hooked.", "That's how most of our members started!")),
        "unrelated": (2, ("Is there a bar at the rink?", "Yes, the clubhouse bar opens at five.")),
        "entity": ("amount", [
            ("I'd like to book a curling taster for 40 colleagues at the Perth rink on Friday 16 January.", "Great choice. Has anyone in the group curled before?"),
            ("No, none of us has ever been on the ice.", "Noted: a curling taster for 40 beginners at the Perth rink on Friday 16 January."),
        ]),
        "entity_reworded": ("person", [
            ("Eight people from work, total novices and two of them wheelchair users, fancy having a go at sliding stones in Perth - Friday the sixteenth of January, if you have room?",
             "Yes: eight first-timers, two using wheelchairs, trying curling in Perth on 16 January."),
        ]),
        "third": ("intent", [
            ("We'd booked the curling taster for 8 on 16 January, but the team would rather watch a club match over dinner.", "Of course. Shall I turn the booking into spectator seats and a table in the clubhouse?"),
            ("That sounds ideal.", "Done: the taster is replaced with eight spectator places and dinner for eight on 16 January."),
        ]),
    },
    {
        "id": "en-zorbing",
        "thread": [
            ("Can I book zorbing for my son's 12th birthday party on Saturday 9 August?", "Of course! How many children, and do you want the hill run or the harness ride?"),
            ("Ten kids, all on the hill run.", "Noted: hill-run zorbing for ten children on Saturday 9 August."),
        ],
        "follow": "What time can we come, and what's the price?",
        "reworded": [
            ("My boy turns twelve - could he and nine mates roll down your slope inside those giant inflatable balls on the ninth of August? It's a Saturday.",
             "Yes: ten youngsters doing the downhill zorb on Saturday 9 August."),
        ],
        "small_talk": (2, ("He's talked about nothing else since his cousin went.", "Then we'll make sure it lives up to the hype.")),
        "unrelated": (1, ("Can parents have a go too?", "Yes, adults are welcome on any ride.")),
        "entity": ("date", [
            ("Can I book zorbing for my son's 12th birthday party on Monday 25 August, the bank holiday?", "Of course! How many children, and do you want the hill run or the harness ride?"),
            ("Ten kids, all on the hill run.", "Noted: hill-run zorbing for ten children on bank holiday Monday 25 August."),
        ]),
        "entity_reworded": ("plan", [
            ("My boy turns twelve - could he and nine mates roll down your slope inside those giant inflatable balls, the kind with water sloshing about inside, on the ninth of August? It's a Saturday.",
             "Yes: ten youngsters doing the downhill water zorb on Saturday 9 August."),
        ]),
        "third": ("intent", [
            ("We'd booked hill-run zorbing for ten on 9 August, but the party's moving to the trampoline park.", "No problem. Shall I release your slot?"),
            ("Yes, let someone else have it.", "Done: your 9 August slot has been released."),
        ]),
    },
    {
        "id": "en-quilting",
        "thread": [
            ("I'd like to join your beginner quilting course on Tuesday evenings this autumn.", "Lovely. Will you bring your own sewing machine or borrow one of ours?"),
            ("I'll borrow one of yours, please.", "Noted: the Tuesday-evening beginner quilting course this autumn, with a loan machine."),
        ],
        "follow": "When does it start, and what will the total be?",
        "reworded": [
            ("I've never made a quilt and want a place in the autumn starter class that runs after work on Tuesdays - I don't own a machine, so I'd need to use the studio's.",
             "Sure: a beginner place on Tuesday nights this autumn, studio machine provided."),
        ],
        "small_talk": (1, ("My grandmother was a quilter, so it feels like a family thing.", "What a lovely reason to start.")),
        "unrelated": (2, ("Is the studio upstairs?", "It's on the ground floor, with step-free access.")),
        "entity": ("plan", [
            ("I'd like to join your weekend intensive quilting course this autumn.", "Lovely. Will you bring your own sewing machine or borrow one of ours?"),
            ("I'll borrow one of yours, please.", "Noted: the weekend intensive quilting course this autumn, with a loan machine."),
        ]),
        "entity_reworded": ("person", [
            ("My ten-year-old daughter has never made a quilt and wants a place in the autumn starter class that runs after school on Tuesdays - she doesn't have a machine, so she'd need to use the studio's.",
             "Sure: a beginner place for a ten-year-old on Tuesdays this autumn, studio machine provided."),
        ]),
        "third": ("intent", [
            ("I'd signed up for the Tuesday beginner quilting course, but my shifts have changed.", "Sorry to hear that. Would you like the place moved to Thursday mornings?"),
            ("Put me on the waiting list for spring instead.", "Done: your autumn place is released and you're on the spring waiting list."),
        ]),
    },
    {
        "id": "en-husky-sledding",
        "thread": [
            ("We'd like a husky sledding tour near Aviemore for two adults on 28 February.", "Wonderful. Would you like to drive your own team or ride in the sled?"),
            ("We'd both like to drive our own sleds.", "Noted: two adults driving their own husky sleds near Aviemore on 28 February."),
        ],
        "follow": "How long is the run, and how much will it be?",
        "reworded": [
            ("My partner and I want to mush a dog team ourselves - each steering a sled - somewhere round Aviemore at the end of February, the twenty-eighth.",
             "Sure: self-drive husky sleds for two near Aviemore, 28 February."),
        ],
        "small_talk": (2, ("It's our tenth anniversary, so we wanted something special.", "Congratulations - the dogs will make it memorable.")),
        "unrelated": (1, ("Do you lend out thermal suits?", "Yes, suits and boots are included.")),
        "entity": ("place", [
            ("We'd like a husky sledding tour in Lapland, near Rovaniemi, for two adults on 28 February.", "Wonderful. Would you like to drive your own team or ride in the sled?"),
            ("We'd both like to drive our own sleds.", "Noted: two adults driving their own husky sleds near Rovaniemi on 28 February."),
        ]),
        "entity_reworded": ("person", [
            ("My partner and I want to mush a dog team ourselves - each steering a sled, with our six-year-old tucked in the basket - somewhere round Aviemore at the end of February, the twenty-eighth.",
             "Sure: self-drive husky sleds for two near Aviemore, 28 February, with a six-year-old passenger."),
        ]),
        "third": ("intent", [
            ("We'd booked the self-drive husky tour for two on 28 February, but my wife has broken her wrist.", "I'm so sorry. Would you rather ride in the sled with a musher driving?"),
            ("Yes, let's both just ride.", "Done: two passenger places in a musher-driven sled on 28 February."),
        ]),
    },
    {
        "id": "en-yurt",
        "thread": [
            ("Is your large yurt free for three nights from Friday 11 July?", "Let me check - how many of you will be staying?"),
            ("Two adults and three children.", "Noted: the large yurt for three nights from Friday 11 July, two adults and three children."),
        ],
        "follow": "How much is that in total, and what time can we check in?",
        "reworded": [
            ("Could we have the big round tent for a long weekend - arriving on the eleventh of July, leaving Monday? We're a family of five: me, my husband and our kids.",
             "Yes: the big yurt from 11 to 14 July, five guests."),
        ],
        "small_talk": (1, ("The kids have never slept under canvas.", "Then a yurt is the perfect first step.")),
        "unrelated": (2, ("Is there a shop nearby?", "The village shop is ten minutes' walk away.")),
        "entity": ("amount", [
            ("Is your large yurt free for seven nights from Friday 11 July?", "Let me check - how many of you will be staying?"),
            ("Two adults and three children.", "Noted: the large yurt for seven nights from Friday 11 July, two adults and three children."),
        ]),
        "entity_reworded": ("plan", [
            ("Could we have the big round tent for a long weekend, with the wood-fired hot tub added - arriving on the eleventh of July, leaving Monday? We're a family of five: me, my husband and our kids.",
             "Yes: the big yurt from 11 to 14 July, five guests, hot tub included."),
        ]),
        "third": ("intent", [
            ("We'd booked the large yurt from 11 July for three nights, but we'd rather come in September when it's quieter.", "Of course. Shall I move the booking to September?"),
            ("Yes, the same three nights in mid-September.", "Done: your stay now runs for three nights in mid-September."),
        ]),
    },
    {
        "id": "en-willow-weaving",
        "thread": [
            ("I have a voucher, WW-5521, for a willow weaving workshop - can I use it on 3 May?", "Certainly. Which project would you like: a garden obelisk or a log basket?"),
            ("The garden obelisk, please.", "Noted: voucher WW-5521, the garden obelisk workshop on 3 May."),
        ],
        "follow": "Is there anything left to pay, and what time does it start?",
        "reworded": [
            ("Someone gave me a gift card (number WW-5521) for your basket-making classes - I'd love to make a plant support for the borders on the third of May.",
             "Sure: the obelisk session on 3 May, paid with gift card WW-5521."),
        ],
        "small_talk": (2, ("My sweet peas need something to climb up.", "An obelisk will suit them perfectly.")),
        "unrelated": (1, ("Is lunch provided?", "Yes, soup and bread are served at one.")),
        "entity": ("account", [
            ("I have a voucher, WW-8804, for a willow weaving workshop - can I use it on 3 May?", "Certainly. Which project would you like: a garden obelisk or a log basket?"),
            ("The garden obelisk, please.", "Noted: voucher WW-8804, the garden obelisk workshop on 3 May."),
        ]),
        "entity_reworded": ("product", [
            ("Someone gave me a gift card (number WW-5521) for your basket-making classes - I'd love to make a woven hurdle panel for the vegetable patch on the third of May.",
             "Sure: the hurdle session on 3 May, paid with gift card WW-5521."),
        ]),
        "third": ("intent", [
            ("I'd planned to use voucher WW-5521 for the obelisk workshop on 3 May, but my friend would like to come too.", "Lovely. Shall I add a second place?"),
            ("Yes, and I'll pay for hers.", "Done: two places on 3 May, one covered by WW-5521 and one paid today."),
        ]),
    },
    {
        "id": "en-mosaic",
        "thread": [
            ("I'd like to book a private mosaic workshop for my book club, 6 of us, on Wednesday 21 May.", "Lovely idea! Would you like to make mirrors or garden stepping stones?"),
            ("Mirrors, please.", "Noted: a private mosaic mirror workshop for 6 on Wednesday 21 May."),
        ],
        "follow": "How long will it take, and how much per person?",
        "reworded": [
            ("Our reading group - half a dozen members - fancies an evening of sticking tiles round a looking glass, just us. Is the twenty-first of May possible?",
             "Yes: six people making mosaic mirrors, a private session on 21 May."),
        ],
        "small_talk": (1, ("We've run out of books we all agree on.", "Crafting is much less divisive!")),
        "unrelated": (2, ("Can we bring wine?", "Yes, we're happy for groups to bring drinks.")),
        "entity": ("product", [
            ("I'd like to book a private mosaic workshop for my book club, 6 of us, on Wednesday 21 May.", "Lovely idea! Would you like to make mirrors or garden stepping stones?"),
            ("Stepping stones, please.", "Noted: a private mosaic stepping-stone workshop for 6 on Wednesday 21 May."),
        ]),
        "entity_reworded": ("amount", [
            ("Our reading group - eighteen members - fancies an evening of sticking tiles round a looking glass, just us. Is the twenty-first of May possible?",
             "Yes: eighteen people making mosaic mirrors, a private session on 21 May."),
        ]),
        "third": ("intent", [
            ("We'd booked a private mosaic mirror workshop for 6 on 21 May, but a few of us are away.", "Shall I move you to a later date?"),
            ("Actually, could we just buy six take-home kits?", "Of course: the workshop is cancelled and six mirror kits will be ready to collect."),
        ]),
    },
    {
        "id": "en-stilt-walkers",
        "thread": [
            ("We'd like two stilt walkers for our summer fete in Ludlow on Saturday 5 July, 1pm to 4pm.", "Great! Any theme in mind for the costumes?"),
            ("Something circus-themed, please.", "Noted: two circus-themed stilt walkers at the Ludlow fete, Saturday 5 July, 1-4pm."),
        ],
        "follow": "What will that cost, and do you need anything from us on the day?",
        "reworded": [
            ("Our village fair in Ludlow falls on the fifth of July - could a pair of your performers on stilts come along dressed as big-top clowns and ringmasters for the afternoon, one till four?",
             "Yes: a circus-style stilt duo at the Ludlow fair, 5 July, 1 to 4pm."),
        ],
        "small_talk": (2, ("Last year we had a brass band and it poured.", "Stilt walkers don't mind a drizzle.")),
        "unrelated": (1, ("Could they hand out balloons?", "Yes, they can carry a bunch to give away.")),
        "entity": ("place", [
            ("We'd like two stilt walkers for our summer fete in Tenby on Saturday 5 July, 1pm to 4pm.", "Great! Any theme in mind for the costumes?"),
            ("Something circus-themed, please.", "Noted: two circus-themed stilt walkers at the Tenby fete, Saturday 5 July, 1-4pm."),
        ]),
        "entity_reworded": ("plan", [
            ("Our village fair in Ludlow falls on the fifth of July - could a pair of your performers on stilts come along dressed as big-top clowns and ringmasters for the afternoon, one till four, and finish with a fire-juggling show?",
             "Yes: a circus-style stilt duo at the Ludlow fair, 5 July, 1 to 4pm, with a fire-juggling finale."),
        ]),
        "third": ("intent", [
            ("We'd booked two stilt walkers for the Ludlow fete on 5 July, but the committee has voted for a magician.", "No problem. Would you like to swap to one of our close-up magicians?"),
            ("Yes, a magician it is.", "Done: a close-up magician replaces the stilt walkers on 5 July."),
        ]),
    },
    {
        "id": "en-reindeer",
        "thread": [
            ("Could we hire two reindeer for our Christmas market in Harrogate on Saturday 13 December?", "Certainly. Would you like a handler-led walkabout or a static pen?"),
            ("A static pen, please, from 10am to 3pm.", "Noted: two reindeer in a static pen at the Harrogate Christmas market, 13 December, 10am-3pm."),
        ],
        "follow": "How much space do we need to set aside, and what's the fee?",
        "reworded": [
            ("Our festive fair in Harrogate is on the thirteenth of December - could a pair of your antlered animals stand in an enclosure there from ten till three?",
             "Yes: a pair of reindeer penned at the Harrogate market, 13 December, 10 to 3."),
        ],
        "small_talk": (1, ("The children's choir is singing at noon too.", "The reindeer are very used to carols!")),
        "unrelated": (2, ("Do you sell reindeer food?", "Yes, bags of lichen mix are a pound each.")),
        "entity": ("amount", [
            ("Could we hire six reindeer for our Christmas market in Harrogate on Saturday 13 December?", "Certainly. Would you like a handler-led walkabout or a static pen?"),
            ("A static pen, please, from 10am to 3pm.", "Noted: six reindeer in a static pen at the Harrogate Christmas market, 13 December, 10am-3pm."),
        ]),
        "entity_reworded": ("plan", [
            ("Our festive fair in Harrogate is on the thirteenth of December - could a pair of your antlered animals pull Father Christmas round the square in a sleigh from ten till three?",
             "Yes: a pair of reindeer pulling a sleigh at the Harrogate market, 13 December, 10 to 3."),
        ]),
        "third": ("intent", [
            ("We'd booked two reindeer for the Harrogate market on 13 December, but the council says no animals on the square.", "That's a shame. Would you like to keep the date for another event?"),
            ("Hold the 13th and we'll confirm a new venue next week.", "Done: 13 December is held for you until you confirm the new venue."),
        ]),
    },
    {
        "id": "en-bat-walk",
        "thread": [
            ("Can I book the guided bat walk along the river for 4 people on Friday 22 August?", "Of course. Would you like to borrow bat detectors?"),
            ("Yes, two detectors please.", "Noted: the river bat walk for 4 on Friday 22 August, with two detectors."),
        ],
        "follow": "What time does it start, and where do we meet?",
        "reworded": [
            ("Four of us would love to go looking for bats by the water with your guide on the twenty-second of August - and could we have a couple of those gadgets that make their calls audible?",
             "Yes: four people on the riverside bat walk on 22 August, two detectors reserved."),
        ],
        "small_talk": (2, ("We've got pipistrelles in our loft, so we're curious.", "Then you'll recognise their calls on the night!")),
        "unrelated": (1, ("Is there parking at the start?", "Yes, the visitor centre car park is free after six.")),
        "entity": ("date", [
            ("Can I book the guided bat walk along the river for 4 people on Friday 17 October?", "Of course. Would you like to borrow bat detectors?"),
            ("Yes, two detectors please.", "Noted: the river bat walk for 4 on Friday 17 October, with two detectors."),
        ]),
        "entity_reworded": ("place", [
            ("Four of us would love to go looking for bats round the castle ruins with your guide on the twenty-second of August - and could we have a couple of those gadgets that make their calls audible?",
             "Yes: four people on the castle-ruins bat walk on 22 August, two detectors reserved."),
        ]),
        "third": ("intent", [
            ("We'd booked the river bat walk for 4 on 22 August, but we'd rather join the moth night that week.", "Good choice. Shall I move your four places to the moth evening?"),
            ("Yes please, and drop the detectors.", "Done: four places on the moth night, no bat detectors."),
        ]),
    },
    {
        "id": "en-murder-mystery",
        "thread": [
            ("We'd like to book your murder mystery dinner for 24 guests at the Grange Hotel on Saturday 8 November.", "Wonderful. Would you like the 1920s theme or the Wild West one?"),
            ("The 1920s theme, please.", "Noted: a 1920s murder mystery dinner for 24 at the Grange Hotel, Saturday 8 November."),
        ],
        "follow": "How much is it per head, and when do the guests get their character packs?",
        "reworded": [
            ("Two dozen of us want a whodunnit evening with a meal - flapper dresses and all - at the Grange on the eighth of November.",
             "Yes: a roaring-twenties mystery dinner for twenty-four at the Grange, 8 November."),
        ],
        "small_talk": (1, ("It's my mum's sixtieth and she adores Agatha Christie.", "Then she'll be the first to solve it!")),
        "unrelated": (2, ("Can the hotel do vegan meals?", "Yes, just tell them a week ahead.")),
        "entity": ("amount", [
            ("We'd like to book your murder mystery dinner for 80 guests at the Grange Hotel on Saturday 8 November.", "Wonderful. Would you like the 1920s theme or the Wild West one?"),
            ("The 1920s theme, please.", "Noted: a 1920s murder mystery dinner for 80 at the Grange Hotel, Saturday 8 November."),
        ]),
        "entity_reworded": ("place", [
            ("Two dozen of us want a whodunnit evening with a meal - flapper dresses and all - at my house in York on the eighth of November.",
             "Yes: a roaring-twenties mystery dinner for twenty-four at a private house in York, 8 November."),
        ]),
        "third": ("intent", [
            ("We'd booked the 1920s murder mystery for 24 at the Grange on 8 November, but Mum would prefer something smaller.", "Of course. Would a kit to host it yourselves suit better?"),
            ("Yes, send us the host-at-home kit.", "Done: the hotel dinner is cancelled and a host-at-home kit for eight is on its way."),
        ]),
    },
]
