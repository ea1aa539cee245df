"""Errors raised by yamabiko.

Every message says what was wrong, the offending value, and how to fix it.

    YamabikoError
    ├── InvalidInputError (also ValueError)   bad argument: prompt, threshold, TTL, context …
    ├── ConfigError                           bad setting in the environment or config file
    ├── EmbedderMismatchError                 store was filled by another embedder
    ├── EmbeddingAPIError                     a provider's embedding API failed or throttled
    ├── NotStoredError                        policy refused to store (sensitive data, size …)
    ├── UpstreamError                         the gateway's upstream LLM API failed (502 / 504)
    └── StoreError                            the store failed
        └── StoreUnavailableError             the store cannot be reached right now
"""

from __future__ import annotations


class YamabikoError(Exception):
    """Base class of every error yamabiko raises on purpose."""


class InvalidInputError(YamabikoError, ValueError):
    """An argument has a wrong type or value."""


class ConfigError(YamabikoError):
    """A setting (environment variable, config file, constructor option) is invalid."""


class EmbedderMismatchError(YamabikoError):
    """The store holds vectors of another embedder (name or dimensions differ)."""


class EmbeddingAPIError(YamabikoError):
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


class UpstreamError(YamabikoError):
    """The gateway's upstream could not be reached, timed out or broke before its answer;
    answered ``status`` (502 / 504) in the API's error format. ``kind`` is the metric label
    (``connect``, ``timeout``, ``read``)."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        self.status = status
        self.kind = kind
        self.message = message
        super().__init__(message)
