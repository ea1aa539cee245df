"""Fewer young objects per cold check (session 23): the English caches of one check's pairs
and texts keep only the last few, so that what a new prompt makes dies before the next young
garbage collection instead of waiting in it to be traversed; the word caches share one empty
value for every word that gives none. Values are the functions' own."""

from __future__ import annotations

from shared_data import PAIRS

from yamabiko.eval.data import read_jsonl
from yamabiko.guard import Guard
from yamabiko.guard.english import _en_tokens
from yamabiko.guard.english_extent import _changed, _time_noun
from yamabiko.guard.english_kinds import event_replaced, head_added, interval_changed
from yamabiko.guard.english_persons import measure_senses, person_senses
from yamabiko.guard.modifiers import en_kind_added, en_measure_added, en_words

#: the caches shrunk, and the most each may hold
KEPT = {
    _en_tokens: 16, en_words: 16, _changed: 4, head_added: 4, event_replaced: 4,
    interval_changed: 4, en_kind_added: 4, en_measure_added: 4,
}  # fmt: skip


def _english_pairs(count: int) -> list[tuple[str, str]]:
    rows = read_jsonl(PAIRS / "qqp-dev.jsonl")[1000 : 1000 + count]
    return [(row["b"], row["a"]) for row in rows if row["a"] != row["b"]]


def test_a_run_of_new_pairs_keeps_only_the_last_few() -> None:
    guard = Guard()
    for cache in KEPT:
        cache.cache_clear()
    pairs = _english_pairs(120)
    for query, cached in pairs:
        guard.check(query, cached, "en", 0.85)
    for cache, most in KEPT.items():
        info = cache.cache_info()
        assert info.misses > most  # (every pair new: more than the cache keeps were made)
        assert info.currsize <= most, cache.__name__


def test_the_values_are_the_functions_own() -> None:
    pairs = _english_pairs(40)
    for query, cached in pairs:
        assert _en_tokens(query) == _en_tokens.__wrapped__(query)
        assert en_words(cached) == en_words.__wrapped__(cached)
        assert _changed(cached, query) == _changed.__wrapped__(cached, query)
        for rule in (head_added, event_replaced, interval_changed, en_kind_added,
                     en_measure_added):  # fmt: skip
            assert rule(query, cached) == rule.__wrapped__(query, cached)


def test_words_without_senses_share_one_empty_value() -> None:
    assert _time_noun("night") and _time_noun("morning")  # first a noun of time
    empty = [_time_noun(w) for w in ("apple", "quickly", "zzqx")]
    assert empty == [frozenset()] * 3 and empty[0] is empty[1] is empty[2]
    assert person_senses("buyer") and person_senses("teacher")
    nobody = [person_senses(w) for w in ("table", "run", "zzqx")]
    assert nobody == [frozenset()] * 3 and nobody[0] is nobody[1] is nobody[2]
    assert measure_senses("kilos") and measure_senses("days")
    nothing = [measure_senses(w) for w in ("tablets", "the", "zzqx")]
    assert nothing == [frozenset()] * 3 and nothing[0] is nothing[1] is nothing[2]


def test_analyses_share_one_empty_set() -> None:
    from yamabiko.guard import analyse
    from yamabiko.guard.facts import NOTHING

    english = [analyse(t, "en") for t in ("how do i get a refund", "can i pay by card")]
    for a in english:
        assert a.dates is a.predicates is a.strong is NOTHING
    dated = analyse("Can I visit Paris on Monday?", "en")
    assert dated.dates == frozenset({"monday"}) and dated.strong == frozenset({"paris"})
    japanese = [analyse(t, "ja") for t in ("駅はどこですか", "お茶を買いたい")]
    for a in japanese:
        assert a.dates is a.strong is NOTHING
    assert japanese[1].predicates == frozenset({"買う"}) and japanese[0].predicates is NOTHING
    assert analyse("東京駅はどこですか", "ja").strong == frozenset({"東京駅"})
    french = analyse("bonjour", "fr")
    assert french.qtypes is french.dates is french.predicates is NOTHING
