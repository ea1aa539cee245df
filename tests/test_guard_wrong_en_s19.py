"""Session-19 English wrong serves, by kind, in many wordings: a person of another role
(landlords / tenants, buyer / seller, patient / doctor: ``guard/english_persons.py``), an
adverb of place as the goal on one side and the source on the other (redirect my post
abroad / from abroad: ``directions.source_added``), all the people / just me
(``english_scope``), a unit of measurement replaced (dollars / euros:
``english_persons.unit_replaced``), a direction changed with a verb or a noun reworded
beside it (deliver parcels to / ship packages from: ``opposites._few_replaced``), and a
noun of a kind added after a determiner above the trees' band (an *emergency* dental
appointment: ``modifiers.en_kind_added``); beside each kind, paraphrase twins that say the
same in other words and must stay served (kids / children, guy / man, staff / employees, abroad /
overseas, all the people / everyone, a mobile phone number).

Every example is written here for the test (none is taken from an evaluation file), with the
real embedder's cosines at the default threshold (0.75) and the real analysers. Each wrong
serve is refused both ways round, with the reason given for the query. ``# served on main``
marks the probes the guard served (either way round) at 36fbd4e, before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.directions import source_added
from yamabiko.guard.english_persons import other_person, person_replaced
from yamabiko.guard.modifiers import en_kind_added, en_words

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives)
WRONG = [
    # a unit of measurement replaced by another
    (
        "Is the room 45 dollars per night?",
        "Is the room 45 euros per night?",
        "en",
        "category:dollars->euros",
    ),
    (
        "How many miles can the scooter go on a full charge?",
        "How many kilometres can the scooter go on a full charge?",
        "en",
        "category:miles->kilometres",
    ),
    (
        "Does the kettle hold two litres?",
        "Does the kettle hold two pints?",
        "en",
        "category:litres->pints",
    ),
    (
        "Is the weight limit 20 kilos?",
        "Is the weight limit 20 pounds?",
        "en",
        "category:kilos->pounds",
    ),
    # a person of another role
    (
        "Can landlords end a tenancy early?",
        "Can tenants end a tenancy early?",
        "en",
        "category:landlords->tenants",
    ),  # served on main
    (
        "Who pays the deposit, the landlord?",
        "Who pays the deposit, the tenant?",
        "en",
        "category:landlord->tenant",
    ),  # served on main
    (
        "Does the buyer pay stamp duty?",
        "Does the seller pay stamp duty?",
        "en",
        "category:buyer->seller",
    ),
    (
        "What fees does the seller pay when a house is sold?",
        "What fees does the buyer pay when a house is sold?",
        "en",
        "category:seller->buyer",
    ),
    (
        "Can a patient see their medical records?",
        "Can a doctor see their medical records?",
        "en",
        "category:patient->doctor",
    ),
    (
        "Does the employer pay national insurance?",
        "Does the employee pay national insurance?",
        "en",
        "category:employer->employee",
    ),
    (
        "How much notice must an employer give?",
        "How much notice must an employee give?",
        "en",
        "category:employer->employee",
    ),
    (
        "Can a student cancel a lesson at short notice?",
        "Can a teacher cancel a lesson at short notice?",
        "en",
        "category:student->teacher",
    ),
    (
        "Does the guest pay the cleaning fee?",
        "Does the host pay the cleaning fee?",
        "en",
        "category:guest->host",
    ),
    (
        "Can a parent open a savings account for a child?",
        "Can a child open a savings account for a parent?",
        "en",
        "roles:child<->parent",
    ),
    (
        "Do passengers need to wear a seatbelt in a taxi?",
        "Do drivers need to wear a seatbelt in a taxi?",
        "en",
        "category:passengers->drivers",
    ),
    (
        "Is the customer responsible for return postage?",
        "Is the retailer responsible for return postage?",
        "en",
        "category:customer->retailer",
    ),
    (
        "What rights do tenants have during repairs?",
        "What rights do landlords have during repairs?",
        "en",
        "category:tenants->landlords",
    ),  # served on main
    (
        "Does the sender pay the customs charge?",
        "Does the recipient pay the customs charge?",
        "en",
        "category:sender->recipient",
    ),  # served on main
    (
        "Can pupils use the school library at lunch?",
        "Can teachers use the school library at lunch?",
        "en",
        "category:pupils->teachers",
    ),
    (
        "How do I register as a childminder?",
        "How do I register as a parent?",
        "en",
        "substitution:childminder->parent",
    ),
    (
        "Can the borrower repay the loan early?",
        "Can the lender repay the loan early?",
        "en",
        "category:borrower->lender",
    ),
    (
        "Does the policyholder need to report the claim?",
        "Does the insurer need to report the claim?",
        "en",
        "substitution:policyholder->insurer",
    ),
    # an adverb of place as goal / as source
    (
        "Can you redirect my post abroad?",
        "Can you redirect my post from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    ("How do I send money overseas?", "How do I receive money from overseas?", "en", "antonym"),
    (
        "What does it cost to call abroad?",
        "What does it cost to get calls from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "Can I take my dog abroad?",
        "Can I bring my dog back from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "Do you ship overseas?",
        "Do you ship from overseas?",
        "en",
        "roles:overseas:to->from",
    ),  # served on main
    (
        "Is there a fee for sending parcels abroad?",
        "Is there a fee for parcels from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "Can I transfer my pension abroad?",
        "Can I transfer my pension from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "How long does mail take to go overseas?",
        "How long does mail take to arrive from overseas?",
        "en",
        "roles:overseas:to->from",
    ),
    (
        "Do I pay tax on money I send abroad?",
        "Do I pay tax on money I get from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "Can my post be forwarded overseas?",
        "Can my post be forwarded from overseas?",
        "en",
        "roles:overseas:to->from",
    ),  # served on main
    # all the people / just me
    (
        "Does the redirection cover all the people at my address?",
        "Does the redirection cover just me at my address?",
        "en",
        "scope:all->just",
    ),  # served on main
    (
        "Can all the people on the booking check in online?",
        "Can just me on the booking check in online?",
        "en",
        "scope:all->just",
    ),
    (
        "Is the parking permit for all the residents of the flat?",
        "Is the parking permit just for me as a resident of the flat?",
        "en",
        "scope:all->just",
    ),
    (
        "Can everyone in my household use the railcard?",
        "Can only I use the railcard?",
        "en",
        "scope:everyone->only",
    ),
    (
        "Does the policy cover the whole family?",
        "Does the policy cover just me?",
        "en",
        "scope:whole->just",
    ),
    (
        "Is the discount for everyone in the group?",
        "Is the discount just for me in the group?",
        "en",
        "scope:everyone->just",
    ),  # served on main
    (
        "Do all my children need to register with the GP?",
        "Does just my youngest need to register with the GP?",
        "en",
        "scope:all->just",
    ),
    (
        "Does the licence cover everybody who lives here?",
        "Does the licence cover only myself?",
        "en",
        "scope:everybody->only",
    ),
    # a direction changed with a verb or noun reworded
    (
        "Do you deliver parcels to Ireland?",
        "Do you ship packages from Ireland?",
        "en",
        "roles:ireland:to->from",
    ),  # served on main
    (
        "Can I send money to Spain?",
        "Can I transfer money from Spain?",
        "en",
        "roles:spain:to->from",
    ),  # served on main
    (
        "How long does it take to post a letter to Japan?",
        "How long does it take to mail a letter from Japan?",
        "en",
        "roles:japan:to->from",
    ),
    (
        "Can I move my account to another bank?",
        "Can I switch my account from another bank?",
        "en",
        "roles:bank:to->from",
    ),
    (
        "Do you deliver furniture to the islands?",
        "Do you collect furniture from the islands?",
        "en",
        "roles:island:to->from",
    ),
    (
        "Can I forward emails to my work address?",
        "Can I get emails from my work address?",
        "en",
        "roles:work:to->from",
    ),
    (
        "How do I export contacts to my phone?",
        "How do I copy contacts off my phone?",
        "en",
        "substitution:export->copy+off",
    ),
    # a noun of a kind added after a determiner
    (
        "Does the insurance cover vet visits?",
        "Does the insurance cover emergency vet visits?",
        "en",
        "insertion:emergency",
    ),
    ("Is the fee refundable?", "Is the deposit fee refundable?", "en", "learned:0.30"),
    (
        "Can I book a dental appointment online?",
        "Can I book an emergency dental appointment online?",
        "en",
        "narrowing:emergency",
    ),  # served on main
    ("Is delivery free?", "Is international delivery free?", "en", "learned:0.44"),
    ("Do you offer discounts?", "Do you offer student discounts?", "en", "learned:0.34"),
    ("How much is a railcard?", "How much is a senior railcard?", "en", "narrowing:senior"),
    (
        "Can I get a refund on my ticket?",
        "Can I get a refund on my season ticket?",
        "en",
        "narrowing:season",
    ),
    (
        "Is parking free at the hospital?",
        "Is staff parking free at the hospital?",
        "en",
        "learned:0.35",
    ),
    (
        "How long does a repair take?",
        "How long does a screen repair take?",
        "en",
        "narrowing:screen",
    ),
    (
        "Do you charge a cancellation fee?",
        "Do you charge a late cancellation fee?",
        "en",
        "narrowing:late",  # (insertion:late before session 21: english_kinds)
    ),
    (
        "Is there a waiting list for the nursery?",
        "Is there a waiting list for the baby room at the nursery?",
        "en",
        "insertion:baby+room",
    ),
    (
        "Can I claim for water damage?",
        "Can I claim for accidental water damage?",
        "en",
        "narrowing:accidental",
    ),
    # a person of another role
    (
        "Who is responsible for boiler repairs, the landlord?",
        "Who is responsible for boiler repairs, the tenant?",
        "en",
        "category:landlord->tenant",
    ),  # served on main
    (
        "Can the seller pull out after the offer is accepted?",
        "Can the buyer pull out after the offer is accepted?",
        "en",
        "category:seller->buyer",
    ),
    (
        "Do patients have to pay for a sick note?",
        "Do doctors have to pay for a sick note?",
        "en",
        "category:patients->doctors",
    ),
    (
        "What does an employer need to put in a contract?",
        "What does an employee need to put in a contract?",
        "en",
        "category:employer->employee",
    ),
    ("Can the host cancel my stay?", "Can the guest cancel my stay?", "en", "category:host->guest"),
    (
        "Can the lender change the interest rate?",
        "Can the borrower change the interest rate?",
        "en",
        "category:lender->borrower",
    ),
    (
        "Does the teacher get the holidays paid?",
        "Does the student get the holidays paid?",
        "en",
        "category:teacher->student",
    ),
    (
        "Is the passenger covered by the driver's insurance?",
        "Is the driver covered by the passenger's insurance?",
        "en",
        "roles:passenger<->driver",
    ),
    (
        "Can a visitor park in the residents' bays?",
        "Can a resident park in the residents' bays?",
        "en",
        "category:visitor->resident",
    ),
    ("Do members get free entry?", "Do guests get free entry?", "en", "category:members->guests"),
    # an adverb of place as goal / as source
    (
        "How much does it cost to post a letter abroad?",
        "How much does it cost to receive a letter from abroad?",
        "en",
        "roles:abroad:to->from",
    ),
    (
        "Can I use my debit card overseas?",
        "Can I use a debit card from overseas?",
        "en",
        "roles:overseas:to->from",
    ),  # served on main
    (
        "Can I move my savings overseas?",
        "Can I move my savings from overseas?",
        "en",
        "roles:overseas:to->from",
    ),  # served on main
    (
        "Do you sell tickets for travel abroad?",
        "Do you sell tickets for travel from abroad?",
        "en",
        "roles:abroad:to->from",
    ),  # served on main
    (
        "How long does it take for a parcel to go abroad?",
        "How long does it take for a parcel to come from abroad?",
        "en",
        "roles:abroad:to->from",
    ),
    # all the people / just me
    (
        "Does the pass cover all the people in the car?",
        "Does the pass cover just me in the car?",
        "en",
        "scope:all->just",
    ),  # served on main
    (
        "Is the free trial for all users?",
        "Is the free trial just for new users?",
        "en",
        "scope:all->just",
    ),
    (
        "Can everybody at the address vote?",
        "Can only the owner at the address vote?",
        "en",
        "scope:everybody->only",
    ),
    # a direction changed with a verb or noun reworded
    (
        "Do you deliver flowers to hospitals?",
        "Do you send flowers from hospitals?",
        "en",
        "roles:hospital:to->from",
    ),
    (
        "Can I transfer credit to another phone?",
        "Can I move credit from another phone?",
        "en",
        "roles:phon:to->from",
    ),  # served on main
    (
        "How do I send files to my tablet?",
        "How do I get files from my tablet?",
        "en",
        "roles:tablet:to->from",
    ),
    (
        "Can I post parcels to Canada?",
        "Can I mail parcels from Canada?",
        "en",
        "roles:canada:to->from",
    ),  # served on main
    # a noun of a kind added after a determiner
    (
        "Is the booking fee refundable?",
        "Is the admin booking fee refundable?",
        "en",
        "learned:0.20",
    ),
    (
        "Can I bring my dog to the café?",
        "Can I bring my guide dog to the café?",
        "en",
        "narrowing:guide",
    ),
    (
        "How do I cancel my subscription?",
        "How do I cancel my family subscription?",
        "en",
        "learned:0.36",
    ),
    ("Can I claim for my bike?", "Can I claim for my electric bike?", "en", "narrowing:electric"),
    (
        "Is there a charge for a replacement card?",
        "Is there a charge for a replacement travel card?",
        "en",
        "learned:0.28",
    ),
    (
        "Do I need to book an appointment?",
        "Do I need to book an emergency appointment?",
        "en",
        "narrowing:emergency",
    ),
]

#: paraphrase twins of the probes above: served both ways round, before and after
SERVED = [
    # a person of another role
    ("Can landlords end a tenancy early?", "Can a landlord end a tenancy early?", "en"),
    ("Can tenants end a tenancy early?", "Can renters end a tenancy early?", "en"),
    ("Does the buyer pay stamp duty?", "Does the purchaser pay stamp duty?", "en"),
    (
        "Can a patient see their medical records?",
        "Can patients see their own medical records?",
        "en",
    ),
    ("Does the employer pay national insurance?", "Does my employer pay national insurance?", "en"),
    ("Do employees get paid holiday?", "Do staff get paid holiday?", "en"),
    ("Can kids swim in the big pool?", "Can children swim in the big pool?", "en"),
    ("What does that guy at the desk do?", "What does that man at the desk do?", "en"),
    ("Can my child get free school meals?", "Can my kid get free school meals?", "en"),
    ("Do workers get a break every six hours?", "Do employees get a break every six hours?", "en"),
    ("Is the doctor available on Saturdays?", "Is the physician available on Saturdays?", "en"),
    # an adverb of place as goal / as source
    ("Can you redirect my post from abroad?", "Can you redirect my mail from overseas?", "en"),
    ("How do I send money overseas?", "How do I send money abroad?", "en"),
    ("Do you ship overseas?", "Do you ship internationally?", "en"),
    ("What does it cost to call abroad?", "How much is it to phone abroad?", "en"),
    ("Can I transfer my pension abroad?", "Can I move my pension overseas?", "en"),
    # all the people / just me
    (
        "Does the redirection cover all the people at my address?",
        "Does the redirection cover everyone at my address?",
        "en",
    ),
    ("Does the redirection cover just me?", "Does the redirection cover only me?", "en"),
    ("Is the discount just for me?", "Is the discount only for me?", "en"),
    # a direction changed with a verb or noun reworded
    ("Do you deliver parcels to Ireland?", "Do you ship packages to Ireland?", "en"),
    # a noun of a kind added after a determiner
    ("Does the insurance cover vet visits?", "Does the insurance cover visits to the vet?", "en"),
    ("Is the fee refundable?", "Can the fee be refunded?", "en"),
    ("Is the deposit fee refundable?", "Can I get the deposit fee back?", "en"),
    ("Do you offer student discounts?", "Are there discounts for students?", "en"),
    ("How long does a repair take?", "How long does a repair usually take?", "en"),
    ("Is parking free?", "Is the parking free?", "en"),
    ("Do you charge a cancellation fee?", "Do you charge a fee for cancelling?", "en"),
    ("How do I update my phone number?", "How do I update my mobile phone number?", "en"),
    # a person of another role
    (
        "Can the seller pull out after the offer is accepted?",
        "Can a seller pull out once an offer is accepted?",
        "en",
    ),
    ("Do patients have to pay for a sick note?", "Do patients pay for a sick note?", "en"),
    ("Can the kids come to the class?", "Can the children come to the class?", "en"),
    ("Can my mum pick up my prescription?", "Can my mother pick up my prescription?", "en"),
    ("Do staff get a discount?", "Do employees get a discount?", "en"),
    ("Is there a fee for new customers?", "Is there a fee for new clients?", "en"),
    # an adverb of place as goal / as source
    (
        "How much does it cost to post a letter abroad?",
        "What does it cost to send a letter overseas?",
        "en",
    ),
    ("Can I use my debit card overseas?", "Can I use my debit card abroad?", "en"),
    ("Can I take my medicine abroad?", "Can I take my medication overseas?", "en"),
    # all the people / just me
    (
        "Does the pass cover all the people in the car?",
        "Does the pass cover everyone in the car?",
        "en",
    ),
    ("Is the free trial for all users?", "Is the free trial for every user?", "en"),
    # a direction changed with a verb or noun reworded
    ("Do you deliver flowers to hospitals?", "Do you send flowers to hospitals?", "en"),
    # a noun of a kind added after a determiner
    ("How do I cancel my subscription?", "How can I cancel my subscription?", "en"),
    ("Do I need to book an appointment?", "Do I have to book an appointment?", "en"),
    # served since the English review: one unit of measurement (english_persons.one_unit)
    ("Is the weight limit 20 kilos?", "Is the weight limit 20 kilograms?", "en"),
    # served since session 31 (was substitution:seller->vendor): *vendor* is tagged in no part
    # of speech and its person senses hold *seller*'s one tagged sense
    # (english_persons.rarer_name)
    ("Does the seller pay estate agent fees?", "Does the vendor pay estate agent fees?", "en"),
]

#: paraphrase twins the guard refuses (either way round) by other checks (the minimal-pair
#: check's word equivalence, a question word, a clause, the trees), before and after: known
#: misses, kept to count them; serve one and move it to SERVED. *my account password* is
#: refused by the trees before and by ``narrowing:account`` (a kind noun added) after
KNOWN_MISSES = [
    ("Is it 45 dollars per night?", "Is it 45 bucks per night?", "en"),  # substitution
    ("Does it cost 10 pounds?", "Does it cost 10 quid?", "en"),  # substitution
    ("Can a doctor prescribe this?", "Can a GP prescribe this?", "en"),  # substitution:doctor->GP
    (
        "Can a student cancel a lesson at short notice?",
        "Can a pupil cancel a lesson at short notice?",
        "en",
    ),  # substitution:student->pupil
    (
        "Does my boss have to give me a contract?",
        "Does my manager have to give me a contract?",
        "en",
    ),  # substitution:boss->manager
    (
        "How do I receive money from overseas?",
        "How can I get money sent from abroad?",
        "en",
    ),  # antonym
    (
        "Does the policy cover the whole family?",
        "Does the policy cover all my family?",
        "en",
    ),  # narrowing:whole
    (
        "Can I send money to Spain?",
        "Can I transfer money to Spain?",
        "en",
    ),  # substitution:send->transfer
    (
        "How long does it take to post a letter to Japan?",
        "How long does it take to mail a letter to Japan?",
        "en",
    ),  # substitution:post->mail
    (
        "Can I move my account to another bank?",
        "Can I switch my account to another bank?",
        "en",
    ),  # substitution:move->switch
    (
        "How do I reset my password?",
        "How do I reset my account password?",
        "en",
    ),  # narrowing:account
    (
        "Can I change my delivery address?",
        "Can I change my delivery address online?",
        "en",
    ),  # learned:0.35
    ("Can I pay by card?", "Can I pay by bank card?", "en"),  # learned:0.38
    (
        "Where do I find my booking reference?",
        "Where do I find my booking reference number?",
        "en",
    ),  # guard-ok
    (
        "Who is responsible for boiler repairs, the landlord?",
        "Is the landlord responsible for boiler repairs?",
        "en",
    ),  # question
    # served by enpara's wordnet_one_person for a moment in session 38, refused again by
    # review2: *partner*'s first senses hold a business partner too
    (
        "Can my partner attend the appointment?",
        "Can my spouse attend the appointment?",
        "en",
    ),  # substitution:partner->spouse
    (
        "How do I send files to my tablet?",
        "How do I transfer files to my tablet?",
        "en",
    ),  # substitution:send->transfer
    (
        "Is the booking fee refundable?",
        "Is the booking fee refundable if I cancel?",
        "en",
    ),  # condition:cancel
    (
        "Can I bring my dog to the café?",
        "Can I bring my dog into the café?",
        "en",
    ),  # insertion:into
    (
        "Can I change my phone number?",
        "Can I change my mobile number?",
        "en",
    ),  # substitution:phone->mobile
    ("Where is my order?", "Where is my online order?", "en"),  # learned:0.26
    ("How do I update my address?", "How do I update my home address?", "en"),  # learned:0.54
    ("Can I get a copy of my bill?", "Can I get a copy of my latest bill?", "en"),  # learned:0.35
]


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


def test_paraphrase_twins_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD, either_side=True)


def test_known_misses_are_not_refused_by_this_change(embedder) -> None:
    cosines = pair_cosines(embedder, KNOWN_MISSES)
    for cached, query, lang in KNOWN_MISSES:
        cosine = cosines[cached, query]
        verdicts = [
            GUARD.check(x, y, lang, cosine, THRESHOLD)
            for x, y in ((query, cached), (cached, query))
        ]
        assert not all(v.accept for v in verdicts), (cached, query)
        reasons = [v.reason for v in verdicts if not v.accept]
        assert not any(r.startswith(("category:", "roles:")) for r in reasons), reasons


def test_persons_of_other_roles() -> None:
    for old, new in [
        ("landlords", "tenants"),
        ("buyer", "seller"),
        ("patient", "doctor"),
        ("employer", "employee"),
        ("guest", "host"),
        ("lender", "borrower"),
    ]:
        assert other_person(old, new) and other_person(new, old), (old, new)
    for old, new in [
        ("guy", "man"),
        ("kids", "children"),
        ("boss", "manager"),
        ("teacher", "tutor"),
        ("staff", "employees"),
        ("homeowner", "owner"),
        ("student", "pupil"),
        ("husband", "spouse"),
        ("doctor", "physician"),
        ("british", "american"),
        ("cat", "dog"),
    ]:
        assert not other_person(old, new), (old, new)  # one kind, a group, no person
    mine = en_words("Can tenants end a tenancy early?")
    theirs = en_words("Can landlords end a tenancy early?")
    assert person_replaced(mine, theirs) == "landlords->tenants"
    mine = en_words("Why do landlords and letting agents charge tenants so much?")
    assert person_replaced(mine, theirs) == ""  # a rewording: more words changed


def test_an_adverb_of_place_as_goal_and_as_source() -> None:
    pair = "Can you redirect my post abroad?", "Can you redirect my post from abroad?"
    assert source_added(*pair) == "abroad:to->from"
    assert source_added(*reversed(pair)) == "abroad:from->to"
    assert source_added("Do you ship overseas?", "Do you ship internationally?") == ""
    assert source_added("Can I work from home?", "Can I work at home?") == ""  # at: no goal
    assert source_added("Is there a home testing kit?", "Can I test from home?") == ""
    assert source_added("How do I get relief from back pain?", "Back pain: what helps?") == ""


def test_a_noun_of_a_kind_added_after_a_determiner() -> None:
    pair = "Can I book an emergency dental appointment?", "Can I book a dental appointment?"
    assert en_kind_added(*pair) == "emergency"
    assert en_kind_added("Can I reset my business account?", "Can I reset my account?")
    assert (
        en_kind_added("How do I update my mobile phone number?", "How do I update my phone number?")
        == ""
    )
    assert en_kind_added("Is computer programming hard?", "Is programming hard?") == ""  # no opener
    assert en_kind_added("Can I pay by card?", "Can I pay by new card?") == ""  # an adjective
