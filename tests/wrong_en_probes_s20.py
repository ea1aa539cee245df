"""Session-20 probes for English wrong serves, by kind: minimal pairs that must be refused
and paraphrase twins that must stay served, written for this session in everyday FAQ
wording (none taken from an evaluation file)."""

from __future__ import annotations

#: (cached, query, kind): a different answer — refused either way round
WRONG = [
    # a direction said with other prepositions on both sides
    (
        "Does the side gate swing inwards into the garden?",
        "Does the side gate swing outwards onto the pavement?",
        "direction",
    ),
    (
        "Does the loft ladder fold upwards into the hatch?",
        "Does the loft ladder fold downwards onto the landing?",
        "direction",
    ),
    (
        "Does the awning roll outwards over the patio?",
        "Does the awning roll inwards against the wall?",
        "direction",
    ),
    (
        "Do the bifold doors open outwards onto the decking?",
        "Do the bifold doors open inwards into the lounge?",
        "direction",
    ),
    (
        "Does the boot lid lift upwards above the car?",
        "Does the boot lid drop downwards below the bumper?",
        "direction",
    ),
    (
        "Does the smoke vent open upwards through the roof?",
        "Does the smoke vent open sideways through the wall?",
        "direction",
    ),
    (
        "Does the cat flap swing inwards only?",
        "Does the cat flap swing outwards only?",
        "direction",
    ),
    (
        "Should the extractor fan blow air outwards through the window?",
        "Should the extractor fan pull air inwards through the window?",
        "direction",
    ),
    # a narrowing adverb before a word both say
    ("Is the flat furnished?", "Is the flat fully furnished?", "narrowing-adverb"),
    ("Is the deposit refundable?", "Is the deposit fully refundable?", "narrowing-adverb"),
    (
        "Is the yoga retreat vegetarian?",
        "Is the yoga retreat entirely vegetarian?",
        "narrowing-adverb",
    ),
    (
        "Is the cottage accessible for wheelchairs?",
        "Is the cottage partly accessible for wheelchairs?",
        "narrowing-adverb",
    ),
    ("Is the swimming pool heated?", "Is the swimming pool partially heated?", "narrowing-adverb"),
    (
        "Is the coding bootcamp remote?",
        "Is the coding bootcamp completely remote?",
        "narrowing-adverb",
    ),
    ("Are the staff vaccinated?", "Are the staff fully vaccinated?", "narrowing-adverb"),
    ("Is the garden enclosed?", "Is the garden fully enclosed?", "narrowing-adverb"),
    # a narrowing noun or participle before or after a noun both say
    ("What does the fee cover?", "What does the booking fee cover?", "narrowing-noun"),
    (
        "How much is the cancellation charge?",
        "How much is the late cancellation charge?",
        "narrowing-noun",
    ),
    ("What does the guarantee cover?", "What does the extended guarantee cover?", "narrowing-noun"),
    (
        "Is insurance included in the price?",
        "Is travel insurance included in the price?",
        "narrowing-noun",
    ),
    (
        "How long does the warranty last?",
        "How long does the manufacturer warranty last?",
        "narrowing-noun",
    ),
    (
        "Is the deposit returned at the end?",
        "Is the security deposit returned at the end?",
        "narrowing-noun",
    ),
    ("How much is the admin charge?", "How much is the admin charge refund?", "narrowing-noun"),
    (
        "Do you refund the membership?",
        "Do you refund the membership joining fee?",
        "narrowing-noun",
    ),
    # a kind noun added with no determiner before it
    ("Do you cover vet bills?", "Do you cover emergency vet bills?", "kind-added"),
    (
        "Does the plan include dental treatment?",
        "Does the plan include cosmetic dental treatment?",
        "kind-added",
    ),
    ("Do you do window cleaning?", "Do you do conservatory window cleaning?", "kind-added"),
    ("Can I claim travel costs?", "Can I claim business travel costs?", "kind-added"),
    ("Do you run swimming lessons?", "Do you run baby swimming lessons?", "kind-added"),
    ("Do you take card payments?", "Do you take credit card payments?", "kind-added"),
    # a measure noun dropped outside a how-much question
    (
        "Is there a discount on a block of driving lessons?",
        "Is there a discount on driving lessons?",
        "measure",
    ),
    ("Can I get money off a set of tyres?", "Can I get money off tyres?", "measure"),
    (
        "Do you offer a reduced rate for a course of physio sessions?",
        "Do you offer a reduced rate for physio sessions?",
        "measure",
    ),
    (
        "Can I pay in instalments for a bundle of classes?",
        "Can I pay in instalments for classes?",
        "measure",
    ),
    # a kind of service swapped with a frequency word
    (
        "What does a monthly clean include?",
        "What does a one-off deep clean include?",
        "service-kind",
    ),
    (
        "How much is a yearly boiler check?",
        "How much is an emergency boiler repair?",
        "service-kind",
    ),
    ("Can I book a weekly lesson?", "Can I book a single trial lesson?", "service-kind"),
    ("What does the annual inspection cost?", "What does a one-off callout cost?", "service-kind"),
    # persons WordNet does not class as persons, or on one branch
    ("Can a childminder give my son medicine?", "Can a pharmacist give my son medicine?", "person"),
    ("Does the GP need to sign the form?", "Does the pharmacist need to sign the form?", "person"),
    ("Can the nurse prescribe antibiotics?", "Can the doctor prescribe antibiotics?", "person"),
    ("Does the dentist do the cleaning?", "Does the hygienist do the cleaning?", "person"),
    ("Can the midwife visit at home?", "Can the surgeon visit at home?", "person"),
    ("Can the optician check my eye pressure?", "Can the surgeon check my eye pressure?", "person"),
    ("Can a solicitor witness my signature?", "Can a notary witness my signature?", "person"),
    ("Does the plumber fit the boiler?", "Does the electrician fit the boiler?", "person"),
    # times of day
    (
        "Is street parking free in the evening?",
        "Is street parking free in the morning?",
        "time-of-day",
    ),
    ("Is the car park locked at night?", "Is the car park locked during the day?", "time-of-day"),
    ("Can I drop the dog off in the morning?", "Can I drop the dog off at night?", "time-of-day"),
    ("Is the lift quieter at night?", "Is the lift quieter in the daytime?", "time-of-day"),
    (
        "Does the pool have lifeguards during the day?",
        "Does the pool have lifeguards in the evening?",
        "time-of-day",
    ),
]

#: (cached, query, kind): the same answer in other words — served both ways round
TWINS = [
    # directions said twice
    ("Does the garage door open upwards?", "Does the garage door lift up?", "direction"),
    (
        "Does the gate open inwards into the garden?",
        "Does the gate swing in towards the garden?",
        "direction",
    ),
    ("Do the patio doors open outwards?", "Do the patio doors open out?", "direction"),
    (
        "Does the loft ladder fold down onto the landing?",
        "Does the loft ladder fold downwards onto the landing?",
        "direction",
    ),
    (
        "Does the window open outwards onto the balcony?",
        "Does the window open out onto the balcony?",
        "direction",
    ),
    (
        "Does the awning roll out over the patio?",
        "Does the awning extend out over the patio?",
        "direction",
    ),
    # adverbs that intensify or restate
    ("Is the course fully booked?", "Is the course booked up?", "adverb"),
    ("Is the hotel really full?", "Is the hotel full?", "adverb"),
    ("Is the flat still available?", "Is the flat available?", "adverb"),
    ("Is the class online?", "Is the class held online?", "adverb"),
    ("Is the pool open today?", "Is the pool open today as well?", "adverb"),
    ("Is the deposit refundable?", "Is the deposit returnable?", "adverb"),
    ("Is the workshop remote?", "Is the workshop virtual?", "adverb"),
    ("Is the cottage fully accessible?", "Is the cottage completely accessible?", "adverb"),
    ("Is the lesson entirely online?", "Is the lesson fully online?", "adverb"),
    ("Is the course online?", "Is the course definitely online?", "adverb"),
    ("Is the shop open on Sundays?", "Is the shop usually open on Sundays?", "adverb"),
    ("Does the gate swing inwards?", "Does the gate swing inward?", "adverb"),
    # a noun said with its usual companion
    ("What does the warranty cover?", "What does the guarantee cover?", "noun"),
    ("How much is the deposit?", "What is the deposit amount?", "noun"),
    ("Is there a booking fee?", "Do you charge a booking fee?", "noun"),
    ("Do you do house calls?", "Do you do home visits?", "noun"),
    ("Do you accept cheques?", "Do you accept cheque payments?", "noun"),
    ("How long does delivery take?", "How long does shipping take?", "noun"),
    ("Is parking free?", "Is the parking free?", "noun"),
    ("Do you sell gift vouchers?", "Do you sell gift cards?", "noun"),
    ("How much is a haircut?", "How much is a hair cut?", "noun"),
    # measures that keep the question
    ("Where can I buy a bottle of water?", "Where can I buy water?", "measure"),
    (
        "Is there a discount on a block of lessons?",
        "Is there a discount on a course of lessons?",
        "measure",
    ),
    ("Do you sell packs of batteries?", "Do you sell batteries in packs?", "measure"),
    ("Is there a discount on a pair of glasses?", "Is there a discount on glasses?", "measure"),
    (
        "How much is a course of six massages?",
        "What does a course of six massages cost?",
        "measure",
    ),
    # services said in other words
    ("What does an annual service include?", "What does a yearly service include?", "service-kind"),
    ("How much is a monthly clean?", "What do you charge for a monthly clean?", "service-kind"),
    ("Can I book a one-off deep clean?", "Can I book a single deep clean?", "service-kind"),
    ("What does the annual inspection cost?", "How much is the yearly inspection?", "service-kind"),
    ("Can I have a weekly lesson?", "Can I have a lesson every week?", "service-kind"),
    ("Is the annual fee refundable?", "Is the yearly fee refundable?", "service-kind"),
    ("Can I pay monthly for the gym?", "Can I pay every month for the gym?", "service-kind"),
    # persons said in other words
    ("Can a GP refer me to a specialist?", "Can a doctor refer me to a specialist?", "person"),
    ("Do I need to see a GP first?", "Do I need to see my family doctor first?", "person"),
    (
        "Can a childminder pick my son up from school?",
        "Can a child minder pick my son up from school?",
        "person",
    ),
    ("Does the nurse take my blood?", "Does a nurse take my blood?", "person"),
    ("Can the doctor sign my sick note?", "Can the physician sign my sick note?", "person"),
    ("Can the dentist see me today?", "Can a dentist see me today?", "person"),
    (
        "Does the plumber charge a call-out fee?",
        "Does your plumber charge a call-out fee?",
        "person",
    ),
    ("Can my solicitor hold the deposit?", "Can my lawyer hold the deposit?", "person"),
    ("Will the vet call me back?", "Will the veterinary surgeon call me back?", "person"),
    # times of day said in other words
    ("Is street parking free at night?", "Is street parking free overnight?", "time-of-day"),
    ("Is the car park open during the day?", "Is the car park open in the daytime?", "time-of-day"),
    (
        "Can I drop the dog off in the morning?",
        "Can I drop the dog off in the mornings?",
        "time-of-day",
    ),
    ("Is the lift quieter at night?", "Is the lift quieter at nighttime?", "time-of-day"),
    ("Is the gym busy in the evening?", "Is the gym busy in the evenings?", "time-of-day"),
    ("Do you deliver at midday?", "Do you deliver at noon?", "time-of-day"),
    (
        "Is the museum quiet first thing in the morning?",
        "Is the museum quiet early in the morning?",
        "time-of-day",
    ),
    ("Do you open on weekday evenings?", "Are you open on weekday evenings?", "time-of-day"),
]
