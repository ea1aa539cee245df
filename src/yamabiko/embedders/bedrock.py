"""Embeddings from Amazon Bedrock: Titan Text Embeddings and Cohere Embed (InvokeModel).

Requests are signed with SigV4 (:mod:`yamabiko.cloud.aws`; credentials from the standard AWS
chain unless given). Needs ``pip install 'yamabiko[bedrock]'``.

    >>> cache = SemanticCache(embedder=TitanEmbedder(dims=1024, region="us-east-1"))
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import numpy as np

from ..cloud.aws import SigV4Signer, bedrock_runtime_url
from ..errors import EmbeddingAPIError
from .remote import RemoteEmbedder, check_dims, rows

#: output sizes each Titan text model offers
TITAN_DIMS = {
    "amazon.titan-embed-text-v2:0": (256, 512, 1024),
    "amazon.titan-embed-text-v1": (1536,),
}
#: output sizes of the Cohere models on Bedrock (v4 picks one with ``output_dimension``)
COHERE_DIMS = {
    "cohere.embed-english-v3": (1024,),
    "cohere.embed-multilingual-v3": (1024,),
    "cohere.embed-v4:0": (256, 512, 1024, 1536),
}


class _BedrockEmbedder(RemoteEmbedder):
    def __init__(
        self,
        model: str,
        dims: int,
        allowed: dict[str, tuple[int, ...]],
        *,
        region: str | None,
        endpoint_url: str | None,
        profile: str | None,
        access_key_id: str | None,
        secret_access_key: str | None,
        session_token: str | None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self.model = model
        self.dims = check_dims(dims, allowed.get(model), model)
        self.name = f"bedrock:{model}"
        self._signer = SigV4Signer(
            region,
            profile=profile,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            session_token=session_token,
        )
        origin = (endpoint_url or bedrock_runtime_url(self._signer.region)).rstrip("/")
        self._url = f"{origin}/model/{quote(model, safe='')}/invoke"

    def _sign(self, method: str, url: str, headers: Any, body: bytes) -> dict:
        return self._signer.sign(method, url, headers, body)


class TitanEmbedder(_BedrockEmbedder):
    """Amazon Titan Text Embeddings (v2 by default: 256, 512 or 1,024 dims, normalised).

    Titan embeds one text per request; a batch runs as ``concurrency`` parallel requests.
    Other arguments: ``region``, ``endpoint_url``, ``profile``, explicit credentials, and
    :class:`~yamabiko.embedders.remote.RemoteEmbedder`'s ``timeout_s``, ``deadline_s``.
    """

    provider_max_batch = 1

    def __init__(
        self,
        model: str = "amazon.titan-embed-text-v2:0",
        dims: int = 1024,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        concurrency: int = 8,
        **options: Any,
    ) -> None:
        super().__init__(
            model, dims, TITAN_DIMS, region=region, endpoint_url=endpoint_url, profile=profile,
            access_key_id=access_key_id, secret_access_key=secret_access_key,
            session_token=session_token, concurrency=concurrency, **options,
        )  # fmt: skip
        if model in TITAN_DIMS and model != "amazon.titan-embed-text-v1":
            self.name = f"bedrock:{model}@{self.dims}"

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        body: dict[str, Any] = {"inputText": texts[0]}
        if self.model != "amazon.titan-embed-text-v1":
            body.update(dimensions=self.dims, normalize=True)
        data = await self._post(self._url, body)
        if not isinstance(data, dict) or not isinstance(data.get("embedding"), list):
            raise EmbeddingAPIError(f"{self.name}: the answer has no 'embedding' list.")
        return rows([data["embedding"]], "embedding", self.name)


class CohereBedrockEmbedder(_BedrockEmbedder):
    """Cohere Embed on Bedrock (``cohere.embed-multilingual-v3`` by default, 1,024 dims).

    Up to 96 texts per request. ``input_type`` is ``search_query`` for both sides of a cache
    comparison (a prompt against earlier prompts).
    """

    provider_max_batch = 96

    def __init__(
        self,
        model: str = "cohere.embed-multilingual-v3",
        dims: int = 1024,
        *,
        input_type: str = "search_query",
        region: str | None = None,
        endpoint_url: str | None = None,
        profile: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            model, dims, COHERE_DIMS, region=region, endpoint_url=endpoint_url, profile=profile,
            access_key_id=access_key_id, secret_access_key=secret_access_key,
            session_token=session_token, **options,
        )  # fmt: skip
        self.input_type = input_type
        if model == "cohere.embed-v4:0":
            self.name = f"bedrock:{model}@{self.dims}"

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        body: dict[str, Any] = {"texts": texts, "input_type": self.input_type, "truncate": "END"}
        if self.model == "cohere.embed-v4:0":
            body.update(output_dimension=self.dims, embedding_types=["float"])
        data = await self._post(self._url, body)
        embeddings = data.get("embeddings") if isinstance(data, dict) else None
        if isinstance(embeddings, dict):  # response_type embeddings_by_type
            embeddings = embeddings.get("float")
        if not isinstance(embeddings, list) or len(embeddings) != len(texts):
            raise EmbeddingAPIError(f"{self.name}: the answer has no 'embeddings' per text.")
        return rows(embeddings, "embeddings", self.name)
