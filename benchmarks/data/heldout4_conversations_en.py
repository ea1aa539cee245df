# ruff: noqa: E501  (conversation texts: one exchange per line, Japanese counts double in width)
"""The English threads of the fourth held-out conversation set (``conversations-heldout4.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout4_conversations.py`` turns them
into pairs. Written in session 10 by the ``heldout4`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-self-storage",
        "thread": [
            ("I'd like to rent a 50 square foot storage unit at your Northgate site.",
             "A 50 sq ft unit at Northgate, certainly. When would you like to move in?"),
            ("From the 3rd of March, for about six months.", "Lovely, from 3 March for roughly six months."),
        ],
        "follow": "What would that cost me?",
        "reworded": [
            ("Looking for a 50 sq ft unit at Northgate, moving in on March 3rd, probably for half a year.",
             "No problem - a fifty square foot unit at our Northgate site from 3/3, for around six months."),
        ],
        "small_talk": (0, ("Hi there, hope your week's going well.", "Hi! It is, thanks for asking. What can I do for you?")),
        "unrelated": (1, ("Do you sell packing boxes as well?", "Yes, boxes and tape are on sale at reception.")),
        "entity": ("product", [
            ("I'd like to rent a 100 square foot storage unit at your Northgate site.",
             "A 100 sq ft unit at Northgate, certainly. When would you like to move in?"),
            ("From the 3rd of March, for about six months.", "Lovely, from 3 March for roughly six months."),
        ]),
        "entity_reworded": ("place", [
            ("Looking for a 50 sq ft unit at Southbank, moving in on March 3rd, probably for half a year.",
             "No problem - a fifty square foot unit at our Southbank site from 3/3, for around six months."),
        ]),
        "third": ("intent", [
            ("I need to cancel my booking for a 50 square foot storage unit at your Northgate site.",
             "I can help with that. Which booking is it?"),
            ("The one from the 3rd of March, for about six months.", "Found it - from 3 March for roughly six months."),
        ]),
    },
    {
        "id": "en-kennels",
        "thread": [
            ("I want to book my labrador into your kennels while we're away.",
             "Of course. Which dates will you be away?"),
            ("We leave on the 10th of August and get back on the 17th.", "So seven nights, 10 to 17 August."),
        ],
        "follow": "What would the total be for that?",
        "reworded": [
            ("Could you board our lab while we're on holiday?", "Happy to look after him. What are the dates?"),
            ("10/8 to 17/8", "That's seven nights, 10th to 17th August."),
        ],
        "small_talk": (2, ("Sorry, the kids are shouting in the background!", "Ha, no worries at all!")),
        "unrelated": (1, ("Are you open on bank holidays for drop-off?", "Yes, drop-off is possible on bank holidays from 9 to 12.")),
        "entity": ("date", [
            ("I want to book my labrador into your kennels while we're away.",
             "Of course. Which dates will you be away?"),
            ("We leave on the 10th of August and get back on the 24th.", "So fourteen nights, 10 to 24 August."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you board our two labs while we're on holiday?", "Happy to look after them. What are the dates?"),
            ("10/8 to 17/8", "That's seven nights, 10th to 17th August."),
        ]),
        "third": ("intent", [
            ("I need to cancel my labrador's stay at your kennels.", "Sorry to hear that. Which dates was it for?"),
            ("The 10th of August to the 17th.", "Found it - seven nights, 10 to 17 August."),
        ]),
    },
    {
        "id": "en-half-marathon",
        "thread": [
            ("I'd like to enter the Riverside Half Marathon.",
             "Great! Are you a member of an affiliated running club?"),
            ("No, I'm not in a club.", "Then it's the unaffiliated entry."),
        ],
        "follow": "Is there a fee for that?",
        "reworded": [
            ("Can I sign up for the Riverside half?", "Of course! Do you belong to a registered running club?"),
            ("nope, no club", "No problem, you'd enter as an unaffiliated runner."),
        ],
        "small_talk": (0, ("Hello! I'm pretty excited, it's been a while since I last raced.", "Hello, and welcome back to racing!")),
        "unrelated": (2, ("Is there a bag drop at the start?", "Yes, there's a free bag drop next to the start line.")),
        "entity": ("product", [
            ("I'd like to enter the Riverside 10K.", "Great! Are you a member of an affiliated running club?"),
            ("No, I'm not in a club.", "Then it's the unaffiliated entry."),
        ]),
        "entity_reworded": ("plan", [
            ("Can I sign up for the Riverside half?", "Of course! Do you belong to a registered running club?"),
            ("yep, I run with a club", "Great, you'd enter as an affiliated runner."),
        ]),
        "third": ("intent", [
            ("I entered the Riverside Half Marathon but I want to withdraw.",
             "Sorry to hear that. Are you a member of an affiliated running club?"),
            ("No, I'm not in a club.", "Thanks, that's an unaffiliated entry."),
        ]),
    },
    {
        "id": "en-tennis-court",
        "thread": [
            ("Can I book an indoor court at Park Road for Saturday?",
             "Yes, indoor courts at Park Road are free on Saturday. What time?"),
            ("Ten in the morning, for an hour.", "Booked provisionally: Saturday 10-11am, indoor."),
        ],
        "follow": "How much will I be charged?",
        "reworded": [
            ("Saturday, Park Road, one of the indoor courts please", "Sure, there are indoor courts available at Park Road on Saturday. When would you like to play?"),
            ("10am", "And for how long?"),
            ("an hour", "Saturday 10:00 to 11:00 on an indoor court, provisionally booked."),
        ],
        "small_talk": (1, ("Ha, hoping my backhand has improved since last time!", "Ha, good luck with it!")),
        "unrelated": (0, ("Is the café at Park Road open at weekends?", "Yes, the café opens at 9am on Saturdays and Sundays.")),
        "entity": ("product", [
            ("Can I book an outdoor court at Park Road for Saturday?",
             "Yes, outdoor courts at Park Road are free on Saturday. What time?"),
            ("Ten in the morning, for an hour.", "Booked provisionally: Saturday 10-11am, outdoor."),
        ]),
        "entity_reworded": ("date", [
            ("Tuesday, Park Road, one of the indoor courts please", "Sure, there are indoor courts available at Park Road on Tuesday. When would you like to play?"),
            ("10am", "And for how long?"),
            ("an hour", "Tuesday 10:00 to 11:00 on an indoor court, provisionally booked."),
        ]),
        "third": ("intent", [
            ("I need to cancel my indoor court at Park Road on Saturday.", "I can see it. Which time was it?"),
            ("Ten in the morning, for an hour.", "Found it: Saturday 10-11am, indoor."),
        ]),
    },
    {
        "id": "en-mortgage",
        "thread": [
            ("I have a two-year fixed-rate mortgage with you.", "Thanks. How can I help with your fixed-rate mortgage?"),
            ("I'd like to pay off £5,000 extra this year.", "Understood, a £5,000 overpayment this year."),
        ],
        "follow": "Will there be an early repayment charge?",
        "reworded": [
            ("My mortgage with you is on a 2-year fix.", "Right, a two-year fixed rate. What would you like to do?"),
            ("I want to overpay five grand this year", "Got it, an extra £5k off this year."),
        ],
        "small_talk": (0, ("Hi, sorry, I've been on hold for ages!", "Sorry for the wait, and thanks for holding.")),
        "unrelated": (1, ("Also, can I move the date my monthly payment comes out?", "Yes, you can change the payment date in online banking.")),
        "entity": ("amount", [
            ("I have a two-year fixed-rate mortgage with you.", "Thanks. How can I help with your fixed-rate mortgage?"),
            ("I'd like to pay off £25,000 extra this year.", "Understood, a £25,000 overpayment this year."),
        ]),
        "entity_reworded": ("plan", [
            ("My mortgage with you is on a tracker.", "Right, a tracker rate. What would you like to do?"),
            ("I want to overpay five grand this year", "Got it, an extra £5k off this year."),
        ]),
        "third": ("intent", [
            ("I have a two-year fixed-rate mortgage with you.", "Thanks. How can I help with your fixed-rate mortgage?"),
            ("I'd like to pay it all off and move to another lender.", "Understood, repaying the whole mortgage and switching lender."),
        ]),
    },
    {
        "id": "en-theme-park",
        "thread": [
            ("I'm buying tickets for Wonder Bay for two adults and one child.", "Lovely. Which day are you planning to visit?"),
            ("Sunday the 12th of July.", "Great, Sunday 12 July, two adults and a child."),
        ],
        "follow": "How much will that be in total?",
        "reworded": [
            ("Wonder Bay tickets please - me, my wife and our daughter", "Of course - two adults and one child. When are you coming?"),
            ("Sun 12/7", "Perfect, Sunday 12th July for the three of you."),
        ],
        "small_talk": (2, ("Our daughter has been counting down the days!", "Aw, we hope she has the best day!")),
        "unrelated": (0, ("Do you have baby changing facilities?", "Yes, there are baby changing rooms by every toilet block.")),
        "entity": ("amount", [
            ("I'm buying tickets for Wonder Bay for two adults and three children.", "Lovely. Which day are you planning to visit?"),
            ("Sunday the 12th of July.", "Great, Sunday 12 July, two adults and three children."),
        ]),
        "entity_reworded": ("date", [
            ("Wonder Bay tickets please - me, my wife and our daughter", "Of course - two adults and one child. When are you coming?"),
            ("Tue 14/7", "Perfect, Tuesday 14th July for the three of you."),
        ]),
        "third": ("intent", [
            ("I bought tickets for Wonder Bay for two adults and one child and want to move them to another day.", "No problem. Which day are they for now?"),
            ("Sunday the 12th of July.", "I've found them: Sunday 12 July, two adults and a child."),
        ]),
    },
    {
        "id": "en-plumber",
        "thread": [
            ("My kitchen tap is leaking at my flat in Leeds and I need a plumber.", "Sorry to hear that. When would you like someone to come?"),
            ("Tomorrow morning if possible.", "We can send someone tomorrow morning."),
        ],
        "follow": "What will the call-out charge be?",
        "reworded": [
            ("Need a plumber in Leeds, the tap in my kitchen won't stop dripping", "We can help. When suits you?"),
            ("tomorrow am", "Tomorrow morning works, we'll book that in."),
        ],
        "small_talk": (0, ("Hi, hope you're keeping dry in this rain!", "Ha, just about! How can we help?")),
        "unrelated": (2, ("Do you do boiler servicing as well?", "Yes, we service most makes of boiler.")),
        "entity": ("date", [
            ("My kitchen tap is leaking at my flat in Leeds and I need a plumber.", "Sorry to hear that. When would you like someone to come?"),
            ("Tonight if possible, around 11.", "We can send someone tonight at about 11pm."),
        ]),
        "entity_reworded": ("place", [
            ("Need a plumber in Harrogate, the tap in my kitchen won't stop dripping", "We can help. When suits you?"),
            ("tomorrow am", "Tomorrow morning works, we'll book that in."),
        ]),
        "third": ("intent", [
            ("I booked a plumber for my leaking kitchen tap in Leeds, but I need to cancel.", "No problem. Which visit was it?"),
            ("Tomorrow morning.", "Found it - the visit tomorrow morning."),
        ]),
    },
    {
        "id": "en-money-abroad",
        "thread": [
            ("I want to send money to my brother in Canada.", "Sure. How much would you like to send?"),
            ("500 pounds.", "OK, £500 to your brother in Canada."),
        ],
        "follow": "How much is the fee?",
        "reworded": [
            ("need to transfer £500 to my brother, he lives in Canada",
             "No problem, five hundred pounds going to Canada. Shall I set that up?"),
        ],
        "small_talk": (1, ("It's for his birthday, actually!", "How lovely, happy birthday to him!")),
        "unrelated": (0, ("How do I change my app PIN?", "Go to Settings, then Security, then Change PIN.")),
        "entity": ("place", [
            ("I want to send money to my brother in Mexico.", "Sure. How much would you like to send?"),
            ("500 pounds.", "OK, £500 to your brother in Mexico."),
        ]),
        "entity_reworded": ("amount", [
            ("need to transfer £5,000 to my brother, he lives in Canada",
             "No problem, five thousand pounds going to Canada. Shall I set that up?"),
        ]),
        "third": ("intent", [
            ("I want to request money from my brother in Canada.", "Sure. How much would you like to request?"),
            ("500 pounds.", "OK, a request for £500 from your brother in Canada."),
        ]),
    },
    {
        "id": "en-workspace-seats",
        "thread": [
            ("We're on the Team plan for our workspace.", "Thanks, I can see your workspace on the Team plan."),
            ("We need to add 12 more people.", "OK, 12 extra members."),
        ],
        "follow": "How will our monthly bill change?",
        "reworded": [
            ("our workspace is on Team", "Yes, your workspace is on the Team plan."),
            ("we want to add a dozen users", "Got it, twelve more seats."),
        ],
        "small_talk": (0, ("Hey! Busy week here, hope yours is calmer.", "Ha, thanks! What can I help with?")),
        "unrelated": (1, ("Where do I change our workspace logo?", "Under Settings, then Workspace, then Branding.")),
        "entity": ("plan", [
            ("We're on the Business plan for our workspace.", "Thanks, I can see your workspace on the Business plan."),
            ("We need to add 12 more people.", "OK, 12 extra members."),
        ]),
        "entity_reworded": ("amount", [
            ("our workspace is on Team", "Yes, your workspace is on the Team plan."),
            ("we want to add two dozen users", "Got it, twenty-four more seats."),
        ]),
        "third": ("intent", [
            ("We're on the Team plan for our workspace.", "Thanks, I can see your workspace on the Team plan."),
            ("We need to remove 12 people.", "OK, 12 fewer members."),
        ]),
    },
    {
        "id": "en-blood-test",
        "thread": [
            ("I've been asked to book a fasting blood test for cholesterol.", "Sure, a fasting cholesterol test. Which clinic suits you?"),
            ("The Elm Street clinic, on Thursday at 8:30 in the morning.", "Elm Street, Thursday 8:30am - booked."),
        ],
        "follow": "When should I stop eating?",
        "reworded": [
            ("My GP wants a cholesterol blood test, the fasting kind - can I book one?", "Of course. Where and when would you like to go?"),
            ("Elm St, Thurs 8.30am", "Booked at Elm Street on Thursday at half past eight in the morning."),
        ],
        "small_talk": (1, ("Not my favourite thing, I really hate needles!", "You're not alone - our nurses are very gentle.")),
        "unrelated": (0, ("Is there step-free access at Elm Street?", "Yes, there's a ramp at the main entrance.")),
        "entity": ("date", [
            ("I've been asked to book a fasting blood test for cholesterol.", "Sure, a fasting cholesterol test. Which clinic suits you?"),
            ("The Elm Street clinic, on Thursday at 3:30 in the afternoon.", "Elm Street, Thursday 3:30pm - booked."),
        ]),
        "entity_reworded": ("product", [
            ("My GP wants a full blood count - can I book one?", "Of course. Where and when would you like to go?"),
            ("Elm St, Thurs 8.30am", "Booked at Elm Street on Thursday at half past eight in the morning."),
        ]),
        "third": ("intent", [
            ("I need to cancel my fasting blood test for cholesterol.", "No problem. Which clinic was it at?"),
            ("The Elm Street clinic, on Thursday at 8:30 in the morning.", "Found it - Elm Street, Thursday 8:30am, now cancelled."),
        ]),
    },
    {
        "id": "en-tenancy-notice",
        "thread": [
            ("I rent a flat from you on a periodic monthly tenancy.", "Thanks. How can I help with your tenancy?"),
            ("I'd like to move out.", "Understood, you want to end the tenancy."),
        ],
        "follow": "How much notice do I have to give?",
        "reworded": [
            ("My flat's on a rolling month-to-month tenancy with you", "Yes, I can see your periodic tenancy."),
            ("we're planning to leave", "OK, you'd like to give notice to end it."),
        ],
        "small_talk": (0, ("Hello, hope you had a good weekend.", "Hello, I did, thanks! What can I do for you?")),
        "unrelated": (1, ("By the way, the hallway light is out again.", "Thanks for telling us, we'll send someone to fix it.")),
        "entity": ("plan", [
            ("I rent a flat from you on a 12-month fixed-term tenancy.", "Thanks. How can I help with your tenancy?"),
            ("I'd like to move out.", "Understood, you want to end the tenancy."),
        ]),
        "entity_reworded": ("person", [
            ("My flat's on a rolling month-to-month tenancy with you", "Yes, I can see your periodic tenancy."),
            ("my flatmate is planning to leave but I'm staying", "OK, one of the joint tenants would like to leave."),
        ]),
        "third": ("intent", [
            ("I rent a flat from you on a periodic monthly tenancy.", "Thanks. How can I help with your tenancy?"),
            ("I'd like to stay with you but move to a bigger flat in the same building.", "Understood, you'd like to transfer to a larger flat."),
        ]),
    },
]
