"""Session 25, second late round: cheaper gates in the guard's cold checks, every value kept.

- the substring gates of ``english_scope`` (quantifiers, exceptions), ``directions`` (goal /
  source and path prepositions) and ``places`` are one regular expression each
  (``english_scope.substrings``): true exactly where ``any(w in text for w in words)`` is;
- ``modality._kanji_stems`` cuts every word in one substitution over the words' lines: the
  same set as cutting each word by itself;
- ``units_ja`` asks ``split_kana_noun`` only at a verb (the kana noun's first half, し of
  しない): the split noun is still one unit, and nothing else changes;
- ``ja_words`` reads hiragana with ``kana_rows.HIRAGANA_ONLY`` (its own copy folded).
"""

from __future__ import annotations

import importlib
import re

from guard_verdicts import sample

from yamabiko.guard import analyse, japanese
from yamabiko.guard import directions as dr
from yamabiko.guard import english_scope as es
from yamabiko.guard import modality as md
from yamabiko.guard import places as pl
from yamabiko.guard.ja_words import kana_noun_split
from yamabiko.guard.japanese import short_units

units_module = importlib.import_module("yamabiko.guard.units")


def _texts(lang: str | None) -> list[str]:
    return sorted({t for _, _, q, c, language, _ in sample() if language == lang for t in (q, c)})


def test_substrings_is_true_exactly_where_any_word_is_a_substring() -> None:
    words = ("out of", "to", "a.b", "(x)")
    found = es.substrings(words)
    for text in ("go out of it", "outof", "into", "axb", "a.b", "(x) y", "x", "", "t o"):
        assert bool(found.search(text)) == any(w in text for w in words), text
    gates = [
        (es._CLASSES_IN, tuple(es._CLASSES)),
        (es._EXCEPT_IN, tuple(w[0] for w in es._EXCEPT)),
        (dr._KIND_IN, tuple(dr._KIND)),
        (dr._PATHS_IN, tuple(dr._PATHS)),
        (pl._PLACES_IN, tuple(pl._PLACES)),
    ]
    texts = [t.lower() for t in _texts(None) + _texts("en")]
    assert len(texts) > 1000
    for pattern, words in gates:
        hits = 0
        for text in texts:
            want = any(w in text for w in words)
            assert bool(pattern.search(text)) == want, (words, text)
            hits += want
        assert 0 < hits < len(texts) or words == tuple(pl._PLACES), words


def _stems_one_by_one(words: frozenset[str]) -> frozenset[str]:
    run = re.compile("^[一-龥々]+(?=[ぁ-ん])")
    return frozenset(found.group() if (found := run.match(w)) else w for w in words)


def test_kanji_stems_in_one_substitution_equal_stems_cut_word_by_word() -> None:
    assert md._kanji_stems(frozenset()) == frozenset()
    assert md._kanji_stems(frozenset({"届く", "届ける", "予約", "ググる"})) == frozenset(
        {"届", "予約", "ググる"}
    )
    cut = 0
    for text in _texts("ja")[:800]:
        words = md._beyond_modality(analyse(text, "ja"))
        got = md._kanji_stems(words)
        assert got == _stems_one_by_one(words), text
        cut += got != words
    assert cut > 50


def test_the_kana_noun_split_is_read_at_verbs_only_and_still_made() -> None:
    keys = [(u.key, u.reading) for u in units_module.units("剣道のしないも売っていますか？", "ja")]
    assert ("しない", "シナイ") in keys
    # wherever SudachiPy cuts a kana noun so, the word before the auxiliary is a verb: the
    # gate in units_ja (the piece's part of speech) passes over no split
    for text in _texts("ja"):
        japanese._per_thread.recent = None
        morphemes = short_units(text)
        for i in range(1, len(morphemes or ())):
            if kana_noun_split(morphemes, i):
                assert morphemes[i - 1].part_of_speech()[0] == "動詞", text


def test_hiragana_words_are_read_by_the_shared_pattern() -> None:
    words = importlib.import_module("yamabiko.guard.ja_words")
    assert not hasattr(words, "_HIRAGANA")
    morphemes = short_units("しないを買いたいです")
    assert any(kana_noun_split(morphemes, i) for i in range(len(morphemes)))
    morphemes = short_units("シナイを買いたいです")  # katakana: no hiragana verb to split
    assert not any(kana_noun_split(morphemes, i) for i in range(len(morphemes)))
