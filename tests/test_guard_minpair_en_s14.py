"""Session-14 English minimal pairs: an adjective that names a kind, added before a shared
noun, narrows the question (``guard/scope.py``, ``narrowing:<word>``, firm), read from the
English lexicon lemminflect ships (``guard/wordclass.py``: can the word be an adjective,
does it grade, is it a verb form); and the one narrowing rule that replaced
``minpair._narrowing`` beside ``scope.narrows``.

Every example is written here for the test (none is taken from an evaluation file); the
paraphrases after the rejections must still pass the rules. ``IN_BAND`` candidates are
decided by the rules and the trees (a firm rejection the trees may not overturn),
``ABOVE_BAND`` ones by the rules alone.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import compare_texts, wordclass
from yamabiko.guard.scope import KIND_RARITY, narrows
from yamabiko.guard.units import units


def test_the_lexicon_is_installed_and_read() -> None:
    """lemminflect is a core dependency: its tables must be found and read (a release that
    moved them would switch the English kind rule off without this test failing)."""
    assert wordclass.available()
    assert len(wordclass.lexicon().adjectives) > 5_000  # 9,982 in lemminflect 0.2.3


def test_the_lexicon_tells_a_kind_from_a_grade_and_a_participle() -> None:
    """Adjectives that do not grade name a kind; graded ones (new / newer), their
    comparatives, participles (used: a verb form) and nouns do not."""
    for word in ("commercial", "Industrial", "electric", "septic", "indoor"):
        assert wordclass.classifying(word), word
    for word in ("new", "cheaper", "biggest", "used", "broken", "boiler", "quickly", "qwzx"):
        assert not wordclass.classifying(word), word


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("Do you service boilers?", "Do you service industrial boilers?",
         "narrowing:industrial"),
        ("Can I fly a drone in the park?", "Can I fly a commercial drone in the park?",
         "narrowing:commercial"),
        ("How much is a bike rental?", "How much is an electric bike rental?",
         "narrowing:electric"),
        ("Is the indoor pool open on Sundays?", "Is the pool open on Sundays?",
         "narrowing:indoor"),
        # after a verb, without a determiner: the word class says what it is
        ("Do you stock organic dog food?", "Do you stock dog food?", "narrowing:organic"),
    ],
)  # fmt: skip
def test_an_added_kind_adjective_narrows_firmly(guard, cached, query, reason) -> None:
    """Added or dropped, the adjective is named; the trees may not serve it in the band."""
    assert compare_texts(cached, query, "en").reason == reason
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, "en", cosine).reason == reason


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        # a graded adjective says how, not which kind (new / newer; great / greater)
        ("How do I reset my phone?", "How do I reset my new phone?"),
        ("Where can I find good pizza nearby?", "Where can I find great pizza nearby?"),
        # a common word of emphasis (main: below KIND_RARITY)
        ("What is the reason for the delay?", "What is the main reason for the delay?"),
        # a participle is a verb form, left to the clause rule and the trees
        ("Can I return a game?", "Can I return a used game?"),
        # an adjective that does not stand before a shared noun
        ("Is the museum open?", "Is the museum open and free?"),
        # the same adjective on both sides
        ("Do you repair electric bikes?", "Can you fix electric bikes?"),
    ],
)  # fmt: skip
def test_paraphrases_with_other_adjectives_are_not_narrowing(guard, cached, query) -> None:
    """None of these is rejected as a narrowing by the rules alone (above the band)."""
    found = guard.check(query, cached, "en", ABOVE_BAND)
    assert not found.reason.startswith("narrowing"), found
    assert not compare_texts(cached, query, "en").reason.startswith("narrowing")


def test_the_rule_needs_a_rare_enough_word() -> None:
    """The rarity floor decides: the same frame with a common kind word passes the rule."""
    first, second = units("Is the hotel open?", "en"), units("Is the local hotel open?", "en")
    added = [u for u in second if u.key not in {v.key for v in first}]
    assert [u.text for u in added] == ["local"] and added[0].rarity < KIND_RARITY
    assert narrows(added, second, first, second) == ""


def test_a_kind_adjective_the_prompt_implies_passes() -> None:
    """The word vectors say the rest of the prompt implies the adjective: no narrowing."""
    first = units("Can the dentist whiten my teeth?", "en")
    second = units("Can the dental dentist whiten my teeth?", "en")
    added = [u for u in second if u.key not in {v.key for v in first}]
    assert [u.text for u in added] == ["dental"]
    assert narrows(added, second, first, second) == ""


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        # the session-12 rules, now inside scope.narrows: a bound morpheme, a Japanese noun
        # of time before a shared word, a hyphenated English word the table does not know
        ("英検2級の試験日は？", "英検準2級の試験日は？", "narrowing:準"),
        ("タクシーの迎車料金はいくら？", "タクシーの深夜の迎車料金はいくら？",
         "narrowing:深夜"),
        ("Can I freeze my membership?", "Can I freeze my off-peak membership?",
         "narrowing:off-peak"),
    ],
)  # fmt: skip
def test_the_merged_rule_keeps_the_older_narrowings(cached, query, reason) -> None:
    """What ``minpair._narrowing`` caught, ``scope.narrows`` catches with the same reason."""
    assert compare_texts(cached, query, None).reason == reason
