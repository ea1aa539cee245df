"""The guard decides as the recorded verdicts (``tests/data/guard-verdicts.jsonl``, written by
``tests/guard_verdicts.py`` from the code before its speed work of session 10): the same
verdict and reason, the same trees' feature row (to float32 noise: the last bits of its cosines
depend on the numpy build and CPU) and the same analysis and units of every prompt, on 1,775
real pairs. It fails when any of them changes: a speed change that is
not exact, or a deliberate change of the rules, lexicon or trees (which then rewrites the file
with ``PYTHONPATH=src python tests/guard_verdicts.py --write`` and says so in its commit)."""

from __future__ import annotations

import unicodedata
from collections import Counter

from guard_verdicts import record, recorded, same_record, sample

from yamabiko.guard import Guard
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.screen import _may_be_equivalent
from yamabiko.guard.units import units


def test_cold_checks_decide_as_recorded() -> None:
    """Each pair checked by one guard in sample order: mostly both prompts new to it."""
    golden = recorded()
    guard = Guard()
    found = []
    for (name, row, query, cached, lang, cosine), want in zip(sample(), golden, strict=True):
        assert (name, row, cosine) == (want["set"], want["row"], want["cosine"])
        found.append(record(query, cached, lang, cosine, guard))
        got = {k: want[k] for k in found[-1]}
        assert same_record(found[-1], got), (name, row, query, cached, found[-1], got)
    kinds = Counter(r["reason"].split(":", 1)[0] for r in found)
    assert kinds["learned"] > 50 and kinds["learned-accept"] > 20 and kinds["guard-ok"] > 200
    assert sum(r["features"] is not None for r in found) > 1000


def test_prepared_checks_decide_as_recorded() -> None:
    """The lookup path: both prompts prepared (``Guard.prepare``) before the check, in a small
    guard whose LRUs forget them soon after."""
    guard = Guard(cache_size=8)
    for (_, _, query, cached, lang, cosine), want in zip(sample(), recorded(), strict=True):
        guard.prepare(cached, lang)
        guard.prepare(query, lang)
        verdict = guard.check(query, cached, lang, cosine)
        assert (verdict.accept, verdict.reason) == (want["accept"], want["reason"]), (query, cached)


def test_the_alignment_screen_keeps_every_equivalent_pair() -> None:
    """Long prompts' leftover units are screened before they are scored one pair at a time
    (``screen._may_be_equivalent``): on every pair of the sample, each pair of units the
    minimal-pair check finds equivalent is one the screen lets through."""
    screened = found = 0
    for _, _, query, cached, lang, _ in sample():
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        left, right = aligned.left, aligned.right
        kept = _may_be_equivalent(left, right, DEFAULT.word_similarity)
        for i, a in enumerate(left):
            for j, b in enumerate(right):
                if DEFAULT._equivalence(a, b) is not None:
                    found += 1
                    assert (i, j) in kept, (a, b)
        screened += len(left) * len(right) - len(kept)
    assert found > 150 and screened > 10_000  # it keeps those pairs and drops many more


def test_the_short_units_are_the_mode_a_pass() -> None:
    """The units' mode-A morphemes, split from the analysis's mode-C pass, equal a mode-A
    tokenization in every field and offset, on every Japanese prompt of the sample."""
    from sudachipy import SplitMode

    from yamabiko.guard.japanese import _sudachi, short_units

    def fields(m) -> tuple:
        forms = (m.normalized_form(), m.dictionary_form(), m.reading_form())
        return (m.surface(), m.part_of_speech(), *forms, tuple(m.synonym_group_ids()),
                m.begin(), m.end(), m.is_oov())  # fmt: skip

    tokenizer = _sudachi()[0]
    texts = {t for _, _, q, c, lang, _ in sample() if lang == "ja" for t in (q, c)}
    for text in texts:
        normalized = unicodedata.normalize("NFKC", text)
        whole = [fields(m) for m in tokenizer.tokenize(normalized, SplitMode.A)]
        assert [fields(m) for m in short_units(text)] == whole, text
    assert len(texts) > 1500


def test_the_best_cosines_from_one_product_are_the_single_dot_products() -> None:
    """``wordvec.best_similarities`` (long prompts' leftover words: one matrix product, then
    exact cosines near each row's best) gives, for every row, the very float that the best of
    ``wordvec.similarity`` over the columns gives, on every pair of the sample with enough
    leftover words and on random rows of the table."""
    import numpy as np

    from yamabiko.guard import wordvec

    cases = []
    for _, _, query, cached, lang, _ in sample():
        if lang in ("en", "ja"):
            aligned = DEFAULT.align(units(cached, lang), units(query, lang))
            rows = [u.vector for u in aligned.left if u.vector is not None]
            columns = [u.vector for u in aligned.right if u.vector is not None]
            if len(rows) * len(columns) >= 4:
                cases.append((rows, columns))
    size = len(wordvec._table()[1])
    draw = np.random.default_rng(12).integers(0, size, (200, 2, 12)).tolist()
    cases += [(rows, columns) for rows, columns in draw]
    for rows, columns in cases:
        want = [max(wordvec.similarity(i, j) for j in columns) for i in rows]
        wordvec._cosines.clear()  # the exact cosines again, not the remembered ones
        assert wordvec.best_similarities(rows, columns) == want, (rows, columns)
    assert len(cases) > 500


def test_the_antonym_check_finds_opposite_prefixes_as_a_scan_of_the_pairs_does() -> None:
    """The antonym check's remembered forms of a word with the opposite prefix
    (``prefix_opposites._opposite_forms``) find a word of the other side exactly when one of the
    lexicon's pairs of opposite prefixes turns one word into the other (a base of three
    letters or more, hyphens ignored), on every pair of words of the sample's English pairs
    and the pairs of prefixes themselves; and its count of prefixed words is skipped only
    when neither side has a word with a negating prefix (where it finds nothing)."""
    from yamabiko.guard import lexicon as lx
    from yamabiko.guard import prefix_opposites as po

    pairs = [*lx.EN_OPPOSITE_PREFIXES, *((y, x) for x, y in lx.EN_OPPOSITE_PREFIXES)]

    def opposite(word: str, other: str) -> bool:
        plain = word.replace("-", "")
        bases = [(y, plain[len(x) :]) for x, y in pairs if plain.startswith(x)]
        return any(len(b) >= 3 and other in (y + b, f"{y}-{b}") for y, b in bases)

    cases = [({f"{x}bound"}, {f"{y}bound", f"{y}-bound"}) for x, y in pairs]
    skipped = found = 0
    guard = Guard()
    for _, _, query, cached, lang, _ in sample():
        if lang == "en":
            a, b = guard._cache.get(query, lang), guard._cache.get(cached, lang)
            cases.append((set(a.content) | a.words, set(b.content) | b.words))
            if not any(po._negated_base(w) is not None for w in (*a.content, *b.content)):
                skipped += 1
                counts_a, counts_b = Counter(a.content), Counter(b.content)
                assert not po._prefix_opposite_counted(counts_a, counts_b)
                assert not po._prefix_opposite_counted(counts_b, counts_a)
    for mine, theirs in cases:
        for word in mine:
            got = po._opposite_prefixed(word, theirs)
            want = [t for t in theirs if opposite(word, t)]
            assert (got in want) if want else got is None, (word, want, got)
            found += bool(want)
    assert skipped > 500 and found > len(pairs)


def test_what_prepare_keeps_is_what_a_check_makes() -> None:
    """The word sets, categories, prefixed words and word families that ``Guard.prepare``
    keeps on an analysis (``relations.derive``) give every check what it makes of an analysis
    not prepared: the same unmatched words and antonym and category decisions on every pair
    of the sample and on pairs those checks reject, with either side prepared or not; and a
    prepared analysis equals the same one not prepared."""
    from yamabiko.guard import analyse
    from yamabiko.guard import relations as rel

    pairs = [(q, c, lang) for _, _, q, c, lang, _ in sample()]
    pairs += [
        ("Is the download unsafe?", "Is the download safe?", "en"),
        ("Is the overcharge refunded?", "Is the undercharge refunded?", "en"),
        ("Where is the uphill trail?", "Where is the downhill trail?", "en"),
        ("Can I unlock my door with the lock app?", "Can I lock my door with the lock app?", "en"),
        ("What do cats eat?", "What do dogs eat?", "en"),
        ("ドアを開ける方法は?", "ドアを閉める方法は?", "ja"),
    ]
    rejected = 0
    for query, cached, lang in pairs:
        a = analyse(query, lang)
        b = analyse(cached, a.lang)
        ready_a, ready_b = analyse(query, lang), analyse(cached, a.lang)
        rel.derive(ready_a)
        rel.derive(ready_b)
        assert (ready_a, ready_b) == (a, b) and hash(ready_a) == hash(a)
        want_un = rel.unmatched(a.content, b.content), rel.unmatched(b.content, a.content)
        want = rel.same_antonym(a, b, 1.0), rel.same_category(a, b, 1.0)
        rejected += not all(want)
        for x, y in ((ready_a, b), (a, ready_b), (ready_a, ready_b)):
            assert (rel.unmatched_in(x.content, y), rel.unmatched_in(y.content, x)) == want_un
            assert (rel.same_antonym(x, y, 1.0), rel.same_category(x, y, 1.0)) == want
    assert rejected >= 6
