"""Session-19 review probes for the English rules: minimal pairs that must be refused and
paraphrase twins that must be served, written for the review (none taken from a data file)."""

from __future__ import annotations

#: (cached, query): a different answer — refused
WRONG = [
    # person / role nouns
    (
        "Can my landlord enter the flat without notice?",
        "Can my tenant enter the flat without notice?",
    ),
    ("Who pays the stamp duty, the buyer?", "Who pays the stamp duty, the seller?"),
    ("What does the buyer pay at closing?", "What does the seller pay at closing?"),
    (
        "Does the employer pay for the training course?",
        "Does the employee pay for the training course?",
    ),
    ("Can a patient see the care plan?", "Can a carer see the care plan?"),
    ("What should the guest bring to the dinner?", "What should the host bring to the dinner?"),
    ("Can the teacher change the exam date?", "Can the student change the exam date?"),
    ("How much notice must a landlord give?", "How much notice must a tenant give?"),
    ("Is the driver liable for the damage?", "Is the passenger liable for the damage?"),
    ("Can the parent sign the consent form?", "Can the child sign the consent form?"),
    (
        "What rights does a lender have if I miss a payment?",
        "What rights does a borrower have if I miss a payment?",
    ),
    ("Does the doctor need to sign the form?", "Does the nurse need to sign the form?"),
    # directions
    (
        "Can I send money abroad with this account?",
        "Can I receive money from abroad with this account?",
    ),
    ("How much does it cost to call abroad?", "How much does it cost to call from abroad?"),
    ("Can I use my card abroad?", "Can I use my card from abroad?"),
    ("What time do we have to check in?", "What time do we have to check out?"),
    ("Is there a lift to go upstairs?", "Is there a lift to go downstairs?"),
    (
        "How do I move files into the shared folder?",
        "How do I move files out of the shared folder?",
    ),
    (
        "Can I transfer money into my savings account?",
        "Can I transfer money out of my savings account?",
    ),
    ("Is the bus to the airport running today?", "Is the bus from the airport running today?"),
    ("How long is the flight to Tokyo?", "How long is the flight from Tokyo?"),
    ("Can I import my contacts?", "Can I export my contacts?"),
    ("How do I log in to the app?", "How do I log out of the app?"),
    ("Do I need a visa to travel abroad?", "Do I need a visa to travel back from abroad?"),
    # scope
    ("Does the policy cover everyone in my household?", "Does the policy cover just me?"),
    ("Is the discount for all members?", "Is the discount only for new members?"),
    ("Can all the staff use the gym?", "Can only the managers use the gym?"),
    ("Does the vaccine protect the whole family?", "Does the vaccine protect only me?"),
    ("Is the travel insurance for me alone?", "Is the travel insurance for my whole family?"),
    ("Do all rooms have a balcony?", "Do some rooms have a balcony?"),
    ("Can everyone in the team see my calendar?", "Can only my manager see my calendar?"),
    ("Does the plan cover me and my partner?", "Does the plan cover just me?"),
    # narrowing modifiers added
    ("How much does the course cost?", "How much does the fully online course cost?"),
    (
        "How often should I service my water heater?",
        "How often should I service my tankless water heater?",
    ),
    ("How do I book a dentist appointment?", "How do I book an emergency dentist appointment?"),
    ("How much is the deposit?", "How much is the deposit fee?"),
    ("Can I get a refund on my ticket?", "Can I get a refund on my return ticket?"),
    ("How long does a passport take?", "How long does an urgent passport take?"),
    ("Is the parking free?", "Is the overnight parking free?"),
    ("Do you offer student discounts?", "Do you offer international student discounts?"),
    ("How do I apply for a visa?", "How do I apply for a work visa?"),
    ("How long is the warranty?", "How long is the extended warranty?"),
    # removed modifiers / a course of X
    ("How long does a course of antibiotics last?", "How long do antibiotics last?"),
    ("How much is a bottle of wine?", "How much is wine?"),
    ("How much is a box of chocolates?", "How much are chocolates?"),
    # service kind
    ("How much is the annual boiler service?", "How much is a one-off boiler repair?"),
    ("Do you do a yearly car service?", "Do you do a one-off car repair?"),
    ("How much is a monthly membership?", "How much is a day pass?"),
    ("Is the weekly cleaning included?", "Is the one-time deep cleaning included?"),
    # currencies
    ("Can I pay 50 dollars in cash?", "Can I pay 50 euros in cash?"),
    (
        "The room is 45 dollars per night, is breakfast included?",
        "The room is 45 euros per night, is breakfast included?",
    ),
    ("Is the fee 20 pounds?", "Is the fee 20 dollars?"),
    ("Can I withdraw 100 yen at the airport?", "Can I withdraw 100 dollars at the airport?"),
    # numbers in words vs digits that differ
    ("Can I bring twenty-five kilos of luggage?", "Can I bring 35 kilos of luggage?"),
    ("Is the return window thirty days?", "Is the return window 14 days?"),
    ("Can I take two tablets at once?", "Can I take 4 tablets at once?"),
    ("Is the course twelve weeks long?", "Is the course 10 weeks long?"),
    ("Do you have a table for six?", "Do you have a table for 8?"),
    ("Is the minimum age eighteen?", "Is the minimum age 21?"),
    ("Can I stay for forty-five nights?", "Can I stay for 54 nights?"),
    ("Is the plan three months?", "Is the plan a three-year plan?"),
]

#: (cached, query): the same answer — served
TWINS = [
    # person nouns said differently
    (
        "Can the guy at the front desk help me with my luggage?",
        "Can the man at the front desk help me with my luggage?",
    ),
    ("Do staff get free parking?", "Do employees get free parking?"),
    ("Can kids swim in the pool?", "Can children swim in the pool?"),
    ("Is there a menu for kids?", "Is there a children's menu?"),
    ("Can my landlord raise the rent?", "Is my landlord allowed to raise the rent?"),
    ("Can the tenant paint the walls?", "Is the tenant allowed to paint the walls?"),
    ("Does the buyer pay the agent's fee?", "Is the agent's fee paid by the buyer?"),
    ("Can a doctor prescribe this?", "Can a physician prescribe this?"),
    ("Do workers get paid overtime?", "Do employees get paid overtime?"),
    ("Can my mum pick up my parcel?", "Can my mom pick up my parcel?"),
    ("Are pets allowed for guests?", "Can guests bring pets?"),
    ("Can a customer return an opened item?", "Can customers return opened items?"),
    # directions same
    ("Can I use my card overseas?", "Can I use my card abroad?"),
    (
        "How much does it cost to send money overseas?",
        "How much does it cost to send money abroad?",
    ),
    ("What time is check-out?", "When do I have to check out?"),
    (
        "How do I get to the airport from the station?",
        "How do I get from the station to the airport?",
    ),
    ("Is there a lift to the upper floors?", "Is there an elevator to the upper floors?"),
    ("How do I sign in to my account?", "How do I log in to my account?"),
    ("How do I upload photos to the album?", "How can I upload pictures to the album?"),
    ("Can I fly to Tokyo directly?", "Is there a direct flight to Tokyo?"),
    # scope said differently
    (
        "Does the policy cover everyone at my address?",
        "Does the policy cover all the people who live with me?",
    ),
    ("Is the discount for all members?", "Is the discount for every member?"),
    ("Does the insurance cover only me?", "Does the insurance cover just me?"),
    ("Can all employees use the gym?", "Can every employee use the gym?"),
    ("Is it free for everyone?", "Is it free for everybody?"),
    ("Does the plan cover my whole family?", "Does the plan cover my entire family?"),
    ("Is this only for me?", "Is this just for me?"),
    # modifiers that add nothing
    ("How much does the online course cost?", "What is the price of the online course?"),
    ("How do I reset my password?", "How can I reset my password?"),
    ("How do I cancel my subscription?", "How do I cancel my current subscription?"),
    ("How long does delivery take?", "How long does the delivery usually take?"),
    ("What are your opening hours?", "What are your opening times?"),
    ("Do you have a car park?", "Do you have a parking lot?"),
    ("How long does a course of antibiotics last?", "How long does an antibiotic course last?"),
    ("How much is the annual service?", "How much is the yearly service?"),
    ("Do you do a yearly boiler service?", "Do you do an annual boiler service?"),
    ("Can I pay in dollars?", "Can I pay with US dollars?"),
    ("Do you accept euros?", "Can I pay in euros?"),
    # numbers in words equal to digits
    ("Can I bring twenty-five kilos of luggage?", "Can I bring 25 kilos of luggage?"),
    ("Is the return window thirty days?", "Is the return window 30 days?"),
    ("Can I take two tablets at once?", "Can I take 2 tablets at once?"),
    ("Do you have a table for six?", "Do you have a table for 6?"),
    ("Is there a thirty-day free trial?", "Is there a 30-day free trial?"),
    ("Is the minimum age eighteen?", "Is the minimum age 18?"),
    ("Can I stay for forty-five nights?", "Can I stay for 45 nights?"),
    ("Is the course twelve weeks long?", "Is the course 12 weeks long?"),
    # courtesy fillers
    ("Can I pay by card?", "Hi there, can I pay by card please?"),
    ("What time does the pool open?", "Sorry to bother you, but what time does the pool open?"),
    ("How do I change my address?", "Hello! How do I change my address? Thanks a lot."),
    ("Is breakfast included?", "Quick question: is breakfast included?"),
    ("Do you deliver on Sundays?", "I was wondering, do you deliver on Sundays?"),
    ("Can I bring my dog?", "Could you tell me if I can bring my dog?"),
    ("Where can I park?", "Hi, just wondering where I can park, thanks!"),
    # reordered clauses
    ("If I cancel today, do I get a refund?", "Do I get a refund if I cancel today?"),
    ("When I arrive late, can I still check in?", "Can I still check in when I arrive late?"),
    ("Before my trip, should I tell my bank?", "Should I tell my bank before my trip?"),
    ("For a family of four, which room is best?", "Which room is best for a family of four?"),
    ("On weekends, is the museum open late?", "Is the museum open late on weekends?"),
    ("After the trial ends, will I be charged?", "Will I be charged after the trial ends?"),
    ("With a student card, do I get a discount?", "Do I get a discount with a student card?"),
]
