"""Session 23's review leftovers: one English spoken-number reader for the guard and the
conversation rewordings, one walk back over a Japanese question's ending, WordNet's persons
read in the one loader's pass, the guard's minimal-pair stage in a module of its own, and two
paired replies freed of their chatter once per pair."""

from __future__ import annotations

from yamabiko.conversation.replies import paired_without_chatter
from yamabiko.conversation.rewordings import phrase_values, spelt_in_digits
from yamabiko.guard import Guard, english_persons, wordnet
from yamabiko.guard.analysis import analyse
from yamabiko.guard.facts import Analysis
from yamabiko.guard.ja_doers import _units
from yamabiko.guard.ja_words import before_ending
from yamabiko.guard.modality import ja_done, ja_modality
from yamabiko.guard.respelling import read_number, respelt


def test_one_reader_reads_spoken_numbers_for_both_callers() -> None:
    said = {
        "two hundred and five": 205,
        "eight hundred and fifty": 850,
        "twenty five hundred": 2500,
        "two thousand five hundred": 2500,
        "twenty-five thousand": 25000,
        "one million two hundred thousand": 1_200_000,
    }
    for words, value in said.items():
        assert read_number(words.replace("-", " ").split()) == (
            value,
            len(words.split()) + words.count("-"),
        )
        assert respelt(f"about {words} guests") == f"about {value} guests"
        assert phrase_values([f"about {words} guests"]) >= {float(value)}
        assert spelt_in_digits(f"{words} guests") == f"{float(value):g} guests"


def test_a_bare_hundred_is_read_only_where_asked() -> None:
    words = ["a", "hundred", "and", "fifty"]
    assert read_number(words, 1) == (0, 1)  # the guard leaves "a hundred" as written
    assert read_number(words, 1, bare=True) == (150, 4)  # the conversations read it
    # session 38 (lateEN): the guard reads "a" + multiplier + more number words as one
    # number too (a hundred and thirty-seven / 137 was refused as 100 and 37); "a hundred"
    # alone stays as written
    assert respelt("a hundred and fifty guests") == "150 guests"
    assert respelt("a hundred guests") == "a hundred guests"
    assert 150.0 in phrase_values(["a hundred and fifty guests"])
    assert read_number(["two", "hundred", "hundred"]) == (200, 2)  # no 20000
    assert read_number(["two", "and", "three"]) == (0, 0)  # no multiplier: no number


def test_the_walk_back_stops_before_the_question_ending() -> None:
    morphemes = _units("予約できましたか？")
    j = before_ending(morphemes)
    assert morphemes[j].normalized_form() == "出来る"
    assert all(morphemes[k].part_of_speech()[0] != "動詞" for k in range(j + 1, len(morphemes)))
    never = before_ending(morphemes, lambda m: m.surface() == "か")
    assert morphemes[never].surface() == "か"
    assert before_ending(_units("ですか")) == -1
    assert ja_done("予約できましたか") == "did" and ja_done("予約できますか") == "can"
    assert ja_modality("預けられますか") == "ability"
    assert ja_modality("予約しないといけませんか") == "obligation"


def test_wordnet_persons_come_with_the_other_tables() -> None:
    tables = wordnet.load()
    assert tables is not None and tables.people is not None
    assert english_persons.people() is tables.people
    assert english_persons.is_unit("metres") and not english_persons.is_unit("tenants")
    assert english_persons.person_replaced(("landlords",), ("tenants",))


def test_the_minimal_pair_stage_decides_inside_the_check() -> None:
    guard = Guard()
    assert not guard.check("How do I buy a ticket?", "How do I sell a ticket?", "en", 0.9).accept
    assert guard.check("How do I buy a ticket?", "How can I buy a ticket?", "en", 0.97).accept


def _analysed(text: str) -> Analysis:
    """A text's guard analysis, its language told by its script (as the matcher's)."""
    return analyse(text, None)


def test_paired_replies_are_freed_of_chatter_once_per_pair() -> None:
    users = frozenset({"table", "four"})
    replies = "Great! A table for four.", "Sure. A table for four."
    paired_without_chatter.cache_clear()
    first = paired_without_chatter(*replies, users, _analysed)
    again = paired_without_chatter(*replies, users, _analysed)
    assert first is again and paired_without_chatter.cache_info().hits == 1
    assert first == ("A table for four.", "A table for four.")
