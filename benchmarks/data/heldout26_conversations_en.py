# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-sixth held-out conversation set (``conversations-heldout26.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout26_conversations.py`` turns them
into pairs. Written in session 32 by the ``heldout26`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-sandcastle",
        "thread": [
            ("We'd like to enter a family team of four in the sandcastle competition at Westbay on Saturday 9 August.", "Great! Will you bring your own tools or borrow the club's?"),
            ("Our own tools.", "Entered: a family team of four at Westbay on Saturday 9 August, bringing your own tools."),
        ],
        "follow": "What time do we start digging, and which car park is closest to our plot?",
        "reworded": [
            ("The four of us - two parents, two kids - fancy having a go at building on the beach in the Westbay contest, the ninth of August. We've got spades of our own.",
             "Lovely: four of you as a family at Westbay on the 9th, own spades."),
        ],
        "small_talk": (1, ("My daughter has been drawing castle plans for a month.", "Brilliant - the judges love a bit of ambition!")),
        "unrelated": (2, ("Is there an ice cream kiosk on that beach?", "Yes, by the lifeboat slipway.")),
        "entity": ("date", [
            ("We'd like to enter a family team of four in the sandcastle competition at Westbay on Saturday 16 August.", "Great! Will you bring your own tools or borrow the club's?"),
            ("Our own tools.", "Entered: a family team of four at Westbay on Saturday 16 August, bringing your own tools."),
        ]),
        "entity_reworded": ("place", [
            ("The four of us - two parents, two kids - fancy having a go at building on the beach in the Polzeath contest, the ninth of August. We've got spades of our own.",
             "Lovely: four of you as a family at Polzeath on the 9th, own spades."),
        ]),
        "third": ("intent", [
            ("We entered a family team at Westbay on 9 August, but my husband's hurt his back and can't dig.", "Sorry to hear it. Would you rather come along as spectators and have reserved deckchairs by the judges' tent?"),
            ("Deckchairs, please.", "Done: your team entry is withdrawn and four deckchairs are reserved by the judges' tent on 9 August."),
        ]),
    },
    {
        "id": "en-bookbinding",
        "thread": [
            ("I'd like a place on the one-day Coptic bookbinding workshop on Saturday 14 March. My member number is BB-5521.", "Lovely. Would you like the optional leather cover upgrade?"),
            ("No, the standard board cover is fine.", "Booked: the one-day Coptic workshop on 14 March, standard board cover, member BB-5521."),
        ],
        "follow": "What do I need to bring, and how much will I be charged?",
        "reworded": [
            ("Could you save me a seat at the session where you learn the exposed-spine stitching, the fourteenth of March, just the single day? Plain boards will do - I'm BB-5521.",
             "Certainly: the single-day exposed-spine class on the 14th, plain boards, BB-5521."),
        ],
        "small_talk": (2, ("I've got a drawer full of lovely paper I never use.", "Then this is the perfect excuse!")),
        "unrelated": (1, ("Is the studio up any stairs?", "Yes, one flight, but there's a lift at the back.")),
        "entity": ("plan", [
            ("I'd like a place on the six-week Coptic bookbinding course starting Saturday 14 March. My member number is BB-5521.", "Lovely. Would you like the optional leather cover upgrade?"),
            ("No, the standard board cover is fine.", "Booked: the six-week Coptic course from 14 March, standard board cover, member BB-5521."),
        ]),
        "entity_reworded": ("account", [
            ("Could you save me a seat at the session where you learn the exposed-spine stitching, the fourteenth of March, just the single day? Plain boards will do - I'm BB-5512.",
             "Certainly: the single-day exposed-spine class on the 14th, plain boards, BB-5512."),
        ]),
        "third": ("intent", [
            ("I'm booked on the Coptic workshop on 14 March, but I've realised it's my sister who really wants to learn.", "Shall we turn your place into a gift voucher she can use on any date?"),
            ("A voucher for her, yes.", "Done: your 14 March booking is cancelled and a gift voucher is on its way to you for your sister."),
        ]),
    },
    {
        "id": "en-tarot",
        "thread": [
            ("Can I book a 45-minute tarot reading with Marguerite on Thursday at 5pm, in person?", "She's free then. Would you like a recording of the session?"),
            ("Yes, a recording please.", "Booked: a 45-minute reading with Marguerite, Thursday 5pm, in person, with a recording."),
        ],
        "follow": "How much will it be altogether, and when should I arrive?",
        "reworded": [
            ("I'd love to sit down with Marguerite for her three-quarters-of-an-hour cards session this Thursday, five o'clock, face to face - and could you record it for me?",
             "Of course: Thursday at five with Marguerite, 45 minutes in the room, recorded."),
        ],
        "small_talk": (1, ("A friend went last month and hasn't stopped talking about it.", "That's lovely to hear - Marguerite has a loyal following.")),
        "unrelated": (2, ("Do you sell the decks in the shop?", "Yes, we stock about a dozen.")),
        "entity": ("plan", [
            ("Can I book a 90-minute tarot reading with Marguerite on Thursday at 5pm, in person?", "She's free then. Would you like a recording of the session?"),
            ("Yes, a recording please.", "Booked: a 90-minute reading with Marguerite, Thursday 5pm, in person, with a recording."),
        ]),
        "entity_reworded": ("date", [
            ("I'd love to sit down with Marguerite for her three-quarters-of-an-hour cards session this Thursday, seven o'clock, face to face - and could you record it for me?",
             "Of course: Thursday at seven with Marguerite, 45 minutes in the room, recorded."),
        ]),
        "third": ("intent", [
            ("I've got a reading with Marguerite on Thursday at 5pm, but I'm snowed under at work this week.", "No trouble. She could do it by video call instead, if that's easier?"),
            ("Video call, please.", "Changed: your Thursday 5pm reading with Marguerite is now a video call."),
        ]),
    },
    {
        "id": "en-egg-hunt",
        "thread": [
            ("Could I have 3 tickets for the 10am Easter egg hunt at Hollins Park on Easter Monday? The children are 4 and 6.", "Of course. Would you like the bunny-ears add-on for the children?"),
            ("Yes, ears for both.", "Booked: 3 tickets, Easter Monday 10am at Hollins Park, with bunny ears for two children."),
        ],
        "follow": "When should we turn up, and what's the total?",
        "reworded": [
            ("Me and my two little ones, four and six, want to go hunting for chocolate at Hollins Park on the bank holiday Monday at Easter, morning slot at ten. Rabbit ears for the pair of them, please.",
             "Lovely: one adult and two kids at Hollins Park, Easter Monday at ten, two pairs of ears."),
        ],
        "small_talk": (2, ("My son has been practising his looking-under-things skills.", "Ha! He'll be a natural.")),
        "unrelated": (1, ("Are buggies all right on the paths?", "Yes, the trail is all tarmac.")),
        "entity": ("amount", [
            ("Could I have 5 tickets for the 10am Easter egg hunt at Hollins Park on Easter Monday? The children are 4 and 6.", "Of course. Would you like the bunny-ears add-on for the children?"),
            ("Yes, ears for both.", "Booked: 5 tickets, Easter Monday 10am at Hollins Park, with bunny ears for two children."),
        ]),
        "entity_reworded": ("date", [
            ("Me and my two little ones, four and six, want to go hunting for chocolate at Hollins Park on Easter Sunday, afternoon slot at two. Rabbit ears for the pair of them, please.",
             "Lovely: one adult and two kids at Hollins Park, Easter Sunday at two, two pairs of ears."),
        ]),
        "third": ("intent", [
            ("I've got tickets for the Hollins Park egg hunt on Easter Monday, but I'd actually love to help run it.", "We'd welcome that! Shall we sign you up as a volunteer egg hider instead?"),
            ("Hider, yes.", "Done: your tickets are refunded and you're down as a volunteer egg hider on Easter Monday."),
        ]),
    },
    {
        "id": "en-rock-pooling",
        "thread": [
            ("Please book the guided rock pooling walk at Wembury on Sunday 6 July for two adults and two children.", "Certainly. Do you need to borrow nets and buckets?"),
            ("Yes, nets and buckets for the kids.", "Booked: two adults and two children on the Wembury walk, Sunday 6 July, with nets and buckets."),
        ],
        "follow": "What time does it start, and where exactly do we meet the guide?",
        "reworded": [
            ("Our family - myself, my wife and our two youngsters - want to go exploring the pools on the shore with one of your rangers at Wembury, the sixth of July. Could the children borrow some kit to catch things?",
             "Sure: four of you at Wembury on 6 July, with nets and pails for the children."),
        ],
        "small_talk": (1, ("Our youngest is obsessed with crabs at the moment.", "Then she'll have the best morning ever.")),
        "unrelated": (2, ("Is there a café near the beach?", "Yes, at the top of the slipway.")),
        "entity": ("place", [
            ("Please book the guided rock pooling walk at Kimmeridge on Sunday 6 July for two adults and two children.", "Certainly. Do you need to borrow nets and buckets?"),
            ("Yes, nets and buckets for the kids.", "Booked: two adults and two children on the Kimmeridge walk, Sunday 6 July, with nets and buckets."),
        ]),
        "entity_reworded": ("date", [
            ("Our family - myself, my wife and our two youngsters - want to go exploring the pools on the shore with one of your rangers at Wembury, the thirteenth of July. Could the children borrow some kit to catch things?",
             "Sure: four of you at Wembury on 13 July, with nets and pails for the children."),
        ]),
        "third": ("intent", [
            ("We're booked on the Wembury rock pooling walk on 6 July, but we'd rather go at our own pace.", "Understood. We could post you our self-guided trail pack with an identification chart."),
            ("Post us the pack.", "Done: your walk booking is cancelled and the self-guided trail pack is in the post."),
        ]),
    },
    {
        "id": "en-parkour",
        "thread": [
            ("I'd like to enrol my eleven-year-old son in the Tuesday beginners' parkour class. Our account is PK-2094.", "Welcome aboard! Would you like the club T-shirt as well?"),
            ("No T-shirt, thanks.", "Enrolled: your son, aged eleven, in Tuesday beginners' parkour, no T-shirt, account PK-2094."),
        ],
        "follow": "What should he wear to the first session, and when will the first payment come out?",
        "reworded": [
            ("My boy is eleven and he's forever jumping off walls, so please put him in your novice free-running group on Tuesdays - we'll skip the top. Account PK-2094.",
             "Done: he's in the Tuesday novice group, no top, PK-2094."),
        ],
        "small_talk": (2, ("His grandmother is horrified, of course.", "They usually come round once they see the safety mats!")),
        "unrelated": (1, ("Is there parking at the sports centre?", "Yes, free for the first two hours.")),
        "entity": ("person", [
            ("I'd like to enrol myself, I'm forty-two, in the Tuesday beginners' parkour class. Our account is PK-2094.", "Welcome aboard! Would you like the club T-shirt as well?"),
            ("No T-shirt, thanks.", "Enrolled: you, aged forty-two, in the Tuesday adult beginners' parkour, no T-shirt, account PK-2094."),
        ]),
        "entity_reworded": ("account", [
            ("My boy is eleven and he's forever jumping off walls, so please put him in your novice free-running group on Tuesdays - we'll skip the top. Account PK-2049.",
             "Done: he's in the Tuesday novice group, no top, PK-2049."),
        ]),
        "third": ("intent", [
            ("I enrolled my son in Tuesday beginners' parkour, but he'd like to try it once before we commit to a whole term.", "Very sensible. Shall we switch him to a single taster session instead?"),
            ("One taster, please.", "Done: the term enrolment is cancelled and he's booked for one taster session on Tuesday."),
        ]),
    },
    {
        "id": "en-tin-mine",
        "thread": [
            ("Can I book the underground tour at Wheal Carrow for two adults and two children, aged 8 and 10, on Saturday at 11?", "Yes. Would you like to add the panning for gemstones activity?"),
            ("No, just the tour.", "Booked: the underground tour, two adults and two children aged 8 and 10, Saturday 11am, no panning."),
        ],
        "follow": "How long does it last, and what should the children wear?",
        "reworded": [
            ("We're a family of four - our kids are eight and ten - and we'd like to go down into the old workings at Wheal Carrow this Saturday, eleven o'clock. No gemstone activity, thanks.",
             "Great: four of you below ground at Wheal Carrow, Saturday at eleven, without the gemstones."),
        ],
        "small_talk": (1, ("My great-grandfather actually worked there.", "How wonderful - do mention it to the guide!")),
        "unrelated": (2, ("Do you have a gift shop?", "Yes, next to the engine house.")),
        "entity": ("plan", [
            ("Can I book the surface heritage tour at Wheal Carrow for two adults and two children, aged 8 and 10, on Saturday at 11?", "Yes. Would you like to add the panning for gemstones activity?"),
            ("No, just the tour.", "Booked: the surface heritage tour, two adults and two children aged 8 and 10, Saturday 11am, no panning."),
        ]),
        "entity_reworded": ("person", [
            ("We're a family of four - our kids are three and ten - and we'd like to go down into the old workings at Wheal Carrow this Saturday, eleven o'clock. No gemstone activity, thanks.",
             "Great: four of you below ground at Wheal Carrow, Saturday at eleven, without the gemstones, with a three-year-old."),
        ]),
        "third": ("intent", [
            ("We've booked the Wheal Carrow underground tour for Saturday, but my son has just told me he's scared of the dark.", "That's common. We can offer the above-ground history walk instead - it's in daylight the whole way."),
            ("The history walk, then.", "Changed: the four of you are now on the above-ground history walk on Saturday at 11."),
        ]),
    },
    {
        "id": "en-welly-wanging",
        "thread": [
            ("Please enter me in the women's welly wanging at the Thornbury show on 23 August. My entrant number is WW-6148.", "Done. Will you throw a standard size 9 or bring your own boot?"),
            ("The standard boot.", "Entered: the women's welly wanging, Thornbury show, 23 August, standard boot, entrant WW-6148."),
        ],
        "follow": "What time is my throw, and how many attempts do I get?",
        "reworded": [
            ("Could you sign me up to fling a wellington in the ladies' section at Thornbury on the twenty-third of August? I'll use the regulation boot - I'm WW-6148.",
             "Signed up: the ladies' section at Thornbury on the 23rd, regulation boot, WW-6148."),
        ],
        "small_talk": (2, ("I came second last year and I want revenge.", "We'll keep the measuring tape ready!")),
        "unrelated": (1, ("Is the show field dog-friendly?", "Yes, on a lead.")),
        "entity": ("person", [
            ("Please enter my nine-year-old son in the welly wanging at the Thornbury show on 23 August. My entrant number is WW-6148.", "Done. Will he throw a standard size 9 or bring his own boot?"),
            ("The standard boot.", "Entered: your son, aged nine, in the junior welly wanging, Thornbury show, 23 August, standard boot, entrant WW-6148."),
        ]),
        "entity_reworded": ("account", [
            ("Could you sign me up to fling a wellington in the ladies' section at Thornbury on the twenty-third of August? I'll use the regulation boot - I'm WW-6184.",
             "Signed up: the ladies' section at Thornbury on the 23rd, regulation boot, WW-6184."),
        ]),
        "third": ("intent", [
            ("I'm entered in the women's welly wanging at Thornbury on 23 August, but I've sprained my wrist.", "Oh no. We're short of people to measure the throws, if you'd like to help instead?"),
            ("Measuring, then.", "Done: your entry is withdrawn and you're on the measuring team on 23 August."),
        ]),
    },
    {
        "id": "en-gurning",
        "thread": [
            ("I'd like to enter my grandad, he's 78, in the gurning contest at Little Marston fair on 20 September.", "Splendid. Will he need help getting up onto the stage?"),
            ("Yes, a hand up the steps would be good.", "Entered: your grandfather, aged 78, in the gurning contest at Little Marston fair, 20 September, with help onto the stage."),
        ],
        "follow": "What time is he on, and does he need to bring anything?",
        "reworded": [
            ("My seventy-eight-year-old grandfather pulls the best faces in the county and wants to compete at the Little Marston fair on the twentieth of September - someone will need to help him up the stairs to the platform.",
             "Wonderful: he's entered, 78, Little Marston, 20 September, with assistance up the stairs."),
        ],
        "small_talk": (1, ("He's been taking his teeth out for practice all week.", "That's dedication!")),
        "unrelated": (2, ("Is there a beer tent at the fair?", "Yes, run by the cricket club.")),
        "entity": ("person", [
            ("I'd like to enter my grandson, he's 15, in the gurning contest at Little Marston fair on 20 September.", "Splendid. Will he need help getting up onto the stage?"),
            ("Yes, a hand up the steps would be good.", "Entered: your grandson, aged 15, in the junior gurning contest at Little Marston fair, 20 September, with help onto the stage."),
        ]),
        "entity_reworded": ("date", [
            ("My seventy-eight-year-old grandfather pulls the best faces in the county and wants to compete at the Little Marston fair on the twenty-seventh of September - someone will need to help him up the stairs to the platform.",
             "Wonderful: he's entered, 78, Little Marston, 27 September, with assistance up the stairs."),
        ]),
        "third": ("intent", [
            ("I entered my grandad in the gurning contest on 20 September, but he says he'd rather watch from the front row.", "Then shall we cancel his entry and reserve two front-row seats instead?"),
            ("Two front-row seats, please.", "Done: his entry is cancelled and two front-row seats are reserved for 20 September."),
        ]),
    },
    {
        "id": "en-pea-shooting",
        "thread": [
            ("We'd like to enter a team of three in the pea shooting championship at Witcham on 12 July, using our own shooters.", "Good luck! Do you need peas, or will you bring your own?"),
            ("Your peas, please.", "Entered: a team of three at Witcham on 12 July, own shooters, with championship peas."),
        ],
        "follow": "How much is the team entry, and what time do we shoot?",
        "reworded": [
            ("Three of us from the darts night are keen to have a go at the Witcham pea-blowing contest on the twelfth of July. We've got tubes already but could you supply the ammunition?",
             "Of course: a trio at Witcham on 12 July, your own tubes, our peas."),
        ],
        "small_talk": (2, ("We've been practising on the pub's dartboard.", "The landlord must love you!")),
        "unrelated": (1, ("Can we camp on the village green?", "No, but the farm next door has pitches.")),
        "entity": ("amount", [
            ("We'd like to enter a team of six in the pea shooting championship at Witcham on 12 July, using our own shooters.", "Good luck! Do you need peas, or will you bring your own?"),
            ("Your peas, please.", "Entered: a team of six at Witcham on 12 July, own shooters, with championship peas."),
        ]),
        "entity_reworded": ("product", [
            ("Three of us from the darts night are keen to have a go at the Witcham pea-blowing contest on the twelfth of July. We'd like to hire your laser-sighted tubes and could you supply the ammunition?",
             "Of course: a trio at Witcham on 12 July, hired laser-sighted tubes, our peas."),
        ]),
        "third": ("intent", [
            ("We entered a team of three at Witcham on 12 July, but two of us are now away that weekend.", "Shame! The remaining one of you could enter the individual event instead?"),
            ("The individual event, please.", "Changed: the team entry is withdrawn and one individual entry is made for 12 July."),
        ]),
    },
    {
        "id": "en-bed-race",
        "thread": [
            ("Please register our ward's team of six for the charity bed race in Ripley on 14 June. We'll hire one of your beds.", "Thank you! Would you like a fancy-dress theme allocated?"),
            ("No, we'll pick our own theme.", "Registered: a team of six from your ward, Ripley charity bed race, 14 June, hired bed, own theme."),
        ],
        "follow": "When and where do we pick up the bed, and how much sponsorship do we need to raise?",
        "reworded": [
            ("Six nurses from our ward want to push a bed through Ripley for charity on the fourteenth of June - we haven't got a bed on wheels, so we'll need to borrow one for a fee. We'll sort our costumes out ourselves.",
             "Brilliant: six from the ward, Ripley, 14 June, a rented bed, your own costumes."),
        ],
        "small_talk": (1, ("Our ward sister is already planning the costumes.", "I can't wait to see them!")),
        "unrelated": (2, ("Will the high street be closed?", "From 9 till 1, yes.")),
        "entity": ("product", [
            ("Please register our ward's team of six for the charity bed race in Ripley on 14 June. We'll build our own bed.", "Thank you! Would you like a fancy-dress theme allocated?"),
            ("No, we'll pick our own theme.", "Registered: a team of six from your ward, Ripley charity bed race, 14 June, own bed, own theme."),
        ]),
        "entity_reworded": ("place", [
            ("Six nurses from our ward want to push a bed through Harrogate for charity on the fourteenth of June - we haven't got a bed on wheels, so we'll need to borrow one for a fee. We'll sort our costumes out ourselves.",
             "Brilliant: six from the ward, Harrogate, 14 June, a rented bed, your own costumes."),
        ]),
        "third": ("intent", [
            ("Our ward's team is registered for the Ripley bed race on 14 June, but we're on shift until midday.", "Ah. You could marshal the afternoon stretch of the course instead, if that suits?"),
            ("Marshalling it is.", "Done: the team is withdrawn from the race and the six of you are down as afternoon marshals."),
        ]),
    },
]
