# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the thirty-third held-out conversation set (``conversations-heldout33.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout33_conversations.py`` turns them
into pairs. Written in session 39 by the ``heldout33`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-hurling",
        "thread": [
            ("I'd like two adult tickets for the hurling semi-final at Croke Park on Sunday 12 July. My season ticket number is GA-3318.", "Thanks. Would you like seats in the Cusack Stand or on Hill 16?"),
            ("The Cusack Stand, please.", "Booked: two adult tickets, hurling semi-final at Croke Park, Sunday 12 July, Cusack Stand, season ticket GA-3318."),
        ],
        "follow": "What's the total, and what time should we be in our seats?",
        "reworded": [
            ("Myself and my brother want to be at the big semi in Croker on the twelfth of July - a pair of grown-up seats under cover on the Cusack side, on my season card GA-3318.",
             "Grand: two adult seats in the Cusack for the 12th, on GA-3318."),
        ],
        "small_talk": (1, ("My brother hasn't missed a Kilkenny match since 1998.", "That's some record!")),
        "unrelated": (2, ("Is there a bag drop near the stadium?", "Yes, on Jones's Road.")),
        "entity": ("account", [
            ("I'd like two adult tickets for the hurling semi-final at Croke Park on Sunday 12 July. My season ticket number is GA-3381.", "Thanks. Would you like seats in the Cusack Stand or on Hill 16?"),
            ("The Cusack Stand, please.", "Booked: two adult tickets, hurling semi-final at Croke Park, Sunday 12 July, Cusack Stand, season ticket GA-3381."),
        ]),
        "entity_reworded": ("amount", [
            ("Myself and my two brothers want to be at the big semi in Croker on the twelfth of July - three grown-up seats under cover on the Cusack side, on my season card GA-3318.",
             "Grand: three adult seats in the Cusack for the 12th, on GA-3318."),
        ]),
        "third": ("intent", [
            ("I've got two tickets for the hurling semi-final on 12 July, but my brother would rather watch it with the lads at home on the big screen.", "No problem - we can't refund them, but you can pass them on through our official resale page."),
            ("Put them on the resale page.", "Done: your two Cusack Stand tickets for 12 July are listed for resale, and you'll be paid once they sell."),
        ]),
    },
    {
        "id": "en-doula",
        "thread": [
            ("I'm due on 3 March and I'd like a birth doula for a hospital birth at the Rosie in Cambridge.", "Congratulations! Would you like the package with two antenatal visits?"),
            ("Yes, with the two antenatal visits.", "Booked: a birth doula for your hospital birth at the Rosie, Cambridge, due 3 March, with two antenatal visits."),
        ],
        "follow": "How much is the fee, and from when will the doula be on call?",
        "reworded": [
            ("Our baby's expected on the third of March and we're having it at the Rosie in Cambridge - could you match us with someone to support me through labour, and have her come round twice beforehand?",
             "Lovely: labour support at the Rosie for your 3 March due date, plus two visits before."),
        ],
        "small_talk": (2, ("The nursery's painted but we still can't agree on a name.", "There's still time!")),
        "unrelated": (1, ("Do any of your doulas speak Polish?", "Two of them do, yes.")),
        "entity": ("date", [
            ("I'm due on 3 May and I'd like a birth doula for a hospital birth at the Rosie in Cambridge.", "Congratulations! Would you like the package with two antenatal visits?"),
            ("Yes, with the two antenatal visits.", "Booked: a birth doula for your hospital birth at the Rosie, Cambridge, due 3 May, with two antenatal visits."),
        ]),
        "entity_reworded": ("place", [
            ("Our baby's expected on the third of March and we're having it at Hinchingbrooke in Huntingdon - could you match us with someone to support me through labour, and have her come round twice beforehand?",
             "Lovely: labour support at Hinchingbrooke for your 3 March due date, plus two visits before."),
        ]),
        "third": ("intent", [
            ("I've booked a doula for my birth on 3 March, but my sister has offered to be my birth partner, so what I really need is help once the baby's home.", "We also have postnatal doulas who visit during the first weeks after the birth."),
            ("A postnatal doula, then.", "Changed: the birth doula is cancelled and you're booked for postnatal doula visits after 3 March."),
        ]),
    },
    {
        "id": "en-hair-transplant",
        "thread": [
            ("I'd like to book an FUE hair transplant consultation at your Harley Street clinic on Thursday 21 January. My patient number is HT-6042.", "Thank you. Would you like a scalp scan at the same appointment?"),
            ("Yes, add the scalp scan.", "Booked: FUE consultation at Harley Street, Thursday 21 January, with a scalp scan, patient HT-6042."),
        ],
        "follow": "How much will that cost me, and how long will I be there?",
        "reworded": [
            ("Could I come in to the London clinic on the twenty-first of January to talk about the follicle-by-follicle method? You've got me down as HT-6042, and I'd like my head scanned while I'm there.",
             "Done: the 21st at Harley Street to discuss FUE, with a scan, under HT-6042."),
        ],
        "small_talk": (1, ("My kids have been calling me egghead since I turned forty.", "Kids can be brutal!")),
        "unrelated": (2, ("Is there a pharmacy near the clinic?", "There's one on Wigmore Street.")),
        "entity": ("product", [
            ("I'd like to book an FUT hair transplant consultation at your Harley Street clinic on Thursday 21 January. My patient number is HT-6042.", "Thank you. Would you like a scalp scan at the same appointment?"),
            ("Yes, add the scalp scan.", "Booked: FUT consultation at Harley Street, Thursday 21 January, with a scalp scan, patient HT-6042."),
        ]),
        "entity_reworded": ("place", [
            ("Could I come in to the Manchester clinic on the twenty-first of January to talk about the follicle-by-follicle method? You've got me down as HT-6042, and I'd like my head scanned while I'm there.",
             "Done: the 21st at King Street, Manchester, to discuss FUE, with a scan, under HT-6042."),
        ]),
        "third": ("intent", [
            ("I've booked a hair transplant consultation for 21 January, but I'd like to try medication before anything surgical.", "That's sensible. Our trichologist can see you instead to talk through tablets and lotions."),
            ("See the trichologist instead, then.", "Changed: the transplant consultation is cancelled and you're booked with the trichologist on 21 January."),
        ]),
    },
    {
        "id": "en-firewalk",
        "thread": [
            ("I'd like to sign up for the charity firewalk for St Anne's Hospice on Friday 16 October. There'll be three of us.", "Brilliant! Would you like the fundraising packs posted to you?"),
            ("Yes, post the packs.", "Registered: three walkers for the St Anne's Hospice firewalk, Friday 16 October, with fundraising packs by post."),
        ],
        "follow": "How much is the registration fee, and what time is the safety briefing?",
        "reworded": [
            ("Me and two mates want to do the hot-coals walk raising money for St Anne's on the sixteenth of October - can you send us the sponsorship stuff in the post?",
             "Great: three of you for St Anne's on the 16th, sponsor packs in the post."),
        ],
        "small_talk": (2, ("One of my mates yelps if the bath's too hot.", "He'll be fine - it's all in the mind!")),
        "unrelated": (1, ("Can friends come along to cheer?", "Yes, there's a viewing area by the fire pit.")),
        "entity": ("amount", [
            ("I'd like to sign up for the charity firewalk for St Anne's Hospice on Friday 16 October. There'll be five of us.", "Brilliant! Would you like the fundraising packs posted to you?"),
            ("Yes, post the packs.", "Registered: five walkers for the St Anne's Hospice firewalk, Friday 16 October, with fundraising packs by post."),
        ]),
        "entity_reworded": ("date", [
            ("Me and two mates want to do the hot-coals walk raising money for St Anne's on the sixth of November - can you send us the sponsorship stuff in the post?",
             "Great: three of you for St Anne's on 6 November, sponsor packs in the post."),
        ]),
        "third": ("intent", [
            ("I've registered three of us for the firewalk on 16 October, but one friend's just had a foot operation and we'd rather do something together.", "Your group could volunteer as marshals at the event instead, and still raise sponsorship."),
            ("We'll volunteer as marshals.", "Changed: your three firewalk places are cancelled and you're down as volunteer marshals on 16 October."),
        ]),
    },
    {
        "id": "en-elephants",
        "thread": [
            ("I'd like a half-day visit to the Mae Rim elephant sanctuary for two adults on Tuesday 9 February, with hotel pick-up in Chiang Mai.", "Lovely. Would you like to stay for the bathing session in the river?"),
            ("Yes, the bathing session too.", "Booked: half-day visit for two adults, Mae Rim elephant sanctuary, Tuesday 9 February, Chiang Mai pick-up, with river bathing."),
        ],
        "follow": "What's the total price, and what time will the driver collect us?",
        "reworded": [
            ("My wife and I want to spend a morning with the rescued elephants at Mae Rim on the ninth of February and help wash them in the river - could someone fetch us from our Chiang Mai hotel?",
             "All set: the two of you at Mae Rim on the 9th, bathing included, collected from Chiang Mai."),
        ],
        "small_talk": (1, ("It's our honeymoon, so my wife's been counting down the days.", "How lovely - congratulations to you both!")),
        "unrelated": (2, ("Do we need to bring sun cream?", "Yes, and insect repellent.")),
        "entity": ("plan", [
            ("I'd like a full-day visit to the Mae Rim elephant sanctuary for two adults on Tuesday 9 February, with hotel pick-up in Chiang Mai.", "Lovely. Would you like to stay for the bathing session in the river?"),
            ("Yes, the bathing session too.", "Booked: full-day visit for two adults, Mae Rim elephant sanctuary, Tuesday 9 February, Chiang Mai pick-up, with river bathing."),
        ]),
        "entity_reworded": ("person", [
            ("My eleven-year-old son and I want to spend a morning with the rescued elephants at Mae Rim on the ninth of February and help wash them in the river - could someone fetch us from our Chiang Mai hotel?",
             "All set: you and your son at Mae Rim on the 9th, bathing included, collected from Chiang Mai."),
        ]),
        "third": ("intent", [
            ("I've booked the elephant sanctuary for 9 February, but my wife now feels we shouldn't get so close to the animals.", "We also run a viewing-only walk along the valley, where you watch the herd from a platform."),
            ("The viewing walk, please.", "Changed: the bathing visit is cancelled and you're both on the viewing-only valley walk on 9 February."),
        ]),
    },
    {
        "id": "en-gilding",
        "thread": [
            ("Could I book a place on the beginners' water gilding workshop at the Hartley Studio on Saturday 27 March?", "Of course. Would you like to gild our practice frame or bring a piece of your own?"),
            ("The practice frame, please.", "Booked: one place on the beginners' water gilding workshop, Hartley Studio, Saturday 27 March, with the practice frame."),
        ],
        "follow": "How much is it, and how long does the workshop run?",
        "reworded": [
            ("I've never laid gold leaf before and want to try the traditional wet method at Hartley's on the twenty-seventh of March - I'll just use whatever frame you hand out rather than bringing anything.",
             "Lovely: you're in for the 27th, first-timers' session, on our practice frame."),
        ],
        "small_talk": (2, ("I've been watching furniture restoration programmes all winter.", "Then you'll love it!")),
        "unrelated": (1, ("Is there a lift up to the studio?", "Yes, at the back of the building.")),
        "entity": ("plan", [
            ("Could I book a place on the two-day water gilding course at the Hartley Studio on Saturday 27 March?", "Of course. Would you like to gild our practice frame or bring a piece of your own?"),
            ("The practice frame, please.", "Booked: one place on the two-day water gilding course, Hartley Studio, from Saturday 27 March, with the practice frame."),
        ]),
        "entity_reworded": ("date", [
            ("I've never laid gold leaf before and want to try the traditional wet method at Hartley's on the twenty-fourth of April - I'll just use whatever frame you hand out rather than bringing anything.",
             "Lovely: you're in for the 24th of April, first-timers' session, on our practice frame."),
        ]),
        "third": ("intent", [
            ("I've booked the gilding workshop on 27 March, but honestly I'd rather a professional restored my grandmother's mirror.", "We can do that - our restorer would give you a quote once she's seen the frame."),
            ("Have the restorer quote for the mirror.", "Changed: your workshop place is cancelled and the restorer will look at the mirror and quote for it."),
        ]),
    },
    {
        "id": "en-meteorite",
        "thread": [
            ("I found a rock I think is a meteorite and I'd like it identified at the Castleford Museum open day on Saturday 8 May. My enquiry number is MI-2207.", "Happy to help. Would you like a written report on the specimen?"),
            ("Yes, a written report please.", "Booked: an identification slot at the open day, Saturday 8 May, enquiry MI-2207, with a written report."),
        ],
        "follow": "Is there a charge, and what time is my slot?",
        "reworded": [
            ("There's a heavy dark stone from my allotment that might have fallen from space - could your experts look it over at the Castleford open day on the eighth of May and put their verdict in writing? My reference is MI-2207.",
             "Noted: MI-2207, the 8th, an expert look at your stone with a written verdict."),
        ],
        "small_talk": (1, ("My wife is convinced it's a lump of old car engine.", "We'll settle the argument!")),
        "unrelated": (2, ("Can I bring my grandson along?", "Of course, children are welcome.")),
        "entity": ("account", [
            ("I found a rock I think is a meteorite and I'd like it identified at the Castleford Museum open day on Saturday 8 May. My enquiry number is MI-2270.", "Happy to help. Would you like a written report on the specimen?"),
            ("Yes, a written report please.", "Booked: an identification slot at the open day, Saturday 8 May, enquiry MI-2270, with a written report."),
        ]),
        "entity_reworded": ("date", [
            ("There's a heavy dark stone from my allotment that might have fallen from space - could your experts look it over at the Castleford open day on the twenty-second of May and put their verdict in writing? My reference is MI-2207.",
             "Noted: MI-2207, the 22nd, an expert look at your stone with a written verdict."),
        ]),
        "third": ("intent", [
            ("I've booked an identification slot for 8 May, but I'd rather sell the rock than just find out what it is.", "We don't buy specimens ourselves, but we can give you a list of licensed dealers who value meteorites."),
            ("Send me the list of dealers.", "Changed: the identification slot is cancelled and we'll email you our list of licensed dealers."),
        ]),
    },
    {
        "id": "en-quadball",
        "thread": [
            ("I'd like to sign my daughter Freya, she's sixteen, up for the quadball club's taster session on Wednesday 14 April.", "Great! Does she need to borrow a broom and a headband?"),
            ("Yes, she'll need to borrow both.", "Booked: Freya, sixteen, quadball taster on Wednesday 14 April, with a broom and headband on loan."),
        ],
        "follow": "How much does the taster cost, and where should she go?",
        "reworded": [
            ("My sixteen-year-old Freya wants to give that quidditch-style sport a go at your intro evening on the fourteenth of April - she hasn't got any kit, so could she use yours?",
             "Sorted: Freya, 16, at the intro on the 14th, with borrowed kit."),
        ],
        "small_talk": (2, ("She's read all the books about four times.", "Then she'll fit right in!")),
        "unrelated": (1, ("Do you train indoors in the winter?", "Yes, at the leisure centre.")),
        "entity": ("person", [
            ("I'd like to sign my son Theo, he's twelve, up for the quadball club's taster session on Wednesday 14 April.", "Great! Does he need to borrow a broom and a headband?"),
            ("Yes, he'll need to borrow both.", "Booked: Theo, twelve, quadball taster on Wednesday 14 April, with a broom and headband on loan."),
        ]),
        "entity_reworded": ("date", [
            ("My sixteen-year-old Freya wants to give that quidditch-style sport a go at your intro evening on the twenty-first of April - she hasn't got any kit, so could she use yours?",
             "Sorted: Freya, 16, at the intro on the 21st, with borrowed kit."),
        ]),
        "third": ("intent", [
            ("I've booked Freya on the quadball taster on 14 April, but she's decided she'd rather referee than play.", "We run a workshop that month for new referees."),
            ("The referee workshop, please.", "Changed: Freya's taster place is cancelled and she's booked on the referee workshop in April."),
        ]),
    },
    {
        "id": "en-parliament",
        "thread": [
            ("I'd like to book a guided tour of the Houses of Parliament for four adults on Saturday 6 June. My booking account is UK-8815.", "Thanks. Would you like to add afternoon tea on the Terrace?"),
            ("Yes, add afternoon tea.", "Booked: guided Parliament tour for four adults, Saturday 6 June, with afternoon tea on the Terrace, account UK-8815."),
        ],
        "follow": "What's the total, and what time does our tour begin?",
        "reworded": [
            ("Four grown-ups in our family would like to be shown round Westminster by one of your guides on the sixth of June and then have tea and cakes by the river afterwards. My account is UK-8815.",
             "All booked: a party of four on the 6th, guided, with tea on the Terrace, on UK-8815."),
        ],
        "small_talk": (1, ("My father-in-law has been writing to his MP about potholes for thirty years.", "He might see where the letters end up!")),
        "unrelated": (2, ("Are there security checks at the entrance?", "Yes, airport-style ones at Cromwell Green.")),
        "entity": ("date", [
            ("I'd like to book a guided tour of the Houses of Parliament for four adults on Saturday 13 June. My booking account is UK-8815.", "Thanks. Would you like to add afternoon tea on the Terrace?"),
            ("Yes, add afternoon tea.", "Booked: guided Parliament tour for four adults, Saturday 13 June, with afternoon tea on the Terrace, account UK-8815."),
        ]),
        "entity_reworded": ("plan", [
            ("Four grown-ups in our family would like to be shown round Westminster by one of your guides on the sixth of June and then have champagne and cakes by the river afterwards. My account is UK-8815.",
             "All booked: a party of four on the 6th, guided, with champagne tea on the Terrace, on UK-8815."),
        ]),
        "third": ("intent", [
            ("I've booked a Parliament tour for 6 June, but my in-laws would rather watch a debate than walk round.", "Debates can be watched from the public gallery on sitting days, which are weekdays; we could move you to a gallery visit."),
            ("Move us to a weekday gallery visit.", "Changed: the Saturday tour is cancelled and you'll watch from the public gallery on a sitting weekday instead."),
        ]),
    },
    {
        "id": "en-solstice",
        "thread": [
            ("I'd like two places on the solstice sunrise coach from Salisbury to the stone circle on 21 June.", "Of course. Would you like the early return at 7am or the late one at 10am?"),
            ("The early return, please.", "Booked: two places on the solstice sunrise coach from Salisbury, 21 June, returning at 7am."),
        ],
        "follow": "How much are the tickets, and what time does the coach leave?",
        "reworded": [
            ("My partner and I want to see the sun come up over the stones on midsummer morning - can you put us on the bus out of Salisbury, and bring us back on the first return so I'm home in time for work?",
             "Done: two seats from Salisbury for the solstice, on the first return."),
        ],
        "small_talk": (2, ("We've tried three years running and it's been cloudy every time.", "Fingers crossed for clear skies!")),
        "unrelated": (1, ("Are dogs allowed on the coach?", "Only assistance dogs, I'm afraid.")),
        "entity": ("place", [
            ("I'd like two places on the solstice sunrise coach from Bath to the stone circle on 21 June.", "Of course. Would you like the early return at 7am or the late one at 10am?"),
            ("The early return, please.", "Booked: two places on the solstice sunrise coach from Bath, 21 June, returning at 7am."),
        ]),
        "entity_reworded": ("plan", [
            ("My partner and I want to see the sun come up over the stones on midsummer morning - can you put us on the bus out of Salisbury, and bring us back on the later return so we can stay for the drumming?",
             "Done: two seats from Salisbury for the solstice, on the late return."),
        ]),
        "third": ("intent", [
            ("I've got two seats on the solstice coach on 21 June, but we've decided to drive ourselves, so we just need parking.", "We sell parking permits for the field next to the visitor centre."),
            ("A parking permit, then.", "Changed: the coach seats are cancelled and you've got a parking permit for the solstice."),
        ]),
    },
    {
        "id": "en-storm-chasing",
        "thread": [
            ("I'd like to book the six-day storm chasing tour from Oklahoma City starting on Monday 17 May, for me and my son.", "Great. Would you like a single room each or a shared twin?"),
            ("A shared twin, please.", "Booked: six-day storm chasing tour from Oklahoma City, starting Monday 17 May, two guests in a shared twin."),
        ],
        "follow": "What's the price per person, and where do we meet on the first morning?",
        "reworded": [
            ("My lad and I have always wanted to chase tornadoes across the plains - can we join your six-day trip leaving OKC on the seventeenth of May? We're happy bunking in together.",
             "Great: you and your son on the 17 May six-day chase from Oklahoma City, sharing a twin."),
        ],
        "small_talk": (1, ("He's been glued to storm videos since he was nine.", "Now he'll see the real thing!")),
        "unrelated": (2, ("Do I need a visa for the US?", "Most UK visitors need an ESTA.")),
        "entity": ("date", [
            ("I'd like to book the six-day storm chasing tour from Oklahoma City starting on Monday 24 May, for me and my son.", "Great. Would you like a single room each or a shared twin?"),
            ("A shared twin, please.", "Booked: six-day storm chasing tour from Oklahoma City, starting Monday 24 May, two guests in a shared twin."),
        ]),
        "entity_reworded": ("place", [
            ("My lad and I have always wanted to chase tornadoes across the plains - can we join your six-day trip leaving Denver on the seventeenth of May? We're happy bunking in together.",
             "Great: you and your son on the 17 May six-day chase from Denver, sharing a twin."),
        ]),
        "third": ("intent", [
            ("I've booked the storm chasing tour from 17 May, but my son's decided he'd rather see how forecasters track tornadoes than chase them.", "We can book you on the day tour of the National Weather Center in Norman instead."),
            ("Book the weather centre tour instead.", "Changed: the chase tour is cancelled and you're both on the National Weather Center day tour in Norman."),
        ]),
    },
]
