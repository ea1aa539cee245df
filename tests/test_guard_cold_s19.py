"""The guard's cold check, session 19.

The alignment's word-pair screen gives two Japanese words to :func:`~yamabiko.guard.units.
related` only when one of its tests could hold (:func:`~yamabiko.guard.screen._may_relate_ja`),
as it did for English words since session 17: on every pair of leftover units of the golden
sample, every pair ``related`` relates still passes, and most Japanese pairs no longer reach it.

The boosted trees' bounds (``benchmarks/tree_bounds.py``, the measurement that says an
early-exit, lazy-feature scorer would not pay): exact, so the scores lie between them, and a
decision they make is the one the full sum makes."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
from guard_verdicts import sample

from yamabiko.guard import analyse
from yamabiko.guard.boosted import FEATURES, boosted_model, features
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.screen import _form, _may_relate
from yamabiko.guard.units import Unit, related, units

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import tree_bounds


def _may(a: Unit, b: Unit) -> bool:
    return _may_relate(a, _form(a), b, _form(b))


def test_the_screen_asks_related_of_every_pair_it_relates() -> None:
    """Every pair of content units the alignment leaves (each pair of the golden sample, both
    languages) that :func:`related` relates passes the pre-test; most Japanese pairs do not."""
    asked = {"en": [0, 0, 0], "ja": [0, 0, 0]}  # pairs, dropped, related
    for _, _, query, cached, lang, _ in sample():
        if lang not in asked:
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        lefts = [u for u in aligned.left if u.kind == "content"]
        rights = [u for u in aligned.right if u.kind == "content"]
        for a in lefts:
            for b in rights:
                passes, relates = _may(a, b), related(a, b) is not None
                assert passes or not relates, (a, b)
                counts = asked[lang]
                counts[0] += 1
                counts[1] += not passes
                counts[2] += relates
    pairs, dropped, relates = asked["ja"]
    assert pairs > 5000 and relates > 30 and dropped > 0.8 * pairs, asked
    assert asked["en"][2] > 20 and asked["en"][1] > 0.8 * asked["en"][0], asked


def _unit(text: str, word: str) -> Unit:
    return next(u for u in units(text, "ja") if u.text == word)


def test_the_japanese_pretest_on_own_wordings() -> None:
    """Each kind of Japanese pair :func:`related` relates passes (a potential verb, a kanji
    slip, a word inside a compound, necessity, one reading), unrelated words do not."""
    kinds = [
        (("写真が取れる", "取れる"), ("写真を取る", "取る")),  # potential_of
        (("送量はいくら", "送量"), ("送料はいくら", "送料")),  # a slip of one kanji
        (("登録する", "登録"), ("ユーザー登録", "登録")),  # the same word
        (("必要ですか", "必要"), ("要りますか", "要り")),  # both of necessity
        (("こうえんに行く", "こうえん"), ("公園に行く", "公園")),  # one reading
    ]
    for (text_a, word_a), (text_b, word_b) in kinds:
        a, b = _unit(text_a, word_a), _unit(text_b, word_b)
        assert _may(a, b) and _may(b, a), (word_a, word_b)
    unrelated = [(("天気はどう", "天気"), ("お問い合わせ窓口", "問い合わせ")),
                 (("天気はどう", "天気"), ("お問い合わせ窓口", "窓口"))]  # fmt: skip
    for (text_a, word_a), (text_b, word_b) in unrelated:
        a, b = _unit(text_a, word_a), _unit(text_b, word_b)
        assert related(a, b) is None and not _may(a, b), (word_a, word_b)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def test_the_trees_bounds_hold_the_score() -> None:
    """For every other pair of the golden sample the trees score: with every feature known the
    bounds are the score; with n-grams, the rich features or all but the cosine unknown they
    hold it; and each decision they make (the trees leave the verdict) is the full score's."""
    model = boosted_model()
    everything = np.ones(len(FEATURES), bool)
    groups = [np.array([f not in g for f in FEATURES]) for g in tree_bounds.GROUPS.values()]
    scored = made = 0
    for i, (_, _, query, cached, lang, cosine) in enumerate(sample()):
        a = analyse(query, lang)
        if i % 2 or not model.applies(cosine, a) or query == cached:
            continue
        b = analyse(cached, lang if lang is not None else a.lang)
        first, second = units(cached, b.lang), units(query, a.lang)
        verdict = DEFAULT.compare(first, second, cosine)
        row = features(cached, query, first, second, b, a, cosine, verdict.reason)
        p = model.score(row)
        z = _logit(min(max(p, 1e-12), 1 - 1e-12))
        low, high = tree_bounds.bounds(model, row, everything)
        if abs(z) < 25:  # (the score's logistic is exact there)
            assert math.isclose(low, z, abs_tol=1e-6) and math.isclose(high, z, abs_tol=1e-6)
        scored += 1
        reject_below, accept_from = model.cutoffs(cosine)
        leaves = p >= reject_below if verdict.accept else p < accept_from
        case = {"row": row, "similarity": cosine, "accepted": verdict.accept,
                "modifier": None, "reason": None}  # fmt: skip
        for known in groups:
            low, high = tree_bounds.bounds(model, row, known)
            assert low - 1e-9 <= min(z, 30) and max(z, -30) <= high + 1e-9
            if tree_bounds.decided(model, case, known):
                made += 1
                assert leaves, (query, cached)
    assert scored > 500 and made > 0
