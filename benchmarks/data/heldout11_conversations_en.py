# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the eleventh held-out conversation set (``conversations-heldout11.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout11_conversations.py`` turns them
into pairs. Written in session 17 by the ``heldout11`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-vet-vaccination",
        "thread": [
            ("I'd like to book my dog in for his annual vaccination.", "Of course. What's his name and breed, and which day suits you?"),
            ("He's Biscuit, a three-year-old beagle, and Thursday afternoon would be best.", "Lovely: Biscuit the beagle, yearly booster, Thursday afternoon."),
        ],
        "follow": "What will the appointment cost me?",
        "reworded": [
            ("Biscuit, our beagle - he turned three - is due his yearly jabs; could you fit him in after lunch on Thursday?",
             "No problem: booster for Biscuit, Thursday after lunch."),
        ],
        "small_talk": (1, ("He hates the car journey, poor thing.", "A lot of dogs do - a favourite blanket can help.")),
        "unrelated": (2, ("Do you sell dog shampoo at reception?", "Yes, we keep a couple of brands by the front desk.")),
        "entity": ("product", [
            ("I'd like to book my dog in for his annual vaccination and a kennel cough spray.", "Of course. What's his name and breed, and which day suits you?"),
            ("He's Biscuit, a three-year-old beagle, and Thursday afternoon would be best.", "Lovely: Biscuit the beagle, yearly booster plus kennel cough, Thursday afternoon."),
        ]),
        "entity_reworded": ("date", [
            ("Biscuit, our beagle - he turned three - is due his yearly jabs; could you fit him in after lunch on Saturday?",
             "No problem: booster for Biscuit, Saturday after lunch."),
        ]),
        "third": ("intent", [
            ("I'd like to cancel my dog's annual vaccination appointment.", "Of course. What's his name and breed, and which day was it booked for?"),
            ("He's Biscuit, a three-year-old beagle, booked for Thursday afternoon.", "Right: cancelling Biscuit the beagle's booster on Thursday afternoon."),
        ]),
    },
    {
        "id": "en-broadband-move",
        "thread": [
            ("I'm moving house and want to take my broadband with me.", "Happy to help. What's the new address and your moving date?"),
            ("14 Ashgrove Road in Harrogate, and we get the keys on the 20th of March.", "Thanks: 14 Ashgrove Road, Harrogate, moving on 20 March."),
        ],
        "follow": "Will there be any charge for the engineer?",
        "reworded": [
            ("We're relocating on 20/3 - new place is number fourteen, Ashgrove Rd, Harrogate - can my internet service come along too?",
             "Sure: service transfer to 14 Ashgrove Road, Harrogate, from 20 March."),
        ],
        "small_talk": (1, ("Packing up twelve years of stuff is no joke.", "I can imagine - good luck with it all.")),
        "unrelated": (0, ("Is your app down at the moment? It won't let me log in.", "There was a short outage this morning, it should be working again now.")),
        "entity": ("place", [
            ("I'm moving house and want to take my broadband with me.", "Happy to help. What's the new address and your moving date?"),
            ("14 Ashgrove Road in Ripon, and we get the keys on the 20th of March.", "Thanks: 14 Ashgrove Road, Ripon, moving on 20 March."),
        ]),
        "entity_reworded": ("date", [
            ("We're relocating on 20/5 - new place is number fourteen, Ashgrove Rd, Harrogate - can my internet service come along too?",
             "Sure: service transfer to 14 Ashgrove Road, Harrogate, from 20 May."),
        ]),
        "third": ("intent", [
            ("I'm moving house and want to end my broadband contract rather than take it with me.", "I can help with that. What's the address you're leaving and your moving date?"),
            ("We're leaving for 14 Ashgrove Road in Harrogate, and we get the keys on the 20th of March.", "Thanks: ending the service when you move to 14 Ashgrove Road on 20 March."),
        ]),
    },
    {
        "id": "en-energy-tariff",
        "thread": [
            ("I want to switch my electricity to your fixed tariff.", "Great. Could you give me your account number and current monthly payment?"),
            ("It's account 55102-778 and I pay £96 a month by direct debit.", "Thanks: account 55102-778, £96 monthly direct debit, switching to the fixed tariff."),
        ],
        "follow": "What would my new monthly payment be?",
        "reworded": [
            ("Could you move me onto the fixed-price deal for power? Customer number 55102-778, currently ninety-six pounds each month from the bank.",
             "Of course: 55102-778, paying £96 a month, moving to the fixed price."),
        ],
        "small_talk": (2, ("Sorry about the noise, my kids are home from school.", "No worries at all, I can hear you fine.")),
        "unrelated": (1, ("Do you still do the free energy-saving light bulbs?", "That offer ended last year, I'm afraid.")),
        "entity": ("account", [
            ("I want to switch my electricity to your fixed tariff.", "Great. Could you give me your account number and current monthly payment?"),
            ("It's account 55102-913 and I pay £96 a month by direct debit.", "Thanks: account 55102-913, £96 monthly direct debit, switching to the fixed tariff."),
        ]),
        "entity_reworded": ("plan", [
            ("Could you move me onto the overnight-cheaper deal for power? Customer number 55102-778, currently ninety-six pounds each month from the bank.",
             "Of course: 55102-778, paying £96 a month, moving to the off-peak tariff."),
        ]),
        "third": ("intent", [
            ("I want to leave your fixed tariff and go back to the standard variable one.", "Okay. Could you give me your account number and current monthly payment?"),
            ("It's account 55102-778 and I pay £96 a month by direct debit.", "Thanks: account 55102-778, £96 monthly direct debit, leaving the fixed tariff."),
        ]),
    },
    {
        "id": "en-council-tax-discount",
        "thread": [
            ("I'd like to apply for the single person discount on my council tax.", "Certainly. What's your council tax account number, and since when have you lived alone?"),
            ("Account 7730412, and my flatmate moved out on 1 October.", "Thanks: account 7730412, living alone from 1 October."),
        ],
        "follow": "How much will my bill go down by?",
        "reworded": [
            ("Since the first of October it's just me in the flat - my housemate left - so can I get the sole occupier reduction? Reference is 7730412.",
             "Noted: 7730412, sole occupancy since 1 October."),
        ],
        "small_talk": (1, ("It's very quiet without her, to be honest.", "I'm sure it takes some getting used to.")),
        "unrelated": (2, ("Which day is the brown bin collected on my street?", "For your road it's every other Tuesday.")),
        "entity": ("account", [
            ("I'd like to apply for the single person discount on my council tax.", "Certainly. What's your council tax account number, and since when have you lived alone?"),
            ("Account 7730488, and my flatmate moved out on 1 October.", "Thanks: account 7730488, living alone from 1 October."),
        ]),
        "entity_reworded": ("date", [
            ("Since the first of June it's just me in the flat - my housemate left - so can I get the sole occupier reduction? Reference is 7730412.",
             "Noted: 7730412, sole occupancy since 1 June."),
        ]),
        "third": ("intent", [
            ("My partner has moved in, so I need to tell you to stop my single person discount on council tax.", "Thanks for letting us know. What's your account number, and when did they move in?"),
            ("Account 7730412, and he moved in on 1 October.", "Thanks: account 7730412, discount ending from 1 October."),
        ]),
    },
    {
        "id": "en-dentist-checkup",
        "thread": [
            ("Can I book a check-up with Dr Patel?", "Of course. Are you an existing patient, and when would you like to come in?"),
            ("Yes, I've been with you for years. Any weekday morning next week is fine.", "I've got you down for a check-up with Dr Patel, a weekday morning next week."),
        ],
        "follow": "Do I need to pay anything upfront?",
        "reworded": [
            ("I'm a long-standing patient and I'm due my routine exam - could Dr Patel see me some time before lunch, Monday to Friday, the week after this?",
             "Done: routine exam with Dr Patel, a morning next week."),
        ],
        "small_talk": (1, ("I'm always a bit nervous at the dentist, silly really.", "Not silly at all - just let Dr Patel know and she'll take it slowly.")),
        "unrelated": (0, ("Is there step-free access to your surgery?", "Yes, there's a ramp at the side entrance.")),
        "entity": ("person", [
            ("Can I book a check-up with Dr Okafor?", "Of course. Are you an existing patient, and when would you like to come in?"),
            ("Yes, I've been with you for years. Any weekday morning next week is fine.", "I've got you down for a check-up with Dr Okafor, a weekday morning next week."),
        ]),
        "entity_reworded": ("product", [
            ("I'm a long-standing patient and I'd like some teeth whitening - could Dr Patel see me some time before lunch, Monday to Friday, the week after this?",
             "Done: whitening consultation with Dr Patel, a morning next week."),
        ]),
        "third": ("intent", [
            ("I need to cancel my check-up with Dr Patel.", "Of course. Are you an existing patient, and when was it booked for?"),
            ("Yes, I've been with you for years. It was a weekday morning next week.", "I've cancelled your check-up with Dr Patel next week."),
        ]),
    },
    {
        "id": "en-car-hire",
        "thread": [
            ("I'd like to hire a car from your Gatwick branch.", "Certainly. Which dates, and what size of car?"),
            ("From the 3rd to the 10th of August, a small automatic please.", "Noted: Gatwick, 3 to 10 August, small automatic."),
        ],
        "follow": "Is insurance included in the price?",
        "reworded": [
            ("Picking up at Gatwick, I need a compact car with an auto gearbox for a week - collecting on 3 August and bringing it back on the 10th.",
             "That's fine: compact automatic at Gatwick, 3-10 August."),
        ],
        "small_talk": (2, ("We're driving down to Cornwall, first holiday in ages.", "That sounds lovely - I hope the weather's kind to you.")),
        "unrelated": (1, ("Are your Gatwick staff at the North or South terminal?", "Our desk is in the South Terminal arrivals hall.")),
        "entity": ("product", [
            ("I'd like to hire a car from your Gatwick branch.", "Certainly. Which dates, and what size of car?"),
            ("From the 3rd to the 10th of August, a seven-seater automatic please.", "Noted: Gatwick, 3 to 10 August, seven-seater automatic."),
        ]),
        "entity_reworded": ("place", [
            ("Picking up at Heathrow, I need a compact car with an auto gearbox for a week - collecting on 3 August and bringing it back on the 10th.",
             "That's fine: compact automatic at Heathrow, 3-10 August."),
        ]),
        "third": ("intent", [
            ("I'd like to extend a car hire I already have from your Gatwick branch.", "Certainly. Which dates is it booked for, and what car is it?"),
            ("From the 3rd to the 10th of August, a small automatic.", "Noted: your Gatwick small automatic, currently 3 to 10 August, to be extended."),
        ]),
    },
    {
        "id": "en-ferry-booking",
        "thread": [
            ("I want to book a ferry from Portsmouth to Santander with my car.", "Of course. When are you travelling and how many passengers?"),
            ("Leaving on 12 July, two adults and one child.", "Thanks: Portsmouth to Santander, 12 July, car plus two adults and a child."),
        ],
        "follow": "Do we need to book a cabin?",
        "reworded": [
            ("There'll be three of us - me, my wife and our little girl - driving onto the boat at Portsmouth on the twelfth of July, heading for Santander.",
             "Great: vehicle and three passengers, Portsmouth-Santander, 12 July."),
        ],
        "small_talk": (1, ("Our daughter's never been on a ship before.", "She's in for a treat - there's a kids' club on board.")),
        "unrelated": (2, ("Can I buy euros at the port?", "There's a bureau de change in the terminal building.")),
        "entity": ("place", [
            ("I want to book a ferry from Plymouth to Santander with my car.", "Of course. When are you travelling and how many passengers?"),
            ("Leaving on 12 July, two adults and one child.", "Thanks: Plymouth to Santander, 12 July, car plus two adults and a child."),
        ]),
        "entity_reworded": ("person", [
            ("There'll be three of us - me, my wife and my elderly father - driving onto the boat at Portsmouth on the twelfth of July, heading for Santander.",
             "Great: vehicle and three passengers, Portsmouth-Santander, 12 July."),
        ]),
        "third": ("intent", [
            ("I want to change my ferry booking from Portsmouth to Santander to foot passengers only, without the car.", "Of course. When are you travelling and how many passengers?"),
            ("Leaving on 12 July, two adults and one child.", "Thanks: Portsmouth to Santander, 12 July, two adults and a child on foot."),
        ]),
    },
    {
        "id": "en-removals-quote",
        "thread": [
            ("Could I get a quote for a house move?", "Of course. How big is the house and how far are you moving?"),
            ("A three-bedroom semi, moving from Leeds to Bristol.", "Got it: three-bed semi, Leeds to Bristol."),
        ],
        "follow": "How many days' notice do you need?",
        "reworded": [
            ("We're relocating down to Bristol from our 3-bed semi-detached in Leeds - what would you charge?",
             "Right: Leeds to Bristol, three bedrooms."),
        ],
        "small_talk": (2, ("It's for my husband's new job.", "Congratulations to him - exciting times.")),
        "unrelated": (0, ("Do you take old mattresses away?", "We can, for a small extra fee.")),
        "entity": ("amount", [
            ("Could I get a quote for a house move?", "Of course. How big is the house and how far are you moving?"),
            ("A five-bedroom detached, moving from Leeds to Bristol.", "Got it: five-bed detached, Leeds to Bristol."),
        ]),
        "entity_reworded": ("place", [
            ("We're relocating down to Exeter from our 3-bed semi-detached in Leeds - what would you charge?",
             "Right: Leeds to Exeter, three bedrooms."),
        ]),
        "third": ("intent", [
            ("Could I get a quote for storing our furniture instead of moving it?", "Of course. How big is the house and where is it?"),
            ("A three-bedroom semi in Leeds; we're off to Bristol later.", "Got it: storage for a three-bed semi from Leeds."),
        ]),
    },
    {
        "id": "en-passport-child",
        "thread": [
            ("I need to renew my son's passport.", "Sure. How old is he, and when does his current passport expire?"),
            ("He's nine, and it runs out on 30 April.", "Thanks: child passport renewal, age 9, expiring 30 April."),
        ],
        "follow": "Can I do it all online?",
        "reworded": [
            ("My boy's passport is up at the end of April - the 30th - and he's 9 years old; how do I get a new one for him?",
             "Okay: renewal for your 9-year-old son, current one valid to 30 April."),
        ],
        "small_talk": (1, ("He's growing so fast, he won't look like his old photo anyway!", "That's very common with children's passports.")),
        "unrelated": (2, ("Is the Durham passport office open on Saturdays?", "Only for pre-booked urgent appointments.")),
        "entity": ("person", [
            ("I need to renew my daughter's passport.", "Sure. How old is she, and when does her current passport expire?"),
            ("She's fifteen, and it runs out on 30 April.", "Thanks: child passport renewal, age 15, expiring 30 April."),
        ]),
        "entity_reworded": ("date", [
            ("My boy's passport is up at the end of December - the 30th - and he's 9 years old; how do I get a new one for him?",
             "Okay: renewal for your 9-year-old son, current one valid to 30 December."),
        ]),
        "third": ("intent", [
            ("I need to report my son's passport as lost rather than renew it.", "Sure. How old is he, and when does the lost passport expire?"),
            ("He's nine, and it would have run out on 30 April.", "Thanks: lost child passport, age 9, valid to 30 April."),
        ]),
    },
    {
        "id": "en-cattery",
        "thread": [
            ("I'd like to book my two cats into your cattery.", "Lovely. What dates do you need?"),
            ("From Friday 18 December to Sunday 27 December.", "Pencilled in: two cats, 18 to 27 December."),
        ],
        "follow": "Do I need to bring their vaccination cards?",
        "reworded": [
            ("We're away over Christmas, from the eighteenth to the twenty-seventh - have you got space for our pair of cats?",
             "Yes: a pen for both cats, 18-27 December."),
        ],
        "small_talk": (1, ("They're sisters, so they'll be fine sharing.", "That makes it easy - they'll keep each other company.")),
        "unrelated": (2, ("Do you do dog walking as well?", "Not us, but there's a walker down the road we can recommend.")),
        "entity": ("amount", [
            ("I'd like to book my three cats into your cattery.", "Lovely. What dates do you need?"),
            ("From Friday 18 December to Sunday 27 December.", "Pencilled in: three cats, 18 to 27 December."),
        ]),
        "entity_reworded": ("date", [
            ("We're away over New Year, from the twenty-eighth to the fourth - have you got space for our pair of cats?",
             "Yes: a pen for both cats, 28 December to 4 January."),
        ]),
        "third": ("intent", [
            ("I'd like to shorten the booking for my two cats at your cattery.", "Sure. What dates is it for now?"),
            ("From Friday 18 December to Sunday 27 December.", "I see: two cats, 18 to 27 December, to be shortened."),
        ]),
    },
    {
        "id": "en-pet-insurance-claim",
        "thread": [
            ("I want to make a claim on my pet insurance.", "I'm sorry to hear that. What's your policy number, and what was the treatment?"),
            ("Policy PX-44018, my cat Luna had a tooth removed on 2 November.", "Thanks: policy PX-44018, dental extraction for Luna on 2 November."),
        ],
        "follow": "How long does it take to get paid?",
        "reworded": [
            ("Luna - my cat - needed an extraction at the vet's on the second of November; I'd like to claim it back. My cover number is PX-44018.",
             "Noted: PX-44018, tooth extraction for Luna, 2 November."),
        ],
        "small_talk": (1, ("She's back to eating normally now, thankfully.", "That's good to hear.")),
        "unrelated": (2, ("Can I update my email address while I'm on?", "Yes, I've just changed it for you.")),
        "entity": ("account", [
            ("I want to make a claim on my pet insurance.", "I'm sorry to hear that. What's your policy number, and what was the treatment?"),
            ("Policy PX-44093, my cat Luna had a tooth removed on 2 November.", "Thanks: policy PX-44093, dental extraction for Luna on 2 November."),
        ]),
        "entity_reworded": ("plan", [
            ("Luna - my cat - needed an extraction at the vet's on the second of November; I'd like to claim it back. I'm on the accident-only cover, number PX-44018.",
             "Noted: PX-44018 accident-only, tooth extraction for Luna, 2 November."),
        ]),
        "third": ("intent", [
            ("I want to withdraw a claim I made on my pet insurance.", "Okay. What's your policy number, and which treatment was the claim for?"),
            ("Policy PX-44018, my cat Luna had a tooth removed on 2 November.", "Thanks: withdrawing the claim on PX-44018 for Luna's extraction on 2 November."),
        ]),
    },
]
