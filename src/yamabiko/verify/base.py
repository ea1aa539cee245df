"""The verifier interface and the small verifiers that compose others.

A candidate above the similarity threshold is served only if the verifier accepts it.
Verifiers see the query, the candidate's cached prompt, the similarity and the language, and
return a :class:`~yamabiko.models.Verdict` with a short reason that ends up in the lookup
record (and the gateway's ``X-Yamabiko-Cache`` header).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..errors import InvalidInputError
from ..guard import Guard
from ..guard.second_opinion import SecondOpinionGuard
from ..models import Candidate, Verdict


@runtime_checkable
class Verifier(Protocol):
    """Decides whether a candidate above the threshold really answers the query."""

    name: str

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Whether ``candidate`` (a stored prompt and its answer, already above the threshold)
        answers ``query``; ``lang`` is the query's detected language (None: unknown). A
        rejection's ``reason`` becomes the lookup's ``rejected:<reason>``."""
        ...


class AcceptAll:
    """The threshold alone decides (no guard): every candidate above it is accepted."""

    name = "none"

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Accept every candidate: ``Verdict(True, "threshold-only")``."""
        return Verdict(True, "threshold-only")


def default_verifier(second_opinion: bool = False, budget_ms: float | None = None) -> Verifier:
    """The verifier a cache uses when none is given: the rule guard (see
    :mod:`yamabiko.guard`); ``second_opinion=True``: the guard with a second model's opinion
    on the trees' refusals at cosine 0.75-0.80 (:mod:`yamabiko.guard.second_opinion`);
    ``budget_ms``: its CPU budget per check (:mod:`yamabiko.guard.budget`; None: none)."""
    kind = SecondOpinionGuard if second_opinion else Guard
    return kind(budget_ms=budget_ms)


class Chain:
    """Runs verifiers in order; the first rejection wins, else the last verdict stands.

    Typical use: ``Chain(Guard(), Borderline(LLMJudge(url, model), below=0.95))`` — the cheap
    guard first, the expensive judge only for what the guard let through at borderline scores.
    """

    def __init__(self, *verifiers: Verifier) -> None:
        if not verifiers:
            raise InvalidInputError("Chain() needs at least one verifier, e.g. Chain(Guard()).")
        self.verifiers = verifiers
        self.name = "+".join(v.name for v in verifiers)

    def prepare(self, query: str, lang: str | None) -> None:
        """Let the verifiers that analyse the query do it now (see ``Guard.prepare``)."""
        self._tell("prepare", query, lang)

    def release(self, query: str, lang: str | None) -> None:
        """Tell the verifiers that prepared the query that a hit served it (``Guard.release``):
        only those with a ``prepare`` too (another's ``release`` may mean something else)."""
        self._tell("release", query, lang)

    def _tell(self, method: str, query: str, lang: str | None) -> None:
        for verifier in self.verifiers:
            found = getattr(verifier, method, None)
            if found is not None and getattr(verifier, "prepare", None) is not None:
                found(query, lang)

    def stored_analysis(self, prompt: str, lang: str | None) -> str | None:
        """The first verifier's analysis of ``prompt`` to keep with its entry (see
        ``Guard.stored_analysis``), if one makes it."""
        for verifier in self.verifiers:
            make = getattr(verifier, "stored_analysis", None)
            if make is not None:
                return make(prompt, lang)
        return None

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """The first rejection of the verifiers in order, else the last one's verdict."""
        verdict = Verdict(True)
        for verifier in self.verifiers:
            verdict = await verifier.verify(query, candidate, lang)
            if not verdict.accept:
                return verdict
        return verdict


class Borderline:
    """Consults ``inner`` only for candidates whose similarity is below ``below``; candidates at
    or above it are accepted as they are (the threshold already ran before)."""

    def __init__(self, inner: Verifier, *, below: float = 0.95) -> None:
        self.inner = inner
        self.below = below
        self.name = f"borderline({inner.name})"

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Accept a candidate at or above ``below`` as it is; ask ``inner`` about the rest."""
        if candidate.similarity >= self.below:
            return Verdict(True, "above-borderline")
        return await self.inner.verify(query, candidate, lang)
