"""Session 29 (qqp): Quora's refused duplicates and the question focus by general cause.

- *why or why not* is a tag that leaves a yes/no question's polarity open, like *or not*
  (``guard/constructions.py``);
- a discourse adverb of the lexicon after *how* (*how exactly*, *how actually*) stresses the
  question and asks no degree (``guard/english_questions.py``);
- a hyphened compound against its words written apart (*all-time* / *of all time*:
  ``guard/hyphened.py``);
- the question focus: an ASCII end mark inside a word (*U.S*, *.com*, *2.4*) or after a
  dotted abbreviation ends no sentence, and a question word's lead-in before a colon keeps
  the options after it in the question (``focus_split.py``, ``focus.py``).

Pairs written for these tests; checked by the default guard above the trees' band (0.96),
where the rules alone decide."""

from __future__ import annotations

import pytest

from yamabiko.focus import question_focus
from yamabiko.guard import Guard
from yamabiko.guard.english_questions import question_types_en

#: above the boosted trees' band (0.75-0.95): the rules alone decide
HIGH = 0.96


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard, one for the module."""
    return Guard()


#: a yes/no question and the same question with *why or why not* asked after it: served
TAGGED = [
    ("Is a tomato a fruit?", "Is a tomato a fruit? Why or why not?"),
    ("Can penguins fly?", "Can penguins fly and why or why not?"),
    ("Should schools ban phones?", "Should schools ban phones? Why and why not?"),
]


@pytest.mark.parametrize(("cached", "query"), TAGGED)
def test_why_or_why_not_is_a_tag_not_a_negation(guard: Guard, cached: str, query: str) -> None:
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


def test_a_negation_besides_the_tag_is_still_refused(guard: Guard) -> None:
    cached, query = "Is a tomato a fruit?", "Is a tomato not a fruit? Why or why not?"
    assert guard.check(query, cached, "en", HIGH).reason == "negation"
    assert guard.check("Why can penguins not fly?", "Why can penguins fly?", "en",
                       HIGH).reason == "negation"  # fmt: skip


#: *how* + a discourse adverb asks how, as the bare *how* does
STRESSED = [
    ("How does a heat pump work?", "How exactly does a heat pump work?"),
    ("How do vaccines train immune cells?", "How actually do vaccines train immune cells?"),
    ("How do airlines set ticket prices?", "How really do airlines set ticket prices?"),
]


@pytest.mark.parametrize(("cached", "query"), STRESSED)
def test_how_exactly_asks_how(guard: Guard, cached: str, query: str) -> None:
    assert question_types_en(query) == {"how"}
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


def test_how_with_a_degree_adverb_still_asks_a_degree(guard: Guard) -> None:
    assert question_types_en("How quickly does a heat pump work?") == {"quantity"}
    assert question_types_en("How frequently should I water a cactus?") == {"quantity"}
    cached, query = "How does a heat pump work?", "How quickly does a heat pump work?"
    assert guard.check(query, cached, "en", HIGH).reason == "question"


#: a hyphened word and its parts written apart in the other prompt: served
HYPHENED = [
    (
        "Who is the top scorer of all time in the Premier League?",
        "Who is the all-time top scorer in the Premier League?",
    ),
    ("Are flu like symptoms normal after a jab?", "Are flu-like symptoms normal after a jab?"),
    (
        "Is one third of the planet covered by desert?",
        "Is one-third of the planet covered by desert?",
    ),
]


@pytest.mark.parametrize(("cached", "query"), HYPHENED)
def test_a_hyphened_word_written_apart_is_served(guard: Guard, cached: str, query: str) -> None:
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


#: a hyphened word whose other part the other prompt does not write: another thing, refused
OTHER_THING = [
    ("Is there a book version of this guide?", "Is there an e-book version of this guide?"),
    ("What is a good school in Ohio for finance?", "What is a good B-school in Ohio for finance?"),
]


@pytest.mark.parametrize(("cached", "query"), OTHER_THING)
def test_a_hyphened_word_not_written_apart_is_refused(
    guard: Guard, cached: str, query: str
) -> None:
    assert not guard.check(query, cached, "en", HIGH).accept
    assert not guard.check(cached, query, "en", HIGH).accept


#: a dot inside a word or after a dotted abbreviation ends no sentence: no story, no focus
NO_STORY = [
    "How many people did the U.S census count in 2020?",
    "Is wordpress.com free for a small business?",
    "How much is a shed with a 2.4 metre door?",
    "Which fruits (e.g. Apples, pears) keep longest in a fridge?",
    "What did Ulysses S. Grant do after the war?",
]


@pytest.mark.parametrize("prompt", NO_STORY)
def test_a_dot_inside_a_word_ends_no_sentence(prompt: str) -> None:
    assert question_focus(prompt, "en") is None


#: a question word's lead-in and the options after the colon or dash: one question, no focus
OPTIONS = [
    "Which is healthier for breakfast: porridge or muesli?",
    "Who was the better general - Hannibal or Scipio?",
]


@pytest.mark.parametrize("prompt", OPTIONS)
def test_the_options_after_a_question_are_no_focus(prompt: str) -> None:
    assert question_focus(prompt, "en") is None


def test_a_story_before_its_question_keeps_its_focus() -> None:
    """A lead-in that tells something, or a question word's lead-in before a question of its
    own, still leaves the question after it as the focus."""
    assert question_focus("Gardening for beginners: how deep should tulip bulbs go?", "en") == (
        "How deep should tulip bulbs go?"
    )
    assert question_focus("What I would like to know - do you deliver on Sundays?", "en") == (
        "Do you deliver on Sundays?"
    )
    assert question_focus("We moved to the U.S. last year. Do you ship to Ohio?", "en") == (
        "Do you ship to Ohio?"
    )
