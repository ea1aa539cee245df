# ruff: noqa: E501  (conversation texts: one exchange per line, Japanese counts double in width)
"""English scenarios (1 of 2) of the held-out conversation set (``conversations-heldout.jsonl``).

Written for session 8 by the ``heldout`` engineer, before measuring anything on them. Each
scenario is a short support thread (exchanges of ``(user, assistant)``), the follow-up question
asked after it, and the variants that ``make_conversations_heldout.py`` pairs with the thread:

- ``reworded``: the same thread in other words (same facts), register changed;
- ``small_talk``: ``(position, exchange)``, a greeting or chit-chat inserted at that exchange index;
- ``unrelated``: ``(position, exchange)``, an exchange about something else inserted;
- ``entity``: ``(slot, thread)``, the thread with one product / plan / account / amount / date /
  place / person replaced, same wording otherwise;
- ``entity_reworded``: ``(slot, thread)``, the reworded thread with another slot replaced;
- ``third``: ``("intent", thread)`` the opposite intent, or ``("entity", slot, thread)``.
"""

SCENARIOS = [
    {
        "id": "en-tariff",
        "thread": [
            ("I'd like to switch my electricity to your 12-month fixed tariff.",
             "Sure, the 12-month fixed tariff. Is this for a house or a flat?"),
            ("It's a two-bedroom flat.",
             "Thanks. A two-bedroom flat on the 12-month fixed tariff."),
        ],
        "follow": "Roughly how much would I pay per month?",
        "reworded": [
            ("Can I move my power supply over to the fixed 12 month deal?",
             "Of course - the fixed 12-month deal. House or flat?"),
            ("flat, 2 bedrooms", "Got it, a two-bed flat on the fixed 12-month deal."),
        ],
        "small_talk": (0, ("Hi! Hope you're having a good day.",
                           "Hello, I am, thank you! What can I do for you?")),
        "unrelated": (0, ("Quick question first: is your office open on Saturdays?",
                          "Our phone lines are open on Saturdays from 9 to 1.")),
        "entity": ("plan", [
            ("I'd like to switch my electricity to your variable tariff.",
             "Sure, the variable tariff. Is this for a house or a flat?"),
            ("It's a two-bedroom flat.", "Thanks. A two-bedroom flat on the variable tariff."),
        ]),
        "entity_reworded": ("place", [
            ("Can I move my power supply over to the fixed 12 month deal?",
             "Of course - the fixed 12-month deal. House or flat?"),
            ("house, 4 bedrooms", "Got it, a four-bed house on the fixed 12-month deal."),
        ]),
        "third": ("intent", [
            ("I'd like to leave your 12-month fixed tariff.",
             "I see, leaving the 12-month fixed tariff. Is this for a house or a flat?"),
            ("It's a two-bedroom flat.", "Thanks. A two-bedroom flat on the 12-month fixed tariff."),
        ]),
    },
    {
        "id": "en-vet",
        "thread": [
            ("Can I book my dog in for her annual check-up next Tuesday?",
             "Yes, we have space next Tuesday for her check-up. What breed is she?"),
            ("She's a border collie, six years old.",
             "Lovely, a six-year-old border collie on Tuesday."),
        ],
        "follow": "How much will that cost?",
        "reworded": [
            ("I'd like to get an appointment next Tuesday for my dog's yearly health check.",
             "Sure, next Tuesday works for the yearly check. What breed is your dog?"),
            ("Border collie, she's 6.", "Great, noted: border collie, 6, Tuesday."),
        ],
        "small_talk": (1, ("Sorry, she's barking at the postman, one sec!",
                           "No problem at all, take your time.")),
        "unrelated": (0, ("Is there parking at the clinic?",
                          "Yes, there are five free spaces behind the building.")),
        "entity": ("person", [
            ("Can I book my cat in for her annual check-up next Tuesday?",
             "Yes, we have space next Tuesday for her check-up. What breed is she?"),
            ("She's a Maine Coon, six years old.", "Lovely, a six-year-old Maine Coon on Tuesday."),
        ]),
        "entity_reworded": ("product", [
            ("I'd like to get an appointment next Tuesday for my dog's teeth cleaning.",
             "Sure, next Tuesday works for a dental clean. What breed is your dog?"),
            ("Border collie, she's 6.", "Great, noted: border collie, 6, Tuesday."),
        ]),
        "third": ("intent", [
            ("I need to cancel my dog's annual check-up next Tuesday.",
             "Okay, cancelling next Tuesday's check-up. What breed is she, so I can find it?"),
            ("She's a border collie, six years old.",
             "Thanks, the six-year-old border collie on Tuesday."),
        ]),
    },
    {
        "id": "en-removals",
        "thread": [
            ("I need a quote for moving from Leeds to Bristol on 14 March.",
             "Happy to help. Leeds to Bristol on 14 March - how many rooms?"),
            ("Three bedrooms plus a garage.", "Noted, three bedrooms and a garage."),
        ],
        "follow": "What would the total come to?",
        "reworded": [
            ("Could you price up a move from Leeds down to Bristol, 14th of March?",
             "Sure - Leeds to Bristol, 14/3. How many rooms are we moving?"),
            ("3 beds and a garage.", "Got it: three bedrooms, one garage."),
        ],
        "small_talk": (2, ("Thanks, you're very quick!", "Glad to help!")),
        "unrelated": (0, ("Are you hiring drivers at the moment?",
                          "We are - the vacancies are on our careers page.")),
        "entity": ("place", [
            ("I need a quote for moving from Leeds to Glasgow on 14 March.",
             "Happy to help. Leeds to Glasgow on 14 March - how many rooms?"),
            ("Three bedrooms plus a garage.", "Noted, three bedrooms and a garage."),
        ]),
        "entity_reworded": ("date", [
            ("Could you price up a move from Leeds down to Bristol, 14th of August?",
             "Sure - Leeds to Bristol, 14/8. How many rooms are we moving?"),
            ("3 beds and a garage.", "Got it: three bedrooms, one garage."),
        ]),
        "third": ("intent", [
            ("I need to cancel my move from Leeds to Bristol on 14 March.",
             "Sorry to hear that. Leeds to Bristol on 14 March - how many rooms was it?"),
            ("Three bedrooms plus a garage.", "Noted, three bedrooms and a garage."),
        ]),
    },
    {
        "id": "en-broadband",
        "thread": [
            ("I want to upgrade my broadband to the 900 Mbps package.",
             "Sure. Upgrading to 900 Mbps - is that for your home in Harrow?"),
            ("Yes, the Harrow address.", "Great, the Harrow address."),
        ],
        "follow": "Will I need a new router?",
        "reworded": [
            ("Can I move up to the 900 meg broadband deal?",
             "Of course, the 900 Mbps deal. For the Harrow property?"),
            ("That's right.", "Perfect."),
        ],
        "small_talk": (0, ("Good morning!", "Good morning! How can I help today?")),
        "unrelated": (0, ("Can you tell me when my last bill was paid?",
                          "Your last bill was paid on the 3rd.")),
        "entity": ("plan", [
            ("I want to upgrade my broadband to the 150 Mbps package.",
             "Sure. Upgrading to 150 Mbps - is that for your home in Harrow?"),
            ("Yes, the Harrow address.", "Great, the Harrow address."),
        ]),
        "entity_reworded": ("place", [
            ("Can I move up to the 900 meg broadband deal?",
             "Of course, the 900 Mbps deal. For the Harrow property?"),
            ("No, for my holiday cottage in Cornwall.", "Okay, the cottage in Cornwall."),
        ]),
        "third": ("intent", [
            ("I want to downgrade my broadband from the 900 Mbps package.",
             "Sure. Downgrading from 900 Mbps - is that for your home in Harrow?"),
            ("Yes, the Harrow address.", "Great, the Harrow address."),
        ]),
    },
    {
        "id": "en-museum",
        "thread": [
            ("I'd like two adult tickets for the dinosaur exhibition on Saturday.",
             "Two adults for the dinosaur exhibition on Saturday - morning or afternoon?"),
            ("Morning please.", "Morning it is."),
        ],
        "follow": "What's the total?",
        "reworded": [
            ("Can I book 2 adult tickets to see the dinosaur exhibition this Saturday?",
             "Sure, 2 adults, dinosaur exhibition, Saturday. Which slot, morning or afternoon?"),
            ("The morning one.", "Done, the morning slot."),
        ],
        "small_talk": (1, ("The weather's awful today, isn't it?",
                           "It really is - a good day for a museum!")),
        "unrelated": (0, ("Is the café open on Saturdays?", "Yes, from 10 until 4.")),
        "entity": ("person", [
            ("I'd like two child tickets for the dinosaur exhibition on Saturday.",
             "Two children for the dinosaur exhibition on Saturday - morning or afternoon?"),
            ("Morning please.", "Morning it is."),
        ]),
        "entity_reworded": ("product", [
            ("Can I book 2 adult tickets to see the space exhibition this Saturday?",
             "Sure, 2 adults, space exhibition, Saturday. Which slot, morning or afternoon?"),
            ("The morning one.", "Done, the morning slot."),
        ]),
        "third": ("intent", [
            ("I'd like a refund on two adult tickets for the dinosaur exhibition on Saturday.",
             "A refund for two adults, dinosaur exhibition, Saturday - morning or afternoon?"),
            ("Morning.", "The morning slot, thanks."),
        ]),
    },
    {
        "id": "en-warranty",
        "thread": [
            ("I want to buy the 3-year extended warranty for my new fridge.",
             "Sure, the 3-year cover for your fridge. What did the fridge cost?"),
            ("It was £600.", "Thanks, a £600 fridge."),
        ],
        "follow": "How much will the cover cost me?",
        "reworded": [
            ("I'd like to add three years of extended cover to the fridge I just bought.",
             "Certainly - three-year cover for the fridge. What was its price?"),
            ("600 pounds.", "Okay, £600."),
        ],
        "small_talk": (1, ("Sorry, my kids are shouting in the background.",
                           "No worries at all!")),
        "unrelated": (0, ("Where is my nearest store?", "Your nearest store is on King Street.")),
        "entity": ("product", [
            ("I want to buy the 3-year extended warranty for my new oven.",
             "Sure, the 3-year cover for your oven. What did the oven cost?"),
            ("It was £600.", "Thanks, a £600 oven."),
        ]),
        "entity_reworded": ("amount", [
            ("I'd like to add three years of extended cover to the fridge I just bought.",
             "Certainly - three-year cover for the fridge. What was its price?"),
            ("1,200 pounds.", "Okay, £1,200."),
        ]),
        "third": ("intent", [
            ("I want to cancel the 3-year extended warranty on my new fridge.",
             "Sure, cancelling the 3-year cover on your fridge. What did the fridge cost?"),
            ("It was £600.", "Thanks, a £600 fridge."),
        ]),
    },
    {
        "id": "en-tax",
        "thread": [
            ("I'm self-employed and need to file my tax return for 2025.",
             "Okay, a self-employed return for the 2025 tax year."),
        ],
        "follow": "When is the deadline for paying?",
        "reworded": [
            ("I work for myself and have to submit my 2025 tax return.",
             "Understood: self-employed, tax year 2025."),
        ],
        "small_talk": (0, ("Hi, sorry, first time using this chat!",
                           "No problem, welcome! How can I help?")),
        "unrelated": (0, ("Can I change the language of this website to Welsh?",
                          "Yes, use the language link at the top of the page.")),
        "entity": ("date", [
            ("I'm self-employed and need to file my tax return for 2023.",
             "Okay, a self-employed return for the 2023 tax year."),
        ]),
        "entity_reworded": ("account", [
            ("My limited company has to submit its 2025 company tax return.",
             "Understood: a company return, 2025."),
        ]),
        "third": ("intent", [
            ("I'm self-employed and need to amend my tax return for 2025.",
             "Okay, an amendment to a self-employed return for the 2025 tax year."),
        ]),
    },
]
