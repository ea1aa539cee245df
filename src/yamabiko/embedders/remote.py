"""What every provider embedder shares: batching, timeouts, retry on throttling within a
deadline, and one error type.

A subclass says how one batch becomes one HTTP request (:meth:`RemoteEmbedder._embed_batch`,
using :meth:`RemoteEmbedder._post`). :meth:`RemoteEmbedder.embed` splits the texts into batches
of ``max_batch``, runs up to ``concurrency`` of them at a time, and retries a throttled batch
(HTTP 429, ``ThrottlingException``, ``RESOURCE_EXHAUSTED``) with jittered exponential back-off
(or the ``Retry-After`` the API sends) until ``deadline_s`` has passed since the call began.
Every failure is an :class:`~yamabiko.errors.EmbeddingAPIError`, which the cache treats as a
miss: the LLM call goes on without the cache (fail open). Needs ``httpx``.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import ConfigError, EmbeddingAPIError

#: error codes that mean "slow down" in the providers' error bodies
THROTTLING = frozenset(
    {"ThrottlingException", "TooManyRequestsException", "RESOURCE_EXHAUSTED", "rate_limit_error"}
)


class Throttled(Exception):
    """One request was throttled; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, retry_after: float | None) -> None:
        self.retry_after = retry_after
        super().__init__("throttled")


def _error_code(body: Any, headers: Mapping[str, str]) -> str:
    code = headers.get("x-amzn-errortype", "").split(":", 1)[0]
    if code or not isinstance(body, dict):
        return code
    error = body.get("error")
    if isinstance(error, dict):
        return str(error.get("status") or error.get("type") or error.get("code") or "")
    return str(body.get("__type", "")).rsplit("#", 1)[-1]


def check_dims(dims: Any, allowed: Sequence[int] | None, model: str) -> int:
    """``dims`` as an int, checked against the model's ``allowed`` output sizes."""
    if not isinstance(dims, int) or isinstance(dims, bool) or dims <= 0:
        raise ConfigError(f"dims is {dims!r}; give the model's vector length, e.g. 1024.")
    if allowed and dims not in allowed:
        raise ConfigError(
            f"dims is {dims} but {model} returns {', '.join(map(str, allowed))} dimensions; "
            "choose one of those."
        )
    return dims


class RemoteEmbedder:
    """Base class of the HTTP embedders (see the module docstring).

    Args:
        timeout_s: per HTTP request.
        deadline_s: the whole ``embed`` call, retries included.
        max_batch: texts per request (the provider's limit, or lower).
        concurrency: requests in flight at once for one ``embed`` call.
    """

    name: str
    dims: int
    #: the provider's own limit of texts per request
    provider_max_batch = 96

    def __init__(
        self,
        *,
        timeout_s: float = 10.0,
        deadline_s: float = 20.0,
        max_batch: int | None = None,
        concurrency: int = 4,
    ) -> None:
        if timeout_s <= 0 or deadline_s <= 0:
            raise ConfigError(
                f"timeout_s ({timeout_s}) and deadline_s ({deadline_s}) must be positive seconds."
            )
        batch = max_batch or self.provider_max_batch
        if not 1 <= batch <= self.provider_max_batch:
            raise ConfigError(
                f"max_batch is {max_batch}; {type(self).__name__} sends 1 to "
                f"{self.provider_max_batch} texts per request."
            )
        self.timeout_s = timeout_s
        self.deadline_s = deadline_s
        self.max_batch = batch
        self.concurrency = max(1, concurrency)
        self.retries = 0  # throttled requests retried, for stats and tests
        self._client: Any = None
        self._client_loop: Any = None

    # -- the subclass's part ---------------------------------------------------------------------

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        """One request for ``texts`` (at most ``max_batch``); raise :class:`Throttled` to retry."""
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------------

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for ``texts`` (shape ``(len(texts), dims)``), batched and retried."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        deadline = time.monotonic() + self.deadline_s
        gate = asyncio.Semaphore(self.concurrency)
        batches = [texts[i : i + self.max_batch] for i in range(0, len(texts), self.max_batch)]

        async def one(batch: list[str]) -> np.ndarray:
            async with gate:
                return await self._with_retry(batch, deadline)

        parts = await asyncio.gather(*(one(b) for b in batches))
        vectors = np.concatenate(parts).astype(np.float32, copy=False)
        if vectors.shape != (len(texts), self.dims):
            raise EmbeddingAPIError(
                f"{self.name} returned vectors of shape {vectors.shape}, expected "
                f"({len(texts)}, {self.dims}); check the model name and dims={self.dims}."
            )
        return vectors

    async def _with_retry(self, batch: list[str], deadline: float) -> np.ndarray:
        attempt = 0
        while True:
            try:
                return await self._embed_batch(batch)
            except Throttled as exc:
                attempt += 1
                wait = exc.retry_after or min(2.0, 0.05 * 2**attempt) * (0.5 + random.random())
                if time.monotonic() + wait > deadline:
                    raise EmbeddingAPIError(
                        f"{self.name} kept throttling the embedding requests for "
                        f"{self.deadline_s:g} s (deadline_s); the call goes on uncached. Raise "
                        "the provider's quota or deadline_s."
                    ) from None
                self.retries += 1
                await asyncio.sleep(wait)

    async def _post(
        self, url: str, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> Any:
        """POST ``body`` as JSON; the decoded JSON answer. Raises Throttled or
        EmbeddingAPIError (the message never includes the request's headers)."""
        import httpx

        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:  # one client per event loop
            self._client = httpx.AsyncClient(timeout=self.timeout_s, trust_env=False)
            self._client_loop = loop
        raw = json.dumps(body).encode()
        send_headers = {"content-type": "application/json", "accept": "application/json"}
        send_headers.update(self._sign("POST", url, send_headers, raw))
        send_headers.update(headers or {})
        try:
            response = await self._client.post(url, content=raw, headers=send_headers)
        except httpx.TimeoutException:
            raise EmbeddingAPIError(
                f"{self.name}: {url} did not answer within {self.timeout_s:g} s (timeout_s)."
            ) from None
        except httpx.HTTPError as exc:
            raise EmbeddingAPIError(f"{self.name}: request to {url} failed: {exc!r}") from None
        try:
            data = response.json()
        except ValueError:
            data = None
        code = _error_code(data, response.headers)
        if response.status_code == 429 or code in THROTTLING:
            retry = response.headers.get("retry-after", "")
            raise Throttled(float(retry) if retry.replace(".", "", 1).isdigit() else None)
        if response.status_code != 200 or data is None:
            raise EmbeddingAPIError(
                f"{self.name}: {url} answered {response.status_code} {code or ''}: "
                f"{response.text[:200]}"
            )
        return data

    def _sign(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> dict:
        """Extra headers that authenticate the request (none by default)."""
        return {}

    async def aclose(self) -> None:
        """Close the HTTP client."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None


def rows(values: Any, what: str, name: str) -> np.ndarray:
    """A list of vectors from a provider's answer as a float32 matrix."""
    try:
        return np.asarray(values, dtype=np.float32).reshape(len(values), -1)
    except (TypeError, ValueError) as exc:
        raise EmbeddingAPIError(f"{name}: the answer's {what} is not a list of vectors.") from exc
