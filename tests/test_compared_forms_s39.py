"""Session 39 (hygiene): the readings of ``english_compared`` made exact.

Session 38's review2 found three loose readings in the comparison rule: one root was read from
the first five letters (and the stemmer), which joined *train* / *training* and *photograph* /
*photographer*; "written together" was a substring test, so the item *art* was named inside
*startup*; and a full-width question (*？*, *ｔｅａ*) was refused against its ASCII twin. Now a
compared thing is named by a shared noun or adjective lemma or a direct WordNet derivation
pointer between nouns and adjectives (``guard/wordnet_nominal.py``), written together only as
a run of whole words, and both texts are read after NFKC. Every pair is written for the test.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_compared import compared_changed, compared_items
from yamabiko.guard.wordnet_nominal import nominal_forms, one_thing

GUARD = Guard()

#: (prompt, other prompt, the item the first names that the second does not, and back)
REFUSED = [
    ("Which is better: the train or the bus?", "Which is better: the training or the bus?",
     "train", "training"),
    ("What is the difference between a photograph and a painting?",
     "What is the difference between a photographer and a painting?",
     "photograph", "photographer"),
    ("What is the difference between art and design?",
     "What is the difference between a startup and design?", "art", "startup"),
    ("Which is better for a beginner: art or music?",
     "Which is better for a beginner: a startup or music?", "art", "startup"),
]  # fmt: skip

#: the same things compared: served by this rule both ways
NAMED = [
    ("Which is better: tea or coffee?", "Which is better：ｔｅａ or coffee？"),
    ("Which is better: tea or coffee?", "Which is better: tea or coffee？"),
    ("What is the difference between envy and jealousy?",
     "What's the difference between envy and being jealous?"),
    ("What is the difference between anti-virus and a firewall?",
     "What's the difference between antivirus and a firewall?"),
    ("What is the difference between terrorism and war?",
     "What is the difference between terrorists and war?"),
    ("What's the difference between a violin and a viola?",
     "What is the difference between violas and violins?"),
    ("Which is better: a car or a bicycle?", "Which is better, an automobile or a bicycle?"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "mine", "theirs"), REFUSED)
def test_another_thing_of_the_same_letters_is_not_named(first, second, mine, theirs):
    assert compared_changed(first, second) == f"compared+{mine}"
    assert compared_changed(second, first) == f"compared+{theirs}"
    assert GUARD.check(first, second, "en", 0.9).reason == f"question:compared+{theirs}"
    assert not GUARD.check(second, first, "en", 0.9).accept


@pytest.mark.parametrize(("first", "second"), NAMED)
def test_the_same_things_in_other_forms_are_named(first, second):
    assert compared_changed(first, second) == "" and compared_changed(second, first) == ""


def test_full_width_text_is_read_as_its_ascii_twin():
    assert compared_items("Which is better：ｔｅａ or ｃｏｆｆｅｅ？") == (("tea",), ("coffee",))
    assert GUARD.check("Which is better: tea or coffee?", "Which is better：ｔｅａ or coffee？",
                       "en", 0.9).accept  # fmt: skip


def test_nominal_forms_follow_one_derivation_link_between_nouns_and_adjectives():
    assert one_thing("violas", "viola") and one_thing("cities", "city")
    assert one_thing("terrorism", "terrorist") and one_thing("envious", "envy")
    assert not one_thing("train", "training") and not one_thing("photograph", "photographer")
    assert not one_thing("art", "startup") and not one_thing("zzqx", "zzqx")
    assert "photography" in nominal_forms("photograph")  # (both link to it: not one thing)
    assert nominal_forms("quickly") == frozenset()  # an adverb: no nominal reading
