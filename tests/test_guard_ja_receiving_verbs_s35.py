"""Session 35 (wrongja): a Japanese verb of receiving against its giving twin on one kanji
(``guard/ja_receiving_verbs.py``), and a compound that forbids or negates an act against the
compound of the act (``guard/ja_contrasts.py``).

預かる (take into one's keeping) and 預ける (leave in another's keeping) take the same object
with を, so the guard served 貴重品を預かりますか against 貴重品を預けますか (``guard-ok``); now
each side's direction is read, turned round by an auxiliary of receiving, and the pair whose
directions differ is refused ``receiver:預かる->預ける``. 荷物を預かってもらえますか / 荷物を
預けられますか (one request from its two sides, faq-pairs labels it a paraphrase) stays served.
喫煙所はありますか / 禁煙の場所はありますか was read as a rewording and served one way; 禁 opens
a compound of an act forbidden, so 禁煙 / 喫煙 contrast: ``contrast:喫煙->禁煙``.

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
word table, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_contrasts import ja_contrasted
from yamabiko.guard.ja_receiving_verbs import receiver_changed

GUARD = Guard()
THRESHOLD = 0.75

#: one act from its two sides (an auxiliary of receiving turns the direction round), or one
#: verb said two ways; a verb's stem said as a noun (一時預かり) is no verb
SERVED = [
    ("荷物を預かってもらえますか？", "荷物を預けられますか？", "ja"),
    ("荷物を預かってくれますか？", "荷物を預けてもいいですか？", "ja"),
    ("子供を預かってもらえますか？", "子供を預けたいです", "ja"),
    ("お金を預けたいです", "お金を預かってほしいです", "ja"),
    ("荷物を預かってもらえますか？", "荷物を預かってくれますか？", "ja"),
    ("上の子を数日だけ一時預かりで見てもらうことはできますか？",
     "数日だけ上の子を預けられますか？", "ja"),
]  # fmt: skip

#: the two directions (all served before, ``guard-ok``), and 喫煙 / 禁煙 read as a rewording
REFUSED = [
    ("貴重品を預かりますか？", "貴重品を預けますか？", "ja", "receiver:預かる->預ける"),
    ("荷物を預かってもらえますか？", "荷物を預けてもらえますか？", "ja", "receiver:預かる->預ける"),
    ("犬を一晩預けてもらえますか？", "犬を一晩預かってもらえますか？", "ja",
     "receiver:預ける->預かる"),
    ("コートを預かりました", "コートを預けました", "ja", "receiver:預かる->預ける"),
    ("賞を授かりました", "賞を授けました", "ja", "receiver:授かる->授ける"),
    ("喫煙所はありますか？", "禁煙の場所はありますか？", "ja", "contrast:喫煙->禁煙"),
    ("禁煙の場所はありますか？", "喫煙所はありますか？", "ja", "contrast:禁煙->喫煙"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_one_act_from_its_two_sides_is_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_the_other_direction_is_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def _analyses(query: str, cached: str):
    return GUARD._cache.get(query, "ja", keep=False), GUARD._cache.get(cached, "ja", keep=False)


def test_receiver_changed_reads_the_direction() -> None:
    pairs = {
        ("英語を教わりたいです", "英語を教えたいです"): "教える->教わる",
        ("英語を教えてもらいたいです", "英語を教わりたいです"): "",  # one direction
        ("荷物を預けられますか", "荷物を預けることはできますか"): "",  # one verb
        ("荷物が上がりました", "荷物を上げました"): "",  # が: the voice rule's
    }
    for (query, cached), reason in pairs.items():
        assert receiver_changed(query, cached, *_analyses(query, cached)) == reason, query


def test_a_compound_that_forbids_or_negates_contrasts() -> None:
    assert ja_contrasted("喫煙", "禁煙") is True
    assert ja_contrasted("必要", "不要") is True
    assert ja_contrasted("禁煙", "禁酒") is False  # both forbid: another act, the trees' to weigh
    assert ja_contrasted("平日", "休日") is False  # one kanji apart alone decides nothing
