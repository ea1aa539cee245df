"""Embeddings from Google: Vertex AI ``:predict`` and the Gemini API ``embedContent``.

* :class:`VertexEmbedder`: ``text-embedding-005`` (default), ``text-embedding-004``,
  ``text-multilingual-embedding-002``, ``gemini-embedding-001`` on Vertex AI, authenticated with
  a Google access token (Application Default Credentials, or ``access_token``).
* :class:`GeminiEmbedder`: the Gemini API (``generativelanguage.googleapis.com``) with an API
  key, ``embedContent`` for one text and ``batchEmbedContents`` for more.

Both ask for ``SEMANTIC_SIMILARITY`` vectors (the task a cache does) unless ``task_type`` says
otherwise. Needs ``httpx`` (and ``google-auth`` for Application Default Credentials).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from ..cloud.google import GoogleToken, vertex_origin
from ..errors import ConfigError, EmbeddingAPIError
from .remote import RemoteEmbedder, check_dims, rows

#: the largest output size of each model (any smaller ``dims`` is asked for)
MAX_DIMS = {
    "text-embedding-005": 768,
    "text-embedding-004": 768,
    "text-multilingual-embedding-002": 768,
    "gemini-embedding-001": 3072,
}


def _check(model: str, dims: int) -> int:
    dims = check_dims(dims, None, model)
    if model in MAX_DIMS and dims > MAX_DIMS[model]:
        raise ConfigError(f"dims is {dims} but {model} returns at most {MAX_DIMS[model]}.")
    return dims


class VertexEmbedder(RemoteEmbedder):
    """Vertex AI text embeddings (``…/publishers/google/models/{model}:predict``).

    Args:
        model: ``text-embedding-005`` (default), ``text-embedding-004``, ``gemini-embedding-001``.
        dims: output size (``outputDimensionality``), default 768.
        project: the Google Cloud project (default ``GOOGLE_CLOUD_PROJECT``).
        location: the region, default ``us-central1``.
        endpoint_url: another origin (a proxy, or the fake upstream in tests).
        access_token: a fixed token instead of Application Default Credentials.
    """

    provider_max_batch = 250

    def __init__(
        self,
        model: str = "text-embedding-005",
        dims: int = 768,
        *,
        project: str | None = None,
        location: str = "us-central1",
        endpoint_url: str | None = None,
        access_token: str | None = None,
        task_type: str = "SEMANTIC_SIMILARITY",
        max_batch: int | None = None,
        **options: Any,
    ) -> None:
        if model.startswith("gemini-embedding") and (max_batch or 1) > 1:
            raise ConfigError(f"{model} on Vertex AI embeds one text per request; max_batch=1.")
        if model.startswith("gemini-embedding"):
            max_batch = 1
        super().__init__(max_batch=max_batch, **options)
        project = project or os.environ.get("GOOGLE_CLOUD_PROJECT")
        if not project:
            raise ConfigError(
                "Vertex AI needs a project: pass project='...' or set GOOGLE_CLOUD_PROJECT."
            )
        self.model = model
        self.dims = _check(model, dims)
        self.name = f"vertex:{model}@{self.dims}"
        self.task_type = task_type
        origin = (endpoint_url or vertex_origin(location)).rstrip("/")
        self._url = (
            f"{origin}/v1/projects/{project}/locations/{location}"
            f"/publishers/google/models/{model}:predict"
        )
        self._token = GoogleToken(access_token)

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        body = {
            "instances": [{"content": t, "task_type": self.task_type} for t in texts],
            "parameters": {"outputDimensionality": self.dims, "autoTruncate": True},
        }
        auth = {"authorization": f"Bearer {await self._token.token()}"}
        data = await self._post(self._url, body, auth)
        try:
            values = [p["embeddings"]["values"] for p in data["predictions"]]
        except (KeyError, TypeError) as exc:
            raise EmbeddingAPIError(
                f"{self.name}: the answer has no predictions[].embeddings.values."
            ) from exc
        if len(values) != len(texts):
            raise EmbeddingAPIError(f"{self.name}: {len(values)} predictions for {len(texts)}.")
        return rows(values, "predictions", self.name)


class GeminiEmbedder(RemoteEmbedder):
    """The Gemini API's embeddings (``gemini-embedding-001`` by default, 768 dims).

    Args:
        api_key: the Gemini API key (default ``GEMINI_API_KEY`` / ``GOOGLE_API_KEY``), sent
            as ``x-goog-api-key``.
        base_url: default ``https://generativelanguage.googleapis.com``.
    """

    provider_max_batch = 100

    def __init__(
        self,
        model: str = "gemini-embedding-001",
        dims: int = 768,
        *,
        api_key: str | None = None,
        base_url: str = "https://generativelanguage.googleapis.com",
        task_type: str = "SEMANTIC_SIMILARITY",
        **options: Any,
    ) -> None:
        super().__init__(**options)
        api_key = api_key or os.environ.get("GEMINI_API_KEY") or os.environ.get("GOOGLE_API_KEY")
        if not api_key:
            raise ConfigError(
                "the Gemini API needs a key: pass api_key='...' or set GEMINI_API_KEY."
            )
        self.model = model.removeprefix("models/")
        self.dims = _check(self.model, dims)
        self.name = f"gemini:{self.model}@{self.dims}"
        self.task_type = task_type
        self._root = f"{base_url.rstrip('/')}/v1beta/models/{self.model}"
        self._auth = {"x-goog-api-key": api_key}

    def _request(self, text: str) -> dict[str, Any]:
        return {
            "model": f"models/{self.model}",
            "content": {"parts": [{"text": text}]},
            "taskType": self.task_type,
            "outputDimensionality": self.dims,
        }

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        try:
            if len(texts) == 1:
                data = await self._post(
                    f"{self._root}:embedContent", self._request(texts[0]), self._auth
                )
                values = [data["embedding"]["values"]]
            else:
                body = {"requests": [self._request(t) for t in texts]}
                data = await self._post(f"{self._root}:batchEmbedContents", body, self._auth)
                values = [e["values"] for e in data["embeddings"]]
        except (KeyError, TypeError) as exc:
            raise EmbeddingAPIError(f"{self.name}: the answer has no embedding values.") from exc
        if len(values) != len(texts):
            raise EmbeddingAPIError(f"{self.name}: {len(values)} embeddings for {len(texts)}.")
        return rows(values, "embeddings", self.name)
