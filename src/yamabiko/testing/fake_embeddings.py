"""The fake upstream's embedding APIs: Bedrock Titan and Cohere (InvokeModel), Vertex AI
``:predict``, Gemini ``embedContent`` / ``batchEmbedContents``, OpenAI ``/v1/embeddings``.

Vectors are derived from the real local model (USE multilingual v3) so that similarities
behave like real ones: each provider model gets its own fixed random projection to the asked
dimensions (which keeps cosines close: a paraphrase stays a paraphrase) and its own fixed
"common direction" mixed in, which lifts every similarity by a model-specific amount
(``cos' ≈ (1 - lift) · cos + lift``) the way real models differ. A threshold tuned on one
model is therefore wrong for another here too, as it is with real providers. One OpenAI model
name, :data:`UNCHANGED`, answers the local model's own vectors, as a self-hosted
OpenAI-compatible server of that model would (``benchmarks/bench_lookup_guard.py --embedder
remote``: the same cosines as in-process, the model in another process).
"""

from __future__ import annotations

import asyncio
import re
import threading
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..embedders.local import USEMultilingual

#: how much each model family lifts every similarity (see the module docstring)
LIFT = {"titan": 0.15, "cohere": 0.25, "vertex": 0.30, "gemini": 0.35, "openai": 0.20}
#: the OpenAI model name whose vectors are the local model's, unchanged (512 dimensions)
UNCHANGED = "use-multilingual-v3"
_PREDICT = re.compile(r"/publishers/google/models/([^/:]+):predict$")
_GEMINI = re.compile(r"/models/([^/:]+):(embedContent|batchEmbedContents)$")
_BEDROCK = re.compile(r"^/model/([^/]+)/invoke$")


class FakeEmbeddings:
    """Computes provider-shaped embedding answers. ``model`` is the local embedder to derive
    from (shared with the tests to load it once); loaded lazily otherwise."""

    def __init__(self, model: Any = None) -> None:
        self._model = model
        self._lock = threading.Lock()
        self._projections: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        #: answer this many embedding requests 429 (throttled) before serving again
        self.throttle_next = 0
        self.requests = 0

    def _base(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            if self._model is None:
                self._model = USEMultilingual()
        model = getattr(self._model, "inner", self._model)  # a CachedEmbedder's model
        return np.asarray(model.embed_sync(list(texts)), dtype=np.float32)

    def _projection(self, model_id: str, dims: int) -> tuple[np.ndarray, np.ndarray]:
        key = (model_id, dims)
        if key not in self._projections:
            rng = np.random.default_rng(zlib.crc32(model_id.encode()))
            matrix = rng.standard_normal((512, dims)).astype(np.float32)
            common = rng.standard_normal(dims).astype(np.float32)
            self._projections[key] = (matrix, common / np.linalg.norm(common))
        return self._projections[key]

    def vectors(self, texts: Sequence[str], model_id: str, dims: int, family: str) -> np.ndarray:
        """Unit vectors for ``texts`` as provider model ``model_id`` with ``dims`` would give."""
        matrix, common = self._projection(model_id, dims)
        projected = self._base(texts) @ matrix
        projected /= np.linalg.norm(projected, axis=1, keepdims=True)
        lift = LIFT[family]
        out = np.sqrt(1 - lift) * projected + np.sqrt(lift) * common
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    async def handle(self, path: str, body: Any) -> tuple[int, dict[str, Any]] | None:
        """``(status, JSON answer)`` for an embedding request, None for any other path."""
        route = self._route(path, body)
        if route is None:
            return None
        self.requests += 1
        if self.throttle_next > 0:
            self.throttle_next -= 1
            message = "Too many requests, please wait before trying again."
            if path.startswith("/model/"):
                return 429, {"message": message}
            if path == "/v1/embeddings":
                return 429, {"error": {"message": message, "type": "rate_limit_error"}}
            return 429, {"error": {"code": 429, "message": message, "status": "RESOURCE_EXHAUSTED"}}
        if not isinstance(body, dict):
            return 400, {"message": "body is not a JSON object"}
        try:
            return await asyncio.to_thread(route, body)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            return 400, {"message": f"malformed embedding request: {exc!r}"}

    def _route(self, path: str, body: Any):
        if path == "/v1/embeddings":
            return self._openai
        if match := _PREDICT.search(path):
            return lambda b: self._vertex(match.group(1), b)
        if match := _GEMINI.search(path):
            return lambda b: self._gemini(match.group(1), match.group(2), b)
        if (match := _BEDROCK.match(path)) and "embed" in match.group(1):
            model = match.group(1).replace("%3A", ":").replace("%3a", ":")
            return (
                (lambda b: self._titan(model, b))
                if "titan" in model
                else (lambda b: self._cohere(model, b))
            )
        return None

    # -- providers ---------------------------------------------------------------------------------

    def _openai(self, body: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        dims = int(body.get("dimensions") or 512)
        if body.get("model") == UNCHANGED:
            vectors = self._base(texts)
        else:
            vectors = self.vectors(texts, str(body.get("model")), dims, "openai")
        data = [
            {"object": "embedding", "index": i, "embedding": v.tolist()}
            for i, v in enumerate(vectors)
        ]
        tokens = sum(len(t.split()) for t in texts)
        return 200, {
            "object": "list",
            "model": body.get("model"),
            "data": data,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }

    def _titan(self, model: str, body: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        text = body["inputText"]
        if not isinstance(text, str) or not text:
            return 400, {"message": "Malformed input request: inputText must be a string"}
        dims = int(body.get("dimensions", 1024))
        if dims not in (256, 512, 1024):
            return 400, {"message": f"Malformed input request: dimensions {dims} not allowed"}
        vector = self.vectors([text], model, dims, "titan")[0]
        if body.get("normalize") is False:
            vector = vector * 3.7  # Titan's raw vectors are not unit length
        return 200, {"embedding": vector.tolist(), "inputTextTokenCount": len(text.split())}

    def _cohere(self, model: str, body: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        texts = body["texts"]
        if not isinstance(texts, list) or not 1 <= len(texts) <= 96:
            return 400, {"message": "Malformed input request: texts must hold 1 to 96 strings"}
        dims = int(body.get("output_dimension", 1536 if "v4" in model else 1024))
        vectors = [v.tolist() for v in self.vectors(texts, model, dims, "cohere")]
        if body.get("embedding_types"):
            return 200, {
                "id": "fake",
                "embeddings": {"float": vectors},
                "response_type": "embeddings_by_type",
                "texts": texts,
            }
        return 200, {
            "id": "fake",
            "embeddings": vectors,
            "response_type": "embeddings_floats",
            "texts": texts,
        }

    def _vertex(self, model: str, body: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        instances = body["instances"]
        limit = 1 if model.startswith("gemini-embedding") else 250
        if not isinstance(instances, list) or not 1 <= len(instances) <= limit:
            return 400, {
                "error": {
                    "code": 400,
                    "message": f"{model} takes 1 to {limit} instances per request",
                    "status": "INVALID_ARGUMENT",
                }
            }
        dims = int((body.get("parameters") or {}).get("outputDimensionality") or 768)
        texts = [i["content"] for i in instances]
        vectors = self.vectors(texts, model, dims, "vertex")
        return 200, {
            "predictions": [
                {
                    "embeddings": {
                        "values": v.tolist(),
                        "statistics": {"truncated": False, "token_count": len(t.split())},
                    }
                }
                for t, v in zip(texts, vectors, strict=True)
            ]
        }

    def _gemini(self, model: str, action: str, body: Mapping[str, Any]) -> tuple[int, dict]:
        requests = body["requests"] if action == "batchEmbedContents" else [body]
        texts = [" ".join(p["text"] for p in r["content"]["parts"]) for r in requests]
        dims = int(requests[0].get("outputDimensionality") or 3072)
        vectors = [{"values": v.tolist()} for v in self.vectors(texts, model, dims, "gemini")]
        if action == "embedContent":
            return 200, {"embedding": vectors[0]}
        return 200, {"embeddings": vectors}
