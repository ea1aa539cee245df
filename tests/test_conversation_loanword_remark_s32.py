"""Session 32 (lateConvo): a Japanese remark after a booking thread that names a katakana
common noun (SudachiPy's 普通名詞: マラソン, ケーキ) is small talk when the assistant answers it
without taking it up, as one naming no katakana word is: the guard's analysis counts every
katakana word as a name, and a remark naming something where the thread names something was
held for a change of the request (``Structure._untaken``), and a reply naming one for a reply
that takes the remark up (``Structure._remark``). A brand or a place (固有名詞) still names.

Probes written for these tests (their own domains and wordings), with the real default
embedder, decided both ways round. The twins hide a change of the request in such a remark
(a plan switched, a part asked for) and must stay refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.smalltalk import ja_choice_said


def kites() -> list[tuple[str, str]]:
    """A child enrolled in a kite-making class, with a member code (Japanese)."""
    return [
        ("日曜午前の凧づくり教室に、小学三年の息子を申し込みたいです。会員コードはK-5310です。",
         "ありがとうございます。材料の竹ひごもご購入されますか？"),
        ("はい、竹ひごもお願いします。",
         "承知しました。日曜午前の凧づくり教室に息子さんを登録し、竹ひごもK-5310でご用意します。"),
    ]  # fmt: skip


def boat() -> list[tuple[str, str]]:
    """A river sightseeing cruise for two (Japanese)."""
    return [
        ("8月3日の川下りの遊覧船に、大人2名で乗りたいです。昼食付きでお願いします。",
         "ありがとうございます。お車でいらっしゃいますか？"),
        ("いいえ、電車で行きます。", "承知しました。8月3日、大人2名様、昼食付きでご用意します。"),
    ]  # fmt: skip


SERVED = [
    ("ja-kites-marathon", [*kites(), ("息子が来月、学校のマラソン大会で走るらしいんです。",
                                      "それは楽しみですね。")], kites()),
    ("ja-boat-postcards", [*boat(), ("母がポストカードを集めているんです。",
                                     "それなら船内のショップも楽しんでいただけますね。")], boat()),
]  # fmt: skip

TWINS = [
    ("ja-kites-plan", [*kites(), ("息子の教室はやっぱりプレミアムのプランにします。",
                                  "かしこまりました。")], kites()),
    ("ja-kites-plan-echoed", [*kites(), ("息子の教室はやっぱりプレミアムのプランにします。",
                                         "プレミアムのプランなら安心ですね。")], kites()),
    ("ja-kites-glue", [*kites(), ("息子の分はボンドも一緒にお願いします。",
                                  "承知しました。")], kites()),
    # a change of plan said as a choice (N にします) and answered with a comment of feeling:
    # its loanwords still name (smalltalk.ja_choice_said; served since lateConvo until the review)
    ("ja-kites-plan-commented", [*kites(), ("息子の教室はやっぱりプレミアムのプランにします。",
                                            "それは良いですね。")], kites()),
]  # fmt: skip


@pytest.mark.parametrize("probe", SERVED, ids=lambda p: p[0])
async def test_remark_naming_loanword_served(matcher: ConversationMatcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "small-talk", 1, a, b))


@pytest.mark.parametrize("probe", TWINS, ids=lambda p: p[0])
async def test_change_named_by_loanword_refused(matcher: ConversationMatcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "entity", 0, a, b))


def test_a_choice_said_with_ni_suru_is_no_chatter() -> None:
    """N に + する closing a sentence, plain or polite non-past: a choice; not a wish, a
    request, a question or a past choice."""
    assert ja_choice_said("息子の教室はやっぱりプレミアムのプランにします。")
    assert ja_choice_said("Bコースにする。") and ja_choice_said("プレミアムにしますね。")
    assert not ja_choice_said("自分の描いた恐竜をバッジにしたいそうです。")
    assert not ja_choice_said("月に六十パックにしてください。")
    assert not ja_choice_said("プランにしますか？") and not ja_choice_said("プランにしました。")
    assert not ja_choice_said("運動会で竹馬リレーに出ることになったらしくて。")


def test_loanwords_left_out_after_a_comment(matcher: ConversationMatcher) -> None:
    """A remark's katakana common nouns leave its names when the reply ends in ね; not after
    an acknowledgment, not a brand, none in English."""
    chatted = matcher.comparer._chatted
    remark = "来月、学校のマラソン大会で走るらしいんです。"
    assert chatted(remark, "それは楽しみですね。") == {"マラソン"}
    assert chatted(remark, "かしこまりました。") == frozenset()
    assert "ディズニーランド" not in chatted("母がディズニーランドに行くんです。", "いいですね！")
    assert chatted("My son runs a relay at sports day.", "Good luck to him!") == frozenset()
