"""Session 32 (qqp): a word misspelt at its first letter (``guard/spelling.py``,
``_first_letter_slip``: *xcellent* / *excellent* served, two known words refused), and *most*
that only raises a grade both prompts ask about, before a
participle both say (*your most terrifying dream* / *your terrifying dream*), before an
adjective that ends both prompts (*the most reliable?* / *so reliable?*), or closing a
clause after a word both say (*which song do you miss the most?* / *which song do you
miss?*), is no added detail that narrows (``guard/english_grades.py``,
``superlative_of_shared``; ``minpair_stage._graded``). Pairs written for these tests;
checked by the default guard above the trees' band (0.96), where the rules alone decide."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_grades import superlative_of_shared
from yamabiko.guard.spelling import _first_letter_slip

#: above the boosted trees' band (0.75-0.95): the rules alone decide
HIGH = 0.96

#: *most* as an adverb of degree on what both prompts ask: served both ways
RAISED = [
    ("What was your terrifying camping trip?", "What was your most terrifying camping trip?"),
    ("Why is the tram network so reliable?", "Why is the tram network the most reliable?"),
    ("Which board game did your family enjoy?", "Which board game did your family enjoy the most?"),
    ("What do sailors dread?", "What do sailors dread most?"),
]


@pytest.mark.parametrize(("cached", "query"), RAISED)
def test_most_as_a_degree_on_what_both_ask_is_served(cached: str, query: str) -> None:
    guard = Guard()
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


#: *most* of a noun (a quantifier), *most* before another adjective or an adjective the
#: other prompt grades in another place, *most* closing a clause after a word the other
#: prompt lacks: refused as before
NOT_RAISED = [
    ("Do cyclists use the ring road?", "Do most cyclists use the ring road?"),
    ("Which hiking trail is scenic?", "Which hiking trail is the most crowded?"),
    ("How windy is the Faroe coast?", "Which Faroe coast is the most windy?"),
    ("Which chess opening do beginners play?", "Which chess opening do beginners lose with most?"),
]


@pytest.mark.parametrize(("cached", "query"), NOT_RAISED)
def test_most_otherwise_is_still_refused(cached: str, query: str) -> None:
    assert not Guard().check(query, cached, "en", HIGH).accept
    assert superlative_of_shared(query, cached) == ""


#: *(the) most* after a verb that is no verb of feeling (a quantity, or one picked out of
#: many), and an adjective that ends both prompts after a verb on the other side (which ones
#: are, not which one is the most): served on main by 66e6f05 at 0.96, refused on aacdcad
#: and again since session 32 (review)
PICKED_OUT = [
    ("Who paid?", "Who paid the most?"),
    ("Which team won?", "Which team won the most?"),
    ("Which employees are paid?", "Which employees are paid the most?"),
    ("Which foods contain sugar?", "Which foods contain sugar the most?"),
    ("Which phone is expensive?", "Which phone is the most expensive?"),
    ("Which city is visited?", "Which city is the most visited?"),
]


@pytest.mark.parametrize(("cached", "query"), PICKED_OUT)
def test_most_that_picks_one_out_is_refused(cached: str, query: str) -> None:
    guard = Guard()
    assert not guard.check(query, cached, "en", HIGH).accept
    assert not guard.check(cached, query, "en", HIGH).accept
    assert superlative_of_shared(query, cached) == ""


def test_superlative_of_shared_names_what_most_raises() -> None:
    # a participle before the word both say after it
    assert (
        superlative_of_shared("your most terrifying camping trip?", "your terrifying camping trip?")
        == "most+terrifying"
    )
    # an adjective that ends both prompts
    assert superlative_of_shared("Why is it the most reliable?", "Why is it so reliable?") == (
        "most+reliable"
    )
    # closing a clause (an end, a question mark, a comma) after a word both say
    assert superlative_of_shared("Which song do you miss the most?", "Which song do you miss?") == (
        "most+<end>"
    )
    assert superlative_of_shared("What do you miss most, and why?", "What do you miss?") == (
        "most+<end>"
    )
    # *most* written into another word is none of these
    assert superlative_of_shared("the most-visited museum", "the visited museum") == ""
    # the other prompt says *most* as well: nothing added
    assert superlative_of_shared("the most terrifying trip", "the most terrifying trip") == ""


#: one word, its first letter dropped or struck twice: served both ways
FIRST_LETTER_SLIPS = [
    ("Which kettle is excellent for camping?", "Which kettle is xcellent for camping?"),
    ("How do I register a rowing club?", "How do I egister a rowing club?"),
    ("Can I cancel the yoga class online?", "Can I ccancel the yoga class online?"),
]


@pytest.mark.parametrize(("cached", "query"), FIRST_LETTER_SLIPS)
def test_a_slip_at_the_first_letter_is_served(cached: str, query: str) -> None:
    guard = Guard()
    assert guard.check(query, cached, "en", HIGH).accept
    assert guard.check(cached, query, "en", HIGH).accept


#: two words the lexicons both know, one the other without its first letter: refused
FIRST_LETTER_WORDS = [
    ("Can I bring my own chair to the concert?", "Can I bring my own hair to the concert?"),
    ("Where can I store the wheat?", "Where can I store the heat?"),
]


#: a word no lexicon knows that is a known word with another letter before it: a prefixed
#: word of its own (e-, i-), not a slip; refused as before session 32 (review)
PREFIXED_WORDS = [
    ("Is a cigarette bad for you?", "Is an ecigarette bad for you?"),
    ("Are scooters allowed on the pavement?", "Are escooters allowed on the pavement?"),
    ("How do I reset my watch?", "How do I reset my iwatch?"),
    ("Where can I buy bikes?", "Where can I buy ebikes?"),
]


@pytest.mark.parametrize(("cached", "query"), PREFIXED_WORDS)
def test_another_letter_before_a_word_is_no_slip(cached: str, query: str) -> None:
    guard = Guard()
    assert not guard.check(query, cached, "en", HIGH).accept
    assert not guard.check(cached, query, "en", HIGH).accept


@pytest.mark.parametrize(("cached", "query"), FIRST_LETTER_WORDS)
def test_a_known_word_without_its_first_letter_is_still_refused(cached: str, query: str) -> None:
    assert not Guard().check(query, cached, "en", HIGH).accept


def test_first_letter_slip_reads_one_letter_at_the_start_only() -> None:
    assert _first_letter_slip("xcellent", "excellent")
    assert _first_letter_slip("ccancel", "cancel")
    # another letter typed before a word may make another word (an e-cigarette, an i-watch)
    assert not _first_letter_slip("ibecome", "become")
    assert not _first_letter_slip("ecigarette", "cigarette")
    # a letter missed elsewhere, a word too short to tell, a digit in it: no slip of this kind
    assert not _first_letter_slip("excellnt", "excellent")
    assert not _first_letter_slip("enew", "renew")
    assert not _first_letter_slip("2become", "become")
