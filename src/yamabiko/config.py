"""Settings: the only reader of ``YAMABIKO_*`` environment variables and the config file.

Precedence (highest first): explicit arguments (CLI flags, constructor arguments), environment
variables, the config file (``--config`` or ``YAMABIKO_CONFIG``; TOML, or YAML if PyYAML is
installed), built-in defaults.

Config file layout (TOML)::

    [cache]
    path = "/var/lib/yamabiko/cache.sqlite3"   # or store = "valkey://localhost:6379/0"
    min_similarity = 0.9
    ttl = 3600                                 # seconds; "none" = never expire
    max_entries = 100000
    language_in_context = true
    max_age = 86400                            # global cap on any entry's age, seconds
    max_prompt_chars = 4000                    # longer prompts bypass (reason too-long)
    lookup_budget = 0.5                        # seconds a lookup may wait on the store
    write_budget = 5.0                         # seconds a store may wait on the store
    conversation = "semantic"                  # earlier turns by meaning; "exact": byte-equal

    [embedder]           # read by yamabiko.embedders.choose: name = "titan", dims = 1024 …
    [gateway]            # read by yamabiko.gateway (see its docs)
    [[policy.rules]]     # read by yamabiko.policy (see its docs)
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .cache import AsyncSemanticCache
from .config_file import parse_bool, read_config_file
from .embedders.choose import configured_embedder
from .errors import ConfigError, YamabikoError
from .policy import Policy
from .registry import open_store
from .verify import AcceptAll

ENV_PREFIX = "YAMABIKO_"


def _parse_optional_float(raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("none", "")):
        return None
    value = float(raw)
    if math.isinf(value):
        return None
    return value


def _similarity(raw: Any) -> float | None:
    from .cache import check_min_similarity

    value = _parse_optional_float(raw)
    return None if value is None else check_min_similarity(value, "the value")


def _positive(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(raw: Any) -> Any:
        value = parse(raw)
        if value is not None and value <= 0:
            raise ValueError("it must be > 0 (or none)")
        return value

    return check


def _parse_optional_int(raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("none", "")):
        return None
    if isinstance(raw, float) and not raw.is_integer():
        raise ValueError("expected a whole number")
    return int(raw)


@dataclass
class CacheSettings:
    """The ``[cache]`` section. ``store`` is ``local`` or a ``valkey://`` / ``redis://`` URL."""

    store: str = "local"
    path: str | None = None
    min_similarity: float | None = None
    ttl: float | None = 3600.0
    max_entries: int | None = None
    max_bytes: int | None = None
    language_in_context: bool = True
    guard: bool = True
    max_age: float | None = None
    max_prompt_chars: int | None = None
    lookup_budget: float | None = None
    write_budget: float | None = None
    conversation: str = "semantic"


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "store": str,
    "path": lambda raw: None if raw in (None, "") else str(raw),
    "min_similarity": _similarity,
    "ttl": _positive(_parse_optional_float),
    "max_entries": _positive(_parse_optional_int),
    "max_bytes": _positive(_parse_optional_int),
    "language_in_context": parse_bool,
    "guard": parse_bool,
    "max_age": _positive(_parse_optional_float),
    "max_prompt_chars": _parse_optional_int,
    "lookup_budget": _parse_optional_float,
    "write_budget": _parse_optional_float,
    "conversation": str,
}


@dataclass
class Settings:
    """Everything read from the environment and the config file."""

    cache: CacheSettings = field(default_factory=CacheSettings)
    #: raw sections for the gateway and the policy, validated by their own modules
    sections: dict[str, Any] = field(default_factory=dict)
    source: str = "defaults"
    #: ``--embedder SPEC`` (over the ``[embedder]`` table and ``YAMABIKO_EMBEDDER*``)
    embedder: str | None = None
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)

    def build_cache(self, **overrides: Any) -> AsyncSemanticCache:
        """Create the AsyncSemanticCache these settings describe (store not opened yet)."""
        c = self.cache
        kwargs: dict[str, Any] = {
            "ttl": c.ttl,
            "language_in_context": c.language_in_context,
            "max_age": c.max_age,
            "conversation": c.conversation,
        }
        for name in ("min_similarity", "max_prompt_chars", "lookup_budget", "write_budget"):
            if getattr(c, name) is not None:
                kwargs[name] = getattr(c, name)
        if not c.guard:
            kwargs["verifier"] = AcceptAll()
        policy = self.build_policy()
        if policy is not None:
            kwargs["policy"] = policy
        embedder = self.build_embedder()
        if embedder is not None:
            kwargs["embedder"] = embedder
        from .verify.config import build_review

        review = build_review(self.sections.get("verify"), self.source)
        if review is not None:
            kwargs["review"] = review
        if c.store == "local":
            kwargs.update(path=c.path, max_entries=c.max_entries, max_bytes=c.max_bytes)
        else:
            kwargs["store"] = open_store(c.store, max_entries=c.max_entries)
        kwargs.update(overrides)
        try:
            return AsyncSemanticCache(**kwargs)
        except YamabikoError as exc:
            raise ConfigError(f"{self.source}: {exc}") from exc

    def build_embedder(self):  # -> Embedder | None
        """The embedder the settings choose (None: the default local model)."""

        return configured_embedder(
            self.sections.get("embedder"), self.env, self.embedder, self.source
        )

    def build_policy(self) -> Policy | None:
        """The policy of the ``[policy]`` section, or None for the default policy."""
        data = self.sections.get("policy")
        if not data:
            return None
        return Policy.from_config(data, self.source)


def open_store_url(url: str, **options: Any) -> Any:
    """A store for a URL: ``valkey://``, ``valkeys://``, ``redis://`` or ``rediss://`` (see
    :func:`yamabiko.registry.open_store`)."""
    return open_store(url, **options)


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Read the config file (if any) and ``YAMABIKO_*`` variables into :class:`Settings`."""
    env = os.environ if env is None else env
    config_path = config_path or env.get(f"{ENV_PREFIX}CONFIG") or None
    data: dict[str, Any] = read_config_file(config_path) if config_path else {}
    source = str(config_path) if config_path else "environment"
    cache = CacheSettings()
    known = {f.name for f in fields(CacheSettings)}
    section = data.get("cache", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{source}: [cache] must be a table, got {section!r:.60}.")
    for key, raw in section.items():
        if key not in known:
            raise ConfigError(
                f"{source}: unknown setting cache.{key}; "
                f"known settings: {', '.join(sorted(known))}."
            )
        _assign(cache, key, raw, f"{source}: cache.{key}")
    for key in known:
        raw = env.get(f"{ENV_PREFIX}{key.upper()}")
        if raw is not None:
            _assign(cache, key, raw, f"environment variable {ENV_PREFIX}{key.upper()}")
    sections = {k: v for k, v in data.items() if k != "cache"}
    settings = Settings(cache=cache, sections=sections, source=source, env=env)
    check_cache_settings(settings)
    return settings


def check_cache_settings(settings: Settings) -> None:
    """The cross-field checks every entry point shares (serve, stats, warm, ...), run again
    after command-line flags changed the store: the same values are accepted or rejected
    whichever command reads them."""
    if settings.cache.store != "local":
        open_store_url(settings.cache.store, max_entries=settings.cache.max_entries)


def gateway_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``YAMABIKO_GATEWAY_*`` variables, keyed by the rest of the name in lower case
    (``YAMABIKO_GATEWAY_ADMIN_TOKEN`` -> ``admin_token``); validated by the gateway."""
    env = os.environ if env is None else env
    prefix = f"{ENV_PREFIX}GATEWAY_"
    return {k[len(prefix) :].lower(): v for k, v in env.items() if k.startswith(prefix)}


def _assign(target: CacheSettings, key: str, raw: Any, where: str) -> None:
    try:
        setattr(target, key, _PARSERS[key](raw))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where} is {raw!r}: {str(exc).rstrip('.')}.") from exc
