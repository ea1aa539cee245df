# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the twenty-eighth held-out conversation set (``conversations-heldout28.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout28_conversations.py`` turns them
into pairs. Written in session 34 by the ``heldout28`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-name-tapes",
        "thread": [
            ("I'd like to order 60 iron-on name tapes saying 'Olivia Hart' in navy, please. My customer number is NT-4412.", "Thanks! Would you like a little star printed next to the name?"),
            ("Yes, add the star.", "Ordered: 60 iron-on name tapes, 'Olivia Hart' in navy with a star, on customer number NT-4412."),
        ],
        "follow": "How much will that come to, and when will they arrive?",
        "reworded": [
            ("Sixty of those labels you press on with a hot iron, please - dark blue lettering, Olivia Hart, and pop the tiny star beside it. I'm NT-4412 on your system.",
             "Done: sixty press-on labels for Olivia Hart, dark blue with a star, account NT-4412."),
        ],
        "small_talk": (1, ("She starts big school in September and loses absolutely everything.", "Then these will earn their keep!")),
        "unrelated": (2, ("Do you have a shop I could visit in person?", "We're online only, I'm afraid.")),
        "entity": ("amount", [
            ("I'd like to order 120 iron-on name tapes saying 'Olivia Hart' in navy, please. My customer number is NT-4412.", "Thanks! Would you like a little star printed next to the name?"),
            ("Yes, add the star.", "Ordered: 120 iron-on name tapes, 'Olivia Hart' in navy with a star, on customer number NT-4412."),
        ]),
        "entity_reworded": ("account", [
            ("Sixty of those labels you press on with a hot iron, please - dark blue lettering, Olivia Hart, and pop the tiny star beside it. I'm NT-4421 on your system.",
             "Done: sixty press-on labels for Olivia Hart, dark blue with a star, account NT-4421."),
        ]),
        "third": ("intent", [
            ("I ordered 60 iron-on name tapes for Olivia Hart, but her school says iron-on ones peel off in their laundry.", "I see. We also make sew-in woven tapes - shall I switch the order to those?"),
            ("Sew-in, then.", "Switched: your order is now 60 sew-in woven tapes for Olivia Hart."),
        ]),
    },
    {
        "id": "en-grotto",
        "thread": [
            ("Can I book Santa's grotto for my two children on Saturday 13 December at 11am?", "Of course! Would you like the standard visit or the one with a sleigh photo?"),
            ("The standard visit, please.", "Booked: the standard grotto visit for two children, Saturday 13 December at 11am."),
        ],
        "follow": "How much do I pay, and how long will we be with Santa?",
        "reworded": [
            ("Two kids to see Father Christmas, the eleven o'clock slot on the thirteenth - just the ordinary visit without the sleigh picture, thanks.",
             "All set: the ordinary visit for your two at eleven on the 13th."),
        ],
        "small_talk": (2, ("My youngest has written him a four-page letter.", "He'll love reading that!")),
        "unrelated": (1, ("Is there a café at the garden centre?", "Yes, just past the tills.")),
        "entity": ("plan", [
            ("Can I book Santa's grotto for my two children on Saturday 13 December at 11am?", "Of course! Would you like the standard visit or the one with a sleigh photo?"),
            ("The sleigh photo visit, please.", "Booked: the sleigh photo grotto visit for two children, Saturday 13 December at 11am."),
        ]),
        "entity_reworded": ("date", [
            ("Two kids to see Father Christmas, the eleven o'clock slot on the twentieth - just the ordinary visit without the sleigh picture, thanks.",
             "All set: the ordinary visit for your two at eleven on the 20th."),
        ]),
        "third": ("intent", [
            ("I've booked the grotto for my two on Saturday 13 December, but my son has suddenly decided he's frightened of Santa.", "Oh dear. We also run a letter-writing table with the elves where they don't meet him - would that suit better?"),
            ("The elves' table, yes.", "Changed: the grotto visit is cancelled and your two are at the elves' letter-writing table on 13 December."),
        ]),
    },
    {
        "id": "en-netball",
        "thread": [
            ("We'd like to enter the Tuesday night netball league at Greenbank Leisure Centre. The team is the Bibs and Bobs, eight players.", "Lovely! Would you like to hire a court for a practice session too?"),
            ("Yes, one practice court, please.", "Entered: the Bibs and Bobs, eight players, Tuesday league at Greenbank Leisure Centre, with one practice court booked."),
        ],
        "follow": "What will the whole season cost us, and when is our first game?",
        "reworded": [
            ("There are eight of us calling ourselves the Bibs and Bobs who want to play in your Tuesday evening netball over at Greenbank, and could we have somewhere booked to train as well?",
             "Sorted: eight Bibs and Bobs at Greenbank on Tuesdays, plus a training court."),
        ],
        "small_talk": (1, ("Most of us last played at school!", "You'll be surprised how fast it comes back.")),
        "unrelated": (2, ("Are there lockers in the changing rooms?", "Yes, they take a pound coin.")),
        "entity": ("place", [
            ("We'd like to enter the Tuesday night netball league at Castlegate Sports Hall. The team is the Bibs and Bobs, eight players.", "Lovely! Would you like to hire a court for a practice session too?"),
            ("Yes, one practice court, please.", "Entered: the Bibs and Bobs, eight players, Tuesday league at Castlegate Sports Hall, with one practice court booked."),
        ]),
        "entity_reworded": ("amount", [
            ("There are fourteen of us calling ourselves the Bibs and Bobs who want to play in your Tuesday evening netball over at Greenbank, and could we have somewhere booked to train as well?",
             "Sorted: fourteen Bibs and Bobs at Greenbank on Tuesdays, plus a training court."),
        ]),
        "third": ("intent", [
            ("The Bibs and Bobs are entered in the Tuesday netball league, but two of us are expecting, so competitive games are out.", "Congratulations! There's also walking netball on Thursday mornings - gentler, and no league."),
            ("Walking netball, please.", "Done: your league entry is withdrawn and the team is down for walking netball on Thursday mornings."),
        ]),
    },
    {
        "id": "en-rounders",
        "thread": [
            ("Our office would like to enter two teams in the charity rounders tournament on Sunday 28 June on Clifton Downs.", "Great! Do you want us to provide the bats and balls?"),
            ("Yes please, we've got nothing.", "Entered: two office teams in the charity rounders tournament, Sunday 28 June, Clifton Downs, with bats and balls provided."),
        ],
        "follow": "What's the total fee, and what time do our first matches start?",
        "reworded": [
            ("A couple of sides from our workplace fancy the rounders day for charity - the twenty-eighth of June, up at Clifton - and we'll need to borrow all the kit.",
             "Done: two workplace sides on the 28th of June at Clifton, kit lent."),
        ],
        "small_talk": (2, ("Our boss claims he was a county champion.", "We'll find out on the day!")),
        "unrelated": (1, ("Can we bring a gazebo along?", "Yes, there's room along the edge of the field.")),
        "entity": ("amount", [
            ("Our office would like to enter three teams in the charity rounders tournament on Sunday 28 June on Clifton Downs.", "Great! Do you want us to provide the bats and balls?"),
            ("Yes please, we've got nothing.", "Entered: three office teams in the charity rounders tournament, Sunday 28 June, Clifton Downs, with bats and balls provided."),
        ]),
        "entity_reworded": ("date", [
            ("A couple of sides from our workplace fancy the rounders day for charity - the fifth of July, up at Clifton - and we'll need to borrow all the kit.",
             "Done: two workplace sides on the 5th of July at Clifton, kit lent."),
        ]),
        "third": ("intent", [
            ("We entered two teams in the rounders tournament on 28 June, but half the office will be away at a conference.", "No problem - you could sponsor a team instead and still support the charity."),
            ("Sponsoring is fine by us.", "Changed: both entries are withdrawn and your office is down as the sponsor of one team."),
        ]),
    },
    {
        "id": "en-hockey",
        "thread": [
            ("I'd like to sign my son Alfie, who's nine, up for junior hockey on Saturday mornings. Our family membership is HC-3087.", "Welcome! Would he like to borrow a club stick or buy his own?"),
            ("Borrow one, please.", "Signed up: Alfie, nine, junior hockey on Saturday mornings, family membership HC-3087, with a club stick on loan."),
        ],
        "follow": "How much are his subs, and which pitch does his group play on?",
        "reworded": [
            ("Alfie's nine and keen to start with the youngsters at the weekend, the Saturday morning sessions. We're HC-3087 as a family and he'll use one of your sticks for now.",
             "Great: Alfie, nine, Saturday juniors, on HC-3087, with a loan stick."),
        ],
        "small_talk": (1, ("He's been practising with his grandad's walking stick in the garden.", "Ha - a proper one will help!")),
        "unrelated": (2, ("Is the clubhouse bar open on Saturdays?", "From noon, yes.")),
        "entity": ("person", [
            ("I'd like to sign my daughter Maisie, who's fourteen, up for junior hockey on Saturday mornings. Our family membership is HC-3087.", "Welcome! Would she like to borrow a club stick or buy her own?"),
            ("Borrow one, please.", "Signed up: Maisie, fourteen, junior hockey on Saturday mornings, family membership HC-3087, with a club stick on loan."),
        ]),
        "entity_reworded": ("account", [
            ("Alfie's nine and keen to start with the youngsters at the weekend, the Saturday morning sessions. We're HC-3078 as a family and he'll use one of your sticks for now.",
             "Great: Alfie, nine, Saturday juniors, on HC-3078, with a loan stick."),
        ]),
        "third": ("intent", [
            ("Alfie is signed up for junior hockey on Saturdays, but he's just broken his wrist.", "Poor lad. He could help out as a ball boy at the first-team matches until it heals, free of charge."),
            ("Ball boy for now, then.", "Noted: Alfie's sessions are paused and he's down as a ball boy at Saturday matches until his wrist heals."),
        ]),
    },
    {
        "id": "en-handball",
        "thread": [
            ("I'd like to book the beginners' handball taster for six of us from work on Thursday 5 March at 7pm.", "Sure! Would you like the one-hour taster or the ninety-minute one with a mini match?"),
            ("The one-hour taster.", "Booked: the one-hour beginners' handball taster for six, Thursday 5 March at 7pm."),
        ],
        "follow": "How much is it per person, and what time do we finish?",
        "reworded": [
            ("There are six of us from the office wanting to have a go at handball for newcomers - just the hour-long session - on the evening of the fifth of March at seven.",
             "Done: six newcomers, an hour, seven o'clock on the 5th of March."),
        ],
        "small_talk": (2, ("None of us has ever played before.", "That's exactly who the taster is for.")),
        "unrelated": (1, ("Is there a water fountain in the hall?", "Yes, by the main entrance.")),
        "entity": ("plan", [
            ("I'd like to book the beginners' handball taster for six of us from work on Thursday 5 March at 7pm.", "Sure! Would you like the one-hour taster or the ninety-minute one with a mini match?"),
            ("The ninety-minute one with the match.", "Booked: the ninety-minute beginners' handball taster with a mini match for six, Thursday 5 March at 7pm."),
        ]),
        "entity_reworded": ("amount", [
            ("There are eleven of us from the office wanting to have a go at handball for newcomers - just the hour-long session - on the evening of the fifth of March at seven.",
             "Done: eleven newcomers, an hour, seven o'clock on the 5th of March."),
        ]),
        "third": ("intent", [
            ("We're booked on the handball taster on 5 March, but the group would rather watch a proper match before trying it.", "The county side plays at home on 7 March - shall I swap your booking for six spectator tickets?"),
            ("Spectator tickets, yes.", "Swapped: the taster is cancelled and you have six tickets for the home match on 7 March."),
        ]),
    },
    {
        "id": "en-toboggan",
        "thread": [
            ("Can I book the toboggan run for three of us on Sunday 11 January, the 2pm slot?", "Certainly. Would you like five rides each or unlimited rides for an hour?"),
            ("Five rides each.", "Booked: three people, five toboggan rides each, Sunday 11 January at 2pm."),
        ],
        "follow": "What's the total price, and when do we need to arrive?",
        "reworded": [
            ("The three of us want a go down your sledge track on the eleventh of January at two o'clock - just the bundle of five goes apiece.",
             "Done: three of you, five goes each, two o'clock on the 11th."),
        ],
        "small_talk": (1, ("My dad swears he'll be quicker than the kids.", "He won't be the first to say so!")),
        "unrelated": (2, ("Do you have somewhere to leave bags?", "Yes, lockers by the ticket hut.")),
        "entity": ("amount", [
            ("Can I book the toboggan run for five of us on Sunday 11 January, the 2pm slot?", "Certainly. Would you like five rides each or unlimited rides for an hour?"),
            ("Five rides each.", "Booked: five people, five toboggan rides each, Sunday 11 January at 2pm."),
        ]),
        "entity_reworded": ("plan", [
            ("The three of us want a go down your sledge track on the eleventh of January at two o'clock - the hour where you can ride as often as you like.",
             "Done: three of you, an hour of unlimited goes, two o'clock on the 11th."),
        ]),
        "third": ("intent", [
            ("We've booked the toboggan run for 11 January, but my wife has hurt her back and we'd rather go in the spring.", "Of course - shall I turn the booking into a gift voucher you can use any time?"),
            ("A voucher, please.", "Done: the 11 January booking is cancelled and a gift voucher for the same amount is on its way."),
        ]),
    },
    {
        "id": "en-fun-run",
        "thread": [
            ("I'd like to enter the 5K charity fun run on Sunday 17 May in Heaton Park, please. My runner number from last year was FR-2209.", "Welcome back! Would you like a medal and a T-shirt this year?"),
            ("Yes, both please.", "Entered: the 5K charity fun run, Sunday 17 May, Heaton Park, runner FR-2209, with medal and T-shirt."),
        ],
        "follow": "What is the entry fee, and which gate should I go to?",
        "reworded": [
            ("Sign me up again for the five-kilometre charity jog round Heaton Park on the seventeenth of May - I was FR-2209 last time - and I'll have the shirt and medal too.",
             "You're in: five kilometres, the 17th of May, Heaton Park, FR-2209, shirt and medal."),
        ],
        "small_talk": (2, ("I knocked four minutes off my time last year.", "Let's see if you can do it again!")),
        "unrelated": (1, ("Is there a bag drop?", "Yes, right next to the start line.")),
        "entity": ("place", [
            ("I'd like to enter the 5K charity fun run on Sunday 17 May in Platt Fields, please. My runner number from last year was FR-2209.", "Welcome back! Would you like a medal and a T-shirt this year?"),
            ("Yes, both please.", "Entered: the 5K charity fun run, Sunday 17 May, Platt Fields, runner FR-2209, with medal and T-shirt."),
        ]),
        "entity_reworded": ("account", [
            ("Sign me up again for the five-kilometre charity jog round Heaton Park on the seventeenth of May - I was FR-2290 last time - and I'll have the shirt and medal too.",
             "You're in: five kilometres, the 17th of May, Heaton Park, FR-2290, shirt and medal."),
        ]),
        "third": ("intent", [
            ("I've entered the 5K fun run on 17 May, but I've torn a calf muscle.", "Sorry to hear it. You could volunteer as a marshal on the day instead."),
            ("Marshal, then.", "Changed: your entry is withdrawn and you're down as a marshal on 17 May."),
        ]),
    },
    {
        "id": "en-open-mic",
        "thread": [
            ("I'd like a five-minute slot at the poetry open mic on Friday 23 January at the Lamp Room.", "Lovely. Would you like a slot in the first half or the second half?"),
            ("The first half, please.", "Booked: a five-minute slot in the first half of the poetry open mic, Friday 23 January, the Lamp Room."),
        ],
        "follow": "Roughly what time will I be on, and is there a fee?",
        "reworded": [
            ("Could you put me down to read some of my poems for five minutes at the Lamp Room on the twenty-third of January, that Friday? Before the interval would be ideal.",
             "Done: five minutes before the interval at the Lamp Room on the 23rd."),
        ],
        "small_talk": (1, ("It's my first time reading in public.", "Everyone's very supportive - you'll be fine.")),
        "unrelated": (2, ("Does the Lamp Room serve food?", "Just crisps and toasties.")),
        "entity": ("date", [
            ("I'd like a five-minute slot at the poetry open mic on Friday 30 January at the Lamp Room.", "Lovely. Would you like a slot in the first half or the second half?"),
            ("The first half, please.", "Booked: a five-minute slot in the first half of the poetry open mic, Friday 30 January, the Lamp Room."),
        ]),
        "entity_reworded": ("person", [
            ("Could you put my daughter down to read some of her poems for five minutes at the Lamp Room on the twenty-third of January, that Friday? Before the interval would be ideal.",
             "Done: your daughter has five minutes before the interval at the Lamp Room on the 23rd."),
        ]),
        "third": ("intent", [
            ("I've got a five-minute slot at the open mic on 23 January, but I've completely lost my nerve.", "That happens! You could just come and listen - the audience gets in free."),
            ("Just listening, then.", "Done: your slot is released and you're on the audience list for 23 January."),
        ]),
    },
    {
        "id": "en-homework-club",
        "thread": [
            ("I'd like my daughter Priya, who's in Year 5, to join homework club on Mondays and Wednesdays after school.", "Of course. Would she like the tutor-led group or the quiet study room?"),
            ("The tutor-led group, please.", "Booked: Priya, Year 5, tutor-led homework club on Mondays and Wednesdays."),
        ],
        "follow": "How much is that each term, and what time should I collect her?",
        "reworded": [
            ("Priya's in Year 5 and could do with a hand on her schoolwork - can she stay for the after-school study sessions on Monday and Wednesday, with a tutor helping rather than the silent room?",
             "Sorted: Priya, Year 5, Mondays and Wednesdays with a tutor."),
        ],
        "small_talk": (2, ("She's desperate to get her spellings right.", "The tutors are brilliant with spellings.")),
        "unrelated": (1, ("Is there a late pick-up option?", "Until 6pm, if you ask in advance.")),
        "entity": ("plan", [
            ("I'd like my daughter Priya, who's in Year 5, to join homework club on Mondays and Wednesdays after school.", "Of course. Would she like the tutor-led group or the quiet study room?"),
            ("The quiet study room, please.", "Booked: Priya, Year 5, the quiet study room at homework club on Mondays and Wednesdays."),
        ]),
        "entity_reworded": ("person", [
            ("Priya's little brother Dev is in Year 2 and could do with a hand on his schoolwork - can he stay for the after-school study sessions on Monday and Wednesday, with a tutor helping rather than the silent room?",
             "Sorted: Dev, Year 2, Mondays and Wednesdays with a tutor."),
        ]),
        "third": ("intent", [
            ("Priya is booked into homework club on Mondays and Wednesdays, but she'd now rather do her homework at home.", "We also offer a half-hour online tutor call on those evenings - would that work?"),
            ("The online calls, please.", "Changed: Priya's club places are released and she has an online tutor call on Mondays and Wednesdays."),
        ]),
    },
    {
        "id": "en-breakfast-club",
        "thread": [
            ("I'd like to book my son Leo into the school breakfast club every weekday from Monday 2 February. Our school account is BC-6610.", "Happy to. Would he like the 7:30 start or the 8:00 start?"),
            ("The 7:30 start.", "Booked: Leo, breakfast club every weekday from Monday 2 February at 7:30, account BC-6610."),
        ],
        "follow": "What will it cost per week, and what does he get to eat?",
        "reworded": [
            ("From the second of February Leo will need the early morning club at school, Monday to Friday, arriving half past seven. We're BC-6610.",
             "All done: Leo, every school day from the 2nd of February, half past seven, BC-6610."),
        ],
        "small_talk": (1, ("He'll be thrilled - he'd eat toast all day.", "There's plenty of that!")),
        "unrelated": (2, ("Do I need to sign him in?", "Yes, at the hall door.")),
        "entity": ("date", [
            ("I'd like to book my son Leo into the school breakfast club every weekday from Monday 9 February. Our school account is BC-6610.", "Happy to. Would he like the 7:30 start or the 8:00 start?"),
            ("The 7:30 start.", "Booked: Leo, breakfast club every weekday from Monday 9 February at 7:30, account BC-6610."),
        ]),
        "entity_reworded": ("account", [
            ("From the second of February Leo will need the early morning club at school, Monday to Friday, arriving half past seven. We're BC-6601.",
             "All done: Leo, every school day from the 2nd of February, half past seven, BC-6601."),
        ]),
        "third": ("intent", [
            ("Leo is booked into breakfast club every weekday from 2 February, but my shifts have changed and I can take him in myself.", "No problem. Would he like a place at after-school club instead?"),
            ("After-school club, then.", "Changed: breakfast club is cancelled and Leo is in after-school club every weekday from 2 February."),
        ]),
    },
]
