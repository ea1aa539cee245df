"""Cache policy: what is cached, for whom, for how long, and what may never be stored.

* :mod:`yamabiko.policy.policy`: :class:`Policy`, ordered rules and detectors (the decision
  per request); :mod:`yamabiko.policy.rules`: one :class:`Rule`; :mod:`yamabiko.policy.presets`:
  the shipped rules.
* :mod:`yamabiko.policy.admission`: every bypass and not-stored rule and their precedence
  (:func:`~yamabiko.policy.admission.admit`, :func:`~yamabiko.policy.admission.storable`).
"""

from ..detectors import Detector
from .policy import Policy
from .presets import PRESETS
from .rules import SCOPES, Decision, PolicyRequest, Rule

__all__ = [
    "PRESETS",
    "SCOPES",
    "Decision",
    "Detector",
    "Policy",
    "PolicyRequest",
    "Rule",
]
