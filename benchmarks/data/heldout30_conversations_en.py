# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the thirtieth held-out conversation set (``conversations-heldout30.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout30_conversations.py`` turns them
into pairs. Written in session 36 by the ``heldout30`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-windmill",
        "thread": [
            ("I'd like to book the guided tour of Hadley Windmill for the four of us on Saturday 9 May at 11am.", "Lovely. Would you like to add the bread-making session in the bakehouse afterwards?"),
            ("No, the tour on its own.", "Booked: the Hadley Windmill guided tour for four, Saturday 9 May at 11am, without the bread-making session."),
        ],
        "follow": "What will that cost us, and when should we get there?",
        "reworded": [
            ("Could my family - there are four of us - come and see round the old mill with one of your guides at eleven in the morning on the ninth of May? We'll skip the baking class.",
             "All set: a family of four with a guide at eleven on the 9th of May, no baking."),
        ],
        "small_talk": (1, ("My dad used to deliver grain to mills like yours.", "Then he'll love the sack hoist!")),
        "unrelated": (2, ("Are dogs allowed on the mill tour?", "Dogs are welcome in the grounds, but not up the ladders.")),
        "entity": ("plan", [
            ("I'd like to book the guided tour of Hadley Windmill for the four of us on Saturday 9 May at 11am.", "Lovely. Would you like to add the bread-making session in the bakehouse afterwards?"),
            ("Yes, add the bread-making.", "Booked: the Hadley Windmill guided tour for four, Saturday 9 May at 11am, followed by the bread-making session."),
        ]),
        "entity_reworded": ("date", [
            ("Could my family - there are four of us - come and see round the old mill with one of your guides at eleven in the morning on the sixteenth of May? We'll skip the baking class.",
             "All set: a family of four with a guide at eleven on the 16th of May, no baking."),
        ]),
        "third": ("intent", [
            ("We've booked the windmill tour for 9 May, but my father can't manage the steep ladders after all.", "That's a shame. Our ground-floor exhibition has a film of the sails and stones working, and it's step-free."),
            ("The exhibition will do nicely.", "Changed: the guided tour is cancelled and the four of you are booked into the step-free exhibition on 9 May."),
        ]),
    },
    {
        "id": "en-pie-eating",
        "thread": [
            ("I'd like to enter the pie-eating contest at the Harvest Fair on Saturday 19 September. I'm Gary Tuck, contestant number PE-4417.", "Great! Will you go in the meat pie round or the vegetarian round?"),
            ("The meat pie round.", "Entered: Gary Tuck, PE-4417, meat pie round, pie-eating contest at the Harvest Fair, Saturday 19 September."),
        ],
        "follow": "What's the entry fee, and what time is the heat?",
        "reworded": [
            ("Put Gary Tuck down for scoffing the steak-and-gravy ones at the harvest show on the nineteenth of September, please - my number with you is PE-4417.",
             "You're in: Gary Tuck, PE-4417, the meat round on the 19th of September."),
        ],
        "small_talk": (2, ("I skipped breakfast all week to train.", "Dedication like that deserves a medal!")),
        "unrelated": (1, ("Is there a first aid tent at the fair?", "Yes, beside the main ring.")),
        "entity": ("person", [
            ("I'd like to enter my son in the pie-eating contest at the Harvest Fair on Saturday 19 September. He's Jack Tuck, he's eleven, contestant number PE-4417.", "Great! Will he go in the meat pie round or the vegetarian round?"),
            ("The meat pie round.", "Entered: Jack Tuck, eleven, PE-4417, meat pie round, pie-eating contest at the Harvest Fair, Saturday 19 September."),
        ]),
        "entity_reworded": ("account", [
            ("Put Gary Tuck down for scoffing the steak-and-gravy ones at the harvest show on the nineteenth of September, please - my number with you is PE-4471.",
             "You're in: Gary Tuck, PE-4471, the meat round on the 19th of September."),
        ]),
        "third": ("intent", [
            ("I'm entered in the pie-eating contest on 19 September, but my doctor has told me to watch my cholesterol.", "Very sensible. We're short of judges for the pie-baking competition in the next tent, if you'd like to help."),
            ("I'll judge the baking instead.", "Done: your contest entry is withdrawn and you're on the judging panel for the pie-baking competition on 19 September."),
        ]),
    },
    {
        "id": "en-thatching",
        "thread": [
            ("I'd like a place on the two-day introduction to thatching, starting Saturday 11 April at Ashcombe Barn.", "Certainly. Would you like us to provide a set of hand tools, or will you bring your own?"),
            ("Please provide the tools.", "Booked: the two-day introduction to thatching from Saturday 11 April at Ashcombe Barn, hand tools provided."),
        ],
        "follow": "How much is the course, and what time do we start on the first morning?",
        "reworded": [
            ("I fancy learning how straw roofs are done - could you put me on your weekend beginners' class at Ashcombe, the one beginning the eleventh of April? I haven't got any kit, so I'll borrow yours.",
             "You're in: the beginners' weekend at Ashcombe from the 11th of April, kit on loan."),
        ],
        "small_talk": (1, ("Our cottage roof is nearly a hundred years old.", "Then you'll have plenty to practise on!")),
        "unrelated": (2, ("Is there somewhere to stay near the barn?", "The village pub has rooms.")),
        "entity": ("date", [
            ("I'd like a place on the two-day introduction to thatching, starting Saturday 25 April at Ashcombe Barn.", "Certainly. Would you like us to provide a set of hand tools, or will you bring your own?"),
            ("Please provide the tools.", "Booked: the two-day introduction to thatching from Saturday 25 April at Ashcombe Barn, hand tools provided."),
        ]),
        "entity_reworded": ("plan", [
            ("I fancy learning how straw roofs are done - could you put me on your full five-day class at Ashcombe, the one beginning the eleventh of April? I haven't got any kit, so I'll borrow yours.",
             "You're in: the five-day course at Ashcombe from the 11th of April, kit on loan."),
        ]),
        "third": ("intent", [
            ("I'm booked on the thatching course from 11 April, but I've realised I'd rather pay someone to survey my roof first.", "We can do that - our master thatcher offers a roof inspection visit with a written report."),
            ("The inspection visit, please.", "Changed: your course place is cancelled and a roof inspection visit by our master thatcher has been arranged instead."),
        ]),
    },
    {
        "id": "en-wife-carrying",
        "thread": [
            ("I'd like to enter the wife carrying race at Dunford Show on Sunday 2 August. I'll be carrying my wife, Helen.", "Wonderful! Do you want to enter the standard race or the race with the water jump?"),
            ("The standard race.", "Entered: you carrying your wife Helen in the standard wife carrying race, Dunford Show, Sunday 2 August."),
        ],
        "follow": "What's the entry fee, and what time should we report to the start?",
        "reworded": [
            ("My other half Helen has agreed to be lugged round your course at the Dunford show on the second of August - the ordinary one, no splashing through the pond for us.",
             "Done: you and Helen in the ordinary race at Dunford on the 2nd of August."),
        ],
        "small_talk": (2, ("We've been practising in the back garden all summer.", "The neighbours must love that!")),
        "unrelated": (1, ("Is there somewhere to park near the showground?", "Yes, the field behind the main gate.")),
        "entity": ("person", [
            ("I'd like to enter the wife carrying race at Dunford Show on Sunday 2 August. My son Tom will be carrying his wife, Priya.", "Wonderful! Do you want to enter the standard race or the race with the water jump?"),
            ("The standard race.", "Entered: Tom carrying his wife Priya in the standard wife carrying race, Dunford Show, Sunday 2 August."),
        ]),
        "entity_reworded": ("date", [
            ("My other half Helen has agreed to be lugged round your course at the Dunford show on the ninth of August - the ordinary one, no splashing through the pond for us.",
             "Done: you and Helen in the ordinary race at Dunford on the 9th of August."),
        ]),
        "third": ("intent", [
            ("We're entered in the wife carrying race on 2 August, but Helen has sprained her ankle.", "Sorry to hear that! You could still take part in the sack race, which doesn't need a partner."),
            ("The sack race, then.", "Changed: your wife carrying entry is withdrawn and you're down for the sack race on 2 August."),
        ]),
    },
    {
        "id": "en-land-yacht",
        "thread": [
            ("Can I book a land yachting taster for two people at Brean Sands on Sunday 17 May at 10am?", "Of course. Would you like to hire windproof suits as well?"),
            ("Yes, two suits please.", "Booked: a land yachting taster for two at Brean Sands, Sunday 17 May at 10am, with two windproof suits."),
        ],
        "follow": "How much does it come to, and where do we meet the instructor?",
        "reworded": [
            ("My mate and I want a go on those three-wheeled sail carts on the beach at Brean on the seventeenth of May, ten in the morning - and we'll each need one of your wind-proof outfits.",
             "Sorted: the pair of you at Brean, ten on the 17th, two windproofs."),
        ],
        "small_talk": (1, ("We've watched them whizzing past for years.", "Now it's your turn!")),
        "unrelated": (2, ("Is the beach cafe open on Sundays?", "Yes, from nine.")),
        "entity": ("amount", [
            ("Can I book a land yachting taster for four people at Brean Sands on Sunday 17 May at 10am?", "Of course. Would you like to hire windproof suits as well?"),
            ("Yes, four suits please.", "Booked: a land yachting taster for four at Brean Sands, Sunday 17 May at 10am, with four windproof suits."),
        ]),
        "entity_reworded": ("place", [
            ("My mate and I want a go on those three-wheeled sail carts on the beach at Camber on the seventeenth of May, ten in the morning - and we'll each need one of your wind-proof outfits.",
             "Sorted: the pair of you at Camber, ten on the 17th, two windproofs."),
        ]),
        "third": ("intent", [
            ("We've booked the land yachting taster on 17 May, but my friend is nervous about the speed.", "Understandable. We also run a slower kite-flying lesson on the same beach."),
            ("The kite lesson would be better.", "Done: the land yachting taster is cancelled and you're both booked on the kite-flying lesson on 17 May."),
        ]),
    },
    {
        "id": "en-greengrocer",
        "thread": [
            ("I'd like to start a weekly medium veg box delivered on Thursdays. My customer number is GG-3306.", "Thanks! Would you like a bag of seasonal fruit added each week?"),
            ("No fruit, thanks.", "Set up: a medium veg box every Thursday, no fruit, customer GG-3306."),
        ],
        "follow": "How much will each delivery cost, and when does the first one arrive?",
        "reworded": [
            ("Could you bring me the middle-sized box of vegetables once a week, on a Thursday? Leave out the apples and pears. I'm GG-3306 on your books.",
             "Done: the middle box weekly on Thursdays, vegetables only, GG-3306."),
        ],
        "small_talk": (2, ("I've promised myself I'll cook more this year.", "Good for you!")),
        "unrelated": (1, ("Do you sell free-range eggs?", "Yes, from a farm down the road.")),
        "entity": ("plan", [
            ("I'd like to start a weekly large veg box delivered on Thursdays. My customer number is GG-3306.", "Thanks! Would you like a bag of seasonal fruit added each week?"),
            ("No fruit, thanks.", "Set up: a large veg box every Thursday, no fruit, customer GG-3306."),
        ]),
        "entity_reworded": ("account", [
            ("Could you bring me the middle-sized box of vegetables once a week, on a Thursday? Leave out the apples and pears. I'm GG-3360 on your books.",
             "Done: the middle box weekly on Thursdays, vegetables only, GG-3360."),
        ]),
        "third": ("intent", [
            ("I've started a weekly veg box on Thursdays, but I'm never home to take it in.", "We could hold it at the shop instead, and you collect it whenever suits you."),
            ("I'll collect from the shop.", "Changed: your deliveries are stopped and your medium box will be kept at the shop for collection each week."),
        ]),
    },
    {
        "id": "en-well-dressing",
        "thread": [
            ("Can I put my name down to help with the petalling for the well dressing on Saturday 23 May? There'll be two of us.", "Thank you! Would you like to work on the church well board or the school well board?"),
            ("The church well, please.", "Down: two volunteers for petalling on the church well board, Saturday 23 May."),
        ],
        "follow": "What time should we turn up, and where do we go?",
        "reworded": [
            ("My husband and I would like to lend a hand pressing flowers into the clay on the twenty-third of May - the board for the well by the church, if there's room.",
             "Lovely: you and your husband on the church board on the 23rd."),
        ],
        "small_talk": (1, ("I've admired the boards every summer since we moved here.", "Now you'll be part of one!")),
        "unrelated": (2, ("Is the village hall open that day?", "Yes, with teas all afternoon.")),
        "entity": ("date", [
            ("Can I put my name down to help with the petalling for the well dressing on Sunday 24 May? There'll be two of us.", "Thank you! Would you like to work on the church well board or the school well board?"),
            ("The church well, please.", "Down: two volunteers for petalling on the church well board, Sunday 24 May."),
        ]),
        "entity_reworded": ("place", [
            ("My husband and I would like to lend a hand pressing flowers into the clay on the twenty-third of May - the board for the well by the school, if there's room.",
             "Lovely: you and your husband on the school board on the 23rd."),
        ]),
        "third": ("intent", [
            ("We're down to help with the petalling on 23 May, but we'd honestly rather give some money towards it.", "That's very kind. You can sponsor a board, and your names go on the plaque."),
            ("We'll sponsor a board.", "Changed: you're off the volunteer list and down as sponsors of the church well board."),
        ]),
    },
    {
        "id": "en-charcoal",
        "thread": [
            ("I'd like to book two places on the weekend charcoal-making course in Wyre Forest starting Saturday 13 June.", "Great. Will you camp on site, or are you staying elsewhere?"),
            ("We'll camp on site.", "Booked: two places on the weekend charcoal-making course in Wyre Forest from Saturday 13 June, camping on site."),
        ],
        "follow": "What's the total, and what time does the burn start on Saturday?",
        "reworded": [
            ("My brother and I want to learn to burn wood down in a kiln the old way - your Wyre Forest weekend from the thirteenth of June. We'll pitch a tent there rather than find a B&B.",
             "You're both in: Wyre Forest, weekend of the 13th of June, tent pitch included."),
        ],
        "small_talk": (2, ("We grew up near a charcoal burners' site.", "Then it's in your blood!")),
        "unrelated": (1, ("Is there a shower at the campsite?", "A solar shower, yes.")),
        "entity": ("amount", [
            ("I'd like to book three places on the weekend charcoal-making course in Wyre Forest starting Saturday 13 June.", "Great. Will you camp on site, or are you staying elsewhere?"),
            ("We'll camp on site.", "Booked: three places on the weekend charcoal-making course in Wyre Forest from Saturday 13 June, camping on site."),
        ]),
        "entity_reworded": ("place", [
            ("My brother and I want to learn to burn wood down in a kiln the old way - your Grizedale weekend from the thirteenth of June. We'll pitch a tent there rather than find a B&B.",
             "You're both in: Grizedale, weekend of the 13th of June, tent pitch included."),
        ]),
        "third": ("intent", [
            ("We've booked the charcoal course from 13 June, but my brother can't take the weekend off.", "No problem - we run a one-evening talk and demonstration that might suit him."),
            ("The evening demonstration, then.", "Changed: the weekend places are cancelled and you're both booked on the evening demonstration."),
        ]),
    },
    {
        "id": "en-newsagent",
        "thread": [
            ("I'd like the Daily Courier delivered every weekday to 14 Orchard Rise, starting Monday 5 January. My account is NA-2290.", "Of course. Would you like the Saturday edition too?"),
            ("No, weekdays only.", "Arranged: the Daily Courier Monday to Friday to 14 Orchard Rise, from Monday 5 January, account NA-2290."),
        ],
        "follow": "How much will it cost each week, and what time will it come?",
        "reworded": [
            ("Could your paperboy drop the Courier through my letterbox at number 14, Orchard Rise, Monday to Friday from the fifth of January? Not at the weekend. I'm NA-2290 with you.",
             "Done: the Courier to 14 Orchard Rise on weekdays from the 5th, NA-2290."),
        ],
        "small_talk": (1, ("I miss having a proper paper with my toast.", "Nothing beats it!")),
        "unrelated": (2, ("Do you still sell stamps?", "Yes, first and second class.")),
        "entity": ("place", [
            ("I'd like the Daily Courier delivered every weekday to 41 Orchard Rise, starting Monday 5 January. My account is NA-2290.", "Of course. Would you like the Saturday edition too?"),
            ("No, weekdays only.", "Arranged: the Daily Courier Monday to Friday to 41 Orchard Rise, from Monday 5 January, account NA-2290."),
        ]),
        "entity_reworded": ("account", [
            ("Could your paperboy drop the Courier through my letterbox at number 14, Orchard Rise, Monday to Friday from the fifth of January? Not at the weekend. I'm NA-2209 with you.",
             "Done: the Courier to 14 Orchard Rise on weekdays from the 5th, NA-2209."),
        ]),
        "third": ("intent", [
            ("I've ordered the Daily Courier on weekdays from 5 January, but I've just realised I can read it on my tablet.", "We can swap it for a weekly magazine delivery instead, if you'd like something on paper."),
            ("Just the magazine, then.", "Changed: the daily paper is cancelled and a weekly magazine will be delivered to 14 Orchard Rise."),
        ]),
    },
    {
        "id": "en-ironmonger",
        "thread": [
            ("Could you order in twenty brass butt hinges for me to collect on Friday 6 March?", "Certainly. Would you like matching brass screws with them?"),
            ("Yes, the screws too.", "Ordered: twenty brass butt hinges with matching brass screws, for collection on Friday 6 March."),
        ],
        "follow": "What will I owe, and what time can I pick them up?",
        "reworded": [
            ("I'm rehanging all the doors in the house and need a score of those yellow-metal hinges, plus fixings to match - can I come and get the lot from you on the sixth of March?",
             "No problem: twenty of the brass ones and fixings, ready on the 6th."),
        ],
        "small_talk": (2, ("The old ones are painted over about six times.", "That's a proper old house!")),
        "unrelated": (1, ("Do you sell sandpaper?", "Every grade, on the back wall.")),
        "entity": ("product", [
            ("Could you order in twenty stainless steel butt hinges for me to collect on Friday 6 March?", "Certainly. Would you like matching steel screws with them?"),
            ("Yes, the screws too.", "Ordered: twenty stainless steel butt hinges with matching steel screws, for collection on Friday 6 March."),
        ]),
        "entity_reworded": ("date", [
            ("I'm rehanging all the doors in the house and need a score of those yellow-metal hinges, plus fixings to match - can I come and get the lot from you on the thirteenth of March?",
             "No problem: twenty of the brass ones and fixings, ready on the 13th."),
        ]),
        "third": ("intent", [
            ("I've ordered twenty brass hinges for Friday, but my builder says he'll supply them himself.", "Then would you rather we cancelled the hinges and just kept the screws for you?"),
            ("Only the screws.", "Changed: the hinges are cancelled and only the brass screws will be waiting for you."),
        ]),
    },
    {
        "id": "en-glazier",
        "thread": [
            ("We need a cracked kitchen window replaced at 7 Fernhill Close. Could someone come on Tuesday 3 February?", "Yes. Do you want plain glass or toughened safety glass?"),
            ("Plain glass is fine.", "Booked: replacement of one kitchen window in plain glass at 7 Fernhill Close, Tuesday 3 February."),
        ],
        "follow": "How much will the job be, and what time will the glazier arrive?",
        "reworded": [
            ("A pane over our sink at number seven, Fernhill Close, has a crack right across it - can you send a fitter on the third of February? Ordinary glass will do, nothing toughened.",
             "Done: one ordinary pane at 7 Fernhill Close on the 3rd of February."),
        ],
        "small_talk": (1, ("A blackbird flew straight into it, poor thing.", "Oh no, I hope it was all right!")),
        "unrelated": (2, ("Do you board up windows as well?", "Yes, for emergencies.")),
        "entity": ("place", [
            ("We need a cracked kitchen window replaced at 7 Fernhill Road. Could someone come on Tuesday 3 February?", "Yes. Do you want plain glass or toughened safety glass?"),
            ("Plain glass is fine.", "Booked: replacement of one kitchen window in plain glass at 7 Fernhill Road, Tuesday 3 February."),
        ]),
        "entity_reworded": ("amount", [
            ("Three panes over our sink at number seven, Fernhill Close, have cracks right across them - can you send a fitter on the third of February? Ordinary glass will do, nothing toughened.",
             "Done: three ordinary panes at 7 Fernhill Close on the 3rd of February."),
        ]),
        "third": ("intent", [
            ("You're replacing our kitchen window on 3 February, but the landlord says he'll sort the glass himself.", "Understood. If you like, we can just fit a temporary board until then."),
            ("A temporary board, please.", "Changed: the replacement is cancelled and a temporary board will be fitted at 7 Fernhill Close."),
        ]),
    },
]
