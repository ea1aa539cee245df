"""Session-18 paraphrases the rule checks refused (``guard/question_words.py``,
``guard/negation_readings.py``, the words of need in ``units.related``):

- question words that ask for a point in time or a place in other words (何日前までに /
  いつまでに, how long until / when);
- a negation the other prompt says without one (しか ... ない / だけ, unable / can't, without
  a receipt / lost the receipt, never / for the first time);
- 必要 / 要る (is it needed).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the default models) and the cosine the default embedder"s.
On the code before this change each paraphrase below is refused (by ``question``,
``negation`` or ``substitution``); the minimal-pair twins next to them (a count of days, a
day after, another question word (where), have / lost, another thing lost, able / unable, skated
before, cash not accepted, not needed) are refused on both.
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
        "Can I exchange a gift without a receipt?",
        "Can I exchange a gift if I lost the receipt?",
        "en",
    ),
    (
        "キャンプ場の利用に予約は必要ですか？",
        "キャンプ場の利用に予約は要りますか？",
        "ja",
    ),
]

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
        "住民税はどちらの市に払いますか？",
        "住民税はいつ払いますか？",
        "ja",
        "question",
    ),
    (
        "When does the yoga course start?",
        "How long does the yoga course last?",
        "en",
        "question",
    ),
    (
        "How long until I get my exam results?",
        "Where do I get my exam results?",
        "en",
        "question",
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
        "キャンプ場の利用に予約は要りませんか？",
        "ja",
        "negation",
    ),
    (
        "キャンプ場の利用に予約は必要ですか？",
        "キャンプ場の利用に予約は不要ですか？",
        "ja",
        "negation",
    ),
]


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder"s cosine of each pair."""
    return pair_cosines(embedder, SERVED, REFUSED)


def test_the_paraphrases_are_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_the_minimal_pair_twins_stay_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_question_words_read_as_a_point_in_time_or_a_place() -> None:
    assert extra_kinds("何日前までに申し込めばいいですか", "ja") == {"when"}
    assert extra_kinds("何日目から使えますか", "ja") == {"when"}
    assert extra_kinds("何日かかりますか", "ja") == frozenset()  # a count of days
    assert extra_kinds("どちらの市に払いますか", "ja") == {"where", "who"}
    assert extra_kinds("How long until the photos are ready?", "en") == {"when"}
    assert extra_kinds("How long does it take?", "en") == frozenset()
    first, second = (
        analyse("いつまでに申し込めばいいですか", "ja"),
        analyse("何日前までに申し込めばいいですか", "ja"),
    )
    assert not same_question(first, second, 0.9)  # refused by the first reading alone


def test_negations_said_without_a_negation() -> None:
    assert negation_explained("現金しか使えませんか", "現金だけですか", "ja")
    assert not negation_explained("現金しか使えませんか", "カードだけですか", "ja")
    assert negation_explained("why can't i log in", "why am i unable to log in", "en")
    assert not negation_explained("why can't i log in", "why am i able to log in", "en")
    assert negation_explained("can i return it without a receipt", "if i lost my receipt", "en")
    assert not negation_explained("can i return it without a receipt", "if i lost my box", "en")
    assert negation_explained("i have never skated", "lessons for beginners", "en")
    assert negation_explained("一度も観たことがない人でも", "初めてでも", "ja")
    assert not negation_explained("i have never skated", "i have skated before", "en")
