"""Verified borderline hits: a candidate a little *below* the serving threshold is served when
the guard proves it equivalent (session 25).

The default embedder leaves many rewordings of a question just under the threshold (about 0.70
to 0.75 at the default 0.75), where the threshold alone would serve too many different
questions. In the band ``[threshold - width, threshold)`` (:class:`VerifiedBand`) a candidate is
served only when

- every rule of the guard accepts it, the minimal-pair check included (a substitution,
  insertion or deletion it found is never overturned here, unlike in the trees' band above the
  threshold), and
- the boosted trees (:mod:`.boosted`) score it at least ``min_score`` (0.80, the trees'
  strictest cut-off, the one of their band's part under the older 0.80 threshold), or, in
  Japanese, the two prompts are one text with a noun spelled two ways that the dictionary
  normalizes to one (金平糖 / こんぺいとう: ``verified-band:0.729:0.66:respelt``, session 28,
  :func:`.ja_respelt.respelt_only`, read by :mod:`.minpair_stage`), or differ only in nouns
  of one SudachiDict synonym group (持ち帰り / テイクアウト: ``...:synonym``, session 29,
  :func:`.ja_respelt.synonyms_only`).

The hit's reason says so: ``verified-band:0.723:0.86`` (the cosine, then the trees' score). A
refusal is ``band-unverified:<score>``; a candidate in a language the trees do not decide is
refused as ``rejected:band-language:<lang>`` (the trees' own reason); one the rules reject
keeps the rule's reason.

The band check runs the guard's own :meth:`~yamabiko.guard.Guard.check` on a view of that
guard that shares its analyses and units and carries the band's trees in place of its own,
so a candidate costs what a candidate in the trees' band costs.
"""

from __future__ import annotations

import copy
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, fields

from ..errors import InvalidInputError
from ..models import Verdict
from . import Guard
from .boosted import BoostedModel
from .facts import Analysis
from .minpair import Alignment
from .units import Unit

__all__ = [
    "DEFAULT_BAND_WIDTH", "FLOOR", "MIN_SCORE", "BandTrees", "VerifiedBand", "check_band_below",
    "check_band_width",
]  # fmt: skip

#: how far below the threshold the band reaches by default (0.70-0.75 at the default 0.75)
DEFAULT_BAND_WIDTH = 0.05
#: the trees' score a candidate in the band needs
MIN_SCORE = 0.80
#: the band never reaches below this cosine: the lowest the trees were trained on, and where
#: Quora's and JSTS's different questions start to pass the check (docs/quality.md, session 25)
FLOOR = 0.70


def check_band_width(value: object, source: str = "verified_band") -> float:
    """Validate a band width: a number in [0, 0.5] (0 turns the band off)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 0.5:
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a cosine distance below min_similarity in "
            f"[0, 0.5], e.g. {DEFAULT_BAND_WIDTH} (0 turns verified borderline hits off)."
        )
    return float(value)


def check_band_below(width: float, threshold: float, source: str = "verified_band") -> None:
    """Refuse a band ``width`` wider than the serving threshold ``threshold`` (the cache's
    ``min_similarity``): the band would reach below cosine 0, so the value is a mistake
    (a threshold written as a band, or the other way round). A band turned off (0) fits
    any threshold."""
    if width > 0 and width > threshold:
        raise InvalidInputError(
            f"{source} is {width!r}, more than min_similarity {threshold!r}; the band reaches "
            f"that far below min_similarity, so it must be at most {threshold!r} (0 turns "
            "verified borderline hits off)."
        )


@dataclass(frozen=True, eq=False)
class BandTrees(BoostedModel):
    """The packaged trees, deciding the verified band (``lower`` to ``upper``, the serving
    threshold): a candidate the minimal-pair check accepted is served from ``reject_below``
    (the band's ``min_score``), refused below it; one it rejected stays rejected."""

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
        """``verified-band:<cosine>:<score>`` (a hit), ``band-unverified:<score>`` or, for a
        modifier added to a shared noun scored under its own cut-off, ``narrowing:<word>:
        <score>``; None when the minimal-pair check rejected it (its verdict stands)."""
        if not minpair.accept:
            return None
        p = self.band_score(cached, query, first, second, a, b, similarity, minpair, alignment)
        if p is None:
            return None
        if p < self.reject_below:
            return Verdict(False, f"band-unverified:{p:.2f}")
        if modifier is not None and p < modifier[1]:
            return Verdict(False, f"narrowing:{modifier[0]}:{p:.2f}")
        return Verdict(True, f"verified-band:{similarity:.3f}:{p:.2f}")


@dataclass(frozen=True)
class VerifiedBand:
    """Serve candidates in ``[threshold - width, threshold)`` that the guard proves equivalent
    (see the module docstring).

    Args:
        width: how far below the serving threshold the band reaches (0: off).
        min_score: the boosted trees' score a candidate needs.
        floor: the lowest cosine the band reaches, whatever the threshold and width.
    """

    width: float = DEFAULT_BAND_WIDTH
    min_score: float = MIN_SCORE
    floor: float = FLOOR

    def __post_init__(self) -> None:
        check_band_width(self.width, "width")
        if not 0.0 <= self.min_score <= 1.0:
            raise InvalidInputError(f"min_score is {self.min_score!r}; it must be in [0, 1].")

    def lowest(self, threshold: float) -> float:
        """The band's lower end below ``threshold`` (``threshold`` itself when it is off)."""
        return threshold if self.width <= 0 else max(threshold - self.width, self.floor)

    def covers(self, similarity: float, threshold: float) -> bool:
        """True when a candidate of this cosine is in the band below ``threshold``."""
        return self.lowest(threshold) <= similarity < threshold

    def usable(self, verifier: object) -> bool:
        """True when ``verifier`` can prove a candidate: a guard with boosted trees and its
        minimal-pair check."""
        return (isinstance(verifier, Guard) and verifier.boosted is not None
                and "minpair" in verifier.checks)  # fmt: skip

    def check(
        self,
        guard: Guard,
        query: str,
        cached: str,
        lang: str | None,
        similarity: float,
        threshold: float,
        stored: str | None = None,
    ) -> Verdict:
        """The band's verdict on a candidate below ``threshold`` (callers check
        :meth:`covers` and :meth:`usable` first): the guard's checks with the band's trees."""
        view = _view(guard, self, threshold)
        if view is None or not self.covers(similarity, threshold):
            return Verdict(False, "band-unverified:outside")  # (above the trees' band)
        verdict = view.check(query, cached, lang, similarity, None, stored)
        if verdict.accept and not verdict.reason.startswith("verified-band:"):
            return Verdict(False, f"band-unverified:{verdict.reason}")  # the trees never saw it
        return verdict


_lock = threading.Lock()
_views: dict[tuple[int, float, VerifiedBand], tuple[Guard, Guard]] = {}


def _view(guard: Guard, band: VerifiedBand, threshold: float) -> Guard | None:
    """A shallow copy of ``guard`` (the same analyses, units and settings) whose trees decide
    ``[threshold - width, threshold)`` with the band's cut-off, made once per guard and
    threshold; None when the threshold is outside the trees' own band."""
    trees = guard.boosted
    assert trees is not None
    if threshold > trees.upper:
        return None  # above the cosines the trees were trained on
    key = (id(guard), round(threshold, 6), band)
    with _lock:
        found = _views.get(key)
        if found is not None and found[0] is guard:
            return found[1]
        values = {f.name: getattr(trees, f.name) for f in fields(BoostedModel)}
        values.update(lower=band.lowest(threshold), upper=threshold,
                      reject_below=band.min_score, accept_from=math.inf, pivot=threshold,
                      low_reject_below=None, low_accept_from=None)  # fmt: skip
        view = copy.copy(guard)
        view.boosted = BandTrees(**values)
        if len(_views) >= 64:
            _views.clear()
        _views[key] = (guard, view)  # (the guard kept alive with its key: no id reuse)
        return view
