# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the eighth held-out conversation set (``conversations-heldout8.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout8_conversations.py`` turns them
into pairs. Written in session 14 by the ``heldout8`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-soft-play-party",
        "thread": [
            ("I'd like to book a party at the soft play centre for my daughter's 5th birthday.", "Lovely! How many children, and which day would you like?"),
            ("Twelve children on Saturday afternoon, and we'd like the party food too.", "Great - a party for twelve children on Saturday afternoon, with party food for everyone."),
        ],
        "follow": "How much will the party cost altogether?",
        "reworded": [
            ("My girl turns five and we want to celebrate at your play centre - there'll be 12 kids, this coming Sat after lunch, and they'll all want feeding.",
             "Noted: 12 children, Saturday p.m., party food included."),
        ],
        "small_talk": (1, ("She's been talking about the big slide non-stop!", "Ha, it's everyone's favourite.")),
        "unrelated": (0, ("Are there lockers for the parents' coats?", "Yes, by the entrance - they take a pound coin.")),
        "entity": ("amount", [
            ("I'd like to book a party at the soft play centre for my daughter's 5th birthday.", "Lovely! How many children, and which day would you like?"),
            ("Twenty children on Saturday afternoon, and we'd like the party food too.", "Great - a party for twenty children on Saturday afternoon, with party food for everyone."),
        ]),
        "entity_reworded": ("date", [
            ("My girl turns five and we want to celebrate at your play centre - there'll be 12 kids, this coming Wednesday after school, and they'll all want feeding.",
             "Noted: 12 children, Wednesday after school, party food included."),
        ]),
        "third": ("intent", [
            ("We booked a soft play party for my daughter's 5th birthday and need to cancel it.", "That's a shame. Can you confirm the number of children and the day?"),
            ("Twelve children on Saturday afternoon, with party food.", "Found it: the party for twelve children on Saturday afternoon, with party food."),
        ]),
    },
    {
        "id": "en-antique-valuation",
        "thread": [
            ("Could your expert come and value a grandfather clock at our house in Clapham?", "Of course. Roughly how old is it, and which days suit you?"),
            ("About 150 years old. Any weekday morning next week is fine.", "Booked in principle: a valuation of a 150-year-old grandfather clock in Clapham, a weekday morning next week."),
        ],
        "follow": "What will the valuer's visit cost?",
        "reworded": [
            ("We've a longcase clock from around the 1870s at home in Clapham - can someone look it over and tell us what it's worth one morning Monday to Friday next week?",
             "Yes - a longcase clock, c. 150 years, in Clapham, weekday morning next week."),
        ],
        "small_talk": (0, ("It belonged to my great-grandmother, so there's a lot of family history.", "Those are often the most interesting pieces to see.")),
        "unrelated": (1, ("Should I wind it before they arrive?", "No need - it's fine as it is.")),
        "entity": ("product", [
            ("Could your expert come and value a Persian rug at our house in Clapham?", "Of course. Roughly how old is it, and which days suit you?"),
            ("About 150 years old. Any weekday morning next week is fine.", "Booked in principle: a valuation of a 150-year-old Persian rug in Clapham, a weekday morning next week."),
        ]),
        "entity_reworded": ("place", [
            ("We've a longcase clock from around the 1870s at home in a village outside Guildford - can someone look it over and tell us what it's worth one morning Monday to Friday next week?",
             "Yes - a longcase clock, c. 150 years, near Guildford, outside our London area, weekday morning next week."),
        ]),
        "third": ("intent", [
            ("Rather than a valuation, could you collect our grandfather clock in Clapham to sell at auction?", "Of course. Roughly how old is it, and which days suit you?"),
            ("About 150 years old. Any weekday morning next week is fine.", "Noted: collection of a 150-year-old grandfather clock in Clapham for auction, a weekday morning next week."),
        ]),
    },
    {
        "id": "en-marquee-hire",
        "thread": [
            ("We need to hire a marquee for our garden party.", "Happy to help. What date, and how many guests?"),
            ("Saturday 12 July, for about 50 people.", "Great - a marquee for around 50 guests on Saturday 12 July."),
        ],
        "follow": "How much will the marquee come to?",
        "reworded": [
            ("We're having roughly fifty friends round on the twelfth of July and want a tent up on the lawn in case it rains.",
             "Noted: marquee for ~50, Saturday 12 July, in the garden."),
        ],
        "small_talk": (1, ("It's our silver wedding anniversary, actually.", "Congratulations! We'll make sure it looks lovely.")),
        "unrelated": (0, ("Will your team need to use our toilet while setting up?", "No, they bring everything they need.")),
        "entity": ("amount", [
            ("We need to hire a marquee for our garden party.", "Happy to help. What date, and how many guests?"),
            ("Saturday 12 July, for about 120 people.", "Great - a marquee for around 120 guests on Saturday 12 July."),
        ]),
        "entity_reworded": ("date", [
            ("We're having roughly fifty friends round on the twelfth of October and want a tent up on the lawn in case it rains.",
             "Noted: marquee for ~50, Saturday 12 October, in the garden - that's our off-peak rate."),
        ]),
        "third": ("intent", [
            ("We've booked a marquee from you for our garden party and have to cancel it.", "Sorry to hear that. Which date was it for, and how many guests?"),
            ("Saturday 12 July, for about 50 people.", "Found it: the marquee for around 50 guests on Saturday 12 July."),
        ]),
    },
    {
        "id": "en-ceilidh-band",
        "thread": [
            ("Is your ceilidh band free on Saturday 14 June for an evening do?", "Let me check - yes, we're free. What's the occasion, and where is it?"),
            ("A 40th birthday party at Kendal village hall, around 60 people, from 7 till 11.", "OK - a private party for about 60 guests in Kendal, 7pm to 11pm on Saturday 14 June, with a caller."),
        ],
        "follow": "What's the band's fee?",
        "reworded": [
            ("We're after a ceilidh for my husband's fortieth - sixty-odd guests at the village hall in Kendal, Saturday the 14th of June, seven in the evening through to eleven. Are you available?",
             "We are - private birthday party, ~60 people, Kendal, 19:00-23:00 on 14 June."),
        ],
        "small_talk": (0, ("I went to a ceilidh at a friend's wedding and loved it!", "They're great fun - nobody sits down for long.")),
        "unrelated": (1, ("Do you need a table for your kit?", "Just a power socket near the stage, thanks.")),
        "entity": ("plan", [
            ("Is your ceilidh band free on Saturday 14 June for a party?", "Let me check - yes, we're free. What's the occasion, and where is it?"),
            ("A 40th birthday party at Kendal village hall, around 60 people, and we'd like you for the whole afternoon and evening.", "OK - an all-day booking for a private party of about 60 in Kendal on Saturday 14 June, with a caller."),
        ]),
        "entity_reworded": ("place", [
            ("We're after a ceilidh for my husband's fortieth - sixty-odd guests at the village hall on the Isle of Skye, Saturday the 14th of June, seven in the evening through to eleven. Are you available?",
             "We are - private birthday party, ~60 people, Skye (a long way from our Kendal base), 19:00-23:00 on 14 June."),
        ]),
        "third": ("intent", [
            ("We've booked your ceilidh band for Saturday 14 June and have to cancel the party.", "Sorry to hear that. Which booking was it?"),
            ("A 40th birthday party at Kendal village hall, around 60 people, from 7 till 11.", "Found it: the private party for about 60 guests in Kendal, 7pm to 11pm on Saturday 14 June."),
        ]),
    },
    {
        "id": "en-stargazing-evening",
        "thread": [
            ("Can I book two places on Friday's stargazing evening at the observatory?", "Of course. Would you like the standard session or the one with the big telescope?"),
            ("The standard session, please, for me and my partner.", "Booked: two adults on Friday's standard stargazing session."),
        ],
        "follow": "What will the booking come to?",
        "reworded": [
            ("My other half and I fancy looking at the night sky this Friday - just the normal session, not the big telescope one. Is there room for us?",
             "Yes - two adults, Friday, standard session."),
        ],
        "small_talk": (1, ("We've never seen Saturn through a telescope!", "If the sky is clear you're in for a treat.")),
        "unrelated": (0, ("Is there a café at the observatory?", "There's a small kiosk selling hot drinks.")),
        "entity": ("plan", [
            ("Can I book two places on Friday's stargazing evening at the observatory?", "Of course. Would you like the standard session or the one with the big telescope?"),
            ("The big telescope session, please, for me and my partner.", "Booked: two adults on Friday's big telescope session."),
        ]),
        "entity_reworded": ("person", [
            ("My eleven-year-old daughter and I fancy looking at the night sky this Friday - just the normal session, not the big telescope one. Is there room for us?",
             "Yes - one adult and one child, Friday, standard session."),
        ]),
        "third": ("intent", [
            ("We've booked two places on Friday's stargazing evening and need to cancel them.", "Sorry to hear that. Which session was it?"),
            ("The standard session, for me and my partner.", "Found it: two adults on Friday's standard session - cancelled."),
        ]),
    },
    {
        "id": "en-beach-hut",
        "thread": [
            ("We'd like to rent one of your beach huts on the North Promenade for a week in August.", "Lovely. Which week, and how many of you will be using it?"),
            ("The week starting 9 August, for four of us.", "Great - a North Promenade beach hut for four people, the week of 9 August."),
        ],
        "follow": "What's the rent for the week?",
        "reworded": [
            ("There are four in our party and we want a hut along the North Prom for seven days from the ninth of August.",
             "Noted: one North Promenade hut, four people, 9-15 August."),
        ],
        "small_talk": (0, ("We've been coming to this beach since I was little!", "How lovely - welcome back.")),
        "unrelated": (1, ("Can we leave our deckchairs in the hut overnight?", "Yes, as long as it's locked.")),
        "entity": ("place", [
            ("We'd like to rent one of your beach huts on the South Promenade for a week in August.", "Lovely. Which week, and how many of you will be using it?"),
            ("The week starting 9 August, for four of us.", "Great - a South Promenade beach hut for four people, the week of 9 August."),
        ]),
        "entity_reworded": ("date", [
            ("There are four in our party and we want a hut along the North Prom for seven days from the eleventh of October.",
             "Noted: one North Promenade hut, four people, 11-17 October - that's off-season."),
        ]),
        "third": ("intent", [
            ("We've rented one of your beach huts on the North Promenade for a week in August and want to cancel.", "Sorry to hear that. Which week was it?"),
            ("The week starting 9 August, for four of us.", "Found it: the North Promenade beach hut for four, the week of 9 August."),
        ]),
    },
    {
        "id": "en-guitar-lessons",
        "thread": [
            ("I'd like to sign my son up for a term of guitar lessons.", "Great! Is he new to us, or does your family already have an account with the school?"),
            ("He's new, and we'd like Tuesdays after school, 30 minutes.", "OK - a new student, 30-minute lessons on Tuesdays after school for the term."),
        ],
        "follow": "What will we need to pay?",
        "reworded": [
            ("My boy is keen to learn to play - half-hour slots on a Tuesday once school's out, for the whole term. Nobody in our house has been taught by you before.",
             "Lovely: first-time student, 30 mins, Tuesdays after school, one term."),
        ],
        "small_talk": (1, ("He's been strumming my old guitar for months.", "Sounds like he's got the bug!")),
        "unrelated": (0, ("Is there parking at the school?", "There's street parking right outside.")),
        "entity": ("account", [
            ("I'd like to sign my son up for a term of guitar lessons.", "Great! Is he new to us, or does your family already have an account with the school?"),
            ("His sister already learns with you, so please put it on our family account - Tuesdays after school, 30 minutes.", "OK - added to your family account: 30-minute lessons on Tuesdays after school for the term."),
        ]),
        "entity_reworded": ("person", [
            ("My husband is keen to learn to play - half-hour slots on a Tuesday once he's home from work, for the whole term. Nobody in our house has been taught by you before.",
             "Lovely: first-time adult student, 30 mins, Tuesday evenings, one term."),
        ]),
        "third": ("intent", [
            ("My son has a term of guitar lessons with you and we'd like to stop them.", "Sorry to hear that. Which lessons does he have?"),
            ("Tuesdays after school, 30 minutes.", "Found it: 30-minute lessons on Tuesdays after school."),
        ]),
    },
    {
        "id": "en-book-repair",
        "thread": [
            ("Could you repair my grandmother's old cookery book? The spine has come away.", "Happy to take a look. Is it a hardback, and do you want it kept as original as possible?"),
            ("Yes, it's a hardback. Just a standard repair is fine.", "OK - a standard spine repair on a hardback cookery book."),
        ],
        "follow": "How long will the book be with you?",
        "reworded": [
            ("My nan's recipe book is falling apart - the back has split off the pages. It's got a hard cover, and I only need the normal fix, nothing fancy.",
             "Noted: hardback, detached spine, standard repair."),
        ],
        "small_talk": (1, ("It's got all her handwritten notes in the margins.", "Those are the best kind - we'll be careful with them.")),
        "unrelated": (0, ("Do you sell notebooks as well?", "Yes, we make hand-bound notebooks in the shop.")),
        "entity": ("product", [
            ("Could you repair my grandmother's old cookery book? The spine has come away.", "Happy to take a look. Is it a hardback, and do you want it kept as original as possible?"),
            ("It's leather-bound, actually. Just a standard repair is fine.", "OK - a standard spine repair on a leather-bound cookery book."),
        ]),
        "entity_reworded": ("plan", [
            ("My nan's recipe book is falling apart - the back has split off the pages. It's got a hard cover, and I'd like the full restoration with new endpapers and a box to keep it in.",
             "Noted: hardback, detached spine, full restoration with a box."),
        ]),
        "third": ("intent", [
            ("Rather than repairing my grandmother's old cookery book, could you scan every page so I have a copy?", "Happy to. Is it a hardback, and should it stay exactly as it is?"),
            ("Yes, it's a hardback. Please leave it as it is.", "OK - a full scan of a hardback cookery book, left as it is."),
        ]),
    },
    {
        "id": "en-snooker-table",
        "thread": [
            ("Can I book a snooker table for tonight?", "Yes. What time, and for how long?"),
            ("Seven o'clock, for one hour, just me and a friend.", "Booked: one table for one hour at 7pm tonight, two players."),
        ],
        "follow": "How much do I owe you?",
        "reworded": [
            ("My mate and I fancy a few frames this evening - a table from 19:00 for sixty minutes. Is that doable?",
             "Done - two players, table at 7pm, 60 minutes."),
        ],
        "small_talk": (1, ("My potting has been awful lately, so I need the practice!", "We've all been there - a few frames will sort it.")),
        "unrelated": (0, ("Is the bar open in the evening?", "Yes, until 11pm.")),
        "entity": ("amount", [
            ("Can I book a snooker table for tonight?", "Yes. What time, and for how long?"),
            ("Seven o'clock, for two hours, just me and a friend.", "Booked: one table for two hours at 7pm tonight, two players."),
        ]),
        "entity_reworded": ("person", [
            ("My lad is fourteen and fancies a few frames with his mate this evening - a table from 19:00 for sixty minutes. Is that doable?",
             "Done - two junior players, table at 7pm, 60 minutes."),
        ]),
        "third": ("intent", [
            ("I booked a snooker table for tonight and need to cancel it.", "No problem. What time was it for?"),
            ("Seven o'clock, for one hour, just me and a friend.", "Found it: one table at 7pm for an hour - cancelled."),
        ]),
    },
    {
        "id": "en-christmas-tree",
        "thread": [
            ("Could you deliver a Christmas tree to my house?", "Of course. What size, and where are you?"),
            ("A six-foot Nordmann fir, to Harrogate.", "OK - a 6ft Nordmann fir delivered in Harrogate."),
        ],
        "follow": "What's the total charge?",
        "reworded": [
            ("Looking for a Nordmann, around 6 foot tall, brought to our place over in Harrogate.",
             "Noted: Nordmann fir, 6 ft, delivery to Harrogate."),
        ],
        "small_talk": (0, ("The kids have been asking about it since November!", "Ha, it's the best time of year.")),
        "unrelated": (1, ("Do the trees come with a net?", "Yes, every tree is netted for the journey.")),
        "entity": ("place", [
            ("Could you deliver a Christmas tree to my house?", "Of course. What size, and where are you?"),
            ("A six-foot Nordmann fir, to Ripon.", "OK - a 6ft Nordmann fir delivered in Ripon, which is outside our free delivery area."),
        ]),
        "entity_reworded": ("product", [
            ("Looking for a Norway spruce, around 6 foot tall, brought to our place over in Harrogate.",
             "Noted: Norway spruce, 6 ft, delivery to Harrogate."),
        ]),
        "third": ("intent", [
            ("Could you collect our old Christmas tree from my house for recycling?", "Of course. What size, and where are you?"),
            ("A six-foot Nordmann fir, in Harrogate.", "OK - collection of a 6ft Nordmann fir in Harrogate for recycling."),
        ]),
    },
    {
        "id": "en-lost-property",
        "thread": [
            ("I left my backpack on the train from York to Leeds yesterday evening.", "Sorry to hear that. Can you describe it, and roughly what time was the train?"),
            ("It's a black backpack with a laptop inside - the 18:40 service.", "Thanks - a black backpack with a laptop, left on the 18:40 York to Leeds yesterday."),
        ],
        "follow": "Which office do I need to go to?",
        "reworded": [
            ("Last night I got off the twenty to seven from York into Leeds without my rucksack - it's the dark one with my work computer in it.",
             "Got it: black rucksack containing a laptop, 18:40 York-Leeds service, yesterday."),
        ],
        "small_talk": (1, ("I can't believe I did that, I'm usually so careful.", "It happens to everyone, honestly.")),
        "unrelated": (0, ("Can I still use my return ticket today?", "Yes, your return is valid for a month.")),
        "entity": ("place", [
            ("I left my backpack on the train from York to Newcastle yesterday evening.", "Sorry to hear that. Can you describe it, and roughly what time was the train?"),
            ("It's a black backpack with a laptop inside - the 18:40 service.", "Thanks - a black backpack with a laptop, left on the 18:40 York to Newcastle yesterday."),
        ]),
        "entity_reworded": ("date", [
            ("Three weeks ago I got off the twenty to seven from York into Leeds without my rucksack - it's the dark one with my work computer in it.",
             "Got it: black rucksack containing a laptop, 18:40 York-Leeds service, three weeks ago - by now it will have left the station."),
        ]),
        "third": ("intent", [
            ("I found a backpack on the train from York to Leeds yesterday evening and want to hand it in.", "Thank you. Can you describe it, and what time was the train?"),
            ("It's a black backpack with a laptop inside - the 18:40 service.", "Thanks - a black backpack with a laptop, found on the 18:40 York to Leeds."),
        ]),
    },
]
