"""Session 36 review of session 35's lateJA rule (``guard/ja_how_verbs.py``, reason ``how:``):
a V方 whose object is a verbal noun said with の asks that act with a light verb.

予約の取り方 is the way to 予約を取る, which is to 予約する; 電話のかけ方, the way to 電話をかける
(to 電話する). The rule compared the light verb (取る, かける) with the verbal noun the other
side's question of how asks (どうやって予約すればいいですか: 予約) and refused the pair
``how:予約->取る`` on 741f30f, where the code before the rule served it. Another act asked of
the same noun (取り消す) is still refused.

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
trees, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_how_verbs import manner_object
from yamabiko.guard.japanese import long_units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): the act said by its verbal noun with a light verb, and asked how
SERVED = [
    ("歯医者の予約の取り方がわかりません。", "歯医者はどうやって予約すればいいですか？", "ja"),
    ("担当者との連絡の取り方を教えてください。", "担当者にはどうやって連絡すればいいですか？",
     "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): another act asked of the same noun, still refused
REFUSED = [
    ("歯医者の予約の取り方がわかりません。", "歯医者の予約はどうやって取り消せばいいですか？",
     "ja", "how:取る->取り消す"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_a_light_verb_with_its_verbal_noun_is_the_act_asked(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    # (the embedder puts this one below the band: the rule reads it alike at any cosine)
    cached, query = "電話のかけ方がわかりません。", "どうやって電話すればいいですか？"
    for a, b in ((query, cached), (cached, query)):
        verdict = GUARD.check(a, b, "ja", 0.9, THRESHOLD)
        assert verdict.accept, (a, b, verdict.reason)


def test_another_act_of_the_same_noun_is_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def _units(text: str) -> list:
    """SudachiPy's long units of ``text``, as the rule reads them."""
    found = long_units(text, keep=False)
    assert found is not None
    return found[1]


def test_the_object_of_a_manner_noun() -> None:
    assert manner_object(_units("予約の取り方がわかりません")) == "予約"  # one noun: 取り方
    assert manner_object(_units("電話のかけ方がわかりません")) == "電話"  # a stem and 方
    assert manner_object(_units("コピー機の使い方がわかりません")) == ""  # a thing, no act
    assert manner_object(_units("使い方がわかりません")) == ""  # nothing before it
    assert manner_object(_units("予約をしたいです")) == ""  # no V方
