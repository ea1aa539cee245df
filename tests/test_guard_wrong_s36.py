"""Session 36 (wrong): wrong serves refused by their general cause.

- An English adjective in its comparative grade against a positive one in its place
  (:mod:`yamabiko.guard.english_comparatives`): *a bigger room* / *a big room*, *the farther
  car park* / *the outlying car park*; two comparatives (*bigger* / *larger*) still one.
- Two adjective satellites of one head, one derived from a noun of a person or a time
  (:func:`yamabiko.guard.wordnet_kin.sister_satellites`): *teenage* (an age group) /
  *youthful*; *scenic* / *picturesque*, *spacious* / *massive* still one.
- A closed compound against the word it ends in (:mod:`yamabiko.guard.english_tails`): *a
  grapefruit tart* / *a fruit tart* (the word vectors), *a pineapple cake* / *an apple cake*
  (the trees' rescue: ``contrast:``), and the same two as conversation threads, where the
  counterparts took the vectors' pairing for one fact.

Every pair and thread is written for this test (none from a held-out set); real guard,
WordNet, the word vectors, the default embedder and the conversation matcher.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, party_order
from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.conversation import ConversationMatcher
from yamabiko.guard import Guard
from yamabiko.guard.english_comparatives import comparative, one_comparative
from yamabiko.guard.english_tails import ends_in_word
from yamabiko.guard.wordnet_kin import sister_satellites

GUARD = Guard()

#: served on main 741f30f (guard-ok or the rescue), refused here both ways with the reason
REFUSED = [
    ("Is there a bigger room?", "Is there a big room?", "en", "substitution:bigger->big"),
    ("Is the cheaper ticket refundable?", "Is the cheap ticket refundable?", "en",
     "substitution:cheaper->cheap"),
    ("Can I book a faster ferry?", "Can I book a fast ferry?", "en", "substitution:faster->fast"),
    ("Do you have a smaller room?", "Do you have a tiny room?", "en",
     "substitution:smaller->tiny"),
    ("Where is the outlying car park?", "Where is the farther car park?", "en",
     "substitution:outlying->farther"),
    ("Can I use the nearby car park?", "Can I use the nearer car park?", "en",
     "substitution:nearby->nearer"),
    ("Is the teenage club free?", "Is the youthful club free?", "en",
     "substitution:teenage->youthful"),
    ("Can I order a grapefruit tart?", "Can I order a fruit tart?", "en",
     "substitution:grapefruit->fruit"),
    ("Can I order a cupcake?", "Can I order a cake?", "en", "substitution:cupcake->cake"),
    ("Can I order a pineapple cake?", "Can I order an apple cake?", "en",
     "contrast:pineapple->apple"),
]  # fmt: skip
#: paraphrase twins: still served both ways
SERVED = [
    ("Is there a bigger room?", "Is there a larger room?", "en"),
    ("Is the teen club free?", "Is the teenage club free?", "en"),
    ("Is the room spacious?", "Is the room massive?", "en"),
    ("Can I order a cheesecake?", "Can I order a cheese cake?", "en"),
    ("Is the bookshop open on Sunday?", "Is the book shop open on Sunday?", "en"),
    ("Why was my order cancelled?", "What is the reason my order was cancelled?", "en"),
]  # fmt: skip

cosines = cosines_fixture(REFUSED, SERVED)


def test_wrong_serves_refused_with_their_reason(cosines: dict) -> None:
    """Each pair reaches the threshold and is refused both ways, naming the two words."""
    assert_refused_with_reasons(GUARD, REFUSED, cosines, 0.75, either_side=True)


def test_paraphrase_twins_still_served(cosines: dict) -> None:
    """Two comparatives, one synset, two shades of one head, a compound spelt apart."""
    assert_served(GUARD, SERVED, cosines, 0.75, either_side=True)


def test_comparative_by_wordnet() -> None:
    """An -er form of another adjective lemma, or a sense glossed as a comparative; not a
    word whose spelling only ends so, nor a noun of its own with a tagged sense."""
    for word in ("bigger", "cheaper", "nearer", "later", "farther", "further", "better"):
        assert comparative(word), word
    for word in ("big", "clever", "proper", "other", "cleaner", "cooler", "tiny"):
        assert not comparative(word), word
    assert one_comparative("bigger", "big") and one_comparative("farther", "outlying")
    assert not one_comparative("bigger", "larger") and not one_comparative("big", "large")


def test_satellite_of_a_group_is_no_shade() -> None:
    """*teenage* (derived from *adolescent*, *adolescence*) is no shade of *young*."""
    assert not sister_satellites("teenage", "youthful")
    assert sister_satellites("scenic", "picturesque")
    assert sister_satellites("spacious", "massive")


def test_ends_in_word() -> None:
    """A closed compound and its last word; not an inflection nor a short tail."""
    for pair in (("grapefruit", "fruit"), ("cupcake", "cake"), ("peanut", "nut"),
                 ("pineapple", "apple")):  # fmt: skip
        assert ends_in_word(*pair) and ends_in_word(*pair[::-1]), pair
    for pair in (("cakes", "cake"), ("bigger", "big"), ("apple", "apple"), ("shop", "hop")):
        assert not ends_in_word(*pair), pair


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [("a pineapple cake", "an apple cake"), ("a grapefruit tart", "a fruit tart")],
)
async def test_a_compound_is_no_counterpart_of_its_last_word(
    matcher: ConversationMatcher, mine: str, theirs: str
) -> None:
    """One thread says the compound, the other its last word (main: history:same)."""
    for accept, reason in await both_ways(
        matcher, party_order(mine, 1), party_order(theirs, 2), "How much will that be?"
    ):
        assert not accept and reason.startswith("history:facts-fact:"), reason


async def test_the_same_order_reworded_is_one_thread(matcher: ConversationMatcher) -> None:
    """The same cake in both threads, said in one turn and in two: still one context."""
    for accept, reason in await both_ways(
        matcher, party_order("a pineapple cake", 1), party_order("a pineapple cake", 2),
        "How much will that be?",
    ):  # fmt: skip
        assert accept, reason
