"""Session-21 Japanese wrong serves (``guard/ja_tense.py``, ``guard/ja_agents.wish_changed``):
ている against the past of a verb of activity (薬を飲んでいますか / 薬を飲みましたか), ている
against the plain verb after もう (もう引っ越していますか / もう引っ越しますか), まで against
までに before a verb of activity (水曜日まで / 水曜日までに入院しますか), a wish to do a thing
oneself against a wish that another does it (探したい / 探してほしい); and the paraphrase twins
of each kind, with the probes of ``wrong_ja_probes_s21.py`` (written for this work, none from an
evaluation file; a second batch in other wordings written after the rules), so that a rule that
refuses too much fails here.

Each probe is checked both ways with the default guard at the real embedder's cosine (the
default threshold 0.75; a pair under it counts as refused) and at 0.85 and 0.92, inside the
trees' band, where the rules decide whatever the embedder says. The wrong probes still served
are listed with the reason (asserted as misses, so a fix shows up as a list to shorten).
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines, probe_pairs
from wrong_ja_probes_s21 import TWINS, TWINS_LATER, WRONG, WRONG_LATER

from yamabiko.guard import Guard
from yamabiko.guard.ja_agents import wish_changed
from yamabiko.guard.ja_tense import _lasting, tense_changed, until_changed

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92)
#: the reasons of this session's rules: a twin refused with one of them fails
OWN_REASONS = ("tense:", "until:", "wish:")

#: wrong probes still served at the real cosine or at 0.85 / 0.92: (cached, query) -> why
KNOWN_WRONG = {
    # ている against the plain verb without もう: a verb of change (結婚する, 届く) asks
    # another thing, a habit (営業する, 付く: 朝食は付いていますか = 付きますか) the same
    ("お姉さんは結婚していますか", "お姉さんは結婚しますか"): "aspect",
    ("会員登録していますか？", "会員登録しますか？"): "aspect",
    ("保険に入っていますか？", "保険に入りますか？"): "aspect",
    ("荷物は届いていますか？", "荷物は届きますか？"): "aspect",
    ("電車は止まっていますか？", "電車は止まりますか？"): "aspect",
    # ている against the past of a verbal noun of activity with no noun + 中 in the
    # dictionary (運動中, アルバイト中 are two words)
    ("運動していますか？", "運動しましたか？"): "aspect",
    ("アルバイトをしていますか？", "アルバイトをしましたか？"): "aspect",
    # 取る in the plain past: read as the potential (session 20: チケットを取った / 取れた)
    ("シールを取ったら保証は無効ですか", "シールが取れたら保証は無効ですか"): "vt-vi",
    ("タグを取ったのですが返品できますか", "タグが取れたのですが返品できますか"): "vt-vi",
    ("取っ手を取ったのですが直せますか", "取っ手が取れたのですが直せますか"): "vt-vi",
    ("ボタンを取った", "ボタンが取れた"): "vt-vi",
    # the doer as a subject (夫が代わりに) against the one replaced (夫の代わりに)
    ("夫が代わりに申し込めますか", "夫の代わりに申し込めますか"): "doer",
}
#: twins refused at the real cosine or at 0.85 / 0.92, none by this session's rules
KNOWN_TWINS = {
    ("何時まで待てますか", "何時まで待つことができますか"): "learned (0.85)",
    ("10時から入れますか", "10時から入場できますか"): "substitution:入れ->入場",
    ("書類を送ってほしいです", "書類を送ってください"): "below the threshold (0.735)",
    ("社長にお会いになりますか", "社長に会われますか"): "passive:会う (the honorific れる)",
    ("中古品は返品できますか", "中古の商品は返品できますか"): "learned (0.85, 0.92)",
    ("Wi-Fiは無料ですか", "Wi-Fiは無料で使えますか"): "learned",
    # まで against までに before a verb of change: refused since the late round of session 21
    # (faq-heldout15 labels 日曜まで / 日曜までに設置できますか different: a span against a
    # deadline); in everyday speech a payment's or an application's まで often names the
    # deadline too
    ("月末までに払えますか", "月末まで払えますか"): "until:払う",
    ("金曜日までに提出できますか", "金曜日まで提出できますか"): "until:提出する",
    ("月末までに申し込めますか", "月末まで申し込めますか"): "until:申し込む",
}


def _verdicts(pair: tuple[str, str], cosine: float) -> list[tuple[bool, str]]:
    """The guard's verdicts on the pair both ways round at ``cosine``."""
    return [
        (verdict.accept, verdict.reason)
        for a, b in (pair, pair[::-1])
        for verdict in (GUARD.check(a, b, "ja", cosine, THRESHOLD),)
    ]


def _cosines(pair: tuple[str, str], real: float) -> list[float]:
    """The real cosine (when it reaches the threshold) and the forced ones."""
    return ([real] if real >= THRESHOLD else []) + list(COSINES)


ALL_WRONG = WRONG + WRONG_LATER
ALL_TWINS = TWINS + TWINS_LATER


def test_probe_lists_are_distinct() -> None:
    assert len(set(probe_pairs(ALL_WRONG))) == len(ALL_WRONG) >= 75
    assert len(set(probe_pairs(ALL_TWINS))) == len(ALL_TWINS) >= 50
    assert set(KNOWN_WRONG) <= set(probe_pairs(ALL_WRONG))
    assert set(KNOWN_TWINS) <= set(probe_pairs(ALL_TWINS))


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, ALL_WRONG)
    served = {
        pair
        for pair in probe_pairs(ALL_WRONG)
        for cosine in _cosines(pair, cosines[pair])
        if any(accept for accept, _ in _verdicts(pair, cosine))
    }
    assert served == set(KNOWN_WRONG), (served - set(KNOWN_WRONG), set(KNOWN_WRONG) - served)


def test_twin_probes_served(embedder) -> None:
    cosines = pair_cosines(embedder, ALL_TWINS)
    refused: set[tuple[str, str]] = set()
    for pair in probe_pairs(ALL_TWINS):
        if cosines[pair] < THRESHOLD:
            refused.add(pair)
        for cosine in _cosines(pair, cosines[pair]):
            verdicts = _verdicts(pair, cosine)
            if pair not in KNOWN_TWINS:  # (listed with the rule that refuses them)
                assert not any(why.startswith(OWN_REASONS) for _, why in verdicts), pair
            if not all(accept for accept, _ in verdicts):
                refused.add(pair)
    assert refused == set(KNOWN_TWINS), (refused - set(KNOWN_TWINS), set(KNOWN_TWINS) - refused)


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("薬を飲んでいますか？", "薬を飲みましたか？", "tense:飲む"),
        ("タバコを吸ってますか", "タバコを吸いましたか", "tense:吸う"),  # (てる)
        ("もう引っ越していますか", "もう引っ越しますか", "tense:引っ越す"),
        ("日曜日は営業していますか", "日曜日は営業しましたか", "tense:営業する"),
        ("水曜日まで入院しますか？", "水曜日までに入院しますか？", "until:入院する"),
        ("新しい部屋を探したいです", "新しい部屋を探してほしいです", "wish:探す"),
        ("先輩に教えてもらいたいです", "先輩に教えたいです", "wish:教える"),
        ("料金を確認したいのですが", "料金を確認していただきたいのですが", "wish:確認する"),
    ],
)
def test_the_rules_refuse(cached: str, query: str, reason: str) -> None:
    verdicts = [v for cosine in COSINES for v in _verdicts((cached, query), cosine)]
    assert not any(accept for accept, _ in verdicts), verdicts
    assert all(why.startswith(reason) for _, why in verdicts), verdicts


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        ("荷物は届いていますか？", "荷物は届きましたか？"),  # a verb of change: one state
        ("支払いは完了していますか", "支払いは完了しましたか"),
        ("日曜日は営業していますか", "日曜日は営業しますか"),  # the plain verb: a habit
        ("朝食は付いていますか", "朝食は付きますか"),
        ("薬を飲んでいますか？", "薬を飲んでいましたか？"),  # (ている both: a state in the past)
        ("いつまでに払えますか", "いつまで払えますか"),  # a question word: one deadline
        ("3日前までにキャンセルできますか", "3日前までならキャンセルできますか"),
        ("書類を送ってほしいです", "書類を送ってください"),  # another does it, both
        ("予約をキャンセルしたいです", "予約をキャンセルしたいのですが"),
    ],
)
def test_the_rules_leave_alone(cached: str, query: str) -> None:
    for a, b in ((query, cached), (cached, query)):
        assert tense_changed(a, b) == until_changed(a, b) == wish_changed(a, b) == ""


def test_descriptions_are_not_read() -> None:
    """In a description, not a question, ている and た often say one picture (captions)."""
    assert tense_changed("男性がギターを弾きました。", "男性がギターを弾いています。") == ""
    assert tense_changed("男性がギターを弾きましたか", "男性がギターを弾いていますか") != ""


def test_an_act_that_lasts_is_read_from_the_dictionary() -> None:
    assert _lasting("営業する") and _lasting("入院する") and _lasting("工事する")
    assert not _lasting("結婚する") and not _lasting("到着する") and not _lasting("飲む")
