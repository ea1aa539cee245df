# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the thirty-second held-out conversation set (``conversations-heldout32.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout32_conversations.py`` turns them
into pairs. Written in session 38 by the ``heldout32`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-waxworks",
        "thread": [
            ("I'd like two adult standard tickets for the waxworks on Saturday 9 January. I'm a member, number WX-4417.", "Thanks! Would you like to add timed entry to the Chamber of Horrors?"),
            ("Yes, add the Chamber of Horrors.", "Booked: two adult standard tickets, Saturday 9 January, member WX-4417, with the Chamber of Horrors."),
        ],
        "follow": "How much do I owe, and what time can we go into the horror room?",
        "reworded": [
            ("Me and my partner fancy seeing the wax celebrities on the ninth of January, a Saturday - ordinary entry for two grown-ups on my membership, WX-4417 - and we're brave enough for the scary basement too.",
             "Sorted: two regular adult entries on Saturday the 9th under WX-4417, with the horrors basement."),
        ],
        "small_talk": (1, ("My partner screamed at a waxwork of a vicar once, so this should be fun.", "We'll keep an eye on the vicars!")),
        "unrelated": (2, ("Is there a cloakroom for coats?", "Yes, just past the ticket desk.")),
        "entity": ("plan", [
            ("I'd like two adult VIP tickets for the waxworks on Saturday 9 January. I'm a member, number WX-4417.", "Thanks! Would you like to add timed entry to the Chamber of Horrors?"),
            ("Yes, add the Chamber of Horrors.", "Booked: two adult VIP tickets, Saturday 9 January, member WX-4417, with the Chamber of Horrors."),
        ]),
        "entity_reworded": ("account", [
            ("Me and my partner fancy seeing the wax celebrities on the ninth of January, a Saturday - ordinary entry for two grown-ups on my membership, WX-4471 - and we're brave enough for the scary basement too.",
             "Sorted: two regular adult entries on Saturday the 9th under WX-4471, with the horrors basement."),
        ]),
        "third": ("intent", [
            ("I've got waxworks tickets for 9 January, but my partner's now saying she'd rather learn how the figures are made than walk round looking at them.", "We run a sculpting demonstration in the studio on Saturdays where you see a head being modelled and coloured."),
            ("The studio demonstration would be better.", "Changed: the gallery tickets are cancelled and you're both booked on the Saturday sculpting demonstration."),
        ]),
    },
    {
        "id": "en-beatbox",
        "thread": [
            ("Could I book my son Kai, he's fourteen, on the beginners' beatboxing workshop on Wednesday 17 February?", "Of course. Would he like the loop pedal session in the second hour?"),
            ("No, just the vocal basics.", "Booked: Kai, fourteen, beginners' beatboxing workshop, Wednesday 17 February, vocal basics only."),
        ],
        "follow": "What does it cost, and what time does he need to be there?",
        "reworded": [
            ("My boy Kai is fourteen and desperate to learn to make drum sounds with his mouth - can he join the starter session in half-term on the seventeenth? He doesn't need the electronic looping part.",
             "Done: Kai, 14, the starter session on the 17th, without the looping."),
        ],
        "small_talk": (2, ("He does it at the dinner table constantly, so I'm hoping you can at least make it sound good.", "We'll do our best!")),
        "unrelated": (1, ("Is the studio near a bus stop?", "The number 12 stops right outside.")),
        "entity": ("date", [
            ("Could I book my son Kai, he's fourteen, on the beginners' beatboxing workshop on Wednesday 24 February?", "Of course. Would he like the loop pedal session in the second hour?"),
            ("No, just the vocal basics.", "Booked: Kai, fourteen, beginners' beatboxing workshop, Wednesday 24 February, vocal basics only."),
        ]),
        "entity_reworded": ("person", [
            ("My girl Nia is nine and desperate to learn to make drum sounds with her mouth - can she join the starter session in half-term on the seventeenth? She doesn't need the electronic looping part.",
             "Done: Nia, 9, the starter session on the 17th, without the looping."),
        ]),
        "third": ("intent", [
            ("I've booked Kai on the beatboxing workshop on 17 February, but he's too shy to do it in a group.", "We also offer one-to-one lessons online, so he could practise from his bedroom."),
            ("One-to-one online, then.", "Changed: Kai's workshop place is cancelled and he's booked for a one-to-one online lesson instead."),
        ]),
    },
    {
        "id": "en-boomerang",
        "thread": [
            ("Can I book the boomerang-making class for three of us on Sunday 11 April at Hollins Park?", "Yes. Would you like to stay for the throwing lesson on the field afterwards?"),
            ("Yes, we'll stay for the throwing.", "Booked: boomerang-making class for three, Sunday 11 April at Hollins Park, with the throwing lesson."),
        ],
        "follow": "How much is that altogether, and when should we get there?",
        "reworded": [
            ("There's a trio of us keen to carve our own returning sticks at Hollins Park on the eleventh of April and then have a go at launching them on the grass.",
             "Lovely: three of you carving on the 11th, then throwing on the field."),
        ],
        "small_talk": (1, ("My dad claims he could throw one in Australia in the eighties.", "Then he can show the others!")),
        "unrelated": (2, ("Are there toilets in the park?", "Yes, by the bandstand.")),
        "entity": ("amount", [
            ("Can I book the boomerang-making class for five of us on Sunday 11 April at Hollins Park?", "Yes. Would you like to stay for the throwing lesson on the field afterwards?"),
            ("Yes, we'll stay for the throwing.", "Booked: boomerang-making class for five, Sunday 11 April at Hollins Park, with the throwing lesson."),
        ]),
        "entity_reworded": ("date", [
            ("There's a trio of us keen to carve our own returning sticks at Hollins Park on the twenty-fifth of April and then have a go at launching them on the grass.",
             "Lovely: three of you carving on the 25th, then throwing on the field."),
        ]),
        "third": ("intent", [
            ("We're booked on the boomerang-making class on 11 April, but we've realised we'd rather just buy good ones and learn to throw.", "No problem. There's a throwing-only session at 2pm, and we sell ready-made boomerangs on the day."),
            ("The throwing-only session, please.", "Changed: the making class is cancelled and the three of you are on the 2pm throwing-only session."),
        ]),
    },
    {
        "id": "en-monster-trucks",
        "thread": [
            ("I'd like four tickets for the monster truck show at Westfield Arena on Saturday 6 March - two adults and two children.", "Great. Would you like pit passes to see the trucks up close before the show?"),
            ("Yes, four pit passes.", "Booked: two adults and two children, monster truck show at Westfield Arena, Saturday 6 March, with four pit passes."),
        ],
        "follow": "What's the total, and when do the pits open?",
        "reworded": [
            ("Can we get in to watch the giant trucks at Westfield Arena on the sixth of March? It's me, my wife and our two kids, and we'd love to wander round the garages beforehand.",
             "Done: a family of four at Westfield on the 6th, with access to the pits."),
        ],
        "small_talk": (2, ("My youngest has a toy Grave Digger he sleeps with.", "He'll love seeing the real one!")),
        "unrelated": (1, ("Can we bring our own snacks?", "Sealed snacks are fine; no glass.")),
        "entity": ("place", [
            ("I'd like four tickets for the monster truck show at Brookside Stadium on Saturday 6 March - two adults and two children.", "Great. Would you like pit passes to see the trucks up close before the show?"),
            ("Yes, four pit passes.", "Booked: two adults and two children, monster truck show at Brookside Stadium, Saturday 6 March, with four pit passes."),
        ]),
        "entity_reworded": ("amount", [
            ("Can we get in to watch the giant trucks at Westfield Arena on the sixth of March? It's me, my wife and our four kids, and we'd love to wander round the garages beforehand.",
             "Done: a family of six at Westfield on the 6th, with access to the pits."),
        ]),
        "third": ("intent", [
            ("I've booked the monster truck show on 6 March, but my son's just been told he can't be near loud noise after his ear operation.", "Sorry to hear that. We stream the whole show live online, and there's a quiet museum of trucks you could visit another day."),
            ("We'll watch the live stream instead.", "Changed: your four tickets are refunded and you'll get a link to the live stream on 6 March."),
        ]),
    },
    {
        "id": "en-jousting",
        "thread": [
            ("I'd like to book the family ticket for the jousting tournament at Kenmore Castle on Sunday 30 May. My booking reference from last year is JT-2093.", "Welcome back. Would you like seats in the covered stand?"),
            ("Yes, the covered stand.", "Booked: a family ticket for the jousting tournament at Kenmore Castle, Sunday 30 May, covered stand, reference JT-2093."),
        ],
        "follow": "How much is it, and what time does the first joust start?",
        "reworded": [
            ("We're coming back to watch the knights charge at Kenmore Castle on the thirtieth of May - the ticket for two parents and kids, please, somewhere with a roof in case it pours. Last year's reference was JT-2093.",
             "Lovely: the family deal at Kenmore on the 30th, under cover, JT-2093."),
        ],
        "small_talk": (1, ("My daughter has been making a cardboard shield all week.", "Then she must cheer for the blue knight!")),
        "unrelated": (2, ("Is there a picnic area?", "Yes, on the lawn by the moat.")),
        "entity": ("plan", [
            ("I'd like to book the Knight's Banquet ticket for the jousting tournament at Kenmore Castle on Sunday 30 May. My booking reference from last year is JT-2093.", "Welcome back. Would you like seats in the covered stand?"),
            ("Yes, the covered stand.", "Booked: a Knight's Banquet ticket for the jousting tournament at Kenmore Castle, Sunday 30 May, covered stand, reference JT-2093."),
        ]),
        "entity_reworded": ("date", [
            ("We're coming back to watch the knights charge at Kenmore Castle on the thirty-first of May - the ticket for two parents and kids, please, somewhere with a roof in case it pours. Last year's reference was JT-2093.",
             "Lovely: the family deal at Kenmore on the 31st, under cover, JT-2093."),
        ]),
        "third": ("intent", [
            ("I've booked the jousting tournament on 30 May, but my daughter would love to actually have a go on a horse rather than watch.", "We run a squire's training morning where children ride a pony at a quintain."),
            ("Put her on the squire's morning.", "Changed: the family ticket is cancelled and your daughter is booked on the squire's training morning."),
        ]),
    },
    {
        "id": "en-dialysis",
        "thread": [
            ("I need holiday dialysis in Scarborough from 2 to 16 August. I dialyse Monday, Wednesday and Friday mornings.", "We can look at the unit on Falsgrave Road. Do you need transport from your accommodation?"),
            ("Yes, please arrange transport.", "Requested: holiday dialysis at the Falsgrave Road unit in Scarborough, 2 to 16 August, Monday, Wednesday and Friday mornings, with transport."),
        ],
        "follow": "Will I have to pay anything, and what paperwork does the unit need from my hospital?",
        "reworded": [
            ("We're going to the seaside at Scarborough for a fortnight from the second of August and I'll need my three-times-a-week treatment there - my slots are early on Mondays, Wednesdays and Fridays - and a lift to the clinic would help.",
             "Right: the Scarborough unit, 2-16 August, your usual three morning sessions, with a lift."),
        ],
        "small_talk": (2, ("It's our first proper holiday in three years.", "Then let's make it a good one!")),
        "unrelated": (1, ("Is the seafront flat for a wheelchair?", "Mostly, yes, along the South Bay.")),
        "entity": ("place", [
            ("I need holiday dialysis in Tenerife from 2 to 16 August. I dialyse Monday, Wednesday and Friday mornings.", "We can look at the clinic in Los Cristianos. Do you need transport from your accommodation?"),
            ("Yes, please arrange transport.", "Requested: holiday dialysis at the Los Cristianos clinic in Tenerife, 2 to 16 August, Monday, Wednesday and Friday mornings, with transport."),
        ]),
        "entity_reworded": ("date", [
            ("We're going to the seaside at Scarborough for a fortnight from the second of September and I'll need my three-times-a-week treatment there - my slots are early on Mondays, Wednesdays and Fridays - and a lift to the clinic would help.",
             "Right: the Scarborough unit, 2-16 September, your usual three morning sessions, with a lift."),
        ]),
        "third": ("intent", [
            ("I'd asked about dialysis sessions in Scarborough in August, but my consultant thinks I could be trained on a portable home machine first.", "That's possible. We can arrange a home machine delivered to your holiday address instead of unit sessions."),
            ("Deliver a machine to the holiday address, then.", "Changed: the unit sessions are withdrawn and we'll arrange a home dialysis machine at your Scarborough address."),
        ]),
    },
    {
        "id": "en-catacombs",
        "thread": [
            ("Could I book the candlelit catacombs tour for two on Friday 23 October at 8pm?", "Certainly. Would you like the extended route through the crypt chapel?"),
            ("No, the standard route is fine.", "Booked: candlelit catacombs tour for two, Friday 23 October at 8pm, standard route."),
        ],
        "follow": "How much is it, and where do we meet the guide?",
        "reworded": [
            ("Me and my friend want to go down into the old burial tunnels by candlelight on the twenty-third of October, the eight o'clock one, but we'll skip the longer bit through the chapel.",
             "Got it: two of you at eight on the 23rd, usual route, no chapel."),
        ],
        "small_talk": (1, ("My friend says she's not scared but she sleeps with the light on.", "The candles should help then!")),
        "unrelated": (2, ("Is there a cash machine nearby?", "There's one at the post office on the corner.")),
        "entity": ("date", [
            ("Could I book the candlelit catacombs tour for two on Saturday 31 October at 8pm?", "Certainly. Would you like the extended route through the crypt chapel?"),
            ("No, the standard route is fine.", "Booked: candlelit catacombs tour for two, Saturday 31 October at 8pm, standard route."),
        ]),
        "entity_reworded": ("amount", [
            ("Me and five friends want to go down into the old burial tunnels by candlelight on the twenty-third of October, the eight o'clock one, but we'll skip the longer bit through the chapel.",
             "Got it: six of you at eight on the 23rd, usual route, no chapel."),
        ]),
        "third": ("intent", [
            ("I've booked the catacombs tour for 23 October, but my friend has decided she really can't face going underground.", "Understood. The same guide runs a ghost-stories talk upstairs in the chapter house that evening."),
            ("We'll do the talk upstairs.", "Changed: the tour is cancelled and you're both booked on the ghost-stories talk in the chapter house."),
        ]),
    },
    {
        "id": "en-lighthouse",
        "thread": [
            ("Could I book the lighthouse tour at Start Point for myself and my mother, who's eighty-one, on Tuesday 18 May?", "Of course. Would you like the climb to the lantern room, or the ground-floor exhibition only?"),
            ("The ground-floor exhibition only.", "Booked: you and your mother, eighty-one, ground-floor exhibition at Start Point lighthouse, Tuesday 18 May."),
        ],
        "follow": "How much will it be, and how long does it last?",
        "reworded": [
            ("Mum's in her eighties and wants to see the old lighthouse at Start Point on the eighteenth of May - we'll stay downstairs with the displays, as she can't manage all those stairs up to the lamp.",
             "Fine: the two of you at Start Point on the 18th, displays only, no climb."),
        ],
        "small_talk": (2, ("Her grandfather was a keeper there before the war.", "How wonderful - she'll love the old photos.")),
        "unrelated": (1, ("Can we park near the lighthouse?", "There's a car park at the top of the lane.")),
        "entity": ("person", [
            ("Could I book the lighthouse tour at Start Point for myself and my nephew, who's eleven, on Tuesday 18 May?", "Of course. Would you like the climb to the lantern room, or the ground-floor exhibition only?"),
            ("The ground-floor exhibition only.", "Booked: you and your nephew, eleven, ground-floor exhibition at Start Point lighthouse, Tuesday 18 May."),
        ]),
        "entity_reworded": ("plan", [
            ("Mum's in her eighties and wants to see the old lighthouse at Start Point on the eighteenth of May - we'll go right up to the lamp, she's fitter than me and insists on doing all the stairs.",
             "Fine: the two of you at Start Point on the 18th, with the climb to the lantern."),
        ]),
        "third": ("intent", [
            ("I've booked the lighthouse tour for my mother on 18 May, but she's now saying she'd rather stay the night in the keeper's cottage than just visit.", "We do have the keeper's cottage free that night, with the tour included."),
            ("Book the cottage for the night.", "Changed: the day tour is cancelled and you're in the keeper's cottage on 18 May with the tour included."),
        ]),
    },
    {
        "id": "en-air-show",
        "thread": [
            ("I'd like two grandstand seats for the Saturday of the Ashcombe air show on 24 July. My loyalty number is AS-6652.", "Thanks. Would you like a car parking pass as well?"),
            ("Yes, one car pass.", "Booked: two grandstand seats, Ashcombe air show, Saturday 24 July, with one car parking pass, loyalty AS-6652."),
        ],
        "follow": "What's the total, and when does the flying display start?",
        "reworded": [
            ("Could you sort me out a couple of places in the main stand for the first day of the Ashcombe flying show, the twenty-fourth of July? I'll be driving in, so I need somewhere to leave the car. I'm AS-6652 on your rewards scheme.",
             "No problem: two main-stand places on the 24th, parking included, on AS-6652."),
        ],
        "small_talk": (1, ("My dad flew Jaguars in the eighties, so he'll have plenty to say.", "He'll be in his element!")),
        "unrelated": (2, ("Are there food stalls?", "Plenty, along the crowd line.")),
        "entity": ("account", [
            ("I'd like two grandstand seats for the Saturday of the Ashcombe air show on 24 July. My loyalty number is AS-6625.", "Thanks. Would you like a car parking pass as well?"),
            ("Yes, one car pass.", "Booked: two grandstand seats, Ashcombe air show, Saturday 24 July, with one car parking pass, loyalty AS-6625."),
        ]),
        "entity_reworded": ("place", [
            ("Could you sort me out a couple of places in the main stand for the first day of the Thornbury flying show, the twenty-fourth of July? I'll be driving in, so I need somewhere to leave the car. I'm AS-6652 on your rewards scheme.",
             "No problem: two main-stand places at Thornbury on the 24th, parking included, on AS-6652."),
        ]),
        "third": ("intent", [
            ("I've got grandstand seats for the air show on 24 July, but my dad's real dream is to sit in a cockpit himself.", "We have a few places on the 'meet the pilots' hangar tour, where guests sit in a Hawk jet on the ground."),
            ("The hangar tour would be perfect.", "Changed: the grandstand seats are swapped for two places on the hangar tour on 24 July."),
        ]),
    },
    {
        "id": "en-submarine",
        "thread": [
            ("Could I book the guided submarine tour for a school group of twenty-four on Thursday 11 March, with a packed lunch room?", "Yes. Would the group like the torpedo room demonstration at the end?"),
            ("Yes, include the torpedo demonstration.", "Booked: guided submarine tour for twenty-four pupils, Thursday 11 March, lunch room reserved, with the torpedo demonstration."),
        ],
        "follow": "How much is that per pupil, and how many teachers come free?",
        "reworded": [
            ("I'm bringing two dozen children from school to look round the old sub on the eleventh of March - we'll need somewhere indoors to eat our sandwiches, and they'd love to see the torpedoes being loaded.",
             "Booked in: 24 pupils on the 11th, a room for lunch, and the torpedo show."),
        ],
        "small_talk": (2, ("We've been doing a topic on the Second World War all term.", "Then this will bring it to life!")),
        "unrelated": (1, ("Is the coach park close to the entrance?", "Yes, just across the road.")),
        "entity": ("amount", [
            ("Could I book the guided submarine tour for a school group of thirty-six on Thursday 11 March, with a packed lunch room?", "Yes. Would the group like the torpedo room demonstration at the end?"),
            ("Yes, include the torpedo demonstration.", "Booked: guided submarine tour for thirty-six pupils, Thursday 11 March, lunch room reserved, with the torpedo demonstration."),
        ]),
        "entity_reworded": ("person", [
            ("I'm bringing two dozen members of our veterans' association to look round the old sub on the eleventh of March - we'll need somewhere indoors to eat our sandwiches, and they'd love to see the torpedoes being loaded.",
             "Booked in: 24 veterans on the 11th, a room for lunch, and the torpedo show."),
        ]),
        "third": ("intent", [
            ("I've booked the submarine tour for my class on 11 March, but the head says we can't afford the coach this term.", "We could bring a museum educator to your school with a handling kit and a virtual tour instead."),
            ("Send the educator to the school.", "Changed: the museum visit is cancelled and an educator will come to your school with the handling kit on 11 March."),
        ]),
    },
    {
        "id": "en-snow-globe",
        "thread": [
            ("I'd like to book the snow globe workshop for me and my daughter Elsie, who's seven, on Saturday 12 December. We'd like the robin figure.", "Lovely. Gold glitter or silver?"),
            ("Silver, please.", "Booked: you and Elsie, seven, snow globe workshop on Saturday 12 December, robin figure with silver glitter."),
        ],
        "follow": "How much is it, and when can we take the globes home?",
        "reworded": [
            ("My seven-year-old Elsie and I want to make one of those shaky winter domes together on the twelfth - she's set on the little red-breasted bird inside and the white sparkles.",
             "Done: Elsie, 7, and you on the 12th, robin inside with silver sparkle."),
        ],
        "small_talk": (1, ("She's already decided it's a present for her granny.", "Granny's a lucky lady!")),
        "unrelated": (2, ("Do you sell hot chocolate at the workshop?", "Yes, at the counter by the door.")),
        "entity": ("product", [
            ("I'd like to book the snow globe workshop for me and my daughter Elsie, who's seven, on Saturday 12 December. We'd like the reindeer figure.", "Lovely. Gold glitter or silver?"),
            ("Silver, please.", "Booked: you and Elsie, seven, snow globe workshop on Saturday 12 December, reindeer figure with silver glitter."),
        ]),
        "entity_reworded": ("person", [
            ("My seventy-year-old dad and I want to make one of those shaky winter domes together on the twelfth - he's set on the little red-breasted bird inside and the white sparkles.",
             "Done: your dad and you on the 12th, robin inside with silver sparkle."),
        ]),
        "third": ("intent", [
            ("I booked the snow globe workshop for 12 December, but we're away that weekend after all.", "We sell the workshop as a take-home kit with a video, if you'd rather make it at home."),
            ("Just send us the kit.", "Changed: the workshop places are cancelled and a snow globe kit with a robin will be posted to you."),
        ]),
    },
]
