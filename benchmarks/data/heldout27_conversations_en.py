# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-seventh held-out conversation set (``conversations-heldout27.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout27_conversations.py`` turns them
into pairs. Written in session 33 by the ``heldout27`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-hula-hoop",
        "thread": [
            ("I'd like to sign up for the six-week beginners' hula hoop course on Wednesday evenings, starting 7 January.", "Lovely! Would you like to buy one of our weighted practice hoops as well?"),
            ("Yes, a hoop too please.", "Booked: the six-week beginners' hula hoop course from Wednesday 7 January, plus a weighted practice hoop."),
        ],
        "follow": "How much do I owe you, and what date is my last class?",
        "reworded": [
            ("Put me down for the hooping classes for newcomers - the run of six Wednesday nights that kicks off on the seventh of January - and I'll take one of your heavier hoops to practise with at home.",
             "Done: six Wednesday nights for newcomers from the 7th of January, with a heavier hoop to take home."),
        ],
        "small_talk": (1, ("I haven't done this since I was about nine!", "Then your hips will remember more than you think.")),
        "unrelated": (2, ("Is there anywhere to leave a coat?", "Yes, there are pegs by the studio door.")),
        "entity": ("plan", [
            ("I'd like to sign up for the ten-week beginners' hula hoop course on Wednesday evenings, starting 7 January.", "Lovely! Would you like to buy one of our weighted practice hoops as well?"),
            ("Yes, a hoop too please.", "Booked: the ten-week beginners' hula hoop course from Wednesday 7 January, plus a weighted practice hoop."),
        ]),
        "entity_reworded": ("person", [
            ("Put my mum down for the hooping classes for newcomers - the run of six Wednesday nights that kicks off on the seventh of January - and she'll take one of your heavier hoops to practise with at home.",
             "Done: your mum is in for six Wednesday nights from the 7th of January, with a heavier hoop to take home."),
        ]),
        "third": ("intent", [
            ("I've booked the six-week hula hoop course from 7 January, but my shifts have changed and Wednesdays are out.", "That's a shame. We also film every class - would you rather have the online version?"),
            ("The online one, then.", "Changed: your studio place is released and you'll get the online six-week course from 7 January instead."),
        ]),
    },
    {
        "id": "en-frisbee",
        "thread": [
            ("We'd like to enter a team of seven in the ultimate frisbee summer league at Victoria Park. We're called the Flying Teapots.", "Great name! Do you need us to supply team shirts?"),
            ("Yes, shirts for everyone, please.", "Entered: the Flying Teapots, seven players, in the summer league at Victoria Park, with seven team shirts."),
        ],
        "follow": "What's the total entry fee, and where do we play our first match?",
        "reworded": [
            ("There are seven of us who play together as the Flying Teapots and we fancy the disc league this summer over at Victoria Park. Can you kit us all out with shirts?",
             "Sure: the Flying Teapots, seven of you at Victoria Park this summer, shirts for all."),
        ],
        "small_talk": (2, ("Half of us have only been playing since spring.", "That's fine - the summer league is very friendly.")),
        "unrelated": (1, ("Can we bring our own cones to warm up?", "Of course, bring whatever you like.")),
        "entity": ("amount", [
            ("We'd like to enter a team of twelve in the ultimate frisbee summer league at Victoria Park. We're called the Flying Teapots.", "Great name! Do you need us to supply team shirts?"),
            ("Yes, shirts for everyone, please.", "Entered: the Flying Teapots, twelve players, in the summer league at Victoria Park, with twelve team shirts."),
        ]),
        "entity_reworded": ("place", [
            ("There are seven of us who play together as the Flying Teapots and we fancy the disc league this summer over at Hampden Fields. Can you kit us all out with shirts?",
             "Sure: the Flying Teapots, seven of you at Hampden Fields this summer, shirts for all."),
        ]),
        "third": ("intent", [
            ("The Flying Teapots are entered in the summer league at Victoria Park, but we've lost three players to injuries.", "Sorry to hear it. You could join the drop-in pick-up games on Sunday mornings instead - no fixed team needed."),
            ("Pick-up games it is.", "Done: the league entry is withdrawn and your four players are down for the Sunday pick-up games."),
        ]),
    },
    {
        "id": "en-nativity",
        "thread": [
            ("My daughter Isla, who's six, would like to be in the church nativity play on Sunday 21 December.", "How lovely! Would she like a speaking part or to be in the angel chorus?"),
            ("The angel chorus, please.", "Noted: Isla, age six, in the angel chorus for the nativity play on Sunday 21 December."),
        ],
        "follow": "When are the rehearsals, and what does she need to wear on the day?",
        "reworded": [
            ("Isla's six and desperate to be one of the singing angels when you put on the Christmas story at church on the twenty-first - can she join in?",
             "Of course: Isla, six, singing with the angels on the 21st."),
        ],
        "small_talk": (1, ("She's been practising her halo wobble all week.", "Ha! The vicar will be delighted.")),
        "unrelated": (2, ("Is there parking at the church hall?", "A few spaces, and the school car park is open too.")),
        "entity": ("date", [
            ("My daughter Isla, who's six, would like to be in the church nativity play on Wednesday 17 December.", "How lovely! Would she like a speaking part or to be in the angel chorus?"),
            ("The angel chorus, please.", "Noted: Isla, age six, in the angel chorus for the nativity play on Wednesday 17 December."),
        ]),
        "entity_reworded": ("person", [
            ("Finn's eleven and desperate to be one of the singing angels when you put on the Christmas story at church on the twenty-first - can he join in?",
             "Of course: Finn, eleven, singing with the angels on the 21st."),
        ]),
        "third": ("intent", [
            ("Isla is down for the angel chorus on 21 December, but she's terribly shy on stage.", "We understand. Would she rather help backstage with the props instead?"),
            ("Backstage, please.", "Done: Isla comes out of the chorus and is down as a props helper for 21 December."),
        ]),
    },
    {
        "id": "en-dodgems",
        "thread": [
            ("I'd like to hire your dodgems for a private party on Saturday 14 February, two hours, for 20 guests.", "Lovely. Would you like our music and lights package?"),
            ("Yes, the music and lights too.", "Booked: the dodgems for 20 guests, Saturday 14 February, two hours, with music and lights."),
        ],
        "follow": "What will the hire cost, and how many cars can run at once?",
        "reworded": [
            ("Could we have the bumper cars to ourselves for a couple of hours on Valentine's Day, the fourteenth? We'll be twenty people, and we'd love the disco sound and flashing lights.",
             "Certainly: the bumper cars privately for twenty, two hours on the 14th, disco lights and sound."),
        ],
        "small_talk": (2, ("It's for my sister's thirtieth.", "What a brilliant idea for a birthday!")),
        "unrelated": (1, ("Can we bring our own cake?", "Yes, there's a table you can use by the kiosk.")),
        "entity": ("amount", [
            ("I'd like to hire your dodgems for a private party on Saturday 14 February, two hours, for 45 guests.", "Lovely. Would you like our music and lights package?"),
            ("Yes, the music and lights too.", "Booked: the dodgems for 45 guests, Saturday 14 February, two hours, with music and lights."),
        ]),
        "entity_reworded": ("date", [
            ("Could we have the bumper cars to ourselves for a couple of hours on Easter Saturday? We'll be twenty people, and we'd love the disco sound and flashing lights.",
             "Certainly: the bumper cars privately for twenty, two hours on Easter Saturday, disco lights and sound."),
        ]),
        "third": ("intent", [
            ("We've got the dodgems booked for a party on 14 February, but half the guests can't drive them - they're too little.", "No problem. We could swap the dodgems for the teacup ride, which suits small children."),
            ("Teacups, then.", "Changed: your party on 14 February is on the teacup ride instead of the dodgems."),
        ]),
    },
    {
        "id": "en-radio",
        "thread": [
            ("Could you read out a dedication for my parents' ruby wedding on the breakfast show on Friday 6 March? Their names are Jean and Alan.", "Of course! Would you like us to play a song for them too?"),
            ("Yes, 'Moon River', please.", "Noted: a ruby wedding dedication to Jean and Alan on the Friday 6 March breakfast show, with 'Moon River'."),
        ],
        "follow": "Roughly what time will it go out, so they can listen?",
        "reworded": [
            ("Mum and Dad - Jean and Alan - have been married forty years on the sixth, a Friday. Could the morning presenter give them a mention and spin 'Moon River'?",
             "We'd love to: a shout-out for Jean and Alan's fortieth on the morning programme on the 6th, with 'Moon River'."),
        ],
        "small_talk": (1, ("They've listened to your station every morning for years.", "That's so nice to hear - we'll make it a good one.")),
        "unrelated": (2, ("Do you ever do outside broadcasts in our town?", "Yes, we're at the spring fair every year.")),
        "entity": ("date", [
            ("Could you read out a dedication for my parents' ruby wedding on the breakfast show on Monday 9 March? Their names are Jean and Alan.", "Of course! Would you like us to play a song for them too?"),
            ("Yes, 'Moon River', please.", "Noted: a ruby wedding dedication to Jean and Alan on the Monday 9 March breakfast show, with 'Moon River'."),
        ]),
        "entity_reworded": ("plan", [
            ("Mum and Dad - Jean and Alan - have been married forty years on the sixth, a Friday. Could the late-night presenter give them a mention and spin 'Moon River'?",
             "We'd love to: a shout-out for Jean and Alan's fortieth on the late-night programme on the 6th, with 'Moon River'."),
        ]),
        "third": ("intent", [
            ("I asked for a dedication for Jean and Alan on 6 March, but it's meant to be a surprise party and they might hear it first.", "Ah! We could record a message for you to play at the party instead?"),
            ("A recording, please.", "Done: nothing goes out on air, and we'll send you a recorded message for Jean and Alan."),
        ]),
    },
    {
        "id": "en-ironing",
        "thread": [
            ("Could you collect a bag of ironing from me on Tuesday and bring it back Thursday? My customer number is IR-3307.", "Of course. Do you want shirts on hangers or folded?"),
            ("On hangers, please.", "Booked: collection Tuesday, return Thursday, shirts on hangers, customer IR-3307."),
        ],
        "follow": "How much will that come to, and roughly what time will the driver come?",
        "reworded": [
            ("I've got a load of pressing for you again - could your van pick it up the day after Monday and drop it off two days later? Hang the shirts up. It's account IR-3307.",
             "No problem: picked up Tuesday, back Thursday, shirts hung, IR-3307."),
        ],
        "small_talk": (2, ("Honestly, you've saved my marriage.", "Ha! We hear that a lot.")),
        "unrelated": (1, ("Do you do alterations as well?", "Only hems, I'm afraid.")),
        "entity": ("account", [
            ("Could you collect a bag of ironing from me on Tuesday and bring it back Thursday? My customer number is IR-3370.", "Of course. Do you want shirts on hangers or folded?"),
            ("On hangers, please.", "Booked: collection Tuesday, return Thursday, shirts on hangers, customer IR-3370."),
        ]),
        "entity_reworded": ("amount", [
            ("I've got three loads of pressing for you again - could your van pick them up the day after Monday and drop them off two days later? Hang the shirts up. It's account IR-3307.",
             "No problem: three bags picked up Tuesday, back Thursday, shirts hung, IR-3307."),
        ]),
        "third": ("intent", [
            ("You're collecting my ironing on Tuesday, but I'm actually driving past your shop that morning.", "Then you could drop it in yourself and skip the collection charge - shall I cancel the pick-up?"),
            ("Yes, I'll bring it in.", "Done: the Tuesday collection is cancelled; drop the bag at the shop and it'll be ready Thursday."),
        ]),
    },
    {
        "id": "en-spelling-bee",
        "thread": [
            ("I'd like to enter my son Rohan, aged ten, in the junior spelling bee at Cardiff library on Saturday 28 March.", "Wonderful. Would you like the practice word booklet posted to you?"),
            ("Yes, please post it.", "Entered: Rohan, aged ten, in the junior spelling bee at Cardiff library on 28 March; the booklet is in the post."),
        ],
        "follow": "Which round does he start in, and what time must he be there?",
        "reworded": [
            ("Rohan, who's ten, wants to have a go at the children's spelling competition in the Cardiff library on the twenty-eighth of March. Could you send us the list of words to learn?",
             "Great: Rohan, ten, at the Cardiff library children's competition on the 28th, word list on its way."),
        ],
        "small_talk": (1, ("He spells everything out loud at the dinner table now.", "That sounds like a future champion!")),
        "unrelated": (2, ("Is there a café in the library?", "Yes, on the ground floor.")),
        "entity": ("person", [
            ("I'd like to enter my son Rohan, aged thirteen, in the junior spelling bee at Cardiff library on Saturday 28 March.", "Wonderful. Would you like the practice word booklet posted to you?"),
            ("Yes, please post it.", "Entered: Rohan, aged thirteen, in the junior spelling bee at Cardiff library on 28 March; the booklet is in the post."),
        ]),
        "entity_reworded": ("place", [
            ("Rohan, who's ten, wants to have a go at the children's spelling competition in the Newport library on the twenty-eighth of March. Could you send us the list of words to learn?",
             "Great: Rohan, ten, at the Newport library children's competition on the 28th, word list on its way."),
        ]),
        "third": ("intent", [
            ("Rohan is entered in the spelling bee on 28 March, but he's decided he'd rather not compete this year.", "That's fine. He could come along as a word-card runner for the judges, if he'd like to be involved?"),
            ("A runner, yes.", "Done: Rohan's entry is withdrawn and he's down as a runner for the judges on 28 March."),
        ]),
    },
    {
        "id": "en-raffle",
        "thread": [
            ("I'd like 5 strips of tickets for the hospice Christmas raffle, please. I'm a supporter, number HS-4412.", "Thank you! Would you like them posted or kept at the shop?"),
            ("Kept at the shop, please.", "Done: 5 strips of hospice raffle tickets for supporter HS-4412, kept at the shop."),
        ],
        "follow": "What do I owe, and how will I know if I've won?",
        "reworded": [
            ("Can I have five books' worth of the hospice's festive prize draw tickets? Supporter HS-4412 - I'll collect them in person from your charity shop.",
             "Lovely: five lots of festive draw tickets for HS-4412, to collect from the shop."),
        ],
        "small_talk": (2, ("My aunt won the hamper two years ago.", "Oh, that was a good one - lucky her!")),
        "unrelated": (1, ("Do you take donations of books?", "Yes, drop them round the back.")),
        "entity": ("amount", [
            ("I'd like 15 strips of tickets for the hospice Christmas raffle, please. I'm a supporter, number HS-4412.", "Thank you! Would you like them posted or kept at the shop?"),
            ("Kept at the shop, please.", "Done: 15 strips of hospice raffle tickets for supporter HS-4412, kept at the shop."),
        ]),
        "entity_reworded": ("account", [
            ("Can I have five books' worth of the hospice's festive prize draw tickets? Supporter HS-4421 - I'll collect them in person from your charity shop.",
             "Lovely: five lots of festive draw tickets for HS-4421, to collect from the shop."),
        ]),
        "third": ("intent", [
            ("I've reserved 5 strips of raffle tickets at the shop, but I'd rather just give the money to the hospice.", "That's very kind. Shall we turn it into a straight donation instead of tickets?"),
            ("Make it a donation, please.", "Done: the tickets are released and your payment goes to the hospice as a donation."),
        ]),
    },
    {
        "id": "en-observation-wheel",
        "thread": [
            ("Could I book a standard pod on the observation wheel for four of us on Saturday 7 March at 4pm?", "Of course. Would you like a souvenir photo at the top?"),
            ("Yes, a photo please.", "Booked: a standard pod for four on Saturday 7 March at 4pm, with a souvenir photo."),
        ],
        "follow": "How much is that in total, and how early should we check in?",
        "reworded": [
            ("The four of us want to go round on the big wheel on the seventh of March, a Saturday, at four in the afternoon - just an ordinary capsule - and we'd love a picture taken up high.",
             "Sure: an ordinary capsule for four on the 7th at 4pm, with a picture at the top."),
        ],
        "small_talk": (1, ("It's my dad's first time up there.", "He'll love the view of the river.")),
        "unrelated": (2, ("Is there a cloakroom for bags?", "Yes, by the ticket hall.")),
        "entity": ("plan", [
            ("Could I book a champagne pod on the observation wheel for four of us on Saturday 7 March at 4pm?", "Of course. Would you like a souvenir photo at the top?"),
            ("Yes, a photo please.", "Booked: a champagne pod for four on Saturday 7 March at 4pm, with a souvenir photo."),
        ]),
        "entity_reworded": ("date", [
            ("The four of us want to go round on the big wheel on the fourteenth of March, a Saturday, at four in the afternoon - just an ordinary capsule - and we'd love a picture taken up high.",
             "Sure: an ordinary capsule for four on the 14th at 4pm, with a picture at the top."),
        ]),
        "third": ("intent", [
            ("We've got a pod booked on the wheel on 7 March, but my mother has decided she's too nervous of heights.", "We understand. Would you like to swap to the river cruise that passes underneath instead?"),
            ("The river cruise, yes.", "Changed: your wheel booking is now four places on the river cruise on 7 March at 4pm."),
        ]),
    },
    {
        "id": "en-boccia",
        "thread": [
            ("I'd like to join the Thursday afternoon boccia sessions at Parkside sports hall, on the pay-as-you-go plan.", "Welcome! Do you need to borrow a set of balls?"),
            ("Yes, I'll borrow a set.", "Done: Thursday afternoons at Parkside, pay-as-you-go, with a borrowed set of balls."),
        ],
        "follow": "What do I pay each week, and what time should I arrive?",
        "reworded": [
            ("I'd love to come and play the ball-rolling game at Parkside on Thursdays after lunch, paying each time rather than signing up for a term. I haven't got my own balls.",
             "Lovely: Thursdays after lunch at Parkside, paying per visit, club balls for you."),
        ],
        "small_talk": (2, ("My physio suggested it after my stroke.", "It's a great choice - lots of our players say the same.")),
        "unrelated": (1, ("Is there a lift to the hall?", "Yes, straight from the car park.")),
        "entity": ("place", [
            ("I'd like to join the Thursday afternoon boccia sessions at Millbrook leisure centre, on the pay-as-you-go plan.", "Welcome! Do you need to borrow a set of balls?"),
            ("Yes, I'll borrow a set.", "Done: Thursday afternoons at Millbrook, pay-as-you-go, with a borrowed set of balls."),
        ]),
        "entity_reworded": ("plan", [
            ("I'd love to come and play the ball-rolling game at Parkside on Thursdays after lunch, signing up for the whole term. I haven't got my own balls.",
             "Lovely: Thursdays after lunch at Parkside for the term, club balls for you."),
        ]),
        "third": ("intent", [
            ("I've joined the Thursday boccia at Parkside, but I've realised I'd rather help than play.", "We'd be glad of that! Shall I sign you up as a volunteer referee instead?"),
            ("Referee, please.", "Done: you're off the player list and down as a volunteer referee on Thursday afternoons."),
        ]),
    },
    {
        "id": "en-cheerleading",
        "thread": [
            ("Please book my daughter Maya into the Saturday junior cheerleading class at the Eastgate gym. Her member number is CH-2051.", "Great! Does she need a practice uniform?"),
            ("Yes, a uniform in age 8-9.", "Booked: Maya, member CH-2051, Saturday junior cheerleading at Eastgate, with a practice uniform in age 8-9."),
        ],
        "follow": "How much is the term, and when does her first class start?",
        "reworded": [
            ("Maya wants to do cheer with the younger group at Eastgate on Saturdays - she's CH-2051 on your system. She'll need the kit for an eight or nine year old.",
             "All sorted: CH-2051, Saturday juniors at Eastgate, kit for ages 8-9."),
        ],
        "small_talk": (1, ("She's been doing cartwheels all over the living room.", "Perfect - she'll fit right in!")),
        "unrelated": (2, ("Is there somewhere parents can wait during the class?", "Yes, there's a small café upstairs.")),
        "entity": ("account", [
            ("Please book my daughter Maya into the Saturday junior cheerleading class at the Eastgate gym. Her member number is CH-2015.", "Great! Does she need a practice uniform?"),
            ("Yes, a uniform in age 8-9.", "Booked: Maya, member CH-2015, Saturday junior cheerleading at Eastgate, with a practice uniform in age 8-9."),
        ]),
        "entity_reworded": ("place", [
            ("Maya wants to do cheer with the younger group at Northfield on Saturdays - she's CH-2051 on your system. She'll need the kit for an eight or nine year old.",
             "All sorted: CH-2051, Saturday juniors at Northfield, kit for ages 8-9."),
        ]),
        "third": ("intent", [
            ("Maya's booked into Saturday junior cheer, but she's now got swimming lessons on Saturday mornings.", "No problem. We have a Tuesday after-school junior class - would that work?"),
            ("Tuesdays, please.", "Changed: Maya moves from Saturday to the Tuesday after-school junior class."),
        ]),
    },
]
