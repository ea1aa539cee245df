"""Session 26 (convo): reworded threads that name a family member in a word the guard's
category lexicon does not list (じいちゃん for 祖父, 女の子 for 娘:
:func:`~yamabiko.conversation.kin.kin_said`, the ``person`` check of the stated facts), and
that drop a katakana loanword naming no thing (タイプ, クラス:
:func:`~yamabiko.conversation.glosses.abstract_loanword`, the ``named`` and ``fact`` checks).
Probes written for these tests, with the real default embedder, decided both ways round; each
served probe is refused by the code before this change (``history:facts-person``,
``history:facts-named``, ``history:facts-fact``); each refused twin changes the person, the
kind of thing or the thing.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.glosses import abstract_loanword, english_gloss
from yamabiko.conversation.kin import kin_said
from yamabiko.guard.units import units


def cake(person: str) -> list[tuple[str, str]]:
    """A birthday cake ordered for ``person`` (a listed family member) in two exchanges."""
    return [
        (f"{person}の誕生日ケーキを予約したいです。",
         "ありがとうございます。受け取りの日にちと大きさを教えてください。"),
        ("5月18日の夕方に、6号でお願いします。",
         f"5月18日夕方のお受け取りで、6号の{person}の誕生日ケーキですね。"),
    ]  # fmt: skip


def cake_in_one(person: str) -> list[tuple[str, str]]:
    """The same cake asked for in one turn, ``person`` said in a word of one's own."""
    return [
        (f"{person}の誕生日なので、5月18日の夕方に6号のケーキを取りに行けるようにしてもらえますか。",
         "承知しました。5月18日夕方、6号の誕生日ケーキをご用意します。"),
    ]  # fmt: skip


def lessons(who: str) -> list[tuple[str, str]]:
    """Piano lessons asked for ``who`` in two exchanges."""
    return [
        (f"{who}をピアノ教室に通わせたいです。",
         "ありがとうございます。学年とご希望の曜日を教えてください。"),
        ("小学2年生で、水曜日の夕方がいいです。", "小学2年生、水曜夕方のピアノ教室ですね。"),
    ]  # fmt: skip


def lessons_in_one(who: str) -> list[tuple[str, str]]:
    """The same lessons asked for in one turn."""
    return [
        (f"小学2年の{who}なんですが、水曜日の夕方にピアノを習わせたいです。",
         "承知しました。小学2年生、水曜夕方のピアノ教室ですね。"),
    ]  # fmt: skip


def bench(kind: str = "") -> list[tuple[str, str]]:
    """A garden bench hire in two exchanges (``kind``: what the user says of the benches)."""
    return [
        ("町内会の催しでベンチを借りたいです。10月5日の一日だけです。",
         "ありがとうございます。何台ご入用ですか？"),
        (f"{kind}を6台お願いします。", f"10月5日、{kind}6台ですね。"),
    ]  # fmt: skip


def bench_in_one(kind: str, confirmed: str = "背もたれ付き") -> list[tuple[str, str]]:
    """The same hire in one turn, the benches said with ``kind`` (confirmed as
    ``confirmed``)."""
    return [
        (f"10/5の町内会の催しの日に、{kind}のベンチを六台貸してもらえますか。",
         f"承知しました。10月5日の一日、{confirmed}を6台ですね。"),
    ]  # fmt: skip


PROBES = [
    ("ja-grandfather-familiar", "reworded", 1, cake("祖父"), cake_in_one("じいちゃん")),
    ("ja-grandfather-honorific", "reworded", 1, cake("祖父"), cake_in_one("おじいちゃん")),
    ("ja-grandmother-for-grandfather", "entity", 0, cake("祖父"), cake_in_one("祖母")),
    ("ja-grandchild-for-grandfather", "entity", 0, cake("祖父"), cake_in_one("孫")),
    ("ja-uncle-for-father", "entity", 0, cake("父"), cake_in_one("伯父")),
    ("ja-daughter-as-girl", "reworded", 1, lessons("娘"), lessons_in_one("女の子")),
    ("ja-son-for-daughter", "entity", 0, lessons("娘"), lessons_in_one("男の子")),
    ("ja-type-dropped", "reworded", 1, bench("背もたれ付き"),
     bench_in_one("背もたれ付きタイプ", "背もたれ付きタイプ")),
    ("ja-type-of-other-kind", "entity", 0, bench("背もたれ付き"),
     bench_in_one("折りたたみタイプ", "折りたたみタイプ")),
    ("ja-table-for-bench", "entity", 0, bench("背もたれ付き"),
     [("10/5の町内会の催しの日に、背もたれ付きのテーブルを六台貸してもらえますか。",
       "承知しました。10月5日の一日、背もたれ付きのテーブルを6台ですね。")]),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_kin_said() -> None:
    assert kin_said("祖父", units("じいちゃんの誕生日です", "ja"))
    assert kin_said("娘", units("三年生の女の子がいます", "ja"))
    assert not kin_said("祖父", units("孫の誕生日です", "ja"))  # between two members
    assert not kin_said("父", units("伯父の誕生日です", "ja"))  # a compound of the word
    assert not kin_said("祖母", units("じいちゃんの誕生日です", "ja"))  # another member


def test_abstract_loanword() -> None:
    assert english_gloss("サイズ") == "size"
    assert abstract_loanword("タイプ") and abstract_loanword("クラス")
    assert not abstract_loanword("カラー")  # an attribute: a service added (hair colour)
    assert not abstract_loanword("マンション")  # a thing (apartment)
    assert not abstract_loanword("エンジン")
    assert not abstract_loanword("ミシン")  # no English source near enough
