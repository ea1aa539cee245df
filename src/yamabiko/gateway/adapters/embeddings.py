"""Exact caches of embedding APIs (opt-in, ``gateway.exact_cache``): OpenAI ``POST
/v1/embeddings`` (api ``embeddings``) and Gemini ``:embedContent`` (api ``gemini-embed``).

The same model, parameters and input give the same vector, so the key is exact: the input's
SHA-256 is part of the partition, and the input text is the prompt (the sensitive-data
detectors and the size limits apply to it as to any prompt). The upstream's JSON body is stored
with the entry and replayed as it was.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ...blank import blank
from ..asgi import dumps
from .base import Adapter, Answer, BadRequest, Match, Parsed, Route
from .fields import params_of, require_dict
from .gemini import GeminiAdapter
from .openai import OpenAIAdapter


def _exact(api: str, model: str, texts: list[str], params: dict[str, Any]) -> Parsed:
    digest = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()
    prompt = "\n".join(texts)
    context = {"api": api, "model": model, "input_sha256": digest, "params": params}
    bypass = "empty-prompt" if blank(prompt) else None
    return Parsed(prompt, context, False, bypass, {"model": model})


class _ExactAdapter(Adapter):
    opt_in = True

    def answer(self, body: Any) -> Answer | None:
        if not isinstance(body, dict) or not self._has_vectors(body):
            return None
        usage = body.get("usage") or {}
        tokens = usage.get("prompt_tokens") if isinstance(usage, dict) else None
        return Answer("(embedding)", "stop", "stop", body.get("model"), tokens, 0, {"body": body})

    def _has_vectors(self, body: dict[str, Any]) -> bool:
        raise NotImplementedError

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return dumps(answer.extra["body"])

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        return [self.render(answer, parsed, entry_id)]  # embeddings never stream


class EmbeddingsAdapter(_ExactAdapter):
    """OpenAI (and compatible) ``/v1/embeddings``: ``input`` is a string or strings."""

    api = "embeddings"
    routes = (Route("/v1/embeddings"),)
    default_upstream = "https://api.openai.com"

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise BadRequest("'model' must be a non-empty string.", "model")
        raw = body.get("input")
        texts = [raw] if isinstance(raw, str) else raw
        if not isinstance(texts, list) or not texts:
            raise BadRequest("'input' must be a string or an array of strings.", "input")
        if not all(isinstance(t, str) for t in texts):
            parsed = _exact(self.api, model, [], {})
            parsed.bypass = "token-input"  # arrays of token ids: passed through
            return parsed
        params = params_of(body, frozenset({"input", "model", "user"}))
        return _exact(self.api, model, texts, params)

    def _has_vectors(self, body: dict[str, Any]) -> bool:
        return isinstance(body.get("data"), list) and bool(body["data"])

    def error(self, status: int, message: str) -> bytes:
        return OpenAIAdapter().error(status, message)


def _part_texts(content: Any, where: str) -> list[str] | None:
    """The texts of a Gemini content's parts; None when a part is not text."""
    content = require_dict(content, f"'{where}'")
    parts = content.get("parts")
    if not isinstance(parts, list) or not parts:
        raise BadRequest(f"'{where}.parts' must be a non-empty array.")
    texts = [p.get("text") for p in parts if isinstance(p, dict)]
    if len(texts) != len(parts) or not all(isinstance(t, str) for t in texts):
        return None
    return texts


_EMBED_ACTIONS = (("action", ("embedContent", "batchEmbedContents")),)


class GeminiEmbedAdapter(_ExactAdapter):
    """Gemini ``:embedContent`` and ``:batchEmbedContents`` (contents of text parts)."""

    api = "gemini-embed"
    routes = (
        Route("/v1beta/models/{model}:{action}", choices=_EMBED_ACTIONS),
        Route("/v1/models/{model}:{action}", choices=_EMBED_ACTIONS),
    )
    default_upstream = "https://generativelanguage.googleapis.com"

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = match.params.get("model", "")
        if match.params.get("action") == "batchEmbedContents":
            requests = body.get("requests")
            if not isinstance(requests, list) or not requests:
                raise BadRequest("'requests' must be a non-empty array.")
            found = [
                _part_texts(
                    require_dict(r, f"'requests[{i}]'").get("content"), f"requests[{i}].content"
                )
                for i, r in enumerate(requests)
            ]
            params = {
                "requests": [{k: v for k, v in r.items() if k != "content"} for r in requests]
            }
        else:
            found = [_part_texts(body.get("content"), "content")]
            params = params_of(body, frozenset({"content", "model"}))
        if any(texts is None for texts in found):
            parsed = _exact(self.api, model, [], {})
            parsed.bypass = "non-text-content"
            return parsed
        return _exact(self.api, model, ["\n".join(t or ()) for t in found], params)

    def _has_vectors(self, body: dict[str, Any]) -> bool:
        one = (body.get("embedding") or {}).get("values")
        return isinstance(one, list) or isinstance(body.get("embeddings"), list)

    def error(self, status: int, message: str) -> bytes:
        return GeminiAdapter().error(status, message)
