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
    lookup_budget = 0.15                       # seconds a lookup may wait on the store
    write_budget = 5.0                         # seconds a store may wait on the store

    [gateway]            # read by yamabiko.gateway (see its docs)
    [[policy.rules]]     # read by yamabiko.policy (see its docs)
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError, YamabikoError

ENV_PREFIX = "YAMABIKO_"


def parse_bool(raw: Any) -> bool:
    """true/false, 1/0, yes/no, on/off (any case) as a bool; ValueError otherwise."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true/false (or 1/0, yes/no, on/off)")


def _parse_optional_float(raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("none", "")):
        return None
    value = float(raw)
    if math.isinf(value):
        return None
    return value


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


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "store": str,
    "path": lambda raw: None if raw in (None, "") else str(raw),
    "min_similarity": _parse_optional_float,
    "ttl": _parse_optional_float,
    "max_entries": _parse_optional_int,
    "max_bytes": _parse_optional_int,
    "language_in_context": parse_bool,
    "guard": parse_bool,
    "max_age": _parse_optional_float,
    "max_prompt_chars": _parse_optional_int,
    "lookup_budget": _parse_optional_float,
    "write_budget": _parse_optional_float,
}


@dataclass
class Settings:
    """Everything read from the environment and the config file."""

    cache: CacheSettings = field(default_factory=CacheSettings)
    #: raw sections for the gateway and the policy, validated by their own modules
    sections: dict[str, Any] = field(default_factory=dict)
    source: str = "defaults"

    def build_cache(self, **overrides: Any):  # -> AsyncSemanticCache
        """Create the AsyncSemanticCache these settings describe (store not opened yet)."""
        from .cache import AsyncSemanticCache
        from .verify import AcceptAll

        c = self.cache
        kwargs: dict[str, Any] = {
            "ttl": c.ttl,
            "language_in_context": c.language_in_context,
            "max_age": c.max_age,
        }
        for name in ("min_similarity", "max_prompt_chars", "lookup_budget", "write_budget"):
            if getattr(c, name) is not None:
                kwargs[name] = getattr(c, name)
        if not c.guard:
            kwargs["verifier"] = AcceptAll()
        policy = self.build_policy()
        if policy is not None:
            kwargs["policy"] = policy
        if c.store == "local":
            kwargs.update(path=c.path, max_entries=c.max_entries, max_bytes=c.max_bytes)
        else:
            kwargs["store"] = open_store_url(c.store, max_entries=c.max_entries)
        kwargs.update(overrides)
        try:
            return AsyncSemanticCache(**kwargs)
        except YamabikoError as exc:
            raise ConfigError(f"{self.source}: {exc}") from exc

    def build_policy(self):  # -> Policy | None
        """The policy of the ``[policy]`` section, or None for the default policy."""
        data = self.sections.get("policy")
        if not data:
            return None
        from .policy import Policy

        from_config = getattr(Policy, "from_config", None)
        if from_config is None:
            raise ConfigError(f"{self.source}: [policy] rules are not supported by this version.")
        return from_config(data, self.source)


def open_store_url(url: str, **options: Any):
    """A store for a URL: ``valkey://``, ``valkeys://``, ``redis://`` or ``rediss://``."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme in ("valkey", "valkeys", "redis", "rediss"):
        try:
            from .stores.valkey import ValkeyStore
        except ImportError as exc:
            raise ConfigError(
                f"store {url!r} needs the Valkey client: pip install 'yamabiko[valkey]' ({exc})."
            ) from exc
        if options.pop("max_entries", None) is not None:
            raise ConfigError(
                f"max_entries is not supported with the Valkey store {url.split('@')[-1]!r}: "
                "capacity is the server's memory limit (maxmemory, maxmemory-policy "
                "volatile-lru); unset max_entries."
            )
        return ValkeyStore(url, **{k: v for k, v in options.items() if v is not None})
    raise ConfigError(
        f"store {url!r} is not understood; use 'local' (the embedded SQLite store) or a URL "
        "like valkey://host:6379/0, redis://:password@host:6379/0 or rediss://host:6380."
    )


def read_config_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Parse a TOML (``.toml``) or YAML (``.yaml``/``.yml``) config file into a dict."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {file}: {exc.strerror}.") from exc
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:
            raise ConfigError(
                f"{file} is YAML, which needs PyYAML: pip install 'yamabiko[yaml]', or use TOML."
            ) from exc
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{file} is not valid YAML: {exc}") from exc
    else:
        try:
            import tomllib
        except ImportError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file} is not valid TOML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(
            f"{file} must hold a table/mapping at the top, got {type(data).__name__}."
        )
    return data


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
    return Settings(cache=cache, sections=sections, source=source)


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
        raise ConfigError(f"{where} is {raw!r}: {exc}.") from exc
