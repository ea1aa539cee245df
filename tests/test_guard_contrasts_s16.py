"""Session-16 wrong serves of the same words asking different things
(``guard/opposites.py``, ``guard/modifiers.py``): Japanese words exchanged between the slots
of particles that stay (国内線で預けた荷物を国際線で / 国際線で…国内線で), an English
adjective replaced by its WordNet antonym (faster / slower), and a modifier inserted in
front of a noun both prompts say (broken mirrors / mirrors; 小型犬のシャンプー / シャンプー).

Every example is written here for the test (none is taken from an evaluation file), with
the real analysers and WordNet. The stays-served side: blocks that take their particles
with them (clauses said in another order), coordinated nouns, synonyms, an inserted word
that modifies no shared noun, a particle changed.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import Guard
from yamabiko.guard.modifiers import en_narrowed, ja_narrowed
from yamabiko.guard.opposites import antonym_substituted, blocks_exchanged

GUARD = Guard()
MINE = ("roles:", "antonym:", "narrowing:")


def verdict(cached: str, query: str, lang: str, similarity: float) -> tuple[bool, str]:
    found = GUARD.check(query, cached, lang, similarity, 0.75)
    return found.accept, found.reason


@pytest.mark.parametrize("similarity", [ABOVE_BAND, IN_BAND])
@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("国内線で預けた荷物を国際線で受け取れますか？",
         "国際線で預けた荷物を国内線で受け取れますか？", "roles:国際線<->国内線"),
        ("冷たい飲み物の棚に温かい飲み物を置けますか？",
         "温かい飲み物の棚に冷たい飲み物を置けますか？", "roles:温かい<->冷たい"),
        ("本店で買った商品を支店で交換できますか？",
         "支店で買った商品を本店で交換できますか？", "roles:支店<->本店"),
        ("新しい口座から古い口座にお金を移せますか？",
         "古い口座から新しい口座にお金を移せますか？", "roles:古い<->新しい"),
    ],
)  # fmt: skip
def test_japanese_words_exchanged_between_slots_are_a_role_swap(
    cached: str, query: str, reason: str, similarity: float
) -> None:
    assert verdict(cached, query, "ja", similarity) == (False, reason)


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        ("東京から大阪まで新幹線で行けますか？", "大阪まで東京から新幹線で行けますか？"),
        ("平日に駅の窓口で切符を買えますか？", "駅の窓口で平日に切符を買えますか？"),
        ("犬と猫を一緒に預けられますか？", "猫と犬を一緒に預けられますか？"),
    ],
)
def test_blocks_moved_with_their_particles_or_coordinated_are_no_swap(
    cached: str, query: str
) -> None:
    assert blocks_exchanged(query, cached) == ""
    accepted, reason = verdict(cached, query, "ja", ABOVE_BAND)
    assert accepted or not reason.startswith(MINE), reason


@pytest.mark.parametrize("similarity", [ABOVE_BAND, IN_BAND])
@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("Is the coastal path faster than the inland one?",
         "Is the coastal path slower than the inland one?", "antonym:faster->slower"),
        ("Does the course get faster after week two?",
         "Does the course get slower after week two?", "antonym:faster->slower"),
        ("Is the express service faster than the standard one?",
         "Is the express service slower than the standard one?", "antonym:faster->slower"),
        # an antonym the minimal-pair check also rejects is now named as one
        ("Are the front seats wider than the back seats?",
         "Are the front seats narrower than the back seats?", "antonym:wider->narrower"),
    ],
)  # fmt: skip
def test_an_adjective_replaced_by_its_wordnet_antonym_is_rejected(
    cached: str, query: str, reason: str, similarity: float
) -> None:
    assert verdict(cached, query, "en", similarity) == (False, reason)


def test_a_synonym_or_a_longer_rewording_is_no_antonym() -> None:
    assert antonym_substituted("Which route is the quickest?", "Which route is the fastest?") == ""
    long = "Could you tell me whether the slow train is cheaper than the fast one on Sundays?"
    assert antonym_substituted(long, "Is the fast train dearer than the slow one?") == ""


@pytest.mark.parametrize("similarity", [ABOVE_BAND, IN_BAND])
@pytest.mark.parametrize(
    ("cached", "query", "lang", "reason"),
    [
        ("Can I recycle mirrors at the tip?", "Can I recycle broken mirrors at the tip?",
         "en", "narrowing:broken"),
        ("Can all towels go in a hot wash?", "Can white towels go in a hot wash?",
         "en", "narrowing:white"),
        ("Can all bulbs go in the glass bank?", "Can broken bulbs go in the glass bank?",
         "en", "narrowing:broken"),
        ("シャンプーは予約できますか？", "小型犬のシャンプーは予約できますか？", "ja",
         "narrowing:小型"),
        ("粗大ごみを出せますか？", "年末年始でも粗大ごみを出せますか？", "ja",
         "narrowing:年末+年始"),
    ],
)  # fmt: skip
def test_a_modifier_inserted_before_a_shared_noun_narrows(
    cached: str, query: str, lang: str, reason: str, similarity: float
) -> None:
    assert verdict(cached, query, lang, similarity) == (False, reason)


@pytest.mark.parametrize(
    ("cached", "query", "lang"),
    [
        ("What if I lose my bus pass?", "What happens if I lose my bus pass?", "en"),
        ("How do I cancel my order?", "Please, how do I cancel my order?", "en"),
        ("見学に予約は必要ですか？", "見学って予約が必要ですか？", "ja"),
        ("図書館で本を借りられますか？", "図書館の本を借りられますか？", "ja"),
    ],
)
def test_an_insertion_that_modifies_no_shared_noun_does_not_narrow(
    cached: str, query: str, lang: str
) -> None:
    narrowed = en_narrowed if lang == "en" else ja_narrowed
    assert narrowed(query, cached) == ""
    accepted, reason = verdict(cached, query, lang, ABOVE_BAND)
    assert accepted or not reason.startswith(MINE), reason
