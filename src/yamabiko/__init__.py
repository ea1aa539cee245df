"""yamabiko: a semantic cache for LLM applications.

>>> from yamabiko import SemanticCache
>>> cache = SemanticCache()                       # local model + SQLite file, no server
>>> cache.store("空はなぜ青いのですか?", "レイリー散乱のためです。")
>>> cache.lookup("空が青いのはなぜですか?").response
'レイリー散乱のためです。'
"""

from .cache import AsyncSemanticCache, SemanticCache
from .embedders import Embedder, USEMultilingual
from .errors import (
    ConfigError,
    EmbedderError,
    EmbedderMismatchError,
    EmbeddingAPIError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    StoreTimeoutError,
    StoreUnavailableError,
    UpstreamError,
    VerifierError,
    YamabikoError,
)
from .models import CacheStats, Candidate, Entry, Hit, Lookup, Timings, Verdict
from .policy import Decision, Policy, Rule
from .stores.local import LocalStore
from .verify import AcceptAll, Verifier

__version__ = "0.1.0"

__all__ = [
    "AcceptAll",
    "AsyncSemanticCache",
    "CacheStats",
    "Candidate",
    "ConfigError",
    "Decision",
    "Embedder",
    "EmbedderError",
    "EmbedderMismatchError",
    "EmbeddingAPIError",
    "Entry",
    "Hit",
    "InvalidInputError",
    "LocalStore",
    "Lookup",
    "NotStoredError",
    "Policy",
    "Rule",
    "SemanticCache",
    "StoreError",
    "StoreTimeoutError",
    "StoreUnavailableError",
    "Timings",
    "USEMultilingual",
    "UpstreamError",
    "Verdict",
    "Verifier",
    "VerifierError",
    "YamabikoError",
    "__version__",
]
