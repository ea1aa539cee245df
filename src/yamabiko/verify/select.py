"""Which band candidates the judge sees when the budget cannot pay for all of them.

The budget pays for a share of the misses, not for every band candidate, so the review spends
it where a yes is likeliest: only candidates whose score is at or above a moving cut-off are
judged — the quantile of the recent band scores that the budget can pay for (:class:`Pacing`).

The score (:func:`band_score`) is by default the candidate's *margin*: its similarity minus
that of the nearest other candidate of the same search (``select="margin"``). A candidate that
stands alone near the prompt is a rephrasing more often than one in a crowd of similar
questions that differ in a detail (intents, products, amounts), where the nearest one is as
likely another question. The margin loses :data:`WRONG_NEARBY` when an entry of the same search
(the candidate or another) was already found wrong for some prompt (a judge's no, a wrong hit
reported): the prompt has landed among questions that look alike but are answered differently.
``select="similarity"`` ranks by similarity alone.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

from ..errors import InvalidInputError
from ..models import Candidate, Evidence

#: how band candidates are ranked for the judge (see :func:`band_score`)
SELECTORS = ("margin", "similarity")
#: what a margin loses when an entry of the same search was found wrong before
WRONG_NEARBY = 0.10


def band_score(
    selector: str | None,
    candidate: Candidate,
    candidates: Sequence[Candidate],
    evidence: Mapping[str, Sequence[Evidence]] | None = None,
) -> float:
    """How likely a yes is, for ranking band candidates: with ``"margin"`` the candidate's
    similarity minus the best similarity of the search's other candidates (1.0 when it has
    none), less :data:`WRONG_NEARBY` when ``evidence`` (of the search's candidates) holds a
    wrong observation; else its similarity."""
    if selector != "margin":
        return candidate.similarity
    others = [c.similarity for c in candidates if c.id != candidate.id]
    margin = candidate.similarity - max(others) if others else 1.0
    if evidence and any(not e.correct for found in evidence.values() for e in found):
        margin -= WRONG_NEARBY
    return margin


class Pacing:
    """Chooses which band candidates the judge sees when the budget cannot pay for all.

    It keeps the scores of the last ``window`` band candidates (see :meth:`Review.band_score`)
    and the number of misses they came with. The budget earns ``share_of_misses`` of a call per
    miss, so it can pay for ``share x misses / band candidates`` of them; a candidate is chosen
    when its score is at or above that quantile from the top of the recent ones (all of them
    while the budget can pay for every one, or while fewer than ``warm`` were seen).
    """

    def __init__(self, window: int = 150, warm: int = 20) -> None:
        self.recent: deque[float] = deque(maxlen=window)
        self.misses: deque[int] = deque(maxlen=window)
        self.warm = warm
        self._misses = 0

    def note_miss(self) -> None:
        """Count one cache miss (the share chosen is per miss)."""
        self._misses += 1

    def choose(self, score: float, share_of_misses: float, fill: float = 0.5) -> bool:
        """Record a band candidate's score; True when it is worth one of the budget's calls.
        ``fill`` is how full the budget's bank is (0 to 1): the share chosen is scaled by
        ``2 x fill``, so that a filling bank lowers the cut and an emptying one raises it."""
        self.recent.append(score)
        self.misses.append(self._misses)
        if len(self.recent) < self.warm:
            return True
        misses = self.misses[-1] - self.misses[0] + 1
        affordable = share_of_misses * misses / len(self.recent) * 2.0 * fill
        if affordable >= 1.0:
            return True
        ranked = sorted(self.recent, reverse=True)
        cut = ranked[max(0, min(len(ranked) - 1, int(affordable * len(ranked))))]
        return score >= cut


def selector_of(select: bool | str | None) -> str | None:
    """The selector a ``select`` setting names: True is ``margin``, False none."""
    if select is True:
        return SELECTORS[0]
    if select is False or select is None:
        return None
    if select not in SELECTORS:
        raise InvalidInputError(
            f"select is {select!r}; use true (= 'margin'), 'margin', 'similarity' or false."
        )
    return str(select)
