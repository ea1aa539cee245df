# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the fifth held-out conversation set (``conversations-heldout5.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout5_conversations.py`` turns them
into pairs. Written in session 11 by the ``heldout5`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-university-application",
        "thread": [
            ("I'm applying for the MSc in Data Science starting this September.",
             "Great choice. Are you applying as a home or an international student?"),
            ("International - I live in Brazil.", "Thanks, so you'd apply as an international student."),
        ],
        "follow": "Which documents do I need to send?",
        "reworded": [
            ("Hi, I want to apply to your Data Science master's for the September intake. I'm an overseas applicant, based in Brazil.",
             "Thanks! That's the MSc Data Science for September, applying from overseas."),
        ],
        "small_talk": (0, ("Good morning! Sorry, first time using this chat.", "Good morning, no problem at all - ask away.")),
        "unrelated": (1, ("By the way, is the main library open at weekends?", "Yes, it's open 9am to 9pm on Saturdays and Sundays.")),
        "entity": ("product", [
            ("I'm applying for the BSc in Data Science starting this September.",
             "Great choice. Are you applying as a home or an international student?"),
            ("International - I live in Brazil.", "Thanks, so you'd apply as an international student."),
        ]),
        "entity_reworded": ("person", [
            ("Hi, I want to apply to your Data Science master's for the September intake. I'm a home applicant, based in Leeds.",
             "Thanks! That's the MSc Data Science for September, applying as a home student."),
        ]),
        "third": ("intent", [
            ("I applied for the MSc in Data Science starting this September, but I want to withdraw my application.",
             "Sorry to hear that. Did you apply as a home or an international student?"),
            ("International - I live in Brazil.", "Thanks, so it's an international application."),
        ]),
    },
    {
        "id": "en-escape-room",
        "thread": [
            ("Can I book The Vault escape room for this Saturday?", "Yes, The Vault is free on Saturday at 2pm and 5pm."),
            ("5pm please, there'll be six of us.", "Done - The Vault, Saturday 5pm, six players."),
        ],
        "follow": "What will that come to in total?",
        "reworded": [
            ("Any slots in The Vault on Saturday?", "There are - 2pm or 5pm."),
            ("we'll take the 5 o'clock, group of 6", "Great, six players in The Vault at 17:00 on Saturday."),
        ],
        "small_talk": (1, ("It's for my brother's birthday, he loves puzzles.", "What a fun present - I hope he enjoys it!")),
        "unrelated": (2, ("Is there somewhere to leave coats and bags?", "Yes, there are free lockers in the lobby.")),
        "entity": ("amount", [
            ("Can I book The Vault escape room for this Saturday?", "Yes, The Vault is free on Saturday at 2pm and 5pm."),
            ("5pm please, there'll be three of us.", "Done - The Vault, Saturday 5pm, three players."),
        ]),
        "entity_reworded": ("product", [
            ("Any slots in the Haunted Manor on Saturday?", "There are - 2pm or 5pm."),
            ("we'll take the 5 o'clock, group of 6", "Great, six players in the Haunted Manor at 17:00 on Saturday."),
        ]),
        "third": ("intent", [
            ("I need to cancel The Vault escape room booking for this Saturday.", "I can see two bookings on Saturday, at 2pm and 5pm. Which one is yours?"),
            ("The 5pm one, for six of us.", "Found it - The Vault, Saturday 5pm, six players."),
        ]),
    },
    {
        "id": "en-cruise",
        "thread": [
            ("We'd like the seven-night Norwegian fjords cruise leaving on 14 June.", "Lovely. What type of cabin would you like?"),
            ("An inside cabin for two adults.", "An inside cabin for two on the 14 June fjords sailing."),
        ],
        "follow": "What's the total price?",
        "reworded": [
            ("Two adults, inside cabin, on the Norway fjords cruise - the 7-nighter departing June 14th.",
             "No problem: an interior cabin for two adults on the fjords cruise sailing 14/6."),
        ],
        "small_talk": (0, ("Hello! We've never been on a cruise before, so this is exciting.", "Hello, and how exciting - you'll love the fjords!")),
        "unrelated": (1, ("Can we park at the port while we're away?", "Yes, there's a secure car park at the terminal you can pre-book.")),
        "entity": ("product", [
            ("We'd like the seven-night Norwegian fjords cruise leaving on 14 June.", "Lovely. What type of cabin would you like?"),
            ("A balcony cabin for two adults.", "A balcony cabin for two on the 14 June fjords sailing."),
        ]),
        "entity_reworded": ("date", [
            ("Two adults, inside cabin, on the Norway fjords cruise - the 7-nighter departing August 9th.",
             "No problem: an interior cabin for two adults on the fjords cruise sailing 9/8."),
        ]),
        "third": ("intent", [
            ("We're booked on the seven-night Norwegian fjords cruise leaving on 14 June and need to cancel.", "I'm sorry to hear that. Which cabin is booked?"),
            ("An inside cabin for two adults.", "I've found the inside cabin for two on the 14 June fjords sailing."),
        ]),
    },
    {
        "id": "en-roaming",
        "thread": [
            ("I'm going to Canada next week and want to use my phone there.", "No problem. How long will you be away?"),
            ("Ten days.", "Then the 10-day roaming pass for Canada would suit you."),
        ],
        "follow": "How much would that cost?",
        "reworded": [
            ("Heading to Canada for 10 days from next week - how do I keep using my mobile?",
             "For a trip of ten days in Canada, the roaming pass for 10 days is the best fit."),
        ],
        "small_talk": (1, ("I'm so ready for a holiday, honestly.", "I bet - sounds like a great trip!")),
        "unrelated": (0, ("Quick one first: when is my next bill due?", "Your next bill is due on the 28th.")),
        "entity": ("place", [
            ("I'm going to Mexico next week and want to use my phone there.", "No problem. How long will you be away?"),
            ("Ten days.", "Then the 10-day roaming pass for Mexico would suit you."),
        ]),
        "entity_reworded": ("amount", [
            ("Heading to Canada for a month from next week - how do I keep using my mobile?",
             "For a month in Canada, the 30-day roaming pass is the best fit."),
        ]),
        "third": ("intent", [
            ("I'm going to Canada next week and want to make sure my phone can't roam at all there.", "No problem. How long will you be away?"),
            ("Ten days.", "Then we can block roaming for those ten days in Canada."),
        ]),
    },
    {
        "id": "en-locksmith",
        "thread": [
            ("I'm locked out of my flat in Clapham.", "Sorry to hear that. Is it a standard night latch or a mortice lock?"),
            ("A night latch, and it's 11pm now.", "OK, a night latch in Clapham, late evening call-out."),
        ],
        "follow": "How much will the call-out be?",
        "reworded": [
            ("Hi, I can't get into my flat - it's in Clapham.", "Oh no. What kind of lock is it?"),
            ("Yale type night latch. It's 23:00 here", "Thanks - a night latch in Clapham, so an evening call-out."),
        ],
        "small_talk": (2, ("Sorry, it's freezing out here, I'm typing with cold hands.", "Sorry you're stuck outside - let's get you sorted quickly.")),
        "unrelated": (0, ("Do you also fit window locks?", "Yes, we fit and replace window locks too.")),
        "entity": ("date", [
            ("I'm locked out of my flat in Clapham.", "Sorry to hear that. Is it a standard night latch or a mortice lock?"),
            ("A night latch, and it's 2pm now.", "OK, a night latch in Clapham, daytime call-out."),
        ]),
        "entity_reworded": ("product", [
            ("Hi, I can't get into my flat - it's in Clapham.", "Oh no. What kind of lock is it?"),
            ("five-lever mortice deadlock. It's 23:00 here", "Thanks - a mortice deadlock in Clapham, so an evening call-out."),
        ]),
        "third": ("intent", [
            ("I booked a locksmith because I was locked out of my flat in Clapham, but I've found my spare key - please cancel.",
             "Glad you're in! Was it for a night latch or a mortice lock?"),
            ("A night latch, booked for 11pm.", "Found it - the 11pm night latch call-out in Clapham."),
        ]),
    },
    {
        "id": "en-dog-adoption",
        "thread": [
            ("I'd like to adopt Bella, the two-year-old collie on your website.", "Bella's lovely! Have you had a dog before?"),
            ("Yes, we had a collie for twelve years.", "That's great experience for Bella."),
        ],
        "follow": "What's the adoption fee?",
        "reworded": [
            ("We're hoping to give Bella a home - the 2 year old collie you've got listed.", "She's a sweetheart. Any experience with dogs?"),
            ("we had a border collie for 12 years", "Perfect, that helps a lot with a collie like Bella."),
        ],
        "small_talk": (1, ("My kids haven't stopped talking about her since they saw her photo!", "Aww, that's lovely to hear.")),
        "unrelated": (2, ("What are your opening times on Sunday?", "We're open 11am to 4pm on Sundays.")),
        "entity": ("product", [
            ("I'd like to adopt Bella, the two-year-old rabbit on your website.", "Bella's lovely! Have you had a rabbit before?"),
            ("Yes, we had a rabbit for twelve years.", "That's great experience for Bella."),
        ]),
        "entity_reworded": ("amount", [
            ("We're hoping to give Bella and her sister a home - the 2 year old collies you've got listed.", "They're sweethearts. Any experience with dogs?"),
            ("we had a border collie for 12 years", "Perfect, that helps a lot with collies like these two."),
        ]),
        "third": ("intent", [
            ("I'd like to foster Bella, the two-year-old collie on your website.", "Bella's lovely! Have you had a dog before?"),
            ("Yes, we had a collie for twelve years.", "That's great experience for fostering Bella."),
        ]),
    },
    {
        "id": "en-driving-test",
        "thread": [
            ("I want to book my practical driving test in a car.", "Sure. Which test centre would you like?"),
            ("Hendon, on a weekday if possible.", "Hendon, weekday car test - I can see slots."),
        ],
        "follow": "What will I have to pay?",
        "reworded": [
            ("Hi, can I book a car practical test at Hendon? Weekdays suit me best.",
             "Of course - a weekday car driving test at the Hendon centre."),
        ],
        "small_talk": (0, ("Hello! Nervous already and I haven't even booked it.", "Hello! Totally normal - you'll be fine.")),
        "unrelated": (1, ("Can I use my provisional licence as ID on the day?", "Yes, bring your photocard provisional licence.")),
        "entity": ("product", [
            ("I want to book my practical driving test on a motorcycle.", "Sure. Which test centre would you like?"),
            ("Hendon, on a weekday if possible.", "Hendon, weekday motorcycle test - I can see slots."),
        ]),
        "entity_reworded": ("date", [
            ("Hi, can I book a car practical test at Hendon? Saturdays suit me best.",
             "Of course - a Saturday car driving test at the Hendon centre."),
        ]),
        "third": ("intent", [
            ("I want to cancel my practical driving test in a car.", "Sure. Which test centre is it at?"),
            ("Hendon, on a weekday.", "Found it - Hendon, weekday car test."),
        ]),
    },
    {
        "id": "en-pest-control",
        "thread": [
            ("We've got mice in the kitchen.", "Sorry to hear that. Is it a house or a flat?"),
            ("A three-bedroom house.", "OK, a mouse treatment for a three-bed house."),
        ],
        "follow": "How many visits will it take?",
        "reworded": [
            ("there are mice running around our kitchen, we live in a 3 bed house",
             "Got it - a rodent treatment at a three-bedroom house."),
        ],
        "small_talk": (1, ("Honestly my partner screamed the place down when she saw one!", "Ha, that's a very common reaction!")),
        "unrelated": (0, ("Are your technicians DBS checked?", "Yes, all our technicians are background checked.")),
        "entity": ("product", [
            ("We've got bed bugs in the bedroom.", "Sorry to hear that. Is it a house or a flat?"),
            ("A three-bedroom house.", "OK, a bed bug treatment for a three-bed house."),
        ]),
        "entity_reworded": ("place", [
            ("there are mice running around our kitchen, we run a restaurant",
             "Got it - a rodent treatment at a commercial kitchen."),
        ]),
        "third": ("intent", [
            ("The mice in our kitchen seem to have gone, so I want to cancel the treatment.", "Glad to hear it. Is it a house or a flat?"),
            ("A three-bedroom house.", "OK, the mouse treatment booked for a three-bed house."),
        ]),
    },
    {
        "id": "en-life-insurance",
        "thread": [
            ("I have a 20-year term life policy for £250,000 and want to add critical illness cover.", "I can look into that. Are you a smoker?"),
            ("No, I've never smoked.", "Thanks, you'd stay on non-smoker rates."),
        ],
        "follow": "What would that do to my monthly payment?",
        "reworded": [
            ("Can I put critical illness cover on my life policy? It's £250k over 20 years.", "Yes, we can add that. Do you smoke at all?"),
            ("never have", "Great, non-smoker rates then."),
        ],
        "small_talk": (0, ("Hi, hope you're having a good day.", "I am, thank you! How can I help?")),
        "unrelated": (2, ("Also, can I update my email address here?", "Yes, you can change it under My details.")),
        "entity": ("amount", [
            ("I have a 20-year term life policy for £400,000 and want to add critical illness cover.", "I can look into that. Are you a smoker?"),
            ("No, I've never smoked.", "Thanks, you'd stay on non-smoker rates."),
        ]),
        "entity_reworded": ("person", [
            ("Can I put critical illness cover on my life policy? It's £250k over 20 years.", "Yes, we can add that. Do you smoke at all?"),
            ("yes, about ten a day", "OK, that would be at smoker rates then."),
        ]),
        "third": ("intent", [
            ("I have a 20-year term life policy for £250,000 and want to remove the critical illness cover.", "I can look into that. Are you a smoker?"),
            ("No, I've never smoked.", "Thanks, you're on non-smoker rates."),
        ]),
    },
    {
        "id": "en-kayak-hire",
        "thread": [
            ("Can I hire a double kayak on Saturday morning?", "Yes, we have doubles available on Saturday. For how long?"),
            ("Two hours, starting at 10.", "A double kayak, Saturday 10am to 12pm."),
        ],
        "follow": "How much is that?",
        "reworded": [
            ("Saturday 10am, a two-person kayak for 2 hours please", "Sure - one tandem kayak from ten till noon on Saturday."),
        ],
        "small_talk": (1, ("Fingers crossed for sunshine!", "The forecast looks good so far!")),
        "unrelated": (0, ("Do you have somewhere to lock up bikes?", "Yes, there's a bike rack by the boathouse.")),
        "entity": ("product", [
            ("Can I hire a paddleboard on Saturday morning?", "Yes, we have paddleboards available on Saturday. For how long?"),
            ("Two hours, starting at 10.", "A paddleboard, Saturday 10am to 12pm."),
        ]),
        "entity_reworded": ("amount", [
            ("Saturday 10am, a two-person kayak for the whole day please", "Sure - one tandem kayak from 10am for the full day on Saturday."),
        ]),
        "third": ("intent", [
            ("I need to cancel the double kayak I hired for Saturday morning.", "I can do that. Which booking was it?"),
            ("Two hours, starting at 10.", "Found it - the double kayak, Saturday 10am to 12pm."),
        ]),
    },
    {
        "id": "en-satellite-tv",
        "thread": [
            ("I'd like to add the Sports pack to my satellite TV.", "Happy to help. Would you like a 12-month contract or rolling monthly?"),
            ("The 12-month contract.", "Sports pack on a 12-month contract, noted."),
        ],
        "follow": "How much more will I pay each month?",
        "reworded": [
            ("can you put Sports on my sat TV package, I'll sign up for a year", "Sure - the Sports pack on an annual, 12-month term."),
        ],
        "small_talk": (0, ("Hiya! The big match is on Sunday, so I'm in a hurry, ha.", "Ha, we'll get you sorted in time!")),
        "unrelated": (1, ("Also, my remote's buttons are sticking - can I get a new one?", "Yes, I can send a replacement remote for free.")),
        "entity": ("product", [
            ("I'd like to add the Movies pack to my satellite TV.", "Happy to help. Would you like a 12-month contract or rolling monthly?"),
            ("The 12-month contract.", "Movies pack on a 12-month contract, noted."),
        ]),
        "entity_reworded": ("plan", [
            ("can you put Sports on my sat TV package, month to month, no contract", "Sure - the Sports pack on a rolling monthly term."),
        ]),
        "third": ("intent", [
            ("I'd like to remove the Sports pack from my satellite TV.", "I can help with that. Is it on a 12-month contract or rolling monthly?"),
            ("The 12-month contract.", "Sports pack on a 12-month contract, noted."),
        ]),
    },
]
