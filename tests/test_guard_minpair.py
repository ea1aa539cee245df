"""The minimal-pair check (``yamabiko.guard.minpair``) on hand-written pairs, and the
deterministic tuning / reporting split of pair files."""

from __future__ import annotations

import json

import pytest

from yamabiko.errors import InvalidInputError
from yamabiko.eval.data import Pair, load_pairs
from yamabiko.eval.split import select, split_of
from yamabiko.guard import Guard, MinimalPairCheck, compare_texts, wordvec
from yamabiko.guard.units import units

# One content word replaced by one of another meaning: the reason names both words
# (first text's word -> second text's word).
CHANGED = [
    ("Can I sell my shares online?", "Can I buy my shares online?", "en", "substitution:sell->buy"),
    ("Do I need to eat before the test?", "Do I need to eat after the test?", "en",
     "substitution:before->after"),
    ("Does the gym open at 6am?", "Does the gym open at 6 pm?", "en", "substitution:am->pm"),
    ("Is the yearly fee refundable?", "Is the weekly fee refundable?", "en",
     "substitution:yearly->weekly"),
    ("Where is the departure gate for flight 12?", "Where is the arrival gate for flight 12?",
     "en", "substitution:departure->arrival"),
    ("Can I keep plants below 10 degrees?", "Can I keep plants above 10 degrees?", "en",
     "substitution:below->above"),
    ("Do I need a passport to travel to Mexico?", "Do I need a passport to travel to Brazil?",
     "en", "substitution:Mexico->Brazil"),
    ("How do I renew my car insurance?", "How do I renew my home insurance?", "en",
     "substitution:car->home"),
    ("Should I give my son three spoons a day?", "Should I give my son five spoons a day?", "en",
     "substitution:three->five"),
    ("Can I eat before surgery?", "Can I eat surgery?", "en", "deletion:before"),
    ("休会の手続きを教えて", "入会の手続きを教えて", "ja", "substitution:休会->入会"),
    ("夜の受付は何時までですか", "朝の受付は何時までですか", "ja", "substitution:夜->朝"),
    ("女性用の更衣室はどこですか", "男性用の更衣室はどこですか", "ja", "substitution:女性->男性"),
    ("月額プランを解約したい", "年額プランを解約したい", "ja", "substitution:月額->年額"),
]  # fmt: skip

# Same question in other words: inflection, spelling, script, a true synonym, filler.
SAME = [
    ("How do I purchase a train ticket?", "How can I buy a train ticket?", "en"),
    ("What colour is the new logo?", "What color is the new logo?", "en"),
    ("How do I fix a broken zipper?", "How can I repair a broken zipper?", "en"),
    ("Is it possible to choose my seat?", "Can I select my seat?", "en"),
    ("Please tell me how to reset my router", "How do I reset my router?", "en"),
    ("How do I delete old emails?", "How do I remove old emails?", "en"),
    ("What is the quickest way to the airport?", "What is the fastest way to the airport?", "en"),
    ("Do you deliver on public holidays?", "Do you delivered on public holidays?", "en"),
    ("子どもの入場料はいくらですか", "こどもの入場料はいくらですか", "ja"),
    ("チケットを購入したい", "チケットを買いたい", "ja"),
    ("配送にかかる日数は？", "配達にかかる日数は？", "ja"),
    ("スマホの設定を教えてください", "スマートフォンの設定を教えて", "ja"),
]


def test_the_word_table_ships_and_loads() -> None:
    assert wordvec.available()
    buy, purchase, sell = (wordvec.vector_index(w) for w in ("buy", "purchase", "sell"))
    assert buy is not None and purchase is not None and sell is not None
    assert wordvec.similarity(buy, purchase) > wordvec.similarity(buy, sell)


@pytest.mark.parametrize(("first", "second", "lang", "reason"), CHANGED)
def test_a_changed_word_is_rejected_and_named(first, second, lang, reason) -> None:
    verdict = compare_texts(first, second, lang)
    assert (verdict.accept, verdict.reason) == (False, reason)
    assert not compare_texts(second, first, lang).accept  # symmetric


@pytest.mark.parametrize(("first", "second", "lang"), SAME)
def test_equivalent_words_are_accepted(first, second, lang) -> None:
    assert compare_texts(first, second, lang).accept, compare_texts(first, second, lang)
    assert compare_texts(second, first, lang).accept


def test_guard_reports_the_minimal_pair_reason_cached_word_first() -> None:
    guard = Guard()
    verdict = guard.check("Is the weekly fee refundable?", "Is the yearly fee refundable?", "en")
    # (session 20: named as a frequency replaced, english_extent, still cached word first)
    assert (verdict.accept, verdict.reason) == (False, "category:yearly->weekly")
    assert guard.check("How can I buy a train ticket?", "How do I purchase a train ticket?",
                       "en").accept  # fmt: skip


def test_reworded_questions_are_not_minimal_pairs() -> None:
    # Many words differ: the check leaves the decision to the similarity threshold.
    verdict = compare_texts(
        "How do I get my money back for a broken kettle?",
        "What is your refund process when an appliance arrives damaged?",
        "en",
    )
    assert verdict.accept and verdict.reason == "not-minimal"


def test_one_word_said_in_several_is_a_rewording_not_a_substitution() -> None:
    # "transfer" said as "send ... to the account": the extra words are apart, a rewording.
    pair = (
        "How do I transfer funds to a friend?",
        "How do I send funds to the account of a friend?",
    )
    verdict = compare_texts(*pair, "en")
    assert (verdict.accept, verdict.reason) == (True, "reworded")
    assert not compare_texts(*pair, "en", MinimalPairCheck(rewordings=False)).accept
    # ... but one word replaced by one word of two units is still a substitution:
    # a compound (勤務 + 先), a coordination (black and white), a number (二 + 回).
    for first, second, lang in (
        ("自宅の電話番号を変更したい", "勤務先の電話番号を変更したい", "ja"),
        ("Can I print the form in colour?", "Can I print the form in black and white?", "en"),
        ("初回の予約に使えるクーポンは？", "二回目の予約に使えるクーポンは？", "ja"),
    ):
        verdict = compare_texts(first, second, lang)
        assert not verdict.accept and verdict.reason.startswith("substitution:"), verdict


def test_units_know_which_word_they_belong_to() -> None:
    words = {u.text: u.word for u in units("Can I print in black and white at the library?", "en")}
    assert words["black"] == words["white"] != words["print"] != words["library"]
    ja = {u.text: u.word for u in units("勤務先の住所", "ja")}
    assert ja["勤務"] == ja["先"] != ja["住所"]


def test_settings_change_the_decision() -> None:
    strict = MinimalPairCheck(word_similarity=0.999, wordnet_senses=0)  # WordNet pairs fix / repair
    assert not compare_texts("How do I fix a bike?", "How do I repair a bike?", "en", strict).accept
    pair = ("How do I restart the game?", "How do I restart the game server?", "en")
    assert compare_texts(*pair).accept  # added detail passes by default
    narrowing = MinimalPairCheck(insertions=True)
    assert compare_texts(*pair, narrowing).reason == "insertion:server"


def test_units_drop_filler_and_keep_numbers_and_relations() -> None:
    keys = [u.key for u in units("Could you please tell me if the shop opens before 9am?", "en")]
    assert keys == ["shop", "open", "before", "#9", "am"]
    ja = [u.key for u in units("この商品の値段を教えてください", "ja")]
    assert ja == ["商品", "値段"]


def test_other_languages_are_not_analysed() -> None:
    assert compare_texts("¿Puedo comprar acciones?", "¿Puedo vender acciones?", "es").reason == (
        "not-analysed"
    )


def _pairs(rows: list[tuple[str, str]]) -> list[Pair]:
    return [Pair(a, b, 1, "en") for a, b in rows]


def test_split_keeps_connected_texts_together_and_is_deterministic() -> None:
    rows = [("q1", "q2"), ("q2", "q3"), ("q4", "q5"), ("q6", "q7"), ("q3", "q8")]
    halves = split_of(_pairs(rows))
    assert halves == split_of(_pairs(rows))
    assert halves[0] == halves[1] == halves[4]  # one component: q1 q2 q3 q8
    assert set(halves) <= {"tune", "report"}
    many = _pairs([(f"question {i}", f"other {i}") for i in range(200)])
    tune = select(many, "tune")
    report = select(many, "report")
    assert len(tune) + len(report) == 200 and 60 < len(tune) < 140
    assert select(many, "all") == many
    with pytest.raises(InvalidInputError, match="tune"):
        select(many, "train")


def test_the_faq_set_is_well_formed_and_both_halves_hold_both_kinds(tmp_path) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "faq-pairs.jsonl"
    pairs = load_pairs(path)
    assert len(pairs) >= 200
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {r["lang"] for r in rows} == {"en", "ja"}
    for half in ("tune", "report"):
        chosen = select(pairs, half)
        assert {(p.lang, p.label) for p in chosen} == {("en", 0), ("en", 1), ("ja", 0), ("ja", 1)}
