"""The exact context the gateway would give a request, for filling its partitions from
outside (``yamabiko warm --as openai --model gpt-4o-mini``).

The request a client would send is built and parsed by the gateway's own adapter, so a warmed
entry is found by exactly the requests it stands for: one user turn, with the given system
prompt and generation parameters, in the given namespace.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import InvalidInputError
from ..partition import DEFAULT_NAMESPACE
from .adapters.anthropic import AnthropicAdapter
from .adapters.base import BadRequest, Match
from .adapters.gemini import GeminiAdapter
from .adapters.openai import OpenAIAdapter

#: APIs that ``--as`` accepts
APIS = ("openai", "anthropic", "gemini")


def _request(api: str, model: str, prompt: str, system: str | None) -> dict[str, Any]:
    if api == "openai":
        messages = [{"role": "system", "content": system}] if system else []
        return {"model": model, "messages": [*messages, {"role": "user", "content": prompt}]}
    if api == "anthropic":
        body: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": prompt}]}
        if system:
            body["system"] = system
        return body
    body = {"contents": [{"role": "user", "parts": [{"text": prompt}]}]}
    if system:
        body["systemInstruction"] = {"parts": [{"text": system}]}
    return body


def request_context(
    api: str,
    model: str,
    prompt: str,
    *,
    system: str | None = None,
    params: Mapping[str, Any] | None = None,
    namespace: str | None = None,
) -> dict[str, Any]:
    """The context the gateway computes for a one-turn request of ``api`` (``openai``,
    ``anthropic`` or ``gemini``) to ``model`` with ``prompt``; ``params`` are the request's other
    fields (``{"temperature": 0}``; Anthropic requests carry ``max_tokens``)."""
    adapters = {"openai": OpenAIAdapter, "anthropic": AnthropicAdapter, "gemini": GeminiAdapter}
    if api not in adapters:
        raise InvalidInputError(f"--as is {api!r}; use one of {', '.join(APIS)}.")
    if not isinstance(model, str) or not model:
        raise InvalidInputError("--as needs --model: the model the requests name.")
    body = {**_request(api, model, prompt, system), **dict(params or {})}
    adapter = adapters[api]()
    path = {"model": model, "action": "generateContent"} if api == "gemini" else {}
    try:
        parsed = adapter.parse(body, Match(adapter, adapter.default_upstream, path, {}))
    except BadRequest as exc:
        raise InvalidInputError(f"as a {api} request: {exc.message}") from None
    if parsed.bypass:
        raise InvalidInputError(
            f"the gateway would not cache such a {api} request ({parsed.bypass})."
        )
    return {"namespace": namespace or DEFAULT_NAMESPACE, **parsed.context}
