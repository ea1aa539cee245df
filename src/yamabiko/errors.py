"""Errors raised by yamabiko.

Every message says what was wrong, the offending value, and how to fix it.

    YamabikoError
    ├── InvalidInputError (also ValueError)   bad argument: prompt, threshold, TTL, context …
    ├── ConfigError                           bad setting in the environment or config file
    ├── NotStoredError                        policy refused to store (sensitive data, size …)
    ├── EmbedderError                         the embedder failed or does not fit the store
    │   ├── EmbeddingAPIError                 a provider's embedding API failed or throttled
    │   └── EmbedderMismatchError             store was filled by another embedder
    ├── UpstreamError                         the gateway's upstream LLM API: ``kind`` connect,
    │                                         timeout, read (502 / 504), or refused (the
    │                                         gateway cannot send it, e.g. nothing to sign with)
    ├── VerifierError                         a lookup's check of its candidates raised (the
    │                                         verifier, the query's preparation or the
    │                                         conversation check; the cause ``__cause__``)
    ├── BulkLoadStopped                       a bulk load (``bulk.store_many``, ``yamabiko
    │                                         warm``) stopped by its store or embedder failing
    │                                         (the cause ``__cause__``; ``result``, ``resume_at``)
    └── StoreError                            the store failed
        └── StoreUnavailableError             the store cannot be reached right now
            └── StoreTimeoutError             past a lookup / write budget (``reason``: the miss
                                              reason, e.g. ``store-timeout``)

Where foreign errors enter the tree: a network store's driver errors at one boundary,
:func:`yamabiko.storegate.guarded`, from the table of driver exceptions each store declares
(``DRIVER_ERRORS`` in ``stores/valkey/connection.py`` and ``stores/postgres/pool.py``) and, for
whatever is left (the embedded store's SQLite errors among them), at the cache's one boundary
with its store (:func:`yamabiko.storegate.store_errors`); HTTP
errors of a remote embedder in ``embedders/remote.py``; HTTP errors of the gateway's upstream
in ``gateway/relay.py``. A lookup never raises them: it is a miss whose reason names the error.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, Literal

#: What went wrong with the gateway's upstream (the metric label of :class:`UpstreamError`).
UpstreamFailure = Literal["connect", "timeout", "read", "refused"]


def did_you_mean(value: object, choices: Iterable[str]) -> str:
    """`` Did you mean 'x'?`` for the choice closest to a mistyped ``value``, else ``""``:
    the hint of an error message about an unknown name."""
    close = difflib.get_close_matches(str(value), list(choices), n=1)
    return f" Did you mean {close[0]!r}?" if close else ""


class YamabikoError(Exception):
    """Base class of every error yamabiko raises on purpose."""


class InvalidInputError(YamabikoError, ValueError):
    """An argument has a wrong type or value."""


class ConfigError(YamabikoError):
    """A setting (environment variable, config file, constructor option) is invalid."""


class EmbedderError(YamabikoError):
    """The embedder failed, or does not fit the store."""


class EmbedderMismatchError(EmbedderError):
    """The store holds vectors of another embedder (name or dimensions differ)."""


class EmbeddingAPIError(EmbedderError):
    """A remote embedding API answered with an error, an unexpected body, or kept throttling
    past the deadline. The cache treats it as a miss (fail open)."""


class NotStoredError(YamabikoError):
    """The policy refused to store an answer; ``reason`` says why (e.g. ``sensitive:email``)."""

    def __init__(self, reason: str, message: str | None = None) -> None:
        self.reason = reason
        super().__init__(message or f"not stored: {reason}")


class StoreError(YamabikoError):
    """The store failed to carry out an operation."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached (down, timed out, circuit open)."""


class StoreTimeoutError(StoreUnavailableError):
    """A store operation did not finish within its budget (:func:`yamabiko.storegate.within`,
    or a store that is not open yet); ``reason`` is the miss reason (``store-timeout``,
    ``store-unavailable``)."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


class UpstreamError(YamabikoError):
    """The gateway's upstream could not be reached (``kind`` ``connect``, 502), timed out
    (``timeout``, 504) or broke before its answer (``read``, 502), or the gateway would not
    send the request (``refused``, e.g. 403: no credentials to sign it with); answered
    ``status`` with ``message`` in the API's error format. ``kind`` is the metric label of
    upstream failures (a refusal is not one, see :attr:`failed`)."""

    def __init__(self, status: int, kind: UpstreamFailure, message: str) -> None:
        self.status = status
        self.kind = kind
        self.message = message
        super().__init__(message)

    @property
    def failed(self) -> bool:
        """True when the upstream failed (counted), False when the gateway refused to send."""
        return self.kind != "refused"


class VerifierError(YamabikoError):
    """The check of a lookup's candidates raised: the verifier (a user's own, or the guard),
    the query's preparation for it, or the conversation check of earlier turns. The lookup is
    a miss whose reason names it (``error:verifier:<type>``), never a hit left unchecked; the
    store is not at fault, so its health is untouched. The original error is ``__cause__``."""

    def __init__(self, cause: BaseException) -> None:
        self.detail = f"verifier:{type(cause).__name__}"
        super().__init__(
            f"the verifier raised {type(cause).__name__}: {cause}; the lookup is a miss. "
            "A verifier's verify(query, candidate, lang) must return a Verdict."
        )


class BulkLoadStopped(YamabikoError):
    """The store or the embedder failed during a bulk load (:func:`yamabiko.bulk.store_many`),
    which stopped there (the cause is ``__cause__``). ``result`` (a
    :class:`~yamabiko.bulk.BulkResult`) is what the load did before: ``result.stored`` rows
    are in the store. Rows from number ``resume_at`` on may not all be: load them again (a row
    loaded twice replaces its entry)."""

    def __init__(self, message: str, result: Any, resume_at: int) -> None:
        super().__init__(message)
        self.result = result
        self.resume_at = resume_at
