"""Session 34 (lateEN): heldout28's English misses by general cause: a texting digit in a
function word's slot (*my own songs 2 karaoke night* / *... to the karaoke night*), a person's
address as the goal of *to* (*to my brother's address* / *to my brother*), and a *what time*
question said as its noun phrase (*What time does the boat race start?* / *boat race start
time?*). The base (4428ed0) refused the served ones ``insertion:2``, ``insertion:4``,
``part:address``, ``part:home``, ``learned:0.50``-``0.60``.

Their twins keep the check's reason: a digit that counts (*2 songs*, *2 tickets*, *4 adults*),
an owned noun that is no place (*office*, *car*), another person, another verb or detail asked
(*start date*), a past *did*.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_destination import destination_read
from yamabiko.guard.english_fragments import bare_question
from yamabiko.guard.english_textese import textese_read

GUARD = Guard()

#: served both ways round at the default embedder's cosine (refused on 4428ed0)
SERVED = [
    ("Can I bring my own songs to the karaoke night?", "can i bring my own songs 2 karaoke night",
     "en"),
    ("Can I take my own mat to the yoga class?", "can i take my own mat 2 yoga class", "en"),
    ("Is there a medal for every finisher?", "is there a medal 4 every finisher", "en"),
    ("Can you send the invoice to my brother?",
     "Could you send the invoice to my brother's address?", "en"),
    ("Can you deliver the cake to my grandmother?",
     "Can you deliver the cake to my grandmother's home?", "en"),
    ("What time does the boat race start?", "boat race start time?", "en"),
    ("What time does the craft fair open?", "craft fair open time?", "en"),
]  # fmt: skip

#: the twins: refused both ways round with the check's reason
REFUSED = [
    ("Can I bring my own songs to the karaoke night?", "can i bring 2 songs to karaoke night",
     "en", "insertion:2"),
    ("Can I book tickets for the panto?", "can i book 2 tickets for the panto", "en",
     "insertion:2"),
    ("Can you send the invoice to my brother?",
     "Could you send the invoice to my brother's office?", "en", "part:office"),
    ("Can you deliver the cake to my grandmother?",
     "Can you deliver the cake to my grandmother's car?", "en", "part:car"),
    ("Can you send the invoice to my brother?",
     "Could you send the invoice to my sister's address?", "en", "category"),
    ("What time does the boat race start?", "boat race start date?", "en",
     "substitution:time->date"),
    ("What time did the boat race start?", "boat race start time?", "en", "learned:0.60"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_texting_digit_is_read_only_in_the_function_words_slot() -> None:
    """The same word before the digit and after it (articles, possessives passed over) as
    around the other prompt's *to* / *for*, which says no such digit or number word."""
    read = textese_read("can i take my mat 2 yoga", "Can I take my mat to the yoga class?")
    assert read == ("can i take my mat to yoga", "2", "to")
    assert textese_read("a medal 4 my son", "Is there a medal for my son?") is not None
    assert textese_read("can i take 2 mats to yoga", "Can I take mats to yoga?") is None
    assert textese_read("can i take my mat 2 yoga", "Can I take my two mats to yoga?") is None
    assert textese_read("can i take my mat 2 yoga", "Can I take my mat into yoga?") is None
    assert textese_read("can i take my mat 2pm yoga", "Can I take my mat to yoga?") is None
    assert textese_read("2 yoga", "to yoga") is None  # (no word before the digit)
    # before a plural noun a digit counts, however the other prompt says for (review's look)
    assert textese_read("is the spa 4 adults", "Is the spa for adults?") is None
    assert textese_read("is the ride 4 kids", "Is the ride for kids?") is None


def test_a_persons_address_is_read_only_as_the_goal_of_to() -> None:
    """A person's (WordNet noun.person) place (noun.location) after *to*, where the other
    prompt sends to that person."""
    cached = "Please post it to my aunt."
    read = destination_read("Please post it to my aunt's address.", cached, "address")
    assert read == ("Please post it to my aunt.", "destination", "address")
    assert destination_read("Please post it from my aunt's address.", cached, "address") is None
    assert destination_read("Please post it to my aunt's garden.", cached, "garden") is None
    assert destination_read("Please post it to my uncle's address.", cached, "address") is None
    school = "Please post it to the school."
    assert destination_read("Please post it to the school's address.", school, "address") is None


def test_a_what_time_question_is_its_verb_and_time() -> None:
    """*what time do(es) X VERB* against *X VERB time*; another verb, another tense or a
    *what time* on both sides is no such reading."""
    assert bare_question("What time does the quiz start?", "quiz start time?")
    assert bare_question("quiz start time", "What time does the quiz start?")
    assert not bare_question("What time does the quiz start?", "quiz end time?")
    assert not bare_question("What time did the quiz start?", "quiz start time?")
    assert not bare_question("What time does the quiz start?", "What time does the quiz end?")
    assert not bare_question("What time does the quiz start?", "quiz time?")
