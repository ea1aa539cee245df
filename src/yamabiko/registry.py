"""Where stores, embedders and gateway adapters are registered, by name, and built from
configuration.

One registry per kind, each a mapping from a name to ``"module:attribute"`` of a factory
(resolved on first use, so that optional dependencies load only when chosen). A new backend
is one line here (or one :func:`register_store` / :func:`register_embedder` /
:func:`register_adapter` call from a plugin, before the gateway starts):

* stores by URL scheme: ``local`` (the embedded SQLite store), ``valkey``/``redis`` URLs,
  ``postgresql`` URLs (PostgreSQL + pgvector);
* embedders by name: ``use`` (the default local model), ``openai`` (any OpenAI-compatible
  embeddings API; options ``model``, ``dims``, ``base_url``, ``api_key``), ``titan`` and
  ``bedrock-cohere`` (Bedrock), ``vertex`` and ``gemini`` (Google); how one is chosen from the
  config, the environment and flags: :mod:`yamabiko.embedders.choose`;
* gateway adapters by API name, in the order their routes are tried: ``openai``, ``responses``,
  ``completions``, ``azure``, ``anthropic``, ``vertex``, ``bedrock``, ``gemini``, and the opt-in
  exact caches ``embeddings`` and ``gemini-embed`` (``gateway.exact_cache``); config-defined
  JSONPath routes are added by the gateway from ``[[gateway.routes]]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import ConfigError, did_you_mean

#: Store factories by URL scheme (``local`` for a path or no URL).
STORES: dict[str, str] = {
    "local": "yamabiko.stores.local:LocalStore",
    "valkey": "yamabiko.stores.valkey:ValkeyStore",
    "valkeys": "yamabiko.stores.valkey:ValkeyStore",
    "redis": "yamabiko.stores.valkey:ValkeyStore",
    "rediss": "yamabiko.stores.valkey:ValkeyStore",
    "valkey+cluster": "yamabiko.stores.valkey:ValkeyStore",
    "valkeys+cluster": "yamabiko.stores.valkey:ValkeyStore",
    "redis+cluster": "yamabiko.stores.valkey:ValkeyStore",
    "rediss+cluster": "yamabiko.stores.valkey:ValkeyStore",
    "postgresql": "yamabiko.stores.postgres:PostgresStore",
    "postgres": "yamabiko.stores.postgres:PostgresStore",
}

#: Embedder factories by name.
EMBEDDERS: dict[str, str] = {
    "use": "yamabiko.embedders.local:USEMultilingual",
    "openai": "yamabiko.embedders.openai:OpenAIEmbedder",
    "titan": "yamabiko.embedders.bedrock:TitanEmbedder",
    "bedrock-cohere": "yamabiko.embedders.bedrock:CohereBedrockEmbedder",
    "vertex": "yamabiko.embedders.google:VertexEmbedder",
    "gemini": "yamabiko.embedders.google:GeminiEmbedder",
}

#: Gateway adapter classes by API name, in the order their routes are tried and passthrough
#: requests are offered to them (the first whose ``claims()`` is true gets an uncached path).
ADAPTERS: dict[str, str] = {
    "openai": "yamabiko.gateway.adapters.openai:OpenAIAdapter",
    "responses": "yamabiko.gateway.adapters.responses:ResponsesAdapter",
    "completions": "yamabiko.gateway.adapters.completions:CompletionsAdapter",
    "azure": "yamabiko.gateway.adapters.azure:AzureOpenAIAdapter",
    "anthropic": "yamabiko.gateway.adapters.anthropic:AnthropicAdapter",
    "vertex": "yamabiko.gateway.adapters.vertex:VertexAdapter",
    "bedrock": "yamabiko.gateway.adapters.bedrock:BedrockAdapter",
    "gemini": "yamabiko.gateway.adapters.gemini:GeminiAdapter",
    "embeddings": "yamabiko.gateway.adapters.embeddings:EmbeddingsAdapter",
    "gemini-embed": "yamabiko.gateway.adapters.embeddings:GeminiEmbedAdapter",
}

#: Extras to install for an optional backend, by the module that needs them.
_EXTRAS = {
    "yamabiko.stores.valkey": "valkey",
    "yamabiko.stores.postgres": "postgres",
    "yamabiko.embedders.openai": "gateway",
    "yamabiko.embedders.bedrock": "bedrock",
    "yamabiko.embedders.google": "vertex",
}

DEFAULT_EMBEDDER = "use"


def register_store(scheme: str, factory: str) -> None:
    """Register a store factory (``"package.module:Class"``) for a URL scheme."""
    STORES[scheme.lower()] = factory


def register_embedder(name: str, factory: str) -> None:
    """Register an embedder factory (``"package.module:Class"``) under ``name``."""
    EMBEDDERS[name] = factory


def register_adapter(name: str, factory: str) -> None:
    """Register a gateway adapter class (``"package.module:Class"``, a subclass of
    :class:`yamabiko.gateway.adapters.base.Adapter`) under its API name; a new name is tried
    after the built-in ones."""
    ADAPTERS[name] = factory


def adapter_classes() -> list[Any]:
    """The registered gateway adapter classes, in the order their routes are tried."""
    return [resolve(spec) for spec in ADAPTERS.values()]


def resolve(spec: str) -> Callable[..., Any]:
    """The object a ``"module:attribute"`` spec names; ConfigError if its extra is missing."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        extra = _EXTRAS.get(module_name, "all")
        raise ConfigError(
            f"{module_name} cannot be imported ({exc}); install its dependencies: "
            f"pip install 'yamabiko[{extra}]'."
        ) from exc
    return getattr(module, attr)


def _lookup(registry: dict[str, str], name: str, what: str, example: str) -> str:
    spec = registry.get(name)
    if spec is None:
        hint = did_you_mean(name, list(registry))
        raise ConfigError(
            f"{what} {name!r} is not known.{hint} Known: {', '.join(sorted(registry))} "
            f"(e.g. {example})."
        )
    return spec


def make_embedder(name: str = DEFAULT_EMBEDDER, **options: Any) -> Any:
    """Build the embedder registered as ``name`` with ``options``."""
    spec = _lookup(EMBEDDERS, name, "embedder", "embedder = 'use'")
    return resolve(spec)(**options)


def default_embedder() -> Any:
    """The default embedder (the local multilingual model)."""
    return make_embedder(DEFAULT_EMBEDDER)


def store_scheme(url: str | None) -> str:
    """``local`` for None or ``"local"``; else the URL's scheme, ``""`` if it has none (a path
    or a typo is not a store: the embedded store's file is the ``path`` option)."""
    if url is None or url == "local":
        return "local"
    scheme, sep, _ = url.partition("://")
    return scheme.lower() if sep else ""


def open_store(url: str | None = None, **options: Any) -> Any:
    """Build (not open) the store for ``url``: ``None``/``"local"`` (options ``path``,
    ``max_entries``, ``max_bytes``), a ``valkey://``/``redis://`` URL, or a ``postgresql://``
    URL (options ``max_entries``, ``max_bytes``)."""
    scheme = store_scheme(url)
    example = (
        "'local' or valkey://host:6379/0, redis://:password@host:6379/0, rediss://…, "
        "postgresql://user:password@host:5432/db"
    )
    if scheme not in STORES:
        raise ConfigError(
            f"store {url!r} is not understood; use {example}. Known schemes: "
            f"{', '.join(sorted(STORES))}."
        )
    factory = resolve(STORES[scheme])
    options = {k: v for k, v in options.items() if v is not None}
    if scheme == "local":
        return factory(options.pop("path", None), **options)
    if options.pop("path", None) is not None:
        raise ConfigError(f"path is for the local store; {url.split('@')[-1]!r} is a server.")
    if STORES[scheme].endswith(":ValkeyStore") and options.pop("max_entries", None) is not None:
        raise ConfigError(
            f"max_entries is not supported with the Valkey store {url.split('@')[-1]!r}: "
            "capacity is the server's memory limit (maxmemory, maxmemory-policy "
            "volatile-lru); unset max_entries."
        )
    return factory(url, **options)


def default_store(path: str | Path | None = None, **options: Any) -> Any:
    """The embedded SQLite store at ``path`` (default in the user's cache directory)."""
    return open_store(None, path=path, **options)
