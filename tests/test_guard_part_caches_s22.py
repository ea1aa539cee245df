"""Fewer objects the garbage collector tracks (session 22): the word caches kept per part of
speech (``part_caches.py``) give the functions' own values, one entry per word and part, and
keep no key tuple per word; a Japanese text without honorifics shares one empty value."""

from __future__ import annotations

import gc

from yamabiko.guard.part_caches import per_part
from yamabiko.guard.wordnet import lemmas_of
from yamabiko.guard.wordnet_first import first_lemma, first_lexnames, first_tagged


def test_values_are_the_functions_own() -> None:
    words = ("weeks", "children", "ran", "better", "called off", "zzqx", "Houses")
    for word in words:
        for pos in range(4):
            assert lemmas_of(word, pos) == lemmas_of.__wrapped__(word, pos)
            assert first_lemma(word, pos) == first_lemma.__wrapped__(word, pos)
            assert first_tagged(word, pos) == first_tagged.__wrapped__(word, pos)
            assert first_lexnames(word, pos) == first_lexnames.__wrapped__(word, pos)
    assert lemmas_of("children", 0) == ("child",) and first_lemma("ran", 1) == "run"


def test_one_call_per_word_and_part() -> None:
    calls: list[tuple[str, int]] = []

    @per_part(8, parts=2)
    def tagged(word: str, pos: int) -> str:
        calls.append((word, pos))
        return f"{pos}:{word}"

    assert [tagged("a", 0), tagged("a", 1), tagged("a", 0), tagged("b", 0)] == [
        "0:a", "1:a", "0:a", "0:b",
    ]  # fmt: skip
    assert calls == [("a", 0), ("a", 1), ("b", 0)]
    tagged.cache_clear()  # type: ignore[attr-defined]
    tagged("a", 0)
    assert calls[-1] == ("a", 0) and len(calls) == 4


def test_no_key_tuple_is_kept_per_word() -> None:
    @per_part(64)
    def length(word: str, pos: int) -> int:
        return len(word) + pos

    words = [f"word{i}" for i in range(40)]
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        values = [length(word, 2) for word in words]
        young = gc.get_objects(generation=0)
        keys = [o for o in young if type(o) is tuple and len(o) == 2 and o[0] in words]
    finally:
        if enabled:
            gc.enable()
    assert values == [len(word) + 2 for word in words]
    assert keys == []  # (an lru_cache of (word, pos) keeps one such tuple a word)


def test_japanese_texts_without_honorifics_share_one_value() -> None:
    from yamabiko.guard.ja_honorifics import honorifics

    plain = [honorifics(text) for text in ("駅はどこですか", "お茶を買いたい", "明日は雨ですか")]
    assert all(found == (frozenset(),) * 3 for found in plain)
    assert plain[0] is plain[1] is plain[2]  # (no tuple and sets kept per text)
    humble = honorifics("資料を拝見してもよろしいですか")
    assert humble[0] == frozenset({"拝見"}) and humble is not plain[0]
