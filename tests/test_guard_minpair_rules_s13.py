"""Session-13 scope rules of the minimal-pair check (``guard/scope.py``, marks from
``guard/limits.py``): a number that counts another unit (Japanese counters), a totality word
against a restricting one, a shared noun restricted on one side only, and added words that
narrow the question (a for- / with- / 付き phrase, a clause before a shared noun, a new head
after a long shared compound) unless the prompt implies them.

Every example is written here for the test (none is taken from an evaluation file); the
paraphrases next to each rule must still pass. ``IN_BAND`` candidates are decided by the rules
and the trees (the rejections are firm: the trees may not overturn them), ``ABOVE_BAND`` ones
by the rules alone.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import compare_texts
from yamabiko.guard.units import units


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        # counters: the same number of another unit is another quantity
        ("牛乳は2本でいくらですか？", "牛乳は2パックでいくらですか？", "unit:2本->2パック"),
        ("切手を10枚買いたいです", "切手を10冊買いたいです", "unit:10枚->10冊"),
        ("ビールを3杯頼むといくら？", "ビールを3本頼むといくら？", "unit:3杯->3本"),
        # the whole against a part
        ("Does the insurance cover the whole house?", "Does the insurance cover only the roof?",
         "scope:whole+house->roof"),
        ("庭の草むしりは全部お願いできますか？", "庭の草むしりは花壇だけお願いできますか？",
         "scope:全部->花壇"),
        # a shared noun restricted on one side only
        ("駐車場は日曜日だけ使えますか？", "駐車場は日曜日に使えますか？", "scope:日曜+日"),
        # a limiting phrase added or dropped
        ("ホテルの料金はいくらですか？", "ホテルの露天風呂付き客室の料金はいくらですか？",
         "narrowing:露天+風呂+客室"),
        # a clause before a shared noun
        ("汚れたソファはクリーニングできますか？", "ソファはクリーニングできますか？",
         "narrowing:汚れ"),
    ],
)  # fmt: skip
def test_scope_rules_reject_firmly(guard, cached, query, reason) -> None:
    """Each rule names what changed; the trees may not serve it in the band."""
    assert compare_texts(cached, query, None).reason == reason
    for cosine in (IN_BAND, ABOVE_BAND):
        found = guard.check(query, cached, None, cosine).reason
        # (the whole / only: since session 18 the roles step names the quantifiers first,
        # scope:whole->only; the same kind of firm reason)
        assert found == reason or (reason.startswith("scope:whole") and found.startswith("scope:"))


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("Is the museum free for students?", "Is the museum free?", "deletion:students"),
        ("Can I hire a bike?", "Can I hire a bike with a child seat?", "insertion:child+seat"),
        # a word inside a compound both share
        ("Is the school ski trip refundable?", "Is the school ski trip insurance refundable?",
         "insertion:insurance"),
    ],
)  # fmt: skip
def test_english_narrowing_is_an_insertion(guard, cached, query, reason) -> None:
    """An English for- / with-phrase or a word inside a shared compound, added or dropped:
    rejected by the rules (above the band); in the band the trees may still serve it."""
    assert compare_texts(cached, query, None).reason == reason
    assert guard.check(query, cached, None, ABOVE_BAND).reason == reason


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        # the same counter, a general counter for another, a counter said in other words
        ("りんごを一つください", "りんごを1個ください"),
        ("卵を1パックだけでも配達してもらえますか？", "卵は1パックから配達してもらえますか？"),
        # both sides restricted, or neither
        ("支払いは現金だけですか？", "支払いは現金しか使えませんか？"),
        ("Can I log out of all devices?", "How do I sign out on every device?"),
        # a least amount is no scope
        ("Can I volunteer just two days a month?", "Can I volunteer two days a month?"),
        # a clause the prompt implies (a photo is taken)
        ("写真スタジオで撮った写真のデータはもらえますか？",
         "写真スタジオの写真のデータはもらえますか？"),
        # a head after a short compound: said in short
        ("How do I activate my new SIM card?", "How can I activate my new SIM?"),
    ],
)  # fmt: skip
def test_scope_rules_keep_paraphrases(cached, query) -> None:
    """None of the scope rules rejects these (the other checks may still decide)."""
    verdict = compare_texts(cached, query, None)
    assert not verdict.reason.startswith(("unit:", "scope:", "narrowing:")), verdict.reason


def test_limits_are_marked_on_units() -> None:
    """``Unit.counter`` and ``Unit.limit`` carry what the rules read."""
    number = next(u for u in units("水を2本ください", "ja") if u.kind == "number")
    assert number.counter == "本"
    marked = {u.text: u.limit for u in units("Does it cover just the screen of the whole phone?",
                                              "en")}  # fmt: skip
    assert marked["screen"] == "only" and marked["phone"] == "all"
    assert {u.text: u.limit for u in units("壊れた時計", "ja")}["壊れ"] == "clause"
    assert {u.text: u.limit for u in units("朝食付きプラン", "ja")}["朝食"] == "with"
