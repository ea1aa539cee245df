# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the tenth held-out conversation set (``conversations-heldout10.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout10_conversations.py`` turns them
into pairs. Written in session 16 by the ``heldout10`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-optician-glasses",
        "thread": [
            ("I'd like to order new glasses after my eye test today.", "Of course. Which frames did you choose, and what kind of lenses?"),
            ("The Harlow frames in tortoiseshell, with single-vision lenses and an anti-glare coating.", "Got it: Harlow frames in tortoiseshell, single-vision lenses with anti-glare."),
        ],
        "follow": "How soon can I pick them up?",
        "reworded": [
            ("Following my test this morning I'm getting a new pair - I went for the tortoiseshell Harlow, standard distance lenses, plus the coating that cuts reflections.",
             "Lovely: Harlow in tortoiseshell, single vision, anti-reflection coating."),
        ],
        "small_talk": (1, ("The optometrist was really patient with me, by the way.", "That's kind of you to say - I'll pass it on.")),
        "unrelated": (0, ("Do you have a car park behind the shop?", "Yes, there are six customer spaces round the back.")),
        "entity": ("product", [
            ("I'd like to order new glasses after my eye test today.", "Of course. Which frames did you choose, and what kind of lenses?"),
            ("The Harlow frames in tortoiseshell, with varifocal lenses and an anti-glare coating.", "Got it: Harlow frames in tortoiseshell, varifocal lenses with anti-glare."),
        ]),
        "entity_reworded": ("place", [
            ("Following my test this morning I'm getting a new pair - I went for the tortoiseshell Harlow, standard distance lenses, plus the coating that cuts reflections. I'll pick them up from your Didsbury branch, not this one.",
             "Lovely: Harlow in tortoiseshell, single vision, anti-reflection coating, for collection at Didsbury."),
        ]),
        "third": ("intent", [
            ("Instead of new glasses, I'd like my current frames reglazed with the prescription from my eye test today.", "Of course. What kind of lenses would you like in them?"),
            ("Single-vision lenses with an anti-glare coating, please.", "Got it: reglazing your own frames with single-vision lenses and anti-glare."),
        ]),
    },
    {
        "id": "en-birth-certificate",
        "thread": [
            ("I need to order copies of a birth certificate.", "Certainly. Whose certificate is it, and how many copies?"),
            ("My own - I was born in Leeds in 1984 - and I need two copies sent by standard post.", "Noted: your own birth, Leeds 1984, two copies, standard post."),
        ],
        "follow": "How much will that be and how long will it take?",
        "reworded": [
            ("Could I get a couple of copies of the certificate for when I was born? It was 1984, in Leeds, and normal delivery is fine.",
             "Of course: 2 copies of your birth entry, Leeds, 1984, ordinary post."),
        ],
        "small_talk": (2, ("It's for my first passport, believe it or not!", "Better late than never - enjoy your travels.")),
        "unrelated": (1, ("Do you also do citizenship ceremonies at the town hall?", "Yes, they're held on the first Friday of every month.")),
        "entity": ("place", [
            ("I need to order copies of a birth certificate.", "Certainly. Whose certificate is it, and how many copies?"),
            ("My own - I was born in Glasgow in 1984 - and I need two copies sent by standard post.", "Noted: your own birth, Glasgow 1984, two copies, standard post."),
        ]),
        "entity_reworded": ("amount", [
            ("Could I get six copies of the certificate for when I was born? It was 1984, in Leeds, and normal delivery is fine.",
             "Of course: 6 copies of your birth entry, Leeds, 1984, ordinary post."),
        ]),
        "third": ("intent", [
            ("Rather than ordering copies, I need a mistake corrected on a birth certificate.", "Certainly. Whose certificate is it, and what's wrong on it?"),
            ("My own - I was born in Leeds in 1984 - and my mother's maiden name is misspelt.", "Noted: a correction to your own birth entry, Leeds 1984, mother's maiden name."),
        ]),
    },
    {
        "id": "en-repeat-prescription",
        "thread": [
            ("Can I order my repeat prescription through you?", "Yes. Which medicines, and would you like to collect or have it delivered?"),
            ("Atorvastatin 20mg and ramipril 5mg, delivered to my home please.", "Noted: atorvastatin 20mg and ramipril 5mg, home delivery."),
        ],
        "follow": "When should I expect it?",
        "reworded": [
            ("Could you sort out my regular medicines - the statin at twenty milligrams plus my five milligram ramipril - and bring them round to the house?",
             "Of course: atorvastatin 20 mg and ramipril 5 mg, delivered to you."),
        ],
        "small_talk": (1, ("Sorry, I'm a bit slow on the phone today, I've only just woken up.", "Take your time, there's no rush.")),
        "unrelated": (2, ("Do you sell those weekly pill organiser boxes?", "Yes, we have them by the till.")),
        "entity": ("place", [
            ("Can I order my repeat prescription through you?", "Yes. Which medicines, and would you like to collect or have it delivered?"),
            ("Atorvastatin 20mg and ramipril 5mg, delivered to my holiday cottage in Cornwall please.", "Noted: atorvastatin 20mg and ramipril 5mg, delivery to Cornwall."),
        ]),
        "entity_reworded": ("person", [
            ("Could you sort out my husband's regular medicines - the statin at twenty milligrams plus his five milligram ramipril - and bring them round to the house?",
             "Of course: atorvastatin 20 mg and ramipril 5 mg for your husband, delivered to you."),
        ]),
        "third": ("intent", [
            ("I'd like to stop my repeat prescription being delivered - I'll collect it myself from now on.", "Okay. Which medicines are on it?"),
            ("Atorvastatin 20mg and ramipril 5mg.", "Noted: atorvastatin 20mg and ramipril 5mg, switched to collection in store."),
        ]),
    },
    {
        "id": "en-library-room",
        "thread": [
            ("Can I book a meeting room at the central library?", "Yes. For which day, how long and how many people?"),
            ("Thursday 12 March, 2 till 4pm, for a group of 10.", "Booked provisionally: central library, Thursday 12 March, 14:00-16:00, 10 people."),
        ],
        "follow": "How much is the room hire and how do I pay?",
        "reworded": [
            ("There'll be ten of us and we need somewhere at the main library on the afternoon of Thurs 12/3, from two o'clock for a couple of hours. Is that possible?",
             "Yes: main library, Thu 12 March, 2-4pm, 10 attendees."),
        ],
        "small_talk": (0, ("Hello, hope you're having a quiet afternoon!", "Hello! It's been lovely and calm, thanks.")),
        "unrelated": (2, ("Also, is the café on the ground floor open on Thursdays?", "Yes, it's open until 4pm every weekday.")),
        "entity": ("amount", [
            ("Can I book a meeting room at the central library?", "Yes. For which day, how long and how many people?"),
            ("Thursday 12 March, 2 till 4pm, for a group of 40.", "Booked provisionally: central library, the large hall, Thursday 12 March, 14:00-16:00, 40 people."),
        ]),
        "entity_reworded": ("place", [
            ("There'll be ten of us and we need somewhere at the Hillside branch library on the afternoon of Thurs 12/3, from two o'clock for a couple of hours. Is that possible?",
             "Yes: Hillside branch, Thu 12 March, 2-4pm, 10 attendees."),
        ]),
        "third": ("intent", [
            ("Instead of booking a room, can my group just use the open study tables at the central library?", "Yes. For which day, how long and how many people?"),
            ("Thursday 12 March, 2 till 4pm, for a group of 10.", "Noted: central library study area, Thursday 12 March, 14:00-16:00, 10 people."),
        ]),
    },
    {
        "id": "en-water-meter",
        "thread": [
            ("I'd like to have a water meter fitted.", "Happy to help. Is the property a house or a flat, and is the account yours?"),
            ("It's a terraced house and the account is in my name, reference 6120-4471.", "Thanks: terraced house, account 6120-4471 in your name."),
        ],
        "follow": "How soon can you do that?",
        "reworded": [
            ("My reference number is 6120 4471 - held by me personally - and we live in a mid-terrace. We want to switch over to being metered.",
             "Got it: account 6120-4471, mid-terrace, meter request."),
        ],
        "small_talk": (1, ("Our bills have gone up a lot this year, so fingers crossed.", "Hopefully a meter will help with that.")),
        "unrelated": (0, ("Is there any planned work on the mains in our area?", "Not at the moment, no.")),
        "entity": ("place", [
            ("I'd like to have a water meter fitted.", "Happy to help. Is the property a house or a flat, and is the account yours?"),
            ("It's a flat in a block of twelve and the account is in my name, reference 6120-4471.", "Thanks: flat in a block of twelve, account 6120-4471 in your name."),
        ]),
        "entity_reworded": ("account", [
            ("My reference number is 6120 4471 - held by the housing association, not me - and we live in a mid-terrace. We want to switch over to being metered.",
             "Got it: account 6120-4471 in the housing association's name, mid-terrace, meter request."),
        ]),
        "third": ("intent", [
            ("I'd like to have my water meter taken out and go back to the old rates.", "Happy to help. Is the property a house or a flat, and is the account yours?"),
            ("It's a terraced house and the account is in my name, reference 6120-4471.", "Thanks: terraced house, account 6120-4471, request to return to unmetered charges."),
        ]),
    },
    {
        "id": "en-parking-permit",
        "thread": [
            ("I need a resident parking permit for zone C.", "Sure. What's the vehicle, and is it the first permit at your address?"),
            ("A petrol Ford Fiesta, and it's the first permit for our household.", "Thanks - first permit for the household, petrol Ford Fiesta."),
        ],
        "follow": "What will the permit cost for a year?",
        "reworded": [
            ("Nobody at our address has had one before; I drive a Fiesta that runs on petrol and we're in C. Can I apply to park there?",
             "Yes: zone C, first household permit, petrol Fiesta."),
        ],
        "small_talk": (2, ("Sorry about the noise, the dog is barking at the postman!", "Ha, no problem at all.")),
        "unrelated": (1, ("By the way, when is the street cleaning on Elm Road?", "It's every other Tuesday morning.")),
        "entity": ("product", [
            ("I need a resident parking permit for zone C.", "Sure. What's the vehicle, and is it the first permit at your address?"),
            ("A diesel Range Rover, and it's the first permit for our household.", "Thanks - first permit for the household, diesel Range Rover."),
        ]),
        "entity_reworded": ("amount", [
            ("We've already got two at our address; this third one is for a Fiesta that runs on petrol and we're in C. Can I apply to park there?",
             "Yes: zone C, third household permit, petrol Fiesta."),
        ]),
        "third": ("intent", [
            ("Instead of a resident permit, I'd like visitor permits for zone C.", "Sure. Who are they for, and is it the first request at your address?"),
            ("For my parents' petrol Ford Fiesta when they stay, and it's the first request for our household.", "Thanks - visitor permits for zone C, first request for the household."),
        ]),
    },
    {
        "id": "en-driving-lessons",
        "thread": [
            ("I'd like to book driving lessons.", "Great! Manual or automatic, and have you driven before?"),
            ("Manual, please, and I'm a complete beginner. I'd like a block of 10 one-hour lessons.", "Lovely: manual, beginner, a block of ten one-hour lessons."),
        ],
        "follow": "How much is that, and when can we start?",
        "reworded": [
            ("I've never been behind the wheel and want to learn with a gearstick - can I get ten hours reserved together?",
             "Sure - a 10-hour manual block for a total beginner."),
        ],
        "small_talk": (1, ("I only turned seventeen last week!", "Happy belated birthday!")),
        "unrelated": (0, ("Do you also sell gift vouchers for lessons?", "Yes, in any amount from £30.")),
        "entity": ("plan", [
            ("I'd like to book driving lessons.", "Great! Manual or automatic, and have you driven before?"),
            ("Manual, please, and I'm a complete beginner. I'd like the one-week intensive course.", "Lovely: manual, beginner, the one-week intensive course."),
        ]),
        "entity_reworded": ("product", [
            ("I've never been behind the wheel and want to learn in an automatic - can I get ten hours reserved together?",
             "Sure - a 10-hour automatic block for a total beginner."),
        ]),
        "third": ("intent", [
            ("Rather than lessons, I'd just like to book a mock driving test.", "Great! Manual or automatic, and have you driven before?"),
            ("Manual, please. I've had lessons elsewhere and my real test is next month.", "Lovely: a manual mock test before your test next month."),
        ]),
    },
    {
        "id": "en-tv-licence",
        "thread": [
            ("I need to buy a TV licence for my new flat.", "Sure. How would you like to pay?"),
            ("By monthly direct debit from my Barclays account, starting in March.", "Set up: monthly direct debit from Barclays, starting March."),
        ],
        "follow": "How much do I pay and when?",
        "reworded": [
            ("Just moved into a flat that doesn't have one - I'd like to spread it month by month with a Direct Debit on my Barclays current account from the 1st of March.",
             "Okay - new licence, Direct Debit every month via Barclays, from March."),
        ],
        "small_talk": (2, ("The flat's lovely, by the way, lots of light.", "Sounds great - enjoy settling in!")),
        "unrelated": (1, ("Does my licence cover a TV at my mum's house?", "No, her address needs its own licence.")),
        "entity": ("plan", [
            ("I need to buy a TV licence for my new flat.", "Sure. How would you like to pay?"),
            ("By quarterly direct debit from my Barclays account, starting in March.", "Set up: quarterly direct debit from Barclays, starting March."),
        ]),
        "entity_reworded": ("person", [
            ("My dad has just moved into a flat that doesn't have one - he's registered blind - and he'd like to spread it month by month with a Direct Debit on his Barclays current account from the 1st of March.",
             "Okay - new licence with the blind concession, Direct Debit every month via Barclays, from March."),
        ]),
        "third": ("intent", [
            ("I need to cancel the TV licence for my old flat.", "Sure. How have you been paying?"),
            ("By monthly direct debit from my Barclays account, until March.", "Noted: monthly direct debit from Barclays, to stop in March."),
        ]),
    },
    {
        "id": "en-contact-lens-plan",
        "thread": [
            ("I'd like to start a contact lens subscription.", "Great. Which lenses, and how often would you like them?"),
            ("Daily disposables, one box of 90 for each eye every three months, with check-ups included.", "Noted: daily lenses, 90 per eye every three months, check-ups included."),
        ],
        "follow": "What's the monthly cost?",
        "reworded": [
            ("Can you set me up with dailies on a regular plan? Ninety per eye, sent out quarterly, and I want my aftercare appointments covered.",
             "Sure - daily lenses, 90 each eye, a quarterly delivery with aftercare."),
        ],
        "small_talk": (1, ("I've finally given up on wearing my glasses at the gym!", "It makes such a difference for sport.")),
        "unrelated": (0, ("Is the shop open on bank holidays?", "Yes, from 10am until 4pm on bank holidays.")),
        "entity": ("product", [
            ("I'd like to start a contact lens subscription.", "Great. Which lenses, and how often would you like them?"),
            ("Toric daily disposables for astigmatism, one box of 90 for each eye every three months, with check-ups included.", "Noted: toric daily lenses, 90 per eye every three months, check-ups included."),
        ]),
        "entity_reworded": ("plan", [
            ("Can you set me up with dailies on a regular plan? Ninety per eye, sent out quarterly, lenses only - I'll sort my aftercare elsewhere.",
             "Sure - daily lenses, 90 each eye, a quarterly delivery, lenses-only plan."),
        ]),
        "third": ("intent", [
            ("I'd like to downgrade my contact lens subscription so it no longer includes check-ups.", "Okay. Which lenses are you on, and how often do they come?"),
            ("Daily disposables, one box of 90 for each eye every three months.", "Noted: daily lenses, 90 per eye every three months, switching to lenses only."),
        ]),
    },
    {
        "id": "en-flu-jab",
        "thread": [
            ("I'd like to book flu jabs at the pharmacy.", "Of course. Who are they for?"),
            ("Me and my wife - we're both 67 - on Saturday morning if possible.", "Booked: two flu jabs, both aged 67, Saturday morning."),
        ],
        "follow": "Do we need to pay anything?",
        "reworded": [
            ("My wife and I are sixty-seven; can the two of us come in for our flu vaccinations this Saturday, before lunch?",
             "Yes - two vaccinations, 67-year-olds, Saturday AM."),
        ],
        "small_talk": (0, ("Morning! Cold one today, isn't it?", "It certainly is - wrap up warm!")),
        "unrelated": (2, ("Oh, and do you have any paracetamol in stock?", "Yes, on the shelf by the counter.")),
        "entity": ("person", [
            ("I'd like to book flu jabs at the pharmacy.", "Of course. Who are they for?"),
            ("Me and my wife - I'm 67 and she's 52 - on Saturday morning if possible.", "Booked: two flu jabs, aged 67 and 52, Saturday morning."),
        ]),
        "entity_reworded": ("person", [
            ("My wife and I are forty-two and both healthy; can the two of us come in for our flu vaccinations this Saturday, before lunch?",
             "Yes - two vaccinations, 42-year-olds, Saturday AM."),
        ]),
        "third": ("intent", [
            ("I'd like to cancel the flu jabs we booked at the pharmacy.", "Of course. Who were they for?"),
            ("Me and my wife - we're both 67 - on Saturday morning.", "Found them: two flu jabs, both aged 67, Saturday morning - cancelling now."),
        ]),
    },
    {
        "id": "en-garden-waste",
        "thread": [
            ("I want to sign up for the garden waste collection.", "Happy to help. How many bins, and what's your address?"),
            ("One bin, at 3 Mill Lane, Ashford.", "Thanks - one garden waste bin at 3 Mill Lane, Ashford."),
        ],
        "follow": "How much is it for the year and when does it start?",
        "reworded": [
            ("Could we join the green-bin scheme for clippings and leaves? Just the single bin - our house is number three on Mill Lane in Ashford.",
             "Certainly: a single garden waste bin for 3 Mill Lane, Ashford."),
        ],
        "small_talk": (1, ("We've just planted a new hedge, so there'll be plenty of clippings.", "Sounds lovely - the bin will come in handy.")),
        "unrelated": (2, ("Also, can I get a new kitchen food caddy?", "Yes, we'll drop one off with the next food waste collection.")),
        "entity": ("amount", [
            ("I want to sign up for the garden waste collection.", "Happy to help. How many bins, and what's your address?"),
            ("Three bins, at 3 Mill Lane, Ashford.", "Thanks - three garden waste bins at 3 Mill Lane, Ashford."),
        ]),
        "entity_reworded": ("place", [
            ("Could we join the green-bin scheme for clippings and leaves? Just the single bin - our house is number three on Mill Lane in Tenterden.",
             "Certainly: a single garden waste bin for 3 Mill Lane, Tenterden."),
        ]),
        "third": ("intent", [
            ("I want to cancel our garden waste collection.", "Okay. How many bins, and what's your address?"),
            ("One bin, at 3 Mill Lane, Ashford.", "Thanks - cancelling the garden waste bin at 3 Mill Lane, Ashford."),
        ]),
    },
]
