# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twelfth held-out conversation set (``conversations-heldout12.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout12_conversations.py`` turns them
into pairs. Written in session 18 by the ``heldout12`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-bike-service",
        "thread": [
            ("I'd like to book my road bike in for a full service.", "Sure. What make is it, and when can you drop it off?"),
            ("It's a Trek Domane, and I can bring it in on Saturday morning.", "Great: full service on the Trek Domane, drop-off Saturday morning."),
        ],
        "follow": "How long will you need to hang on to it?",
        "reworded": [
            ("My Trek Domane needs the complete once-over - could I leave it with you first thing at the weekend, on the Saturday?",
             "No problem: complete service for the Domane, left with us Saturday morning."),
        ],
        "small_talk": (1, ("I've done nearly three thousand miles on it this year.", "Impressive - no wonder it's due some attention.")),
        "unrelated": (2, ("Do you sell bike lights as well?", "Yes, there's a rack of front and rear lights by the till.")),
        "entity": ("product", [
            ("I'd like to book my road bike in for a full service and a new set of wheels.", "Sure. What make is it, and when can you drop it off?"),
            ("It's a Trek Domane, and I can bring it in on Saturday morning.", "Great: full service plus new wheels on the Trek Domane, drop-off Saturday morning."),
        ]),
        "entity_reworded": ("date", [
            ("My Trek Domane needs the complete once-over - could I leave it with you first thing midweek, on the Wednesday?",
             "No problem: complete service for the Domane, left with us Wednesday morning."),
        ]),
        "third": ("intent", [
            ("I booked my road bike in for a full service but I'd like to cancel it.", "Okay. What make is it, and which day was the drop-off?"),
            ("It's a Trek Domane, booked in for Saturday morning.", "Done: the Trek Domane's Saturday service is cancelled."),
        ]),
    },
    {
        "id": "en-school-place",
        "thread": [
            ("I need to apply for a secondary school place for my son.", "Of course. What's his name and date of birth, and which school is your first preference?"),
            ("Oliver Grant, born 14 May 2014, and we'd like Kingsmead Academy first.", "Thanks: Oliver Grant, born 14/05/2014, first preference Kingsmead Academy."),
        ],
        "follow": "What are his chances of getting in?",
        "reworded": [
            ("Our boy Oliver - surname Grant, birthday the fourteenth of May 2014 - starts Year 7 next September; top of our list is Kingsmead Academy.",
             "Got it: Oliver Grant, 14 May 2014, Kingsmead Academy as first choice."),
        ],
        "small_talk": (2, ("Sorry, he's shouting about his football boots in the background.", "Ha, don't worry, I can hear you fine.")),
        "unrelated": (1, ("Are school uniforms ordered through you too?", "No, each school sells its own uniform.")),
        "entity": ("place", [
            ("I need to apply for a secondary school place for my son.", "Of course. What's his name and date of birth, and which school is your first preference?"),
            ("Oliver Grant, born 14 May 2014, and we'd like Riverside Academy first.", "Thanks: Oliver Grant, born 14/05/2014, first preference Riverside Academy."),
        ]),
        "entity_reworded": ("person", [
            ("Our girl Amelia - surname Grant, birthday the fourteenth of May 2014 - starts Year 7 next September; top of our list is Kingsmead Academy.",
             "Got it: Amelia Grant, 14 May 2014, Kingsmead Academy as first choice."),
        ]),
        "third": ("intent", [
            ("I applied for a secondary school place for my son, but we're moving away so I want to withdraw the application.", "I see. What's his name and date of birth, and which school was your first preference?"),
            ("Oliver Grant, born 14 May 2014, and we'd put Kingsmead Academy first.", "Thanks: withdrawing Oliver Grant's application, first preference Kingsmead Academy."),
        ]),
    },
    {
        "id": "en-contents-claim",
        "thread": [
            ("I need to make a claim on my contents insurance - my bike was stolen from the shed.", "Sorry to hear that. Can I take your policy number and the value of the bike?"),
            ("Policy HC-448210, and the bike cost £850 last year.", "Thanks: policy HC-448210, stolen bike worth £850."),
        ],
        "follow": "How much will I get back after the excess?",
        "reworded": [
            ("Someone broke into our garden shed and took my bicycle, which I paid eight hundred and fifty pounds for a year ago - my home contents policy is HC-448210.",
             "Understood: theft claim on HC-448210, bicycle valued at £850."),
        ],
        "small_talk": (1, ("The police said there have been a few in our street this month.", "That's awful - at least you've reported it.")),
        "unrelated": (0, ("Can I update my email address on the account while I'm on?", "Yes, I've changed that for you now.")),
        "entity": ("amount", [
            ("I need to make a claim on my contents insurance - my bike was stolen from the shed.", "Sorry to hear that. Can I take your policy number and the value of the bike?"),
            ("Policy HC-448210, and the bike cost £1,400 last year.", "Thanks: policy HC-448210, stolen bike worth £1,400."),
        ]),
        "entity_reworded": ("account", [
            ("Someone broke into our garden shed and took my bicycle, which I paid eight hundred and fifty pounds for a year ago - my home contents policy is HC-448276.",
             "Understood: theft claim on HC-448276, bicycle valued at £850."),
        ]),
        "third": ("intent", [
            ("I started a claim on my contents insurance for my stolen bike, but it's been found, so I want to withdraw the claim.", "Good news. Can I take your policy number and the value of the bike?"),
            ("Policy HC-448210, and the bike cost £850 last year.", "Thanks: withdrawing the claim on HC-448210 for the £850 bike."),
        ]),
    },
    {
        "id": "en-post-redirection",
        "thread": [
            ("I want to set up a redirection for my post.", "Happy to help. What's the old address, and how long do you need it for?"),
            ("From 22 Elm Close in Bristol, for six months.", "Thanks: redirecting from 22 Elm Close, Bristol, for six months."),
        ],
        "follow": "When will the first letters start arriving at the new place?",
        "reworded": [
            ("Could you forward everything that comes to number twenty-two, Elm Close, Bristol, for half a year?",
             "Of course: half-year redirection from 22 Elm Close, Bristol."),
        ],
        "small_talk": (2, ("The new flat is much closer to my work, thankfully.", "That'll make a real difference to your mornings.")),
        "unrelated": (1, ("Do you still sell stamps at the counter?", "Yes, first and second class, in books or singly.")),
        "entity": ("plan", [
            ("I want to set up a redirection for my post.", "Happy to help. What's the old address, and how long do you need it for?"),
            ("From 22 Elm Close in Bristol, for twelve months.", "Thanks: redirecting from 22 Elm Close, Bristol, for twelve months."),
        ]),
        "entity_reworded": ("place", [
            ("Could you forward everything that comes to number twenty-two, Elm Close, Bath, for half a year?",
             "Of course: half-year redirection from 22 Elm Close, Bath."),
        ]),
        "third": ("intent", [
            ("I've got a redirection on my post and I want to stop it now.", "No problem. What's the old address, and how long was it set up for?"),
            ("From 22 Elm Close in Bristol, for six months.", "Thanks: ending the six-month redirection from 22 Elm Close, Bristol."),
        ]),
    },
    {
        "id": "en-ev-charger",
        "thread": [
            ("I'd like a quote for a home charger for my electric car.", "Certainly. What car do you drive, and where would the charger go?"),
            ("A Kia Niro, and on the front wall next to the driveway.", "Thanks: Kia Niro, charger on the front wall by the drive."),
        ],
        "follow": "How soon could you fit it?",
        "reworded": [
            ("We've got a Niro from Kia and want a charging point put up outside, on the wall beside our drive - can you price that?",
             "Of course: a wall charger beside the driveway for your Kia Niro."),
        ],
        "small_talk": (1, ("We're still getting used to how quiet the car is.", "Everyone says that at first!")),
        "unrelated": (2, ("Do you also install solar batteries?", "Not ourselves, but we can recommend a local installer.")),
        "entity": ("place", [
            ("I'd like a quote for a home charger for my electric car.", "Certainly. What car do you drive, and where would the charger go?"),
            ("A Kia Niro, and inside the detached garage at the back.", "Thanks: Kia Niro, charger in the detached garage."),
        ]),
        "entity_reworded": ("product", [
            ("We've got a Niro from Kia and want a charging point with a solar diverter put up outside, on the wall beside our drive - can you price that?",
             "Of course: a solar-ready wall charger beside the driveway for your Kia Niro."),
        ]),
        "third": ("intent", [
            ("You fitted a home charger for my electric car last year and I'd like it taken out.", "Certainly. What car do you drive, and where is the charger?"),
            ("A Kia Niro, and it's on the front wall next to the driveway.", "Thanks: removing the charger from the front wall by the drive."),
        ]),
    },
    {
        "id": "en-childminder",
        "thread": [
            ("I'm looking for a childminder for my daughter from January.", "Lovely. How old is she, and which days would you need?"),
            ("She's two, and it would be Mondays and Tuesdays, eight till six.", "Thanks: a two-year-old, Mondays and Tuesdays, 8am to 6pm, from January."),
        ],
        "follow": "What would that cost each week?",
        "reworded": [
            ("From the new year I need someone to look after my little girl - she turned two - on the first two weekdays, 8 in the morning to 6 at night.",
             "Okay: your two-year-old, Monday and Tuesday, 8-6, starting January."),
        ],
        "small_talk": (2, ("She's very chatty, I should warn you.", "That's the best kind!")),
        "unrelated": (0, ("Is there parking near your house for drop-off?", "Yes, there's plenty on the road outside.")),
        "entity": ("plan", [
            ("I'm looking for a childminder for my daughter from January.", "Lovely. How old is she, and which days would you need?"),
            ("She's two, and it would be Mondays, Tuesdays and Thursdays, eight till six.", "Thanks: a two-year-old, Mondays, Tuesdays and Thursdays, 8am to 6pm, from January."),
        ]),
        "entity_reworded": ("person", [
            ("From the new year I need someone to look after my baby boy - he's nine months - on the first two weekdays, 8 in the morning to 6 at night.",
             "Okay: your nine-month-old, Monday and Tuesday, 8-6, starting January."),
        ]),
        "third": ("intent", [
            ("My daughter is with you until January but I need to give notice and end her place.", "I'm sorry to hear that. How old is she, and which days does she come?"),
            ("She's two, and she comes Mondays and Tuesdays, eight till six.", "Thanks: ending the Monday and Tuesday place for your two-year-old."),
        ]),
    },
    {
        "id": "en-insulation-grant",
        "thread": [
            ("I want to apply for the loft insulation grant.", "Of course. What's your postcode, and do you get any benefits?"),
            ("LS6 2QT, and I get Pension Credit.", "Thanks: LS6 2QT, receiving Pension Credit."),
        ],
        "follow": "Would I have to pay anything towards it?",
        "reworded": [
            ("I'm on Pension Credit and live at postcode LS6 2QT - can I get help paying to insulate my attic?",
             "Noted: attic insulation grant, LS6 2QT, Pension Credit."),
        ],
        "small_talk": (1, ("The house is freezing upstairs in winter.", "Insulation should make a big difference there.")),
        "unrelated": (2, ("Can you tell me when the recycling centre closes today?", "It's open until 4pm on weekdays.")),
        "entity": ("product", [
            ("I want to apply for the cavity wall insulation grant.", "Of course. What's your postcode, and do you get any benefits?"),
            ("LS6 2QT, and I get Pension Credit.", "Thanks: LS6 2QT, receiving Pension Credit, cavity wall grant."),
        ]),
        "entity_reworded": ("place", [
            ("I'm on Pension Credit and live at postcode HG1 4PL - can I get help paying to insulate my attic?",
             "Noted: attic insulation grant, HG1 4PL, Pension Credit."),
        ]),
        "third": ("intent", [
            ("I applied for the loft insulation grant but I've decided to pay for it myself, so please withdraw my application.", "Of course. What's your postcode, and do you get any benefits?"),
            ("LS6 2QT, and I get Pension Credit.", "Thanks: withdrawing the application for LS6 2QT."),
        ]),
    },
    {
        "id": "en-washer-repair",
        "thread": [
            ("My washing machine is leaking and I'd like an engineer.", "Sorry about that. What's the make and model, and is it still under warranty?"),
            ("A Bosch Serie 6, bought in March last year, so yes.", "Thanks: Bosch Serie 6, in warranty, leaking."),
        ],
        "follow": "Will I have to pay for the visit?",
        "reworded": [
            ("Water's coming out from under my Bosch Serie 6 - we got it in March of last year so it should still be covered - can someone come out?",
             "Of course: in-warranty leak repair on a Bosch Serie 6."),
        ],
        "small_talk": (1, ("The kitchen floor is soaked, what a morning.", "Oh no - you might want to turn the tap off behind it for now.")),
        "unrelated": (0, ("Can I order a new filter for my tumble dryer through you?", "Yes, I can send one out in the post.")),
        "entity": ("date", [
            ("My washing machine is leaking and I'd like an engineer.", "Sorry about that. What's the make and model, and is it still under warranty?"),
            ("A Bosch Serie 6, bought in March three years ago, so I'm not sure.", "Thanks: Bosch Serie 6, bought three years ago, leaking."),
        ]),
        "entity_reworded": ("product", [
            ("Water's coming out from under my Bosch dishwasher - we got it in March of last year so it should still be covered - can someone come out?",
             "Of course: in-warranty leak repair on a Bosch dishwasher."),
        ]),
        "third": ("intent", [
            ("My washing machine keeps leaking and rather than a repair I'd like to claim a replacement.", "I understand. What's the make and model, and is it still under warranty?"),
            ("A Bosch Serie 6, bought in March last year, so yes.", "Thanks: replacement request for a Bosch Serie 6 in warranty."),
        ]),
    },
    {
        "id": "en-railcard",
        "thread": [
            ("I want to buy a 26-30 railcard.", "Sure. Would you like it digital or on a card, and for one year or three?"),
            ("Digital please, for one year.", "Thanks: digital 26-30 railcard, one year."),
        ],
        "follow": "What's the total I'll be charged for it?",
        "reworded": [
            ("Could I get the railcard for people aged twenty-six to thirty - twelve months, on the app rather than plastic?",
             "Certainly: 26-30 railcard, 12 months, in the app."),
        ],
        "small_talk": (2, ("I travel home to see my mum most weekends.", "Then it should pay for itself quickly.")),
        "unrelated": (1, ("Is there a lift at the station entrance?", "Yes, on the left as you come in.")),
        "entity": ("plan", [
            ("I want to buy a 26-30 railcard.", "Sure. Would you like it digital or on a card, and for one year or three?"),
            ("Digital please, for three years.", "Thanks: digital 26-30 railcard, three years."),
        ]),
        "entity_reworded": ("person", [
            ("Could I get the railcard for my boyfriend and me to travel together - twelve months, on the app rather than plastic?",
             "Certainly: Two Together railcard, 12 months, in the app."),
        ]),
        "third": ("intent", [
            ("I bought a 26-30 railcard yesterday by mistake and I'd like a refund.", "Sure. Was it digital or on a card, and for one year or three?"),
            ("Digital, for one year.", "Thanks: refunding the one-year digital 26-30 railcard."),
        ]),
    },
    {
        "id": "en-windscreen-chip",
        "thread": [
            ("I've got a chip in my windscreen and I'd like to claim a repair on my car insurance.", "No problem. What's your registration and policy number?"),
            ("KP19 XRT, and the policy is MW-773105.", "Thanks: KP19 XRT on policy MW-773105, chip repair."),
        ],
        "follow": "Will I have to pay an excess?",
        "reworded": [
            ("A stone has nicked the glass on my car - reg KP19 XRT - can I get that filled through my motor cover, number MW-773105?",
             "Of course: chip repair for KP19 XRT under MW-773105."),
        ],
        "small_talk": (1, ("It happened behind a gritting lorry on the M62.", "They're a menace for that.")),
        "unrelated": (2, ("Do you fit wiper blades as well?", "Yes, we can do them on the same visit.")),
        "entity": ("account", [
            ("I've got a chip in my windscreen and I'd like to claim a repair on my car insurance.", "No problem. What's your registration and policy number?"),
            ("KP19 XRT, and the policy is MW-773166.", "Thanks: KP19 XRT on policy MW-773166, chip repair."),
        ]),
        "entity_reworded": ("product", [
            ("A stone has cracked the whole windscreen on my car - reg KP19 XRT - can I get it replaced through my motor cover, number MW-773105?",
             "Of course: windscreen replacement for KP19 XRT under MW-773105."),
        ]),
        "third": ("intent", [
            ("I've got a chip in my windscreen but I'd rather pay for the repair myself than claim on my insurance.", "No problem. What's your registration and policy number?"),
            ("KP19 XRT, and the policy is MW-773105.", "Thanks: KP19 XRT, a private chip repair, no claim on MW-773105."),
        ]),
    },
    {
        "id": "en-bulky-waste",
        "thread": [
            ("I'd like to book a bulky waste collection.", "Of course. What items are there, and what's the address?"),
            ("A double mattress and a wardrobe, from 9 Larch Avenue.", "Thanks: a double mattress and a wardrobe from 9 Larch Avenue."),
        ],
        "follow": "How much will the council charge me for that lot?",
        "reworded": [
            ("Could the council take away an old wardrobe and a double-bed mattress for me? I'm at number nine, Larch Ave.",
             "Sure: wardrobe and double mattress from 9 Larch Avenue."),
        ],
        "small_talk": (2, ("We're finally clearing out the spare room.", "Always satisfying once it's done.")),
        "unrelated": (1, ("Is my green bin collected this week or next?", "Green bins on your road are due next Tuesday.")),
        "entity": ("product", [
            ("I'd like to book a bulky waste collection.", "Of course. What items are there, and what's the address?"),
            ("A double mattress, a wardrobe and a fridge freezer, from 9 Larch Avenue.", "Thanks: a double mattress, a wardrobe and a fridge freezer from 9 Larch Avenue."),
        ]),
        "entity_reworded": ("amount", [
            ("Could the council take away two old wardrobes and a double-bed mattress for me? I'm at number nine, Larch Ave.",
             "Sure: two wardrobes and a double mattress from 9 Larch Avenue."),
        ]),
        "third": ("intent", [
            ("I booked a bulky waste collection and I need to cancel it.", "Of course. What items were booked, and what's the address?"),
            ("A double mattress and a wardrobe, from 9 Larch Avenue.", "Thanks: the collection of a double mattress and a wardrobe from 9 Larch Avenue is cancelled."),
        ]),
    },
]
