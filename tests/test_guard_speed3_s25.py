"""Session 25 (speed3, after the record run): ``ja_words.unglued`` reads no morpheme of a text
that holds no gluing particle followed by two kana (most texts): the list it was given comes
back as it is, and a text that has one is still cut where SudachiPy glued a particle on
(たい焼きはしっぽまで: は + しっぽ). ``modality._kanji_stems`` reads every word's stem in one
``findall`` (no ``sub`` with a group template): a word of kanji then kana cut to its kanji, any
other word whole."""

from __future__ import annotations

from yamabiko.guard.ja_words import unglued
from yamabiko.guard.japanese import _sudachi, long_units
from yamabiko.guard.modality import _kanji_stems


def _tokens(text: str) -> list:
    tokenizer, mode = _sudachi()
    return list(tokenizer.tokenize(text, mode))


def _tokenize(part: str):
    tokenizer, mode = _sudachi()
    return tokenizer.tokenize(part, mode)


def test_a_text_without_a_gluing_particle_is_given_back_unread() -> None:
    text = "駅から東京タワーまで歩いて行けますか"
    morphemes = _tokens(text)
    assert unglued(text, morphemes, _tokenize) is morphemes


def test_a_glued_particle_is_still_cut_off() -> None:
    text = "たい焼きはしっぽまであんこが入っていますか"
    morphemes = _tokens(text)
    assert "はしっぽ" in [m.surface() for m in morphemes]
    cut = unglued(text, morphemes, _tokenize)
    assert cut is not morphemes
    assert [m.surface() for m in cut][1:3] == ["は", "しっぽ"]
    found = long_units(text)
    assert found is not None and "はしっぽ" not in [m.surface() for m in found[1]]


def test_kanji_stems_cut_a_kanji_word_with_kana_after_it_only() -> None:
    words = frozenset(["届く", "届ける", "取り扱う", "東京タワー", "お届け", "駅", "open", ""])
    assert _kanji_stems(words) == frozenset(["届", "取", "東京タワー", "お届け", "駅", "open", ""])
    assert _kanji_stems(frozenset()) == frozenset()
    assert _kanji_stems(frozenset(["開く"])) == _kanji_stems(frozenset(["開ける"])) == {"開"}
