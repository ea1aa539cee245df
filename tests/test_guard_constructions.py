"""Constructions whose negation / question markers do not mean what they say alone
(``yamabiko/guard/constructions.py``), the request frame in the ``predicate`` check, and a
negating prefix whose base word is on both sides (``antonym``)."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard, analyse
from yamabiko.guard.constructions import en_negations_explained, ja_negations_explained

RULES = Guard(learned=False)


@pytest.mark.parametrize(
    "text",
    [
        "火災保険には必ず入らないといけませんか？",
        "これはしなければなりませんか？",
        "引っ越すときにやらなきゃいけない手続きは？",
        "書類は出さないとだめですか？",
    ],
)
def test_japanese_obligation_is_not_a_negation(text: str) -> None:
    assert analyse(text, "ja").negations == 0


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("行かなくてもいいですか？", 1),  # "need I not go?": a real negation
        ("男性は歌っていない", 1),
        ("必ず入らないといけないわけではないですか？", 1),  # obligation, then negated
    ],
)
def test_japanese_negations_outside_the_constructions_still_count(
    text: str, negations: int
) -> None:
    assert analyse(text, "ja").negations == negations


def test_japanese_indirect_question_asks_how() -> None:
    found = analyse("宅配ボックスの使い方がわかりません。", "ja")
    assert found.negations == 0
    assert "how" in found.qtypes
    assert ja_negations_explained("いつ届くか分かりません") == (1, frozenset())


@pytest.mark.parametrize(
    ("text", "negations", "qtypes"),
    [
        ("Is the boiler still under guarantee or not?", 0, {"yesno"}),
        ("I do not know how to reset my password", 0, {"how"}),
        ("Could you please tell me where my order is?", 0, {"where"}),
        ("I don't know my password", 1, set()),
        ("The man is not playing the guitar", 1, set()),
        ("How early should I book?", 0, {"quantity"}),
        ("How frequently should I water it?", 0, {"quantity"}),
        ("How do I book?", 0, {"how"}),
    ],
)
def test_english_constructions(text: str, negations: int, qtypes: set[str]) -> None:
    found = analyse(text, "en")
    assert found.negations == negations
    assert set(found.qtypes) == qtypes


def test_english_explained_count() -> None:
    assert en_negations_explained("whether or not i do not know how to go") == 2
    assert en_negations_explained("it is not working") == 0


@pytest.mark.parametrize(
    ("cached", "query", "lang"),
    [
        ("火災保険の加入は必須ですか？", "火災保険には必ず入らないといけませんか？", "ja"),
        ("Where is my food order?", "Could you please tell me where my food order is?", "en"),
        ("How often should I feed my dog?", "How frequently should I feed my dog?", "en"),
        ("粗大ごみの出し方を教えてください。", "粗大ごみってどうやって出せばいい？", "ja"),
    ],
)
def test_paraphrases_now_pass_the_rules(cached: str, query: str, lang: str) -> None:
    verdict = RULES.check(query, cached, lang, 0.97)
    assert verdict.reason not in ("negation", "question", "predicate"), verdict


@pytest.mark.parametrize(
    ("cached", "query", "lang", "reason"),
    [
        ("火災保険の加入は必須ですか？", "火災保険の加入は必須ではないですか？", "ja", "negation"),
        ("Is the store open or not?", "Is the store not open?", "en", "negation"),
        ("Where is my food order?", "Could you tell me why my order is late?", "en", "question"),
    ],
)
def test_real_differences_still_reject(cached: str, query: str, lang: str, reason: str) -> None:
    assert RULES.check(query, cached, lang, 0.97).reason == reason


def test_prefixed_opposite_with_its_base_on_both_sides() -> None:
    cached = "How do I lock my front door with the smart lock app?"
    query = "How do I unlock my front door with the smart lock app?"
    assert RULES.check(query, cached, "en", 0.96).reason == "antonym"
    same = "How do I lock my front door with the smart lock app please?"
    assert RULES.check(same, cached, "en", 0.99).accept
