"""Session 33 (qqp2): a question asked of one named place against the same question asked of
none is another question (``guard/english_place_added.py``: ``narrowing:in+Kenya``), read by
WordNet's names of places and the adjectives that pertain to them
(``guard/wordnet_names.read_places``). Pairs written for these tests; checked by the default
guard above the trees' band (0.96), where the rules alone decide, and inside it (0.85)."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_place_added import place_added
from yamabiko.guard.wordnet import load

#: above the boosted trees' band (0.75-0.95): the rules alone decide; and inside it
HIGH, BAND = 0.96, 0.85

#: one question asks of a place WordNet names, the other of none: refused both ways
ONE_PLACE = [
    ("What are the cheapest ferry routes in Greece?", "What are the cheapest ferry routes?"),
    ("Which mobile network has the best coverage in Norway?",
     "Which mobile network has the best coverage?"),
    ("How do I register a small business in Kenya?", "How do I register a small business?"),
    ("Is it legal to fly a drone in Japan?", "Is it legal to fly a drone?"),
    ("What is the minimum wage for waiters in Ontario?", "What is the minimum wage for waiters?"),
    ("Where can I learn salsa dancing in Lisbon?", "Where can I learn salsa dancing?"),
    ("How long does a driving licence take to arrive in Ireland?",
     "How long does a driving licence take to arrive?"),
    ("Which universities offer free tuition in the Netherlands?",
     "Which universities offer free tuition?"),
    ("What vaccines do I need for travelling in Peru and Chile?",
     "What vaccines do I need for travelling?"),
    ("How much does a dentist earn at Boston?", "How much does a dentist earn?"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), ONE_PLACE)
@pytest.mark.parametrize("similarity", [HIGH, BAND])
def test_a_place_one_question_asks_of_is_refused(
    cached: str, query: str, similarity: float
) -> None:
    guard = Guard()
    for first, second in ((query, cached), (cached, query)):
        verdict = guard.check(first, second, "en", similarity)
        assert not verdict.accept
        assert verdict.reason.startswith("narrowing:in+")


#: the other question names the place too (in lower case, by its adjective, by another of
#: its names, said first), or the capitalised word is no place closing the phrase: served
BOTH_PLACED = [
    ("What are the cheapest ferry routes in Greece?",
     "What are the cheapest ferry routes in greece?"),
    ("How do I register a small business in Kenya?", "How do I register a Kenyan small business?"),
    ("Is it legal to fly a drone in the United States?", "Is it legal to fly a drone in the US?"),
    ("What is the minimum wage for waiters in Ontario?",
     "In Ontario, what is the minimum wage for waiters?"),
    ("How much is a coffee in US dollars?", "How much is a coffee?"),
    ("What do Canadians think of maple syrup taxes in Canada?",
     "What do Canadians think of maple syrup taxes?"),
    ("What do Brazilians eat for breakfast in Brazil?", "What do Brazilians eat for breakfast?"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), BOTH_PLACED)
def test_a_place_both_questions_name_is_served(cached: str, query: str) -> None:
    guard = Guard()
    assert place_added(query, cached) == place_added(cached, query) == ""
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


def test_two_places_are_the_entity_checks_and_a_statement_is_not_read() -> None:
    guard = Guard()
    canada = "How do I open a bank account in Canada?"
    verdict = guard.check(canada, "How do I open a bank account in France?", "en", HIGH)
    assert (verdict.accept, verdict.reason) == (False, "entity")
    assert place_added(canada, "How do I open a bank account in France?") == ""
    # a report of an event: where it happened is not read as a question's place
    assert place_added("The festival was held in Greece.", "The festival was held.") == ""


def test_wordnet_names_places_and_their_adjectives() -> None:
    tables = load()
    assert tables is not None and tables.places is not None
    places = tables.places
    assert {"Kenya", "Lisbon", "US"} <= places.names
    assert "united states" in places.runs["united"]
    assert {"kenyan", "norwegian", "canadian"} <= places.adjectives
    # a name read in lower case only when no common word is spelt so
    assert "kenya" in places.lowered
    assert "mobile" not in places.lowered and "us" not in places.lowered
