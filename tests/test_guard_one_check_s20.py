"""The cold check's preparation, session 20.

An analysis made for one check and held by nothing after it (a one-off query: ``get`` with
``keep=False`` of a text met once; a cached prompt read once from its stored form) keeps what
the rules derive from it for that check (:class:`~yamabiko.guard.facts.OneCheck`), so that
two rules asking for one word set or word-family index make it once; an analysis the guard's
LRU holds keeps nothing new."""

from __future__ import annotations

from yamabiko.guard import Guard
from yamabiko.guard import stored as st
from yamabiko.guard.analysis import AnalysisCache, analyse
from yamabiko.guard.facts import OneCheck, for_one_check

QUERY = "How do I cancel my monthly gym membership online?"
CACHED = "How can I cancel my annual gym membership on the website?"


def _counting() -> tuple[list[int], object]:
    calls: list[int] = []

    def make(a: object) -> int:
        calls.append(1)
        return len(calls)

    return calls, make


def test_one_check_analysis_makes_a_derived_value_once() -> None:
    a = for_one_check(analyse(QUERY, "en"))
    calls, make = _counting()
    assert a.derived("k", make, keep=False) == a.derived("k", make, keep=False) == 1
    assert len(calls) == 1 and type(a.__dict__["_derived"]) is OneCheck


def test_an_analysis_not_for_one_check_keeps_nothing_asked_without_keep() -> None:
    a = analyse(QUERY, "en")
    _, make = _counting()
    assert (a.derived("k", make, keep=False), a.derived("k", make, keep=False)) == (1, 2)
    assert a.kept("k") is None
    a.derived("kept", make)  # (keep=True: a prepared analysis's dict, not a one-check one)
    assert for_one_check(a) is a and type(a.__dict__["_derived"]) is dict


def test_the_cache_marks_only_the_values_it_does_not_keep() -> None:
    told: list[object] = []
    cache: AnalysisCache[object] = AnalysisCache(8, lambda text, lang: [text], told.append)
    first = cache.get("a", None, keep=False)  # met once: not kept
    assert told == [first]
    second = cache.get("a", None, keep=False)  # met again: kept, nothing told
    kept = cache.get("b", None)
    assert told == [first] and cache.find("a", None) is second and cache.find("b", None) is kept


def test_guard_query_met_once_is_for_one_check_and_a_prepared_one_is_not() -> None:
    guard = Guard()
    guard.check(QUERY, CACHED, "en", 0.85)
    assert guard._cache.find(QUERY, "en") is None  # (made for that check only)
    a = guard._cache.get(QUERY + "?", "en", keep=False)
    assert type(a.__dict__.get("_derived")) is OneCheck
    guard.prepare(CACHED, "en")
    assert type(guard._cache.find(CACHED, "en").__dict__["_derived"]) is dict


def test_a_stored_form_read_once_is_for_one_check_and_read_twice_is_kept() -> None:
    guard = Guard()
    form = guard.stored_analysis(CACHED, "en")
    assert form is not None
    guard._cache.clear()
    guard._units.clear()
    once = st.read(guard, CACHED, "en", form)
    assert once is not None and type(once[0].__dict__.get("_derived")) is OneCheck
    again = st.read(guard, CACHED, "en", form)
    assert again is not None and "_derived" not in again[0].__dict__
    assert guard._cache.find(CACHED, "en") is again[0] and again[0] == once[0]
