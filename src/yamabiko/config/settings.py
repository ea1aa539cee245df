"""The settings of one process: every section, read by :func:`load_settings` from the config
file, the environment and flags (:mod:`.layers`), and the objects they describe."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..cache import AsyncSemanticCache
from ..config_file import read_config_file
from ..embedders.base import Embedder
from ..errors import ConfigError, InvalidInputError, YamabikoError
from ..guard.verified_band import check_band_below
from ..policy import Policy
from ..registry import open_store
from ..verify import AcceptAll, default_verifier
from ..verify.config import build_review
from .cache import CacheSettings, cache_settings
from .embedder import configured_embedder
from .layers import ENV_PREFIX, env_layer
from .verify_policy import SECTIONS, layered_section


@dataclass
class Settings:
    """Everything read from the environment and the config file."""

    cache: CacheSettings = field(default_factory=CacheSettings)
    #: the other sections' tables, built by their own modules; ``verify`` and ``policy`` with
    #: their scalar settings already layered (:mod:`.verify_policy`)
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
        for name in ("min_similarity", "max_prompt_chars", "lookup_budget", "write_budget",
                     "verified_band", "focus"):  # fmt: skip
            if getattr(c, name) is not None:
                kwargs[name] = getattr(c, name)
        if not c.guard:
            kwargs["verifier"] = AcceptAll()
        elif c.second_opinion or c.guard_budget_ms is not None:
            kwargs["verifier"] = default_verifier(c.second_opinion, c.guard_budget_ms)
        policy = self.build_policy()
        if policy is not None:
            kwargs["policy"] = policy
        embedder = self.build_embedder()
        if embedder is not None:
            kwargs["embedder"] = embedder
        review = build_review(self.sections.get("verify"), self.source, self.env)
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

    def build_embedder(self) -> Embedder | None:
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
    flags: Mapping[str, Any] | None = None,
) -> Settings:
    """Read the config file (``config_path``, else ``YAMABIKO_CONFIG``), ``YAMABIKO_*``
    variables and command-line ``flags`` into :class:`Settings`. ``flags``: ``path``,
    ``store`` (the ``[cache]`` section), ``embedder`` (a spec) and ``verify.<key>`` /
    ``policy.<key>`` (:data:`.verify_policy.FLAGS`, e.g. ``verify.judge.model``); None values
    are ignored."""
    env = os.environ if env is None else env
    flags = dict(flags or {})
    config_path = config_path or env.get(f"{ENV_PREFIX}CONFIG") or None
    data: dict[str, Any] = read_config_file(config_path) if config_path else {}
    source = str(config_path) if config_path else "environment"
    cache_flags = {key: flags.pop(key, None) for key in ("path", "store")}
    embedder = flags.pop("embedder", None)
    section_flags = {
        name: {k.partition(".")[2]: flags.pop(k) for k in list(flags) if k.startswith(f"{name}.")}
        for name in SECTIONS
    }
    if flags:
        raise TypeError(f"load_settings: unknown flags {sorted(flags)}")
    cache = cache_settings(data.get("cache"), env, cache_flags, source)
    sections = {k: v for k, v in data.items() if k != "cache"}
    for name in SECTIONS:
        layered = layered_section(name, data.get(name), env, section_flags[name], source)
        sections.pop(name, None)
        if layered is not None:
            sections[name] = layered
    settings = Settings(cache=cache, sections=sections, source=source, embedder=embedder, env=env)
    check_cache_settings(settings)
    return settings


def check_cache_settings(settings: Settings) -> None:
    """The cross-field checks every entry point shares (serve, stats, warm, ...): the same
    values are accepted or rejected whichever command reads them."""
    c = settings.cache
    if c.verified_band is not None and c.min_similarity is not None:
        try:  # (a band reaching below cosine 0: the two values swapped, or a typo)
            check_band_below(c.verified_band, c.min_similarity)
        except InvalidInputError as exc:
            raise ConfigError(f"{settings.source}: [cache] {exc}") from None
    if settings.cache.store != "local":
        open_store_url(settings.cache.store, max_entries=settings.cache.max_entries)


def gateway_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``YAMABIKO_GATEWAY_*`` variables, keyed by the rest of the name in lower case
    (``YAMABIKO_GATEWAY_ADMIN_TOKEN`` -> ``admin_token``); validated by the gateway."""
    return dict(env_layer(os.environ if env is None else env, f"{ENV_PREFIX}GATEWAY_").values)
