# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the sixth held-out conversation set (``conversations-heldout6.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout6_conversations.py`` turns them
into pairs. Written in session 12 by the ``heldout6`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-balloon-flight",
        "thread": [
            ("I'd like to book a sunrise balloon flight from Bath for two people.", "Lovely. Would you like a weekday voucher or an anytime voucher?"),
            ("Weekday, please - we're flexible.", "OK: two weekday sunrise flights from Bath."),
        ],
        "follow": "How much will that be altogether?",
        "reworded": [
            ("There are two of us wanting to go up in a hot air balloon at dawn, taking off from Bath. Midweek suits us fine.",
             "Got it - a Monday-to-Friday dawn flight from Bath for two passengers."),
        ],
        "small_talk": (0, ("Hello! It's a surprise for our anniversary.", "Congratulations - what a lovely way to celebrate!")),
        "unrelated": (1, ("Is there parking at the launch site?", "Yes, there's free parking in the field next to it.")),
        "entity": ("plan", [
            ("I'd like to book a sunrise balloon flight from Bath for two people.", "Lovely. Would you like a weekday voucher or an anytime voucher?"),
            ("Anytime, please - we'd like to go on a Saturday.", "OK: two anytime sunrise flights from Bath."),
        ]),
        "entity_reworded": ("amount", [
            ("There are five of us wanting to go up in a hot air balloon at dawn, taking off from Bath. Midweek suits us fine.",
             "Got it - a Monday-to-Friday dawn flight from Bath for five passengers."),
        ]),
        "third": ("intent", [
            ("We booked a sunrise balloon flight from Bath for two people and have to cancel it.", "Sorry to hear that. Was it on a weekday voucher or an anytime voucher?"),
            ("Weekday.", "Found it: two weekday sunrise flights from Bath."),
        ]),
    },
    {
        "id": "en-respite-care",
        "thread": [
            ("My dad needs a two-week respite stay at your care home in March.", "Of course. Does he need residential care or nursing care?"),
            ("Residential - he walks fine, he just can't be on his own while I'm away.", "Thanks, that's a two-week residential respite stay in March."),
        ],
        "follow": "What would the fees come to?",
        "reworded": [
            ("I'm away for a fortnight in March and my father can't be left alone. He gets around without help and doesn't need a nurse - could he stay with you for those 14 nights?",
             "Yes - a 14-night residential respite stay for your father in March."),
        ],
        "small_talk": (1, ("Sorry, this is all new to me.", "Not at all, we'll go through it step by step.")),
        "unrelated": (0, ("Can visitors come in the evenings?", "Yes, visiting is open until 8pm every day.")),
        "entity": ("product", [
            ("My dad needs a two-week respite stay at your care home in March.", "Of course. Does he need residential care or nursing care?"),
            ("Nursing - a nurse has to help with his medication and dressings.", "Thanks, that's a two-week nursing respite stay in March."),
        ]),
        "entity_reworded": ("amount", [
            ("I'm away for four weeks in March and my father can't be left alone. He gets around without help and doesn't need a nurse - could he stay with you for those 28 nights?",
             "Yes - a 28-night residential respite stay for your father in March."),
        ]),
        "third": ("intent", [
            ("My dad is booked in for a two-week respite stay at your care home in March, but we have to cancel it.", "I understand. Was it for residential care or nursing care?"),
            ("Residential.", "Thanks, that's the two-week residential respite stay in March."),
        ]),
    },
    {
        "id": "en-tattoo",
        "thread": [
            ("I want a small fine-line tattoo on my wrist.", "Nice. Roughly how big, and colour or black only?"),
            ("About 5 cm, black only.", "Great - a 5 cm black fine-line piece on the wrist."),
        ],
        "follow": "How long will the session take?",
        "reworded": [
            ("Looking to get a tiny fine line design on the inside of my wrist - five centimetres or so, no colour.",
             "Sounds good - fine-line in black ink, about 5cm, on your wrist."),
        ],
        "small_talk": (2, ("I'm a bit nervous, it's my first one!", "Totally normal - we'll look after you.")),
        "unrelated": (0, ("Do you do piercings as well?", "No, we only do tattoos, sorry.")),
        "entity": ("product", [
            ("I want a small fine-line tattoo on my wrist.", "Nice. Roughly how big, and colour or black only?"),
            ("About 5 cm, in full colour.", "Great - a 5 cm full-colour fine-line piece on the wrist."),
        ]),
        "entity_reworded": ("amount", [
            ("Looking to get a fine line design on the inside of my forearm - fifteen centimetres or so, no colour.",
             "Sounds good - fine-line in black ink, about 15cm, on your forearm."),
        ]),
        "third": ("intent", [
            ("I'd like laser removal of a small fine-line tattoo on my wrist.", "We can help with that. Roughly how big, and colour or black only?"),
            ("About 5 cm, black only.", "Thanks - removing a 5 cm black fine-line tattoo on the wrist."),
        ]),
    },
    {
        "id": "en-community-hall",
        "thread": [
            ("I'd like to hire the main hall on Saturday 12 April for a christening party.", "The main hall is free that day. What hours do you need?"),
            ("From 2pm to 6pm.", "Pencilled in: main hall, Saturday 12 April, 2-6pm."),
        ],
        "follow": "How much is that going to cost?",
        "reworded": [
            ("Is the big hall available on Sat 12/4? It's for a christening do, 14:00 till 18:00.",
             "It is - I've pencilled in the main hall on Saturday 12 April, 14:00 to 18:00."),
        ],
        "small_talk": (1, ("Sorry for the delay, the baby woke up!", "Not a problem - take all the time you need.")),
        "unrelated": (0, ("Do you know if the car park gets busy at weekends?", "It can be busy on Saturday mornings but is usually quieter after lunch.")),
        "entity": ("product", [
            ("I'd like to hire the committee room on Saturday 12 April for a christening party.", "The committee room is free that day. What hours do you need?"),
            ("From 2pm to 6pm.", "Pencilled in: committee room, Saturday 12 April, 2-6pm."),
        ]),
        "entity_reworded": ("date", [
            ("Is the big hall available on Wed 9/4? It's for a christening do, 14:00 till 18:00.",
             "It is - I've pencilled in the main hall on Wednesday 9 April, 14:00 to 18:00."),
        ]),
        "third": ("intent", [
            ("I've got the main hall booked on Saturday 12 April for a christening party and I need to cancel.", "I'm sorry to hear that. Which hours was the booking for?"),
            ("2pm to 6pm.", "Found it: main hall, Saturday 12 April, 2-6pm."),
        ]),
    },
    {
        "id": "en-scuba-course",
        "thread": [
            ("I want to do the Open Water diving course at your Plymouth centre.", "Great. Would you like the two-weekend format or four evenings plus one weekend?"),
            ("The two weekends, please.", "OK - Open Water in Plymouth, over two weekends."),
        ],
        "follow": "What does the course cost?",
        "reworded": [
            ("Could I sign up for Open Water at the Plymouth branch? Weekends are best for me, so the version that runs over two of them.",
             "Sure - the Open Water course in Plymouth, the two-weekend option."),
        ],
        "small_talk": (0, ("Hi there! I've wanted to learn to dive for years.", "Hi! Great that you're finally doing it.")),
        "unrelated": (1, ("Is there a shop where I can buy a mask?", "Yes, the dive shop downstairs sells masks and fins.")),
        "entity": ("product", [
            ("I want to do the Advanced Open Water diving course at your Plymouth centre.", "Great. Would you like the two-weekend format or four evenings plus one weekend?"),
            ("The two weekends, please.", "OK - Advanced Open Water in Plymouth, over two weekends."),
        ]),
        "entity_reworded": ("place", [
            ("Could I sign up for Open Water at the Falmouth branch? Weekends are best for me, so the version that runs over two of them.",
             "Sure - the Open Water course in Falmouth, the two-weekend option."),
        ]),
        "third": ("intent", [
            ("I'm booked on the Open Water diving course at your Plymouth centre but have to cancel.", "Sorry to hear that. Was it the two-weekend format or four evenings plus one weekend?"),
            ("The two weekends.", "OK - Open Water in Plymouth, over two weekends."),
        ]),
    },
    {
        "id": "en-tyre-fitting",
        "thread": [
            ("I need two new front tyres for a 2019 Ford Focus.", "No problem. Budget, mid-range or premium?"),
            ("Mid-range, please.", "Two mid-range front tyres for the Focus, fitted."),
        ],
        "follow": "How much will that come to with fitting?",
        "reworded": [
            ("my focus (2019 one) needs new tyres on the front, a pair of them. mid range is fine",
             "OK - a pair of mid-range tyres for the front of your 2019 Focus, including fitting."),
        ],
        "small_talk": (1, ("Sorry, I'm typing this on my lunch break!", "No rush at all.")),
        "unrelated": (0, ("Do you do MOTs as well?", "Yes, we're an MOT test centre too.")),
        "entity": ("amount", [
            ("I need four new tyres for a 2019 Ford Focus.", "No problem. Budget, mid-range or premium?"),
            ("Mid-range, please.", "Four mid-range tyres for the Focus, fitted."),
        ]),
        "entity_reworded": ("product", [
            ("my focus (2019 one) needs new tyres on the front, a pair of them. premium ones please",
             "OK - a pair of premium tyres for the front of your 2019 Focus, including fitting."),
        ]),
        "third": ("intent", [
            ("I'd like the two front tyres on my 2019 Ford Focus swapped over to the back.", "No problem. Shall we move the rear ones to the front at the same time?"),
            ("Yes, please.", "OK - swapping the front and rear tyres on the Focus."),
        ]),
    },
    {
        "id": "en-register-office",
        "thread": [
            ("We'd like to get married at the register office on Friday 20 June.", "Congratulations! The small ceremony room or the larger Garden Room?"),
            ("The small room - it's just us and two witnesses.", "Great, the small ceremony room on Friday 20 June."),
        ],
        "follow": "What's the fee for that?",
        "reworded": [
            ("Hi, we're hoping for a register office wedding on Fri 20/6. Only the two of us plus our witnesses, so the little room will do.",
             "Lovely - the small ceremony room, Friday 20 June."),
        ],
        "small_talk": (0, ("Hello! We've just got engaged.", "Congratulations to you both!")),
        "unrelated": (1, ("Can we take photos inside the building?", "Yes, photos are allowed during and after the ceremony.")),
        "entity": ("date", [
            ("We'd like to get married at the register office on Saturday 21 June.", "Congratulations! The small ceremony room or the larger Garden Room?"),
            ("The small room - it's just us and two witnesses.", "Great, the small ceremony room on Saturday 21 June."),
        ]),
        "entity_reworded": ("product", [
            ("Hi, we're hoping for a register office wedding on Fri 20/6. We're inviting about 40 guests, so we'll need the Garden Room.",
             "Lovely - the Garden Room, Friday 20 June."),
        ]),
        "third": ("intent", [
            ("We're booked to get married at the register office on Friday 20 June, but we want to move it to next year.", "Of course. Was that the small ceremony room or the Garden Room?"),
            ("The small room.", "Found it: the small ceremony room on Friday 20 June."),
        ]),
    },
    {
        "id": "en-student-halls",
        "thread": [
            ("I'm starting a master's in September and would like a room in Riverside halls.", "Sure. En-suite, or a standard room with a shared bathroom?"),
            ("En-suite, on the full 51-week contract.", "Noted: an en-suite room in Riverside, 51-week contract."),
        ],
        "follow": "What will the total rent be?",
        "reworded": [
            ("Postgrad here, starting this September. I'd like Riverside with my own bathroom, and I'll stay for the whole 51 weeks.",
             "OK: a Riverside en-suite on the 51-week contract."),
        ],
        "small_talk": (1, ("Sorry, it's my first time in the UK so I have lots of questions!", "That's what we're here for.")),
        "unrelated": (0, ("Is there a gym on campus?", "Yes, the sports centre has a gym open to all students.")),
        "entity": ("product", [
            ("I'm starting a master's in September and would like a room in Riverside halls.", "Sure. En-suite, or a standard room with a shared bathroom?"),
            ("Standard, on the full 51-week contract.", "Noted: a standard room in Riverside, 51-week contract."),
        ]),
        "entity_reworded": ("place", [
            ("Postgrad here, starting this September. I'd like Hillside with my own bathroom, and I'll stay for the whole 51 weeks.",
             "OK: a Hillside en-suite on the 51-week contract."),
        ]),
        "third": ("intent", [
            ("I'm in Riverside halls for my master's and want to end my contract early, at Christmas.", "Sorry to hear that. Which kind of room are you in?"),
            ("En-suite, on the 51-week contract.", "Thanks - en-suite in Riverside, 51-week contract, leaving at Christmas."),
        ]),
    },
    {
        "id": "en-travel-insurance",
        "thread": [
            ("I need single-trip travel insurance for a week in Portugal in May.", "Sure. Who's travelling?"),
            ("Just me, I'm 34.", "OK: single trip, Portugal, one week in May, one adult aged 34."),
        ],
        "follow": "How much will it cost?",
        "reworded": [
            ("Off to Portugal for seven days in May, on my own - I'm thirty-four. Could you quote me cover for just this one trip?",
             "Of course: one traveller aged 34, a single trip to Portugal for 7 days in May."),
        ],
        "small_talk": (0, ("Hiya, hope you're having a good day.", "I am, thanks - how can I help?")),
        "unrelated": (1, ("Does my home insurance cover my phone abroad, do you know?", "That depends on your home policy - it's worth checking its gadget cover.")),
        "entity": ("place", [
            ("I need single-trip travel insurance for a week in Thailand in May.", "Sure. Who's travelling?"),
            ("Just me, I'm 34.", "OK: single trip, Thailand, one week in May, one adult aged 34."),
        ]),
        "entity_reworded": ("person", [
            ("Off to Portugal for seven days in May with my mum - I'm thirty-four and she's seventy-six. Could you quote us cover for just this one trip?",
             "Of course: two travellers aged 34 and 76, a single trip to Portugal for 7 days in May."),
        ]),
        "third": ("intent", [
            ("I already have single-trip travel insurance for a week in Portugal in May and want to extend it by another week.", "Sure. Who's covered on the policy?"),
            ("Just me, I'm 34.", "OK: single trip, Portugal, May, one adult aged 34 - adding a second week."),
        ]),
    },
    {
        "id": "en-dog-grooming",
        "thread": [
            ("Can I book a full groom for my cockapoo next Tuesday?", "Of course. How big is he, and what's his coat like?"),
            ("He's medium-sized, about 12 kg, and his coat is quite matted.", "Thanks - full groom, medium cockapoo, matted coat, next Tuesday."),
        ],
        "follow": "How much will it be?",
        "reworded": [
            ("Hi! Looking for a full groom next Tues for my cockapoo - 12kg, so medium, and I'm afraid his fur is pretty tangled.",
             "No problem: a full groom for a medium 12kg cockapoo with a matted coat on Tuesday."),
        ],
        "small_talk": (2, ("He's such a good boy, you'll love him.", "I'm sure we will!")),
        "unrelated": (0, ("Do you sell dog shampoo?", "Yes, we stock a few shampoos at the front desk.")),
        "entity": ("product", [
            ("Can I book a bath and brush for my cockapoo next Tuesday?", "Of course. How big is he, and what's his coat like?"),
            ("He's medium-sized, about 12 kg, and his coat is quite matted.", "Thanks - bath and brush, medium cockapoo, matted coat, next Tuesday."),
        ]),
        "entity_reworded": ("amount", [
            ("Hi! Looking for a full groom next Tues for my two cockapoos - 12kg each, so medium, and I'm afraid their fur is pretty tangled.",
             "No problem: full grooms for two medium 12kg cockapoos with matted coats on Tuesday."),
        ]),
        "third": ("intent", [
            ("I need to cancel my cockapoo's full groom next Tuesday.", "No problem. Can you confirm his size and coat so I find the right booking?"),
            ("He's medium-sized, about 12 kg, and his coat is quite matted.", "Found it - full groom, medium cockapoo, matted coat, next Tuesday."),
        ]),
    },
    {
        "id": "en-savings-deposit",
        "thread": [
            ("I want to move £5,000 into my Easy Access saver.", "Sure. You have two - one ending 4417 and a joint one ending 8820. Which one?"),
            ("The one ending 4417, please.", "OK, £5,000 into the Easy Access saver ending 4417."),
        ],
        "follow": "What will the balance be after that?",
        "reworded": [
            ("Please put five thousand pounds into my easy access savings, the account with the number ending 4417.",
             "Will do: £5k to the Easy Access account ending in 4417."),
        ],
        "small_talk": (1, ("Bear with me, my internet is slow today.", "No problem, I'll wait.")),
        "unrelated": (0, ("What's the interest rate on the Easy Access saver at the moment?", "It's currently 3.1% a year, paid monthly.")),
        "entity": ("account", [
            ("I want to move £5,000 into my Easy Access saver.", "Sure. You have two - one ending 4417 and a joint one ending 8820. Which one?"),
            ("The joint one ending 8820, please.", "OK, £5,000 into the joint Easy Access saver ending 8820."),
        ]),
        "entity_reworded": ("amount", [
            ("Please put two thousand pounds into my easy access savings, the account with the number ending 4417.",
             "Will do: £2k to the Easy Access account ending in 4417."),
        ]),
        "third": ("intent", [
            ("I want to take £5,000 out of my Easy Access saver.", "Sure. You have two - one ending 4417 and a joint one ending 8820. Which one?"),
            ("The one ending 4417, please.", "OK, £5,000 out of the Easy Access saver ending 4417."),
        ]),
    },
]
