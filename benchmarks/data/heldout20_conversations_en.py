# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twentieth held-out conversation set (``conversations-heldout20.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout20_conversations.py`` turns them
into pairs. Written in session 26 by the ``heldout20`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-coasteering",
        "thread": [
            ("I'd like to book a coasteering trip in Pembrokeshire for 6 friends on Saturday 13 June.", "Lovely. Are you all confident swimmers?"),
            ("Yes, we all swim regularly.", "Noted: coasteering in Pembrokeshire for 6 confident swimmers on Saturday 13 June."),
        ],
        "follow": "What time do we meet, and how much will it be altogether?",
        "reworded": [
            ("Six of us, all strong in the water, want to scramble over rocks and jump into the sea along the Welsh coast near St Davids on the thirteenth of June.",
             "Yes: a group of six good swimmers on the Pembrokeshire cliffs on 13 June."),
        ],
        "small_talk": (1, ("It's my stag do, so I wanted something a bit wild.", "You've come to the right place!")),
        "unrelated": (2, ("Is there somewhere to get changed?", "Yes, there's a changing hut at the car park.")),
        "entity": ("amount", [
            ("I'd like to book a coasteering trip in Pembrokeshire for 22 friends on Saturday 13 June.", "Lovely. Are you all confident swimmers?"),
            ("Yes, we all swim regularly.", "Noted: coasteering in Pembrokeshire for 22 confident swimmers on Saturday 13 June."),
        ]),
        "entity_reworded": ("date", [
            ("Six of us, all strong in the water, want to scramble over rocks and jump into the sea along the Welsh coast near St Davids on the thirteenth of September.",
             "Yes: a group of six good swimmers on the Pembrokeshire cliffs on 13 September."),
        ]),
        "third": ("intent", [
            ("We'd booked coasteering for 6 on 13 June, but half the group would rather stay out of the water.", "No problem. Would a guided cliff-top walk with a picnic suit everyone better?"),
            ("Yes, switch us to that.", "Done: the coasteering is swapped for a guided cliff-top walk and picnic for six on 13 June."),
        ]),
    },
    {
        "id": "en-mechanical-bull",
        "thread": [
            ("Can I hire your mechanical bull for my 40th birthday party at the cricket club on Saturday 18 July?", "Happy to. Do you want an operator for the whole evening?"),
            ("Yes, from 7 until 11.", "Noted: the mechanical bull with an operator at the cricket club, 7 to 11pm on Saturday 18 July."),
        ],
        "follow": "How much is that, and how much space do you need?",
        "reworded": [
            ("I turn forty on the eighteenth of July and I'd love a rodeo ride in the cricket pavilion, with one of your team running it all night - seven till eleven.",
             "Yes: the bull and an operator at the cricket pavilion on 18 July, 7 to 11pm."),
        ],
        "small_talk": (2, ("I've been practising on the one at the county show.", "Then you'll be the one to beat!")),
        "unrelated": (1, ("Do you also hire out bar tables?", "No, just the bull and its safety mats.")),
        "entity": ("place", [
            ("Can I hire your mechanical bull for my 40th birthday party in my back garden in Leeds on Saturday 18 July?", "Happy to. Do you want an operator for the whole evening?"),
            ("Yes, from 7 until 11.", "Noted: the mechanical bull with an operator in your garden in Leeds, 7 to 11pm on Saturday 18 July."),
        ]),
        "entity_reworded": ("plan", [
            ("I turn forty on the eighteenth of July and I'd love a rodeo ride in the cricket pavilion, plus a small inflatable bull for the children, with one of your team running it all night - seven till eleven.",
             "Yes: the bull, a children's inflatable bull and an operator at the cricket pavilion on 18 July, 7 to 11pm."),
        ]),
        "third": ("intent", [
            ("I'd booked the mechanical bull for the 18th of July, but the club committee has said no to it.", "Sorry to hear that. Shall I keep the date for another venue?"),
            ("No need, let the date go.", "Done: the 18 July hire is released."),
        ]),
    },
    {
        "id": "en-lego-workshop",
        "thread": [
            ("Can I book a Lego workshop for my daughter's 8th birthday on Sunday 3 May?", "Of course! How many children will be building?"),
            ("Twelve, all about eight.", "Noted: a Lego birthday workshop for twelve eight-year-olds on Sunday 3 May."),
        ],
        "follow": "Which models will they build, and what will it cost?",
        "reworded": [
            ("My girl is turning eight in early May, and a dozen of her classmates want to spend that Sunday, the third, making things out of plastic bricks at your place.",
             "Yes: a brick-building party for twelve eight-year-olds on 3 May."),
        ],
        "small_talk": (1, ("She builds something new every single evening.", "A true engineer in the making!")),
        "unrelated": (2, ("Can parents stay and watch?", "Yes, there's a seating area with coffee.")),
        "entity": ("person", [
            ("Can I book a Lego workshop for my son's 4th birthday on Sunday 3 May?", "Of course! How many children will be building?"),
            ("Twelve, all about four.", "Noted: a Lego birthday workshop for twelve four-year-olds on Sunday 3 May."),
        ]),
        "entity_reworded": ("amount", [
            ("My girl is turning eight in early May, and thirty of her classmates want to spend that Sunday, the third, making things out of plastic bricks at your place.",
             "Yes: a brick-building party for thirty eight-year-olds on 3 May."),
        ]),
        "third": ("intent", [
            ("We'd booked the Lego party for 3 May, but she's set her heart on the robot-coding workshop.", "Sure. Shall I move the booking over to robotics for the same twelve children?"),
            ("Yes, that's what she wants.", "Done: a robot-coding party for twelve on 3 May in place of the Lego workshop."),
        ]),
    },
    {
        "id": "en-jigsaw",
        "thread": [
            ("I'd like a custom jigsaw made from a photo of our wedding, 1000 pieces.", "Lovely. Would you like a wooden or a cardboard puzzle?"),
            ("Cardboard, with a printed box.", "Noted: a 1000-piece cardboard jigsaw of your wedding photo, with a printed box."),
        ],
        "follow": "When will it arrive, and how much is it?",
        "reworded": [
            ("Could you turn the picture from our big day into a thousand-bit puzzle? Card rather than wood, please, and the same image on the lid.",
             "Yes: your wedding photo as a 1000-piece card puzzle, picture on the box."),
        ],
        "small_talk": (2, ("It's for our tenth anniversary.", "What a lovely present.")),
        "unrelated": (1, ("Can I send the photo by email?", "Yes, any high-resolution JPEG is fine.")),
        "entity": ("product", [
            ("I'd like a custom jigsaw made from a photo of our wedding, 1000 pieces.", "Lovely. Would you like a wooden or a cardboard puzzle?"),
            ("Wooden, with a printed box.", "Noted: a 1000-piece wooden jigsaw of your wedding photo, with a printed box."),
        ]),
        "entity_reworded": ("place", [
            ("Could you turn the picture from our big day into a thousand-bit puzzle and post it to my sister in Australia? Card rather than wood, please, and the same image on the lid.",
             "Yes: your wedding photo as a 1000-piece card puzzle, picture on the box, sent to Australia."),
        ]),
        "third": ("intent", [
            ("I'd ordered the wedding jigsaw, but my parents would rather have something to hang on the wall.", "Of course. Shall I turn the order into a framed print of the same photo?"),
            ("Yes, do that.", "Done: the jigsaw is replaced by a framed print of your wedding photo."),
        ]),
    },
    {
        "id": "en-hovercraft",
        "thread": [
            ("Can we book a hovercraft ride across the estuary for 2 adults and 2 children on Sunday 9 August?", "Certainly. Morning or afternoon?"),
            ("The morning, please.", "Noted: a morning hovercraft ride for 2 adults and 2 children on Sunday 9 August."),
        ],
        "follow": "What time does it leave, and what's the total?",
        "reworded": [
            ("Me, my husband and our two kids fancy skimming over the river mouth on an air-cushion boat first thing on the ninth of August.",
             "Yes: four of you, two of them children, on the early crossing on 9 August."),
        ],
        "small_talk": (1, ("The kids have been counting down the days.", "We'll make it worth the wait!")),
        "unrelated": (2, ("Is there a café at the terminal?", "Yes, it opens at eight.")),
        "entity": ("date", [
            ("Can we book a hovercraft ride across the estuary for 2 adults and 2 children on Sunday 16 August?", "Certainly. Morning or afternoon?"),
            ("The morning, please.", "Noted: a morning hovercraft ride for 2 adults and 2 children on Sunday 16 August."),
        ]),
        "entity_reworded": ("person", [
            ("Me, my husband, our two kids and my ninety-year-old nan, who uses a wheelchair, fancy skimming over the river mouth on an air-cushion boat first thing on the ninth of August.",
             "Yes: five of you, two children and a wheelchair user, on the early crossing on 9 August."),
        ]),
        "third": ("intent", [
            ("We'd booked the morning hovercraft ride for four on 9 August, but my husband would love to have a go at piloting one.", "We do run pilot sessions. Shall I swap his seat for a driving session and keep the rest of you as passengers?"),
            ("Yes, let's do that.", "Done: one pilot session and three passenger seats on 9 August."),
        ]),
    },
    {
        "id": "en-tank-driving",
        "thread": [
            ("I have a tank driving voucher, number TD-4471, and I'd like to use it on Saturday 11 April.", "Lovely. Which experience is on the voucher?"),
            ("The six-mile driving experience.", "Noted: voucher TD-4471, the six-mile tank drive on Saturday 11 April."),
        ],
        "follow": "What time should I arrive, and is there anything extra to pay?",
        "reworded": [
            ("My children gave me a gift code for steering an armoured vehicle round your course - TD-4471, good for six miles - and I want to redeem it on the eleventh of April.",
             "Yes: the six-mile tank experience on 11 April, code TD-4471."),
        ],
        "small_talk": (2, ("It was a retirement present.", "Congratulations on the retirement!")),
        "unrelated": (1, ("Can my wife watch from somewhere?", "Yes, there's a viewing stand by the track.")),
        "entity": ("account", [
            ("I have a tank driving voucher, number TD-8829, and I'd like to use it on Saturday 11 April.", "Lovely. Which experience is on the voucher?"),
            ("The six-mile driving experience.", "Noted: voucher TD-8829, the six-mile tank drive on Saturday 11 April."),
        ]),
        "entity_reworded": ("plan", [
            ("My children gave me a gift code for steering an armoured vehicle round your course - TD-4471, good for six miles - and I want to redeem it on the eleventh of April, adding the passenger ride in the armoured car.",
             "Yes: the six-mile tank experience on 11 April, code TD-4471, plus the armoured car passenger ride."),
        ]),
        "third": ("intent", [
            ("I was going to use voucher TD-4471 on 11 April, but my son would enjoy it more than me.", "That's fine - shall I transfer it into his name?"),
            ("Yes, put it in his name.", "Done: voucher TD-4471 is now in your son's name, and the 11 April slot is released for him to rebook."),
        ]),
    },
    {
        "id": "en-bungee",
        "thread": [
            ("I'd like to book a bungee jump from the 50-metre crane in Bristol on Saturday 23 May.", "Great! Have you jumped before?"),
            ("No, it's my first time.", "Noted: a first-time bungee jump from the 50-metre crane in Bristol on Saturday 23 May."),
        ],
        "follow": "What time is my slot, and how much does it cost?",
        "reworded": [
            ("I've never done anything like it, but I want to leap off that tall crane by the harbour in Bristol - fifty metres up, isn't it? - on the twenty-third of May.",
             "Yes: a first leap off the fifty-metre crane in Bristol on 23 May."),
        ],
        "small_talk": (1, ("I'm doing it for a cancer charity.", "That's brilliant - good luck with the fundraising.")),
        "unrelated": (2, ("Is there parking near the crane?", "Yes, the multi-storey next door.")),
        "entity": ("place", [
            ("I'd like to book a bungee jump from the 50-metre crane in Newcastle on Saturday 23 May.", "Great! Have you jumped before?"),
            ("No, it's my first time.", "Noted: a first-time bungee jump from the 50-metre crane in Newcastle on Saturday 23 May."),
        ]),
        "entity_reworded": ("plan", [
            ("I've never done anything like it, but I want to leap off that tall crane by the harbour in Bristol - fifty metres up, isn't it? - on the twenty-third of May, with the photo and video package.",
             "Yes: a first leap off the fifty-metre crane in Bristol on 23 May, photos and video included."),
        ]),
        "third": ("intent", [
            ("I'd booked the bungee jump for 23 May, but I've completely lost my nerve.", "That happens! Would you like to move to the zip line instead?"),
            ("Put me on the zip line.", "Done: your bungee jump is changed to a zip line ride on 23 May."),
        ]),
    },
    {
        "id": "en-floatation",
        "thread": [
            ("I'm a member, number FL-2093, and I'd like to book a float on Thursday evening.", "Of course. Sixty or ninety minutes?"),
            ("Ninety minutes, please.", "Noted: a 90-minute float for member FL-2093 on Thursday evening."),
        ],
        "follow": "What time can I come in, and how much will it cost me?",
        "reworded": [
            ("Could you fit me in for an hour and a half in one of the salt-water pods after work on Thursday? My membership code is FL-2093.",
             "Yes: an hour and a half for FL-2093 on Thursday night."),
        ],
        "small_talk": (2, ("Work has been hectic lately.", "Then you've earned a float.")),
        "unrelated": (1, ("Do you sell earplugs?", "We hand them out free at reception.")),
        "entity": ("account", [
            ("I'm a member, number FL-7716, and I'd like to book a float on Thursday evening.", "Of course. Sixty or ninety minutes?"),
            ("Ninety minutes, please.", "Noted: a 90-minute float for member FL-7716 on Thursday evening."),
        ]),
        "entity_reworded": ("person", [
            ("Could you fit me and my wife, who is thirty weeks pregnant, in for an hour and a half in the salt-water pods after work on Thursday? My membership code is FL-2093.",
             "Yes: an hour and a half each for FL-2093 and your wife, who is pregnant, on Thursday night."),
        ]),
        "third": ("intent", [
            ("I'd booked a 90-minute float for Thursday, but my shoulders are so knotted I'd rather have them worked on.", "We can do that. Shall I swap it for a 60-minute massage at the same time?"),
            ("Yes, perfect.", "Done: the float is replaced with a massage on Thursday evening."),
        ]),
    },
    {
        "id": "en-sound-bath",
        "thread": [
            ("Can I book a private sound bath for 10 people at our office on Friday 5 June?", "Certainly. Would you like gongs, crystal bowls, or both?"),
            ("Both, please.", "Noted: a private gong and crystal bowl sound bath for 10 at your office on Friday 5 June."),
        ],
        "follow": "How long will it last, and what will you charge?",
        "reworded": [
            ("Our team of ten would like you to come to our workplace on the fifth of June and play gongs and singing bowls for us to relax to.",
             "Yes: a team sound session for ten at your premises on 5 June, with gongs and bowls."),
        ],
        "small_talk": (1, ("Everyone's been under a lot of pressure.", "This should help them unwind.")),
        "unrelated": (2, ("Do we need to bring mats?", "No, we bring mats and blankets.")),
        "entity": ("amount", [
            ("Can I book a private sound bath for 40 people at our office on Friday 5 June?", "Certainly. Would you like gongs, crystal bowls, or both?"),
            ("Both, please.", "Noted: a private gong and crystal bowl sound bath for 40 at your office on Friday 5 June."),
        ]),
        "entity_reworded": ("place", [
            ("Our team of ten would like you to come to our retreat in the Lake District on the fifth of June and play gongs and singing bowls for us to relax to.",
             "Yes: a team sound session for ten at your Lake District retreat on 5 June, with gongs and bowls."),
        ]),
        "third": ("intent", [
            ("We'd booked the office sound bath for 5 June, but half the team works from home now.", "That's easy to solve. Shall I turn it into a live-streamed session?"),
            ("Yes, send us a link.", "Done: the 5 June session will be streamed online, and a link is on its way."),
        ]),
    },
    {
        "id": "en-aerial-silks",
        "thread": [
            ("I'd like to sign my daughter up for the Saturday beginners' aerial silks course this spring.", "Lovely. How old is she?"),
            ("She's eleven.", "Noted: an eleven-year-old on the Saturday beginners' aerial silks course this spring."),
        ],
        "follow": "When does the course start, and what's the fee?",
        "reworded": [
            ("My girl is eleven and has never been up the fabric - could she join the novice class that meets on Saturdays once spring comes?",
             "Yes: an eleven-year-old beginner in the spring Saturday silks class."),
        ],
        "small_talk": (2, ("She's been climbing the curtains at home!", "Then the silks will be a safer outlet.")),
        "unrelated": (1, ("Is there a waiting area for parents?", "Yes, with a window onto the studio.")),
        "entity": ("person", [
            ("I'd like to sign myself up for the Saturday beginners' aerial silks course this spring.", "Lovely. How old are you?"),
            ("I'm forty-five.", "Noted: an adult of forty-five on the Saturday beginners' aerial silks course this spring."),
        ]),
        "entity_reworded": ("date", [
            ("My girl is eleven and has never been up the fabric - could she join the novice class that meets on Saturdays once autumn comes?",
             "Yes: an eleven-year-old beginner in the autumn Saturday silks class."),
        ]),
        "third": ("intent", [
            ("I'd signed my daughter up for the Saturday silks course, but she's now keen on the trapeze.", "No problem - shall I move her to the Saturday trapeze beginners?"),
            ("Yes, move her over.", "Done: she's moved from silks to the Saturday trapeze beginners' course."),
        ]),
    },
    {
        "id": "en-dog-agility",
        "thread": [
            ("I'd like to enrol my border collie in your six-week beginners' agility course on Wednesday evenings.", "Great. How old is your dog?"),
            ("She's two.", "Noted: a two-year-old border collie on the six-week Wednesday-evening beginners' course."),
        ],
        "follow": "When does the next course start, and how much is it?",
        "reworded": [
            ("My collie has never tackled jumps or weaving poles, and she turned two recently - can she start the midweek evening class that lasts a month and a half?",
             "Yes: a two-year-old collie starting the six-week Wednesday class."),
        ],
        "small_talk": (1, ("She's got far too much energy for just walks.", "Agility will tire her out nicely.")),
        "unrelated": (2, ("Is the field fenced?", "Yes, fully fenced with a double gate.")),
        "entity": ("plan", [
            ("I'd like to enrol my border collie in your weekend intensive agility course.", "Great. How old is your dog?"),
            ("She's two.", "Noted: a two-year-old border collie on the weekend intensive agility course."),
        ]),
        "entity_reworded": ("place", [
            ("My collie has never tackled jumps or weaving poles, and she turned two recently - can she start the midweek evening class that lasts a month and a half at your Swindon ground?",
             "Yes: a two-year-old collie starting the six-week Wednesday class in Swindon."),
        ]),
        "third": ("intent", [
            ("I'd enrolled my collie on the Wednesday agility course, but she's just had a litter of puppies.", "Congratulations! Would you like to hold her place for a later course?"),
            ("Yes, keep it for the summer.", "Done: her place is moved to the summer course."),
        ]),
    },
]
