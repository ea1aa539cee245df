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
trees (scored by :mod:`yamabiko.guard.trees`) over alignment features with a meaning
(:mod:`yamabiko.guard.treefeatures`: the learned check's 20, n-gram and word overlap, leftover
words' rarity and vectors, question words, names, the minimal-pair outcome's kind). The trees
are trained by ``benchmarks/train_boosted.py`` on the *tuning halves* of the public pair sets
and of the project's FAQ set (scikit-learn at training time only) and shipped as arrays
(``boosted.npz``).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..models import Verdict
from .budget import checkpoint
from .facts import Analysis
from .minpair import Alignment
from .treefeatures import (
    BEFORE_SWAP,
    FEATURES,
    RICH_FEATURES,
    SWAP_FEATURES,
    features,
    rich_features,
    text_facts,
)
from .trees import Trees
from .units import Unit
from .verbchange import unexplained_verbs

__all__ = [
    "FEATURES", "LANGUAGES", "MODEL", "RICH_FEATURES", "SWAP_FEATURES", "BandRefusal",
    "BoostedModel", "boosted_model", "features", "recording", "rich_features", "text_facts",
]  # fmt: skip

MODEL = Path(__file__).with_name("boosted.npz")
LANGUAGES = ("en", "ja")  # the languages the trees decide (their training pairs')


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


@dataclass(frozen=True, eq=False)
class BoostedModel(Trees):
    """Boosted trees (:class:`~yamabiko.guard.trees.Trees`: ``feature`` / ``threshold`` /
    ``value`` arrays and a ``baseline`` log-odds), the band and the two cut-offs (see the
    module docstring)."""

    lower: float = 0.75  # as the packaged model (the default threshold)
    upper: float = 0.95
    reject_below: float = 0.5
    accept_from: float = 0.9
    trained_on: tuple[str, ...] = field(default_factory=tuple)
    pivot: float | None = None  # below it the low cut-offs (None: ``lower``, no low part)
    low_reject_below: float | None = None  # None: ``reject_below``
    low_accept_from: float | None = None  # None: ``accept_from``
    #: how many of :data:`FEATURES` the trees read (a model saved before the session-26
    #: :data:`SWAP_FEATURES`: the ones before them, which are all its rows compute)
    columns: int = len(FEATURES)

    def cutoffs(self, similarity: float) -> tuple[float, float]:
        """``(reject_below, accept_from)`` for a candidate of this cosine (the low pair below
        :attr:`pivot`)."""
        if self.pivot is not None and similarity < self.pivot:
            low_reject, low_accept = self.low_reject_below, self.low_accept_from
            return (self.reject_below if low_reject is None else low_reject,
                    self.accept_from if low_accept is None else low_accept)  # fmt: skip
        return self.reject_below, self.accept_from

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
            names=np.array("\n".join(FEATURES[: self.columns])),
            trained_on=np.array("\n".join(self.trained_on)),
        )

    @classmethod
    def load(cls, path: Path = MODEL) -> BoostedModel:
        """Read a model written by :meth:`save` (the packaged one by default)."""
        with np.load(path, allow_pickle=False) as data:
            names = tuple(str(data["names"]).split("\n"))
            # a model older than the latest feature group reads the columns before it
            if names not in (FEATURES, FEATURES[:BEFORE_SWAP]):
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
                pivot, low_reject, low_accept, len(names),
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

    def band_score(
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
    ) -> float | None:
        """The trees' score of a candidate they decide (:meth:`applies`: its cosine in the
        band, its language one they read), from the pair's features; None for any other."""
        if not self.applies(similarity, a):
            return None
        checkpoint()  # (past a guard budget: refused before the features, and the trees)
        row = features(cached, query, first, second, a, b, similarity, minpair.reason,
                       alignment, self.columns)  # fmt: skip
        checkpoint()
        return self.score(row)

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
        p = self.band_score(cached, query, first, second, a, b, similarity, minpair, alignment)
        if p is None:
            return None
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
        if p < accept_from:
            return None
        if alignment is not None and unexplained_verbs(
            alignment.rest_left, alignment.rest_right, cached, query
        ):
            return None  # 特約を追加できる / 特約を外せる
        return Verdict(True, f"learned-accept:{p:.2f}")


_lock = threading.Lock()
_loaded: dict[Path, BoostedModel] = {}


def boosted_model() -> BoostedModel:
    """The packaged model (``boosted.npz``), loaded once."""
    with _lock:
        if MODEL not in _loaded:
            _loaded[MODEL] = BoostedModel.load(MODEL)
        return _loaded[MODEL]


def refusal_served(found: Verdict, similarity: float, proof: str) -> Verdict | None:
    """The boosted trees' refusal ``found`` (``learned:<score>``, in the verified band
    ``band-unverified:<score>``) as served by a rule's ``proof`` of one question:
    ``<proof>:<score>``, in the band ``verified-band:<cosine>:<score>:<proof>``; None for any
    other verdict (an acceptance, a refusal of another check's: the rule is not asked)."""
    kind, _, score = found.reason.partition(":")
    if found.accept or kind not in ("learned", "band-unverified") or ":" in score:
        return None
    if kind == "band-unverified":
        return Verdict(True, f"verified-band:{similarity:.3f}:{score}:{proof}")
    return Verdict(True, f"{proof}:{score}")
