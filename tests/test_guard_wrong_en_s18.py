"""Session-18 English wrong serves, by kind, in many wordings (``guard/english_scope.py``,
``guard/directions.py``, ``guard/restrictions.py``, ``guard/opposites.py``): a direction
preposition changed (to / from, into / out of, towards / away from, a word replaced by an
equivalent one next to it), a quantifier of another kind (all / any, both / either, any /
just one), an item added to a list (breakfast and dinner / breakfast), a clause of condition,
purpose or time added (if I move house, in order to buy, while my child is ill), a unit of
time replaced (a couple of days / a few weeks), per-unit prices, time prepositions,
quantities, comparatives, narrowing modifiers and opposite words; beside each kind, the
paraphrases that must stay served (every item / all items, because of / due to, less
expensive / cheaper).

Every example is written here for the test (none is taken from an evaluation file), in
everyday FAQ wording, with the real embedder's cosines at the default threshold (0.75) and
the real analysers. Each wrong serve is refused both ways round, with the reason given for
the query. ``# served on main`` marks the probes the guard served before this change (main
at a122cf1); the others were refused already and stay refused.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.directions import direction_changed
from yamabiko.guard.english_scope import item_added, quantifier_replaced
from yamabiko.guard.opposites import body_part_replaced
from yamabiko.guard.restrictions import cause_dropped
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives); ``# served on main`` marks the
#: probes the guard at a122cf1 served (either way round)
WRONG = [
    # direction
    (
        "Is there a shuttle bus to the hotel?",
        "Is there a shuttle bus from the hotel?",
        "en",
        "roles:hotel:to->from",
    ),
    (
        "How do I move files into the shared folder?",
        "How do I move files out of the shared folder?",
        "en",
        "roles:shar:to->from",
    ),
    (
        "What time is the last inbound train?",
        "What time is the last outbound train?",
        "en",
        "antonym",
    ),
    (
        "Is traffic heavy heading towards the city centre?",
        "Is traffic heavy heading away from the city centre?",
        "en",
        "roles:city:to->from",
    ),  # served on main
    (
        "Do you charge for calls to mobile numbers?",
        "Do you charge for calls from mobile numbers?",
        "en",
        "roles:mobil:to->from",
    ),
    (
        "Are incoming calls free while roaming?",
        "Are outgoing calls free while roaming?",
        "en",
        "antonym:incoming->outgoing",
    ),
    (
        "How do I copy photos to my laptop?",
        "How do I copy photos from my laptop?",
        "en",
        "roles:laptop:to->from",
    ),
    (
        "Is there a toll for driving into London?",
        "Is there a toll for driving out of London?",
        "en",
        "roles:london:to->from",
    ),
    (
        "Do I pay stamp duty when moving to Scotland?",
        "Do I pay stamp duty when moving from Scotland?",
        "en",
        "roles:scotland:to->from",
    ),
    (
        "How do I transfer my number to another network?",
        "How do I transfer my number from another network?",
        "en",
        "roles:network:to->from",
    ),  # served on main
    (
        "Can I get a direct train into Manchester?",
        "Can I get a direct train out of Manchester?",
        "en",
        "roles:manchester:to->from",
    ),
    (
        "How much does a taxi to the port cost?",
        "How much does a taxi back from the port cost?",
        "en",
        "roles:port:to->from",
    ),
    (
        "Are there night buses going into town?",
        "Are there night buses leaving town?",
        "en",
        "substitution:going+into->leaving",
    ),
    ("Can I send a parcel to Germany?", "Can I receive a parcel from Germany?", "en", "antonym"),
    (
        "Do you offer a transfer to the airport?",
        "Do you offer a transfer from the airport to the hotel?",
        "en",
        "roles:airport:to->from",
    ),
    # scope
    (
        "Does the discount apply to all items?",
        "Does the discount apply to sale items only?",
        "en",
        "scope:all->only",
    ),
    (
        "Can I use the voucher on any product?",
        "Can I use the voucher on just one product?",
        "en",
        "scope:any->just",
    ),  # served on main
    (
        "Do both parents need to sign the form?",
        "Does either parent need to sign the form?",
        "en",
        "scope:both->either",
    ),  # served on main
    (
        "Does each passenger need a ticket?",
        "Does only the driver need a ticket?",
        "en",
        "scope:each->only",
    ),
    (
        "Can every member bring a guest?",
        "Can only gold members bring a guest?",
        "en",
        "scope:every->only",
    ),
    (
        "Will the refund include all fees?",
        "Will the refund include the booking fee only?",
        "en",
        "scope:all->only",
    ),
    (
        "Can I cancel any of my bookings online?",
        "Can I cancel just my last booking online?",
        "en",
        "scope:any->just",
    ),  # served on main
    (
        "Is the whole garden included in the rent?",
        "Is just the patio included in the rent?",
        "en",
        "scope:whole->just",
    ),
    ("Are all rooms en suite?", "Are some rooms en suite?", "en", "scope:all->some"),
    (
        "Do all the trains stop at Reading?",
        "Do any of the trains stop at Reading?",
        "en",
        "scope:all->any",
    ),  # served on main
    (
        "Does the cover apply to all my devices?",
        "Does the cover apply to my phone only?",
        "en",
        "scope:all->only",
    ),
    # per-unit
    (
        "Is the parking charge per car?",
        "Is the parking charge per person?",
        "en",
        "unit:car->person",
    ),
    (
        "Is the deposit charged per room?",
        "Is the deposit charged per booking?",
        "en",
        "unit:room->booking",
    ),
    ("Is the cleaning fee per night?", "Is the cleaning fee per stay?", "en", "unit:night->stay"),
    (
        "Is the baggage allowance per passenger?",
        "Is the baggage allowance per booking?",
        "en",
        "unit:passenger->booking",
    ),
    ("Do you charge by the hour?", "Do you charge by the day?", "en", "category:hour->day"),
    ("Is the limit one per customer?", "Is the limit one per order?", "en", "unit:customer->order"),
    (
        "How much is the tour for each person?",
        "How much is the tour for the group?",
        "en",
        "insertion:group",
    ),
    ("Is the hire price per day?", "Is the hire price per week?", "en", "category:day->week"),
    # clause
    (
        "Can I get a refund if my flight is cancelled because of a strike?",
        "Can I get a refund if my flight is cancelled?",
        "en",
        "condition:strike",
    ),
    (
        "Can I cancel my gym membership if I move house?",
        "Can I cancel my gym membership?",
        "en",
        "condition:move+house",
    ),  # served on main
    (
        "Can I change my seat after check-in?",
        "Can I change my seat?",
        "en",
        "deletion:after+check-in",
    ),
    (
        "Do I need a visa if I am only transiting?",
        "Do I need a visa?",
        "en",
        "condition:transiting",
    ),
    ("Can I get a loan so that I can buy a car?", "Can I get a loan?", "en", "condition:buy+car"),
    ("Can I bring my dog if it is on a lead?", "Can I bring my dog?", "en", "condition:lead"),
    (
        "Is the outdoor pool open when it rains?",
        "Is the outdoor pool open?",
        "en",
        "condition:rains",
    ),
    (
        "Can I get my deposit back if I cancel because I am ill?",
        "Can I get my deposit back if I cancel?",
        "en",
        "condition:ill",
    ),
    (
        "Do you refund tickets when the match is postponed due to rain?",
        "Do you refund tickets when the match is postponed?",
        "en",
        "condition:due+rain",
    ),
    (
        "Can I take annual leave during my notice period?",
        "Can I take annual leave?",
        "en",
        "deletion:during+notice+period",
    ),
    (
        "Can I apply for a mortgage in order to buy a second home?",
        "Can I apply for a mortgage?",
        "en",
        "condition:order+buy+second+home",
    ),  # served on main
    (
        "Is my train ticket refunded because of the engineering works?",
        "Is my train ticket refunded because of the snow?",
        "en",
        "category:works->snow",  # (learned:0.29 before session 21: english_kinds)
    ),
    (
        "Can I return the shoes after wearing them?",
        "Can I return the shoes?",
        "en",
        "deletion:after+wearing",
    ),
    (
        "Can I get a replacement card if mine was stolen?",
        "Can I get a replacement card?",
        "en",
        "condition:stolen",
    ),
    (
        "Will I lose my no claims bonus if someone hits my car?",
        "Will I lose my no claims bonus?",
        "en",
        "condition:hits+car",
    ),
    # item
    (
        "Does the package include flights and hotel?",
        "Does the package include flights?",
        "en",
        "item:hotel",
    ),
    ("Can I pay by card or cash?", "Can I pay by card?", "en", "learned:0.43"),  # 0.57 before s18
    (
        "Are breakfast and dinner included?",
        "Is breakfast included?",
        "en",
        "item:dinner",
    ),  # served on main
    ("Do you sell tents and sleeping bags?", "Do you sell tents?", "en", "item:sleep+bag"),
    (
        "Can I bring my dog and cat on the train?",
        "Can I bring my dog on the train?",
        "en",
        "item:cat",
    ),  # served on main
    (
        "Are the gym and pool open on Sundays?",
        "Is the gym open on Sundays?",
        "en",
        "item:pool",
    ),  # served on main
    (
        "Does the policy cover fire and flood damage?",
        "Does the policy cover fire damage?",
        "en",
        "item:flood",
    ),
    (
        "Do I need my passport and driving licence to hire a car?",
        "Do I need my passport to hire a car?",
        "en",
        "item:driv+licenc",
    ),  # served on main
    (
        "Are water and electricity included in the rent?",
        "Is water included in the rent?",
        "en",
        "item:electricity",
    ),  # served on main
    (
        "Can I recycle glass and plastic in the blue bin?",
        "Can I recycle glass in the blue bin?",
        "en",
        "item:plastic",
    ),  # served on main
    (
        "Do you repair phones and tablets?",
        "Do you repair phones, tablets and laptops?",
        "en",
        "item:laptop",
    ),
    # (test_guard.py listed this one as a paraphrase until session 18: the dogs' answer does
    # not tell what cats eat)
    ("What do cats and dogs eat?", "What do dogs eat?", "en", "item:cat"),
    # time
    (
        "Can I cancel before the deadline?",
        "Can I cancel after the deadline?",
        "en",
        "substitution:before->after",
    ),
    (
        "Is parking free after 6pm?",
        "Is parking free before 6pm?",
        "en",
        "substitution:after->before",
    ),
    (
        "Can I check in before noon?",
        "Can I check in after noon?",
        "en",
        "substitution:before->after",
    ),
    (
        "Do I need to pay the balance by Friday?",
        "Do I need to pay the balance after Friday?",
        "en",
        "insertion:after",
    ),
    (
        "Can I use the gym during the holidays?",
        "Can I use the gym after the holidays?",
        "en",
        "substitution:during->after",
    ),
    ("Is the office open until 8pm?", "Is the office open from 8pm?", "en", "deletion:until"),
    (
        "Should I take the tablets before meals?",
        "Should I take the tablets after meals?",
        "en",
        "substitution:before->after",
    ),
    (
        "Can I eat during the flight?",
        "Can I eat before the flight?",
        "en",
        "substitution:during->before",
    ),
    (
        "Is the pool open before breakfast?",
        "Is the pool open after breakfast?",
        "en",
        "substitution:before->after",
    ),
    (
        "Will I be charged if I cancel within 14 days?",
        "Will I be charged if I cancel after 14 days?",
        "en",
        "substitution:within->after",
    ),
    (
        "Can I drink alcohol while taking antibiotics?",
        "Can I drink alcohol after taking antibiotics?",
        "en",
        "insertion:after",
    ),
    (
        "Do I need to fast before the blood test?",
        "Do I need to fast after the blood test?",
        "en",
        "substitution:before->after",
    ),
    (
        "Is the road closed during the marathon?",
        "Is the road closed after the marathon?",
        "en",
        "substitution:during->after",
    ),
    # quantity
    ("Can I bring two bags?", "Can I bring three bags?", "en", "number"),
    (
        "Is it free for children under five?",
        "Is it free for children under twelve?",
        "en",
        "number",
    ),
    (
        "Do I need to give a week's notice?",
        "Do I need to give a month's notice?",
        "en",
        "substitution:week's->month's",
    ),
    ("Can I book a table for ten?", "Can I book a table for 12?", "en", "number"),
    ("Is there a fee for the first bag?", "Is there a fee for the second bag?", "en", "number"),
    (
        "Is it half price on Tuesdays?",
        "Is it full price on Tuesdays?",
        "en",
        "substitution:half->full",
    ),
    (
        "Can I take a couple of days off?",
        "Can I take a few weeks off?",
        "en",
        "category:days->weeks",
    ),  # served on main
    ("Can I get a double room?", "Can I get a single room?", "en", "antonym:double->single"),
    (
        "Do you deliver twice a week?",
        "Do you deliver once a week?",
        "en",
        "substitution:twice->once",
    ),
    # comparative
    (
        "Is it cheaper to book online?",
        "Is it more expensive to book online?",
        "en",
        "antonym:cheaper->expensive",
    ),
    ("Do I need at least two forms of ID?", "Do I need at most two forms of ID?", "en", "antonym"),
    (
        "Is the train faster than the bus?",
        "Is the train slower than the bus?",
        "en",
        "antonym:faster->slower",
    ),
    ("Can I get a bigger room?", "Can I get a smaller room?", "en", "antonym:bigger->smaller"),
    (
        "Do you offer more storage on the premium plan?",
        "Do you offer less storage on the premium plan?",
        "en",
        "antonym",
    ),
    ("Is the fee higher for late payment?", "Is the fee lower for late payment?", "en", "antonym"),
    (
        "Can I order more than ten items?",
        "Can I order fewer than ten items?",
        "en",
        "antonym:more->fewer",
    ),
    (
        "Does the price go up at weekends?",
        "Does the price go down at weekends?",
        "en",
        "antonym:up->down",
    ),
    (
        "Is the earlier flight cheaper?",
        "Is the later flight cheaper?",
        "en",
        "antonym:earlier->later",
    ),
    (
        "Is the bus more reliable than the train?",
        "Is the bus less reliable than the train?",
        "en",
        "antonym",
    ),
    # modifier
    (
        "Are international calls included?",
        "Are domestic calls included?",
        "en",
        "substitution:international->domestic",
    ),
    (
        "Is routine dental care covered?",
        "Is emergency dental care covered?",
        "en",
        "substitution:routine->emergency",
    ),
    (
        "Is there a charge for standard delivery?",
        "Is there a charge for express delivery?",
        "en",
        "substitution:standard->express",
    ),
    ("Do you sell second-hand bikes?", "Do you sell bikes?", "en", "narrowing:second-hand"),
    (
        "Is public transport included?",
        "Is private transport included?",
        "en",
        "antonym:public->private",
    ),
    ("Do I pay for outpatient treatment?", "Do I pay for inpatient treatment?", "en", "antonym"),
    (
        "Are part-time staff entitled to holiday pay?",
        "Are full-time staff entitled to holiday pay?",
        "en",
        "antonym:part-time->full-time",
    ),
    ("Do you offer student discounts?", "Do you offer discounts?", "en", "learned:0.35"),
    ("Are prescription glasses covered?", "Are glasses covered?", "en", "learned:0.41"),
    ("Do you accept foreign coins?", "Do you accept coins?", "en", "narrowing:foreign"),
    # opposite
    ("Can I lend my car to a friend?", "Can I borrow a car from a friend?", "en", "antonym"),
    ("How do I upgrade my plan?", "How do I downgrade my plan?", "en", "antonym"),
    ("Do you import wine?", "Do you export wine?", "en", "antonym"),
    ("Can I deposit cash at the counter?", "Can I withdraw cash at the counter?", "en", "antonym"),
    ("When does boarding open?", "When does boarding close?", "en", "antonym"),
    (
        "Can I increase my overdraft?",
        "Can I reduce my overdraft?",
        "en",
        "substitution:increase->reduce",
    ),
    (
        "How do I add a user to the account?",
        "How do I remove a user from the account?",
        "en",
        "antonym",
    ),
    (
        "What are the fees for sending money abroad?",
        "What are the fees for receiving money from abroad?",
        "en",
        "antonym",
    ),
    (
        "What is your buying rate for euros?",
        "What is your selling rate for euros?",
        "en",
        "antonym",
    ),
    (
        "Can I pause my subscription?",
        "Can I resume my subscription?",
        "en",
        "substitution:pause->resume",
    ),
    (
        "Can the employer end the contract early?",
        "Can the employee end the contract early?",
        "en",
        "category:employer->employee",  # (session 19: a person of another role)
    ),
    ("Is the import duty included?", "Is the export duty included?", "en", "antonym"),
    ("How do I lock my card?", "How do I unlock my card?", "en", "antonym"),
    ("How do I download my statements?", "How do I upload my statements?", "en", "antonym"),
    (
        "Can I charge my phone in the lounge?",
        "Can I discharge my phone in the lounge?",
        "en",
        "antonym",
    ),
    # direction-reworded
    (
        "How much is a taxi to the station?",
        "What does a cab from the station cost?",
        "en",
        "roles:station:to->from",
    ),  # served on main
    (
        "Are there direct flights to Madrid?",
        "Are there non-stop flights from Madrid?",
        "en",
        "negation",
    ),
    (
        "How long is the drive to the coast?",
        "How long is the journey from the coast?",
        "en",
        "roles:coast:to->from",  # (session 19: a direction with a word reworded beside it)
    ),
]

#: paraphrases of the same kinds, served both ways round (cached, query, lang)
SERVED = [
    # direction
    ("Is there a shuttle bus to the hotel?", "Does a shuttle bus go to the hotel?", "en"),
    (
        "Is there a toll for driving into London?",
        "Do I have to pay a toll to drive into London?",
        "en",
    ),
    (
        "How do I transfer my number to another network?",
        "How can I move my number to a different network?",
        "en",
    ),
    (
        "Can I get a direct train from Leeds to York?",
        "Is there a direct train to York from Leeds?",
        "en",
    ),
    # scope
    ("Does the discount apply to all items?", "Does the discount apply to every item?", "en"),
    ("Does each passenger need a ticket?", "Does every passenger need a ticket?", "en"),
    ("Do you only accept cash?", "Is cash the only payment you accept?", "en"),
    ("Is the event just for members?", "Is the event only for members?", "en"),
    (
        "Do both parents need to sign the form?",
        "Does the form need to be signed by both parents?",
        "en",
    ),
    # per-unit
    ("Is the cleaning fee per night?", "Is the cleaning fee charged each night?", "en"),
    ("Do you charge by the hour?", "Do you charge per hour?", "en"),
    ("Is the hire price per day?", "Is the hire price daily?", "en"),
    # clause
    (
        "Can I get a refund if my flight is cancelled because of a strike?",
        "If my flight is cancelled due to a strike, can I get a refund?",
        "en",
    ),
    (
        "Can I cancel my gym membership if I move house?",
        "If I move house, can I cancel my gym membership?",
        "en",
    ),
    ("Can I change my seat after check-in?", "Can I change my seat after checking in?", "en"),
    (
        "Do I need a visa if I am only transiting?",
        "If I'm only transiting, do I need a visa?",
        "en",
    ),
    (
        "Can I return the shoes after wearing them?",
        "Can I still return the shoes after I have worn them?",
        "en",
    ),
    (
        "Can I get a replacement card if mine was stolen?",
        "If my card was stolen, can I get a replacement?",
        "en",
    ),
    # item
    ("Can I pay by card or cash?", "Can I pay with cash or card?", "en"),
    (
        "Does the package include flights and hotel?",
        "Are flights and hotel included in the package?",
        "en",
    ),
    ("Do you sell tents and sleeping bags?", "Do you sell sleeping bags and tents?", "en"),
    (
        "Are water and electricity included in the rent?",
        "Does the rent include water and electricity?",
        "en",
    ),
    # time
    (
        "Do I need to pay the balance by Friday?",
        "Does the balance have to be paid by Friday?",
        "en",
    ),
    ("Should I take the tablets before meals?", "Should the tablets be taken before eating?", "en"),
    # quantity
    ("Can I bring two bags?", "Can I bring 2 bags?", "en"),
    ("Is it free for children under five?", "Do children under 5 go free?", "en"),
    ("Do I need to give a week's notice?", "Do I need to give one week's notice?", "en"),
    ("Do you deliver twice a week?", "Do you deliver two times a week?", "en"),
    # comparative
    ("Can I get a bigger room?", "Can I get a larger room?", "en"),
    ("Is the train faster than the bus?", "Is the train quicker than the bus?", "en"),
    # modifier
    ("Are international calls included?", "Do you include international calls?", "en"),
    # opposite
    ("How do I upgrade my plan?", "How can I upgrade my plan?", "en"),
    (
        "What are the fees for sending money abroad?",
        "How much does it cost to send money abroad?",
        "en",
    ),
    # direction-reworded
]


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


#: paraphrases the session-15 trees served back (learned-accept:0.71) and the session-18 trees
#: leave refused (docs/quality.md, "Session 18: the trees retrained"): known misses; serve one
#: and move it back to SERVED
KNOWN_MISSES = [
    ("How do I move files into the shared folder?", "How can I put files into the shared folder?",
     "en", "substitution:move->put"),
    ("Is it less expensive to book online?", "Is it cheaper to book online?", "en",
     "substitution:less+expensive->cheaper"),  # (the other way round served: 0.86)
    ("Can I pause my subscription?", "Can I put my subscription on hold?", "en", "learned:0.59"),
    ("What does a cab to the station cost?", "How much is a taxi to the station?", "en",
     "learned:0.61"),  # (the other way round served)
]  # fmt: skip


def test_known_paraphrase_misses_are_refused(embedder) -> None:
    cosines = pair_cosines(embedder, KNOWN_MISSES)
    assert_refused_with_reasons(GUARD, KNOWN_MISSES, cosines, THRESHOLD)


def test_paraphrases_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD, either_side=True)


def _frames(x: str, y: str) -> tuple:
    return analyse(x, "en").frame, analyse(y, "en").frame, x, y


def test_a_direction_is_read_after_any_goal_or_source_preposition() -> None:
    texts = "traffic heading towards the city", "traffic heading away from the city"
    assert direction_changed(*_frames(*texts)) == "city:to->from"
    texts = "move files into the folder", "move files out of the folder"
    assert direction_changed(*_frames(*texts)) == "folder:to->from"
    texts = "port my number to another network", "port my number from another network"
    assert direction_changed(*_frames(*texts)) == "network:to->from"
    texts = "trains from Leeds to York", "trains to York from Leeds"
    assert direction_changed(*_frames(*texts)) == ""  # both ends, each keeps its preposition
    texts = "I want to be a member", "I came from a member"  # an infinitive is no goal
    assert direction_changed(*_frames(*texts)) == ""
    texts = "Can I stop Chrome from opening tabs?", "Can I force Chrome to open tabs?"
    assert direction_changed(*_frames(*texts)) == ""  # verbs, no places


def test_quantifiers_of_another_kind() -> None:
    assert (
        quantifier_replaced("Do both parents sign?", "Does either parent sign?") == "both->either"
    )
    assert quantifier_replaced("Do all trains stop?", "Do any trains stop?") == "all->any"
    assert quantifier_replaced("Any good songs?", "What are some good songs?") == ""  # one kind
    assert quantifier_replaced("Is every item free?", "Are all items free?") == ""
    assert quantifier_replaced("Can I just turn up?", "Can all guests turn up?") == ""  # merely
    assert quantifier_replaced("Is it open all day?", "Is it open just on Sundays?") == ""
    assert quantifier_replaced("Is it free for all?", "Is it just for members?") == "all->just"
    assert quantifier_replaced("Can I go without any ID?", "Can all of us go?") == ""


def test_an_item_added_to_a_list() -> None:
    pair = "Are breakfast and dinner included?", "Is breakfast included?"
    assert item_added(*_frames(*pair)) == "dinner"
    pair = "Are dinner and breakfast included?", "Is breakfast included?"
    assert item_added(*_frames(*pair)) == "dinner"
    pair = "Do you fix phones, tablets and laptops?", "Do you fix phones and laptops?"
    assert item_added(*_frames(*pair)) == "tablet"
    pair = "Can I pay by card or cash?", "Can I pay by card?"
    assert item_added(*_frames(*pair)) == ""  # or: often one question asked two ways
    pair = "How do I find and pitch investors?", "How do I find investors?"
    assert item_added(*_frames(*pair)) == ""  # verbs: one action said twice
    pair = "Are breakfast and dinner included in the price?", "Are breakfast and dinner included?"
    assert item_added(*_frames(*pair)) == ""  # no item: detail


def test_a_clause_of_condition_purpose_or_time() -> None:
    def added(text: str, *words: str) -> list:
        return [u for u in units(text, "en") if u.text in words]

    text = "Can I cancel my membership if I move house?"
    found = cause_dropped(text, "Can I cancel my membership?", added(text, "move", "house"))
    assert found == "move+house"
    assert cause_dropped(text, "When can I cancel my membership?", added(text, "move", "house"))
    text = "Can I change my booking if possible?"
    assert cause_dropped(text, "Can I change my booking?", added(text, "possible")) == ""
    text = "Can I get a refund if it is cancelled because of a strike?"
    other = "Can I get a refund if it is cancelled due to a strike?"
    assert cause_dropped(text, other, added(text, "because")) == ""  # one kind of clause
    text = "Can I work from home while my child is ill?"
    other = "Can I work from home when my child is ill?"
    assert cause_dropped(text, other, added(text, "while")) == ""  # while / when: no added word


def test_units_of_time_replaced() -> None:
    assert body_part_replaced("Can I take a few weeks off?", "Can I take a couple of days off?")
    assert (
        body_part_replaced("What is your New Years resolution?", "Your new year resolution?") == ""
    )
