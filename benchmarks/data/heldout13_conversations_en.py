# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the thirteenth held-out conversation set (``conversations-heldout13.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout13_conversations.py`` turns them
into pairs. Written in session 19 by the ``heldout13`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-barber-booking",
        "thread": [
            ("Can I book a haircut with Danny this week?", "Sure. Which day suits you, and is it just a cut or a cut and beard trim?"),
            ("Thursday after work, about half five, just a cut.", "Booked: a cut with Danny, Thursday at 5:30pm."),
        ],
        "follow": "What will I be paying for that?",
        "reworded": [
            ("I'd like Danny to do my hair - nothing else, no beard - on Thursday at 17:30 if he's free.",
             "Done: Danny, Thursday half five, haircut only."),
        ],
        "small_talk": (1, ("It's got really long since the summer.", "We'll get it sorted for you, don't worry.")),
        "unrelated": (2, ("Do you sell that matte clay Danny used last time?", "Yes, we keep a few tubs behind the counter.")),
        "entity": ("person", [
            ("Can I book a haircut with Danny this week for my ten-year-old?", "Sure. Which day suits you, and is it just a cut?"),
            ("Thursday after school, about half five, just a cut.", "Booked: a child's cut with Danny, Thursday at 5:30pm."),
        ]),
        "entity_reworded": ("product", [
            ("I'd like Danny to do my hair and tidy up my beard too on Thursday at 17:30 if he's free.",
             "Done: Danny, Thursday half five, haircut and beard trim."),
        ]),
        "third": ("intent", [
            ("I've got a haircut booked with Danny this week and I need to cancel it.", "No problem. Which day was it for, and was it just a cut or a cut and beard trim?"),
            ("Thursday after work, half five, just a cut.", "Cancelled: your cut with Danny on Thursday at 5:30pm."),
        ]),
    },
    {
        "id": "en-trouser-alterations",
        "thread": [
            ("I've got two pairs of suit trousers that need taking up.", "Happy to help. How much do they need to come up, and when do you need them?"),
            ("About three centimetres each, and I need them by next Friday.", "Noted: two pairs of trousers, shortened by 3cm, ready by next Friday."),
        ],
        "follow": "What will the alterations cost?",
        "reworded": [
            ("The legs on a couple of my suit trousers are an inch or so too long - could they be hemmed in time for Friday week?",
             "Sure: hemming two pairs by about three centimetres, for next Friday."),
        ],
        "small_talk": (2, ("They're for my sister's wedding, so no pressure!", "We'll make sure you look the part.")),
        "unrelated": (0, ("Is there somewhere I can park while I drop them off?", "There's a free bay right outside the shop.")),
        "entity": ("amount", [
            ("I've got five pairs of suit trousers that need taking up.", "Happy to help. How much do they need to come up, and when do you need them?"),
            ("About three centimetres each, and I need them by next Friday.", "Noted: five pairs of trousers, shortened by 3cm, ready by next Friday."),
        ]),
        "entity_reworded": ("date", [
            ("The legs on a couple of my suit trousers are an inch or so too long - could they be hemmed in time for this Saturday?",
             "Sure: hemming two pairs by about three centimetres, for this Saturday."),
        ]),
        "third": ("intent", [
            ("You took up two pairs of my suit trousers and they're too short now, so I'd like them let down again.", "Sorry about that. How much do they need to come down, and when do you need them?"),
            ("About three centimetres each, and I need them by next Friday.", "Noted: letting down two pairs of trousers by 3cm, ready by next Friday."),
        ]),
    },
    {
        "id": "en-dry-cleaning",
        "thread": [
            ("I'd like to arrange a dry cleaning collection from my flat.", "Of course. What's your postcode, and what are we collecting?"),
            ("M14 5RT, and it's a wool coat and two silk dresses.", "Thanks: collection from M14 5RT, one wool coat and two silk dresses."),
        ],
        "follow": "When would I get them back?",
        "reworded": [
            ("Could your driver pick up a woollen overcoat and a pair of silk frocks from me at M14 5RT for cleaning?",
             "Sure: a wool coat and two silk dresses to collect at M14 5RT."),
        ],
        "small_talk": (1, ("The coat's been in the wardrobe since last winter.", "It'll come back looking as good as new.")),
        "unrelated": (2, ("Do you also do shoe repairs at the shop?", "Not at this branch, I'm afraid.")),
        "entity": ("product", [
            ("I'd like to arrange a dry cleaning collection from my flat.", "Of course. What's your postcode, and what are we collecting?"),
            ("M14 5RT, and it's a wool coat, two silk dresses and a double duvet.", "Thanks: collection from M14 5RT, one wool coat, two silk dresses and a double duvet."),
        ]),
        "entity_reworded": ("place", [
            ("Could your driver pick up a woollen overcoat and a pair of silk frocks from me at M20 2LH for cleaning?",
             "Sure: a wool coat and two silk dresses to collect at M20 2LH."),
        ]),
        "third": ("intent", [
            ("I booked a dry cleaning collection from my flat but I'll drop the things at the shop myself instead.", "Of course. What's your postcode, and what were we collecting?"),
            ("M14 5RT, and it's a wool coat and two silk dresses.", "Thanks: collection at M14 5RT cancelled; we'll expect the coat and dresses in store."),
        ]),
    },
    {
        "id": "en-garage-door",
        "thread": [
            ("My garage door has stopped opening and I'd like someone to look at it.", "Sorry to hear that. What type of door is it, and what's the postcode?"),
            ("It's an electric roller door, and we're at WA14 2EJ.", "Thanks: electric roller door, WA14 2EJ."),
        ],
        "follow": "What does a callout cost?",
        "reworded": [
            ("Our motorised roller shutter on the garage is stuck - we're in WA14 2EJ. Can you send an engineer?",
             "Of course: stuck electric roller door at WA14 2EJ."),
        ],
        "small_talk": (2, ("The car's trapped inside, which isn't ideal.", "We'll try to get you moving again quickly.")),
        "unrelated": (1, ("Do you fit side doors into garages as well?", "Yes, we can quote for a personnel door.")),
        "entity": ("product", [
            ("My garage door has stopped opening and I'd like someone to look at it.", "Sorry to hear that. What type of door is it, and what's the postcode?"),
            ("It's a manual up-and-over door, and we're at WA14 2EJ.", "Thanks: manual up-and-over door, WA14 2EJ."),
        ]),
        "entity_reworded": ("place", [
            ("Our motorised roller shutter on the garage is stuck - we're in CW8 3DL. Can you send an engineer?",
             "Of course: stuck electric roller door at CW8 3DL."),
        ]),
        "third": ("intent", [
            ("My garage door keeps failing, so rather than another repair I'd like a quote to replace it.", "Understood. What type of door is it now, and what's the postcode?"),
            ("It's an electric roller door, and we're at WA14 2EJ.", "Thanks: replacement quote for the electric roller door at WA14 2EJ."),
        ]),
    },
    {
        "id": "en-phone-screen",
        "thread": [
            ("I dropped my phone and the screen is cracked - can you replace it?", "We can. What model is it, and would you like it done today?"),
            ("It's a Samsung Galaxy S22, and today would be great.", "Thanks: screen replacement on a Galaxy S22, same day."),
        ],
        "follow": "When can I collect it?",
        "reworded": [
            ("My S22 from Samsung fell on the pavement and the glass is smashed - could you put a new display on it this afternoon?",
             "Sure: new display for your Galaxy S22 this afternoon."),
        ],
        "small_talk": (1, ("Of course it was the day after my case broke.", "That's always the way, isn't it!")),
        "unrelated": (0, ("Do you buy old phones as well?", "Yes, we can give you a trade-in price at the counter.")),
        "entity": ("product", [
            ("I dropped my phone and the screen is cracked - can you replace it?", "We can. What model is it, and would you like it done today?"),
            ("It's a Samsung Galaxy S23 Ultra, and today would be great.", "Thanks: screen replacement on a Galaxy S23 Ultra, same day."),
        ]),
        "entity_reworded": ("date", [
            ("My S22 from Samsung fell on the pavement and the glass is smashed - could you put a new display on it on Monday?",
             "Sure: new display for your Galaxy S22 on Monday."),
        ]),
        "third": ("intent", [
            ("I dropped my phone and cracked the screen, but I'd rather trade it in for a new one than repair it.", "We can do that. What model is it, and would you like to do it today?"),
            ("It's a Samsung Galaxy S22, and today would be great.", "Thanks: trade-in of a cracked Galaxy S22 today."),
        ]),
    },
    {
        "id": "en-watch-service",
        "thread": [
            ("I'd like my automatic watch serviced.", "Certainly. What make is it, and is it running at all?"),
            ("It's an Omega Seamaster, and it's losing about a minute a day.", "Thanks: Omega Seamaster, losing a minute a day, full service."),
        ],
        "follow": "How many weeks will it take?",
        "reworded": [
            ("My Seamaster by Omega has been running sixty seconds slow every day - could you give it a proper overhaul?",
             "Of course: overhaul of the Omega Seamaster, running slow."),
        ],
        "small_talk": (2, ("It was my dad's, so it means a lot to me.", "We'll take good care of it.")),
        "unrelated": (1, ("Can you also resize a ring while I'm here?", "Yes, our jeweller can measure you now.")),
        "entity": ("plan", [
            ("I'd like my automatic watch serviced.", "Certainly. What make is it, and is it running at all?"),
            ("It's an Omega Seamaster, and it's losing about a minute a day - just a regulation, not a full service.", "Thanks: Omega Seamaster, losing a minute a day, regulation only."),
        ]),
        "entity_reworded": ("product", [
            ("My Speedmaster by Omega has been running sixty seconds slow every day - could you give it a proper overhaul?",
             "Of course: overhaul of the Omega Speedmaster, running slow."),
        ]),
        "third": ("intent", [
            ("You've got my automatic watch in for a service but I'd like to collect it without the work being done.", "Certainly. What make is it, and what was it booked in for?"),
            ("It's an Omega Seamaster, and it's losing about a minute a day.", "Thanks: the Seamaster's service is stopped and it's ready to collect."),
        ]),
    },
    {
        "id": "en-handyman",
        "thread": [
            ("I need a handyman to assemble some flat-pack furniture.", "No problem. What are the pieces, and when would suit you?"),
            ("A double wardrobe and a chest of drawers, next Tuesday morning.", "Thanks: a double wardrobe and a chest of drawers, Tuesday morning."),
        ],
        "follow": "Roughly how long will it take?",
        "reworded": [
            ("Could someone come round on Tuesday before lunch to build a two-door wardrobe and a set of drawers that arrived boxed up?",
             "Sure: wardrobe plus drawers to build, Tuesday AM."),
        ],
        "small_talk": (1, ("I tried the drawers myself and gave up after an hour.", "You're not the first, believe me!")),
        "unrelated": (2, ("Do you take the cardboard away afterwards?", "Yes, we'll flatten it and take it with us.")),
        "entity": ("product", [
            ("I need a handyman to assemble some flat-pack furniture.", "No problem. What are the pieces, and when would suit you?"),
            ("A double wardrobe, a chest of drawers and a bunk bed, next Tuesday morning.", "Thanks: a double wardrobe, a chest of drawers and a bunk bed, Tuesday morning."),
        ]),
        "entity_reworded": ("amount", [
            ("Could someone come round on Tuesday before lunch to build three two-door wardrobes and a set of drawers that arrived boxed up?",
             "Sure: three wardrobes plus drawers to build, Tuesday AM."),
        ]),
        "third": ("intent", [
            ("You assembled a wardrobe and a chest of drawers for me, and now I need them taken apart for a move.", "No problem. What are the pieces, and when would suit you?"),
            ("A double wardrobe and a chest of drawers, next Tuesday morning.", "Thanks: dismantling a double wardrobe and a chest of drawers, Tuesday morning."),
        ]),
    },
    {
        "id": "en-made-to-measure-curtains",
        "thread": [
            ("I'd like to order made-to-measure curtains for our bay window.", "Lovely. What fabric are you thinking of, and do you want them lined?"),
            ("The grey linen from your sample book, with blackout lining.", "Thanks: grey linen bay window curtains, blackout lined."),
        ],
        "follow": "How much would they come to?",
        "reworded": [
            ("We've picked the grey linen in your swatch book for the bay in our front room - can you make curtains in it that block out the light?",
             "Of course: blackout-lined curtains in the grey linen for the bay."),
        ],
        "small_talk": (2, ("The streetlight outside keeps us awake at the moment.", "Blackout lining will sort that out.")),
        "unrelated": (1, ("Do you sell cushion covers in the same fabric?", "Yes, we can make matching ones.")),
        "entity": ("product", [
            ("I'd like to order made-to-measure curtains for our bay window.", "Lovely. What fabric are you thinking of, and do you want them lined?"),
            ("The grey velvet from your sample book, with blackout lining.", "Thanks: grey velvet bay window curtains, blackout lined."),
        ]),
        "entity_reworded": ("plan", [
            ("We've picked the grey linen in your swatch book for the bay in our front room - can you make curtains in it that block out the light, and fit a new pole as well?",
             "Of course: blackout-lined curtains in the grey linen for the bay, pole fitted."),
        ]),
        "third": ("intent", [
            ("I ordered made-to-measure curtains for our bay window but I'd like to cancel the order.", "I see. Which fabric was it, and were they lined?"),
            ("The grey linen from your sample book, with blackout lining.", "Thanks: the grey linen blackout-lined bay curtains are cancelled."),
        ]),
    },
    {
        "id": "en-osteopath",
        "thread": [
            ("I'd like to book an osteopath appointment for my lower back.", "Of course. Is this your first visit, and which day suits you?"),
            ("Yes, first time, and Friday morning if possible.", "Thanks: new patient, lower back, Friday morning."),
        ],
        "follow": "How much is the appointment?",
        "reworded": [
            ("I've never been to you before - could I see an osteopath about my lumbar pain at the end of the week, on Friday before noon?",
             "Sure: first appointment for lumbar pain, Friday morning."),
        ],
        "small_talk": (1, ("I think I hurt it lifting the shopping out of the car.", "That's one of the most common causes we see.")),
        "unrelated": (0, ("Is there a lift up to your clinic?", "Yes, just to the left of the entrance.")),
        "entity": ("person", [
            ("I'd like to book an osteopath appointment for my six-week-old baby.", "Of course. Is this your first visit, and which day suits you?"),
            ("Yes, first time, and Friday morning if possible.", "Thanks: new patient, baby check, Friday morning."),
        ]),
        "entity_reworded": ("plan", [
            ("I've been coming to you for a while - could I see an osteopath about my lumbar pain at the end of the week, on Friday before noon?",
             "Sure: follow-up appointment for lumbar pain, Friday morning."),
        ]),
        "third": ("intent", [
            ("I've got an osteopath appointment for my lower back and I need to cancel it.", "Of course. Was it your first visit, and which day was it?"),
            ("Yes, first time, and it was Friday morning.", "Thanks: the Friday morning new-patient appointment is cancelled."),
        ]),
    },
    {
        "id": "en-decorator-quote",
        "thread": [
            ("Could you quote for painting our hallway, stairs and landing?", "Certainly. Is it walls only, and what's the postcode?"),
            ("Walls and ceilings, and it's S11 8YB.", "Thanks: walls and ceilings in the hall, stairs and landing, S11 8YB."),
        ],
        "follow": "What would the total be?",
        "reworded": [
            ("We want the ceilings and walls redone all the way from the front door up to the top of the stairs - we're in S11 8YB. What would that cost?",
             "Okay: hall, stairs and landing, walls plus ceilings, at S11 8YB."),
        ],
        "small_talk": (2, ("The kids have drawn all over the stair wall.", "We see that more than you'd think!")),
        "unrelated": (1, ("Can you recommend a carpet fitter?", "We often work with a fitter in Nether Edge; I'll send his number.")),
        "entity": ("plan", [
            ("Could you quote for painting our hallway, stairs and landing?", "Certainly. Is it walls only, and what's the postcode?"),
            ("Walls, ceilings, skirting boards and all the doors, and it's S11 8YB.", "Thanks: walls, ceilings, woodwork and doors in the hall, stairs and landing, S11 8YB."),
        ]),
        "entity_reworded": ("place", [
            ("We want the ceilings and walls redone all the way from the front door up to the top of the stairs - we're in S7 1FD. What would that cost?",
             "Okay: hall, stairs and landing, walls plus ceilings, at S7 1FD."),
        ]),
        "third": ("intent", [
            ("You're booked to paint our hallway, stairs and landing, but we've decided to do it ourselves, so please cancel.", "Understood. Was that walls only, and what's the postcode?"),
            ("Walls and ceilings, and it's S11 8YB.", "Thanks: the hall, stairs and landing job at S11 8YB is cancelled."),
        ]),
    },
    {
        "id": "en-pet-sitter",
        "thread": [
            ("We need someone to look after our two cats while we're away.", "Happy to help. What are the dates, and what's your account name?"),
            ("From the 10th to the 17th of August, account PS-2291.", "Thanks: two cats, 10 to 17 August, account PS-2291."),
        ],
        "follow": "What will the whole week cost?",
        "reworded": [
            ("We're on holiday for a week from the tenth of August - could a sitter feed our pair of cats? Our customer number is PS-2291.",
             "Of course: cat sitting for two, 10-17 August, PS-2291."),
        ],
        "small_talk": (1, ("The younger one is quite shy with strangers.", "Our sitters are very patient with nervous cats.")),
        "unrelated": (2, ("Do you also take parcels in if they're delivered?", "The sitter can bring them inside, yes.")),
        "entity": ("account", [
            ("We need someone to look after our two cats while we're away.", "Happy to help. What are the dates, and what's your account name?"),
            ("From the 10th to the 17th of August, account PS-2219.", "Thanks: two cats, 10 to 17 August, account PS-2219."),
        ]),
        "entity_reworded": ("product", [
            ("We're on holiday for a week from the tenth of August - could a sitter feed our pair of cats and walk our dog? Our customer number is PS-2291.",
             "Of course: two cats and a dog, 10-17 August, PS-2291."),
        ]),
        "third": ("intent", [
            ("We booked a sitter for our two cats but our holiday is cancelled, so we don't need it now.", "Sorry to hear that. What were the dates, and what's your account name?"),
            ("From the 10th to the 17th of August, account PS-2291.", "Thanks: the 10-17 August booking on PS-2291 is cancelled."),
        ]),
    },
]
