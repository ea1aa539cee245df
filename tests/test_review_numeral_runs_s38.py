"""Session 38 review of session 37's lateJA reading (``guard.ja_numeral_runs``): a kanji
number SudachiPy cut before a word that opens with a multiplier (九 + 十分) read whole again.

- The cut was placed by the word's ``begin``, but after :func:`~yamabiko.guard.ja_words.unglued`
  (は cut off a kana noun: たい焼きは + しっぽ) the offsets of the second part start at 0: the
  text was cut a few characters early, inside another word (焼く read 焼 + くの) and the
  particle glued on again (はしっぽ). A cut is now placed by the surfaces before it, and the
  units before the first number are kept as read.
- The rest of the text was tokenized again after each cut, so a text of many such numbers was
  tokenized as many times (2,000 characters of 九十分 sentences: about 0.2-0.4 s a text, against
  a few ms); each part is now tokenized once. Every text of the tuning sets and the public pair
  files with a kanji numeral before a multiplier (402 texts) has the same units as before.

Texts written for this review, through the real SudachiPy.
"""

from __future__ import annotations

from yamabiko.guard.japanese import long_units


def _surfaces(text: str) -> list[str]:
    found = long_units(text, keep=False)
    assert found is not None
    return [m.surface() for m in found[1]]


def test_a_number_after_an_unglued_particle_cuts_no_other_word() -> None:
    assert _surfaces("たい焼きはしっぽまで焼くのに九十分かかりますか") == [
        "たい焼き", "は", "しっぽ", "まで", "焼く", "の", "に",
        "九十", "分", "かかり", "ます", "か",
    ]  # fmt: skip
    assert _surfaces("たい焼きはしっぽまで九十分かかりますか")[:6] == [
        "たい焼き", "は", "しっぽ", "まで", "九十", "分",
    ]  # fmt: skip


def test_every_number_of_a_long_text_is_read_whole() -> None:
    sentence = "体験は九十分です。"
    assert _surfaces(sentence) == ["体験", "は", "九十", "分", "です", "。"]
    assert _surfaces(sentence * 200) == _surfaces(sentence) * 200
    both = _surfaces("会場には四十人と百二十分の枠があります")
    assert both[3:8] == ["四十", "人", "と", "百二十", "分"]


def test_a_text_without_such_a_cut_keeps_its_units() -> None:
    assert _surfaces("準備は十分です") == ["準備", "は", "十分", "です"]
    assert _surfaces("三時十分に出ます")[:4] == ["三", "時", "十", "分"]
