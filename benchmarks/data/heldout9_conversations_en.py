# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the ninth held-out conversation set (``conversations-heldout9.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout9_conversations.py`` turns them
into pairs. Written in session 15 by the ``heldout9`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-pantomime-group",
        "thread": [
            ("I'm organising a school trip to the pantomime and need to book seats.", "Lovely! How many seats, and which performance?"),
            ("20 seats for the Saturday matinee on 13 December, please - 18 pupils and 2 teachers.", "Noted: 20 seats for the matinee on Saturday 13 December, 18 pupils and 2 staff."),
        ],
        "follow": "What's the total for our group booking?",
        "reworded": [
            ("Our Year 5 class is coming to see the panto - eighteen kids plus a couple of staff - at the afternoon show on Sat 13/12. Can you hold places for all of us?",
             "Of course: 20 places, Saturday 13 Dec afternoon performance, 18 children and 2 adults."),
        ],
        "small_talk": (2, ("The children have been practising their 'he's behind you!' all week.", "Ha - the cast will love that!")),
        "unrelated": (0, ("Is there somewhere the coach can drop us off outside the theatre?", "Yes, there's a coach bay on the side street.")),
        "entity": ("amount", [
            ("I'm organising a school trip to the pantomime and need to book seats.", "Lovely! How many seats, and which performance?"),
            ("35 seats for the Saturday matinee on 13 December, please - 32 pupils and 3 teachers.", "Noted: 35 seats for the matinee on Saturday 13 December, 32 pupils and 3 staff."),
        ]),
        "entity_reworded": ("date", [
            ("Our Year 5 class is coming to see the panto - eighteen kids plus a couple of staff - at the evening show on Boxing Day. Can you hold places for all of us?",
             "Of course: 20 places, the Boxing Day evening performance, 18 children and 2 adults - that's one of our peak shows."),
        ]),
        "third": ("intent", [
            ("We've got seats booked for a school trip to the pantomime, but the trip is off and I'd like our money back.", "Sorry to hear that. Which performance, and how many seats?"),
            ("20 seats for the Saturday matinee on 13 December - 18 pupils and 2 teachers.", "Found it: 20 seats for the matinee on Saturday 13 December, 18 pupils and 2 staff."),
        ]),
    },
    {
        "id": "en-punting-tour",
        "thread": [
            ("Can we book a chauffeured punt tour for Sunday afternoon?", "Certainly. How many of you, and where would you like to set off from?"),
            ("There are six of us, and we'd like to start from Magdalene Bridge at 2pm.", "Great - a private chauffeured tour for six, from Magdalene Bridge at 2pm on Sunday."),
        ],
        "follow": "How long will we be on the river, and what does it cost?",
        "reworded": [
            ("There'll be six of us in total, and we want someone to take us along the Backs by punt this Sunday - leaving from the Magdalene Bridge landing at two o'clock if possible.",
             "No problem: 6 guests, private punt with a chauffeur, Magdalene Bridge, 14:00 Sunday."),
        ],
        "small_talk": (1, ("It's my friend's 30th, so we want it to be a bit special.", "Happy birthday to her - we'll make sure it's a good one.")),
        "unrelated": (2, ("Is there anywhere nearby to leave our bags?", "There's a luggage store at the tourist office around the corner.")),
        "entity": ("place", [
            ("Can we book a chauffeured punt tour for Sunday afternoon?", "Certainly. How many of you, and where would you like to set off from?"),
            ("There are six of us, and we'd like to start from the Mill Pond at 2pm and go up to Grantchester.", "Great - a private chauffeured tour for six, from the Mill Pond up to Grantchester at 2pm on Sunday."),
        ]),
        "entity_reworded": ("amount", [
            ("There'll be twelve of us in total, and we want someone to take us along the Backs by punt this Sunday - leaving from the Magdalene Bridge landing at two o'clock if possible.",
             "No problem: 12 guests, so that's two punts with chauffeurs, Magdalene Bridge, 14:00 Sunday."),
        ]),
        "third": ("intent", [
            ("Instead of a chauffeured tour on Sunday afternoon, could we hire a punt and do the punting ourselves?", "Certainly. How many of you, and where would you like to set off from?"),
            ("There are six of us, and we'd like to start from Magdalene Bridge at 2pm.", "Great - a self-hire punt for six, from Magdalene Bridge at 2pm on Sunday."),
        ]),
    },
    {
        "id": "en-seal-trip",
        "thread": [
            ("I'd like tickets for the seal-watching boat trip from Morston.", "Of course. Which day, and who's coming?"),
            ("Thursday at 11am, for two adults and our 7-year-old.", "Booked in: the 11am seal trip from Morston on Thursday, two adults and one child."),
        ],
        "follow": "How much do I owe you for the tickets?",
        "reworded": [
            ("My wife, our little girl (she's seven) and I want to go out on the boat to see the seals - the late-morning sailing from Morston this Thursday, please.",
             "All set: Thursday 11:00 from Morston, 2 adults + 1 child."),
        ],
        "small_talk": (0, ("Hello! We're up here on holiday for the week.", "Welcome to Norfolk - the seals have had lots of pups this year.")),
        "unrelated": (1, ("Can we park at the quay?", "Yes, there's a National Trust car park right by it.")),
        "entity": ("person", [
            ("I'd like tickets for the seal-watching boat trip from Morston.", "Of course. Which day, and who's coming?"),
            ("Thursday at 11am, for two adults and my 80-year-old mother.", "Booked in: the 11am seal trip from Morston on Thursday, two adults and one senior."),
        ]),
        "entity_reworded": ("date", [
            ("My wife, our little girl (she's seven) and I want to go out on the boat to see the seals - the late-morning sailing from Morston on the bank holiday Monday, please.",
             "All set: bank holiday Monday 11:00 from Morston, 2 adults + 1 child, at the holiday fare."),
        ]),
        "third": ("intent", [
            ("We have tickets for the seal-watching boat trip from Morston, but we'd like to swap them for the puffin cruise instead.", "Of course. Which day are your tickets for, and who's coming?"),
            ("Thursday at 11am, for two adults and our 7-year-old.", "Found it: the 11am seal trip from Morston on Thursday, two adults and one child, to be changed to the puffin cruise."),
        ]),
    },
    {
        "id": "en-alpaca-voucher",
        "thread": [
            ("I want to buy an alpaca walk gift voucher for my partner.", "What a nice present! Which experience would you like on it?"),
            ("The standard one-hour walk, for one person.", "Perfect - a gift voucher for one person on the standard one-hour alpaca walk."),
        ],
        "follow": "What will the voucher cost me?",
        "reworded": [
            ("It's my other half's birthday soon and they adore alpacas - could I get a present card for a single place on your usual hour-long trek?",
             "Lovely idea: one place, standard 60-minute walk, as a gift voucher."),
        ],
        "small_talk": (1, ("I'm hoping it'll be a proper surprise.", "Our lips are sealed!")),
        "unrelated": (0, ("Do you post vouchers or are they emailed?", "We can do either - email is instant.")),
        "entity": ("plan", [
            ("I want to buy an alpaca walk gift voucher for my partner.", "What a nice present! Which experience would you like on it?"),
            ("The VIP experience with the picnic and feeding, for one person.", "Perfect - a gift voucher for one person on the VIP alpaca experience with picnic and feeding."),
        ]),
        "entity_reworded": ("amount", [
            ("It's my other half's birthday soon and they adore alpacas - could I get a present card for the two of us on your usual hour-long trek?",
             "Lovely idea: two places, standard 60-minute walk, as a gift voucher."),
        ]),
        "third": ("intent", [
            ("My partner was given an alpaca walk gift voucher and wants to use it rather than buy one.", "Lovely! Which experience is on the voucher?"),
            ("The standard one-hour walk, for one person.", "Thanks - that's a voucher for one person on the standard one-hour alpaca walk, ready to redeem."),
        ]),
    },
    {
        "id": "en-blacksmith-course",
        "thread": [
            ("Have you got space on a one-day blacksmithing course in March?", "We do. Which project would you like to forge, and who is the place for?"),
            ("A kitchen knife, and it's for me - I'm an adult beginner.", "Lovely - one adult beginner on the one-day knife-making course in March."),
        ],
        "follow": "What's the full price for the day?",
        "reworded": [
            ("I've always fancied having a go at the forge - is there a place left in March on the day where you make your own chef's knife? Just me, never done it before.",
             "Yes: one grown-up, first-timer, knife-forging day in March."),
        ],
        "small_talk": (2, ("I've been watching far too many forging shows on TV.", "You're not the only one - they've made our courses very popular!")),
        "unrelated": (0, ("Is the forge easy to find from the train station?", "It's a ten-minute walk - we send directions with the booking.")),
        "entity": ("product", [
            ("Have you got space on a one-day blacksmithing course in March?", "We do. Which project would you like to forge, and who is the place for?"),
            ("A fire poker, and it's for me - I'm an adult beginner.", "Lovely - one adult beginner on the one-day fire poker course in March."),
        ]),
        "entity_reworded": ("person", [
            ("My fourteen-year-old has always fancied having a go at the forge - is there a place left in March on the day where you make your own chef's knife? He's never done it before.",
             "Yes: one teenager, first-timer, knife-forging day in March - under-16s come with a paying adult."),
        ]),
        "third": ("intent", [
            ("Instead of doing a blacksmithing course in March, could I just buy one of the knives you make?", "We can do that. Which knife would you like, and who is it for?"),
            ("A kitchen knife, and it's for me.", "Lovely - one of our hand-forged kitchen knives, for you."),
        ]),
    },
    {
        "id": "en-stained-glass",
        "thread": [
            ("Could you make a new stained glass panel for our front door?", "We'd love to. What size is the opening, and what design did you have in mind?"),
            ("It's 60 by 40 centimetres, and we'd like a simple tulip pattern.", "Thanks - a new 60 x 40 cm door panel with a simple tulip design."),
        ],
        "follow": "How soon could it be finished?",
        "reworded": [
            ("We want a leaded coloured-glass piece made to go in the door at the front of the house - the gap's about 600mm x 400mm, and a plain design of tulips would suit us.",
             "Got it: new door panel, 600 x 400 mm, tulips, kept simple."),
        ],
        "small_talk": (0, ("Hi there, I saw your work at the craft fair last month.", "Oh, thank you - that was a lovely weekend.")),
        "unrelated": (1, ("Do you also sell small suncatchers?", "Yes, there's a selection in the shop from £15.")),
        "entity": ("amount", [
            ("Could you make a new stained glass panel for our front door?", "We'd love to. What size is the opening, and what design did you have in mind?"),
            ("It's 120 by 80 centimetres, and we'd like a simple tulip pattern.", "Thanks - a new 120 x 80 cm door panel with a simple tulip design."),
        ]),
        "entity_reworded": ("product", [
            ("We want a leaded coloured-glass lampshade made to hang in the hall at the front of the house - about 600mm across, and a plain design of tulips would suit us.",
             "Got it: new lampshade, 600 mm across, tulips, kept simple."),
        ]),
        "third": ("intent", [
            ("Rather than a new stained glass panel, could you repair the cracked one in our front door?", "Of course. What size is it, and what's the design?"),
            ("It's 60 by 40 centimetres, with a simple tulip pattern.", "Thanks - a repair to a 60 x 40 cm door panel with a tulip design."),
        ]),
    },
    {
        "id": "en-roller-disco-party",
        "thread": [
            ("I'd like to book a roller disco party for my son's 10th birthday.", "Brilliant! When would you like it, and are you existing customers?"),
            ("Sunday 9 March at 2pm, for 15 kids, and no, we've never been before.", "Great - a party for 15 children on Sunday 9 March at 2pm, new customers."),
        ],
        "follow": "How much is the deposit to hold the booking?",
        "reworded": [
            ("My lad turns ten and wants his party on skates - fifteen kids in all, the afternoon of Sun 9/3, two o'clock. It'll be our first time at your rink.",
             "Sounds fun: 15 kids, Sunday 9 March, 14:00, first visit."),
        ],
        "small_talk": (1, ("He's been practising in the driveway for weeks.", "He'll be a pro by the time the party comes round!")),
        "unrelated": (0, ("Is there anywhere to change a baby's nappy at the rink?", "Yes, next to the café.")),
        "entity": ("account", [
            ("I'd like to book a roller disco party for my son's 10th birthday.", "Brilliant! When would you like it, and are you existing customers?"),
            ("Sunday 9 March at 2pm, for 15 kids, and yes - please put it on our family season pass account.", "Great - a party for 15 children on Sunday 9 March at 2pm, on your family season pass account."),
        ]),
        "entity_reworded": ("date", [
            ("My lad turns ten and wants his party on skates - fifteen kids in all, the afternoon of Sat 15/3, two o'clock. It'll be our first time at your rink.",
             "Sounds fun: 15 kids, Saturday 15 March, 14:00, first visit - Saturdays are our peak slot."),
        ]),
        "third": ("intent", [
            ("I booked a roller disco party for my son's 10th birthday, but I'd like to cancel it now.", "Sorry to hear that. When was it booked for?"),
            ("Sunday 9 March at 2pm, for 15 kids. We've never been before.", "Found it - the party for 15 children on Sunday 9 March at 2pm."),
        ]),
    },
    {
        "id": "en-squash-membership",
        "thread": [
            ("I'd like to join the squash club.", "Great! Which membership would you like, and how would you like to pay?"),
            ("Off-peak, paid monthly by direct debit from my own bank account.", "Thanks - off-peak membership, monthly direct debit from your personal account."),
        ],
        "follow": "How much will I pay this month?",
        "reworded": [
            ("Can I sign up to play squash at your club? Daytime-only access is fine for me, and I'll set up a monthly payment from my current account.",
             "Of course: off-peak membership, monthly by direct debit."),
        ],
        "small_talk": (0, ("Morning! I've just moved to the area.", "Welcome! It's a friendly club.")),
        "unrelated": (1, ("Are there showers in the changing rooms?", "Yes, and towels are available at reception.")),
        "entity": ("plan", [
            ("I'd like to join the squash club.", "Great! Which membership would you like, and how would you like to pay?"),
            ("Full peak-time, paid monthly by direct debit from my own bank account.", "Thanks - full peak-time membership, monthly direct debit from your personal account."),
        ]),
        "entity_reworded": ("account", [
            ("Can I sign up to play squash at your club? Daytime-only access is fine for me, and my employer pays it through their corporate wellbeing account.",
             "Of course: off-peak membership, billed to your employer's corporate account."),
        ]),
        "third": ("intent", [
            ("I'm a member of the squash club and I'd like to leave.", "Sorry to see you go. Which membership do you have, and how do you pay?"),
            ("Off-peak, paid monthly by direct debit from my own bank account.", "Thanks - off-peak membership, monthly direct debit; we'll process your cancellation."),
        ]),
    },
    {
        "id": "en-gutter-clearing",
        "thread": [
            ("Can you clear the gutters on my house in Harrogate?", "Yes, we cover Harrogate. What type of house is it?"),
            ("A two-storey semi with a conservatory at the back.", "Thanks - a two-storey semi-detached house with a conservatory, in Harrogate."),
        ],
        "follow": "How much will you charge for the job?",
        "reworded": [
            ("My guttering needs emptying - it's a semi-detached, ground floor plus one upstairs, with a glass extension on the rear. I'm in Harrogate.",
             "Noted: semi, two floors, conservatory, Harrogate."),
        ],
        "small_talk": (2, ("The leaves this autumn have been unbelievable.", "Tell me about it - we've never been busier.")),
        "unrelated": (0, ("Do you take card payments on the day?", "Yes, the team carries a card reader.")),
        "entity": ("place", [
            ("Can you clear the gutters on my house in Pateley Bridge?", "Yes, we cover Pateley Bridge, though it's outside our usual area. What type of house is it?"),
            ("A two-storey semi with a conservatory at the back.", "Thanks - a two-storey semi-detached house with a conservatory, in Pateley Bridge."),
        ]),
        "entity_reworded": ("amount", [
            ("My guttering needs emptying - it's a semi-detached, ground floor plus two upstairs, with a glass extension on the rear. I'm in Harrogate.",
             "Noted: semi, three floors so we'll need the high-reach kit, conservatory, Harrogate."),
        ]),
        "third": ("intent", [
            ("Rather than clearing the gutters on my house in Harrogate, can you fit gutter guards so they stop filling up?", "Yes, we cover Harrogate. What type of house is it?"),
            ("A two-storey semi with a conservatory at the back.", "Thanks - gutter guards for a two-storey semi-detached house with a conservatory, in Harrogate."),
        ]),
    },
    {
        "id": "en-cider-pressing",
        "thread": [
            ("Can we bring our own apples to be pressed at your cider mill?", "Yes! Roughly how much fruit, and when would you like to come?"),
            ("About 100 kilos of apples, on Saturday 4 October.", "Booked: pressing about 100 kg of apples on Saturday 4 October."),
        ],
        "follow": "What will you charge us?",
        "reworded": [
            ("Our orchard has had a bumper year - could you turn a hundred-odd kilos of our eating apples into juice for us on the first Saturday in October?",
             "Lovely - around 100 kg of apples, Saturday 4 Oct."),
        ],
        "small_talk": (1, ("We had so many this year the branches were nearly breaking.", "It's been a wonderful year for apples.")),
        "unrelated": (2, ("Do you sell empty bottles too?", "Yes, we have bottles and bag-in-boxes at the shop.")),
        "entity": ("amount", [
            ("Can we bring our own apples to be pressed at your cider mill?", "Yes! Roughly how much fruit, and when would you like to come?"),
            ("About 300 kilos of apples, on Saturday 4 October.", "Booked: pressing about 300 kg of apples on Saturday 4 October."),
        ]),
        "entity_reworded": ("product", [
            ("Our orchard has had a bumper year - could you turn a hundred-odd kilos of our perry pears into juice for us on the first Saturday in October?",
             "Lovely - around 100 kg of perry pears, Saturday 4 Oct; pears are pressed on a separate line."),
        ]),
        "third": ("intent", [
            ("Instead of having our apples pressed, could we sell them to your cider mill?", "Possibly! Roughly how much fruit, and when would you like to come?"),
            ("About 100 kilos of apples, on Saturday 4 October.", "Noted: about 100 kg of apples to sell to us, on Saturday 4 October."),
        ]),
    },
    {
        "id": "en-foraging-walk",
        "thread": [
            ("I'd like two places on a mushroom foraging walk.", "Lovely. Which date, and which forest would you like?"),
            ("Sunday 12 October, in the New Forest please.", "Booked: two places on the New Forest foraging walk, Sunday 12 October."),
        ],
        "follow": "Where do we meet on the day?",
        "reworded": [
            ("My partner and I fancy learning to find fungi - could we join your Hampshire walk, the one in the New Forest, on the twelfth of October? It's a Sunday.",
             "Yes: 2 people, New Forest, Sun 12 Oct."),
        ],
        "small_talk": (0, ("Hello! We're total beginners, I'm afraid.", "Everyone starts somewhere - our guides love beginners.")),
        "unrelated": (1, ("Can we bring a flask of coffee?", "Of course, and there's a short break halfway.")),
        "entity": ("place", [
            ("I'd like two places on a mushroom foraging walk.", "Lovely. Which date, and which forest would you like?"),
            ("Sunday 12 October, in Ashdown Forest please.", "Booked: two places on the Ashdown Forest foraging walk, Sunday 12 October."),
        ]),
        "entity_reworded": ("date", [
            ("My partner and I fancy learning to find fungi - could we join your Hampshire walk on the nineteenth of October? It's a Sunday.",
             "Yes: 2 people, Sun 19 Oct - that week's walk starts from the other side of the forest."),
        ]),
        "third": ("intent", [
            ("We have two places on a mushroom foraging walk and would like to move them to the evening fungi talk instead.", "No problem. Which date and forest is your walk?"),
            ("Sunday 12 October, in the New Forest.", "Found it: two places on the New Forest walk, Sunday 12 October, to be changed to the evening talk."),
        ]),
    },
]
