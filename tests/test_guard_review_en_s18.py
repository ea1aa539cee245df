"""Session-18 review of the English wrong-serve rules (``guard/english_scope.py``,
``guard/restrictions.py``): paraphrases the new rules refused and wrong serves they let
through, in wordings written here for the review (none taken from an evaluation file).

Refused paraphrases fixed: a clause of the situation that rewords a phrase of the other
prompt (more confident *when talking to* customers / *with* customers), "what if" opening a
question, a list that says one thing twice (concentrate and focus), an act added with a
verb rather than an item (building muscle and *burn fat*), "all the time" read as "all day",
"what are all the / some" asking for a list. Wrong serves fixed: a noun before "if" / "when"
read as a verb of asking (cancel my *booking* if I fall ill, my dog on the *train* when it
is busy). ``# fixed`` marks the probes whose verdict main (25dd7e1) got wrong.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.english_scope import item_added, quantifier_replaced
from yamabiko.guard.restrictions import cause_dropped
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): served both ways round
PARAPHRASES = [
    (  # fixed
        "How do I become more confident when talking to customers?",
        "How do I become more confident with customers?",
        "en",
    ),
    ("How can I concentrate and focus at work?", "How can I concentrate at work?", "en"),  # fixed
    (  # fixed
        "What are the songs you hear all the time on the radio?",
        "What are some songs you hear on the radio a lot?",
        "en",
    ),
    (  # fixed
        "Which protein is best for building muscle and burn fat?",
        "Which protein is best for building muscle?",
        "en",
    ),
    ("How do I stay calm when speaking in public?", "How do I stay calm in public speaking?", "en"),
    ("Can I pay by card if that's possible?", "Can I pay by card?", "en"),
    (
        "Is the pass valid on all the buses all the time?",
        "Is the pass valid on all buses at all times?",
        "en",
    ),
]

#: (cached, query, lang, the reason given for the query): refused both ways round
WRONG = [
    (  # fixed
        "Can I cancel my booking?",
        "Can I cancel my booking if I fall ill?",
        "en",
        "condition:fall+ill",
    ),
    (  # fixed
        "Can I bring my dog on the train?",
        "Can I bring my dog on the train when it is busy?",
        "en",
        "condition:busy",
    ),
    (
        "Can I change my ticket?",
        "Can I change my ticket if my train is cancelled?",
        "en",
        "condition:train+cancelled",
    ),
    (
        "Is parking free at the hotel?",
        "Is parking free if I stay at the hotel?",
        "en",
        "condition:stay",
    ),
    ("Do you sell phones?", "Do you sell phones and tablets?", "en", "item:tablet"),
    (
        "Which phone is best for gaming?",
        "Which phone is best for gaming and photos?",
        "en",
        "item:photo",
    ),
    (
        "Can both parents sign the form?",
        "Can either parent sign the form?",
        "en",
        "scope:both->either",
    ),
    ("Are all the shops open on Sunday?", "Are any shops open on Sunday?", "en", "scope:all->any"),
]


def test_paraphrases_are_served(embedder) -> None:
    cosines = pair_cosines(embedder, PARAPHRASES)
    assert_served(GUARD, PARAPHRASES, cosines, THRESHOLD, either_side=True)


def test_wrong_serves_are_refused(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


def _added(text: str, other: str) -> list:
    """The units ``text`` has and ``other`` lacks (by key)."""
    keys = {u.key for u in units(other, "en")}
    return [u for u in units(text, "en") if u.key not in keys]


def test_a_clause_read_as_a_question_or_a_rewording() -> None:
    def dropped(text: str, other: str) -> str:
        return cause_dropped(text, other, _added(text, other))

    # a noun before if / when is no verb of asking (cancel my *booking* if ...)
    assert dropped("Can I cancel my order if it has shipped?", "Can I cancel my order?")
    assert dropped("Can I cancel my booking if I fall ill?", "Can I cancel my booking?")
    # a verb of telling with its object before "when" asks when
    assert not dropped("Can you tell me when the bus leaves?", "Does the bus leave?")
    # "when" with an auxiliary opens a question, not a clause
    assert not dropped("Hi, when does the gym close today?", "Hi, does the gym close today?")
    # what if: the clause is the question
    assert not dropped("What if my flight is cancelled?", "What about my flight?")
    # a clause of courtesy
    assert not dropped("Can I pay by card if you don't mind?", "Can I pay by card?")
    # a situation reworded (with customers / when talking to customers), not a state added
    assert not dropped(
        "How can I stay calm when talking to customers?", "How can I stay calm with customers?"
    )
    assert dropped(
        "Can I get a refund when the item is damaged?", "Can I get a refund for the item?"
    )
    # a condition on who asks stays one, however reworded (if I stay at the hotel)
    assert dropped("Is parking free if I stay at the hotel?", "Is parking free at the hotel?")
    # a thing added in the clause (your email) is no rewording
    assert dropped(
        "How do I reset my account when I forgot my email?", "How do I reset my account?"
    )


def test_quantifiers_read_in_their_idioms() -> None:
    assert not quantifier_replaced(
        "What songs do you hear all the time?", "What are some songs you hear a lot?"
    )
    assert not quantifier_replaced(
        "What are all the payment methods?", "What are some payment methods?"
    )
    # after all: an adverb; any / every still compared
    assert (
        quantifier_replaced("After all, is any room free?", "Is every room free?") == "any->every"
    )
    assert quantifier_replaced("Are all the shops open?", "Are any shops open?") == "all->any"
    long = (
        "I read the rules twice but could not tell which of them apply, so do all the trains "
        "stop at the airport station?"
    )
    assert not quantifier_replaced(long, "Do any trains stop at the airport station?")


def test_an_item_is_a_thing_said_once() -> None:
    def added(x: str, y: str) -> str:
        return item_added(analyse(x, "en").frame, analyse(y, "en").frame, x, y)

    assert not added("How can I concentrate and focus at work?", "How can I concentrate at work?")
    assert not added(
        "Which protein is best for building muscle and lose fat?",
        "Which protein is best for building muscle?",
    )
    assert added("Do you sell phones and tablets?", "Do you sell phones?") == "tablet"
