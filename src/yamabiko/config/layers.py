"""The one way every settings section is read: the config file, then the environment, then
command-line flags, a later layer winning over an earlier one.

A section declares its fields as ``name -> parser(raw, where)``; a parser returns the checked
value or raises :class:`~yamabiko.errors.ConfigError`, naming ``where`` the value came from
(``yamabiko.toml: gateway.port``, ``environment variable YAMABIKO_GATEWAY_PORT``,
``option --port``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import ConfigError

T = TypeVar("T")
Parser = Callable[[Any, str], Any]

#: Every environment variable of yamabiko starts with this.
ENV_PREFIX = "YAMABIKO_"


@dataclass(frozen=True)
class Layer:
    """Raw values of one source, and how to name the source of a key in an error."""

    values: Mapping[str, Any]
    where: Callable[[str], str]


def file_layer(table: Any, section: str, source: str) -> Layer | None:
    """The ``[section]`` table of the config file ``source`` (None when there is none)."""
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: [{section}] must be a table, got {table!r:.60}.")
    return Layer(table, lambda key: f"{source}: {section}.{key}")


def env_layer(env: Mapping[str, str], prefix: str, keys: Iterable[str] | None = None) -> Layer:
    """``<prefix><KEY>`` variables, keyed by ``key`` in lower case: only ``keys`` when given
    (a prefix other sections share), else every variable with the prefix."""
    if keys is None:
        values = {k[len(prefix) :].lower(): v for k, v in env.items() if k.startswith(prefix)}
    else:
        values = {k: env[f"{prefix}{k.upper()}"] for k in keys if f"{prefix}{k.upper()}" in env}
    return Layer(values, lambda key: f"environment variable {prefix}{key.upper()}")


def flag_layer(flags: Mapping[str, Any] | None) -> Layer:
    """Command-line flags by setting name; ``None`` means the flag was not given."""
    values = {k: v for k, v in (flags or {}).items() if v is not None}
    return Layer(values, lambda key: f"option --{key.replace('_', '-')}")


def apply_layers(
    target: T,
    fields: Mapping[str, Parser],
    layers: Sequence[Layer | None],
    unknown: Callable[[str, str], str],
) -> T:
    """Parse every layer's values into ``target`` in order (later layers win); a key that is
    not a field raises ConfigError with the message ``unknown(key, where)``."""
    for layer in layers:
        if layer is None:
            continue
        for key, raw in layer.values.items():
            parse = fields.get(key)
            if parse is None:
                raise ConfigError(unknown(key, layer.where(key)))
            setattr(target, key, parse(raw, layer.where(key)))
    return target
