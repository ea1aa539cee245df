# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the thirty-first held-out conversation set (``conversations-heldout31.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout31_conversations.py`` turns them
into pairs. Written in session 37 by the ``heldout31`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-cheese-rolling",
        "thread": [
            ("I'd like to enter the men's race at the Brockley Hill cheese-rolling on Monday 25 May. My runner number from last year is CR-5182.", "Welcome back! Would you like to add insurance cover for the day?"),
            ("Yes, add the insurance.", "Entered: the men's race at Brockley Hill cheese-rolling, Monday 25 May, runner CR-5182, with insurance cover."),
        ],
        "follow": "What's the fee, and what time is my race?",
        "reworded": [
            ("Put me down again for chasing the cheese down Brockley Hill on the twenty-fifth of May - the blokes' heat - same number as before, CR-5182, and I'll take the cover in case I break something.",
             "You're in: the men's heat on the 25th, CR-5182, insured."),
        ],
        "small_talk": (1, ("My knees still haven't forgiven me for last year.", "Then the insurance is a wise choice!")),
        "unrelated": (2, ("Is there a burger van at the bottom of the hill?", "Yes, and a tea tent by the finish.")),
        "entity": ("plan", [
            ("I'd like to enter the veterans' race at the Brockley Hill cheese-rolling on Monday 25 May. My runner number from last year is CR-5182.", "Welcome back! Would you like to add insurance cover for the day?"),
            ("Yes, add the insurance.", "Entered: the veterans' race at Brockley Hill cheese-rolling, Monday 25 May, runner CR-5182, with insurance cover."),
        ]),
        "entity_reworded": ("account", [
            ("Put me down again for chasing the cheese down Brockley Hill on the twenty-fifth of May - the blokes' heat - same number as before, CR-5128, and I'll take the cover in case I break something.",
             "You're in: the men's heat on the 25th, CR-5128, insured."),
        ]),
        "third": ("intent", [
            ("I've entered the cheese-rolling race on 25 May, but my physio has told me not to run downhill this year.", "Sorry to hear it. We always need volunteers to help catch runners at the bottom of the hill."),
            ("I'll be a catcher instead.", "Changed: your race entry is withdrawn and you're on the catching team at the foot of Brockley Hill on 25 May."),
        ]),
    },
    {
        "id": "en-busking",
        "thread": [
            ("I'd like a busking permit for the Market Square pitch for the month of June. I play acoustic guitar.", "Thanks. Will you be using any amplification?"),
            ("No, fully acoustic.", "Issued: a June busking permit for the Market Square pitch, acoustic guitar, no amplification."),
        ],
        "follow": "How much is the permit, and what hours am I allowed to play?",
        "reworded": [
            ("Can I get the council's go-ahead to strum for coins in Market Square through June? It's just me and my guitar, no speakers plugged in.",
             "That's sorted: Market Square for June, unamplified guitar."),
        ],
        "small_talk": (2, ("I've been practising a set of old folk songs all winter.", "Shoppers will love that!")),
        "unrelated": (1, ("Are the public toilets near the square open late?", "Until eight in the evening.")),
        "entity": ("place", [
            ("I'd like a busking permit for the Riverside Walk pitch for the month of June. I play acoustic guitar.", "Thanks. Will you be using any amplification?"),
            ("No, fully acoustic.", "Issued: a June busking permit for the Riverside Walk pitch, acoustic guitar, no amplification."),
        ]),
        "entity_reworded": ("date", [
            ("Can I get the council's go-ahead to strum for coins in Market Square through August? It's just me and my guitar, no speakers plugged in.",
             "That's sorted: Market Square for August, unamplified guitar."),
        ]),
        "third": ("intent", [
            ("I've applied for a June busking permit for Market Square, but a cafe on the square has offered me a regular indoor slot.", "Good news! If you like, we can switch your application to a one-off permit for the summer street festival instead."),
            ("Just the festival, then.", "Changed: the monthly permit is withdrawn and you have a one-day permit for the summer street festival."),
        ]),
    },
    {
        "id": "en-barista",
        "thread": [
            ("I'd like to book the one-day barista course at your Market Street branch on Saturday 14 March.", "Great. Would you like to add the latte art module in the afternoon?"),
            ("No, just the core course.", "Booked: the one-day barista course at Market Street, Saturday 14 March, without the latte art module."),
        ],
        "follow": "How much is it, and what time should I arrive?",
        "reworded": [
            ("I fancy learning to pull a decent espresso - could you fit me on the single-day training at the Market Street shop on the fourteenth of March? I'll skip the milk-pattern session.",
             "Done: a day of espresso training at Market Street on the 14th, no milk patterns."),
        ],
        "small_talk": (1, ("I've just bought a second-hand machine for my kitchen.", "Then you'll get plenty of practice!")),
        "unrelated": (2, ("Is there a locker for my bag during the course?", "Yes, in the staff room.")),
        "entity": ("date", [
            ("I'd like to book the one-day barista course at your Market Street branch on Saturday 21 March.", "Great. Would you like to add the latte art module in the afternoon?"),
            ("No, just the core course.", "Booked: the one-day barista course at Market Street, Saturday 21 March, without the latte art module."),
        ]),
        "entity_reworded": ("place", [
            ("I fancy learning to pull a decent espresso - could you fit me on the single-day training at the Quayside shop on the fourteenth of March? I'll skip the milk-pattern session.",
             "Done: a day of espresso training at Quayside on the 14th, no milk patterns."),
        ]),
        "third": ("intent", [
            ("I've booked the barista course on 14 March, but honestly I'd rather just learn to make better coffee at home.", "We do a two-hour home brewing class on weekday evenings that might suit you better."),
            ("The home brewing class sounds right.", "Changed: the barista course is cancelled and you're booked on the home brewing evening class."),
        ]),
    },
    {
        "id": "en-marbles",
        "thread": [
            ("I'd like to enter my daughter Ruby, she's ten, in the junior marbles championship at Tinsley Green on Good Friday.", "Lovely! Will she be bringing her own shooter, or shall we lend her one?"),
            ("Please lend her one.", "Entered: Ruby, aged ten, junior marbles championship at Tinsley Green on Good Friday, with a shooter on loan."),
        ],
        "follow": "What's the entry fee, and what time does her round start?",
        "reworded": [
            ("My ten-year-old Ruby wants a go at the kids' marbles contest on the green at Tinsley this Good Friday - she hasn't got a proper shooter, so could she borrow one of yours?",
             "Lovely: Ruby, ten, in the children's contest at Tinsley on Good Friday, borrowing a shooter."),
        ],
        "small_talk": (2, ("She's been practising on the kitchen floor for weeks.", "She'll be a tough opponent then!")),
        "unrelated": (1, ("Is there a pub near the green?", "The Greyhound is right next to it.")),
        "entity": ("person", [
            ("I'd like to enter my father Frank, he's seventy-two, in the senior marbles championship at Tinsley Green on Good Friday.", "Lovely! Will he be bringing his own shooter, or shall we lend him one?"),
            ("Please lend him one.", "Entered: Frank, aged seventy-two, senior marbles championship at Tinsley Green on Good Friday, with a shooter on loan."),
        ]),
        "entity_reworded": ("amount", [
            ("My ten-year-old Ruby and her three cousins want a go at the kids' marbles contest on the green at Tinsley this Good Friday - none of them has a proper shooter, so could they borrow yours?",
             "Lovely: Ruby and three cousins in the children's contest at Tinsley on Good Friday, four shooters on loan."),
        ]),
        "third": ("intent", [
            ("I've entered Ruby in the marbles championship on Good Friday, but she says she'd be too nervous to play in front of a crowd.", "That's fine. She could join the free beginners' marbles clinic in the morning instead - no audience."),
            ("The clinic would suit her better.", "Changed: Ruby's championship entry is withdrawn and she's down for the morning beginners' clinic."),
        ]),
    },
    {
        "id": "en-arm-wrestling",
        "thread": [
            ("I'd like to enter the under-80kg class at the Red Lion arm-wrestling contest on Friday 6 November. I'm right-handed.", "Got it. Will you enter the left-arm bracket as well?"),
            ("Right arm only.", "Entered: under-80kg class, right arm only, Red Lion arm-wrestling contest, Friday 6 November."),
        ],
        "follow": "How much does it cost to enter, and when's the weigh-in?",
        "reworded": [
            ("Sign me up for the lighter weight group - below eighty kilos - in the pub table strength contest at the Red Lion on the sixth of November. I'll only pull with my right.",
             "Done: the sub-80 group at the Red Lion on the 6th, right-hand bracket only."),
        ],
        "small_talk": (1, ("My brother-in-law beat me at Christmas and I'm out for revenge.", "Then this is your chance!")),
        "unrelated": (2, ("Does the Red Lion serve food that night?", "Yes, until nine.")),
        "entity": ("amount", [
            ("I'd like to enter the under-90kg class at the Red Lion arm-wrestling contest on Friday 6 November. I'm right-handed.", "Got it. Will you enter the left-arm bracket as well?"),
            ("Right arm only.", "Entered: under-90kg class, right arm only, Red Lion arm-wrestling contest, Friday 6 November."),
        ]),
        "entity_reworded": ("date", [
            ("Sign me up for the lighter weight group - below eighty kilos - in the pub table strength contest at the Red Lion on the thirteenth of November. I'll only pull with my right.",
             "Done: the sub-80 group at the Red Lion on the 13th, right-hand bracket only."),
        ]),
        "third": ("intent", [
            ("I'm entered in the arm-wrestling contest on 6 November, but I've strained my wrist at work.", "Ouch. We're short of a table referee that night, if you'd still like to be involved."),
            ("I'll referee then.", "Changed: your entry is withdrawn and you're down as a table referee at the Red Lion on 6 November."),
        ]),
    },
    {
        "id": "en-cooperage",
        "thread": [
            ("Could I book the cooperage tour for six of us on Thursday 10 September at 2pm?", "Certainly. Would you like the whisky tasting at the end, or the soft-drinks version?"),
            ("The whisky tasting, please.", "Booked: the cooperage tour for six, Thursday 10 September at 2pm, with the whisky tasting."),
        ],
        "follow": "What's the total, and how long will it take?",
        "reworded": [
            ("There are half a dozen of us wanting to see how barrels get made - could we come round your workshop at two in the afternoon on the tenth of September and finish with a dram?",
             "Of course: six of you at two on the 10th, ending with a dram."),
        ],
        "small_talk": (2, ("My great-grandfather was a cooper in Leith.", "Then it's in the family!")),
        "unrelated": (1, ("Is there parking at the cooperage?", "Yes, behind the warehouse.")),
        "entity": ("product", [
            ("Could I book the cooperage tour for six of us on Thursday 10 September at 2pm?", "Certainly. Would you like the whisky tasting at the end, or the soft-drinks version?"),
            ("The soft drinks, please.", "Booked: the cooperage tour for six, Thursday 10 September at 2pm, with the soft-drinks version."),
        ]),
        "entity_reworded": ("amount", [
            ("There are a dozen of us wanting to see how barrels get made - could we come round your workshop at two in the afternoon on the tenth of September and finish with a dram?",
             "Of course: twelve of you at two on the 10th, ending with a dram."),
        ]),
        "third": ("intent", [
            ("We've booked the cooperage tour for 10 September, but two of our group would rather have a go than just watch.", "We run a half-day hands-on workshop where you raise a small barrel yourselves."),
            ("Make it the hands-on workshop.", "Changed: the tour is cancelled and your group is booked on the half-day barrel-raising workshop."),
        ]),
    },
    {
        "id": "en-rc-cars",
        "thread": [
            ("I'd like to join the RC car club as a junior member for my son Leo, who's twelve. Our old membership number is RC-3047.", "Great. Would you like a locker for his car and batteries at the track?"),
            ("No locker, thanks.", "Renewed: junior RC club membership for Leo, twelve, number RC-3047, no locker."),
        ],
        "follow": "How much is the membership, and which evenings can he race?",
        "reworded": [
            ("My lad Leo - he's twelve - wants back into your radio-controlled racing club as a youngster. We were RC-3047 before. He'll carry his kit home, so no storage needed.",
             "All done: Leo, twelve, junior member again under RC-3047, no storage."),
        ],
        "small_talk": (1, ("He's rebuilt his buggy twice since last season.", "Sounds like a future engineer!")),
        "unrelated": (2, ("Can parents watch from the stand?", "Yes, it's free for spectators.")),
        "entity": ("person", [
            ("I'd like to join the RC car club as a senior member myself; I'm forty-four. Our old membership number is RC-3047.", "Great. Would you like a locker for your car and batteries at the track?"),
            ("No locker, thanks.", "Renewed: senior RC club membership for you, forty-four, number RC-3047, no locker."),
        ]),
        "entity_reworded": ("account", [
            ("My lad Leo - he's twelve - wants back into your radio-controlled racing club as a youngster. We were RC-3074 before. He'll carry his kit home, so no storage needed.",
             "All done: Leo, twelve, junior member again under RC-3074, no storage."),
        ]),
        "third": ("intent", [
            ("I've renewed Leo's junior membership, but he's decided he'd rather try flying model planes.", "We share the field with a model flying club that runs taster days for juniors."),
            ("The flying taster, then.", "Changed: Leo's RC membership is refunded and he's down for the junior model-flying taster day."),
        ]),
    },
    {
        "id": "en-gingerbread",
        "thread": [
            ("I'd like two places on the gingerbread house workshop on Sunday 13 December at 10am, for me and my eight-year-old.", "Lovely. Would you like the gluten-free gingerbread, or the standard?"),
            ("The standard, please.", "Booked: two places, gingerbread house workshop, Sunday 13 December at 10am, standard gingerbread."),
        ],
        "follow": "How much do we owe, and how long does the session last?",
        "reworded": [
            ("My eight-year-old and I want to build one of those biscuit cottages with you - the morning class at ten on the thirteenth of December. Ordinary gingerbread is fine.",
             "You're both in: ten o'clock on the 13th, ordinary gingerbread."),
        ],
        "small_talk": (2, ("She's already drawn a plan of the house she wants.", "A proper architect!")),
        "unrelated": (1, ("Do you sell aprons at the workshop?", "Yes, or you can borrow one.")),
        "entity": ("date", [
            ("I'd like two places on the gingerbread house workshop on Sunday 20 December at 10am, for me and my eight-year-old.", "Lovely. Would you like the gluten-free gingerbread, or the standard?"),
            ("The standard, please.", "Booked: two places, gingerbread house workshop, Sunday 20 December at 10am, standard gingerbread."),
        ]),
        "entity_reworded": ("product", [
            ("My eight-year-old and I want to build one of those biscuit cottages with you - the morning class at ten on the thirteenth of December. It'll have to be gluten-free gingerbread, she's coeliac.",
             "You're both in: ten o'clock on the 13th, gluten-free gingerbread."),
        ]),
        "third": ("intent", [
            ("We've booked the gingerbread workshop on 13 December, but we're going to be away that weekend.", "We can send you a take-home kit with the pieces baked and a bag of icing instead."),
            ("A kit would be perfect.", "Changed: your places are cancelled and a take-home gingerbread house kit will be posted to you."),
        ]),
    },
    {
        "id": "en-lavender",
        "thread": [
            ("Could I book the guided lavender walk at Hollins Farm for two adults on Saturday 18 July at 9am?", "Of course. Would you like to add the cream tea afterwards?"),
            ("Yes, add the cream tea.", "Booked: the guided lavender walk at Hollins Farm for two adults, Saturday 18 July at 9am, with cream tea."),
        ],
        "follow": "How much is that, and where do we meet the guide?",
        "reworded": [
            ("My husband and I would love a tour round the purple fields at Hollins with one of your guides, nine in the morning on the eighteenth of July - and scones and tea after, please.",
             "All booked: the two of you at nine on the 18th, with scones and tea."),
        ],
        "small_talk": (1, ("It's our anniversary that weekend.", "What a lovely way to celebrate!")),
        "unrelated": (2, ("Can we buy plants to take home?", "Yes, the farm shop sells young plants.")),
        "entity": ("plan", [
            ("Could I book the guided lavender walk at Hollins Farm for two adults on Saturday 18 July at 9am?", "Of course. Would you like to add the cream tea afterwards?"),
            ("No, just the walk.", "Booked: the guided lavender walk at Hollins Farm for two adults, Saturday 18 July at 9am, without cream tea."),
        ]),
        "entity_reworded": ("place", [
            ("My husband and I would love a tour round the purple fields at Castle Acre with one of your guides, nine in the morning on the eighteenth of July - and scones and tea after, please.",
             "All booked: the two of you at Castle Acre at nine on the 18th, with scones and tea."),
        ]),
        "third": ("intent", [
            ("We've booked the lavender walk on 18 July, but my husband gets hay fever badly in the fields.", "Then you might prefer our indoor distilling demonstration, where you see the oil being made."),
            ("The distilling demonstration, please.", "Changed: the walk is cancelled and you're both booked on the distilling demonstration on 18 July."),
        ]),
    },
    {
        "id": "en-teddy",
        "thread": [
            ("I'd like to book my son's teddy bear into the hospital for a standard repair: a split seam and a loose eye. The bear is called Mr Bun.", "Poor Mr Bun! Would you like us to post him back, or will you collect him?"),
            ("We'll collect him.", "Admitted: Mr Bun for a standard repair, split seam and loose eye, to be collected."),
        ],
        "follow": "How much will it cost, and when will he be ready?",
        "reworded": [
            ("Mr Bun, my boy's bear, needs patching up - his side has come undone and one eye is dangling. Just the normal fix, please; we'll pick him up from you.",
             "Understood: Mr Bun, the normal fix for his side and eye, pick-up from us."),
        ],
        "small_talk": (2, ("My son has written him a get-well card.", "That will cheer him up!")),
        "unrelated": (1, ("Do you repair dolls as well?", "Yes, cloth dolls and rag dolls.")),
        "entity": ("plan", [
            ("I'd like to book my son's teddy bear into the hospital for a full restoration: a split seam and a loose eye. The bear is called Mr Bun.", "Poor Mr Bun! Would you like us to post him back, or will you collect him?"),
            ("We'll collect him.", "Admitted: Mr Bun for a full restoration, split seam and loose eye, to be collected."),
        ]),
        "entity_reworded": ("amount", [
            ("Mr Bun and Lady Hops, my boy's two bears, need patching up - their sides have come undone and one eye each is dangling. Just the normal fix, please; we'll pick them up from you.",
             "Understood: Mr Bun and Lady Hops, the normal fix for both, pick-up from us."),
        ]),
        "third": ("intent", [
            ("I've booked Mr Bun in for a repair, but my son can't bear to be apart from him for a week.", "We understand. We also sell a small sewing kit with instructions, so you can mend him at home."),
            ("Just send the sewing kit.", "Changed: Mr Bun's admission is cancelled and a home repair sewing kit is on its way to you."),
        ]),
    },
    {
        "id": "en-fountain-pen",
        "thread": [
            ("Could you order me a Kestrel 40 fountain pen with a medium nib, to collect from your shop on Saturday 7 November? My loyalty number is FP-6613.", "Certainly. Would you like it engraved?"),
            ("No engraving, thanks.", "Ordered: a Kestrel 40 fountain pen, medium nib, no engraving, for collection on Saturday 7 November, loyalty FP-6613."),
        ],
        "follow": "How much will that be, and what time can I pick it up?",
        "reworded": [
            ("I'd like you to get in a Kestrel 40 for me - the middle-width writing tip - and I'll come into the shop for it on the seventh of November. Leave it plain. I'm FP-6613 on your card scheme.",
             "Will do: a plain Kestrel 40, middle-width tip, ready on the 7th, FP-6613."),
        ],
        "small_talk": (1, ("It's a retirement present for my old boss.", "What a thoughtful gift!")),
        "unrelated": (2, ("Do you sell writing paper as well?", "Yes, pads and boxed sets.")),
        "entity": ("product", [
            ("Could you order me a Kestrel 40 fountain pen with a broad nib, to collect from your shop on Saturday 7 November? My loyalty number is FP-6613.", "Certainly. Would you like it engraved?"),
            ("No engraving, thanks.", "Ordered: a Kestrel 40 fountain pen, broad nib, no engraving, for collection on Saturday 7 November, loyalty FP-6613."),
        ]),
        "entity_reworded": ("account", [
            ("I'd like you to get in a Kestrel 40 for me - the middle-width writing tip - and I'll come into the shop for it on the seventh of November. Leave it plain. I'm FP-6631 on your card scheme.",
             "Will do: a plain Kestrel 40, middle-width tip, ready on the 7th, FP-6631."),
        ]),
        "third": ("intent", [
            ("I've ordered a Kestrel 40 for 7 November, but my boss already has one, it turns out.", "Oh dear! We could give you a gift voucher for the same amount so he can choose something himself."),
            ("A voucher would be best.", "Changed: the pen order is cancelled and a gift voucher for the same value will be ready on 7 November."),
        ]),
    },
]
