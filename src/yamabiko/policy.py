"""Cache policy: what is cached, for whom, for how long, and sensitive data kept out.

The cache asks the policy twice per request: :meth:`Policy.decide` before a lookup or store
(may this be cached, with which TTL, threshold and scope), and :meth:`Policy.find_sensitive`
on the prompt and the answer before storing (a match means: serve, do not store).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: A detector takes a text and returns True if it contains that kind of sensitive data.
Detector = Callable[[str], bool]


@dataclass(frozen=True)
class PolicyRequest:
    """What a rule can look at: the prompt, its exact context, and for the gateway the route
    (API name) and request headers (lower-case names)."""

    prompt: str
    context: Mapping[str, Any]
    route: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one request. ``None`` fields mean "use the cache's default"."""

    cache: bool = True
    ttl: float | None = None
    min_similarity: float | None = None
    scope: str = "namespace"
    max_entry_bytes: int | None = None
    rule: str = "default"


class Policy:
    """The default policy: cache everything, with the cache's own TTL and threshold.

    ``detectors`` maps a name (e.g. ``"email"``) to a detector; the first that matches names
    the reason an answer was not stored (``sensitive:email``).
    """

    def __init__(self, detectors: Mapping[str, Detector] | None = None) -> None:
        self.detectors: dict[str, Detector] = dict(detectors or {})

    def decide(self, request: PolicyRequest) -> Decision:
        return Decision()

    def find_sensitive(self, texts: Sequence[str]) -> str | None:
        """Name of the first detector that matches any of ``texts``, else None."""
        for name, detector in self.detectors.items():
            if any(detector(text) for text in texts):
                return name
        return None
