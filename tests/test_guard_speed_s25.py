"""Every pair's exact cosine in one numpy call, session 25, every verdict the same.

* :func:`~yamabiko.guard.wordvec.cosines` gives each pair of table rows the very float that
  :func:`~yamabiko.guard.wordvec.similarity` (one dot product) gives it;
* the minimal-pair screen offers those cosines and remembers the ones it lets through, so the
  learned features' best cosines and the check's own :func:`~.wordvec.similarity` read them
  instead of one dot product per pair.
"""

from __future__ import annotations

import numpy as np
from guard_verdicts import sample

from yamabiko.guard import analyse, wordvec
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.screen import _may_be_equivalent
from yamabiko.guard.units import units


def _dot(i: int, j: int) -> float:
    """The cosine of two table rows, one dot product, as ``similarity`` makes it."""
    vectors = wordvec._table()[1]  # type: ignore[index]
    return float(vectors[i] @ vectors[j])


def test_cosines_are_the_single_dot_products_to_the_last_bit() -> None:
    """On random sets of table rows of every shape from 1 x 1 to 30 x 30 (a row on both
    sides, a row twice), each value is the single dot product's float."""
    rng = np.random.default_rng(25)
    size = len(wordvec.words())
    compared = 0
    for _ in range(300):
        rows = rng.integers(0, size, int(rng.integers(1, 31))).tolist()
        columns = rng.integers(0, size, int(rng.integers(1, 31))).tolist()
        columns[0] = rows[0]  # (a word on both sides: cosine 1, or within a bit of it)
        rows.append(rows[-1])
        found = wordvec.cosines(rows, columns)
        assert len(found) == len(rows) and all(len(line) == len(columns) for line in found)
        for i, line in zip(rows, found, strict=True):
            assert line == [_dot(i, j) for j in columns], (i, columns)
            compared += len(line)
        assert wordvec.best_similarities(rows, columns) == [
            max(_dot(i, j) for j in columns) for i in rows
        ]
    assert compared > 50_000


def test_the_screen_offers_and_remembers_exact_cosines() -> None:
    """On the golden sample's English and Japanese pairs that the screen sees (as the
    alignment gives them to it), every offered cosine is the single dot product's, and
    every pair it lets through by its cosine is remembered with that value."""
    screened = 0
    for _, _, query, cached, lang, _ in sample():
        lang = analyse(cached, lang).lang
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        left, right = aligned.left, aligned.right
        if len(left) * len(right) < 6:
            continue
        wordvec._cosines.clear()
        wordvec._recent.offered = None
        pairs = _may_be_equivalent(left, right, DEFAULT.word_similarity)
        offered = wordvec._recent.offered
        if offered is None:
            continue
        screened += 1
        rows, columns, found = offered
        assert found == [[_dot(i, j) for j in columns] for i in rows], (cached, query)
        for i, j in pairs:
            x, y = left[i].vector, right[j].vector
            if x is not None and y is not None and _dot(x, y) >= DEFAULT.word_similarity:
                key = min(x, y) * wordvec._ROWS + max(x, y)
                assert wordvec._cosines.get(key) == _dot(x, y), (cached, query, i, j)
    assert screened >= 50
