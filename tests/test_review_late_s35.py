"""Session 35 review of session 34's late landings: three wrong serves the new readings made,
each refused again by narrowing the reading to what its own docstring claims.

- lateEN's ``english_destination`` read any WordNet ``noun.location`` owned by a person as the
  person (*to my wife's country* / *to my wife*, ``destination:country``); now only a place
  where a person is found (the sense of *address* or one under it: *home*, *residence*).
- lateConvo's ``bearing._said_as_noun`` read every bare adjective after *be* as no status, so
  *I'm senior, by the way* or *We're both veteran* before a price question was small talk; now
  only an adjective said with its own complement (*desperate to ...*) is the adjective.
- lateConvo's ``names.named_person_said`` took any capitalised word of the other side for the
  name, so *my son Mark* / *Mark it in the diary* was one person; now a word that opens a
  sentence is a name there only when WordNet has no verb, adjective or adverb of it.

Every pair and thread is written for this test (none from a held-out set); real guard,
WordNet, SudachiPy and the default embedder.
"""

from __future__ import annotations

from typing import Any

import pytest
from conversation_turns import both_ways, party_order, turns
from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.bearing import bearings
from yamabiko.conversation.counterparts import english_compound
from yamabiko.conversation.names import named_person_said
from yamabiko.conversation.thing_kinds import noun_files
from yamabiko.guard import Guard
from yamabiko.guard.english_destination import destination_read

GUARD = Guard()

#: a region the person lives in is not the person: refused both ways (main: destination:*)
REGIONS = [
    ("Can you ship the parcel to my wife?", "Can you ship the parcel to my wife's country?", "en",
     "part:country"),
    ("Can you send the letter to my father?", "Can you send the letter to my father's city?", "en",
     "part:city"),
    ("Can you post the card to my nephew?", "Can you post the card to my nephew's hometown?",
     "en", "part:hometown"),
]  # fmt: skip
#: where the person is found: still served both ways
HOMES = [
    ("Can you ship the parcel to my wife?", "Can you ship the parcel to my wife's address?", "en"),
    ("Can you send the letter to my father?", "Can you send the letter to my father's home?", "en"),
]  # fmt: skip

cosines = cosines_fixture(REGIONS, HOMES)


def test_a_region_of_the_person_is_no_destination_read(cosines: dict) -> None:
    """*to my wife's country* is refused against *to my wife*; *address*, *home* still serve."""
    assert_refused_with_reasons(GUARD, REGIONS, cosines, 0.75, either_side=True)
    assert_served(GUARD, HOMES, cosines, 0.75, either_side=True)


def test_destination_read_wants_where_a_person_is_found() -> None:
    """The reader itself: *address*, *home*, *residence* read; *country*, *city* not."""
    cached = "Please send it to my aunt."
    for place in ("address", "home", "residence"):
        assert destination_read(f"Please send it to my aunt's {place}.", cached, place), place
    for place in ("country", "city", "hometown", "neighbourhood"):
        assert destination_read(f"Please send it to my aunt's {place}.", cached, place) is None


def test_a_bare_status_adjective_is_a_status_without_a_complement() -> None:
    """*senior*, *veteran*, *resident* said bare bear on a price; *desperate to* / *for* not."""
    assert bearings("I'm senior, by the way.", "en") == {"price": "senior"}
    assert bearings("We're both veteran.", "en") == {"price": "veteran"}
    assert bearings("I'm resident in the town.", "en") == {"price": "resident"}
    assert bearings("She's desperate to win a race.", "en") == {}
    assert bearings("He's desperate for a swim.", "en") == {}


@pytest.fixture(scope="module")
def matcher(embedder: Any) -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(embedder)


TOUR = (
    "I'd like two tickets for the castle tour on Saturday 14 June.",
    "Booked: two tickets for the castle tour on Saturday 14 June.",
)


@pytest.mark.parametrize(
    ("remark", "reason"),
    [
        ("I'm senior, by the way.", "history:need:senior"),
        ("We're both veteran, by the way.", "history:need:veteran"),
        ("I'm resident in the town, by the way.", "history:need:resident"),
        ("I'm desperate to see the armoury.", "history:same"),
    ],
)
async def test_a_status_before_a_price_question(
    matcher: ConversationMatcher, remark: str, reason: str
) -> None:
    """A status said bare before *How much do I owe you?* is a need; an eager remark is not."""
    for accept, found in await both_ways(
        matcher, turns(TOUR), turns(TOUR, (remark, "Thanks.")), "How much do I owe you?"
    ):
        assert (accept, found) == (reason == "history:same", reason)


def test_a_word_opening_a_sentence_is_a_name_only_if_no_verb() -> None:
    """*Mark it* / *Will you* open a sentence with a verb; *Leo would* with a name."""
    assert not named_person_said("son", ["my son Mark"], ["June, please. Mark it in the diary."])
    assert not named_person_said("son", ["my son Will"], ["Will you be open?"])
    assert named_person_said("son", ["my son Leo"], ["Leo would love a lesson."])
    assert named_person_said("son", ["my son Mark"], ["Booked: Mark, Sunday."])


async def test_a_verb_opening_a_sentence_is_no_named_person(matcher: ConversationMatcher) -> None:
    """Riding lessons for *my son Mark* against lessons the user books for nobody named, whose
    turn opens a sentence with *Mark it*: another party (main served it, history:same)."""
    mark = turns(
        ("I'd like to book my son Mark into riding lessons on Sunday 8 June.",
         "Booked: Mark, riding lessons on Sunday 8 June."),
    )  # fmt: skip
    plain = turns(
        ("I'd like some riding lessons at your stables.", "Lovely. Which day would suit?"),
        ("Sunday 8 June, please. Mark it in the diary.", "Booked: lessons on Sunday 8 June."),
    )
    for accept, reason in await both_ways(matcher, mark, plain, "What should I bring?"):
        assert (accept, reason) == (False, "history:facts-person")


#: session 35's samectx (874334c) drops a preference before a question that chooses another
#: kind of thing; by first senses only *dish*, *cake* and *bottle* named none of the food liked
TABLE = ("Can we book a table for four on Friday at 7pm?", "Booked: four, Friday at 7pm.")


@pytest.mark.parametrize(
    ("remark", "question", "reason"),
    [
        ("My daughter loves chicken.", "Which dish would you recommend?", "history:need:loves"),
        ("My son loves fish.", "Which dish would you recommend?", "history:need:loves"),
        ("My kids love chocolate.", "Which cake would you suggest?", "history:need:love"),
        ("My wife loves red wine.", "Which bottle would you suggest?", "history:need:loves"),
        ("My wife loves flowers.", "Which wine would you suggest?", "history:same"),
    ],
)
async def test_a_preference_bears_on_a_choice_of_any_kind_its_nouns_name(
    matcher: ConversationMatcher, remark: str, question: str, reason: str
) -> None:
    """A food liked bears on a dish, a cake (a food in one of their senses) and a bottle (a
    measure of any thing); flowers still bear on no wine (samectx's reading kept)."""
    for accept, found in await both_ways(
        matcher, turns(TABLE), turns(TABLE, (remark, "Lovely!")), question
    ):
        assert (accept, found) == (reason == "history:same", reason)


def test_noun_files_read_every_sense() -> None:
    """*cake*'s one tagged sense is an artifact; its other senses are foods."""
    assert {"noun.artifact", "noun.food"} <= noun_files("cake")
    assert "noun.food" not in noun_files("flowers")
    assert noun_files("zzzz") == frozenset()


def test_a_compound_is_its_last_part_only_where_wordnet_defines_it_so() -> None:
    """reword's 0a62eb3 took any two WordNet nouns run together for a kind of the second;
    now a compound WordNet knows must be glossed as one (*headstone*: "a stone that ...")."""
    for compound, part in (("headstone", "stone"), ("handrail", "rail"), ("cupcake", "cake")):
        assert english_compound(compound, part), compound
    assert english_compound("stairlift", "lift")  # (WordNet does not know it: not asked)
    for compound, part in (
        ("seafood", "food"), ("pineapple", "apple"), ("peanut", "nut"), ("fortnight", "night"),
        ("carpet", "pet"), ("mushroom", "room"), ("shellfish", "fish"), ("airport", "port"),
    ):  # fmt: skip
        assert not english_compound(compound, part), compound


async def test_a_seafood_platter_is_no_food_platter(matcher: ConversationMatcher) -> None:
    """Refused again (0a62eb3 served it, history:same); a headstone is still the stone."""
    for accept, reason in await both_ways(
        matcher, party_order("a seafood platter", 1), party_order("a food platter", 2),
        "How much will that be?",
    ):  # fmt: skip
        assert not accept and reason.startswith("history:facts-fact:"), reason
