# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the fifteenth held-out conversation set (``conversations-heldout15.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout15_conversations.py`` turns them
into pairs. Written in session 21 by the ``heldout15`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-window-cleaning",
        "thread": [
            ("Could I get a quote for regular window cleaning? It's a three-bed semi.", "Of course. How often would you like us to come?"),
            ("Every four weeks, outside only.", "Noted: a three-bed semi, outside windows, every four weeks."),
        ],
        "follow": "What will each visit cost?",
        "reworded": [
            ("Hi - we're after someone to do the outsides of our windows once a month or so. Semi-detached, 3 bedrooms.",
             "Sure: a monthly exterior clean for a three-bedroom semi."),
        ],
        "small_talk": (1, ("The seagulls round here are a nightmare for the glass.", "We hear that a lot near the coast!")),
        "unrelated": (2, ("Do you take card payments?", "Yes, card or bank transfer.")),
        "entity": ("plan", [
            ("Could I get a quote for regular window cleaning? It's a three-bed semi.", "Of course. How often would you like us to come?"),
            ("Every four weeks, inside and out.", "Noted: a three-bed semi, inside and outside windows, every four weeks."),
        ]),
        "entity_reworded": ("amount", [
            ("Hi - we're after someone to do the outsides of our windows once a month or so. Detached, 5 bedrooms, plus a double garage.",
             "Sure: a monthly exterior clean for a five-bedroom detached house and garage."),
        ]),
        "third": ("intent", [
            ("You've been doing the outside windows on our three-bed semi every four weeks, but we've bought a water-fed pole now.", "Ah, fair enough. Do you want to carry on with us at all?"),
            ("No, we'll manage them ourselves from next month.", "Understood: your four-weekly round ends after this month's visit."),
        ]),
    },
    {
        "id": "en-caravan-storage",
        "thread": [
            ("I'd like to store my touring caravan with you over the winter.", "We'd be glad to. Would you like a covered bay or an open pitch?"),
            ("An open pitch, from November to March.", "Noted: an open pitch for your touring caravan, November to March."),
        ],
        "follow": "How much is that altogether?",
        "reworded": [
            ("Looking for somewhere to keep the tourer through the cold months, Nov till end of Mar - outdoor space is fine.",
             "Okay: an outdoor pitch for a tourer, five months from November."),
        ],
        "small_talk": (2, ("We had a brilliant summer in it down in Cornwall.", "Sounds like it's earned a rest!")),
        "unrelated": (1, ("Is there somewhere to fill up the water tank on site?", "Yes, there's a tap by the gate.")),
        "entity": ("plan", [
            ("I'd like to store my touring caravan with you over the winter.", "We'd be glad to. Would you like a covered bay or an open pitch?"),
            ("A covered bay, from November to March.", "Noted: a covered bay for your touring caravan, November to March."),
        ]),
        "entity_reworded": ("product", [
            ("Looking for somewhere to keep the motorhome through the cold months, Nov till end of Mar - outdoor space is fine.",
             "Okay: an outdoor pitch for a motorhome, five months from November."),
        ]),
        "third": ("intent", [
            ("My touring caravan is on an open pitch with you until March, but I'd like to take it away for good next week.", "No problem. Shall I end the agreement early?"),
            ("Yes, we've sold it.", "Noted: your open pitch ends next week rather than in March."),
        ]),
    },
    {
        "id": "en-headstone",
        "thread": [
            ("I'm ringing about the headstone for my father - the order number is HS-2290.", "Thank you. I have the grey granite headstone here."),
            ("Has the inscription been approved yet?", "Yes, the wording for HS-2290 was approved on Monday."),
        ],
        "follow": "When will it be fixed at the cemetery?",
        "reworded": [
            ("Hi, it's about Dad's memorial stone, reference HS-2290 - is the wording signed off?",
             "It is: HS-2290, the grey granite stone, wording approved this week."),
        ],
        "small_talk": (1, ("It's been a hard few months for the family.", "I'm very sorry for your loss.")),
        "unrelated": (2, ("Do you also sell vases for the grave?", "We do, in granite and in brass.")),
        "entity": ("account", [
            ("I'm ringing about the headstone for my father - the order number is HS-2209.", "Thank you. I have the grey granite headstone here."),
            ("Has the inscription been approved yet?", "Yes, the wording for HS-2209 was approved on Monday."),
        ]),
        "entity_reworded": ("product", [
            ("Hi, it's about Dad's memorial stone, reference HS-2290, and the full kerb surround we added to the order - is the wording signed off?",
             "It is: HS-2290, the grey granite stone with a kerb set, wording approved this week."),
        ]),
        "third": ("intent", [
            ("About my father's headstone, HS-2290 - the family would like to wait until the first anniversary.", "Of course. Shall we keep it here for you?"),
            ("Yes please, hold on to it until then.", "Done: HS-2290 stays in our yard and the fixing is put back a year."),
        ]),
    },
    {
        "id": "en-plastering",
        "thread": [
            ("Can you give me a price to skim the walls in our living room?", "Sure. Roughly how big is the room?"),
            ("About four metres by five, and the ceiling's fine.", "Thanks: walls only in a 4 x 5 metre living room."),
        ],
        "follow": "How many days will the job take?",
        "reworded": [
            ("We need a plasterer for the lounge - just the walls, not overhead. It's around 5m by 4m.",
             "Okay: lounge walls skimmed, roughly 4m x 5m, ceiling left alone."),
        ],
        "small_talk": (2, ("We're hoping to have it done before Christmas.", "Plenty of time yet, don't worry.")),
        "unrelated": (1, ("Will you need the electricity on while you work?", "Just one socket for our mixer.")),
        "entity": ("plan", [
            ("Can you give me a price to skim the walls in our living room?", "Sure. Roughly how big is the room?"),
            ("About four metres by five, and the ceiling as well please.", "Thanks: walls and ceiling in a 4 x 5 metre living room."),
        ]),
        "entity_reworded": ("amount", [
            ("We need a plasterer for the lounge - just the walls, not overhead. It's a big knocked-through room, around 9m by 4m.",
             "Okay: lounge walls skimmed, roughly 9m x 4m, ceiling left alone."),
        ]),
        "third": ("intent", [
            ("Someone quoted to skim our living room walls, but our builder reckons the cracks just need filling.", "That can work. How big is the room?"),
            ("About four by five metres.", "Noted: filling the cracks only in a 4 x 5 metre room, with no skim."),
        ]),
    },
    {
        "id": "en-bathroom-tiling",
        "thread": [
            ("I'd like the walls of our bathroom retiled.", "Happy to help. Will you be supplying the tiles?"),
            ("No, I'd like you to supply plain white metro tiles.", "Noted: bathroom walls retiled, with white metro tiles supplied by us."),
        ],
        "follow": "What's the total cost?",
        "reworded": [
            ("Could you redo the tiling round the bathroom? Please source them too - simple white brick-style ones.",
             "Certainly: we'll provide white metro tiles and retile the bathroom walls."),
        ],
        "small_talk": (1, ("The old ones are a lovely shade of 1970s avocado.", "We've seen a few of those!")),
        "unrelated": (2, ("Can you recommend a plumber for a new basin?", "Yes, I'll send you a couple of names.")),
        "entity": ("product", [
            ("I'd like the walls of our bathroom retiled.", "Happy to help. Will you be supplying the tiles?"),
            ("No, I'd like you to supply the large marble-effect porcelain ones.", "Noted: bathroom walls retiled, with marble-effect porcelain supplied by us."),
        ]),
        "entity_reworded": ("plan", [
            ("Could you redo the tiling round the bathroom? I've already bought them - simple white brick-style ones.",
             "Certainly: you've got white metro tiles and we'll fit them on the bathroom walls."),
        ]),
        "third": ("intent", [
            ("Our bathroom tiles are fine really, they just need regrouting and some fresh silicone.", "We can do that. Are they the original tiles?"),
            ("Yes, plain white ones.", "Noted: a regrout and reseal only, no retiling."),
        ]),
    },
    {
        "id": "en-artificial-grass",
        "thread": [
            ("Could you quote for artificial grass in our back garden?", "Of course. What size is the area?"),
            ("About 30 square metres, and it's lawn at the moment.", "Thanks: 30 square metres, replacing an existing lawn."),
        ],
        "follow": "How long will the installation take?",
        "reworded": [
            ("We want to swap our real back lawn for fake grass - roughly thirty metres squared.",
             "Okay: about 30 m2 of existing lawn to be replaced with artificial grass."),
        ],
        "small_talk": (2, ("The kids have worn it down to mud.", "That happens to the best of lawns!")),
        "unrelated": (1, ("Do you do fencing as well?", "Not ourselves, but we work with a local fencer.")),
        "entity": ("amount", [
            ("Could you quote for artificial grass in our back garden?", "Of course. What size is the area?"),
            ("About 80 square metres, and it's lawn at the moment.", "Thanks: 80 square metres, replacing an existing lawn."),
        ]),
        "entity_reworded": ("place", [
            ("We want to swap the paving on our roof terrace for fake grass - roughly thirty metres squared.",
             "Okay: about 30 m2 on a roof terrace, laid over the paving."),
        ]),
        "third": ("intent", [
            ("You laid artificial grass for us last year - about 30 square metres - and we'd like it taken up and real turf put back.", "We can do that. Is the ground underneath still level?"),
            ("I think so.", "Noted: removing 30 square metres of artificial grass and laying real turf."),
        ]),
    },
    {
        "id": "en-toilet-hire",
        "thread": [
            ("We need portable toilets for a village fete on Saturday 12 July.", "No problem. How many people are you expecting?"),
            ("Around 300 over the day.", "Noted: toilets for about 300 people on Saturday 12 July."),
        ],
        "follow": "What will the hire cost?",
        "reworded": [
            ("Village fete on 12/7 (it's a Saturday) - expecting roughly three hundred visitors, so we'll need some portaloos.",
             "Got it: portable toilets for around 300 people, Saturday 12 July."),
        ],
        "small_talk": (1, ("It's the fiftieth year we've held it!", "What a milestone - congratulations.")),
        "unrelated": (2, ("Do you also hire out hand-wash stations?", "Yes, they're listed on our website.")),
        "entity": ("amount", [
            ("We need portable toilets for a village fete on Saturday 12 July.", "No problem. How many people are you expecting?"),
            ("Around 1,500 over the day.", "Noted: toilets for about 1,500 people on Saturday 12 July."),
        ]),
        "entity_reworded": ("plan", [
            ("Village fete on 12/7 (it's a Saturday) - expecting roughly three hundred visitors, and we'd like one of your luxury toilet trailers rather than standard units.",
             "Got it: a luxury trailer for around 300 people, Saturday 12 July."),
        ]),
        "third": ("intent", [
            ("We'd booked portable toilets for the village fete on 12 July, but the field's flooded and the fete is off.", "Sorry to hear that. Shall we stand the booking down?"),
            ("Yes, cancel it all, please.", "Done: nothing will be delivered for 12 July."),
        ]),
    },
    {
        "id": "en-record-shop",
        "thread": [
            ("I ordered a reissue of Kind of Blue to collect in store. The name is Priya Nair.", "Thanks, Priya. I can see it's arrived."),
            ("Great - it's the 180-gram pressing, isn't it?", "Yes, the 180-gram reissue, waiting behind the counter."),
        ],
        "follow": "How much do I still owe on it?",
        "reworded": [
            ("Hi, Priya Nair here - has my heavyweight vinyl copy of Kind of Blue come in for pick-up?",
             "It has: the 180g reissue, under your name at the counter."),
        ],
        "small_talk": (1, ("My dad played that album constantly when I was little.", "Great taste runs in the family!")),
        "unrelated": (2, ("Do you have any second-hand turntables at the moment?", "A couple, by the window.")),
        "entity": ("person", [
            ("I ordered a reissue of Kind of Blue to collect in store. The name is Tom Walsh.", "Thanks, Tom. I can see it's arrived."),
            ("Great - it's the 180-gram pressing, isn't it?", "Yes, the 180-gram reissue, waiting behind the counter."),
        ]),
        "entity_reworded": ("product", [
            ("Hi, Priya Nair here - has my deluxe box set of Kind of Blue come in for pick-up?",
             "It has: the deluxe box set, under your name at the counter."),
        ]),
        "third": ("intent", [
            ("I ordered the 180-gram Kind of Blue reissue to collect, but I've spotted it cheaper elsewhere, so I'll pass on it.", "That's fine. Is it under Priya Nair?"),
            ("Yes, that's me.", "Done: the order is cancelled and your deposit goes back on your card."),
        ]),
    },
    {
        "id": "en-stairlift",
        "thread": [
            ("We'd like a stairlift fitted for my mum at her house in Harrogate.", "Of course. Is the staircase straight?"),
            ("Yes, straight, with fourteen steps.", "Thanks: a straight stairlift, fourteen steps, in Harrogate."),
        ],
        "follow": "How soon could your fitters have it in?",
        "reworded": [
            ("Mum's finding the stairs hard now - could you put a chair lift in? Her place is in Harrogate, one flight with no turns, 14 stairs.",
             "Certainly: a straight rail, 14 steps, Harrogate address."),
        ],
        "small_talk": (2, ("She's ninety-one and still does the crossword every day.", "Good for her!")),
        "unrelated": (0, ("Do you service other makes of stairlift?", "Yes, most of the main brands.")),
        "entity": ("place", [
            ("We'd like a stairlift fitted for my mum at her house in Inverness.", "Of course. Is the staircase straight?"),
            ("Yes, straight, with fourteen steps.", "Thanks: a straight stairlift, fourteen steps, in Inverness."),
        ]),
        "entity_reworded": ("product", [
            ("Mum's finding the stairs hard now - could you put a chair lift in? Her place is in Harrogate, the stairs turn at a half-landing, 14 stairs.",
             "Certainly: a made-to-measure curved rail round the half-landing, 14 steps, Harrogate."),
        ]),
        "third": ("intent", [
            ("We were going to get a stairlift for my mum in Harrogate, but she's moving into a bungalow, so we'll leave it.", "Understood. Shall I close the enquiry?"),
            ("Yes please.", "Done: the Harrogate stairlift enquiry is closed."),
        ]),
    },
    {
        "id": "en-floor-sanding",
        "thread": [
            ("Can you sand and varnish the floorboards in our hallway on 3 March?", "We can. Do you want a matt or a satin finish?"),
            ("Matt, please.", "Booked: hallway floor sanded and matt varnished on 3 March."),
        ],
        "follow": "When will we be able to walk on it?",
        "reworded": [
            ("We'd like our hall boards taken back and lacquered with a flat finish - is the third of March possible?",
             "Yes: hallway boards sanded with a matt lacquer, 3 March."),
        ],
        "small_talk": (1, ("We found the boards under three layers of lino.", "Those are often the nicest ones!")),
        "unrelated": (2, ("Will you need to take the front door off?", "No, we'll work around it.")),
        "entity": ("date", [
            ("Can you sand and varnish the floorboards in our hallway on 17 March?", "We can. Do you want a matt or a satin finish?"),
            ("Matt, please.", "Booked: hallway floor sanded and matt varnished on 17 March."),
        ]),
        "entity_reworded": ("product", [
            ("We'd like our hall boards taken back and finished with a hardwax oil rather than lacquer - is the third of March possible?",
             "Yes: hallway boards sanded and hardwax oiled, 3 March."),
        ]),
        "third": ("intent", [
            ("You're booked to sand our hallway floorboards on 3 March, but we've decided to carpet over them after all.", "No problem. Do you still want us to come?"),
            ("No, there's no need.", "Understood: the 3 March sanding is taken off the diary."),
        ]),
    },
    {
        "id": "en-mower-service",
        "thread": [
            ("I dropped my ride-on mower in for a service - the ticket number is 5817.", "Thanks, I've found it. It's on the bench now."),
            ("Just the standard service, no extras.", "Understood: ticket 5817, standard service only."),
        ],
        "follow": "When can I come and fetch the mower?",
        "reworded": [
            ("Hi, any news on the sit-on mower I left with you? Ticket 5817, basic service and nothing else.",
             "It's with the mechanic now: 5817, basic service only."),
        ],
        "small_talk": (2, ("The grass is already knee-high without it.", "We'll get it back to you as soon as we can!")),
        "unrelated": (1, ("Do you sell strimmer line?", "Yes, in several thicknesses.")),
        "entity": ("account", [
            ("I dropped my ride-on mower in for a service - the ticket number is 5871.", "Thanks, I've found it. It's on the bench now."),
            ("Just the standard service, no extras.", "Understood: ticket 5871, standard service only."),
        ]),
        "entity_reworded": ("plan", [
            ("Hi, any news on the sit-on mower I left with you? Ticket 5817, basic service plus a new drive belt.",
             "It's with the mechanic now: 5817, basic service and a replacement belt."),
        ]),
        "third": ("intent", [
            ("I left my ride-on mower with you, ticket 5817, but I've decided to sell it as it is.", "Okay. So we shouldn't service it?"),
            ("That's right, leave it as it is.", "Noted: no work on 5817; it's ready to collect untouched."),
        ]),
    },
]
