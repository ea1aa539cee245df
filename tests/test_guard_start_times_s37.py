"""Session 37 (enpara): a time asked bare of a place or an event is the time it opens or
starts: *cheese shop hours?* for *What are the opening hours of the cheese shop?*.

The boosted trees refused such a pair (``learned``); the bare question's reading
(:func:`yamabiko.guard.english_fragments.bare_question`) now drops the word that names the
start before the time noun (:func:`yamabiko.guard.english_start_times.start_dropped`), and the
pair is served ``fragment:<score>``. Another event's time (*closing*, *delivery*), another
place or another word stays refused. Every pair is written here for the test (none is copied
from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question
from yamabiko.guard.english_start_times import names_start, names_time, start_dropped

GUARD = Guard()

#: at or above the threshold, served both ways round (refused on the session's base)
SERVED = [
    ("What are the opening hours of the cheese shop?", "cheese shop hours?", "en"),
    ("What are the start times of the ghost walk?", "ghost walk times?", "en"),
]  # fmt: skip

#: another event's time, another kind of hours: refused with the check's reason
REFUSED = [
    ("What are the opening hours of the cheese shop?", "cheese shop closing hours?", "en",
     "antonym"),
    ("What are the opening hours of the cheese shop?", "cheese shop delivery hours?", "en",
     "substitution:opening->delivery"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_the_start_is_named_by_a_verb_under_start_or_begin() -> None:
    """*opening* (open: start to operate, under *start up*, under *begin*), *start*,
    *starting* name the start; *closing*, *feeding*, *delivery* do not."""
    for word in ("opening", "open", "start", "starting", "beginning"):
        assert names_start(word), word
    for word in ("closing", "feeding", "delivery", "visiting", "winter"):
        assert not names_start(word), word


def test_the_time_nouns_are_wordnets() -> None:
    """*hours*, *times*, *dates* are time nouns (``noun.time``); *price*, *slots* are not."""
    assert all(names_time(word) for word in ("hours", "times", "dates", "days"))
    assert not any(names_time(word) for word in ("price", "slots", "shop"))


def test_the_start_is_dropped_only_before_the_time_the_other_asks() -> None:
    """The word goes when the other prompt says the time noun and not the word; it stays
    when the other says it too, or does not say the time noun."""
    words = ["what", "are", "the", "opening", "hours", "of", "the", "mill"]
    assert start_dropped(words, ["mill", "hours"]) == [w for w in words if w != "opening"]
    assert start_dropped(words, ["mill", "opening", "hours"]) == words
    assert start_dropped(words, ["mill", "prices"]) == words


def test_the_bare_question_reads_the_start_out_and_nothing_else() -> None:
    """The bare time of the same place is the question; another place, another added word
    or another event's time is not."""
    asked = "What are the opening hours of the kiln room?"
    assert bare_question(asked, "kiln room hours?")
    assert bare_question(asked, "kiln room hrs?")
    assert bare_question("What are the start times of the bat walk?", "bat walk times?")
    assert not bare_question(asked, "kiln shop hours?")
    assert not bare_question(asked, "kiln room winter hours?")
    assert not bare_question("What are the closing times of the bat walk?", "bat walk times?")
    assert not bare_question("What are the feeding times of the owls?", "owl times?")
