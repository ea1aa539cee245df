"""Learned per-entry thresholds with an error bound.

Every cached entry keeps *evidence*: similarities at which its answer was found right
(a judge's yes, an alias promotion, positive feedback) or wrong (a judge's no, a hit reported
wrong). From that evidence :func:`learned_threshold` derives the entry's own threshold.

The idea of a threshold per cached entry, learned online from observed outcomes under a
user-set error rate, follows vCache (Schroeder et al., "vCache: Verified Semantic Prompt
Caching", ICLR 2026, arXiv:2502.03771). vCache fits a sigmoid per entry; the estimator here is
simpler and conservative, and written for this project:

*Assumption (monotone).* For one entry, the probability that its answer is wrong for a prompt
at similarity ``s`` does not grow with ``s`` (vCache's sigmoid assumes the same).

*Lowering.* To serve an entry from ``t`` (below the global threshold ``g``), take every
observation of that entry at a similarity in ``[floor, t]``. By the assumption, each of them
had at least the error probability of a prompt at ``t``, which in turn bounds every prompt at
``s >= t``: their wrong share *over*-estimates the error of the hits that ``t`` would serve.
The estimate is the posterior mean under a uniform prior (Laplace's rule),
``(wrong + 1) / (n + 2)``; ``t`` is allowed when it is ``<= max_error_rate``. The learned
threshold is the lowest such ``t`` among the entry's correct observations above its highest
wrong one (a known wrong hit is never inside the served range). At
``max_error_rate = 0.01`` that takes 98 confirmations without a wrong one; at 0.05, 18. Fewer
observations never lower anything, so an entry without evidence keeps ``g``.

*Tightening.* A wrong observation at ``s_w >= g`` (a served hit reported wrong) raises the
entry's threshold above it, to ``s_w + 0.005``: hits at or below a known wrong one stop.

Judge verdicts are evidence only as good as the judge; the docs measure the end result
(the share of wrong served hits) rather than trust the estimate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..errors import InvalidInputError
from ..models import Evidence, Threshold

#: margin above a wrong observation when an entry tightens
TIGHTEN_MARGIN = 0.005


def check_error_rate(value: object, source: str = "max_error_rate") -> float:
    """Validate an error rate: a number in (0, 1)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0.0 < value < 1.0
    ):
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a probability in (0, 1), e.g. 0.01 for at most "
            "one wrong hit in a hundred."
        )
    return float(value)


def confirmations_needed(max_error_rate: float) -> int:
    """Correct observations (and no wrong one) it takes before an entry's threshold can drop."""
    return max(0, math.ceil(1.0 / max_error_rate - 2.0 - 1e-9))


def learned_threshold(
    evidence: Iterable[Evidence],
    global_threshold: float,
    *,
    floor: float,
    max_error_rate: float,
) -> Threshold:
    """The threshold for one entry: ``global_threshold`` unless its evidence lowers or raises
    it (see the module docstring for the estimator and why it keeps the error bound)."""
    observed = [e for e in evidence if e.similarity >= floor]
    n = len(observed)
    if not observed:
        return Threshold(global_threshold, "global", 0)
    wrong = [e.similarity for e in observed if not e.correct]
    if wrong and max(wrong) + TIGHTEN_MARGIN > global_threshold:
        return Threshold(min(1.0, max(wrong) + TIGHTEN_MARGIN), "learned", n)
    points = sorted((e.similarity, e.correct) for e in observed)
    errors = 0
    for count, (similarity, correct) in enumerate(points, 1):
        errors += not correct
        if similarity >= global_threshold:
            break
        above_wrong = not wrong or similarity > max(wrong)
        if correct and above_wrong and (errors + 1) / (count + 2) <= max_error_rate:
            return Threshold(round(similarity, 4), "learned", n)
    return Threshold(global_threshold, "global", n)
