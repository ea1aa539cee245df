"""Session 23 (speedQ2): the query's analysis and units do less per token and per word, and
say the same (the analyses and units of every text of the pair sets were compared with the
code before; these tests pin the cases each shortcut skips or takes)."""

from __future__ import annotations

from yamabiko.guard.analysis import analyse
from yamabiko.guard.constructions import en_how_long_take
from yamabiko.guard.limits import ja_may_scope
from yamabiko.guard.units import units


def _thrice(text: str, lang: str) -> list:
    """The units of ``text`` made three times: a word met once, met again (then kept) and
    read from the word memo give the same units."""
    found = [units(text, lang) for _ in range(3)]
    assert found[0] == found[1] == found[2]
    return list(found[0])


def test_how_long_till_reads_as_take_in_any_case_and_other_texts_pass_unchanged() -> None:
    assert en_how_long_take(["How", "long", "Till", "it", "ships"])[2] == "take"
    assert en_how_long_take(["how", "long", "until", "it", "ships"])[2] == "take"
    plain = ["how", "long", "is", "it", "valid"]
    assert en_how_long_take(plain) is plain
    keys = [u.key for u in _thrice("How long until the refund arrives?", "en")]
    assert "tak" in keys


def test_english_limits_come_from_the_token_memo() -> None:
    only = {u.key: u.limit for u in _thrice("Can I replace only the screen of my phone?", "en")}
    assert only["screen"] == "only" and only["phon"] == ""
    whole = {u.key: u.limit for u in _thrice("Is the whole phone covered?", "en")}
    assert whole["phon"] == "all" and whole["cover"] == ""


def test_japanese_scope_nouns_as_before() -> None:
    scope = {u.key: u.scope for u in _thrice("深夜料金はいくらですか", "ja")}
    assert scope == {"深夜": True, "料金": False}
    assert {u.key: u.scope for u in _thrice("夏休みだけ使えますか", "ja")}["夏休み"] is True
    assert not any(u.scope for u in _thrice("一人で行けますか", "ja"))  # a count
    assert not any(u.scope for u in _thrice("上の部屋は空いていますか", "ja"))  # a place
    assert ja_may_scope("深夜") and not ja_may_scope("上") and not ja_may_scope("一人")
    assert not ja_may_scope("それぞれ")


def test_negations_counted_in_the_token_pass_and_explained_after() -> None:
    assert analyse("I do not want my wife to pay for it, not now", "en").negations == 2
    assert analyse("I want my wife to pay for it now", "en").negations == 0
    assert analyse("Is it a scam or not?", "en").negations == 0  # "or not" negates nothing


def test_role_markers_of_adjacent_naming_words() -> None:
    frame = analyse("Transfer money from my bank to you", "en").frame
    assert frame == (("transfer", "-"), ("money", "-"), ("bank", "from"), ("you", "to"))
    passive = analyse("Will I be refunded by the airline money", "en")
    assert passive.passive and ("money", "=") in passive.frame
