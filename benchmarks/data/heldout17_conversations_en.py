# ruff: noqa: E501  (conversation texts: one exchange per line)
"""The English threads of the seventeenth held-out conversation set (``conversations-heldout17.jsonl``),
in the scenario format of ``heldout3_conversations.py``; ``heldout17_conversations.py`` turns them
into pairs. Written in session 23 by the ``heldout17`` engineer; a reporting set, never tuned on."""

SCENARIOS = [
    {
        "id": "en-taxidermy",
        "thread": [
            ("I'd like my late cocker spaniel, Biscuit, preserved. Would you take him on?", "I'm so sorry for your loss. Yes - would you like a full mount or just the head?"),
            ("A full mount, curled up as if he's asleep.", "Noted: a full sleeping-pose mount of Biscuit, a cocker spaniel."),
        ],
        "follow": "How much will that cost, and how long will it take?",
        "reworded": [
            ("Our spaniel Biscuit passed away last week and we'd love to keep him with us - the whole body, lying curled like he used to nap. Is that something you do?",
             "Of course: Biscuit in full, in a curled sleeping position."),
        ],
        "small_talk": (1, ("He was with us for fourteen years.", "That's a long and much-loved life.")),
        "unrelated": (2, ("Is there somewhere quiet I can sit when I drop him off?", "Yes, there's a small room at the front of the workshop.")),
        "entity": ("plan", [
            ("I'd like my late cocker spaniel, Biscuit, preserved. Would you take him on?", "I'm so sorry for your loss. Yes - would you like a full mount or just the head?"),
            ("Just the head and shoulders, for the wall.", "Noted: a head-and-shoulders wall mount of Biscuit, a cocker spaniel."),
        ]),
        "entity_reworded": ("product", [
            ("Our Great Dane passed away last week and we'd love to keep him with us - the whole body, lying curled like he used to nap. Is that something you do?",
             "Of course: your Great Dane in full, in a curled sleeping position."),
        ]),
        "third": ("intent", [
            ("We'd asked about having Biscuit preserved, but the family has decided on a cremation.", "We understand completely. Shall I close the enquiry?"),
            ("Yes, and could you recommend a pet crematorium?", "Of course: Biscuit's enquiry is withdrawn, and I'll email you a local pet crematorium."),
        ]),
    },
    {
        "id": "en-borehole",
        "thread": [
            ("We're on a farm near Hereford and want a borehole for the cattle troughs.", "We drill a lot in that area. Roughly how much water do you need a day?"),
            ("About 5,000 litres a day.", "Noted: a farm borehole near Hereford supplying about 5,000 litres a day."),
        ],
        "follow": "How deep will you need to go, and what will it cost?",
        "reworded": [
            ("Need a water supply sunk for our livestock - we farm just outside Hereford and the herd gets through roughly five thousand litres daily.",
             "Understood: a livestock well outside Hereford, around five cubic metres a day."),
        ],
        "small_talk": (2, ("Last summer we were carting water in a bowser every morning.", "That sounds exhausting - a borehole should end that.")),
        "unrelated": (1, ("Do you also sell water troughs?", "We don't, but the agricultural merchant in Leominster does.")),
        "entity": ("amount", [
            ("We're on a farm near Hereford and want a borehole for the cattle troughs.", "We drill a lot in that area. Roughly how much water do you need a day?"),
            ("About 50,000 litres a day, it's a big dairy herd.", "Noted: a farm borehole near Hereford supplying about 50,000 litres a day."),
        ]),
        "entity_reworded": ("place", [
            ("Need a water supply sunk for our livestock - we farm on Anglesey and the herd gets through roughly five thousand litres daily.",
             "Understood: a livestock well on Anglesey, around five cubic metres a day."),
        ]),
        "third": ("intent", [
            ("We'd talked about a borehole for the cattle at our Hereford farm, but the water company has offered to lay a mains pipe.", "That's a good option. Shall we shelve the drilling quote?"),
            ("We'll go with the mains for now.", "Okay: the borehole quote is shelved unless you get back in touch."),
        ]),
    },
    {
        "id": "en-bagpiper",
        "thread": [
            ("Could we book a piper for our wedding at Dunmore Castle on 12 September?", "Congratulations! When would you like the piper to play?"),
            ("As guests arrive and as we walk out after the ceremony, about an hour in all.", "Noted: a piper at Dunmore Castle on 12 September, for arrivals and the recessional, about an hour."),
        ],
        "follow": "What's your fee for that?",
        "reworded": [
            ("We're getting married at Dunmore Castle on the twelfth of September - we'd love bagpipes while everyone turns up and again when we leave the service, sixty minutes or so overall.",
             "Lovely: piping for the guests' arrival and your exit at Dunmore Castle, 12 September, roughly an hour."),
        ],
        "small_talk": (1, ("My grandad was a piper in the Black Watch.", "Then he'd be proud to hear the pipes on the day.")),
        "unrelated": (2, ("Is there parking for guests at the castle?", "There is, in the field behind the gatehouse.")),
        "entity": ("date", [
            ("Could we book a piper for our wedding at Dunmore Castle on 31 December?", "Congratulations! When would you like the piper to play?"),
            ("As guests arrive and as we walk out after the ceremony, about an hour in all.", "Noted: a piper at Dunmore Castle on Hogmanay, for arrivals and the recessional, about an hour."),
        ]),
        "entity_reworded": ("plan", [
            ("We're getting married at Dunmore Castle on the twelfth of September - we'd love bagpipes while everyone turns up, when we leave the service, and then all through the drinks and the dinner.",
             "Lovely: piping from the guests' arrival right through the dinner at Dunmore Castle, 12 September."),
        ]),
        "third": ("intent", [
            ("We'd enquired about a piper at Dunmore Castle on 12 September, but we've settled on a string quartet.", "Understood. Would you like me to release the date?"),
            ("Please do.", "Done: 12 September is released and the piping enquiry withdrawn."),
        ]),
    },
    {
        "id": "en-mural",
        "thread": [
            ("I'd like a jungle mural painted on my son's bedroom wall.", "Sounds fun! How big is the wall?"),
            ("About 3 metres wide and 2.4 high.", "Noted: a jungle mural on a 3m by 2.4m bedroom wall."),
        ],
        "follow": "How long would it take you to paint it?",
        "reworded": [
            ("Could you do a rainforest scene for my little boy's room? The space is three metres across and two point four tall.",
             "Yes: a rainforest-style mural, 3 x 2.4 metres, in a child's bedroom."),
        ],
        "small_talk": (2, ("He's obsessed with tigers at the moment.", "Then we'll make sure there's a tiger peeking through the leaves.")),
        "unrelated": (1, ("Do you use low-odour paint?", "Yes, water-based paints that are safe for children's rooms.")),
        "entity": ("amount", [
            ("I'd like a jungle mural painted on my son's bedroom wall.", "Sounds fun! How big is the wall?"),
            ("It's actually all four walls, about 14 metres round and 2.4 high.", "Noted: a jungle mural around all four walls, 14m by 2.4m."),
        ]),
        "entity_reworded": ("place", [
            ("Could you do a rainforest scene on the playground wall at my little boy's primary school? The space is three metres across and two point four tall.",
             "Yes: a rainforest-style mural, 3 x 2.4 metres, outdoors on the school playground."),
        ]),
        "third": ("intent", [
            ("You quoted for a jungle mural in my son's bedroom, but he's asked for dinosaur wallpaper instead.", "No problem. Shall I withdraw the mural quote?"),
            ("Yes, we'll paper the room ourselves.", "Okay: the jungle mural quote is withdrawn."),
        ]),
    },
    {
        "id": "en-fireworks",
        "thread": [
            ("Can you do a fireworks display for our village bonfire night on 5 November?", "We'd love to. What's the launch site, and how far back is the crowd?"),
            ("A cricket field, with the crowd about 50 metres away.", "Noted: a display on the cricket field on 5 November, crowd at about 50 metres."),
        ],
        "follow": "Which size of display can you do for us, and at what price?",
        "reworded": [
            ("Our parish is holding its Guy Fawkes celebration on the fifth - would you put on the pyrotechnics? We've got the cricket pitch, and spectators would stand fifty metres off.",
             "Yes: a 5 November show on the village cricket pitch, spectators at 50m."),
        ],
        "small_talk": (1, ("The whole village turns out every year.", "That's the best kind of audience.")),
        "unrelated": (2, ("Do you sell sparklers for the children?", "We do, with gloves, from our shop in town.")),
        "entity": ("place", [
            ("Can you do a fireworks display for our village bonfire night on 5 November?", "We'd love to. What's the launch site, and how far back is the crowd?"),
            ("A pub garden, with the crowd about 15 metres away.", "Noted: a display in the pub garden on 5 November, crowd at about 15 metres."),
        ]),
        "entity_reworded": ("date", [
            ("Our parish is holding its New Year's Eve celebration at midnight - would you put on the pyrotechnics? We've got the cricket pitch, and spectators would stand fifty metres off.",
             "Yes: a New Year's Eve show on the village cricket pitch, spectators at 50m."),
        ]),
        "third": ("intent", [
            ("We'd booked a display for the village bonfire night, but the parish council has voted for a laser show this year.", "Understood. Do you want the date held in case that changes?"),
            ("No, let it go.", "Okay: the 5 November date is released."),
        ]),
    },
    {
        "id": "en-karaoke",
        "thread": [
            ("Can I hire a karaoke machine for my mum's 60th on Saturday, ref KR-3318?", "I have KR-3318: the party karaoke set with two microphones."),
            ("Is the disco light included?", "Yes: KR-3318 comes with the disco light and is delivered Saturday morning."),
        ],
        "follow": "When do I need to have it ready for collection?",
        "reworded": [
            ("Hiya, it's about KR-3318, the two-mic party set for Mum turning sixty this weekend - does the flashing light come with it?",
             "It does: KR-3318, twin mics and the light, arriving Saturday a.m."),
        ],
        "small_talk": (2, ("Mum has been practising ABBA in the kitchen all week.", "Sounds like she's ready for a big night.")),
        "unrelated": (1, ("Can I pay the deposit by bank transfer?", "Yes, the details are on your booking email.")),
        "entity": ("account", [
            ("Can I hire a karaoke machine for my mum's 60th on Saturday, ref KR-3381?", "I have KR-3381: the party karaoke set with two microphones."),
            ("Is the disco light included?", "Yes: KR-3381 comes with the disco light and is delivered Saturday morning."),
        ]),
        "entity_reworded": ("date", [
            ("Hiya, it's about KR-3318, the two-mic party set for Mum turning sixty over the bank holiday weekend - does the flashing light come with it?",
             "It does: KR-3318, twin mics and the light, arriving on the bank holiday Saturday."),
        ]),
        "third": ("intent", [
            ("About KR-3318 for Saturday - my brother has already bought Mum a karaoke machine as a present.", "Great minds! Shall I cancel the hire?"),
            ("Yes, we'll use his one.", "All right: KR-3318 is cancelled and the deposit will be refunded."),
        ]),
    },
    {
        "id": "en-neon-sign",
        "thread": [
            ("I'd like a custom LED neon sign saying 'Bella's Bakes' for my shop window.", "Lovely. Which colour would you like?"),
            ("Warm pink, about 80 centimetres wide.", "Noted: 'Bella's Bakes' in warm pink LED neon, 80cm wide, for a shop window."),
        ],
        "follow": "How soon could it be made?",
        "reworded": [
            ("Could you make Bella's Bakes, the name of my bakery, as a glowing flex-tube light to hang behind the glass at the front? Pink, roughly 0.8m across.",
             "Yes: a pink 'Bella's Bakes' LED neon about 80cm across for the front window."),
        ],
        "small_talk": (1, ("We've only been open a month.", "Congratulations - here's to a busy first year!")),
        "unrelated": (2, ("Do you make house number signs as well?", "We do, in acrylic or brushed steel.")),
        "entity": ("product", [
            ("I'd like a custom hand-bent glass neon sign saying 'Bella's Bakes' for my shop window.", "Lovely. Which colour would you like?"),
            ("Warm pink, about 80 centimetres wide.", "Noted: 'Bella's Bakes' in warm pink glass neon, 80cm wide, for a shop window."),
        ]),
        "entity_reworded": ("amount", [
            ("Could you make Bella's Bakes, the name of my bakery, as a glowing flex-tube light to hang across the whole front? Pink, roughly 2.5m from end to end.",
             "Yes: a pink 'Bella's Bakes' LED neon about 2.5m across the shopfront."),
        ]),
        "third": ("intent", [
            ("You quoted me for a pink 'Bella's Bakes' neon, but my landlord won't allow lit signs at all.", "That's a pity. Shall I cancel the order?"),
            ("Please, we'll stick with the painted lettering.", "Okay: the neon sign order is cancelled."),
        ]),
    },
    {
        "id": "en-jukebox",
        "thread": [
            ("My 1962 Rock-Ola jukebox has stopped selecting records. Can you look at it?", "Certainly. Can you bring it to the workshop, or shall we come to you?"),
            ("Could you come to me? It's in my garage in Bolton.", "Noted: a home visit in Bolton for a 1962 Rock-Ola that won't select."),
        ],
        "follow": "How much is the call-out?",
        "reworded": [
            ("The selector has packed up on my sixty-two Rock-Ola. I'd rather someone visited - it lives at my place in Bolton.",
             "Okay: we'll visit you in Bolton to look at the selector on the '62 Rock-Ola."),
        ],
        "small_talk": (2, ("It still has the original Elvis singles in it.", "What a lovely piece of history.")),
        "unrelated": (1, ("Do you buy old jukeboxes?", "Sometimes, if they're complete - send us photos.")),
        "entity": ("place", [
            ("My 1962 Rock-Ola jukebox has stopped selecting records. Can you look at it?", "Certainly. Can you bring it to the workshop, or shall we come to you?"),
            ("Could you come to me? It's in my garage in Carlisle.", "Noted: a home visit in Carlisle for a 1962 Rock-Ola that won't select."),
        ]),
        "entity_reworded": ("plan", [
            ("The selector has packed up on my sixty-two Rock-Ola, and it could do with a complete overhaul while you're at it. I'd rather someone visited - it lives at my place in Bolton.",
             "Okay: a visit in Bolton for the selector and a full service of the '62 Rock-Ola."),
        ]),
        "third": ("intent", [
            ("You were going to visit for my Rock-Ola in Bolton, but I've managed to fix the selector myself.", "Well done! Shall I take the visit off the diary?"),
            ("Yes, I won't need anyone now.", "Done: the Bolton visit is off the diary."),
        ]),
    },
    {
        "id": "en-jet-ski",
        "thread": [
            ("I'd like to book two jet skis for Saturday morning, booking JS-2047.", "I have JS-2047: two single-seat jet skis from 10am."),
            ("Is the safety briefing included?", "Yes: JS-2047 includes the 20-minute briefing before you go out."),
        ],
        "follow": "How much is left to pay on the day?",
        "reworded": [
            ("Checking on JS-2047 - the pair of one-person craft for ten o'clock this weekend. Do we get the safety talk as part of it?",
             "You do: JS-2047, two solo skis at ten on Saturday, with the twenty-minute briefing."),
        ],
        "small_talk": (1, ("It's my partner's first time on one.", "The instructors are great with beginners.")),
        "unrelated": (2, ("Are there showers at the marina?", "Yes, by the café on the main pontoon.")),
        "entity": ("amount", [
            ("I'd like to book four jet skis for Saturday morning, booking JS-2047.", "I have JS-2047: four single-seat jet skis from 10am."),
            ("Is the safety briefing included?", "Yes: JS-2047 includes the 20-minute briefing before you go out."),
        ]),
        "entity_reworded": ("product", [
            ("Checking on JS-2047 - the pair of two-seater craft for ten o'clock this weekend. Do we get the safety talk as part of it?",
             "You do: JS-2047, two tandem skis at ten on Saturday, with the twenty-minute briefing."),
        ]),
        "third": ("intent", [
            ("About JS-2047 on Saturday - the forecast says gale-force winds, so we'd rather take the refund and try next summer.", "Very sensible. Shall I refund JS-2047?"),
            ("Please.", "Done: JS-2047 is cancelled and your deposit will be back within five days."),
        ]),
    },
    {
        "id": "en-ice-sculpture",
        "thread": [
            ("We'd like an ice sculpture of two swans for our wedding on 20 June.", "Beautiful choice. How many guests, and where's the venue?"),
            ("120 guests at Hadley Manor.", "Noted: a two-swan ice sculpture for 120 guests at Hadley Manor on 20 June."),
        ],
        "follow": "What will it cost including delivery?",
        "reworded": [
            ("For our big day at Hadley Manor on the twentieth of June, with a hundred and twenty people, could you carve a pair of swans out of ice?",
             "Yes: twin ice swans for the Hadley Manor wedding, 20 June, 120 guests."),
        ],
        "small_talk": (2, ("We met feeding the swans by the river.", "Then swans couldn't be more perfect!")),
        "unrelated": (1, ("Can you supply ice for the bar as well?", "Yes, we deliver bagged cubes and crushed ice.")),
        "entity": ("place", [
            ("We'd like an ice sculpture of two swans for our wedding on 20 June.", "Beautiful choice. How many guests, and where's the venue?"),
            ("120 guests at Glenmorrow Castle in the Highlands.", "Noted: a two-swan ice sculpture for 120 guests at Glenmorrow Castle on 20 June."),
        ]),
        "entity_reworded": ("product", [
            ("For our big day at Hadley Manor on the twentieth of June, with a hundred and twenty people, could you carve a pair of swans out of ice with a vodka luge running through them?",
             "Yes: twin ice swans with a luge for the Hadley Manor wedding, 20 June, 120 guests."),
        ]),
        "third": ("intent", [
            ("We'd ordered the ice swans for Hadley Manor on 20 June, but the venue wants nothing that melts on the floor.", "I see. Would our LED swan display suit instead?"),
            ("That would be lovely, swap us to that.", "Done: an LED swan display replaces the ice swans on 20 June."),
        ]),
    },
    {
        "id": "en-bubble-football",
        "thread": [
            ("I'd like to book bubble football for a stag party of 12 on Saturday 8 March.", "Great! Would you like us to come to you, or play at our centre?"),
            ("At your centre, please.", "Noted: bubble football for 12 at our centre on Saturday 8 March."),
        ],
        "follow": "What will the whole afternoon cost us?",
        "reworded": [
            ("Stag do - twelve lads, Sat the 8th of March - can we have a game in the inflatable bubbles at your place?",
             "Sure: twelve players at our venue, 8 March."),
        ],
        "small_talk": (1, ("The groom thinks we're going paintballing.", "He's in for a bouncy surprise then!")),
        "unrelated": (2, ("Is there a bar at the centre?", "There's a café, and a pub five minutes' walk away.")),
        "entity": ("plan", [
            ("I'd like to book bubble football for a stag party of 12 on Saturday 8 March.", "Great! Would you like us to come to you, or play at our centre?"),
            ("Could you come to us? We've got a field behind the pub.", "Noted: mobile bubble football for 12 at your pub field on Saturday 8 March."),
        ]),
        "entity_reworded": ("person", [
            ("Birthday party - twelve ten-year-olds, Sat the 8th of March - can we have a game in the inflatable bubbles at your place?",
             "Sure: twelve junior players at our venue, 8 March."),
        ]),
        "third": ("intent", [
            ("We'd booked bubble football for the stag on 8 March, but the groom has broken his ankle.", "Oh no! Would you like to move it or call it off?"),
            ("Call it off - we'll do a pub quiz instead.", "Okay: the 8 March bubble football is cancelled."),
        ]),
    },
]
