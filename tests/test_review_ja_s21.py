"""Session-21 review of the Japanese rules (after round 1's まで / ている / wish work): the probes
of ``review_ja_probes_s21.py``, written for the review in domains a new FAQ might bring (trades,
shops, hire, memorial services, catering, cleaning; none taken from an evaluation file),
decided at their real cosine with the default embedder and threshold, either way round; the
ones the rules still get wrong are listed as known misses (asserted as such, so a fix shows up
as a failing list to shorten). The readings the review added are tested both ways round at
cosines inside the trees' band (0.85, 0.92), with pairs that must stay served:

* a function noun written in kana (こと = 事) and the potential said in two words, V-る +
  こと + は / が + できる (``ja_kana_forms``: 借りることはできますか = 借りられますか);
* 自分で against a noun with に before a word of requesting (``ja_requests``: 自分でできますか
  / 業者に頼めますか, ``doer:自分で``; the words of requesting read from SudachiPy's synonym
  group of 依頼);
* whether one has ever done it (``ja_experience``: この薬を飲んだことがありますか / 飲みました
  か, ``experience:飲む``), found by the reviewer while testing the kana こと: served before
  by the trees, and by the units once こと is a function noun.
"""

from __future__ import annotations

import pytest
from guard_probes import (
    assert_refused_at,
    assert_served_at,
    pair_cosines,
    probe_pairs,
    refused_either_way,
    served_either_way,
)
from review_ja_probes_s21 import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.ja_experience import experience_changed
from yamabiko.guard.ja_requests import asks_another
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92)

#: wrong probes still served at their real cosine (cached, query) -> why
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # だけで against も with another verb on the other side (葬儀をする / 葬儀に参列する): the
    # scope rule reads だけ / も on one shared noun only when the rest is the same
    ("家族だけで葬儀をしてもいいですか？", "家族も葬儀に参列していいですか？"): "scope",
}
#: twins still refused at their real cosine, at or above the threshold (cached, query) -> why
KNOWN_TWINS: dict[tuple[str, str], str] = {
    # the trees refuse these; the rules serve them (since session 27 よろしい is filler as いい
    # is: カードでもよろしいですか is served, ``guard/ja_plain.py``; 椅子 / イス left the list in
    # session 27 too: surface4 writes イス as 椅子, one vector)
    # (料金 / 値段 left the list in session 29: served at its real cosine since the late round's
    # Japanese changes, ``guard/ja_cuts.py`` / ``guard/ja_respelt.py``)
    ("すぐに来てもらえますか？", "今すぐ来てもらえますか？"): "trees",
    # 頼む a content word, お願いする the request's grammar
    ("家具の組み立てもお願いできますか？", "家具の組み立ても頼めますか？"): "request",
    ("水回りのクリーニングを頼みたいです", "水回りのクリーニングをお願いしたいです"): "request",
    # words neither a synonym group nor the word vectors pair
    ("出張費はかかりますか？", "出張費は必要ですか？"): "synonym",
    ("見積もりは無料ですか？", "見積もりはタダですか？"): "synonym",
    ("壊れた家電を引き取ってもらえますか？", "壊れた家電を回収してもらえますか？"): "synonym",
    ("法事の料理を頼めますか？", "法事の料理を注文できますか？"): "synonym",
    ("トラックを借りたいです", "トラックをレンタルしたいです"): "synonym",
}


def test_probe_lists_are_distinct() -> None:
    assert len(set(probe_pairs(WRONG))) == len(WRONG) >= 55
    assert len(set(probe_pairs(TWINS))) == len(TWINS) >= 50
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


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("網戸の張り替えは自分でできますか？", "網戸の張り替えは業者に頼めますか？", "doer:自分で"),
        ("掃除は自分でできますか", "掃除は業者に依頼できますか", "doer:自分で"),
        ("この薬を飲んだことがありますか？", "この薬を飲みましたか？", "experience:飲む"),
        ("この店を利用したことがありますか？", "この店を利用しますか？", "experience:利用する"),
        ("海外に行ったことはありますか", "海外に行きましたか", "experience:行く"),
    ],
    ids=["jibun-tanomu", "jibun-irai", "ever-nomu", "ever-riyou", "ever-iku"],
)
def test_the_reviews_rules_refuse(cached: str, query: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD, lang="ja")


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        ("脚立を借りられますか？", "脚立を借りることはできますか？"),  # こと + は + できる
        ("道具を借りる事はできますか", "道具を借りられますか"),  # 事 in kanji, as before
        ("土曜日に来られますか？", "土曜日に来ることはできますか？"),  # 来る kept as a verb
        ("電話で注文できますか？", "電話で注文することはできますか？"),
        ("鍵を預かってもらえますか？", "鍵を預けてもいいですか？"),  # one act, two sides
        ("掃除を業者に頼めますか", "掃除を業者に依頼できますか"),  # both ask another
        ("この薬を飲んだことはありますか？", "この薬は飲んだことがありますか？"),  # both ever
    ],
)
def test_the_reviews_rules_serve(cached: str, query: str) -> None:
    assert_served_at(GUARD, cached, query, COSINES, THRESHOLD, lang="ja")


def test_the_readings() -> None:
    assert [u.text for u in units("借りることはできますか", "ja")] == ["借りる"]
    assert [u.text for u in units("借りることが多い", "ja")] == ["借りる", "こと", "多い"]
    assert asks_another("業者に頼めますか") and asks_another("専門家に掃除を依頼したい")
    assert not asks_another("自分でできますか") and not asks_another("母が頼んだ品物ですか")
    assert experience_changed("薬を飲みましたか", "薬を飲んだことがありますか") == "飲む"
    # the experience said by a noun, or the verb in another clause: not compared
    assert experience_changed("店を利用した経験はありますか", "店を利用したことがありますか") == ""
    assert experience_changed("飲んだら眠くなりますか", "飲んだことがありますか") == ""
    assert experience_changed("たまに飲むことがありますか", "飲みますか") == ""  # sometimes
