"""Session-20 review of the Japanese rules (after round 1's Japanese wrong-serve and paraphrase
work): the probes of ``review_ja_probes_s20.py``, written for the review (none taken from an
evaluation file), decided at their real cosine with the default embedder and threshold, either
way round; the ones the rules still get wrong are listed as known misses (asserted as such, so
a fix shows up as a failing list to shorten). The rules the review added or widened are tested
both ways round at cosines inside the trees' band (0.85, 0.92), with pairs that must stay
served:

* counts exchanged between the nouns they count (``ja_counts.py``: 大人2人と子供1人 /
  大人1人と子供2人, ``count:大人:2人->1人``);
* てある against ておく (``ja_aspect.py``: 予約してありますか / 予約しておきますか,
  ``aspect:予約する:てある->ておく``; てある = ている);
* a passive whose sentence has a subject with は / が only after the verb, in another clause
  (``ja_doers.py``: 自転車にぶつけられた場合、保険は使えますか / 自転車をぶつけた場合、
  ``passive:ぶつける``): that subject cannot make its られる the honorific.
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines, probe_pairs, refused_either_way, served_either_way
from review_ja_probes_s20 import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.ja_aspect import aspect_changed
from yamabiko.guard.ja_counts import counts_exchanged
from yamabiko.guard.ja_readings import joined_readings
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92)

#: wrong probes still served at their real cosine (cached, query) -> why
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # ている against the plain verb: the same question for a verb of activity or a habit
    # (営業していますか = 営業しますか), another for one of change (結婚している = married /
    # 結婚する = will marry): no verb class for it (ている against the past of a verb with
    # its object, 今、何か薬を飲んでいますか / 飲みましたか, is refused since session 21)
    ("結婚していますか？", "結婚しますか？"): "ている",
}
#: twins still refused at their real cosine, at or above the threshold (cached, query) -> why
KNOWN_TWINS: dict[tuple[str, str], str] = {
    # okurigana dropped in a compound noun: 振り込み is a verb's long unit, 振込手数料 one noun
    ("振り込み手数料はいくらですか？", "振込手数料はいくらですか？"): "okurigana",
    # a compound against its parts with の: 前 left over, read as a condition's word
    ("前日までに連絡すればいいですか？", "前の日までに連絡すればいいですか？"): "compound",
    # words neither a synonym group nor the word vectors pair
    ("再発行の手数料はかかりますか？", "再発行にお金はかかりますか？"): "synonym",
    ("診察券をなくしました", "診察券を紛失しました"): "synonym",
    ("お風呂は何時まで入れますか？", "お風呂は何時まで利用できますか？"): "synonym",
    # the rules serve this; the trees refuse it (車椅子 / 車いす left in session 28: one text
    # with a noun spelled two ways, served whatever the trees score, guard/ja_respelt.py)
    ("書類を郵送してください", "書類を郵送していただけますか？"): "trees",
    # session 27 (surface4): タダ is written 只 for the model, 0.735 -> 0.761: over the
    # threshold now, where the minimal-pair check refuses 無料 -> タダ (unserved before too)
    ("無料で使えますか？", "タダで使えますか？"): "surface4",
    ("駐車料金はいくらですか？", "駐車代はいくらですか？"): "trees",
    ("ここでたばこを吸ってもいいですか？", "ここで喫煙してもいいですか？"): "trees",
}
#: (served since session 27: 途中で退席しても大丈夫ですか / いいですか, the word of leave after
#: ても no unit of its own, ``guard/ja_clauses.grants_leave``)
#: (served since session 21: 20歳未満 / 二十歳未満, the numeral word read as its number and
#: counter by ``guard/numeral_words.py``)
#: (below the threshold at their real cosine, not asserted: この荷物を量ってください /
#: 量ってもらえますか 0.73, チェックアウト / 退室 0.63, キッチン / 台所 0.66, スタッフ /
#: 従業員 0.71, 届きますか / 到着しますか 0.75-; 無料 / タダ 0.74 until session 27, listed above)


def test_probe_lists_are_distinct() -> None:
    assert len(set(probe_pairs(WRONG))) == len(WRONG) >= 60
    assert len(set(probe_pairs(TWINS))) == len(TWINS) >= 60
    assert set(KNOWN_WRONG) <= set(probe_pairs(WRONG)) and set(KNOWN_TWINS) <= set(
        probe_pairs(TWINS)
    )


def test_wrong_probes_not_served(embedder) -> None:
    pairs = probe_pairs(WRONG)
    cosines = pair_cosines(embedder, WRONG)
    served = {
        pair for pair in pairs if served_either_way(GUARD, pair, "ja", cosines[pair], THRESHOLD)
    }
    assert served == set(KNOWN_WRONG), (served - set(KNOWN_WRONG), set(KNOWN_WRONG) - served)


def test_twin_probes_served(embedder) -> None:
    pairs = probe_pairs(TWINS)
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        pair for pair in pairs if refused_either_way(GUARD, pair, "ja", cosines[pair], THRESHOLD)
    }
    assert refused == set(KNOWN_TWINS), (refused - set(KNOWN_TWINS), set(KNOWN_TWINS) - refused)


def _both_ways(cached: str, query: str) -> list[tuple[bool, str]]:
    """The guard's verdicts (accept, reason) on the pair both ways at each of :data:`COSINES`."""
    return [
        (verdict.accept, verdict.reason)
        for cosine in COSINES
        for a, b in ((query, cached), (cached, query))
        for verdict in (GUARD.check(a, b, "ja", cosine, THRESHOLD),)
    ]


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("大人2人と子供1人で予約できますか", "大人1人と子供2人で予約できますか", "count:大人"),
        ("2人の大人と1人の子供の料金は？", "1人の大人と2人の子供の料金は？", "roles:"),  # (before)
        ("シングル2部屋とツイン1部屋を予約したい", "シングル1部屋とツイン2部屋を予約したい", ""),
        ("チケットはもう予約してありますか", "チケットは予約しておきますか", "aspect:予約する"),
        ("名前は書いてありますか", "名前を書いておきますか", "aspect:書く"),
        ("車にぶつけられたら治療費は出ますか", "車をぶつけたら治療費は出ますか", "passive:"),
    ],
    ids=["count", "count-before-roles", "count-rooms", "aspect", "aspect-kaku", "passive"],
)
def test_the_reviews_rules_refuse(cached: str, query: str, reason: str) -> None:
    verdicts = _both_ways(cached, query)
    assert not any(accept for accept, _ in verdicts), verdicts
    assert all(why.startswith(reason) for _, why in verdicts), verdicts


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        ("大人2人と子供1人でいくらですか", "子供1人と大人2人でいくらですか"),  # reordered
        ("大人２人と子供１人でいくらですか", "大人2人と子供1人でいくらですか"),  # digit widths
        ("予約してありますか", "予約していますか"),  # てある = ている
        ("予約してありますか", "予約しましたか"),
        ("部長は会議に出席されますか", "部長は会議に出席しますか"),  # the honorific
        ("窓口で申し込みできますか", "窓口で申し込めますか"),  # a noun and the potential
        ("店舗で受け取りできますか", "店舗で受け取れますか"),
        ("予約の取り消しはできますか", "予約を取り消せますか"),
    ],
)
def test_the_reviews_rules_serve(cached: str, query: str) -> None:
    verdicts = _both_ways(cached, query)
    assert all(accept for accept, _ in verdicts), verdicts


def test_a_compound_verbs_noun_meets_its_potential_only() -> None:
    def left(one: str, other: str) -> tuple[list[str], list[str]]:
        x, y = joined_readings(units(one, "ja"), units(other, "ja"))
        return [u.text for u in x], [u.text for u in y]

    assert left("申し込みできますか", "申し込めますか") == ([], [])
    # the negative's a-row and the passive are not the potential: left to the other tests
    assert left("立ち会いが要る", "立ち会えますか") == (["要る"], [])
    assert left("立ち会いが要る", "立ち会わない") == (["立ち会い", "要る"], ["立ち", "会わ"])
    assert left("開きますか", "開けますか") == (["開き"], ["開け"])  # a verb and its twin


def test_the_rules_name_what_changed() -> None:
    assert counts_exchanged("大人1人と子供2人", "大人2人と子供1人") == "大人:2人->1人"
    assert counts_exchanged("大人一名、子供二名", "大人二名、子供一名") == "大人:2名->1名"
    assert counts_exchanged("大人2人と子供2人", "大人2人と子供1人") == ""  # another count
    assert aspect_changed("予約しておきますか", "予約してありますか") == "予約する:てある->ておく"
    assert aspect_changed("予約していますか", "予約してありますか") == ""
