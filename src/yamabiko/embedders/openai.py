"""Embeddings from any OpenAI-compatible ``POST /v1/embeddings`` API.

Works with OpenAI, Azure OpenAI (pass its full base URL), and servers that speak the same
format (vLLM, Ollama, LiteLLM, text-embeddings-inference, …). Needs ``httpx``
(``pip install 'yamabiko[gateway]'``).

    >>> embedder = OpenAIEmbedder("text-embedding-3-small", dims=1536, api_key="sk-...")
    >>> cache = SemanticCache(embedder=embedder, path="openai-cache.sqlite3")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ConfigError, YamabikoError


class EmbeddingAPIError(YamabikoError):
    """The embeddings API answered with an error or an unexpected body."""


class OpenAIEmbedder:
    """Embedder that calls an OpenAI-compatible embeddings endpoint.

    Args:
        model: the model name sent in the request (also the store's embedder name).
        dims: the vector length the model returns (checked on every response).
        base_url: API root, default ``https://api.openai.com/v1``.
        api_key: sent as ``Authorization: Bearer``; never logged or stored.
        timeout_s: per-request timeout.
    """

    def __init__(
        self,
        model: str,
        dims: int,
        *,
        base_url: str = "https://api.openai.com/v1",
        api_key: str | None = None,
        timeout_s: float = 10.0,
        send_dimensions: bool = False,
    ) -> None:
        if not model or not isinstance(model, str):
            raise ConfigError(f"model is {model!r}; name the embedding model, e.g. 'bge-m3'.")
        if not isinstance(dims, int) or dims <= 0:
            raise ConfigError(f"dims is {dims!r}; give the model's vector length, e.g. 1536.")
        self.name = f"openai-compatible:{model}"
        self.dims = dims
        self.model = model
        self._url = base_url.rstrip("/") + "/embeddings"
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = timeout_s
        self._send_dimensions = send_dimensions
        self._client: Any = None

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._timeout, headers=self._headers)
        body: dict[str, Any] = {"model": self.model, "input": list(texts)}
        if self._send_dimensions:
            body["dimensions"] = self.dims
        try:
            response = await self._client.post(self._url, json=body)
        except httpx.HTTPError as exc:
            raise EmbeddingAPIError(f"embeddings request to {self._url} failed: {exc}") from exc
        if response.status_code != 200:
            raise EmbeddingAPIError(
                f"embeddings API {self._url} answered {response.status_code}: {response.text[:200]}"
            )
        try:
            data = sorted(response.json()["data"], key=lambda item: item["index"])
            vectors = np.asarray([item["embedding"] for item in data], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingAPIError(
                f"embeddings API {self._url} sent an unexpected body: {response.text[:200]}"
            ) from exc
        if vectors.shape != (len(texts), self.dims):
            raise EmbeddingAPIError(
                f"embeddings API returned shape {vectors.shape}, expected ({len(texts)}, "
                f"{self.dims}); check the model name and dims={self.dims}."
            )
        return vectors

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
