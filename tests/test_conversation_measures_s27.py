"""Session 27 (convoRW3): a Japanese length with a decimal or a half, 一・五メートル and
一メートル半 (1.5 m). :func:`~yamabiko.conversation.measures.measures` read the first as the
numerals 一 and 五 apart (5 m, the 一 dropped) and the second as 1 m, so 5 m in centimetres
(500) met 50センチ in millimetres (500) and a 50 cm banner was taken for one of a metre and a
half. And a measure was said by any number the other side states for it in some unit, also
one that stands for another quantity there: 5 m in centimetres (500) is 50 cm in millimetres
(:func:`~yamabiko.conversation.rewordings.said_otherwise` now leaves those out). Probes
written for these tests (a banner printer), with the real default embedder, decided both
ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.measures import measures, numeral_value

DECIMAL = [
    ("町内会の夏祭りで使う横断幕を作りたいです。長さは一・五メートルでお願いします。",
     "承知しました。長さ一・五メートルの横断幕ですね。"),
]  # fmt: skip

HALF = [
    ("町内会の夏祭りで使う横断幕を作りたいです。長さは一メートル半でお願いします。",
     "承知しました。長さ一メートル半の横断幕ですね。"),
]  # fmt: skip

FIVE_M = [
    ("町内会の夏祭りで使う横断幕を一枚作りたいです。長さは5メートルでお願いします。",
     "承知しました。長さ5メートルの横断幕を一枚ですね。"),
]  # fmt: skip

FIFTY_CM = [
    ("町内会の夏祭りで使う横断幕を一枚作りたいです。", "承知しました。長さはどのくらいですか？"),
    ("50センチでお願いします。", "承知しました。長さ50センチの横断幕ですね。"),
]  # fmt: skip

IN_CM = [
    ("町内会の夏祭りで使う横断幕を一枚作りたいです。", "承知しました。長さはどのくらいですか？"),
    ("150センチでお願いします。", "承知しました。長さ150センチの横断幕ですね。"),
]  # fmt: skip

PROBES = [
    ("ja-banner-decimal-50cm", "number", 0, DECIMAL, FIFTY_CM),
    ("ja-banner-half-50cm", "number", 0, HALF, FIFTY_CM),
    ("ja-banner-5m-50cm", "number", 0, FIVE_M, FIFTY_CM),
    ("ja-banner-decimal-150cm", "reworded", 1, DECIMAL, IN_CM),
    ("ja-banner-half-150cm", "reworded", 1, HALF, IN_CM),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_decimal_and_half_read() -> None:
    assert [m[1:] for m in measures("幅一・五メートルの熊手")] == [("length", 1.5)]
    assert [m[1:] for m in measures("横幅一メートル半の大きなもの")] == [("length", 1.5)]
    assert [m[1:] for m in measures("二・二五キログラム")] == [("mass", 2250.0)]
    assert numeral_value("一・五") == 1.5
    assert numeral_value("十") == 10.0
    # a middle dot between numerals that no unit follows lists them (一・二年生): no measure
    assert measures("一・二年生の子どもたち") == ()
    # as before: digits, a metre count with its centimetres, a pair
    assert [m[1:] for m in measures("1メートル80")] == [("length", 1.8)]
    assert [m[1:] for m in measures("幅50センチ")] == [("length", 0.5)]
