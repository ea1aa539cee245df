# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the fourteenth held-out conversation set (``conversations-heldout14.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout14_conversations.py`` turns them
into pairs. Written in session 20 by the ``heldout14`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-car-valet",
        "thread": [
            ("Can I book a mini valet for my hatchback?", "Of course. Which day and time would suit you?"),
            ("Saturday morning, around ten if possible.", "Booked: a mini valet for your hatchback, Saturday at 10am."),
        ],
        "follow": "How much will the valet come to?",
        "reworded": [
            ("I'd like the small Fiesta given the basic inside-and-out clean this weekend - Sat at 10 ideally.",
             "All set: mini valet, small hatchback, Saturday 10:00."),
        ],
        "small_talk": (1, ("It's in a right state after our camping trip.", "Ha, we see plenty of muddy mats, don't worry.")),
        "unrelated": (2, ("Is there a coffee machine while I wait?", "Yes, there's one in the waiting area.")),
        "entity": ("plan", [
            ("Can I book a full valet for my hatchback?", "Of course. Which day and time would suit you?"),
            ("Saturday morning, around ten if possible.", "Booked: a full valet for your hatchback, Saturday at 10am."),
        ]),
        "entity_reworded": ("product", [
            ("I'd like the seven-seater people carrier given the basic inside-and-out clean this weekend - Sat at 10 ideally.",
             "All set: mini valet, seven-seater, Saturday 10:00."),
        ]),
        "third": ("intent", [
            ("About my mini valet on Saturday morning - something's come up and I won't need it after all.", "No worries. Was that the hatchback at ten o'clock?"),
            ("Yes, that's the one.", "I've taken you off Saturday's list at 10am."),
        ]),
    },
    {
        "id": "en-carpet-cleaning",
        "thread": [
            ("I need the carpets cleaned in two bedrooms and on the stairs.", "Happy to quote. What's your postcode?"),
            ("It's BL1 4QP.", "Thanks: two bedrooms and a staircase at BL1 4QP."),
        ],
        "follow": "What's the total going to be?",
        "reworded": [
            ("Could you shampoo the stair carpet plus a couple of the bedroom floors for me? Postcode BL1 4QP.",
             "Sure: stairs and two bedrooms, BL1 4QP."),
        ],
        "small_talk": (2, ("We've just had a new puppy, so it's overdue.", "Puppies and cream carpets never mix!")),
        "unrelated": (1, ("Do you sell any stain spray I can keep at home?", "We do, we can bring a bottle with us.")),
        "entity": ("amount", [
            ("I need the carpets cleaned in four bedrooms and on the stairs.", "Happy to quote. What's your postcode?"),
            ("It's BL1 4QP.", "Thanks: four bedrooms and a staircase at BL1 4QP."),
        ]),
        "entity_reworded": ("place", [
            ("Could you shampoo the stair carpet plus a couple of the bedroom floors for me? Postcode LA9 6DT.",
             "Sure: stairs and two bedrooms, LA9 6DT."),
        ]),
        "third": ("intent", [
            ("There's one wine stain on the bedroom carpet - can you just treat that rather than clean the lot?", "We can. What's your postcode?"),
            ("It's BL1 4QP.", "Thanks: a spot treatment of one stain at BL1 4QP, no full clean."),
        ]),
    },
    {
        "id": "en-oven-clean",
        "thread": [
            ("Could someone come and clean a single oven and the hob?", "Certainly. What day would you like?"),
            ("Next Wednesday, any time.", "Great: single oven and hob, next Wednesday."),
        ],
        "follow": "What will I be charged?",
        "reworded": [
            ("My oven - just the one - and the cooktop on top need a proper degrease; is Wednesday week free?",
             "Yes: one oven plus hob, next Wednesday."),
        ],
        "small_talk": (1, ("I've been putting this off for about two years.", "You're not alone, believe me.")),
        "unrelated": (2, ("Do you park on the road or will you need the drive?", "The road is fine for our van.")),
        "entity": ("product", [
            ("Could someone come and clean a range cooker and the hob?", "Certainly. What day would you like?"),
            ("Next Wednesday, any time.", "Great: range cooker and hob, next Wednesday."),
        ]),
        "entity_reworded": ("date", [
            ("My oven - just the one - and the cooktop on top need a proper degrease; is Sunday morning free?",
             "Yes: one oven plus hob, this Sunday."),
        ]),
        "third": ("intent", [
            ("The oven door seal has perished - could someone fit a new one? It doesn't need cleaning.", "Certainly. What day would you like?"),
            ("Next Wednesday, any time.", "Great: a replacement door seal fitted next Wednesday."),
        ]),
    },
    {
        "id": "en-piano-tuning",
        "thread": [
            ("I'd like to book a tuning for our upright piano.", "Lovely. When was it last tuned?"),
            ("About two years ago, I think.", "Noted: a standard tuning for an upright last done two years ago."),
        ],
        "follow": "How long will the visit take?",
        "reworded": [
            ("Our old upright hasn't had a tuner since roughly 2024 - can we get you round?",
             "Yes, a normal tune on the upright, last seen a couple of years back."),
        ],
        "small_talk": (2, ("My son has his grade three exam in March.", "Good luck to him!")),
        "unrelated": (0, ("Do you sell piano stools?", "We don't, but I can recommend a shop.")),
        "entity": ("product", [
            ("I'd like to book a tuning for our baby grand piano.", "Lovely. When was it last tuned?"),
            ("About two years ago, I think.", "Noted: a standard tuning for a baby grand last done two years ago."),
        ]),
        "entity_reworded": ("plan", [
            ("Our old upright hasn't had a tuner since roughly 2024 - can we get you round to tune it and regulate the action as well?",
             "Yes, a tune plus a full regulation on the upright."),
        ]),
        "third": ("intent", [
            ("We're thinking of selling our upright piano - could you come and value it?", "Of course. Roughly how old is it?"),
            ("About forty years, and last tuned two years ago.", "Noted: a valuation visit for the upright, rather than a tuning."),
        ]),
    },
    {
        "id": "en-wedding-cake",
        "thread": [
            ("We've ordered a three-tier wedding cake from you - our reference is WC-3381.", "Congratulations! I have it here. How can I help?"),
            ("The wedding's on 14 June - I just want to check where we are with payments.", "The deposit is paid on WC-3381 for 14 June and the balance is outstanding."),
        ],
        "follow": "When do you need the final payment by?",
        "reworded": [
            ("Hi, order WC-3381 - the 3-tier cake for our big day on the fourteenth of June. Could you tell me what's still owed on it?",
             "Certainly: your deposit is in for the 14th of June, and the remainder is still to pay."),
        ],
        "small_talk": (1, ("We still can't decide on the flowers for the top.", "Fresh roses always look beautiful.")),
        "unrelated": (2, ("Do you do cupcakes for hen parties too?", "We do, they're on our party menu.")),
        "entity": ("account", [
            ("We've ordered a three-tier wedding cake from you - our reference is WC-3318.", "Congratulations! I have it here. How can I help?"),
            ("The wedding's on 14 June - I just want to check where we are with payments.", "The deposit is paid on WC-3318 for 14 June and the balance is outstanding."),
        ]),
        "entity_reworded": ("date", [
            ("Hi, order WC-3381 - the 3-tier cake for our big day, which we've moved to the ninth of August. Could you tell me what's still owed on it?",
             "Certainly: your deposit is in for the 9th of August, and the remainder is still to pay."),
        ]),
        "third": ("intent", [
            ("Our wedding's been called off, so we won't be needing the three-tier cake, reference WC-3381.", "I'm so sorry to hear that. I have the order here."),
            ("Please let me know what happens with the money.", "Understood: WC-3381 is cancelled and your deposit will be handled under our cancellation terms."),
        ]),
    },
    {
        "id": "en-business-cards",
        "thread": [
            ("I'd like to order 500 double-sided business cards with a matt finish.", "No problem. Where should we deliver them?"),
            ("To my office in Leeds, LS1 2AB.", "Great: 500 matt double-sided cards to LS1 2AB."),
        ],
        "follow": "When will they arrive?",
        "reworded": [
            ("Five hundred cards please, printed both sides, non-gloss, sent to LS1 2AB in Leeds.",
             "Got it: 500 cards, matt, printed on both sides, to Leeds LS1 2AB."),
        ],
        "small_talk": (2, ("It's for my new bookkeeping business.", "Congratulations on the new venture!")),
        "unrelated": (1, ("Can I upload my logo as a PDF?", "Yes, PDF is our preferred format.")),
        "entity": ("plan", [
            ("I'd like to order 500 double-sided business cards with a matt finish and next-day printing.", "No problem. Where should we deliver them?"),
            ("To my office in Leeds, LS1 2AB.", "Great: 500 matt double-sided cards on next-day printing to LS1 2AB."),
        ]),
        "entity_reworded": ("place", [
            ("Five hundred cards please, printed both sides, non-gloss, sent to my office in St Helier, Jersey.",
             "Got it: 500 cards, matt, printed on both sides, to Jersey."),
        ]),
        "third": ("intent", [
            ("Before I commit to 500 double-sided matt cards, could I just see a proof?", "Of course. Where should we send it?"),
            ("By email is fine, and the cards would go to LS1 2AB.", "Great: we'll email a proof and hold off printing until you approve it."),
        ]),
    },
    {
        "id": "en-ring-resize",
        "thread": [
            ("My gold engagement ring needs to go up one size.", "We can do that. What size is it now?"),
            ("It's an L at the moment.", "Noted: a gold ring resized from L to M."),
        ],
        "follow": "How much will I owe you for it?",
        "reworded": [
            ("Could you make my engagement ring - yellow gold - a size bigger? It's currently size L.",
             "Certainly: yellow gold, L up to M."),
        ],
        "small_talk": (1, ("It was my grandmother's originally.", "What a lovely thing to wear.")),
        "unrelated": (2, ("Do you also change watch batteries?", "Yes, while you wait.")),
        "entity": ("amount", [
            ("My gold engagement ring needs to go up three sizes.", "We can do that. What size is it now?"),
            ("It's an L at the moment.", "Noted: a gold ring resized from L to O."),
        ]),
        "entity_reworded": ("product", [
            ("Could you make my eternity ring - yellow gold, stones all the way round - a size bigger? It's currently size L.",
             "Certainly: a full eternity ring, L up to M."),
        ]),
        "third": ("intent", [
            ("My gold engagement ring fits fine, but I'd love our date engraved inside it.", "We can do that. What size is it, so we know how much room there is?"),
            ("It's an L.", "Noted: engraving inside a size L ring, with the size left as it is."),
        ]),
    },
    {
        "id": "en-picture-framing",
        "thread": [
            ("I'd like an A3 print framed in oak with standard glass.", "Lovely choice. Do you want a mount as well?"),
            ("Yes, a white mount please.", "Noted: A3 print, oak frame, white mount, standard glass."),
        ],
        "follow": "When can I pick it up?",
        "reworded": [
            ("Could you put my poster - it's A3 - in a wooden oak frame, normal glazing, white mount around it?",
             "Certainly: oak, white mount, ordinary glass, A3."),
        ],
        "small_talk": (2, ("It's a print from the gallery in St Ives.", "That sounds lovely.")),
        "unrelated": (1, ("Do you sell picture hooks too?", "Yes, by the till.")),
        "entity": ("product", [
            ("I'd like an A3 print framed in oak with museum glass.", "Lovely choice. Do you want a mount as well?"),
            ("Yes, a white mount please.", "Noted: A3 print, oak frame, white mount, museum glass."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you put my six posters - all A3 - in wooden oak frames, normal glazing, white mounts around them?",
             "Certainly: six of them, oak, white mounts, ordinary glass, A3."),
        ]),
        "third": ("intent", [
            ("The glass in the A3 oak frame you made me has cracked - can you re-glaze it?", "Sorry to hear that. Was it standard glass with a mount?"),
            ("Yes, with a white mount.", "Noted: new standard glass for your existing oak frame."),
        ]),
    },
    {
        "id": "en-photo-studio",
        "thread": [
            ("Can we book a family portrait session for the four of us?", "Of course. Which package would you like?"),
            ("The standard one, on a Saturday afternoon.", "Booked: a standard family session for four, Saturday afternoon."),
        ],
        "follow": "How long should we allow for the session?",
        "reworded": [
            ("We'd like some family photos - me, my partner and our two kids - basic package, a Saturday after lunch.",
             "Lovely: family of four, standard package, Saturday pm."),
        ],
        "small_talk": (1, ("The kids are never still for a second.", "We're used to that, don't worry.")),
        "unrelated": (2, ("Is there parking at the studio?", "Yes, a small car park at the back.")),
        "entity": ("plan", [
            ("Can we book a family portrait session for the four of us?", "Of course. Which package would you like?"),
            ("The premium one, on a Saturday afternoon.", "Booked: a premium family session for four, Saturday afternoon."),
        ]),
        "entity_reworded": ("person", [
            ("We'd like some photos of our newborn - she's nine days old - basic package, a Saturday after lunch.",
             "Lovely: a newborn shoot, standard package, Saturday pm."),
        ]),
        "third": ("intent", [
            ("We had our family portraits done last Saturday - can we book in to see them and choose prints?", "Of course. Which package did you have?"),
            ("The standard one, for the four of us.", "Booked: a viewing to pick your prints from last Saturday's session."),
        ]),
    },
    {
        "id": "en-chimney-sweep",
        "thread": [
            ("Can you sweep the chimney for our open fire?", "Certainly. How often is it used?"),
            ("Most evenings through the winter.", "Noted: one open-fire chimney, used most winter evenings."),
        ],
        "follow": "How long will you be at the house?",
        "reworded": [
            ("We burn logs on the open hearth pretty much nightly from October on - could the flue be swept?",
             "Yes: a sweep of the open fireplace flue, in regular winter use."),
        ],
        "small_talk": (2, ("We only moved in last month.", "Welcome to the area!")),
        "unrelated": (0, ("Do you sell bags of kindling?", "We do, we can bring some.")),
        "entity": ("amount", [
            ("Can you sweep the three chimneys for our open fires?", "Certainly. How often are they used?"),
            ("Most evenings through the winter.", "Noted: three open-fire chimneys, used most winter evenings."),
        ]),
        "entity_reworded": ("product", [
            ("We burn logs on the open hearth pretty much nightly from October on - could the flue be swept, and the bird guard on the pot replaced?",
             "Yes: a sweep of the flue plus a new bird guard."),
        ]),
        "third": ("intent", [
            ("Rather than a sweep, could you run a camera up our open-fire chimney to check the flue?", "Certainly. How often is it used?"),
            ("Most evenings through the winter.", "Noted: a camera inspection of the flue, no sweep."),
        ]),
    },
    {
        "id": "en-upholstery",
        "thread": [
            ("I'm checking on my sofa - the job number is UP-4471.", "Let me look. That's the three-seater being recovered in green velvet."),
            ("That's right, all the cushions too.", "Yes, the frame and all cushions are in the workshop now."),
        ],
        "follow": "When will it be ready?",
        "reworded": [
            ("Any news on UP-4471? It's my 3-seat settee you're redoing in the green velvet, cushions included.",
             "It's in the workshop: three-seater, green velvet, with its cushions."),
        ],
        "small_talk": (1, ("We've been sitting on beanbags since it went.", "Not for much longer, hopefully!")),
        "unrelated": (2, ("Do you sell offcuts of the velvet?", "Yes, ask in the shop.")),
        "entity": ("account", [
            ("I'm checking on my sofa - the job number is UP-4417.", "Let me look. That's the three-seater being recovered in green velvet."),
            ("That's right, all the cushions too.", "Yes, the frame and all cushions are in the workshop now."),
        ]),
        "entity_reworded": ("product", [
            ("Any news on UP-4471? It's my wingback armchair you're redoing in the green velvet, cushion included.",
             "It's in the workshop: wingback armchair, green velvet, with its cushion."),
        ]),
        "third": ("intent", [
            ("About job UP-4471 - I've changed my mind on the velvet, so please don't recover the sofa; just put new foam in the cushions.", "Understood. That's the three-seater?"),
            ("That's right, all the cushions.", "Done: the recover is stopped and we'll only refill the cushions."),
        ]),
    },
]
