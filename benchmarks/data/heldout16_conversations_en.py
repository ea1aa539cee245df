# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the sixteenth held-out conversation set (``conversations-heldout16.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout16_conversations.py`` turns them
into pairs. Written in session 22 by the ``heldout16`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-hog-roast",
        "thread": [
            ("We'd like a hog roast for my dad's 70th in the village hall.", "Lovely idea. How many guests are you expecting?"),
            ("Around sixty, all adults.", "Noted: a hog roast for about sixty adults at the village hall."),
        ],
        "follow": "How much will the hog roast come to?",
        "reworded": [
            ("Dad turns seventy and we've booked the local hall - could you do a spit-roast pig for roughly 60 grown-ups?",
             "Certainly: a whole pig for around sixty adults at the village hall party."),
        ],
        "small_talk": (1, ("He's been dropping hints about crackling for months.", "Then he's in for a treat on the day!")),
        "unrelated": (2, ("Does the village hall have an outside tap near the car park?", "I'm afraid we don't know that hall, so it's worth asking the caretaker.")),
        "entity": ("amount", [
            ("We'd like a hog roast for my dad's 70th in the village hall.", "Lovely idea. How many guests are you expecting?"),
            ("Around sixty, and about twenty of them are children.", "Noted: a hog roast for about forty adults and twenty children at the village hall."),
        ]),
        "entity_reworded": ("plan", [
            ("Dad turns seventy and we've booked the local hall - could you do a spit-roast pig for roughly 60 grown-ups, plus the salads, desserts and two serving staff?",
             "Certainly: a whole pig with salads, desserts and two servers for around sixty adults."),
        ]),
        "third": ("intent", [
            ("We'd asked about a hog roast for sixty at Dad's 70th, but the hall has its own caterers we have to use.", "That's a shame. Is there anything else we could help with?"),
            ("Just cancel the enquiry, thanks.", "All right: the hog roast for sixty at the village hall is off our list."),
        ]),
    },
    {
        "id": "en-water-softener",
        "thread": [
            ("I'm thinking of getting a water softener fitted - we're a family of four in a three-bed house.", "Good choice in a hard water area. Would you prefer to buy it or rent it?"),
            ("Buy it outright, please.", "Noted: a softener for a family of four, bought outright."),
        ],
        "follow": "What would I pay each year after it's fitted?",
        "reworded": [
            ("Family of 4, three bedrooms, sick of limescale - we'd like to purchase a softener rather than lease one.",
             "Understood: a purchased softener sized for four people."),
        ],
        "small_talk": (2, ("The shower head gets clogged every few weeks.", "Hard water does that, sadly.")),
        "unrelated": (1, ("Is there any parking outside your showroom?", "Yes, there are four spaces right by the entrance.")),
        "entity": ("plan", [
            ("I'm thinking of getting a water softener fitted - we're a family of four in a three-bed house.", "Good choice in a hard water area. Would you prefer to buy it or rent it?"),
            ("Rent it on the monthly plan, please.", "Noted: a softener for a family of four, on the monthly rental plan."),
        ]),
        "entity_reworded": ("amount", [
            ("Family of 9 in a big old farmhouse with two bathrooms, sick of limescale - we'd like to purchase a softener rather than lease one.",
             "Understood: a purchased softener sized for nine people and two bathrooms."),
        ]),
        "third": ("intent", [
            ("We had a softener put in last spring for the four of us, and we're moving house in January.", "Would you like us to move it to the new house?"),
            ("Yes, take it with us to the new place.", "Noted: we'll disconnect the softener in January and refit it at your new address."),
        ]),
    },
    {
        "id": "en-embroidery",
        "thread": [
            ("Can you embroider our café logo on some aprons? Order number EM-5521.", "Yes, I've found EM-5521: twelve black aprons."),
            ("Has the stitch-out been approved?", "It has: the logo sample for EM-5521 was signed off yesterday."),
        ],
        "follow": "When will the aprons be ready to collect?",
        "reworded": [
            ("Hiya, checking on EM-5521 - the dozen black aprons with our café's logo sewn on. Did the sample get the okay?",
             "Yes: twelve black aprons on EM-5521, sample approved yesterday."),
        ],
        "small_talk": (1, ("Our old aprons are covered in coffee stains.", "New ones will make a great first impression.")),
        "unrelated": (2, ("Do you also print menus?", "No, only embroidery and some heat-press printing on garments.")),
        "entity": ("account", [
            ("Can you embroider our café logo on some aprons? Order number EM-5512.", "Yes, I've found EM-5512: twelve black aprons."),
            ("Has the stitch-out been approved?", "It has: the logo sample for EM-5512 was signed off yesterday."),
        ]),
        "entity_reworded": ("product", [
            ("Hiya, checking on EM-5521 - the dozen black aprons and the twelve matching baseball caps with our café's logo sewn on. Did the sample get the okay?",
             "Yes: twelve black aprons and twelve caps on EM-5521, sample approved yesterday."),
        ]),
        "third": ("intent", [
            ("About our apron order, EM-5521 - we've decided to rebrand, so hold off stitching the old logo.", "Understood. Shall I pause the order for now?"),
            ("Please, until we send the new artwork.", "Done: EM-5521 is on hold until the new logo arrives."),
        ]),
    },
    {
        "id": "en-greenhouse",
        "thread": [
            ("Could you put up an 8 by 6 aluminium greenhouse I've bought?", "We can. Is there a base down already?"),
            ("Yes, there's a paving slab base ready.", "Noted: assembling an 8x6 aluminium greenhouse on an existing slab base."),
        ],
        "follow": "How long will the assembly take?",
        "reworded": [
            ("I've had an eight-foot by six-foot metal-framed greenhouse delivered; the slabs are already laid for it. Can you build it?",
             "Yes: erecting an aluminium 8x6 on the paving you've laid."),
        ],
        "small_talk": (2, ("I'm hoping to grow tomatoes in it next summer.", "Great plan - they'll love it in there.")),
        "unrelated": (1, ("Do you sell staging and shelves for greenhouses?", "We do, in aluminium and in cedar.")),
        "entity": ("plan", [
            ("Could you put up an 8 by 6 aluminium greenhouse I've bought?", "We can. Is there a base down already?"),
            ("No, I'd need you to lay a base as well.", "Noted: laying a base and assembling an 8x6 aluminium greenhouse."),
        ]),
        "entity_reworded": ("product", [
            ("I've had a twelve-foot by eight-foot cedar greenhouse delivered; the slabs are already laid for it. Can you build it?",
             "Yes: erecting a 12x8 cedar greenhouse on the paving you've laid."),
        ]),
        "third": ("intent", [
            ("You put up my 8 by 6 greenhouse last year, but I'm moving and want it dismantled.", "We can take it apart. Are you taking it with you?"),
            ("Yes, so flat-pack it carefully please.", "Noted: dismantling and packing the 8x6 aluminium greenhouse for the move."),
        ]),
    },
    {
        "id": "en-awning",
        "thread": [
            ("I'd like a quote for a manual awning over the patio, about 3 metres wide.", "Certainly. Which colour of fabric would you like?"),
            ("Plain grey, please.", "Noted: a three-metre manual patio awning in grey."),
        ],
        "follow": "How soon could you fit the awning?",
        "reworded": [
            ("Looking for a wind-out sun canopy across our terrace, 3m or so - just a simple grey cover.",
             "Okay: a grey crank-operated awning, three metres, for the patio."),
        ],
        "small_talk": (1, ("The garden gets baking hot after lunch.", "A bit of shade will make all the difference.")),
        "unrelated": (2, ("Can I see the fabric samples in person?", "Yes, our showroom has all of them on display.")),
        "entity": ("product", [
            ("I'd like a quote for a motorised awning over the patio, about 3 metres wide.", "Certainly. Which colour of fabric would you like?"),
            ("Plain grey, please.", "Noted: a three-metre motorised patio awning in grey."),
        ]),
        "entity_reworded": ("place", [
            ("Looking for a wind-out sun canopy over the shop window of our café, 3m or so - just a simple grey cover.",
             "Okay: a grey crank-operated awning, three metres, over the café shopfront."),
        ]),
        "third": ("intent", [
            ("We were going to get a grey patio awning, three metres wide, but we've gone for a pergola instead.", "No problem. Shall I close the quote?"),
            ("Yes, you can close it.", "Done: the grey awning quote is closed."),
        ]),
    },
    {
        "id": "en-asbestos-survey",
        "thread": [
            ("We need an asbestos survey before refitting our kitchen.", "Sure. What's the address of the property?"),
            ("14 Mill Lane, Stockport, a 1960s bungalow.", "Thanks: a refurbishment survey of the kitchen at 14 Mill Lane."),
        ],
        "follow": "When is your earliest visit?",
        "reworded": [
            ("Before the builders rip out the kitchen at our sixties bungalow on Mill Lane in Stockport (no. 14), could someone check for asbestos?",
             "Yes: a pre-refurbishment check of the kitchen at number 14 Mill Lane."),
        ],
        "small_talk": (2, ("We've been saving for this kitchen for years.", "That's exciting - worth doing properly.")),
        "unrelated": (1, ("Do you accept payment by bank transfer for surveys?", "Yes, the invoice comes with our bank details.")),
        "entity": ("place", [
            ("We need an asbestos survey before refitting our kitchen.", "Sure. What's the address of the property?"),
            ("22 Station Road, Macclesfield, a 1960s bungalow.", "Thanks: a refurbishment survey of the kitchen at 22 Station Road."),
        ]),
        "entity_reworded": ("plan", [
            ("Before the builders rip out the kitchen at our sixties bungalow on Mill Lane in Stockport (no. 14), could someone check the whole house for asbestos, loft included?",
             "Yes: a full survey of the house and loft at number 14 Mill Lane."),
        ]),
        "third": ("intent", [
            ("We'd booked an asbestos survey at 14 Mill Lane, but the builder found a report from the previous owners.", "That might do. Do you still want the visit?"),
            ("We'll rely on the old report for now.", "Okay: no visit to 14 Mill Lane unless you call us again."),
        ]),
    },
    {
        "id": "en-fancy-dress",
        "thread": [
            ("I'd like to hire a gorilla costume for a party on Saturday 14th.", "We have one in stock. Which size are you?"),
            ("Large, please.", "Noted: a large gorilla costume for Saturday the 14th."),
        ],
        "follow": "How much is the hire, and when does it need to come back?",
        "reworded": [
            ("Got a do on Sat the 14th - can I rent your ape suit in an L?",
             "Sure: the gorilla outfit in large, for the 14th."),
        ],
        "small_talk": (1, ("My brother has no idea I'm turning up as a gorilla.", "That'll be a memorable entrance!")),
        "unrelated": (2, ("Do you sell face paint too?", "Yes, we've a full range by the till.")),
        "entity": ("date", [
            ("I'd like to hire a gorilla costume for a party on Friday 20th.", "We have one in stock. Which size are you?"),
            ("Large, please.", "Noted: a large gorilla costume for Friday the 20th."),
        ]),
        "entity_reworded": ("person", [
            ("Got a do on Sat the 14th - can I rent your ape suit in an L for me and a little banana costume for my 6-year-old?",
             "Sure: the gorilla outfit in large and a child's banana costume, for the 14th."),
        ]),
        "third": ("intent", [
            ("I hired the large gorilla costume for the 14th, but I'd rather keep it for the whole week.", "We can do that. Shall I change the hire?"),
            ("Yes, make it a seven-day hire.", "Done: the gorilla costume is now yours for seven days from the 14th."),
        ]),
    },
    {
        "id": "en-ice-cream-van",
        "thread": [
            ("Can we book your ice cream van for our wedding on 6 June in Harrogate?", "Congratulations! How long would you like the van for?"),
            ("Two hours during the evening reception.", "Noted: the van for two hours at your Harrogate wedding on 6 June."),
        ],
        "follow": "What will the van cost us?",
        "reworded": [
            ("We're getting married in Harrogate on the sixth of June and would love a 99s van for a couple of hours at the evening do.",
             "Lovely: two hours of our van at the Harrogate wedding, 6 June."),
        ],
        "small_talk": (2, ("My fiancé proposed over a Mr Whippy on the seafront.", "Then this couldn't be more fitting!")),
        "unrelated": (1, ("Does the van need a power supply at the venue?", "No, it runs on its own generator.")),
        "entity": ("amount", [
            ("Can we book your ice cream van for our wedding on 6 June in Harrogate?", "Congratulations! How long would you like the van for?"),
            ("Four hours, from the afternoon through the evening.", "Noted: the van for four hours at your Harrogate wedding on 6 June."),
        ]),
        "entity_reworded": ("place", [
            ("We're getting married in Whitby on the sixth of June and would love a 99s van for a couple of hours at the evening do.",
             "Lovely: two hours of our van at the Whitby wedding, 6 June."),
        ]),
        "third": ("intent", [
            ("We booked your van for two hours at our wedding on 6 June, but we'd like a mobile bar instead of ice cream.", "We do have a prosecco trailer. Would that suit?"),
            ("That sounds perfect, swap us over.", "Done: the prosecco trailer replaces the ice cream van on 6 June."),
        ]),
    },
    {
        "id": "en-limo-hire",
        "thread": [
            ("I'd like a white limo for my sister's hen night, ref LM-7730.", "I see LM-7730: an eight-seater white stretch limo."),
            ("Is the pick-up time confirmed?", "Yes: LM-7730 collects at 7pm from the address you gave."),
        ],
        "follow": "How much is still left to pay?",
        "reworded": [
            ("Hi, booking LM-7730 - the 8-seat white stretch for the hen do. Have you locked in the 7 o'clock pickup?",
             "We have: LM-7730, white stretch, pickup at seven."),
        ],
        "small_talk": (1, ("She's going to scream when she sees it.", "That's exactly the reaction we love.")),
        "unrelated": (2, ("Can we play our own music in the car?", "Yes, there's Bluetooth in every limousine.")),
        "entity": ("account", [
            ("I'd like a white limo for my sister's hen night, ref LM-7703.", "I see LM-7703: an eight-seater white stretch limo."),
            ("Is the pick-up time confirmed?", "Yes: LM-7703 collects at 7pm from the address you gave."),
        ]),
        "entity_reworded": ("product", [
            ("Hi, booking LM-7730 - the 16-seat pink party bus for the hen do. Have you locked in the 7 o'clock pickup?",
             "We have: LM-7730, pink party bus, pickup at seven."),
        ]),
        "third": ("intent", [
            ("About LM-7730, the white limo for the hen night - the bride's decided on a quiet meal at home.", "Oh dear. Would you like to keep the booking for another date?"),
            ("No, just close it please.", "All right: LM-7730 is cancelled."),
        ]),
    },
    {
        "id": "en-typewriter-repair",
        "thread": [
            ("My Olympia portable typewriter has a sticking space bar. Can you repair it?", "Usually, yes. Would you like us to service it at the same time?"),
            ("Just the space bar for now.", "Noted: fixing the space bar on your Olympia portable, no service."),
        ],
        "follow": "What will that cost?",
        "reworded": [
            ("The spacer on my portable Olympia keeps jamming - could you sort that one fault, without a full clean-up?",
             "Yes: a single repair to the space bar of the Olympia."),
        ],
        "small_talk": (2, ("It was my grandmother's, she wrote all her letters on it.", "Then it's well worth saving.")),
        "unrelated": (1, ("Do you sell typewriter ribbons by post?", "Yes, we post them anywhere in the UK.")),
        "entity": ("plan", [
            ("My Olympia portable typewriter has a sticking space bar. Can you repair it?", "Usually, yes. Would you like us to service it at the same time?"),
            ("Yes, do the full service too.", "Noted: fixing the space bar on your Olympia portable, plus a full service."),
        ]),
        "entity_reworded": ("product", [
            ("The spacer on my Imperial office typewriter, the big heavy desk model, keeps jamming - could you sort that one fault, without a full clean-up?",
             "Yes: a single repair to the space bar of the Imperial desk machine."),
        ]),
        "third": ("intent", [
            ("My Olympia has a sticking space bar, but I'd rather sell it to you than fix it.", "We do buy typewriters. Could you bring it in?"),
            ("Sure, I'll bring it in on Friday.", "Great: we'll make you an offer on the Olympia on Friday."),
        ]),
    },
    {
        "id": "en-intercom",
        "thread": [
            ("I'd like a video intercom fitted at my front door.", "Happy to. Is the house on one floor or two?"),
            ("Two floors, with the main screen in the hallway.", "Noted: a video door entry with the main screen in the hallway of a two-storey house."),
        ],
        "follow": "How long will the intercom installation take?",
        "reworded": [
            ("Want a camera buzzer by the entrance and a monitor downstairs in the hall - it's a two-storey home.",
             "Okay: a video intercom, monitor in the hall, house on two levels."),
        ],
        "small_talk": (1, ("Parcels keep going to the neighbours when I'm upstairs.", "A video screen should help with that.")),
        "unrelated": (2, ("Do you also fit smoke alarms?", "We don't, but we can recommend an electrician.")),
        "entity": ("product", [
            ("I'd like an audio-only intercom fitted at my front door.", "Happy to. Is the house on one floor or two?"),
            ("Two floors, with the main handset in the hallway.", "Noted: an audio door entry with the main handset in the hallway of a two-storey house."),
        ]),
        "entity_reworded": ("place", [
            ("Want a camera buzzer by the entrance and a monitor downstairs in the hall - it's a block of six flats.",
             "Okay: a video intercom for a six-flat block, monitor in the hall."),
        ]),
        "third": ("intent", [
            ("You fitted our video intercom last year, and now I'd like a second screen upstairs in the bedroom.", "We can add one. Same model as the hallway?"),
            ("Yes, the same one.", "Noted: a second matching screen in the upstairs bedroom."),
        ]),
    },
]
