"""Cache policy: what is cached, for whom, for how long, and what may never be stored.

* :mod:`yamabiko.policy.rules`: rules, presets and :class:`Policy` (the decision per request).
* :mod:`yamabiko.policy.admission`: every bypass and not-stored rule and their precedence
  (:func:`~yamabiko.policy.admission.admit`, :func:`~yamabiko.policy.admission.storable`).
"""

from .rules import PRESETS, SCOPES, Decision, Detector, Policy, PolicyRequest, Rule

__all__ = [
    "PRESETS",
    "SCOPES",
    "Decision",
    "Detector",
    "Policy",
    "PolicyRequest",
    "Rule",
]
