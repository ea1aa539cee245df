"""Session 33 review: a Japanese noun's English gloss is looked up (a product with the word
table's 29,476 English words) only when a word of a class that can decide the need is near
it (``conversation/need_words.json``, 391 words); the readings are the same as looking every
gloss up. Real WordNet, real word table."""

from __future__ import annotations

import json

import pytest

from yamabiko.conversation import needs
from yamabiko.conversation.glosses import english_nearest


def test_the_file_lists_the_classes_as_the_readings_find_them() -> None:
    """need_words.json is what ``class_words`` computes now (``build_need_words.py``)."""
    listed = json.loads(needs.NEED_WORDS.read_text(encoding="utf-8"))
    assert listed == needs.class_words()
    every = {w for words in listed.values() for w in words}
    assert {"allergy", "car", "train", "bus", "eggs", "milk"} <= every


#: the probes' nouns, and loanwords and kanji nouns of chatter
WORDS = ["電車", "バス", "タクシー", "アレルギー", "卵", "牛乳", "車", "ケーキ", "ホテル", "自転車"]


@pytest.mark.parametrize("word", WORDS)
def test_the_reading_is_the_full_glosses(word: str) -> None:
    """Each construction: the need read with the classes' words first equals the need read
    from the gloss among all English words."""
    gloss = english_nearest().find([word], needs.GLOSS_FLOOR).get(word) or ""
    for by in (False, True):
        for negated in (False, True):
            full = needs._needed(gloss, by=by, negated=negated)
            assert needs._gloss_needed(word, by=by, negated=negated) == full, (by, negated)


def test_a_near_word_of_a_class_reads_the_need() -> None:
    """電車 before で reads *train*; アレルギー anywhere; 卵 only when negated."""
    assert needs._gloss_needed("電車", by=True, negated=False)
    assert needs._gloss_needed("アレルギー", by=False, negated=False)
    assert needs._gloss_needed("卵", by=False, negated=True)
    assert not needs._gloss_needed("卵", by=False, negated=False)
