"""English scenarios (2 of 2) of the held-out conversation set; the format is described in
``heldout_conversations_en1.py``."""

SCENARIOS = [
    {
        "id": "en-season-ticket",
        "thread": [
            ("I want an annual season ticket between Reading and London Paddington.",
             "An annual season ticket, Reading to Paddington. Standard class?"),
            ("Yes, standard.", "Noted, standard class."),
        ],
        "follow": "How much does it cost?",
        "reworded": [
            ("Looking for a yearly season ticket, Reading <-> London Paddington.",
             "Sure, yearly, Reading-Paddington. Standard or first class?"),
            ("standard please", "Okay, standard."),
        ],
        "small_talk": (2, ("Thanks, you've been really helpful so far.", "My pleasure!")),
        "unrelated": (1, ("Oh, by the way, is there wifi on your trains?",
                          "Yes, free wifi on most services.")),
        "entity": ("place", [
            ("I want an annual season ticket between Reading and Oxford.",
             "An annual season ticket, Reading to Oxford. Standard class?"),
            ("Yes, standard.", "Noted, standard class."),
        ]),
        "entity_reworded": ("plan", [
            ("Looking for a yearly season ticket, Reading <-> London Paddington.",
             "Sure, yearly, Reading-Paddington. Standard or first class?"),
            ("first class please", "Okay, first class."),
        ]),
        "third": ("intent", [
            ("I want a refund on my annual season ticket between Reading and London Paddington.",
             "A refund on an annual season ticket, Reading to Paddington. Standard class?"),
            ("Yes, standard.", "Noted, standard class."),
        ]),
    },
    {
        "id": "en-cloud-storage",
        "thread": [
            ("I'm on the free plan and want to upgrade to 2 TB.",
             "You can upgrade to 2 TB from the storage page in settings."),
        ],
        "follow": "Does that include family sharing?",
        "reworded": [
            ("I'd like to go from the free tier to the 2 terabyte plan.",
             "Sure, you can do that on the storage page of your settings."),
        ],
        "small_talk": (0, ("hello!! :)", "Hi there! What can I do for you?")),
        "unrelated": (0, ("Can you recommend a good photo editing app?",
                          "Many people like Snapseed, and it's free.")),
        "entity": ("amount", [
            ("I'm on the free plan and want to upgrade to 200 GB.",
             "You can upgrade to 200 GB from the storage page in settings."),
        ]),
        "entity_reworded": ("account", [
            ("My work account is on the free tier and I'd like the 2 terabyte plan for it.",
             "Sure, a workspace admin can do that on the storage page."),
        ]),
        "third": ("intent", [
            ("I'm on the 2 TB plan and want to downgrade to the free plan.",
             "You can downgrade from 2 TB on the storage page in settings."),
        ]),
    },
    {
        "id": "en-swimming",
        "thread": [
            ("I'd like to sign my daughter up for swimming lessons at the Riverside centre. "
             "She's 5.",
             "Great, Riverside has beginner classes for 5-year-olds. Weekday or weekend?"),
            ("Saturday mornings.", "Saturday mornings work."),
        ],
        "follow": "How much is a term?",
        "reworded": [
            ("Could I enrol my 5-year-old girl in swim classes at Riverside?",
             "Sure - the Riverside beginners group takes 5-year-olds. Weekdays or weekends?"),
            ("Saturday morning if possible.", "That's fine, Saturday morning."),
        ],
        "small_talk": (1, ("She's so excited, she's been asking for weeks!",
                           "That's lovely to hear!")),
        "unrelated": (0, ("Do you have lockers at your centres?", "Yes, they take a £1 coin.")),
        "entity": ("person", [
            ("I'd like to sign myself up for swimming lessons at the Riverside centre. I'm 40.",
             "Great, Riverside has adult beginner classes. Weekday or weekend?"),
            ("Saturday mornings.", "Saturday mornings work."),
        ]),
        "entity_reworded": ("place", [
            ("Could I enrol my 5-year-old girl in swim classes at Northgate?",
             "Sure - the Northgate beginners group takes 5-year-olds. Weekdays or weekends?"),
            ("Saturday morning if possible.", "That's fine, Saturday morning."),
        ]),
        "third": ("intent", [
            ("I'd like to take my daughter out of her swimming lessons at the Riverside "
             "centre. She's 5.",
             "Okay, withdrawing her from the Riverside class for 5-year-olds. Weekday or "
             "weekend class?"),
            ("Saturday mornings.", "The Saturday morning class."),
        ]),
    },
    {
        "id": "en-prints",
        "thread": [
            ("I want to order 50 prints in 6x4 from my phone photos.",
             "Sure, 50 prints at 6x4. Glossy or matte?"),
            ("Glossy.", "Glossy it is."),
        ],
        "follow": "How much will that come to?",
        "reworded": [
            ("Can I get fifty 6x4 prints made from pictures on my phone?",
             "Of course, fifty 6x4s. Glossy or matte finish?"),
            ("glossy pls", "Done, glossy."),
        ],
        "small_talk": (2, ("Haha sorry, they're mostly pictures of my cat.",
                           "Cats make the best photos!")),
        "unrelated": (0, ("Is your shop open on Sunday?", "Yes, from 10am to 4pm.")),
        "entity": ("amount", [
            ("I want to order 500 prints in 6x4 from my phone photos.",
             "Sure, 500 prints at 6x4. Glossy or matte?"),
            ("Glossy.", "Glossy it is."),
        ]),
        "entity_reworded": ("product", [
            ("Can I get fifty A4 prints made from pictures on my phone?",
             "Of course, fifty A4s. Glossy or matte finish?"),
            ("glossy pls", "Done, glossy."),
        ]),
        "third": ("intent", [
            ("I want to cancel my order of 50 prints in 6x4.",
             "Sure, the order of 50 prints at 6x4. Was it glossy or matte?"),
            ("Glossy.", "Glossy, found it."),
        ]),
    },
    {
        "id": "en-passport",
        "thread": [
            ("I need to renew my British passport before a trip in June.",
             "You can renew online. Is it an adult passport?"),
            ("Yes, it's mine. I'm 34.", "Okay, an adult passport."),
        ],
        "follow": "How long does it take at the moment?",
        "reworded": [
            ("My British passport needs renewing, I'm travelling in June.",
             "You can do that online. Adult passport?"),
            ("yes, for me, 34", "Thanks, adult passport."),
        ],
        "small_talk": (0, ("Morning! Busy day?",
                           "Morning! Never too busy for you. How can I help?")),
        "unrelated": (1, ("Are your offices wheelchair accessible?",
                          "Yes, all our offices have step-free access.")),
        "entity": ("person", [
            ("I need to renew my son's British passport before a trip in June.",
             "You can renew online. Is it a child passport?"),
            ("Yes, he's 9.", "Okay, a child passport."),
        ]),
        "entity_reworded": ("place", [
            ("My Irish passport needs renewing, I'm travelling in June.",
             "You can do that online. Adult passport?"),
            ("yes, for me, 34", "Thanks, adult passport."),
        ]),
        "third": ("intent", [
            ("I need to apply for my first British passport before a trip in June.",
             "You can apply online. Is it an adult passport?"),
            ("Yes, it's mine. I'm 34.", "Okay, an adult passport."),
        ]),
    },
    {
        "id": "en-bike-service",
        "thread": [
            ("My e-bike needs a full service.",
             "No problem, a full service for an e-bike. What brand is it?"),
            ("It's a Cube.", "Thanks, a Cube."),
        ],
        "follow": "How long will you need to keep it?",
        "reworded": [
            ("I'd like to book my electric bike in for a complete service.",
             "Sure, a complete service on an electric bike - which make?"),
            ("Cube", "Great, a Cube."),
        ],
        "small_talk": (1, ("Lovely weather for cycling today!", "It really is!")),
        "unrelated": (0, ("Do you sell helmets for kids?", "Yes, from size XS upwards.")),
        "entity": ("product", [
            ("My road bike needs a full service.",
             "No problem, a full service for a road bike. What brand is it?"),
            ("It's a Cube.", "Thanks, a Cube."),
        ]),
        "entity_reworded": ("plan", [
            ("I'd like to book my electric bike in for a basic safety check.",
             "Sure, a basic safety check on an electric bike - which make?"),
            ("Cube", "Great, a Cube."),
        ]),
        "third": ("intent", [
            ("I'm here to collect my e-bike after its full service.",
             "Of course, collecting an e-bike from a full service. What brand is it?"),
            ("It's a Cube.", "Thanks, a Cube."),
        ]),
    },
    {
        "id": "en-catering",
        "thread": [
            ("We're planning a wedding reception for 80 guests on 12 September.",
             "Congratulations! 80 guests on 12 September - buffet or sit-down meal?"),
            ("A sit-down meal.", "Lovely, a sit-down meal."),
        ],
        "follow": "Could you give me a rough total?",
        "reworded": [
            ("We're getting married on 12/9 and need catering for eighty people.",
             "Congratulations! Eighty people on the 12th of September. Buffet or seated dinner?"),
            ("Seated dinner please.", "Wonderful, a seated dinner."),
        ],
        "small_talk": (2, ("We're so excited, it's been a long time coming!",
                           "That's wonderful, congratulations again!")),
        "unrelated": (0, ("Do you also do office lunches?",
                          "Yes, we cater for office lunches and conferences too.")),
        "entity": ("amount", [
            ("We're planning a wedding reception for 150 guests on 12 September.",
             "Congratulations! 150 guests on 12 September - buffet or sit-down meal?"),
            ("A sit-down meal.", "Lovely, a sit-down meal."),
        ]),
        "entity_reworded": ("plan", [
            ("We're getting married on 12/9 and need catering for eighty people.",
             "Congratulations! Eighty people on the 12th of September. Buffet or seated dinner?"),
            ("Buffet please.", "Wonderful, a buffet."),
        ]),
        "third": ("intent", [
            ("We need to cancel the catering for our wedding reception for 80 guests on "
             "12 September.",
             "I'm sorry to hear that. 80 guests on 12 September - was it buffet or sit-down?"),
            ("A sit-down meal.", "Thanks, the sit-down meal."),
        ]),
    },
]
