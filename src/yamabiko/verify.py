"""Verification of candidate hits: the guard and the verifier interface.

A candidate above the similarity threshold is served only if the verifier accepts it.
Verifiers see the query, the candidate's cached prompt, the similarity and the language, and
return a :class:`~yamabiko.models.Verdict` with a short reason that ends up in the lookup
record (and the gateway's ``X-Yamabiko-Cache`` header).
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Protocol, runtime_checkable

from .errors import InvalidInputError
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
    """The verifier a cache uses when none is given: the rule guard (see
    :mod:`yamabiko.guard`)."""
    from .guard import Guard

    return Guard()


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

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
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
        if candidate.similarity >= self.below:
            return Verdict(True, "above-borderline")
        return await self.inner.verify(query, candidate, lang)


_JUDGE_PROMPT = (
    "You decide whether a cached answer can be reused. Question A was answered before; "
    "question B is new. Reply with exactly YES if an answer to A fully and correctly answers "
    "B (same meaning, same entities, numbers, dates, negation), otherwise NO.\n\n"
    "A: {cached}\nB: {query}"
)


class LLMJudge:
    """Asks a chat model behind an OpenAI-compatible ``/chat/completions`` URL (off by default;
    wrap it in :class:`Borderline` and :class:`Chain`). Any failure or unclear reply rejects
    the candidate (``judge-error`` / ``judge``): a miss is always safe.

    Args:
        base_url: e.g. ``http://127.0.0.1:8000/v1``.
        model: the model name sent upstream.
        api_key: sent as a bearer token when given.
        timeout_s: per call.
    """

    name = "llm-judge"

    def __init__(
        self, base_url: str, model: str, *, api_key: str | None = None, timeout_s: float = 5.0
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise InvalidInputError(
                f"LLMJudge base_url is {base_url!r}; it must be an http(s) URL such as "
                "http://127.0.0.1:8000/v1."
            )
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        try:
            reply = await asyncio.to_thread(self._ask, query, candidate.prompt)
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return Verdict(False, "judge-error")
        return (
            Verdict(True, "judge")
            if reply.strip().upper().startswith("YES")
            else Verdict(False, "judge")
        )

    def _ask(self, query: str, cached: str) -> str:
        body = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": 3,
            "messages": [
                {"role": "user", "content": _JUDGE_PROMPT.format(cached=cached, query=query)}
            ],
        }
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
            data = json.loads(response.read())
        return str(data["choices"][0]["message"]["content"])
