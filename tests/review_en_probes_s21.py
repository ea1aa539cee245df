"""Session-21 review probes for the English guard: minimal pairs that must be refused and
paraphrase twins that must be served, written for this review before reading the round-1
work (none taken from a data file or an earlier probe set), in domains a new FAQ might bring
and the tuning sets hold few of: trades and home services, shops, hire, storage, memorials
and pets. The kinds: a qualifier added, a cause or circumstance changed, a part against the
whole, supply-and-fit against fit only, another recipient, a duration or a frequency, a
comparative, before / after, to / from, a quantity, a negated condition; the twins say the
same with synonyms, in another order, casually, politely, in British or American words."""

from __future__ import annotations

#: (cached, query): one detail changes the answer — refused
WRONG = [
    # a qualifier added to (or dropped from) a charge, a service or a product
    (
        "Do you charge a fee for returning the van?",
        "Do you charge a late fee for returning the van?",
    ),
    ("Do you offer delivery on garden sheds?", "Do you offer same-day delivery on garden sheds?"),
    ("How much is a callout for a plumber?", "How much is an emergency callout for a plumber?"),
    ("Do you offer grooming for dogs?", "Do you offer mobile grooming for dogs?"),
    ("Can I rent a storage unit by the month?", "Can I rent a heated storage unit by the month?"),
    ("How much is a headstone?", "How much is a granite headstone?"),
    (
        "Is there a guarantee on the roof repair?",
        "Is there a lifetime guarantee on the roof repair?",
    ),
    (
        "Is there a deposit to hire the marquee?",
        "Is there a refundable deposit to hire the marquee?",
    ),
    ("Do you sell dog food?", "Do you sell raw dog food?"),
    ("Do you do next-day delivery on fridges?", "Do you do delivery on fridges?"),
    ("Is there a charge for a weekend callout?", "Is there a charge for a callout?"),
    # a cause or a circumstance
    (
        "Does the hire cover accidental damage to the van?",
        "Does the hire cover deliberate damage to the van?",
    ),
    ("What do I do if my storage key is lost?", "What do I do if my storage key is stolen?"),
    (
        "Does the pet insurance pay out if my dog is lost?",
        "Does the pet insurance pay out if my dog is stolen?",
    ),
    (
        "Is the burst pipe covered if it was caused by frost?",
        "Is the burst pipe covered if it was caused by wear and tear?",
    ),
    (
        "Is the deposit refunded if I cancel because of illness?",
        "Is the deposit refunded if I cancel because of bad weather?",
    ),
    ("Can I claim if the parcel arrived damaged?", "Can I claim if the parcel arrived late?"),
    ("Will you repair a window broken by accident?", "Will you repair a window broken on purpose?"),
    # a part against the whole
    ("How much to replace the boiler?", "How much to replace the boiler pump?"),
    ("How much to re-tile the bathroom?", "How much to re-tile the bathroom floor?"),
    ("Can you replace the window?", "Can you replace the window glass?"),
    ("How much does it cost to fix a fence?", "How much does it cost to fix a fence panel?"),
    ("How much to resurface the driveway?", "How much to resurface half the driveway?"),
    ("Do you replace the whole lock?", "Do you replace the lock barrel?"),
    ("How much to paint the house?", "How much to paint the front door?"),
    # supply and fit against fit only, labour against materials
    ("Do you supply and fit carpets?", "Do you fit carpets?"),
    (
        "How much do you charge to supply and install a shower?",
        "How much do you charge to install a shower?",
    ),
    ("Is the price for the tiles and the fitting?", "Is the price for the fitting only?"),
    ("Does the quote include labour and materials?", "Does the quote include labour only?"),
    ("Do you fit doors that customers buy themselves?", "Do you fit doors that you supply?"),
    # another recipient
    ("Can I send flowers to the funeral home?", "Can I send flowers to the family home?"),
    ("Is the invoice sent to the landlord?", "Is the invoice sent to the tenant?"),
    ("Is the deposit refunded to the tenant?", "Is the deposit refunded to the letting agent?"),
    ("Can the vet send the records to my new vet?", "Can the vet send the records to my insurer?"),
    ("Can I buy a gift card for a friend?", "Can I buy a gift card for myself?"),
    # a duration or a frequency
    ("Can I hire the carpet cleaner for a day?", "Can I hire the carpet cleaner for a week?"),
    ("Do you walk dogs twice a day?", "Do you walk dogs once a day?"),
    ("Is the storage unit rented by the week?", "Is the storage unit rented by the month?"),
    ("Is the grave lease for fifty years?", "Is the grave lease for ninety-nine years?"),
    (
        "Can the dog stay at the kennels overnight?",
        "Can the dog stay at the kennels for a fortnight?",
    ),
    ("Is the gardening service weekly?", "Is the gardening service fortnightly?"),
    ("Can I hire the van for a few hours?", "Can I hire the van for a few days?"),
    # comparatives
    ("Can I move to a bigger storage unit?", "Can I move to a smaller storage unit?"),
    (
        "Is the electric van cheaper to hire than the diesel?",
        "Is the electric van dearer to hire than the diesel?",
    ),
    ("Do older cats need more food?", "Do older cats need less food?"),
    ("Is a longer lease cheaper per month?", "Is a shorter lease cheaper per month?"),
    ("Is burial more expensive than cremation?", "Is burial less expensive than cremation?"),
    # before / after
    ("Do I pay the roofer before the work?", "Do I pay the roofer after the work?"),
    ("Can I feed my dog before the operation?", "Can I feed my dog after the operation?"),
    (
        "Should I defrost the freezer before the engineer visits?",
        "Should I defrost the freezer after the engineer visits?",
    ),
    (
        "Is the headstone put up before the ground settles?",
        "Is the headstone put up after the ground settles?",
    ),
    # to / from
    ("Can you move my piano to the storage unit?", "Can you move my piano from the storage unit?"),
    ("Do you transport pets to Spain?", "Do you transport pets from Spain?"),
    (
        "Is there a charge to ship the ashes to Ireland?",
        "Is there a charge to ship the ashes from Ireland?",
    ),
    (
        "Can I transfer the burial plot to my brother?",
        "Can my brother transfer the burial plot to me?",
    ),
    # quantities
    ("How much to clean a three-bedroom house?", "How much to clean a four-bedroom house?"),
    ("Can I walk two dogs at once in the park?", "Can I walk six dogs at once in the park?"),
    (
        "Will a small unit fit the contents of a one-bedroom flat?",
        "Will a small unit fit the contents of a three-bedroom house?",
    ),
    ("Does the quote cover one coat of paint?", "Does the quote cover two coats of paint?"),
    ("Do you sell half a pallet of logs?", "Do you sell a full pallet of logs?"),
    # negated conditions
    (
        "Do I still pay the callout if you fix the fault?",
        "Do I still pay the callout if you can't fix the fault?",
    ),
    (
        "Is there an extra charge if the van is returned clean?",
        "Is there an extra charge if the van is not returned clean?",
    ),
    ("Can I access the unit if the rent is paid?", "Can I access the unit if the rent is unpaid?"),
    (
        "Does the guarantee apply if I used your installer?",
        "Does the guarantee apply if I didn't use your installer?",
    ),
    (
        "Do you vaccinate puppies that are microchipped?",
        "Do you vaccinate puppies that aren't microchipped?",
    ),
    # opposite acts, kinds of service, audiences and objects
    ("How much to unblock a drain?", "How much to reline a drain?"),
    ("Do you install fitted wardrobes?", "Do you remove fitted wardrobes?"),
    ("How much to neuter a male cat?", "How much to neuter a female cat?"),
    ("Do you groom long-haired cats?", "Do you groom short-haired cats?"),
    ("Can I hire the van with a provisional licence?", "Can I hire the van with a full licence?"),
    ("Is the memorial service held indoors?", "Is the memorial service held outdoors?"),
    ("Do you clean the inside of the windows?", "Do you clean the outside of the windows?"),
    ("Can I return sale items?", "Can I return full-price items?"),
    ("Do you take cash on delivery?", "Do you take cash on collection?"),
    ("Is the shop open on Boxing Day?", "Is the shop open on Christmas Eve?"),
    ("Do you price tree surgery by the hour?", "Do you price tree surgery by the job?"),
    ("Can I keep a car in the storage unit?", "Can I keep a caravan in the storage unit?"),
    ("Can I store furniture in the unit?", "Can I store fuel in the unit?"),
    ("Do you dispose of old mattresses?", "Do you dispose of old fridges?"),
    ("Can a dog be buried in the pet cemetery?", "Can a horse be buried in the pet cemetery?"),
    (
        "Is the engraving included in the price of the plaque?",
        "Is the fitting included in the price of the plaque?",
    ),
    ("Is the deposit returned when I move out?", "Is the deposit returned when I move in?"),
    # a second batch, written after the baseline in the same domains and kinds
    ("Is there a charge for cancelling?", "Is there a charge for cancelling late?"),
    ("Do you deliver?", "Do you deliver overnight?"),
    ("Do you do key cutting?", "Do you do key cutting while you wait?"),
    ("What if my phone is damaged by water?", "What if my phone is damaged by a fall?"),
    ("Is theft from the car covered?", "Is theft of the car covered?"),
    ("Do you fit customers' own tiles?", "Do you fit tiles?"),
    ("Can I send the invoice to my employer?", "Can I send the invoice to my accountant?"),
    ("Can I store my boxes for a month?", "Can I store my boxes for a year?"),
    ("Do you collect the bins weekly?", "Do you collect the bins daily?"),
    ("Do you mow the lawn every week?", "Do you mow the lawn every other week?"),
    ("Is a bigger deposit needed for dogs?", "Is a smaller deposit needed for dogs?"),
    ("Do puppies need more walks than adult dogs?", "Do puppies need fewer walks than adult dogs?"),
    (
        "Can I visit the grave before the headstone is fitted?",
        "Can I visit the grave after the headstone is fitted?",
    ),
    ("Do you move pianos upstairs?", "Do you move pianos downstairs?"),
    ("Do you groom dogs over 30 kg?", "Do you groom dogs under 30 kg?"),
    ("Can I hire the marquee for half a day?", "Can I hire the marquee for a full day?"),
    ("Do I pay if the locksmith can get in?", "Do I pay if the locksmith can't get in?"),
    ("Is the van insured if someone else drives it?", "Is the van insured if only I drive it?"),
    ("Can I hire a trailer without a tow bar?", "Can I hire a trailer with a tow bar?"),
    ("Is the shed delivered assembled?", "Is the shed delivered flat-packed?"),
    ("Do you remove the old boiler?", "Do you remove the old radiators?"),
    ("Does the urn come with the cremation?", "Does the casket come with the cremation?"),
    (
        "Do I need to be home for the boiler service?",
        "Do I need to be home for the boiler installation?",
    ),
    (
        "Is the callout fee waived if I go ahead with the repair?",
        "Is the callout fee waived if I don't go ahead with the repair?",
    ),
    ("Do you charge extra for weekend deliveries?", "Do you charge extra for deliveries?"),
    ("Is the storage unit alarmed?", "Is the storage unit insured?"),
    ("Can I pay for the funeral in advance?", "Can I pay for the funeral in arrears?"),
    ("Does the dog walker take dogs off the lead?", "Does the dog walker keep dogs on the lead?"),
    ("Can I return a gift without the receipt?", "Can I exchange a gift without the receipt?"),
    ("Do you sell dog beds in large?", "Do you sell dog beds in extra large?"),
    (
        "Can I leave my cat at the cattery for a night?",
        "Can I leave my cat at the cattery for a month?",
    ),
    ("Do you repair the roof after storm damage?", "Do you repair the roof after fire damage?"),
    ("Can my son collect the ashes?", "Can my solicitor collect the ashes?"),
    ("Is the plumber's quote per job?", "Is the plumber's quote per hour?"),
    ("Is the first consultation free?", "Is every consultation free?"),
    ("Do you take back unwanted gifts?", "Do you take back faulty gifts?"),
    ("Is the price for one side of the fence?", "Is the price for both sides of the fence?"),
    ("Can I upgrade to a bigger van on the day?", "Can I upgrade to a bigger van in advance?"),
    ("Is the engraving done by hand?", "Is the engraving done by machine?"),
]

#: (cached, query): the same answer said differently — served
TWINS = [
    # synonyms
    ("Do you fix leaking taps?", "Do you repair dripping taps?"),
    ("Can I hire a van for the weekend?", "Can I rent a van for the weekend?"),
    ("How much does a plumber charge per hour?", "What is a plumber's hourly rate?"),
    ("Do you put up shelves?", "Do you install shelves?"),
    ("Can you get rid of my old sofa?", "Can you take away my old sofa?"),
    ("Do you trim dogs' nails?", "Do you clip dogs' nails?"),
    ("Is the shop open on Sundays?", "Is the store open on Sundays?"),
    ("What time does the tip close?", "When does the tip close?"),
    ("Do you sell second-hand furniture?", "Do you sell used furniture?"),
    (
        "Can I see the storage unit before I rent it?",
        "Can I view the storage unit before renting it?",
    ),
    ("Do you offer free quotes?", "Are your quotes free?"),
    ("How quickly can an electrician come out?", "How fast can an electrician come out?"),
    (
        "Do you look after cats while their owners are away?",
        "Do you care for cats while their owners are away?",
    ),
    ("Is the kennel heated in winter?", "Are the kennels heated in winter?"),
    ("Can I bring my dog into the shop?", "Are dogs allowed in the shop?"),
    ("How much is it to hire a marquee?", "How much does marquee hire cost?"),
    ("Do you repair broken locks?", "Do you fix broken locks?"),
    (
        "Can I scatter ashes in the garden of remembrance?",
        "Is it possible to scatter ashes in the garden of remembrance?",
    ),
    # reorderings
    ("Can I pay in instalments for the headstone?", "Can I pay for the headstone in instalments?"),
    ("On Sundays, is the garden centre open?", "Is the garden centre open on Sundays?"),
    ("If I lose the key, who pays for a new lock?", "Who pays for a new lock if I lose the key?"),
    ("For a small dog, how much is a wash?", "How much is a wash for a small dog?"),
    ("Before the funeral, can we see the body?", "Can we see the body before the funeral?"),
    # casual and texting
    ("Can u come out 2day to fix the boiler?", "Can you come out today to fix the boiler?"),
    ("do u cut keys while i wait", "Do you cut keys while I wait?"),
    ("Hi, do you take walk-ins for dog grooming?", "Do you take walk-ins for dog grooming?"),
    ("Hey can I pay by card at the tip?", "Can I pay by card at the tip?"),
    ("Whats the price of a dog walk?", "What's the price of a dog walk?"),
    ("is there parking at the crematorium", "Is there parking at the crematorium?"),
    ("Do u sell bird seed?", "Do you sell bird seed?"),
    ("cn i store a bike in the unit?", "Can I store a bike in the unit?"),
    # polite forms
    ("Can you fit a new lock today?", "Would you be able to fit a new lock today, please?"),
    ("What does it cost to neuter a cat?", "Could you tell me what it costs to neuter a cat?"),
    ("Do you deliver to Bristol?", "I was wondering whether you deliver to Bristol."),
    ("Can I collect the ashes on Friday?", "Would it be alright to collect the ashes on Friday?"),
    (
        "Is there a lift in the storage building?",
        "Excuse me, is there a lift in the storage building?",
    ),
    ("Can I extend my van hire?", "Is it possible to extend my van hire, please?"),
    # British / American spellings and words
    ("Do you lay kerbs on driveways?", "Do you lay curbs on driveways?"),
    ("Can I hire a lorry?", "Can I rent a truck?"),
    ("Do you repair taps?", "Do you repair faucets?"),
    ("Do you sell aluminium ladders?", "Do you sell aluminum ladders?"),
    ("Do you groom dogs in the neighbourhood?", "Do you groom dogs in the neighborhood?"),
    ("Where is the nearest car park?", "Where is the nearest parking lot?"),
    ("Do you do funerals at the weekend?", "Do you do funerals on the weekend?"),
    ("Do you sell tins of paint?", "Do you sell cans of paint?"),
    ("How do I get rid of mould in the bathroom?", "How do I get rid of mold in the bathroom?"),
    ("Can I return the jumper?", "Can I return the sweater?"),
    ("Can I hire a petrol generator?", "Can I rent a gasoline generator?"),
    # the wrong kinds said the same way twice
    (
        "Is there a late fee if I return the van late?",
        "Is there a late charge if I return the van late?",
    ),
    ("Do you do same-day delivery?", "Can you deliver on the same day?"),
    (
        "Does the insurance cover accidental damage?",
        "Does the insurance cover damage caused by accident?",
    ),
    ("Do you supply and fit carpets?", "Do you supply and install carpets?"),
    ("Can I hire the drill for a week?", "Can I hire the drill for seven days?"),
    ("Do you walk dogs twice a day?", "Do you walk dogs two times a day?"),
    ("Should I feed my dog before the operation?", "Should I feed my dog prior to the operation?"),
    ("Can I move to a bigger unit?", "Can I move to a larger unit?"),
    ("Is the deposit refunded when I move out?", "Do I get the deposit back when I move out?"),
    (
        "What happens if my storage key is stolen?",
        "What should I do if someone steals my storage key?",
    ),
    ("Can I cancel the booking without paying a fee?", "Can I cancel the booking free of charge?"),
    ("Is the boiler service yearly?", "Is the boiler serviced every year?"),
    ("Is the price per dog?", "Is the price for each dog?"),
    ("Do you deliver to the door?", "Do you deliver to my door?"),
]
