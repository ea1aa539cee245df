"""What a check keeps (session 16): a text met once by :meth:`Guard.check` (a one-off query, a
cached prompt read from its stored form) is not kept in the guard's LRUs, one met again or
prepared is; the decisions are the same either way, and empty sets read from a stored form
are one shared object."""

from __future__ import annotations

from yamabiko.guard import Guard, analyse
from yamabiko.guard import stored as st
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.guard.unit_record import NO_SYNONYMS
from yamabiko.guard.units import units

QUERY, CACHED = "How can I reset my password on the app?", "How do I reset my password in the app?"


def test_a_cache_keeps_a_text_made_without_keep_only_when_it_is_made_again() -> None:
    made: list[str] = []

    def analyser(text: str, lang: str | None) -> object:
        made.append(text)
        return analyse(text, lang)

    cache: AnalysisCache[object] = AnalysisCache(8, analyser)
    first = cache.get(QUERY, "en", keep=False)
    assert cache.find(QUERY, "en") is None and made == [QUERY]
    second = cache.get(QUERY, "en", keep=False)  # met again: kept now
    assert second == first and cache.find(QUERY, "en") is second and made == [QUERY, QUERY]
    assert cache.get(QUERY, "en", keep=False) is second and len(made) == 2
    cache.get(CACHED, "en")  # keep=True (the default): kept at once
    assert cache.find(CACHED, "en") is not None and len(made) == 3


def test_a_check_keeps_what_it_meets_once_only_when_it_meets_it_again() -> None:
    guard = Guard()
    want = Guard().check(QUERY, CACHED, "en", 0.85)
    assert guard.check(QUERY, CACHED, "en", 0.85) == want
    assert guard._cache.find(QUERY, "en") is None and guard._cache.find(CACHED, "en") is None
    assert guard._units.find(QUERY, "en") is None
    assert guard.check(QUERY, CACHED, "en", 0.85) == want
    assert guard._cache.find(QUERY, "en") == analyse(QUERY, "en")
    assert guard._cache.find(CACHED, "en") == analyse(CACHED, "en")
    assert guard._units.find(QUERY, "en") == units(QUERY, "en")
    prepared = Guard()
    prepared.prepare(QUERY, "en")  # a lookup's query: kept at once
    assert prepared._cache.find(QUERY, "en") is not None
    assert prepared.check(QUERY, CACHED, "en", 0.85) == want


def test_a_stored_form_read_once_is_not_kept_and_one_read_again_is() -> None:
    form = Guard().stored_analysis(CACHED, "en")
    assert form is not None
    guard = Guard()
    want = Guard().check(QUERY, CACHED, "en", 0.85)
    assert guard.check(QUERY, CACHED, "en", 0.85, None, form) == want
    # read (not analysed: an analysis made would be remembered as made once), not kept
    assert guard._cache.find(CACHED, "en") is None and guard._units.find(CACHED, "en") is None
    assert CACHED in guard._read_once and CACHED not in guard._cache._once
    assert guard.check(QUERY, CACHED, "en", 0.85, None, form) == want
    assert guard._cache.find(CACHED, "en") == analyse(CACHED, "en")
    assert guard._units.find(CACHED, "en") == units(CACHED, "en")
    assert CACHED not in guard._read_once
    prepared = Guard()
    prepared.prepare(CACHED, "en", form)  # prepared from its form: kept at once
    assert prepared._cache.find(CACHED, "en") == analyse(CACHED, "en")


def test_the_empty_sets_read_from_a_stored_form_are_one_shared_object() -> None:
    text = "How do I reset my password?"  # no dates, no strong words, no synonym groups
    a = analyse(text, "en")
    read = st.load(st.dump(text, a, units(text, "en")), text)
    assert read is not None and read[0] == a
    empty = [name for name in ("strong", "dates", "predicates") if not getattr(a, name)]
    assert empty and all(getattr(read[0], name) is st._EMPTY for name in empty)
    assert read[1] and all(u.synonyms is NO_SYNONYMS for u in read[1] if not u.synonyms)
    assert any(not u.synonyms for u in read[1])


def test_the_texts_met_once_are_held_as_hashes_not_as_the_prompts() -> None:
    # 16,384 long prompts held as strings were 63 MB per set (docs/stores.md, session 16)
    guard, long_query = Guard(), QUERY + " with more words" * 200
    guard.check(long_query, CACHED, "en", 0.85, None, Guard().stored_analysis(CACHED, "en"))
    for met in (guard._cache._once, guard._units._once, guard._read_once):
        assert len(met) == 1 and all(isinstance(h, int) for h in met._hashes)
    assert long_query in guard._cache._once and CACHED in guard._read_once
    assert long_query not in guard._read_once and QUERY not in guard._cache._once
