"""The guard's cold check, session 20.

The alignment's word-pair screen (``screen.py``) let two English words of one first letter
through to :func:`~yamabiko.guard.units.related` for a spelling slip or a spelling variant; it
now lets them through only when the words' own facts allow one (:func:`~yamabiko.guard.screen.
_may_slip`: lengths, rarities, known to the lexicons; :func:`~yamabiko.guard.screen.
_may_be_variant`: a form of a lemma of one of WordNet's spelling-variant pairs). Every pair
``related`` relates still passes, on every pair of leftover units of the golden sample and on
wordings of each kind. ``wordvec.best_similarities`` finds the near pairs of all rows at once:
the same values as the per-row maximum."""

from __future__ import annotations

import numpy as np
from guard_verdicts import sample

from yamabiko.guard import wordnet, wordvec
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.screen import (
    _form,
    _may_be_variant,
    _may_relate,
    _pairs_of,
    variant_forms,
)
from yamabiko.guard.units import Unit, related, units


def _leftover_pairs(lang: str) -> list[tuple[Unit, Unit]]:
    """Every pair of content units the alignment leaves, of each pair of the golden sample
    in ``lang`` (the cached prompt's unit first, as the screen asks)."""
    found = []
    for _, _, query, cached, language, _ in sample():
        if language == lang:
            aligned = DEFAULT.align(units(cached, lang), units(query, lang))
            found += [(a, b) for a in aligned.left if a.kind == "content"
                      for b in aligned.right if b.kind == "content"]  # fmt: skip
    return found


def test_the_english_pretest_keeps_every_related_pair_and_asks_fewer() -> None:
    """On the golden sample's English leftover pairs: every pair :func:`related` relates
    passes the pre-test, and of the pairs of one first letter only (what the pre-test let
    through before, for a slip or a variant) most no longer reach :func:`related`."""
    first_letter_only = asked = relates = 0
    for a, b in _leftover_pairs("en"):
        x, y = _form(a), _form(b)
        passes = _may_relate(a, x, b, y)
        if related(a, b) is not None:
            relates += 1
            assert passes, (a.text, b.text)
        if x[0] and y[0] and x[1] == y[1] and x[2] != y[2] and not (x[3] or y[3]):
            first_letter_only += 1
            asked += passes
    assert relates > 20 and first_letter_only > 300, (relates, first_letter_only)
    assert asked < 0.3 * first_letter_only, (asked, first_letter_only)


def test_slips_and_variants_of_one_first_letter_pass() -> None:
    """Each kind of English pair of one first letter that :func:`related` relates through a
    slip or a variant passes (a letter doubled, a misspelling, an abbreviation, a respelling
    WordNet lists); two different words do not."""
    kinds = [
        ("Where do I buy a bus pas?", "pas", "Where do I buy a bus pass?", "pass"),
        ("Is the vinyard open?", "vinyard", "Is the vineyard open?", "vineyard"),
        ("Can I move my appt?", "appt", "Can I move my appointment?", "appointment"),
        ("Is it a paediatric ward?", "paediatric", "Is it a pediatric ward?", "pediatric"),
        ("Who analysed the data?", "analysed", "Who analyzed the data?", "analyzed"),
    ]
    for text_a, word_a, text_b, word_b in kinds:
        a = next(u for u in units(text_a, "en") if u.text == word_a)
        b = next(u for u in units(text_b, "en") if u.text == word_b)
        assert related(a, b) is not None, (word_a, word_b)
        assert _may_relate(a, _form(a), b, _form(b)), (word_a, word_b)
        assert _may_relate(b, _form(b), a, _form(a)), (word_b, word_a)
    a = next(u for u in units("Is the garden open?", "en") if u.text == "garden")
    b = next(u for u in units("Is the gallery open?", "en") if u.text == "gallery")
    assert related(a, b) is None and not _may_relate(a, _form(a), b, _form(b))


def test_a_row_of_the_screen_is_its_pairs_one_by_one() -> None:
    """The screen's row of one left unit (:func:`_pairs_of`: a Japanese word's part of the
    pre-test made once) is the right units that pass :func:`_may_relate` with it one pair at
    a time and that :func:`related` relates, on every left unit of the golden sample's
    alignments (both languages, mixed pairs included)."""
    rows = related_pairs = 0
    for _, _, query, cached, lang, _ in sample():
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        rights = [(j, b, _form(b)) for j, b in enumerate(aligned.right) if b.kind == "content"]
        for i, a in enumerate(aligned.left):
            if a.kind != "content":
                continue
            x = _form(a)
            want = [(j, related(a, b)) for j, b, y in rights
                    if _may_relate(a, x, b, y) and related(a, b) is not None]  # fmt: skip
            assert _pairs_of(i, a, x, rights) == want, (a.text, want)  # (with the scores)
            rows += 1
            related_pairs += len(want)
    assert rows > 1000 and related_pairs > 50, (rows, related_pairs)


def test_the_variant_forms_hold_every_word_with_a_variant_lemma() -> None:
    """Every word of the word table, of WordNet's exception lists and of the sample's leftover
    units that ``wordnet.variant`` can pair (it has a lemma of a variant pair) is one of the
    forms :func:`_may_be_variant` knows; most words are not."""
    tables = wordnet.load()
    words = set(wordvec.words()) | {form for table in tables.exceptions for form in table}
    words |= {u.text for a, b in _leftover_pairs("en") for u in (a, b)}
    words = {w for w in words if w.isascii()}
    with_variant = [w for w in words if wordnet._respelt_lemmas(w.lower())]
    assert len(words) > 30_000 and len(with_variant) > 500, (len(words), len(with_variant))
    assert all(_may_be_variant(w) for w in with_variant)
    assert sum(map(_may_be_variant, words)) < 0.1 * len(words)
    assert {"colour", "colours", "analysed", "paediatric"} <= variant_forms()


def _per_row_best(rows: list[int], columns: list[int]) -> list[float]:
    """``best_similarities`` as it was before session 20: one ``flatnonzero`` per row."""
    vectors = wordvec._table()[1]
    cosines = vectors[rows] @ vectors[columns].T
    near = cosines >= cosines.max(axis=1, keepdims=True) - wordvec.MARGIN
    return [max(wordvec.similarity(i, columns[j]) for j in np.flatnonzero(row))
            for i, row in zip(rows, near, strict=True)]  # fmt: skip


def test_best_similarities_are_the_per_row_maxima() -> None:
    """On the word rows of the sample's leftover units (both languages) and on random rows of
    the table, repeats included: the same floats as the per-row maximum."""
    assert wordvec.available(), "the word vectors ship with the package: reinstall yamabiko"
    cases = []
    for lang in ("en", "ja"):
        by_first: dict[int, tuple[list[int], list[int]]] = {}
        for a, b in _leftover_pairs(lang):
            if a.vector is not None and b.vector is not None:
                rows, columns = by_first.setdefault(id(a), ([], []))
                rows[:1] = [a.vector]
                columns.append(b.vector)
        cases += list(by_first.values())
    rng = np.random.default_rng(20)
    size = len(wordvec.words())
    for _ in range(300):
        rows, columns = (rng.integers(0, size, rng.integers(1, 20)).tolist() for _ in range(2))
        cases.append((rows, columns))
    cases += [([5, 5, 7], [7, 5, 7]), ([3], [3])]
    assert len(cases) > 500
    for rows, columns in cases:
        assert wordvec.best_similarities(rows, columns) == _per_row_best(rows, columns)


def test_warm_up_loads_the_tables_a_first_check_would_otherwise_load() -> None:
    # the person nouns (~0.2 s) and the spelling-variant forms (~40 ms) were read inside the
    # first check that reached them: a one-off 40 ms check in the session-20 quiet runs; the
    # person nouns are read with WordNet's other tables since session 23
    from yamabiko.guard import Guard, english_persons

    variant_forms.cache_clear()
    wordnet._loaded.clear()
    Guard().warm_up()
    assert wordnet._loaded and wordnet._loaded[0] is not None
    assert english_persons.people() is wordnet._loaded[0].people is not None
    assert variant_forms.cache_info().currsize == 1
