"""Session 28 (synEN): English near-synonyms read in context, and a price asked in two frames.

* **A later WordNet sense, read where the prompt uses it as the sense's example does**
  (:mod:`yamabiko.guard.wordnet_usage`): *hot* is *spicy* only in its ninth sense, *carry* is
  *stock* in its fifteenth; the example sentences of those synsets (*jalapeno peppers are very
  hot*, *Do you carry kerosene heaters?*) show the frame a prompt must say the word in.
* **A price asked in two frames** (:mod:`yamabiko.guard.english_price`): *how much is X* /
  *how much do you charge for X* / *what is the X fee*: the price words left are explained
  when both prompts ask a price.

Every pair is written here for the test (none is copied from a held-out set); the served
ones were refused before this session (substitution, or the trees on the unexplained word).
"""

from __future__ import annotations

from guard_probes import ProbeFile, assert_refused_at

from yamabiko.guard import Guard
from yamabiko.guard.english_price import asks_price, price_aligned
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units
from yamabiko.guard.wordnet_usage import USAGE_FLOOR, usage_aligned, usage_synonyms

GUARD = Guard()

#: served both ways round at the default embedder's cosine (each refused before: the first
#: six ``substitution:hot->spicy`` / ``stock->carry``, the last two by the trees)
SERVED = [
    ("Are the chicken wings very hot?", "Are the chicken wings very spicy?", "en"),
    ("Is the chilli sauce very hot?", "Is the chilli sauce very spicy?", "en"),
    ("Is the curry very hot?", "Is the curry very spicy?", "en"),
    ("Do you stock camping stoves?", "Do you carry camping stoves?", "en"),
    ("Do you carry spare bike tubes?", "Do you stock spare bike tubes?", "en"),
    ("Do you stock vegan cheese?", "Do you carry vegan cheese?", "en"),
    ("How much is a haircut?", "How much do you charge for a haircut?", "en"),
    ("How much is a massage?", "What is the massage fee?", "en"),
]

#: the twins: another word, or the same word in another frame, refused both ways round
REFUSED = [
    ("Is the curry very hot?", "Is the curry very mild?", "en", "substitution:hot->mild"),
    ("Is the salsa very hot?", "Is the salsa very sweet?", "en", "substitution:hot->sweet"),
    ("Do you sell vintage lamps?", "Do you buy vintage lamps?", "en", "antonym"),
    ("Do you sell camping stoves?", "Do you carry camping stoves?", "en",
     "substitution:sell->carry"),
    ("Do you rent camping stoves?", "Do you carry camping stoves?", "en",
     "substitution:rent->carry"),
    # carry as transport: *you carry my bags* is not the frame of *Do you carry kerosene heaters?*
    ("Do you carry my bags to the room?", "Do you stock my bags to the room?", "en",
     "substitution:carry->stock"),
    ("Can you carry my luggage?", "Can you stock my luggage?", "en",
     "substitution:carry->stock"),
    # a yes / no question asks whether there is a price, not how much it is
    ("Is there a fee for parking?", "How much is parking?", "en", "question"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_later_sense_is_read_in_the_frame_of_its_example() -> None:
    """*very hot* is *very spicy* and *Do you carry X* is *Do you stock X*; another frame,
    another word or a sense no word anchors is not read."""
    assert usage_synonyms("hot", "is the dal very hot?", "spicy", "is the dal very spicy?")
    assert usage_synonyms("stock", "do you stock rope?", "carry", "do you carry rope?")
    # (the frame of the stretched word: *you carry* + a possessive is another use)
    assert not usage_synonyms("stock", "do you stock my rope?", "carry", "do you carry my rope?")
    # (no frame word: *hot salsa* opens the sentence; a content word on both sides)
    assert not usage_synonyms("hot", "hot salsa?", "spicy", "spicy salsa?")
    # (restore's sense of repair is neither word's reading in an example that says restore)
    assert not usage_synonyms(
        "repair", "do you repair old clocks?", "restore", "do you restore old clocks?"
    )
    assert not usage_synonyms("hot", "is the dal very hot?", "cold", "is the dal very cold?")
    assert not usage_synonyms("hot", "is it hot?", "hot", "is it hot?")


def test_the_usage_reading_needs_the_prompts_close() -> None:
    """Below :data:`USAGE_FLOOR` the alignment is left as the check made it."""
    cached, query = "Is the dal very hot?", "Is the dal very spicy?"
    aligned = DEFAULT.align(units(cached, "en"), units(query, "en"))
    assert [u.text for u in aligned.rest_left] == ["hot"]
    below = usage_aligned(aligned, cached, query, USAGE_FLOOR - 0.01)
    assert below is aligned
    read = usage_aligned(aligned, cached, query, USAGE_FLOOR)
    assert (read.rest_left, read.rest_right, read.wordnet) == ([], [], "usage:hot->spicy")


def test_a_price_asked_two_ways() -> None:
    """*how much* + a function word, or a price word outside a yes / no question, asks a
    price; the price words left are explained only when nothing else is left."""
    assert asks_price("How much do u charge for a tan")
    assert asks_price("hw much is it to hire a hall")
    assert asks_price("hall hire cost?")
    assert not asks_price("How much notice do you need?")
    assert not asks_price("Do you charge for parking?")
    assert not asks_price("Is there a fee for parking?")
    assert not asks_price("Why was I charged a booking fee?")

    def aligned(cached: str, query: str) -> str:
        found = price_aligned(DEFAULT.align(units(cached, "en"), units(query, "en")), cached, query)
        return "" if found.rest_left or found.rest_right else found.wordnet

    assert aligned("How much is a kayak lesson?", "What does a kayak lesson cost?") == "price:cost"
    assert aligned("What is the joining fee?", "What is the joining price?") == "price:fee->price"
    assert aligned("How much is the deposit?", "How much is the fee?") == ""
    assert aligned("How much is a haircut?", "How long is a haircut?") == ""
    assert aligned("Can I pay the fee in instalments?", "Can I pay in instalments?") == ""


def test_twins_refused_at_forced_cosines() -> None:
    """Pairs the embedder puts below the threshold, refused at forced cosines above it too:
    another thing priced, another question of one thing."""
    for cosine in (0.8, 0.9):
        assert_refused_at(GUARD, "How much is the deposit?", "How much is the fee?",
                          "substitution:deposit->fee", (cosine,), 0.75)  # fmt: skip
        assert_refused_at(GUARD, "Do you charge for parking?", "How much is parking?",
                          "question", (cosine,), 0.75)  # fmt: skip
