"""Session 35 (lateJA): the verb of a V方 (使い方: how to use) is the act a question of how
asks, compared with the verb after the other side's どう / どうやって / どのように
(``guard/ja_how_verbs.py``, a frame rule of ``guard/ja_frames.py``, reason ``how:``).

Before, 使い方 was one noun to the analysis and the other side's verb (直す, a verb SudachiPy
marks 非自立可能; 掃除, a verbal noun before する) no predicate, so "I don't know how to use
the copier" served "how do I repair the copier". One verb, a potential of it, or a word of its
SudachiDict synonym group (使う / 利用する) still serves.

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
trees, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_how_verbs import asked_how_verb, manner_noun_verb
from yamabiko.guard.japanese import long_units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): another act asked by the direct question (served before)
REFUSED = [
    ("コピー機の使い方がわかりません。", "コピー機はどうやって直すんですか？", "ja",
     "how:使う->直す"),
    ("炊飯器の使い方を教えてください。", "炊飯器はどうやって洗うんですか？", "ja",
     "how:使う->洗う"),
]  # fmt: skip

#: the same act: one verb, its potential, a verb of its synonym group, する after a noun
SERVED = [
    ("コピー機の使い方がわかりません。", "コピー機はどうやって使うんですか？", "ja"),
    ("コピー機の使い方がわかりません。", "コピー機はどうやって利用しますか？", "ja"),
    ("エアコンの使い方がわかりません。", "エアコンはどう使えばいいですか？", "ja"),
    ("テントの張り方がわかりません。", "テントはどうやって張るんですか？", "ja"),
    ("炊飯器の使い方を教えてください。", "炊飯器はどのように使いますか？", "ja"),
    ("ホテルの予約の仕方がわかりません。", "ホテルはどうやって予約すればいいですか？", "ja"),
    ("オンライン講座の申し込み方がわかりません。", "オンライン講座にはどうやって申し込めますか？",
     "ja"),
]  # fmt: skip

#: (cached, query): a compound verb and the verb that heads it (支払う / 払う), read alike at
#: any cosine (the embedder puts these below the band)
ONE_HEAD = [
    ("会費の払い方がわかりません。", "会費はどうやって支払えばいいですか？"),
    ("会費の支払い方を教えてください。", "会費はどうやって払うんですか？"),
]

#: (cached, query, reason) below the default threshold (the verified band or less): the rule
#: reads them alike at any cosine
BAND = [
    ("エアコンの使い方がわかりません。", "エアコンはどう掃除するんですか？", "how:使う->掃除"),
    ("テントの張り方がわかりません。", "テントはどうやって片付けるんですか？",
     "how:張る->片付ける"),
]  # fmt: skip

cosines = cosines_fixture(REFUSED, SERVED)


def test_another_verb_asked_how_is_refused_with_its_reason(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)
    for cached, query, reason in BAND:
        verdict = GUARD.check(query, cached, "ja", 0.9, THRESHOLD)
        assert (verdict.accept, verdict.reason) == (False, reason), (cached, query)
        assert not GUARD.check(cached, query, "ja", 0.9, THRESHOLD).accept, (cached, query)


def test_the_same_act_asked_how_is_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    for cached, query in ONE_HEAD:
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, "ja", 0.9, THRESHOLD)
            assert verdict.accept, (a, b, verdict.reason)


def _units(text: str) -> list:
    """SudachiPy's long units of ``text``, as the rule reads them."""
    found = long_units(text, keep=False)
    assert found is not None
    return found[1]


def test_the_verbs_read_on_each_side() -> None:
    assert manner_noun_verb(_units("使い方がわかりません")) == "使う"  # one noun of the dictionary
    assert manner_noun_verb(_units("直し方がわかりません")) == "直す"  # a stem and the suffix 方
    assert manner_noun_verb(_units("申し込み方を教えて")) == "申し込む"
    assert manner_noun_verb(_units("予約の仕方がわかりません")) == ""  # する names no act
    assert manner_noun_verb(_units("夕方に行きます")) == ""  # 夕 is no verb's stem
    assert asked_how_verb(_units("どうやって直すんですか")) == "直す"
    assert asked_how_verb(_units("どう掃除するんですか")) == "掃除"
    assert asked_how_verb(_units("どのように払えますか")) == "払う"  # the potential's verb
    assert asked_how_verb(_units("どうすればいいですか")) == ""
    assert asked_how_verb(_units("どうして止まるんですか")) == ""  # why, not how
    assert asked_how_verb(_units("使い方はどうですか")) == ""  # no verb after どう
