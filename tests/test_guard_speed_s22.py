"""The guard's roles rule and alignment screen made cheaper, session 22, every verdict the same.

* A prepared Japanese query keeps its SudachiPy long units on its analysis
  (``stored_units.keep_prepared``) and each check of it offers them
  (``stored_units.offer_prepared``): once other texts were prepared after it (lookups that
  interleave), a rule that asks for the query's morphemes gets the kept ones, not a new pass.
* The roles rule's word sets of one prompt (``roles.role_facts``: possessives, role holders
  by kind, the words that can hold a role, the English person roles) are made once per
  analysis, and kept on a prepared one, rather than twice per pair.
* The screen's spelling-variant test is made once per unit (``screen._form``), not per pair,
  and the screen hands the alignment what :func:`~yamabiko.guard.units.related` said of each
  pair it lets through (None for a pair let through by its word vectors alone: the pre-test
  proved ``related`` None), so that the alignment does not ask again.
"""

from __future__ import annotations

from guard_verdicts import recorded, sample

from yamabiko.guard import Guard, analyse, japanese
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.roles import _ROLE_KINDS, _holders, _named, role_facts, swapped_roles
from yamabiko.guard.screen import _form, _may_be_equivalent, _may_be_variant
from yamabiko.guard.units import related, units


def _golden() -> list[tuple[tuple, dict]]:
    return list(zip(sample(), recorded(), strict=True))


def test_a_prepared_japanese_query_is_not_tokenized_again() -> None:
    """With two other prompts prepared after the query (so this thread's two recent texts are
    theirs), a check of the query gives the rules the long units kept at its preparation (the
    same object: no second SudachiPy pass), and the recorded verdict."""
    guard = Guard(cache_size=64)
    pairs = [(p, want) for p, want in _golden() if p[4] == "ja" and p[2] != p[3]]
    asked = 0
    for k, ((_, _, query, cached, lang, cosine), want) in enumerate(pairs):
        guard.prepare(query, lang)
        kept = guard._cache.get(query, lang).kept("long units")
        assert kept is not None and kept[0] == query, query
        for other in (pairs[(k + 1) % len(pairs)][0][2], pairs[(k + 2) % len(pairs)][0][2]):
            if other != query:
                guard.prepare(other, lang)  # (the query leaves this thread's recent texts)
        verdict = guard.check(query, cached, lang, cosine)
        assert (verdict.accept, verdict.reason) == (want["accept"], want["reason"]), query
        recent = japanese._per_thread.recent or {}
        if query in recent:  # a rule asked for the query's morphemes
            asked += 1
            assert recent[query][1] is kept[1], query
    assert asked > 100, asked


def test_english_queries_keep_no_long_units() -> None:
    """Only Japanese analyses keep long units (English ones have none to keep)."""
    guard = Guard(cache_size=8)
    guard.prepare("How do I reset my password?", "en")
    assert guard._cache.get("How do I reset my password?", "en").kept("long units") is None


def test_role_facts_are_each_prompts_own_and_kept_when_prepared() -> None:
    """On every prompt of the golden sample, :func:`role_facts` holds what the roles rule
    read of the analysis before (possessives, holders by kind, named words, person roles);
    a prepared query keeps them, an analysis made for one check does not outlive it."""
    seen = 0
    for (_, _, query, cached, lang, _), _want in _golden():
        if lang not in ("en", "ja"):
            continue
        for text in (query, cached):
            a = analyse(text, lang)
            facts = role_facts(a)
            assert facts.possessives == {w for w, r in a.roles if r == "possessive"}, text
            assert facts.named == _named(a) and facts.holders == _holders(a.roles), text
            kinds: dict[str, set[str]] = {}
            for word, role in a.roles:
                if ":" not in role:
                    kinds.setdefault(_ROLE_KINDS.get(role, role), set()).add(word.lower())
            assert facts.kinds == kinds, text
            assert a.kept("roles") is None, text  # (made for this call only: not kept)
            seen += 1
    assert seen > 1000, seen
    guard = Guard(cache_size=8)
    guard.prepare("Is my wife's brother my relative?", "en")
    assert guard._cache.get("Is my wife's brother my relative?", "en").kept("roles") is not None


def test_role_swaps_are_still_found() -> None:
    """The roles rule names the words exchanged, as before, in both languages."""
    found = swapped_roles(
        analyse("Is my wife's brother my relative?", "en"),
        analyse("Is my brother's wife my relative?", "en"),
    )
    assert sorted(found.split("<->")) == ["brother", "wif"], found  # (stems)
    ja = swapped_roles(
        analyse("東京から大阪まで何分ですか", "ja"), analyse("大阪から東京まで何分ですか", "ja")
    )
    assert sorted(ja.split("<->")) == ["大阪", "東京"], ja


def test_the_screens_variant_flag_is_the_variant_test() -> None:
    """Each English leftover unit of the golden sample: the flag :func:`_form` keeps is
    :func:`_may_be_variant` of its text (asked once per unit now), False for Japanese units."""
    seen = flagged = 0
    for (_, _, query, cached, lang, _), _want in _golden():
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        for unit in (*aligned.left, *aligned.right):
            english = unit.key.isascii()
            assert _form(unit)[4] == (english and _may_be_variant(unit.text)), unit.text
            seen += 1
            flagged += _form(unit)[4]
    assert seen > 1000 and 0 < flagged < seen, (seen, flagged)


def test_the_screen_hands_over_what_related_says() -> None:
    """On every pair of leftover units of the golden sample, each pair the screen lets through
    carries :func:`related`'s value for it (with synonym groups, as the check asks), and the
    alignment's scores and leftovers are those of scoring each pair from scratch."""
    given = unrelated = 0
    for (_, _, query, cached, lang, _), _want in _golden():
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        left, right = aligned.left, aligned.right
        for (i, j), known in _may_be_equivalent(left, right, DEFAULT.word_similarity).items():
            assert known == related(left[i], right[j]), (left[i].text, right[j].text)
            assert DEFAULT._equivalence_given(left[i], right[j], known) == DEFAULT._equivalence(
                left[i], right[j]
            ), (left[i].text, right[j].text)
            given += known is not None
            unrelated += known is None
    assert given > 50 and unrelated > 50, (given, unrelated)  # (98 and 101 when written)
