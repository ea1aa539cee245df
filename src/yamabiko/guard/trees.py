"""Gradient-boosted trees scored with a few numpy operations over all trees at once: the
scoring engine of the guard's borderline check (:class:`~yamabiko.guard.boosted.BoostedModel`
adds its band, cut-offs and file format; :mod:`yamabiko.guard.treefeatures` its features).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Trees:
    """Boosted trees stored as complete binary trees of one depth (``feature`` / ``threshold``
    per inner node in heap order, ``value`` per leaf) and a ``baseline`` log-odds."""

    feature: np.ndarray  # (trees, 2**depth - 1) int
    threshold: np.ndarray  # (trees, 2**depth - 1) float; x <= threshold goes left
    value: np.ndarray  # (trees, 2**depth) float
    baseline: float

    def __post_init__(self) -> None:
        # Every node's test is made at once (one gather, one comparison for all trees). Trees
        # of depth <= 4 then find their leaf in a table indexed by the tests' outcomes as bits
        # (2**15 entries), packed by ``np.packbits`` from rows padded to a whole number of
        # bytes (a padding node tests feature 0 against +inf: its bit is always 0); deeper ones
        # follow their path, one gather per level.
        trees, inner = self.feature.shape
        width = inner if inner > 15 else 8 if inner <= 7 else 16  # nodes per tree, padded
        feature = np.zeros((trees, width), np.intp)
        feature[:, :inner] = self.feature
        threshold = np.full((trees, width), np.inf)
        threshold[:, :inner] = self.threshold
        object.__setattr__(self, "_feature", feature.ravel())
        object.__setattr__(self, "_threshold", threshold.ravel())
        object.__setattr__(self, "_value", np.ascontiguousarray(self.value, np.float64).ravel())
        object.__setattr__(self, "_inner", np.arange(trees, dtype=np.intp) * width)
        object.__setattr__(self, "_leaves", np.arange(trees, dtype=np.intp) * (inner + 1))
        lut = None
        if inner <= 15:
            patterns = np.arange(1 << inner, dtype=np.intp)
            node = np.zeros_like(patterns)
            for _ in range(self.depth):
                node = 2 * node + 1 + ((patterns >> node) & 1)
            lut = (node - inner).astype(np.uint8)
        object.__setattr__(self, "_lut", lut)
        object.__setattr__(self, "_pattern", np.dtype("<u2" if width == 16 else np.uint8))

    @property
    def depth(self) -> int:
        """The trees' depth (every tree is complete at it)."""
        return int(self.value.shape[1]).bit_length() - 1

    def score(self, row: Sequence[float]) -> float:
        """Probability that the pair asks the same question: every node's test at once
        (``x > threshold`` goes right), the leaf each tree reaches, the sum of their values."""
        right = np.array(row, dtype=np.float64).take(self._feature) > self._threshold
        if self._lut is not None:  # each tree's outcomes, one bit per node in heap order
            pattern = np.packbits(right, bitorder="little").view(self._pattern)
            leaf = self._lut.take(pattern)
        else:
            inner = self.feature.shape[1]
            node = np.zeros(len(self._leaves), dtype=np.intp)
            for _ in range(self.depth):
                node = 2 * node + 1 + right.take(self._inner + node)
            leaf = node - inner
        z = self.baseline + float(self._value.take(self._leaves + leaf).sum())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
