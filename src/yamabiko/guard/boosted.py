"""A boosted-tree check for candidates in the borderline band, on by default
(``Guard(boosted=False)`` turns it off; ``Guard(learned=False)``: the rules alone).

Between ``lower`` and ``upper`` (the packaged model: cosine 0.75-0.95 since session 15,
0.80-0.95 before), and only at or above the serving threshold, this model decides every
candidate that all the rules but the minimal-pair check accept, in place of the logistic
learned check and its rescue (``learned.py``):

- the minimal-pair check accepted it: rejected when the model scores it below
  ``reject_below`` (``rejected:learned:0.31``);
- the minimal-pair check rejected it (a substitution, insertion or deletion): served when the
  model scores it at or above ``accept_from`` (``learned-accept:0.93``), else the minimal-pair
  verdict stands.

Below ``pivot`` (``lower <= cosine < pivot``) the cut-offs are ``low_reject_below`` /
``low_accept_from`` instead (stricter ones for the part of the band under the older 0.80
threshold; equal to the others in a model saved without them).

The score is the probability that the two prompts ask the same thing, from gradient-boosted
trees over alignment features with a meaning: the learned check's 20 features (cosine, the
units the alignment left, their word-vector similarity and rarity, question kinds, numbers,
...), plus character 3- and 4-gram overlap, word overlap, overlap weighted by word rarity, the
cosine of the mean word vectors of the two sides' leftover words, the question word of each
side (what / how / why / which / yes-no), length ratios, capitalised names only one side has,
the first word and last unit, and the minimal-pair outcome's kind. The trees are trained by
``benchmarks/train_boosted.py`` on the *tuning halves* of the public pair sets and of the
project's FAQ set (scikit-learn at training time only) and shipped as arrays
(``boosted.npz``); scoring is a few numpy operations over all trees at once.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..models import Verdict
from . import wordvec
from .facts import Analysis
from .learned import FEATURES as CHEAP_FEATURES
from .learned import pair_features
from .minpair import DEFAULT as _MINPAIR
from .minpair import Alignment, _unshared
from .units import Unit

MODEL = Path(__file__).with_name("boosted.npz")
LANGUAGES = ("en", "ja")  # the languages the trees decide (their training pairs')

#: minimal-pair outcome kinds, one feature each
OUTCOMES = ("detail-added", "not-minimal", "same-words", "reworded", "equivalent-words",
            "substitution")  # fmt: skip

RICH_FEATURES = (
    "char3", "char4", "word_overlap", "rare_overlap", "rare_left_max", "rare_left_min",
    "n_left_first", "n_left_second", "left_vector_cosine", "left_vector_missing",
    "qword_same", "qword_what", "qword_how", "qword_why", "qword_which", "qword_yesno",
    "char_length_ratio", "word_count_diff", "log_words", "names_first", "names_second",
    "names_shared", "first_word_same", "last_unit_same", "cosine_squared",
    "rare_left_first", "rare_left_second", "strong_differs",
)  # fmt: skip

#: every feature, in the order of the model's columns
FEATURES = (*CHEAP_FEATURES, *RICH_FEATURES, *(f"outcome_{k}" for k in OUTCOMES))

_QWORDS = frozenset({"what", "how", "why", "which", "who", "where", "when"})
_YESNO = frozenset({"is", "can", "do", "should", "are", "does", "will"})
_TOKEN = re.compile(r"[a-z0-9']+|[^\sa-z0-9]", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class BandRefusal(NamedTuple):
    """A candidate below the pivot that every rule accepted and the trees refused (``learned:``),
    which a second opinion may overturn; ``one_for_one``: the two differ by one word replaced."""
    similarity: float
    score: float
    one_for_one: bool = False


_refusals: ContextVar[list[BandRefusal] | None] = ContextVar("band_refusals", default=None)


@contextmanager
def recording() -> Iterator[list[BandRefusal]]:
    """Collect the :class:`BandRefusal` of the checks made inside the block."""
    token = _refusals.set(found := [])
    try:
        yield found
    finally:
        _refusals.reset(token)


def _qword(tokens: Sequence[str]) -> str:
    for token in tokens[:3]:
        if token in _QWORDS or token in _YESNO:
            return token
    return "other"


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    shared = len(x & y)
    return shared / max(len(x) + len(y) - shared, 1)


def _names(text: str) -> set[str]:
    """Capitalised words after the first (names, brands, places)."""
    return {t.strip("?.,!()\"'").lower() for t in text.split()[1:] if t[:1].isupper()}


def _mean_vector(units: Sequence[Unit]) -> np.ndarray | None:
    """The direction of the mean word vector of the content units the table knows."""
    found = [u.vector for u in units if u.kind == "content" and u.vector is not None]
    table = wordvec._table()
    if not found or table is None:
        return None
    vector = table[1][found[0]] if len(found) == 1 else table[1][found].sum(axis=0)
    return vector / (math.sqrt(float(vector @ vector)) + 1e-9)


class TextFacts(NamedTuple):
    """What the features need of one text alone: its character 3- and 4-grams (of the
    lower-cased text, white space collapsed, padded with a space), its words, first word,
    question word and names."""

    grams3: frozenset[str]
    grams4: frozenset[str]
    words: frozenset[str]
    first: str
    qword: str
    names: frozenset[str]


@lru_cache(maxsize=256)  # ~15 kB for a question of 60 characters (its n-gram sets)
def text_facts(text: str) -> TextFacts:
    """The :class:`TextFacts` of ``text``, kept per text (cached prompts recur, and
    :meth:`~yamabiko.guard.Guard.prepare` makes the query's while the model embeds it)."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    padded = " " + _SPACE.sub(" ", text.lower()) + " "
    grams3 = frozenset([padded[i : i + 3] for i in range(len(padded) - 2)])
    grams4 = frozenset([padded[i : i + 4] for i in range(len(padded) - 3)])
    first = tokens[0] if tokens else ""
    return TextFacts(grams3, grams4, frozenset(tokens), first, _qword(tokens),
                     frozenset(_names(text)))  # fmt: skip


def rich_features(
    cached: str,
    query: str,
    first: Sequence[Unit],
    second: Sequence[Unit],
    a: Analysis,
    b: Analysis,
    similarity: float,
    alignment: Alignment | None = None,
) -> list[float]:
    """:data:`RICH_FEATURES` of a pair: ``first`` / ``a`` are the cached prompt's units and
    analysis, ``second`` / ``b`` the query's; ``alignment``: the default minimal-pair
    check's alignment of ``first`` and ``second`` when the caller has it."""
    grams3_a, grams4_a, words_a, first_a, q_a, names_a = text_facts(cached)
    grams3_b, grams4_b, words_b, first_b, q_b, names_b = text_facts(query)
    rarity_a = {u.key: u.rarity for u in first}
    rarity_b = {u.key: u.rarity for u in second}
    rarity = {**rarity_a, **rarity_b}
    shared = rarity_a.keys() & rarity_b.keys()
    left, right = alignment[:2] if alignment is not None else _unshared(first, second)
    rare_left = sum(u.rarity for u in left)
    rare_right = sum(u.rarity for u in right)
    vector_left, vector_right = _mean_vector(left), _mean_vector(right)
    missing = vector_left is None or vector_right is None
    left_cosine = 0.0 if missing else float(vector_left @ vector_right)  # type: ignore[operator]
    return [
        _jaccard(grams3_a, grams3_b),
        _jaccard(grams4_a, grams4_b),
        _jaccard(words_a, words_b),
        # in the words' order, not the set's (which depends on the hash seed): 1.0 exactly
        # when every word is shared
        sum(r for k, r in rarity.items() if k in shared) / max(sum(rarity.values()), 1e-9),
        max(rare_left, rare_right),
        min(rare_left, rare_right),
        min(len(left), 6),
        min(len(right), 6),
        left_cosine,
        float(missing),
        float(q_a == q_b),
        float("what" in (q_a, q_b)),
        float("how" in (q_a, q_b)),
        float("why" in (q_a, q_b)),
        float("which" in (q_a, q_b)),
        float(q_a in _YESNO or q_b in _YESNO),
        min(len(cached), len(query)) / max(len(cached), len(query), 1),
        abs(len(words_a) - len(words_b)),
        math.log1p(len(words_a) + len(words_b)),
        len(names_a - names_b),
        len(names_b - names_a),
        len(names_a & names_b),
        float(first_a == first_b),
        float((first[-1].key if first else "") == (second[-1].key if second else "")),
        similarity**2,
        rare_left,
        rare_right,
        len(a.strong ^ b.strong),
    ]


def features(
    cached: str,
    query: str,
    first: Sequence[Unit],
    second: Sequence[Unit],
    a: Analysis,
    b: Analysis,
    similarity: float,
    outcome: str,
    alignment: Alignment | None = None,
) -> list[float]:
    """The full feature vector (:data:`FEATURES`): ``first`` / ``a`` belong to the cached
    prompt, ``outcome`` is the minimal-pair check's reason for the pair; ``alignment``: the
    default minimal-pair check's alignment of ``first`` and ``second``, if known (it is the
    same work the check did)."""
    kind = outcome.split(":", 1)[0]
    alignment = alignment or _MINPAIR.align(first, second)
    return [
        *pair_features(first, second, a, b, similarity, alignment=alignment),
        *rich_features(cached, query, first, second, a, b, similarity, alignment),
        *(float(kind == k) for k in OUTCOMES),
    ]


@dataclass(frozen=True, eq=False)
class BoostedModel:
    """Boosted trees stored as complete binary trees of one depth (``feature`` / ``threshold``
    per inner node in heap order, ``value`` per leaf), a ``baseline`` log-odds, the band and
    the two cut-offs (see the module docstring)."""

    feature: np.ndarray  # (trees, 2**depth - 1) int
    threshold: np.ndarray  # (trees, 2**depth - 1) float; x <= threshold goes left
    value: np.ndarray  # (trees, 2**depth) float
    baseline: float
    lower: float = 0.75  # as the packaged model (the default threshold)
    upper: float = 0.95
    reject_below: float = 0.5
    accept_from: float = 0.9
    trained_on: tuple[str, ...] = field(default_factory=tuple)
    pivot: float | None = None  # below it the low cut-offs (None: ``lower``, no low part)
    low_reject_below: float | None = None  # None: ``reject_below``
    low_accept_from: float | None = None  # None: ``accept_from``

    def cutoffs(self, similarity: float) -> tuple[float, float]:
        """``(reject_below, accept_from)`` for a candidate of this cosine (the low pair below
        :attr:`pivot`)."""
        if self.pivot is not None and similarity < self.pivot:
            low_reject, low_accept = self.low_reject_below, self.low_accept_from
            return (self.reject_below if low_reject is None else low_reject,
                    self.accept_from if low_accept is None else low_accept)  # fmt: skip
        return self.reject_below, self.accept_from

    def __post_init__(self) -> None:
        # Every node's test is made at once (one gather, one comparison for all trees). Trees
        # of depth <= 4 then find their leaf in a table indexed by the tests' outcomes as bits
        # (2**15 entries); deeper ones follow their path, one gather per level.
        trees, inner = self.feature.shape
        object.__setattr__(self, "_feature", np.ascontiguousarray(self.feature, np.intp).ravel())
        object.__setattr__(self, "_threshold", np.ascontiguousarray(self.threshold).ravel())
        object.__setattr__(self, "_value", np.ascontiguousarray(self.value).ravel())
        object.__setattr__(self, "_inner", np.arange(trees, dtype=np.intp) * inner)
        object.__setattr__(self, "_leaves", np.arange(trees, dtype=np.intp) * (inner + 1))
        lut = None
        if inner <= 15:
            patterns = np.arange(1 << inner, dtype=np.intp)
            node = np.zeros_like(patterns)
            for _ in range(self.depth):
                node = 2 * node + 1 + ((patterns >> node) & 1)
            lut = (node - inner).astype(np.uint8)
        object.__setattr__(self, "_lut", lut)
        object.__setattr__(self, "_bits", 2.0 ** np.arange(inner))

    @property
    def depth(self) -> int:
        """The trees' depth (every tree is complete at it)."""
        return int(self.value.shape[1]).bit_length() - 1

    def score(self, row: Sequence[float]) -> float:
        """Probability that the pair asks the same question: every node's test at once
        (``x > threshold`` goes right), the leaf each tree reaches, the sum of their values."""
        x = np.asarray(row, dtype=np.float64)
        right = x.take(self._feature) > self._threshold
        trees = len(self._leaves)
        if self._lut is not None:
            pattern = right.reshape(trees, -1).astype(np.float64) @ self._bits
            leaf = self._lut.take(pattern.astype(np.intp))
        else:
            node = np.zeros(trees, dtype=np.intp)
            for _ in range(self.depth):
                node = 2 * node + 1 + right.take(self._inner + node)
            leaf = node - self.feature.shape[1]
        z = self.baseline + float(self._value.take(self._leaves + leaf).sum())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def save(self, path: Path = MODEL) -> None:
        """Write the model (numpy ``.npz``, no pickle)."""
        head = (self.baseline, self.lower, self.upper, self.reject_below, self.accept_from)
        low = (self.low_reject_below, self.low_accept_from, self.pivot)  # NaN: None
        np.savez_compressed(
            path,
            feature=self.feature.astype(np.int16),
            threshold=self.threshold.astype(np.float64),
            value=self.value.astype(np.float64),
            meta=np.array([*head, *(math.nan if v is None else v for v in low)]),
            names=np.array("\n".join(FEATURES)),
            trained_on=np.array("\n".join(self.trained_on)),
        )

    @classmethod
    def load(cls, path: Path = MODEL) -> BoostedModel:
        """Read a model written by :meth:`save` (the packaged one by default)."""
        with np.load(path, allow_pickle=False) as data:
            names = tuple(str(data["names"]).split("\n"))
            if names != FEATURES:
                raise ValueError(f"{path} was trained on other features: {names}")
            meta = [float(v) for v in data["meta"]]
            baseline, lower, upper, reject_below, accept_from = meta[:5]
            # models of sessions 8-14 have no low part: the same cut-offs over the whole band
            low = [None if math.isnan(v) else v for v in meta[5:8]] if len(meta) >= 8 else []
            low_reject, low_accept, pivot = low or (None, None, None)
            trained = str(data["trained_on"])
            return cls(
                data["feature"].astype(np.intp),
                data["threshold"].astype(np.float64),
                data["value"].astype(np.float64),
                baseline, lower, upper, reject_below, accept_from,
                tuple(trained.split("\n")) if trained else (),
                pivot, low_reject, low_accept,
            )  # fmt: skip

    def applies(self, similarity: float, analysis: Analysis) -> bool:
        """True when the model decides a candidate of this cosine and language."""
        return self.lower <= similarity < self.upper and analysis.lang in LANGUAGES

    def uncovered(self, similarity: float, analysis: Analysis) -> Verdict | None:
        """A candidate below :attr:`pivot` (the stricter cut-offs: the band the trees were
        extended to with the lower default threshold) in a language the trees do not decide:
        ``rejected:band-language:<lang>`` (no borderline check vouches for it, so such
        languages are served as at 0.80), else None."""
        pivot = self.lower if self.pivot is None else self.pivot
        if self.lower <= similarity < pivot and analysis.lang not in LANGUAGES:
            return Verdict(False, f"rejected:band-language:{analysis.lang or 'unknown'}")
        return None

    def verdict(
        self,
        cached: str,
        query: str,
        first: Sequence[Unit],
        second: Sequence[Unit],
        a: Analysis,
        b: Analysis,
        similarity: float,
        minpair: Verdict,
        alignment: Alignment | None = None,
        modifier: tuple[str, float] | None = None,
    ) -> Verdict | None:
        """For a candidate in the band that every other rule accepts: the model's verdict
        (``learned:<score>`` rejection, ``learned-accept:<score>`` hit) or None (the
        minimal-pair check's ``minpair`` verdict stands). ``alignment``: the default
        minimal-pair check's alignment of ``first`` and ``second``, if known; ``modifier``:
        the word the candidate only adds as a modifier and the higher cut-off it needs
        (``narrowing:<word>:<score>`` below it)."""
        if not self.applies(similarity, a):
            return None
        row = features(cached, query, first, second, a, b, similarity, minpair.reason, alignment)
        p = self.score(row)
        reject_below, accept_from = self.cutoffs(similarity)
        if minpair.accept:
            if p < reject_below:
                if (found := _refusals.get()) is not None and similarity < (self.pivot or 0):
                    one = alignment is not None and len(alignment.left) == len(alignment.right) == 1
                    found.append(BandRefusal(similarity, p, one))
                return Verdict(False, f"learned:{p:.2f}")
            if modifier is not None and p < modifier[1]:
                return Verdict(False, f"narrowing:{modifier[0]}:{p:.2f}")
            return None
        return Verdict(True, f"learned-accept:{p:.2f}") if p >= accept_from else None


_lock = threading.Lock()
_loaded: dict[Path, BoostedModel] = {}


def boosted_model() -> BoostedModel:
    """The packaged model (``boosted.npz``), loaded once."""
    with _lock:
        if MODEL not in _loaded:
            _loaded[MODEL] = BoostedModel.load(MODEL)
        return _loaded[MODEL]
