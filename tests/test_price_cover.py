"""What a price or a share covers (session 29, ``guard/price_cover.py``): an item said to be in
the price against the same item said to cost extra, and a quantity per head against one for
the lot, refused by the real default guard in both orders; the paraphrases that say the same
side twice (or negate the extra charge) are not refused by this rule. Pairs written for this
test (not the adversarial set's, not a held-out set's)."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.price_cover import inclusion_sides, price_cover

#: (one prompt, the other, language, the reason's head): in / out of the price, per head / lot
REFUSED = [
    ("Is the wetsuit included in the surf lesson price?",
     "Is the wetsuit extra on top of the surf lesson price?", "en", "inclusion"),
    ("Is parking included when I book the wedding venue?",
     "Does parking cost extra when I book the wedding venue?", "en", "inclusion"),
    ("Is the harness included with the climbing wall session?",
     "Is the harness charged as an additional item with the climbing wall session?", "en",
     "inclusion"),
    ("Does one of the kayaks come with a dry bag?", "Does each of the kayaks come with a dry bag?",
     "en", "distributive"),
    ("Is the tasting fee charged per person?", "Is the tasting fee charged for the whole group?",
     "en", "distributive"),
    ("陶芸教室の料金に粘土代は含まれますか", "陶芸教室の料金とは別に粘土代がかかりますか", "ja",
     "inclusion"),
    ("屋形船のコースで飲み物は込みですか", "屋形船のコースで飲み物は別料金ですか", "ja",
     "inclusion"),
    ("干物は一つあたりの値段ですか", "干物は全部での値段ですか", "ja", "distributive"),
    ("蕎麦打ち体験では蕎麦を一玉打ちますか", "蕎麦打ち体験では一人一玉ずつ蕎麦を打ちますか", "ja",
     "distributive"),
]  # fmt: skip

#: pairs this rule leaves alone: the same side said twice, or the extra charge negated
KEPT = [
    ("Is the wetsuit included in the surf lesson price?",
     "Does the surf lesson come with a wetsuit at no extra cost?", "en"),
    ("Is the wetsuit extra?", "Do I pay additional for the wetsuit?", "en"),
    ("Is the tasting fee per person?", "Is the tasting fee charged for each person?", "en"),
    ("陶芸教室の料金に粘土代は含まれますか", "陶芸教室は粘土代の追加料金なしですか", "ja"),
    ("蕎麦打ち体験は一人ずつですか", "蕎麦打ち体験は1人あたりですか", "ja"),
    ("Do the twins sit together or next to each other?", "Do the twins sit apart?", "en"),
    ("棚に皿と椀が一枚ずつ並んでいますか", "棚に皿が並んでいますか", "ja"),
    ("How do I learn from every person I meet?", "How do I learn from everyone?", "en"),
]  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard."""
    return Guard()


@pytest.mark.parametrize(("first", "second", "lang", "head"), REFUSED)
def test_opposite_cover_refused(
    guard: Guard, first: str, second: str, lang: str, head: str
) -> None:
    """Both orders refused, the reason naming the frame and the two words."""
    assert price_cover(first, second, lang).startswith(head + ":")
    assert price_cover(second, first, lang).startswith(head + ":")
    for query, cached in ((first, second), (second, first)):
        verdict = guard.check(query, cached, lang)
        assert not verdict.accept, (query, cached)


@pytest.mark.parametrize(("first", "second", "lang"), KEPT)
def test_same_cover_left_alone(first: str, second: str, lang: str) -> None:
    """The rule gives no reason when both say one side (or the out word is negated)."""
    assert price_cover(first, second, lang) == ""
    assert price_cover(second, first, lang) == ""


def test_inclusion_words_read_by_wordnet() -> None:
    """*included* is read as the lemma *include* by WordNet, *excluded* as its antonym, and a
    negated *extra* says in."""
    assert inclusion_sides("Is breakfast included?") == ("included", "")
    assert inclusion_sides("Is breakfast excluded from the rate?") == ("", "excluded")
    assert inclusion_sides("Is breakfast served at no extra charge?") == ("extra", "")
    assert price_cover("Is the map included?", "How far is the map room?", "en") == ""
