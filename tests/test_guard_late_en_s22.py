"""Session-22 English paraphrases the rule checks refused, fixed as classes
(``guard/english_forms.py``'s compounds of a graded adjective, ``guard/respelling.py``'s
numbers in words with hundred / thousand, ``guard/wordnet_adjectives.py``):

- a compound whose first word is a graded adjective, written as two words (green house /
  greenhouse), when the word table has the compound and its vector agrees with its parts'
  (a dark room / a darkroom stays two things: the table has no "darkroom");
- a number said in words with a multiplier (two hundred, one thousand five hundred) against
  the same number in digits;
- two adjectives whose first WordNet senses are one synset (windy / blowy) or a satellite and
  the head it is similar to (missing / lost).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (WordNet, the word table, the default models) and the cosine the default
embedder's. On the code before this change each paraphrase below is refused
(``substitution`` or ``number``); the twins (another colour, another number, the antonym of
the adjective) are refused on both.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_forms import _compound
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.respelling import respelt
from yamabiko.guard.wordnet_adjectives import first_sense_adjectives

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    ("Do you sell greenhouse heaters?", "Do you sell green house heaters?", "en"),
    ("Can you put up my greenhouse?", "Can you put up my green house?", "en"),
    (
        "Is there a fee over one thousand five hundred pounds?",
        "Is there a fee over 1500 pounds?",
        "en",
    ),
    ("Can you replace missing tiles on my roof?", "Can you replace lost tiles on my roof?", "en"),
    ("What should I do about a missing parcel?", "What should I do about a lost parcel?", "en"),
    ("Is the ferry cancelled when it's windy?", "Is the ferry cancelled when it's blowy?", "en"),
]

#: a different question: refused, with the reason (the first prompt's words first)
REFUSED = [
    (
        "Can I use the dark room?",
        "Can I use the darkroom?",
        "en",
        "substitution:dark+room->darkroom",
    ),
    ("Can you paint a green house?", "Can you paint a white house?", "en", "category"),
    ("Can the hall seat two hundred people?", "Can the hall seat 2000 people?", "en", "number"),
    ("Can the hall seat two thousand people?", "Can the hall seat 200 people?", "en", "number"),
    ("Can the hall seat three hundred people?", "Can the hall seat 200 people?", "en", "number"),
    (
        "Is there a fee over one thousand five hundred pounds?",
        "Is there a fee over 1000 pounds?",
        "en",
        "number",
    ),
    (
        "Can you replace missing tiles on my roof?",
        "Can you replace found tiles on my roof?",
        "en",
        "substitution:missing->found",
    ),
    (
        "What should I do about a missing parcel?",
        "What should I do about a found parcel?",
        "en",
        "substitution:missing->found",
    ),
    (
        "Is the ferry cancelled when it's windy?",
        "Is the ferry cancelled when it's calm?",
        "en",
        "substitution:windy->calm",
    ),
    (
        "Is the ferry cancelled when it's blowy?",
        "Is the ferry cancelled when it's calm?",
        "en",
        "substitution:blowy->calm",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the paraphrases served,
    the twins refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def test_a_graded_compound_joins_only_where_the_table_has_it() -> None:
    assert compare_texts("the greenhouse door", "the green house door", "en").accept
    assert not compare_texts("the darkroom", "the dark room", "en").accept
    assert _compound("greenhouse", "green", "house")  # in the table, agreeing (0.72)
    assert not _compound("darkroom", "dark", "room")  # graded, not in the table
    assert not _compound("highway", "high", "way")  # in the table, disagreeing (0.32)


def test_numbers_with_a_multiplier_are_written_in_digits() -> None:
    assert respelt("for two hundred guests") == "for 200 guests"
    assert respelt("three hundred and fifty pounds") == "350 pounds"
    assert respelt("two thousand five hundred people") == "2500 people"
    assert respelt("twenty-five thousand steps") == "25000 steps"
    assert respelt("one hundred and one dogs") == "101 dogs"
    # no cardinal before the multiplier, or no multiplier: as written
    assert respelt("a hundred guests") == "a hundred guests"
    assert respelt("hundreds of guests") == "hundreds of guests"
    assert respelt("the first hundred") == "the first hundred"
    assert respelt("two or three guests") == "two or three guests"


def test_adjectives_join_by_first_sense_not_across_antonyms() -> None:
    assert first_sense_adjectives("windy", "blowy")  # one synset, blowy untagged
    assert first_sense_adjectives("missing", "lost")  # a satellite and its head
    assert first_sense_adjectives("lost", "missing")
    assert not first_sense_adjectives("missing", "found")  # found: lost's antonym
    assert not first_sense_adjectives("lost", "found")
    assert not first_sense_adjectives("windy", "calm")
    assert not first_sense_adjectives("open", "closed")
    assert not first_sense_adjectives("new", "used")
    assert not first_sense_adjectives("lost", "lost")
