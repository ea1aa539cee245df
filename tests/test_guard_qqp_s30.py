"""Session 30 (qqp): Quora's refused duplicates and served non-duplicates by general cause.

- *to* before a verb's base form marks an infinitive, not a direction: the roles check no
  longer reads *the easiest way to learn painting* / *learn to paint* as two words that
  exchange the role of *to* (``guard/english.py`` ``_infinitive``, lemminflect's lexicon
  through ``guard/wordclass.py``); *from the hotel to the airport* keeps its direction;
- *what is it like to be X* asks what X is like to live through, not what X is: against a
  bare *what is X?* it is another question (``guard/asked_detail.py``,
  ``question:definition->like``).

Pairs written for these tests; each checked by one default guard at cosine 0.96, above the
trees' band (0.75-0.95), where the rules alone decide."""

from __future__ import annotations

from functools import cache

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.models import Verdict


@cache
def _default_guard() -> Guard:
    return Guard()


def verdict_of(query: str, cached: str) -> Verdict:
    """The default guard's verdict on an English pair at 0.96 (the rules alone)."""
    return _default_guard().check(query, cached, "en", 0.96)


#: one question asked with an infinitive in two places (or two adjectives in two orders): no
#: role exchanged, served (each refused as ``roles:`` before this session)
INFINITIVES = [
    ("Which is the easiest way to learn painting?", "How do I learn to paint?"),
    ("What is the best way to get more customers online?",
     "What is the best way to get more online customers?"),
    ("How can I attract more visitors to my bakery website?",
     "How to attract more bakery website visitors?"),
    ("How harmful is it to have tiny red mites in my bed?",
     "How harmful is it to have red tiny mites in my bed?"),
]  # fmt: skip

#: a direction that stays a direction: the two ends exchanged, refused as roles
DIRECTIONS = [
    ("How do I get from the airport to the hotel?", "How do I get from the hotel to the airport?"),
    ("How do I move money from savings to checking?",
     "How do I move money from checking to savings?"),
    ("How long does the bus take from school to work?",
     "How long does the bus take from work to school?"),
    ("Can I convert euros to dollars at the desk?", "Can I convert dollars to euros at the desk?"),
]  # fmt: skip

#: a bare *what is X?* against *what is it like to ...X*: another question, refused
EXPERIENCES = [
    ("What is a sommelier?", "What is it like to be a sommelier?"),
    ("What are panic attacks?", "What's it like to have panic attacks?"),
]

#: two experience questions, or an experience asked of a place: served as before
SAME_EXPERIENCE = [
    ("What is it like to live in Oslo?", "What is it like living in Oslo?"),
    ("What is Oslo like?", "What is it like to live in Oslo?"),
]


@pytest.mark.parametrize(("cached", "query"), INFINITIVES)
def test_an_infinitive_exchanges_no_role(cached: str, query: str) -> None:
    verdict = verdict_of(query, cached)
    assert verdict.accept, verdict.reason


@pytest.mark.parametrize(("cached", "query"), DIRECTIONS)
def test_a_direction_keeps_its_ends(cached: str, query: str) -> None:
    verdict = verdict_of(query, cached)
    assert not verdict.accept
    assert verdict.reason.startswith("roles:"), verdict.reason


def test_the_infinitive_verb_holds_no_role_of_to() -> None:
    """*to learn*, *to get*: no ``to`` role; *to the hotel*, *to work* (no object after it):
    the role kept."""
    learn = analyse("Which is the easiest way to learn painting?", "en")
    assert not [word for word, role in learn.roles if role == "to"]
    grow = analyse("How do I grow the audience of my podcast?", "en")
    assert not [word for word, role in grow.roles if role == "to"]
    hotel = analyse("How do I get from the airport to the hotel?", "en")
    assert ("hotel", "to") in hotel.roles
    work = analyse("How long does the bus take from school to work?", "en")
    assert ("work", "to") in work.roles


@pytest.mark.parametrize(("cached", "query"), EXPERIENCES)
def test_what_it_is_like_is_no_definition(cached: str, query: str) -> None:
    verdict = verdict_of(query, cached)
    assert not verdict.accept
    assert verdict.reason == "question:definition->like", verdict.reason
    back = verdict_of(cached, query)
    assert back.reason == "question:like->definition", back.reason


@pytest.mark.parametrize(("cached", "query"), SAME_EXPERIENCE)
def test_two_experience_questions_still_meet(cached: str, query: str) -> None:
    verdict = verdict_of(query, cached)
    assert verdict.accept, verdict.reason
