"""Verification of candidate hits: the guard and the verifier interface.

A candidate above the similarity threshold is served only if the verifier accepts it.
Verifiers see the query, the candidate's cached prompt, the similarity and the language, and
return a :class:`~yamabiko.models.Verdict` with a short reason that ends up in the lookup
record (and the gateway's ``X-Yamabiko-Cache`` header).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .models import Candidate, Verdict


@runtime_checkable
class Verifier(Protocol):
    """Decides whether a candidate above the threshold really answers the query."""

    name: str

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict: ...


class AcceptAll:
    """The threshold alone decides (no guard): every candidate above it is accepted."""

    name = "none"

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        return Verdict(True, "threshold-only")


def default_verifier() -> Verifier:
    """The verifier a cache uses when none is given."""
    return AcceptAll()
