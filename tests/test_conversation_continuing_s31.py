"""Session 31 (lateConvo): a remark after a booking thread that tells how long the speaker has
had or done something of their own in a Japanese continuing form (もう六年使っています) is
small talk, also where the assistant thanks them in the words of that act with 頂く or 下さる
(大事に使っていただいて嬉しいです): the length is the speaker's story
(:func:`~yamabiko.conversation.lengths.told_spans`), and an act the reply says the user does
for the assistant is no work taken up (:func:`~yamabiko.conversation.acts.received_acts`,
asked by ``Structure._grows``).

Probes written for these tests (their own domains and wordings), with the real default
embedder, decided both ways round. The twins hide a change of the request in the same kind of
remark (a part asked for, a length that is the booking's) and must stay refused, also where
the reply answers in the humble させていただきます, the assistant's own act.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.acts import received_acts
from yamabiko.conversation.lengths import told_spans


def belt() -> list[tuple[str, str]]:
    """Holes punched in a leather belt (Japanese)."""
    return [
        ("革のベルトに穴を二つ開けてもらえますか？",
         "かしこまりました。間隔はいつもの幅でよろしいですか？"),
        ("はい、いつもの幅でお願いします。", "承知しました。ベルトに同じ間隔で穴を二つ開けます。"),
    ]  # fmt: skip


def lenses() -> list[tuple[str, str]]:
    """New lenses fitted to glasses (Japanese)."""
    return [
        ("眼鏡のレンズを薄いものに交換したいです。",
         "ありがとうございます。度数は今のままでよろしいですか？"),
        ("はい、度数はそのままで。", "承知しました。今の度数で薄型レンズに交換します。"),
    ]  # fmt: skip


SERVED = [
    ("ja-belt-wallet", [*belt(), ("こちらで買った財布を、もう六年使っています。",
                                  "長く使っていただいて、ありがとうございます。")], belt()),
    ("ja-lenses-sunglasses", [*lenses(), ("前に作ったサングラスも、四年ほどかけています。",
                                          "大切にかけてくださって嬉しいです。")], lenses()),
]  # fmt: skip

TWINS = [
    ("ja-belt-more-holes", [*belt(), ("もう六年使っているので、穴は三つにしてください。",
                                      "三つ開けさせていただきます。")], belt()),
    ("ja-lenses-frame", [*lenses(), ("四年ほどかけていますから、フレームも交換してほしいです。",
                                     "フレームも交換させていただきます。")], lenses()),
]  # fmt: skip


@pytest.mark.parametrize("probe", SERVED, ids=lambda p: p[0])
async def test_length_of_own_use_served(matcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "small-talk", 1, a, b))


@pytest.mark.parametrize("probe", TWINS, ids=lambda p: p[0])
async def test_change_inside_such_remark_refused(matcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "entity", 0, a, b))


def test_told_spans_japanese_continuing() -> None:
    """A length read straight into a continuing verb is told; one the booking holds (で), a
    plan, a deadline or a calendar year is not."""
    assert told_spans("この傘はもう九年さしています。") == {("month", 9.0)}
    assert told_spans("週に一度、三か月ほど通っています。") == {("month", 3.0)}
    assert told_spans("二泊で予約しています。") == frozenset()
    assert told_spans("五日後に受け取りに行きます。") == frozenset()
    assert told_spans("一週間以内に返してほしいです。") == frozenset()
    assert told_spans("2019年から使っています。") == frozenset()
    assert told_spans("We have had the tent eight years.") == {("month", 8.0)}


def test_received_acts() -> None:
    """An act before 頂く / 下さる is the addressee's; させていただく is the speaker's own."""
    assert received_acts("毎年ご利用いただき、ありがとうございます。") == {"利用"}
    assert received_acts("丁寧に履いてくださって光栄です。") == {"履く"}
    assert received_acts("靴底を交換させていただきます。") == frozenset()
    assert received_acts("靴底を交換します。") == frozenset()
