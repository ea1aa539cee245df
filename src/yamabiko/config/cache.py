"""The ``[cache]`` section: which store, thresholds, TTLs and limits of the library's cache.
``YAMABIKO_<KEY>`` variables and the ``--path`` / ``--store`` flags layer over it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ..config_file import parse_bool
from ..guard.budget import check_budget
from ..guard.verified_band import check_band_width
from ..request import check_min_similarity
from .layers import ENV_PREFIX, Parser, apply_layers, env_layer, file_layer, flag_layer
from .values import optional_float, optional_int, plain, positive


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
    second_opinion: bool = False
    guard_budget_ms: float | None = None
    max_age: float | None = None
    max_prompt_chars: int | None = None
    lookup_budget: float | None = None
    write_budget: float | None = None
    conversation: str = "semantic"
    verified_band: float | None = None
    focus: bool | None = None


def _band(raw: Any) -> float | None:
    value = optional_float(raw)
    return None if value is None else check_band_width(value, "the value")


def _similarity(raw: Any) -> float | None:
    value = optional_float(raw)
    return None if value is None else check_min_similarity(value, "the value")


CACHE_FIELDS: dict[str, Parser] = {
    "store": plain(str),
    "path": plain(lambda raw: None if raw in (None, "") else str(raw)),
    "min_similarity": plain(_similarity),
    "ttl": plain(positive(optional_float)),
    "max_entries": plain(positive(optional_int)),
    "max_bytes": plain(positive(optional_int)),
    "language_in_context": plain(parse_bool),
    "guard": plain(parse_bool),
    "second_opinion": plain(parse_bool),
    "guard_budget_ms": plain(lambda raw: check_budget(optional_float(raw), "the value")),
    "max_age": plain(positive(optional_float)),
    "max_prompt_chars": plain(optional_int),
    "lookup_budget": plain(optional_float),
    "write_budget": plain(optional_float),
    "conversation": plain(str),
    "verified_band": plain(_band),
    "focus": plain(lambda raw: None if raw in (None, "") else parse_bool(raw)),
}


def cache_settings(
    table: Any,
    env: Mapping[str, str],
    flags: Mapping[str, Any] | None = None,
    source: str = "config",
) -> CacheSettings:
    """The ``[cache]`` table, then ``YAMABIKO_<KEY>`` variables, then flags (``path``,
    ``store``; a ``path`` alone means the local store)."""
    known = [f.name for f in fields(CacheSettings)]
    flags = dict(flags or {})
    if flags.get("path") and not flags.get("store"):
        flags["store"] = "local"
    return apply_layers(
        CacheSettings(),
        CACHE_FIELDS,
        [file_layer(table, "cache", source), env_layer(env, ENV_PREFIX, known), flag_layer(flags)],
        lambda key, where: (
            f"{source}: unknown setting cache.{key}; known settings: {', '.join(sorted(known))}."
        ),
    )
