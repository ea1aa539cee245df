# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-fifth held-out conversation set (``conversations-heldout25.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout25_conversations.py`` turns them
into pairs. Written in session 31 by the ``heldout25`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-duck-race",
        "thread": [
            ("I'd like 20 ducks in the hospice duck race on Sunday 4 May, please. My supporter number is DR-2207.", "Thank you! Would you like the ducks registered in your name or as a gift?"),
            ("In my name is fine.", "Done: 20 ducks in your name for the hospice duck race on Sunday 4 May, supporter DR-2207."),
        ],
        "follow": "How much do I owe, and when will I hear whether one of mine won?",
        "reworded": [
            ("Put me down for a score of the plastic ducks going down the river for the hospice on the fourth of May - supporter DR-2207, and register them to me.",
             "Of course: twenty ducks under your name, 4 May, supporter DR-2207."),
        ],
        "small_talk": (1, ("My mum was looked after there last year, so it means a lot.", "That's lovely to hear - thank you for supporting them.")),
        "unrelated": (2, ("Is there a cake stall at the finish?", "Yes, the WI run one by the footbridge.")),
        "entity": ("amount", [
            ("I'd like 200 ducks in the hospice duck race on Sunday 4 May, please. My supporter number is DR-2207.", "Thank you! Would you like the ducks registered in your name or as a gift?"),
            ("In my name is fine.", "Done: 200 ducks in your name for the hospice duck race on Sunday 4 May, supporter DR-2207."),
        ]),
        "entity_reworded": ("date", [
            ("Put me down for a score of the plastic ducks going down the river for the hospice on the eleventh of May - supporter DR-2207, and register them to me.",
             "Of course: twenty ducks under your name, 11 May, supporter DR-2207."),
        ]),
        "third": ("intent", [
            ("I've got 20 ducks in the hospice race on 4 May, but it turns out I'll be abroad that weekend.", "No problem. Would you like to turn the money into a straight donation instead?"),
            ("A donation, please.", "Done: your ducks are withdrawn and the money goes to the hospice as a donation."),
        ]),
    },
    {
        "id": "en-conkers",
        "thread": [
            ("Can I enter my ten-year-old nephew in the junior conker championship at Ashton on 10 October?", "Certainly. Will he bring his own conkers or use the official ones?"),
            ("The official ones, please.", "Entered: your nephew, aged ten, in the junior championship at Ashton on 10 October, official conkers."),
        ],
        "follow": "What time does his round start, and how much is the entry fee?",
        "reworded": [
            ("My brother's boy is ten and desperate to have a go at the children's conker contest in Ashton this October the tenth - he'll use the ones you provide.",
             "Lovely: he's in the junior section at Ashton on the tenth, with club conkers."),
        ],
        "small_talk": (2, ("He's been practising on his dad's knuckles all week.", "Ouch - he sounds ready, then!")),
        "unrelated": (1, ("Is the Ashton pub doing food that day?", "Yes, they run a barbecue from noon.")),
        "entity": ("person", [
            ("Can I enter my seventy-year-old father in the conker championship at Ashton on 10 October?", "Certainly. Will he bring his own conkers or use the official ones?"),
            ("The official ones, please.", "Entered: your father, aged seventy, in the veterans' championship at Ashton on 10 October, official conkers."),
        ]),
        "entity_reworded": ("place", [
            ("My brother's boy is ten and desperate to have a go at the children's conker contest in Kingsley this October the tenth - he'll use the ones you provide.",
             "Lovely: he's in the junior section at Kingsley on the tenth, with club conkers."),
        ]),
        "third": ("intent", [
            ("I entered my nephew in the junior conkers at Ashton on 10 October, but he says he'd rather help the judges than play.", "We're always short of helpers. Shall we make him a junior steward instead?"),
            ("Steward, yes.", "Done: his entry is withdrawn and he's down as a junior steward on 10 October."),
        ]),
    },
    {
        "id": "en-scarecrow",
        "thread": [
            ("We'd like to enter a scarecrow in the family category of the festival, on the pitch outside the post office.", "Wonderful. Do you have a theme in mind?"),
            ("A pirate, we think.", "Registered: a pirate scarecrow, family category, pitch outside the post office."),
        ],
        "follow": "What's the entry fee, and where do we collect our straw bale?",
        "reworded": [
            ("Our household fancies building a straw pirate for the village trail - could we have the spot by the post office, in the section for families?",
             "Yes: a family entry, pirate theme, by the post office."),
        ],
        "small_talk": (1, ("The kids have already raided their grandad's wardrobe.", "Ha, that's the best part!")),
        "unrelated": (2, ("Will the road be closed that weekend?", "Only the high street, from 10 till 4.")),
        "entity": ("plan", [
            ("We'd like to enter a scarecrow in the business category of the festival, on the pitch outside the post office.", "Wonderful. Do you have a theme in mind?"),
            ("A pirate, we think.", "Registered: a pirate scarecrow, business category, pitch outside the post office."),
        ]),
        "entity_reworded": ("place", [
            ("Our household fancies building a straw pirate for the village trail - could we have the spot by the church gate, in the section for families?",
             "Yes: a family entry, pirate theme, by the church gate."),
        ]),
        "third": ("intent", [
            ("We entered a pirate scarecrow outside the post office, but honestly we've got no time to build it.", "That happens. We could lend you a ready-made frame that you just dress - would that help?"),
            ("Lend us a frame.", "Done: a ready-made frame will be left at your pitch for you to dress."),
        ]),
    },
    {
        "id": "en-camel-trek",
        "thread": [
            ("Can I book the two-hour sunset camel trek for two adults on Saturday 14 June?", "Yes, there's space. Would you like the photo package too?"),
            ("No photos, thanks.", "Booked: two adults on the two-hour sunset trek, Saturday 14 June, no photo package."),
        ],
        "follow": "What time should we get there, and what's the total?",
        "reworded": [
            ("My partner and I would love to ride your camels as the sun goes down on the fourteenth of June - the longer evening one, and we'll skip the pictures.",
             "Lovely: two riders, the two-hour evening trek on the 14th, no pictures."),
        ],
        "small_talk": (2, ("It's our tenth anniversary, actually.", "Congratulations - what a way to celebrate!")),
        "unrelated": (1, ("What should we wear?", "Long trousers and closed shoes are best.")),
        "entity": ("plan", [
            ("Can I book the one-hour morning camel trek for two adults on Saturday 14 June?", "Yes, there's space. Would you like the photo package too?"),
            ("No photos, thanks.", "Booked: two adults on the one-hour morning trek, Saturday 14 June, no photo package."),
        ]),
        "entity_reworded": ("amount", [
            ("Four of us would love to ride your camels as the sun goes down on the fourteenth of June - the longer evening one, and we'll skip the pictures.",
             "Lovely: four riders, the two-hour evening trek on the 14th, no pictures."),
        ]),
        "third": ("intent", [
            ("We're booked on the sunset trek on 14 June, but my wife has decided she's too nervous to sit up that high.", "Plenty of people feel that way. We also do a meet-and-feed session on the ground with the camels."),
            ("The feeding session, then.", "Changed: two adults at the meet-and-feed session on 14 June instead of the trek."),
        ]),
    },
    {
        "id": "en-lacrosse",
        "thread": [
            ("Please sign my son Oliver up for the under-10s lacrosse coaching on Tuesdays. Our family membership is LX-4410.", "Great. Shall we take the fees by monthly direct debit?"),
            ("Monthly is best.", "Done: Oliver in the under-10s Tuesday coaching, monthly direct debit on membership LX-4410."),
        ],
        "follow": "What kit is needed, and what will come out of our account each month?",
        "reworded": [
            ("Oliver, who's nine, wants to learn lacrosse - could he join the little ones' Tuesday group, paid month by month? We're LX-4410.",
             "Of course: Oliver's in the Tuesday under-10s, billed monthly to LX-4410."),
        ],
        "small_talk": (1, ("He saw it on telly and hasn't stopped talking about it.", "That's how most of our players start!")),
        "unrelated": (2, ("Is there a changing room at the field?", "Yes, in the pavilion by the car park.")),
        "entity": ("account", [
            ("Please sign my son Oliver up for the under-10s lacrosse coaching on Tuesdays. Our family membership is LX-4471.", "Great. Shall we take the fees by monthly direct debit?"),
            ("Monthly is best.", "Done: Oliver in the under-10s Tuesday coaching, monthly direct debit on membership LX-4471."),
        ]),
        "entity_reworded": ("person", [
            ("My daughter Grace, who's fourteen, wants to learn lacrosse - could she join the Tuesday group for her age, paid month by month? We're LX-4410.",
             "Of course: Grace is in the Tuesday under-15s, billed monthly to LX-4410."),
        ]),
        "third": ("intent", [
            ("I signed Oliver up for Tuesday lacrosse, but he's a bit shy and wants to see what it's like first.", "Very sensible. We can swap the membership for a single taster session."),
            ("A taster, then.", "Changed: no monthly coaching for now, just one taster session for Oliver next Tuesday."),
        ]),
    },
    {
        "id": "en-ferret-racing",
        "thread": [
            ("I'd like to enter my two ferrets, Pickle and Nutmeg, in the novice heats at Thornbury Show on 9 August.", "Lovely names! Have they raced before?"),
            ("Never - it's their first time.", "Entered: Pickle and Nutmeg in the novice heats at Thornbury Show, 9 August."),
        ],
        "follow": "What time are the heats, and how much do I pay on the day?",
        "reworded": [
            ("Pickle and Nutmeg are my pair and they've never run a pipe - could they go in the beginners' races at the Thornbury show on the ninth of August?",
             "Yes: both in the beginners' races at Thornbury, 9 August."),
        ],
        "small_talk": (2, ("Nutmeg is definitely the faster one, don't tell Pickle.", "We won't breathe a word to Pickle!")),
        "unrelated": (1, ("Can I bring a travel cage into the ring?", "Yes, as long as it has a solid floor.")),
        "entity": ("amount", [
            ("I'd like to enter my five ferrets, Pickle, Nutmeg, Bramble, Sid and Pip, in the novice heats at Thornbury Show on 9 August.", "Lovely names! Have they raced before?"),
            ("Never - it's their first time.", "Entered: all five in the novice heats at Thornbury Show, 9 August."),
        ]),
        "entity_reworded": ("place", [
            ("Pickle and Nutmeg are my pair and they've never run a pipe - could they go in the beginners' races at the Dunmore show on the ninth of August?",
             "Yes: both in the beginners' races at Dunmore, 9 August."),
        ]),
        "third": ("intent", [
            ("Pickle and Nutmeg are entered for Thornbury on 9 August, but the vet says Nutmeg shouldn't travel this summer.", "Sorry to hear it. We can carry the entry over to next year's show, if you like."),
            ("Next year's show, please.", "Done: both entries moved to next year's Thornbury Show."),
        ]),
    },
    {
        "id": "en-metal-detecting",
        "thread": [
            ("Please book me on the guided metal detecting day at Hollow Farm on Saturday 21 June, with a detector hired.", "Sure. Would you like a digging trowel included as well?"),
            ("Yes, a trowel too.", "Booked: the guided day at Hollow Farm on 21 June, with a hired detector and a trowel."),
        ],
        "follow": "What time do we meet, and what's the total?",
        "reworded": [
            ("I haven't got a machine of my own, so could I borrow one of yours and a little spade for the farm search at Hollow Farm on the twenty-first of June?",
             "Of course: Hollow Farm, 21 June, machine and spade provided."),
        ],
        "small_talk": (1, ("My grandson is convinced I'll find Roman gold.", "Stranger things have happened!")),
        "unrelated": (2, ("Are there toilets on the farm?", "Yes, in the barn by the car park.")),
        "entity": ("plan", [
            ("Please book me on the guided metal detecting day at Hollow Farm on Saturday 21 June - I'll bring my own detector.", "Sure. Would you like a digging trowel included as well?"),
            ("Yes, a trowel too.", "Booked: the guided day at Hollow Farm on 21 June, your own detector, with a trowel."),
        ]),
        "entity_reworded": ("date", [
            ("I haven't got a machine of my own, so could I borrow one of yours and a little spade for the farm search at Hollow Farm on the twenty-eighth of June?",
             "Of course: Hollow Farm, 28 June, machine and spade provided."),
        ]),
        "third": ("intent", [
            ("I'm booked on the Hollow Farm day on 21 June, but I think I'd rather learn the basics at home first.", "We can post you a detector with our video course instead."),
            ("Post them to me.", "Changed: the farm day is cancelled and a detector with the video course is on its way to you."),
        ]),
    },
    {
        "id": "en-public-speaking",
        "thread": [
            ("Book me onto the six-week evening public speaking course in Norwich starting 3 March. Please invoice company account PS-7730.", "Happy to. Would you like the workbook posted to you beforehand?"),
            ("Yes, post it, please.", "Booked: the six-week evening course in Norwich from 3 March, invoiced to PS-7730, workbook posted."),
        ],
        "follow": "Where do I go on the first night, and who will the invoice be sent to?",
        "reworded": [
            ("My employer is paying - that's PS-7730 - for me to do your Norwich course on talking in front of people, the after-work one over six weeks from the third of March. Send the book ahead, too.",
             "Done: six weeks of evenings in Norwich from 3 March, billed to PS-7730, book sent ahead."),
        ],
        "small_talk": (2, ("I've got to give a speech at my sister's wedding in May.", "Then you've picked the right time to start!")),
        "unrelated": (1, ("Is there a car park near the venue?", "Yes, the St Andrew's car park is two minutes away.")),
        "entity": ("account", [
            ("Book me onto the six-week evening public speaking course in Norwich starting 3 March. Please invoice company account PS-7703.", "Happy to. Would you like the workbook posted to you beforehand?"),
            ("Yes, post it, please.", "Booked: the six-week evening course in Norwich from 3 March, invoiced to PS-7703, workbook posted."),
        ]),
        "entity_reworded": ("place", [
            ("My employer is paying - that's PS-7730 - for me to do your Ipswich course on talking in front of people, the after-work one over six weeks from the third of March. Send the book ahead, too.",
             "Done: six weeks of evenings in Ipswich from 3 March, billed to PS-7730, book sent ahead."),
        ]),
        "third": ("intent", [
            ("I'm booked on the Norwich evening course from 3 March, but my shifts have just moved to evenings.", "We run the same course as a weekend intensive, if that suits better."),
            ("Weekends suit me.", "Changed: you're on the weekend intensive instead of the evening course."),
        ]),
    },
    {
        "id": "en-chainsaw",
        "thread": [
            ("I want to book my son Tom on the two-day chainsaw maintenance and cross-cutting course on 16 and 17 April.", "Of course. Will he need to hire boots and trousers?"),
            ("He'll need the trousers, he has boots.", "Booked: Tom on the two-day maintenance and cross-cutting course, 16-17 April, trousers hired."),
        ],
        "follow": "Is there a certificate at the end, and what should be brought on the day?",
        "reworded": [
            ("Tom, my lad, needs the longer saw course - looking after the machine and cutting logs - over the sixteenth and seventeenth of April. He's got boots but will borrow your protective leggings.",
             "Done: Tom on both days, 16 and 17 April, with protective trousers from us."),
        ],
        "small_talk": (1, ("He's just started working on a friend's farm.", "Good for him - it's a useful skill.")),
        "unrelated": (2, ("Do we get fed at lunchtime?", "Tea and coffee are laid on, but bring your own sandwiches.")),
        "entity": ("plan", [
            ("I want to book my son Tom on the one-day chainsaw awareness course on 16 April.", "Of course. Will he need to hire boots and trousers?"),
            ("He'll need the trousers, he has boots.", "Booked: Tom on the one-day awareness course, 16 April, trousers hired."),
        ]),
        "entity_reworded": ("person", [
            ("Ellie, my fifteen-year-old, needs the longer saw course - looking after the machine and cutting logs - over the sixteenth and seventeenth of April. She's got boots but will borrow your protective leggings.",
             "Done: Ellie on both days, 16 and 17 April, with protective trousers from us."),
        ]),
        "third": ("intent", [
            ("Tom's booked on the chainsaw course on 16 and 17 April, but his new apprenticeship covers all of it.", "Great news for him. Shall we refund the place?"),
            ("Refund it, yes.", "Done: Tom's place is cancelled and the fee will be refunded."),
        ]),
    },
    {
        "id": "en-butterfly-house",
        "thread": [
            ("I'm booking a school visit for 30 Year 3 pupils on 19 May, with the caterpillar workshop.", "Lovely. How many adults will come with them?"),
            ("Four teachers.", "Booked: 30 Year 3 pupils and four teachers on 19 May, with the caterpillar workshop."),
        ],
        "follow": "How much will the school be invoiced, and how long should we allow for the visit?",
        "reworded": [
            ("Our seven-year-olds - thirty of them plus four staff - would like to come on the nineteenth of May and do the session where they learn about caterpillars.",
             "Noted: thirty children and four staff on 19 May, including the caterpillar session."),
        ],
        "small_talk": (2, ("They've been raising painted ladies in class all term.", "Then they'll be experts already!")),
        "unrelated": (1, ("Is there somewhere to eat packed lunches?", "Yes, the picnic barn seats sixty.")),
        "entity": ("amount", [
            ("I'm booking a school visit for 60 Year 3 pupils on 19 May, with the caterpillar workshop.", "Lovely. How many adults will come with them?"),
            ("Four teachers.", "Booked: 60 Year 3 pupils and four teachers on 19 May, with the caterpillar workshop."),
        ]),
        "entity_reworded": ("plan", [
            ("Our seven-year-olds - thirty of them plus four staff - would like to come on the nineteenth of May, just to walk round the glasshouse, no session.",
             "Noted: thirty children and four staff on 19 May, glasshouse only."),
        ]),
        "third": ("intent", [
            ("We've booked 30 pupils for 19 May, but the coach company has let us down.", "We can bring the caterpillar workshop to your school instead."),
            ("Come to us, then.", "Changed: our educator will run the workshop at your school on 19 May."),
        ]),
    },
    {
        "id": "en-bushcraft",
        "thread": [
            ("We'd like the family bushcraft weekend in Wyre Forest on 12-13 July, for two adults and two children aged eight and eleven.", "Brilliant. Will you be sleeping in our shelters or bringing a tent?"),
            ("Your shelters, please.", "Booked: two adults and two children, family bushcraft weekend in Wyre Forest, 12-13 July, in our shelters."),
        ],
        "follow": "What do we need to pack, and what's the cost for all of us?",
        "reworded": [
            ("Me, my husband and our kids of eight and eleven want to spend a weekend learning wild skills in Wyre Forest, the twelfth and thirteenth of July - and we'll sleep in the shelters you build.",
             "Great: four of you in Wyre Forest on 12-13 July, using our shelters."),
        ],
        "small_talk": (1, ("The children have been watching survival shows nonstop.", "Then they'll love it here!")),
        "unrelated": (2, ("Can we bring our dog?", "Sorry, no dogs on the family weekends.")),
        "entity": ("date", [
            ("We'd like the family bushcraft weekend in Wyre Forest on 22-23 November, for two adults and two children aged eight and eleven.", "Brilliant. Will you be sleeping in our shelters or bringing a tent?"),
            ("Your shelters, please.", "Booked: two adults and two children, family bushcraft weekend in Wyre Forest, 22-23 November, in our shelters."),
        ]),
        "entity_reworded": ("person", [
            ("Me, my husband and our toddler want to spend a weekend learning wild skills in Wyre Forest, the twelfth and thirteenth of July - and we'll sleep in the shelters you build.",
             "Great: the three of you in Wyre Forest on 12-13 July, using our shelters."),
        ]),
        "third": ("intent", [
            ("We're booked on the family bushcraft weekend on 12-13 July, but the kids say they want to sleep at home.", "That's fine - we run the same skills as two separate day sessions."),
            ("Day sessions, please.", "Changed: two day sessions on 12 and 13 July, no overnight stay."),
        ]),
    },
]
