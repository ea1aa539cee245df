"""Session 28 (qqp): a word that takes the place of a grading stopword before the same noun
(*your favorite ski resort* / *the best ski resort*) is not a narrower kind of the noun
(``guard/english_grades.py``; ``minpair_stage._graded``). Pairs written for these tests;
checked by the default guard above the trees' band (0.96), where the rules alone decide."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_grades import graded_in_place, superlative_of_shared
from yamabiko.guard.english_questions import question_types_en

#: above the boosted trees' band (0.75-0.95): the rules alone decide
HIGH = 0.96

#: the added word grades the noun as the other prompt's stopword does: served
GRADED = [
    ("What is the best ski resort in Austria?", "What is your favorite ski resort in Austria?"),
    ("What is the best temperature for a sauna?", "What is the ideal temperature for a sauna?"),
    ("What are good snacks for a road trip?", "What are excellent snacks for a road trip?"),
]


@pytest.mark.parametrize(("cached", "query"), GRADED)
def test_a_word_in_a_grading_words_place_is_served(cached: str, query: str) -> None:
    guard = Guard()
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


#: a kind of the noun, or a word the word vectors keep apart from the grading one: refused
#: as before
KINDS = [
    ("What is the best guitar for beginners?", "What is the acoustic guitar for beginners?"),
    ("What is a good laptop for students?", "What is a refurbished laptop for students?"),
    ("What is a good tent for winter?", "What is a waterproof tent for winter?"),
    ("What is the cheap kettle?", "What is the electric kettle?"),
]


@pytest.mark.parametrize(("cached", "query"), KINDS)
def test_a_kind_or_another_measure_is_still_refused(cached: str, query: str) -> None:
    assert not Guard().check(query, cached, "en", HIGH).accept


def test_graded_in_place_names_the_replaced_grading_word() -> None:
    assert (
        graded_in_place("favorite", "your favorite movie?", "the best movie?") == "best->favorite"
    )
    assert graded_in_place("nice", "a nice trail", "a good trail") == "good->nice"
    # the grading word on both sides: the added word is more, not in its place
    assert graded_in_place("favorite", "the best favorite movie", "the best movie") == ""
    # before another noun; a superlative; a word far from the grading one
    assert graded_in_place("favorite", "your favorite movie", "the best song") == ""
    assert graded_in_place("cheapest", "the cheapest flight", "the best flight") == ""
    assert graded_in_place("electric", "the electric car", "the best car") == ""


#: question words joined by *and* / *or* open one clause that asks each (english_questions)
JOINED = [
    ("When and why did the Romans build aqueducts?", {"when", "why"}),
    ("How and where do salmon spawn?", {"how", "where"}),
    ("Where, why and how did jazz begin?", {"where", "why", "how"}),
    ("Why or how would a cat purr?", {"why", "how"}),
]


@pytest.mark.parametrize(("text", "kinds"), JOINED)
def test_question_words_joined_in_one_clause_are_each_asked(text: str, kinds: set[str]) -> None:
    assert question_types_en(text) == kinds


def test_a_question_asking_one_of_the_joined_kinds_is_served() -> None:
    guard = Guard()
    cached, query = (
        "When and why did the Romans build aqueducts?",
        "Why did the Romans build aqueducts?",
    )
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept
    # a kind neither joined word asks: still another question
    other = "Where did the Romans build aqueducts?"
    assert guard.check(other, query, "en", HIGH).reason == "question"
    # a question word that is not joined at the clause's start is no second kind
    assert question_types_en("Why is the sky blue and how far away is it?") == {"why"}


#: *most* before an adjective both prompts say with the same next word: served
RAISED = [
    ("What are the most common causes of hiccups?", "What are the common causes of hiccups?"),
    (
        "What are the most scenic train rides in Norway?",
        "What are some scenic train rides in Norway?",
    ),
]


@pytest.mark.parametrize(("cached", "query"), RAISED)
def test_most_before_a_shared_adjective_is_served(cached: str, query: str) -> None:
    guard = Guard()
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


#: *most* asked against how much of the grade, *more* of a thing, *most* of a noun: refused
NOT_RAISED = [
    ("How common are hiccups?", "What are the most common hiccups?"),
    ("Can I bring bags on the ferry?", "Can I bring more bags on the ferry?"),
    ("Do tourists visit the old town?", "Do most tourists visit the old town?"),
]


@pytest.mark.parametrize(("cached", "query"), NOT_RAISED)
def test_most_or_more_otherwise_is_still_refused(cached: str, query: str) -> None:
    assert not Guard().check(query, cached, "en", HIGH).accept
    assert superlative_of_shared(query, cached) == ""
