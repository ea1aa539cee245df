"""Verification of candidate hits: the verifier interface, the borderline band with the LLM
judge and alias promotion, and learned per-entry thresholds.

* :mod:`.base` — :class:`Verifier`, :class:`AcceptAll`, :class:`Chain`, :class:`Borderline`,
  :func:`default_verifier` (the guard, which lives in :mod:`yamabiko.guard`);
* :mod:`.judge` — :class:`LLMJudge` (OpenAI, Anthropic, Gemini formats), :class:`JudgeBudget`;
* :mod:`.review` — :class:`Review`: the band, sync / async verification, learned thresholds;
* :mod:`.promote` — background verification and alias promotion (:func:`with_aliases`);
* :mod:`.metrics` — the review's counters for Prometheus;
* :mod:`.select` — which band candidates the judge sees within its budget;
* :mod:`.learned` — per-entry thresholds from evidence under ``max_error_rate``;
* :mod:`.config` — the ``[verify]`` config section.
"""

from .base import AcceptAll, Borderline, Chain, Verifier, default_verifier
from .judge import JudgeBudget, LLMJudge
from .learned import learned_threshold
from .review import Review

__all__ = [
    "AcceptAll",
    "Borderline",
    "Chain",
    "JudgeBudget",
    "LLMJudge",
    "Review",
    "Verifier",
    "default_verifier",
    "learned_threshold",
]
