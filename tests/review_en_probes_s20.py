"""Session-20 review probes for the English rules: minimal pairs that must be refused and
paraphrase twins that must be served, written for this review in everyday FAQ wording (none
taken from a data file or an earlier probe set). Domains: ferries, bike and car repair,
campsites, pharmacies, opticians, nurseries, libraries, printing, storage units, pottery and
piano lessons, chimney sweeps, kayak hire, ski schools, wedding venues, broadband, removals."""

from __future__ import annotations

#: (cached, query): one detail changes the answer — refused
WRONG = [
    # times of day, days, months
    ("Is the 7am ferry still running in winter?", "Is the 7pm ferry still running in winter?"),
    ("Can I drop my bike off on Monday morning?", "Can I drop my bike off on Monday evening?"),
    ("Is the campsite open in April?", "Is the campsite open in August?"),
    ("Is the pharmacy open late on Saturdays?", "Is the pharmacy open early on Saturdays?"),
    ("Is the recycling centre open on bank holidays?", "Is the recycling centre open on weekdays?"),
    # before / after
    ("Do I need to fast before the blood test?", "Do I need to fast after the blood test?"),
    ("Should I water the lawn before mowing it?", "Should I water the lawn after mowing it?"),
    ("Can I drink coffee before the ultrasound?", "Can I drink coffee after the ultrasound?"),
    (
        "Should I paint the walls before laying the new carpet?",
        "Should I paint the walls after laying the new carpet?",
    ),
    # directions
    (
        "Can I paddle the kayak upstream from the bridge?",
        "Can I paddle the kayak downstream from the bridge?",
    ),
    ("Can I forward calls to my mobile?", "Can I forward calls from my mobile?"),
    (
        "How do I move photos from my phone to my laptop?",
        "How do I move photos from my laptop to my phone?",
    ),
    ("Is the upper deck of the ferry covered?", "Is the lower deck of the ferry covered?"),
    ("Is the left lane for buses only?", "Is the right lane for buses only?"),
    ("Can I swap my ticket for an earlier train?", "Can I swap my ticket for a later train?"),
    # quantities and units
    ("Can I carry 10 litres of fuel in the car?", "Can I carry 10 gallons of fuel in the car?"),
    (
        "Is a 5 kg bag of dog food enough for a month?",
        "Is a 15 kg bag of dog food enough for a month?",
    ),
    ("Does the hall fit 20 guests standing?", "Does the hall fit 200 guests standing?"),
    ("Is the speed limit 20 mph on this road?", "Is the speed limit 20 km/h on this road?"),
    ("Can I print 50 pages for free?", "Can I print 500 pages for free?"),
    ("Is the ski school for ages 4 and up?", "Is the ski school for ages 14 and up?"),
    # persons and audiences
    (
        "Can a grandparent collect my child from nursery?",
        "Can a neighbour collect my child from nursery?",
    ),
    ("Do pensioners ride the tram for free?", "Do students ride the tram for free?"),
    (
        "Is the swimming lesson suitable for toddlers?",
        "Is the swimming lesson suitable for teenagers?",
    ),
    (
        "Can the apprentice sign off the gas safety check?",
        "Can the supervisor sign off the gas safety check?",
    ),
    ("Does the piano teacher take adult pupils?", "Does the piano teacher take child pupils?"),
    ("Does the bride's family pay for the venue?", "Does the groom's family pay for the venue?"),
    ("Is the bridge open to cyclists?", "Is the bridge open to cars?"),
    # conditions
    (
        "Do I get a refund if the flight is delayed?",
        "Do I get a refund if the flight is cancelled?",
    ),
    ("Can I get a refund if the item is faulty?", "Can I get a refund if the item is used?"),
    ("Do I pay a fine if I return the book late?", "Do I pay a fine if I return the book damaged?"),
    # opposite verbs and adjectives
    ("How do I activate the alarm when I leave?", "How do I deactivate the alarm when I leave?"),
    ("Can I lock the car with the app?", "Can I unlock the car with the app?"),
    ("How do I increase my credit limit?", "How do I decrease my credit limit?"),
    ("How do I subscribe to the newsletter?", "How do I unsubscribe from the newsletter?"),
    ("Can I add a driver to the rental?", "Can I remove a driver from the rental?"),
    ("Can I pause my gym membership?", "Can I end my gym membership?"),
    (
        "Can I borrow a ladder from the hardware store?",
        "Can I buy a ladder from the hardware store?",
    ),
    ("How do I charge the scooter battery?", "How do I replace the scooter battery?"),
    (
        "What should I do if the boiler pressure is too high?",
        "What should I do if the boiler pressure is too low?",
    ),
    # a narrowing modifier or an item added
    ("How much does a haircut cost?", "How much does a haircut and beard trim cost?"),
    ("Do you sell bread?", "Do you sell gluten-free bread?"),
    (
        "How long does the tyre change take?",
        "How long does the tyre change and wheel alignment take?",
    ),
    ("Is entry to the museum free?", "Is entry to the museum and the tower free?"),
    ("Can I bring a bike on the train?", "Can I bring an electric bike on the train?"),
    ("How much is a double room?", "How much is a sea-view double room?"),
    ("Do you repair watches?", "Do you repair vintage watches?"),
    ("Is parking included in the price?", "Is valet parking included in the price?"),
    # negations
    (
        "What happens if I pay the invoice on time?",
        "What happens if I don't pay the invoice on time?",
    ),
    ("Can I park here if I have a permit?", "Can I park here if I don't have a permit?"),
    ("Which house plants are safe for cats?", "Which house plants are not safe for cats?"),
    # only / all
    ("Does every ticket include a drink?", "Does only the VIP ticket include a drink?"),
    ("Is the whole beach dog-friendly?", "Is only part of the beach dog-friendly?"),
    ("Are all the cabins on the ground floor?", "Are some of the cabins on the ground floor?"),
    # per item / per visit
    ("Is the parking fee per hour?", "Is the parking fee per day?"),
    ("Is the cleaning fee charged per stay?", "Is the cleaning fee charged per night?"),
    ("Is the price per person?", "Is the price per room?"),
    ("Is the delivery charge per order?", "Is the delivery charge per item?"),
    # kinds of service
    ("How much is a dental check-up?", "How much is a dental filling?"),
    ("How long does a car wash take?", "How long does a car service take?"),
    ("How much is an eye test at the opticians?", "How much are contact lenses at the opticians?"),
    ("Can I book a deep tissue massage?", "Can I book a hot stone massage?"),
    ("How much do you charge to sweep a chimney?", "How much do you charge to inspect a chimney?"),
    # means of payment, classes
    ("Can I pay the deposit by bank transfer?", "Can I pay the deposit by cheque?"),
    ("Can I upgrade to business class at the gate?", "Can I upgrade to first class at the gate?"),
    # harder kinds the held-out sets met: other prepositions on both sides of a direction,
    # narrowing adverbs, times of day in phrases, persons outside WordNet's person nouns,
    # a measure or an item dropped outside an amount question, frequencies against one-offs
    ("Does the door open inwards into the hall?", "Does the door open outwards onto the landing?"),
    ("Does the gate swing in towards the house?", "Does the gate swing out towards the road?"),
    ("Is the course partly online?", "Is the course fully online?"),
    ("Is the kitchen fully fitted?", "Is the kitchen partly fitted?"),
    ("Is the lake safe for swimming at night?", "Is the lake safe for swimming during the day?"),
    ("Is the car park staffed at night?", "Is the car park staffed during the day?"),
    ("Can a childminder give my son his inhaler?", "Can a GP give my son his inhaler?"),
    ("Can the midwife do the home visit?", "Can the health visitor do the home visit?"),
    (
        "Do you offer a discount on a block of driving lessons?",
        "Do you offer a discount on driving lessons?",
    ),
    ("How much is a wash and blow-dry?", "How much is a wash, cut and blow-dry?"),
    ("Can I get the sofa delivered?", "Can I get the sofa delivered and assembled?"),
    (
        "Is the boiler under the manufacturer's warranty?",
        "Is the boiler under an extended warranty?",
    ),
    ("Do you offer a weekly lawn cut?", "Do you offer a one-off lawn cut?"),
    ("Can I book a private lesson?", "Can I book a group lesson?"),
    ("Is the spa open to hotel guests?", "Is the spa open to non-residents?"),
    ("Is the walk suitable for a pushchair?", "Is the walk suitable for a wheelchair?"),
    (
        "Does the insurance cover accidental damage to my laptop?",
        "Does the insurance cover theft of my laptop?",
    ),
    ("Can my partner come to the scan with me?", "Can my children come to the scan with me?"),
    # the round-1 kinds again, in other wordings: an adverb of extent or a participle added,
    # a measure after a preposition, adverbs of direction, frequencies, times of day
    ("Is the pool heated?", "Is the pool partially heated?"),
    ("Is the venue accessible by wheelchair?", "Is the venue mostly accessible by wheelchair?"),
    ("Can I return the item for a refund?", "Can I return the opened item for a refund?"),
    ("Do you buy back the phone?", "Do you buy back the damaged phone?"),
    ("Is there a deal on a case of wine?", "Is there a deal on wine?"),
    ("Do you charge VAT on a batch of prints?", "Do you charge VAT on prints?"),
    (
        "Does the ramp slope upwards from the street?",
        "Does the ramp slope downwards from the street?",
    ),
    (
        "Does the awning fold forwards over the terrace?",
        "Does the awning fold backwards against the wall?",
    ),
    ("Do you do a monthly window clean?", "Do you do a one-off window clean?"),
    ("Is the fee charged yearly?", "Is the fee charged just once?"),
    ("Is the beach patrolled in the morning?", "Is the beach patrolled in the evening?"),
    ("Is the beach patrolled at weekends?", "Is the beach patrolled on weekdays?"),
]

#: (cached, query): the same answer said differently — served
TWINS = [
    # synonyms and phrasal verbs
    ("How do I set up the new router?", "How do I install the new router?"),
    ("Can you pick up my dry cleaning?", "Can you collect my dry cleaning?"),
    ("How do I switch off the smoke alarm?", "How do I turn off the smoke alarm?"),
    ("Can I put off my dentist appointment?", "Can I postpone my dentist appointment?"),
    ("How do I fill in the claim form?", "How do I complete the claim form?"),
    ("How do I get rid of moss on the roof?", "How do I remove moss from the roof?"),
    ("How do I sign up for the pottery class?", "How do I register for the pottery class?"),
    ("Can I hand in my keys at reception?", "Can I return my keys at reception?"),
    ("How do I find out my tax code?", "How do I check my tax code?"),
    ("Can I buy a ticket on the bus?", "Can I purchase a ticket on the bus?"),
    ("Do you fix cracked phone screens?", "Do you repair cracked phone screens?"),
    ("Can I change the delivery address?", "Can I amend the delivery address?"),
    ("Is the hotel near the beach?", "Is the hotel close to the beach?"),
    ("How big is the storage unit?", "What size is the storage unit?"),
    ("Can I get my money back if the parcel is lost?", "Can I get a refund if the parcel is lost?"),
    ("How long does the battery last?", "What is the battery life?"),
    ("Is the swimming pool heated?", "Is the pool heated?"),
    # word order
    ("Tomorrow, is the library open?", "Is the library open tomorrow?"),
    (
        "Is it possible to bring my own cake to the restaurant?",
        "Can I bring my own cake to the restaurant?",
    ),
    ("How much do you charge to sweep a chimney?", "What do you charge to sweep a chimney?"),
    ("Do you charge for late checkout?", "Is there a charge for late checkout?"),
    ("Are dogs allowed on the campsite?", "Is the campsite dog-friendly?"),
    ("Where can I leave my bike while I shop?", "While I shop, where can I leave my bike?"),
    # politeness
    ("Can I change my seat?", "Would it be possible to change my seat, please?"),
    ("Do you have gluten-free bread?", "Excuse me, do you have any gluten-free bread?"),
    ("What is the Wi-Fi password?", "Could you tell me the Wi-Fi password, please?"),
    ("How do I book a table?", "Hi! I'd like to know how to book a table."),
    ("Is there a lift in the building?", "Sorry, is there a lift in the building?"),
    ("Can I get a receipt?", "Could I have a receipt, please?"),
    # contractions
    ("What if I can't make my appointment?", "What if I cannot make my appointment?"),
    (
        "I've lost my library card, what should I do?",
        "I have lost my library card, what should I do?",
    ),
    ("Why isn't my heating working?", "Why is my heating not working?"),
    ("It's my first visit, do I need to register?", "It is my first visit, do I need to register?"),
    ("The printer won't turn on, what can I do?", "The printer will not turn on, what can I do?"),
    # digits and words
    ("Can I bring three bags on the coach?", "Can I bring 3 bags on the coach?"),
    ("Is the tour two hours long?", "Is the tour 2 hours long?"),
    ("Do you take bookings for ten people?", "Do you take bookings for 10 people?"),
    ("Is the first lesson free?", "Is the 1st lesson free?"),
    ("Can I rent the cabin for a fortnight?", "Can I rent the cabin for two weeks?"),
    ("Is the hall big enough for a hundred guests?", "Is the hall big enough for 100 guests?"),
    ("Is there a 5% discount for cash?", "Is there a five percent discount for cash?"),
    # British / American
    ("What colour are the new bins?", "What color are the new bins?"),
    ("Where do I put the rubbish?", "Where do I put the trash?"),
    ("Is the flat furnished?", "Is the apartment furnished?"),
    (
        "Do I need to book the theatre tickets in advance?",
        "Do I need to book the theater tickets in advance?",
    ),
    ("How do I organise a refund?", "How do I organize a refund?"),
    ("Is the centre open on Sundays?", "Is the center open on Sundays?"),
    ("Where can I buy nappies?", "Where can I buy diapers?"),
    ("Do you have a cot for the baby?", "Do you have a crib for the baby?"),
    ("Is the motorway closed?", "Is the highway closed?"),
    ("How much is a return ticket to Leeds?", "How much is a round-trip ticket to Leeds?"),
    # texting
    ("Can u deliver on Saturday?", "Can you deliver on Saturday?"),
    ("Is ur shop open tmrw?", "Is your shop open tomorrow?"),
    ("Pls can I change my address?", "Please can I change my address?"),
    ("how much r the tickets", "How much are the tickets?"),
    ("What time do u close?", "What time do you close?"),
    ("Can I pay w/ card?", "Can I pay with card?"),
    ("Do I need an appt for a flu jab?", "Do I need an appointment for a flu jab?"),
    ("Is there wifi in the rooms?", "Is there Wi-Fi in the rooms?"),
    ("Is breakfast incl?", "Is breakfast included?"),
    ("Do I need 2 book in advance?", "Do I need to book in advance?"),
    # the round-1 kinds said the same way twice: extent, participles, direction, frequency
    ("Is the course fully online?", "Is the course entirely online?"),
    ("Do you do a yearly window clean?", "Do you do an annual window clean?"),
    ("Can I return an opened item?", "Can I return an item I have opened?"),
    ("Does the door open outwards?", "Does the door open outward?"),
    ("Is the car park staffed at night?", "Is the car park staffed overnight?"),
    ("Is there a deal on a case of wine?", "Are there any deals on a case of wine?"),
]
