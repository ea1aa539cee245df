"""Session 39 (hygiene): two Japanese re-readings of SudachiPy's long units, bounded and exact.

``ja_words.unglued`` cuts a particle SudachiPy glued to a kana noun (たい焼きはしっぽ: は +
しっぽ); after each cut it tokenized the whole rest of the text again, a walk quadratic in the
glued particles. Now the cuts are found in one pass and each part is tokenized once (every
text of the tuning sets reads as before). ``ja_numeral_runs`` read 第一十字路 as 一十 + 字路:
a number is not written 一十 or 一百, so 一 + 十字路 stays as SudachiPy read it (the first
crossroads), while 三 + 十字 is still 三十 + 字.
"""

from __future__ import annotations

from yamabiko.guard import Guard
from yamabiko.guard.ja_words import unglued
from yamabiko.guard.japanese import _sudachi, long_units

GLUED = "たい焼きはしっぽまで焼くのですか。"


def _read(text: str) -> list[tuple[str, str]]:
    found = long_units(text, keep=False)
    assert found is not None
    return [(m.surface(), m.part_of_speech()[1]) for m in found[1]]


def test_a_glued_particle_is_cut_off() -> None:
    surfaces = [s for s, _ in _read(GLUED)]
    assert surfaces[:3] == ["たい焼き", "は", "しっぽ"]


def test_many_glued_particles_tokenize_each_part_once() -> None:
    """200 sentences with a glued particle each: the parts tokenized add up to the text once
    (and each candidate's rest, two or three kana), not the rest again after every cut."""
    tokenizer, mode = _sudachi()
    text = GLUED * 200
    asked: list[str] = []

    def tokenize(part: str):
        asked.append(part)
        return tokenizer.tokenize(part, mode)

    out = unglued(text, list(tokenizer.tokenize(text, mode)), tokenize)
    surfaces = [m.surface() for m in out]
    assert surfaces.count("しっぽ") == 200 and "はしっぽ" not in surfaces
    assert "".join(surfaces) == text
    assert sum(len(part) for part in asked) <= 2 * len(text), sum(map(len, asked))


def test_one_is_not_written_before_ten_or_a_hundred() -> None:
    assert _read("第一十字路を右に曲がりますか")[:3] == [("第", "*"), ("一", "数詞"),
                                                        ("十字路", "普通名詞")]  # fmt: skip
    assert _read("一十字以内で書けますか")[:2] == [("一", "数詞"), ("十字", "普通名詞")]
    assert _read("三十字以内で書けますか")[:2] == [("三十", "数詞"), ("字", "普通名詞")]
    assert _read("九十分かかりますか")[:2] == [("九十", "数詞"), ("分", "普通名詞")]
    assert _read("一千万円")[0][0].startswith("一千")


def test_the_first_and_the_second_crossroads_stay_apart() -> None:
    guard = Guard()
    verdict = guard.check("第一十字路を右に曲がりますか", "第二十字路を右に曲がりますか", "ja", 0.9)
    assert not verdict.accept
