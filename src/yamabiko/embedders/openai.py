"""Embeddings from any OpenAI-compatible ``POST /v1/embeddings`` API.

Works with OpenAI, Azure OpenAI (pass its full base URL), and servers that speak the same
format (vLLM, Ollama, LiteLLM, text-embeddings-inference, …). Batched, retried on 429 within
a deadline (:mod:`yamabiko.embedders.remote`). Needs ``httpx`` (``pip install
'yamabiko[gateway]'``).

    >>> embedder = OpenAIEmbedder("text-embedding-3-small", dims=1536, api_key="sk-...")
    >>> cache = SemanticCache(embedder=embedder, path="openai-cache.sqlite3")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ConfigError, EmbeddingAPIError
from .remote import RemoteEmbedder, check_dims, rows

__all__ = ["EmbeddingAPIError", "OpenAIEmbedder"]


class OpenAIEmbedder(RemoteEmbedder):
    """Embedder that calls an OpenAI-compatible embeddings endpoint.

    Args:
        model: the model name sent in the request (also the store's embedder name).
        dims: the vector length the model returns (checked on every response).
        base_url: API root, default ``https://api.openai.com/v1``.
        api_key: sent as ``Authorization: Bearer``; never logged or stored.
        timeout_s: per-request timeout; ``deadline_s``, ``max_batch``: see RemoteEmbedder.
        send_dimensions: send ``dimensions`` (models that can shorten their vectors).
    """

    provider_max_batch = 2048

    def __init__(
        self,
        model: str,
        dims: int,
        *,
        base_url: str = "https://api.openai.com/v1",
        api_key: str | None = None,
        send_dimensions: bool = False,
        **options: Any,
    ) -> None:
        if not model or not isinstance(model, str):
            raise ConfigError(f"model is {model!r}; name the embedding model, e.g. 'bge-m3'.")
        super().__init__(**options)
        self.name = f"openai-compatible:{model}"
        self.dims = check_dims(dims, None, model)
        self.model = model
        self._url = base_url.rstrip("/") + "/embeddings"
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._send_dimensions = send_dimensions

    async def _embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        body: dict[str, Any] = {"model": self.model, "input": list(texts)}
        if self._send_dimensions:
            body["dimensions"] = self.dims
        data = await self._post(self._url, body, self._headers)
        try:
            items = sorted(data["data"], key=lambda item: item["index"])
            return rows([item["embedding"] for item in items], "data", self.name)
        except (KeyError, TypeError) as exc:
            raise EmbeddingAPIError(
                f"embeddings API {self._url} sent an unexpected body: {str(data)[:200]}"
            ) from exc
