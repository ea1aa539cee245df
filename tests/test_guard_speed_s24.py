"""The alignment's screen and the learned features share one matrix product, session 24,
every verdict the same.

* The screen filters its matrix of cosines in Python (one list, no comparison or ``nonzero``
  call) and offers it to :func:`~yamabiko.guard.wordvec.offered_best`;
* the learned features' best cosine of each leftover word
  (:func:`~yamabiko.guard.learned._mean_best_cosine`) reads that offer when it covers the
  words, and then scores one by one only the pairs near a row's best: the values are those of
  a dot product per pair, to the last bit (session 25: the offer holds every pair's exact
  cosine, and a row's best is its highest).
"""

from __future__ import annotations

import numpy as np
from guard_verdicts import sample

from yamabiko.guard import analyse, learned, wordvec
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units


def _plain_best(rows: list[int], columns: list[int]) -> list[float]:
    """Each row's highest cosine with a column, one dot product per pair."""
    vectors = wordvec._table()[1]  # type: ignore[index]
    return [max(float(vectors[i] @ vectors[j]) for j in columns) for i in rows]


def _offer(rows: list[int], columns: list[int]) -> None:
    """Offer the cosines of ``rows`` by ``columns`` as the screen does (session 25: every
    pair's exact cosine, :func:`~yamabiko.guard.wordvec.cosines`)."""
    wordvec.offer_cosines(rows, columns, wordvec.cosines(rows, columns))


def test_offered_best_is_every_pairs_exact_best_and_needs_every_word() -> None:
    """On random rows of the table (and rows a word shares with itself: ties), the offered
    best is the exact best over every pair for any subset of the offered rows and columns;
    a row or column outside the offer gives None (the caller makes its own product)."""
    rng = np.random.default_rng(24)
    size = len(wordvec.words())
    for _ in range(200):
        rows = rng.integers(0, size, int(rng.integers(1, 12))).tolist()
        columns = rng.integers(0, size, int(rng.integers(1, 12))).tolist()
        columns[0] = rows[0]  # (a word on both sides: its own best, cosine 1)
        _offer(rows, columns)
        some_rows = rows[: int(rng.integers(1, len(rows) + 1))]
        some_columns = columns[: int(rng.integers(1, len(columns) + 1))]
        found = wordvec.offered_best(some_rows, some_columns)
        assert found == _plain_best(some_rows, some_columns)
        assert found == wordvec.best_similarities(some_rows, some_columns)
        outside = next(i for i in range(size) if i not in rows)
        assert wordvec.offered_best([*some_rows, outside], some_columns) is None
        assert wordvec.offered_best(some_rows, [outside]) is None


def test_the_learned_best_cosine_after_a_screen_is_the_plain_one() -> None:
    """On every English and Japanese pair of the golden sample, after the default alignment
    (whose screen offers its products on long pairs) the learned features' mean best cosine
    of the leftover words is the mean of each word's exact best over every pair."""
    offered = 0
    for _, _, query, cached, lang, _ in sample():
        lang = analyse(cached, lang).lang
        if lang not in ("en", "ja"):
            continue
        first, second = units(cached, lang), units(query, lang)
        aligned = DEFAULT.align(first, second)
        left, right = aligned.rest_left, aligned.rest_right
        rows = [u.vector for u in left if u.vector is not None]
        columns = [u.vector for u in right if u.vector is not None]
        if not (rows and columns):
            continue
        offered += wordvec.offered_best(rows, columns) is not None
        best = iter(_plain_best(rows, columns))
        sims = [max(0.0, next(best)) if u.vector is not None else 0.0 for u in left]
        assert learned._mean_best_cosine(left, right) == sum(sims) / len(sims), (cached, query)
    assert offered >= 20  # (pairs whose leftovers the screen's products covered)
