# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the seventh held-out conversation set (``conversations-heldout7.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout7_conversations.py`` turns them
into pairs. Written in session 13 by the ``heldout7`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-narrowboat-hire",
        "thread": [
            ("I'd like to hire a four-berth narrowboat from your Stratford base for a week.", "Lovely. Which week were you thinking of, and will you need bedding packs?"),
            ("The first week of June, and yes, bedding for four please.", "Noted: a four-berth boat from Stratford for the first week of June, with four bedding packs."),
        ],
        "follow": "What will the total hire cost be?",
        "reworded": [
            ("There are four of us wanting a canal boat for seven nights from the start of June, setting off from Stratford. We'll need bed linen for everyone.",
             "Got it - a 4-berth narrowboat out of Stratford, 1-7 June, bedding for four."),
        ],
        "small_talk": (0, ("Hi there! We've never done a canal holiday before.", "Welcome - you'll love it, it's a very relaxing way to travel.")),
        "unrelated": (1, ("Is there somewhere to leave our car at the base?", "Yes, there's secure parking at the marina for hirers.")),
        "entity": ("place", [
            ("I'd like to hire a four-berth narrowboat from your Llangollen base for a week.", "Lovely. Which week were you thinking of, and will you need bedding packs?"),
            ("The first week of June, and yes, bedding for four please.", "Noted: a four-berth boat from Llangollen for the first week of June, with four bedding packs."),
        ]),
        "entity_reworded": ("date", [
            ("There are four of us wanting a canal boat for seven nights from the start of August, setting off from Stratford. We'll need bed linen for everyone.",
             "Got it - a 4-berth narrowboat out of Stratford, 1-7 August, bedding for four."),
        ]),
        "third": ("intent", [
            ("We've hired a four-berth narrowboat from your Stratford base for a week and need to cancel.", "Sorry to hear that. Which week was the booking for, and did it include bedding packs?"),
            ("The first week of June, with bedding for four.", "Found it: the four-berth boat from Stratford for the first week of June, with four bedding packs."),
        ]),
    },
    {
        "id": "en-skip-hire",
        "thread": [
            ("Can I book a 6-yard skip for my driveway? We're clearing out the garage.", "Yes. How long do you need it, and what will go in it?"),
            ("Two weeks, and it's mostly wood and garden waste.", "OK - a 6-yard skip on your drive for two weeks, wood and garden waste."),
        ],
        "follow": "What's that going to cost me in total?",
        "reworded": [
            ("We're emptying our garage and want a medium skip - the six yard one - left on the drive for a fortnight. It'll be timber and stuff from the garden.",
             "No problem: 6 yd skip, driveway, 14 days, timber and green waste."),
        ],
        "small_talk": (1, ("Sorry, I'm eating my lunch while I type!", "No problem at all, enjoy your lunch.")),
        "unrelated": (0, ("Do you also take old fridges away?", "We don't, but the council runs a collection for fridges.")),
        "entity": ("product", [
            ("Can I book an 8-yard skip for my driveway? We're clearing out the garage.", "Yes. How long do you need it, and what will go in it?"),
            ("Two weeks, and it's mostly wood and garden waste.", "OK - an 8-yard skip on your drive for two weeks, wood and garden waste."),
        ]),
        "entity_reworded": ("place", [
            ("We're emptying our garage and want a medium skip - the six yard one - left on the road outside for a fortnight, as we've no drive. It'll be timber and stuff from the garden.",
             "No problem: 6 yd skip on the public road (we'll need a council permit), 14 days, timber and green waste."),
        ]),
        "third": ("intent", [
            ("There's a 6-yard skip of yours on my driveway and I want it collected early.", "Sure. How long was it booked for, and what's in it?"),
            ("Two weeks, and it's mostly wood and garden waste.", "OK - early collection of the 6-yard skip on your drive, wood and garden waste."),
        ]),
    },
    {
        "id": "en-go-karting",
        "thread": [
            ("I want to book a go-karting party for my son's 10th birthday.", "Happy birthday to him! How many drivers, and which day?"),
            ("Ten kids, all aged 9 or 10, on Saturday afternoon.", "Great - a junior party for ten drivers on Saturday afternoon."),
        ],
        "follow": "How much will we pay per child?",
        "reworded": [
            ("Looking to do karting for my boy turning ten - there'll be 10 children around his age, Sat afternoon if possible.",
             "Lovely - ten junior drivers, Saturday p.m., birthday package."),
        ],
        "small_talk": (2, ("He's been talking about it for weeks!", "Ha, we'll make sure it's worth the wait.")),
        "unrelated": (0, ("Is there a café where parents can wait?", "Yes, there's a café overlooking the track.")),
        "entity": ("amount", [
            ("I want to book a go-karting party for my son's 10th birthday.", "Happy birthday to him! How many drivers, and which day?"),
            ("Twenty kids, all aged 9 or 10, on Saturday afternoon.", "Great - a junior party for twenty drivers on Saturday afternoon."),
        ]),
        "entity_reworded": ("person", [
            ("Looking to do karting for my dad turning sixty - there'll be 10 of his friends, Sat afternoon if possible.",
             "Lovely - ten adult drivers, Saturday p.m., birthday package."),
        ]),
        "third": ("intent", [
            ("I need to cancel the go-karting party I booked for my son's 10th birthday.", "Sorry to hear that. How many drivers was it for, and which day?"),
            ("Ten kids, on Saturday afternoon.", "Found it - the junior party for ten drivers on Saturday afternoon."),
        ]),
    },
    {
        "id": "en-picture-framing",
        "thread": [
            ("I'd like an A3 print framed in oak.", "Lovely choice. Would you like standard glass or museum glass?"),
            ("Museum glass, please, and a white mount.", "So that's an A3 print in an oak frame, museum glass and a white mount."),
        ],
        "follow": "How much will the framing come to?",
        "reworded": [
            ("Could you frame a print for me? It's 297 x 420 mm. I'm after a solid oak moulding, anti-reflective conservation glazing and a white mount around it.",
             "Certainly: A3 print, oak moulding, museum-grade glass, white mount."),
        ],
        "small_talk": (0, ("Morning! The shop looks lovely after the refit.", "Thank you! We're really pleased with it.")),
        "unrelated": (1, ("Do you also sell greetings cards?", "Yes, cards by local artists are by the till.")),
        "entity": ("product", [
            ("I'd like an A3 print framed in oak.", "Lovely choice. Would you like standard glass or museum glass?"),
            ("Standard glass, please, and a white mount.", "So that's an A3 print in an oak frame, standard glass and a white mount."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you frame a print for me? It's 594 x 841 mm. I'm after a solid oak moulding, anti-reflective conservation glazing and a white mount around it.",
             "Certainly: A1 print, oak moulding, museum-grade glass, white mount."),
        ]),
        "third": ("intent", [
            ("I ordered an A3 print framed in oak and want to cancel the framing order.", "I can help with that. Was it with standard glass or museum glass?"),
            ("Museum glass, with a white mount.", "Found it: the A3 print in an oak frame, museum glass and a white mount."),
        ]),
    },
    {
        "id": "en-podiatry",
        "thread": [
            ("I need an appointment with a podiatrist for an ingrown toenail.", "Sorry to hear that. Is this your first visit with us?"),
            ("Yes, first time, and I'd prefer a Thursday evening.", "OK, a new-patient ingrown toenail appointment on a Thursday evening."),
        ],
        "follow": "How much will the appointment cost?",
        "reworded": [
            ("My big toenail has grown into the skin and I'd like to see one of your foot specialists. I've never been to you before - any Thursday after work would be good.",
             "Understood - initial consultation for an ingrowing nail, Thursday evening."),
        ],
        "small_talk": (1, ("It's been bothering me for weeks, honestly.", "That sounds uncomfortable - we'll get you seen soon.")),
        "unrelated": (0, ("Is your clinic on a bus route?", "Yes, the number 12 stops right outside.")),
        "entity": ("product", [
            ("I need an appointment with a podiatrist for a verruca.", "Sorry to hear that. Is this your first visit with us?"),
            ("Yes, first time, and I'd prefer a Thursday evening.", "OK, a new-patient verruca appointment on a Thursday evening."),
        ]),
        "entity_reworded": ("person", [
            ("My daughter's big toenail has grown into the skin and I'd like her to see one of your foot specialists. She's never been to you before - any Thursday after school would be good.",
             "Understood - initial consultation for your daughter's ingrowing nail, Thursday evening."),
        ]),
        "third": ("intent", [
            ("I've got a podiatry appointment for an ingrown toenail and need to cancel it.", "No problem. Was that your first visit with us?"),
            ("Yes, the first one, on Thursday evening.", "Found it: the new-patient ingrown toenail appointment on Thursday evening."),
        ]),
    },
    {
        "id": "en-stadium-tour",
        "thread": [
            ("Can I book a stadium tour for two adults and one child?", "Of course. Which day, and would you like the standard or the legends tour?"),
            ("Sunday, the standard tour.", "Great - standard tour on Sunday for two adults and a child."),
        ],
        "follow": "What's the total for the tickets?",
        "reworded": [
            ("Me, my wife and our 8-year-old want to go round the ground this Sunday - just the normal tour, not the one with the former players.",
             "Perfect: 2 adults + 1 child, standard stadium tour, Sunday."),
        ],
        "small_talk": (0, ("Hiya, big fan of the club here!", "Brilliant, you'll love the tour then.")),
        "unrelated": (2, ("Is the club shop open on Sundays?", "Yes, it's open 10 till 4.")),
        "entity": ("plan", [
            ("Can I book a stadium tour for two adults and one child?", "Of course. Which day, and would you like the standard or the legends tour?"),
            ("Sunday, the legends tour.", "Great - legends tour on Sunday for two adults and a child."),
        ]),
        "entity_reworded": ("amount", [
            ("Me, my wife and our three kids want to go round the ground this Sunday - just the normal tour, not the one with the former players.",
             "Perfect: 2 adults + 3 children, standard stadium tour, Sunday."),
        ]),
        "third": ("intent", [
            ("We booked a stadium tour for two adults and one child and want a refund.", "I can look into that. Which day was it, and was it the standard or the legends tour?"),
            ("Sunday, the standard tour.", "Found it - the standard tour on Sunday for two adults and a child."),
        ]),
    },
    {
        "id": "en-music-exam",
        "thread": [
            ("I want to enter my daughter for her grade 4 flute exam.", "Lovely. Which session, and is she entering through her teacher's account or as a private candidate?"),
            ("The summer session, through her teacher's account.", "OK: grade 4 flute, summer session, entered through her teacher."),
        ],
        "follow": "What's the entry fee?",
        "reworded": [
            ("My girl is ready to sit grade four on the flute in the summer - her music teacher will put her in for it.",
             "Noted - flute grade 4, summer exams, entered via the teacher."),
        ],
        "small_talk": (1, ("She's been practising every evening!", "That's wonderful to hear.")),
        "unrelated": (0, ("Where's the nearest exam centre to Leeds?", "There's one at the music college in the city centre.")),
        "entity": ("account", [
            ("I want to enter my daughter for her grade 4 flute exam.", "Lovely. Which session, and is she entering through her teacher's account or as a private candidate?"),
            ("The summer session, as a private candidate - I'll enter her myself.", "OK: grade 4 flute, summer session, private candidate."),
        ]),
        "entity_reworded": ("plan", [
            ("My girl is ready to sit grade seven on the flute in the summer - her music teacher will put her in for it.",
             "Noted - flute grade 7, summer exams, entered via the teacher."),
        ]),
        "third": ("intent", [
            ("I entered my daughter for her grade 4 flute exam and want to withdraw her.", "I can help. Which session, and was she entered through her teacher's account or as a private candidate?"),
            ("The summer session, through her teacher's account.", "Found it: grade 4 flute, summer session, entered through her teacher."),
        ]),
    },
    {
        "id": "en-photo-booth",
        "thread": [
            ("We'd like to hire a photo booth for our wedding reception.", "Congratulations! Where is the venue, and how many hours would you like it for?"),
            ("It's at a hotel in Leeds, and three hours in the evening.", "Lovely: a photo booth for three evening hours at a Leeds hotel."),
        ],
        "follow": "How much is the deposit?",
        "reworded": [
            ("Our wedding do is at a Leeds hotel and we fancy a photo booth there from about 8 till 11pm.",
             "Great - 3 hours of photo booth hire at your reception in Leeds."),
        ],
        "small_talk": (0, ("Hello! Sorry, wedding planning has taken over my life.", "Ha, we hear that a lot - we'll keep it simple.")),
        "unrelated": (1, ("Do you do props like hats and signs?", "Yes, a props box comes with every booth.")),
        "entity": ("place", [
            ("We'd like to hire a photo booth for our wedding reception.", "Congratulations! Where is the venue, and how many hours would you like it for?"),
            ("It's at a hotel in Aberdeen, and three hours in the evening.", "Lovely: a photo booth for three evening hours at an Aberdeen hotel."),
        ]),
        "entity_reworded": ("amount", [
            ("Our wedding do is at a Leeds hotel and we fancy a photo booth there from about 6 till 11pm.",
             "Great - 5 hours of photo booth hire at your reception in Leeds."),
        ]),
        "third": ("intent", [
            ("We hired a photo booth for our wedding reception but have decided to cancel it.", "Sorry to hear that. Where was the venue, and how many hours was it for?"),
            ("A hotel in Leeds, three hours in the evening.", "Found it: the photo booth for three evening hours at the Leeds hotel."),
        ]),
    },
    {
        "id": "en-beekeeping-course",
        "thread": [
            ("Are there places left on your two-day beginners' beekeeping course in May?", "Yes, a few. How many people is it for?"),
            ("Two of us, and we'd both need to borrow a bee suit.", "OK - two places on the May beginners' course, with two suits to borrow."),
        ],
        "follow": "How much do we pay altogether?",
        "reworded": [
            ("My partner and I fancy learning to keep bees - the weekend introduction course in May. We haven't got suits, so we'd need to hire them.",
             "Got it: 2 people, May beginners' weekend, 2 suits on loan."),
        ],
        "small_talk": (2, ("We've wanted to try this for years.", "Brilliant - it's a lovely hobby.")),
        "unrelated": (0, ("Do you sell your own honey at the apiary?", "Yes, jars are on sale at the gate on Saturdays.")),
        "entity": ("product", [
            ("Are there places left on your two-day beginners' beekeeping course in May?", "Yes, a few. How many people is it for?"),
            ("Two of us, and we'll bring our own bee suits.", "OK - two places on the May beginners' course, bringing your own suits."),
        ]),
        "entity_reworded": ("amount", [
            ("The four of us fancy learning to keep bees - the weekend introduction course in May. We haven't got suits, so we'd need to hire them.",
             "Got it: 4 people, May beginners' weekend, 4 suits on loan."),
        ]),
        "third": ("intent", [
            ("We booked two places on your two-day beginners' beekeeping course in May and want to give them to friends instead.", "That's fine. Did you book suits to borrow as well?"),
            ("Yes, two suits.", "Found it - two places on the May beginners' course, with two suits to borrow, to be transferred."),
        ]),
    },
    {
        "id": "en-coach-tour",
        "thread": [
            ("I'm interested in your three-day coach tour of Cornwall in September.", "Lovely trip. How many are travelling, and will you be sharing a room?"),
            ("Two of us, sharing a twin room.", "OK: the three-day Cornwall tour in September, two people in a twin room."),
        ],
        "follow": "What does that come to per person?",
        "reworded": [
            ("My sister and I would like to go on the Cornwall trip by coach - the 3-day one in Sept - and we're happy to share a room with two beds.",
             "Lovely: Cornwall, 3 days, September, 2 sharing a twin."),
        ],
        "small_talk": (0, ("Hello! We went on your Scotland tour last year.", "Welcome back - lovely to hear from you again.")),
        "unrelated": (1, ("Where does the coach pick up in Bristol?", "From the coach station on Marlborough Street.")),
        "entity": ("product", [
            ("I'm interested in your three-day coach tour of Cornwall in September.", "Lovely trip. How many are travelling, and will you be sharing a room?"),
            ("Just me, so I'd need a single room.", "OK: the three-day Cornwall tour in September, one person in a single room."),
        ]),
        "entity_reworded": ("place", [
            ("My sister and I would like to go on the Yorkshire trip by coach - the 3-day one in Sept - and we're happy to share a room with two beds.",
             "Lovely: Yorkshire, 3 days, September, 2 sharing a twin."),
        ]),
        "third": ("intent", [
            ("We're booked on your three-day coach tour of Cornwall in September and have to cancel.", "I'm sorry to hear that. How many were travelling, and were you sharing a room?"),
            ("Two of us, sharing a twin room.", "Found it: the three-day Cornwall tour in September, two people in a twin room."),
        ]),
    },
    {
        "id": "en-conveyancing",
        "thread": [
            ("I'm buying a leasehold flat for £250,000 and need a conveyancer.", "Happy to help. Is there a mortgage, and are you a first-time buyer?"),
            ("Yes, there's a mortgage, and it's my first home.", "Thanks - a leasehold purchase at £250,000 with a mortgage, first-time buyer."),
        ],
        "follow": "What would your fee be?",
        "reworded": [
            ("Could you handle the legal work on my first property? It's a leasehold apartment, price 250k, and I'm taking out a mortgage.",
             "Certainly: first-time buyer, leasehold flat, £250k, mortgage lender involved."),
        ],
        "small_talk": (0, ("Hi! This is all a bit new to me.", "No worries, we'll explain each step as we go.")),
        "unrelated": (1, ("Are you open on Saturdays?", "Our phone line is open on Saturday mornings.")),
        "entity": ("product", [
            ("I'm buying a freehold house for £250,000 and need a conveyancer.", "Happy to help. Is there a mortgage, and are you a first-time buyer?"),
            ("Yes, there's a mortgage, and it's my first home.", "Thanks - a freehold purchase at £250,000 with a mortgage, first-time buyer."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you handle the legal work on my first property? It's a leasehold apartment, price 600k, and I'm taking out a mortgage.",
             "Certainly: first-time buyer, leasehold flat, £600k, mortgage lender involved."),
        ]),
        "third": ("intent", [
            ("I'm selling a leasehold flat for £250,000 and need a conveyancer.", "Happy to help. Is there a mortgage on it, and is it your first sale?"),
            ("Yes, there's a mortgage to pay off, and it's my first home.", "Thanks - a leasehold sale at £250,000 with a mortgage to redeem."),
        ]),
    },
]
