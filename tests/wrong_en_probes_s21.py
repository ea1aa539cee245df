"""Session-21 probes for English wrong serves, by kind: minimal pairs that must be refused and
paraphrase twins that must stay served, written for this session in everyday FAQ wording of
domains the tuning sets barely touch (insurance claims, lettings, vehicle hire, clinics,
tutoring, memberships, removals, events); none taken from an evaluation file."""

from __future__ import annotations

#: (cached, query, kind): a different answer — refused either way round
WRONG = [
    # a qualifier noun (or adjective) added before a head both say
    ("How much is the fee?", "How much is the late fee?", "qualifier"),
    ("What does the charge cover?", "What does the service charge cover?", "qualifier"),
    ("How much is the surcharge?", "How much is the weekend surcharge?", "qualifier"),
    ("How do I renew my licence?", "How do I renew my fishing licence?", "qualifier"),
    (
        "Can I transfer my ticket to someone else?",
        "Can I transfer my season ticket to someone else?",
        "qualifier",
    ),
    (
        "How much is the excess on the policy?",
        "How much is the windscreen excess on the policy?",
        "qualifier",
    ),
    ("Is there a limit on withdrawals?", "Is there a limit on cash withdrawals?", "qualifier"),
    ("Is the deposit refundable?", "Is the deposit fee refundable?", "qualifier"),
    ("Is the holding deposit refundable?", "Is the holding fee refundable?", "qualifier"),
    ("Do I need a permit to park here?", "Do I need a visitor permit to park here?", "qualifier"),
    # a qualifier dropped in front of the thing charged for
    (
        "Is there a charge for late cancellation?",
        "Is there a charge for cancellation?",
        "qualifier-dropped",
    ),
    ("Do you charge for late returns?", "Do you charge for returns?", "qualifier-dropped"),
    (
        "Is there a penalty for early repayment?",
        "Is there a penalty for repayment?",
        "qualifier-dropped",
    ),
    (
        "Do you charge extra for early check-in?",
        "Do you charge extra for check-in?",
        "qualifier-dropped",
    ),
    ("Is there a fee for same-day delivery?", "Is there a fee for delivery?", "qualifier-dropped"),
    (
        "Do you charge for missed appointments?",
        "Do you charge for appointments?",
        "qualifier-dropped",
    ),
    (
        "How much is the late cancellation charge?",
        "How much is the cancellation?",
        "qualifier-dropped",
    ),
    # a cause or circumstance changed
    ("Does the policy cover lost luggage?", "Does the policy cover stolen luggage?", "cause"),
    (
        "Am I covered for accidental damage to the hire car?",
        "Am I covered for deliberate damage to the hire car?",
        "cause",
    ),
    ("Can I claim if my phone is lost?", "Can I claim if my phone is stolen?", "cause"),
    ("Does the warranty cover water damage?", "Does the warranty cover fire damage?", "cause"),
    (
        "Is flood damage covered by the home policy?",
        "Is storm damage covered by the home policy?",
        "cause",
    ),
    (
        "Can I cancel the holiday because of illness?",
        "Can I cancel the holiday because of bad weather?",
        "cause",
    ),
    (
        "Do I get compensation if my bag is damaged?",
        "Do I get compensation if my bag is delayed?",
        "cause",
    ),
    (
        "Does the insurance cover accidental damage to my bike?",
        "Does the insurance cover theft of my bike?",
        "cause",
    ),
    (
        "Does the cover include accidental loss of my ring?",
        "Does the cover include theft of my ring?",
        "cause",
    ),
    # a part against the whole
    ("Can you replace the strap on my watch?", "Can you replace my watch?", "part"),
    ("Can you service the engine of my boat?", "Can you service my boat?", "part"),
    ("Can I hire the whole venue?", "Can I hire part of the venue?", "part"),
    ("How much to reupholster the sofa cushions?", "How much to reupholster the sofa?", "part"),
    ("Does the guarantee cover the door handle?", "Does the guarantee cover the door?", "part"),
    ("Can you repaint the window frames?", "Can you repaint the house?", "part"),
    ("Can I rent a room in the cottage?", "Can I rent the whole cottage?", "part"),
    # a recipient or beneficiary changed
    ("Can I order flowers for a friend?", "Can I order flowers for myself?", "recipient"),
    ("Can I book a treatment for my daughter?", "Can I book a treatment for myself?", "recipient"),
    ("Can the refund go to my partner?", "Can the refund go to my card?", "recipient"),
    (
        "Do you post the certificate to the employer?",
        "Do you post the certificate to the student?",
        "recipient",
    ),
    (
        "Can I buy the membership as a gift for my dad?",
        "Can I buy the membership for myself?",
        "recipient",
    ),
    ("Is the discount for the member's guests?", "Is the discount for the member?", "recipient"),
    # the other party of a deal
    ("Does the landlord pay for repairs?", "Does the tenant pay for repairs?", "party"),
    ("Does the seller pay the stamp duty?", "Does the buyer pay the stamp duty?", "party"),
    ("Does the employer pay for the training?", "Does the employee pay for the training?", "party"),
    # a frequency or a duration
    ("Can I hire the van for a day?", "Can I hire the van for a week?", "duration"),
    ("Is the pass valid for a month?", "Is the pass valid for a year?", "duration"),
    (
        "Do you collect the bins every week?",
        "Do you collect the bins every fortnight?",
        "frequency",
    ),
    ("Is the newsletter sent daily?", "Is the newsletter sent weekly?", "frequency"),
    ("Can I park here for an hour?", "Can I park here all day?", "duration"),
    (
        "Is the tutor available at weekends?",
        "Is the tutor available every other weekend?",
        "frequency",
    ),
    ("Is the gym open all night?", "Is the gym open all day?", "duration"),
    (
        "Is the boiler service due yearly?",
        "Is the boiler service due every two years?",
        "frequency",
    ),
    # a comparative replaced
    ("Is the train cheaper than the coach?", "Is the train faster than the coach?", "comparative"),
    ("Is it cheaper to book online?", "Is it quicker to book online?", "comparative"),
    (
        "Is the new model lighter than the old one?",
        "Is the new model heavier than the old one?",
        "comparative",
    ),
    (
        "Is the morning class busier than the evening one?",
        "Is the morning class quieter than the evening one?",
        "comparative",
    ),
    ("Do pets need a bigger deposit?", "Do pets need a smaller deposit?", "comparative"),
    (
        "Is the large box better value per item?",
        "Is the small box better value per item?",
        "comparative",
    ),
    # a measure noun (a set, a series, a book) dropped
    (
        "Do you give money off a series of treatments?",
        "Do you give money off treatments?",
        "measure",
    ),
    (
        "Is there a cheaper rate for a book of tickets?",
        "Is there a cheaper rate for tickets?",
        "measure",
    ),
    ("Is there a saving on a box of cartridges?", "Is there a saving on cartridges?", "measure"),
    ("Is there a discount for a set of sessions?", "Is there a discount for sessions?", "measure"),
    ("Can I pay monthly for a package of lessons?", "Can I pay monthly for lessons?", "measure"),
    # the same kinds in amount questions and above the trees' band (cosine 0.93-0.97)
    ("How much is the security deposit?", "How much is the security deposit fee?", "head-added"),
    ("How long does the treatment take?", "How long does the course of treatment take?", "measure"),
    ("How much does a session cost?", "How much does a set of sessions cost?", "measure"),
    ("How much does a class cost?", "How much does a series of classes cost?", "measure"),
    ("How long does a massage last?", "How long does a course of massages last?", "measure"),
    ("How much is the cancellation fee?", "How much is the late cancellation fee?", "qualifier"),
    ("How much is the checkout fee?", "How much is the early checkout fee?", "qualifier"),
    (
        "Am I insured for fire damage to my house?",
        "Am I insured for burglary at my house?",
        "cause",
    ),
    (
        "Does the plan cover accidental damage to my phone?",
        "Does the plan cover loss of my phone?",
        "cause",
    ),
    # a way of paying or doing
    ("Can I pay the balance in full?", "Can I pay the balance in instalments?", "manner"),
    ("Can I take the test online?", "Can I take the test in person?", "manner"),
]

#: (cached, query, kind): the same answer in other words — served both ways round
TWINS = [
    # qualifiers said again, or said in other words
    ("How much is the late fee?", "What is the late fee?", "qualifier"),
    ("What does the service charge cover?", "What is covered by the service charge?", "qualifier"),
    ("How do I renew my fishing licence?", "How can I renew my fishing licence?", "qualifier"),
    ("Is there a limit on cash withdrawals?", "Is there a cap on cash withdrawals?", "qualifier"),
    ("Is the security deposit refundable?", "Can I get the security deposit back?", "qualifier"),
    ("Do you charge for early check-in?", "Is there a charge for early check-in?", "qualifier"),
    (
        "Is there a fee for late cancellation?",
        "Is there a charge for late cancellation?",
        "qualifier",
    ),
    (
        "Do you charge for missed appointments?",
        "Is there a charge for missed appointments?",
        "qualifier",
    ),
    # causes said again
    ("Does the policy cover stolen luggage?", "Is stolen luggage covered by the policy?", "cause"),
    ("Can I claim if my phone is stolen?", "Can I make a claim if my phone is stolen?", "cause"),
    (
        "Does the warranty cover water damage?",
        "Is water damage covered under the warranty?",
        "cause",
    ),
    (
        "Can I cancel the holiday because of illness?",
        "Can I cancel the holiday if I am ill?",
        "cause",
    ),
    ("Does the insurance cover theft of my bike?", "Is my bike insured against theft?", "cause"),
    # parts and wholes said again
    ("Can I hire the whole venue?", "Can I hire the entire venue?", "part"),
    ("Can you replace the strap on my watch?", "Can you replace my watch strap?", "part"),
    ("Can you service the engine of my boat?", "Can you service my boat's engine?", "part"),
    ("Can I rent the whole cottage?", "Can I rent the entire cottage?", "part"),
    # recipients said again
    ("Can I order flowers for a friend?", "Can I order some flowers for a friend?", "recipient"),
    (
        "Can I book a treatment for my daughter?",
        "Can I make a booking for my daughter?",
        "recipient",
    ),
    (
        "Do you post the certificate to the employer?",
        "Do you send the certificate to the employer?",
        "recipient",
    ),
    # parties said again
    (
        "Does the landlord pay for repairs?",
        "Is the landlord responsible for paying for repairs?",
        "party",
    ),
    ("Does the seller pay the stamp duty?", "Is stamp duty paid by the seller?", "party"),
    # frequencies and durations said again
    ("Is the pass valid for a month?", "Is the pass valid for one month?", "duration"),
    ("Is the newsletter sent weekly?", "Is the newsletter sent every week?", "frequency"),
    ("Can I hire the van for a day?", "Can I hire the van for one day?", "duration"),
    ("Do you collect the bins every week?", "Do you collect the bins weekly?", "frequency"),
    ("Is the boiler service due yearly?", "Is the boiler service due every year?", "frequency"),
    ("Is the gym open all night?", "Is the gym open through the night?", "duration"),
    ("Is the tutor available at weekends?", "Is the tutor available on weekends?", "frequency"),
    ("Is the tutor available at weekends?", "Is the tutor available every weekend?", "frequency"),
    # comparatives said again
    (
        "Is the train cheaper than the coach?",
        "Is the train less expensive than the coach?",
        "comparative",
    ),
    ("Is it cheaper to book online?", "Is booking online cheaper?", "comparative"),
    (
        "Is the new model lighter than the old one?",
        "Does the new model weigh less than the old one?",
        "comparative",
    ),
    ("Do pets need a bigger deposit?", "Do pets need a larger deposit?", "comparative"),
    # measures said again
    ("Is there a discount for a set of sessions?", "Do you discount a set of sessions?", "measure"),
    ("Is there a saving on a box of cartridges?", "Can I save on a box of cartridges?", "measure"),
    (
        "Is there a discount on a pack of six sessions?",
        "Is there a discount on six sessions?",
        "measure",
    ),
    # manners said again
    (
        "Can I pay the balance in instalments?",
        "Can I pay off the balance in instalments?",
        "manner",
    ),
    ("Can I take the test online?", "Can I do the test online?", "manner"),
    ("Can I pay the balance in full?", "Can I pay the full balance?", "manner"),
    # a head noun that measures or times the thing asked about
    ("How much is the deposit?", "How much is the deposit amount?", "head-added"),
    ("How long is the delivery?", "How long is the delivery time?", "head-added"),
    # fillers, politeness and spelling
    (
        "Does the policy cover lost luggage?",
        "Does the policy cover lost luggage, please?",
        "filler",
    ),
    ("Is the holding deposit refundable?", "Is the holding deposit refundable at all?", "filler"),
]
