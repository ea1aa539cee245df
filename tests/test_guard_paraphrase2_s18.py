"""Session-18 paraphrases the rule checks refused (``guard/question_words.py``,
``guard/negation_readings.py``, the words of need in ``units.related``):

- question words that ask for a point in time or a place in other words (何日前までに /
  いつまでに, how long until / when);
- a negation the other prompt says without one (しか ... ない / だけ, unable / can't, without
  a receipt / lost the receipt, never / for the first time; the last two as readings on their
  own: the full guard may refuse "if I lost the receipt" as an added ``condition``);
- 必要 / 要る (is it needed); 何分 read as one short unit or two.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the default models) and the cosine the default embedder's.
On the code before this change each paraphrase below is refused (by ``question``,
``negation`` or ``substitution``); the minimal-pair twins next to them (a count of days, a
day after, how long one keeps a thing, 何時間 / 何分, have / lost, another thing lost, able /
unable, skated before, cash not accepted, possible / needed, not needed) are refused on both.
"""

from __future__ import annotations

import pytest
from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.negation_readings import negation_explained
from yamabiko.guard.question_words import extra_kinds
from yamabiko.guard.relations import same_question

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served
SERVED = [
    (
        "解約の手続きはいつまでに連絡すればいいですか？",
        "解約手続きの連絡は何日前までにすればいいですか？",
        "ja",
    ),
    (
        "When will I receive my exam results?",
        "How long until I get my exam results?",
        "en",
    ),
    (
        "ジムの支払いは現金しか使えませんか？",
        "ジムの支払いって現金だけ？",
        "ja",
    ),
    (
        "Why can't I log in to the app?",
        "Why am I unable to log in to the app?",
        "en",
    ),
    (
        "キャンプ場の利用に予約は必要ですか？",
        "キャンプ場の利用に予約は要りますか？",
        "ja",
    ),
]

#: 何分 in one short unit and in two (何 + 分): the same counter
COUNTED = [("乾燥機は何分でいくらですか？", "乾燥機って何分いくら？", "ja")]

#: a different question: refused, with the reason
REFUSED = [
    (
        "解約の手続きはいつまでに連絡すればいいですか？",
        "解約の手続きは何日かかりますか？",
        "ja",
        "question",
    ),
    (
        "キャンセルは何日前までにできますか？",
        "キャンセルは何日後までにできますか？",
        "ja",
        "antonym",
    ),
    (
        "When does the yoga course start?",
        "How long does the yoga course last?",
        "en",
        "question",
    ),
    (
        "When will I receive my exam results?",
        "How long do I keep my exam results?",
        "en",
        "question",
    ),
    (
        "乾燥機は何分でいくらですか？",
        "乾燥機は何時間でいくらですか？",
        "ja",
        "substitution:分->時間",
    ),
    (
        "Can I exchange a gift without a receipt?",
        "Can I exchange a gift if I have the receipt?",
        "en",
        "negation",
    ),
    (
        "Can I exchange a gift without a receipt?",
        "Can I exchange a gift if I lost the box?",
        "en",
        "negation",
    ),
    (
        "Why can't I log in to the app?",
        "Why am I able to log in to the app?",
        "en",
        "negation",
    ),
    (
        "Are there lessons for adults who have never skated?",
        "Are there lessons for adults who have skated before?",
        "en",
        "negation",
    ),
    (
        "ジムの支払いは現金しか使えませんか？",
        "ジムの支払いは現金は使えませんか？",
        "ja",
        "negation",
    ),
    (
        "キャンプ場の利用に予約は必要ですか？",
        "キャンプ場の利用に予約はできますか？",
        "ja",
        "modality:must->can",
    ),
    (
        "キャンプ場の利用に予約は必要ですか？",
        "キャンプ場の利用に予約は不要ですか？",
        "ja",
        "substitution:必要->不要",
    ),
]


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, SERVED, COUNTED, REFUSED)


def test_the_paraphrases_are_served(cosines) -> None:
    assert_served(GUARD, SERVED + COUNTED, cosines, THRESHOLD, either_side=True)


def test_the_minimal_pair_twins_stay_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_question_words_read_as_a_point_in_time_or_a_place() -> None:
    assert extra_kinds("何日前までに申し込めばいいですか", "ja") == {"when"}
    assert extra_kinds("何日目から使えますか", "ja") == {"when"}
    assert extra_kinds("何日かかりますか", "ja") == frozenset()  # a count of days
    assert extra_kinds("どちらが安いですか", "ja") == frozenset()  # which, not where
    assert extra_kinds("How long until the photos are ready?", "en") == {"when"}
    assert extra_kinds("How long does it take?", "en") == frozenset()
    first, second = (
        analyse("いつまでに申し込めばいいですか", "ja"),
        analyse("何日前までに申し込めばいいですか", "ja"),
    )
    assert not same_question(first, second, 0.9)  # refused by the first reading alone


def test_negations_said_without_a_negation() -> None:
    assert negation_explained("現金しか使えませんか", "現金だけですか", 1, "ja")
    assert not negation_explained("現金しか使えませんか", "カードだけですか", 1, "ja")
    assert negation_explained("why can't i log in", "why am i unable to log in", 1, "en")
    assert not negation_explained("why can't i log in", "why am i able to log in", 1, "en")
    assert negation_explained("is the lift not available", "is the lift unavailable", 1, "en")
    unusual = "what unusual thing did you say that got you hired"
    assert not negation_explained("signs they don't want to take you", unusual, 1, "en")
    unavailable = "why can i log in when the app is unavailable"
    assert not negation_explained(f"{unavailable} and i can't", unavailable, 1, "en")
    assert negation_explained("can i return it without a receipt", "if i lost my receipt", 1, "en")
    assert not negation_explained("can i return it without a receipt", "if i lost my box", 1, "en")
    assert negation_explained("i have never skated", "lessons for beginners", 1, "en")
    assert negation_explained("一度も観たことがない人でも", "初めてでも", 1, "ja")
    assert not negation_explained("i have never skated", "i have skated before", 1, "en")
