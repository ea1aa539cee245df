"""The one way every settings section is read: the config file, then the environment, then
command-line flags, a later layer winning over an earlier one.

A section declares its fields as ``name -> parser(raw, where)``; a parser returns the checked
value or raises :class:`~yamabiko.errors.ConfigError`, naming ``where`` the value came from
(``yamabiko.toml: gateway.port``, ``environment variable YAMABIKO_GATEWAY_PORT``,
``option --port``). A key of a sub-table is dotted (``judge.model`` in ``[verify.judge]``);
its variable joins the parts with ``_`` (``YAMABIKO_VERIFY_JUDGE_MODEL``).
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


def env_name(prefix: str, key: str) -> str:
    """The variable of a (possibly dotted) key: ``env_name("YAMABIKO_VERIFY_", "judge.url")``
    is ``YAMABIKO_VERIFY_JUDGE_URL``."""
    return f"{prefix}{key.upper().replace('.', '_')}"


def env_layer(
    env: Mapping[str, str],
    prefix: str,
    keys: Iterable[str] | None = None,
    *,
    report_others: bool = False,
) -> Layer:
    """``<prefix><KEY>`` variables, keyed by ``key`` in lower case: only ``keys`` when given
    (a prefix other sections share), else every variable with the prefix. With ``keys`` and
    ``report_others``, a variable with the prefix that names none of them is kept too (keyed
    by its lower-case rest), so that :func:`apply_layers` reports it as unknown (a typo)."""
    if keys is None:
        values = {k[len(prefix) :].lower(): v for k, v in env.items() if k.startswith(prefix)}
        return Layer(values, lambda key: f"environment variable {env_name(prefix, key)}")
    names = {env_name(prefix, k): k for k in keys}
    values = {key: env[name] for name, key in names.items() if name in env}
    if report_others:
        others = (k for k in env if k.startswith(prefix) and k not in names)
        values.update({k[len(prefix) :].lower(): env[k] for k in others})
    return Layer(values, lambda key: f"environment variable {env_name(prefix, key)}")


def flag_layer(flags: Mapping[str, Any] | None, names: Mapping[str, str] | None = None) -> Layer:
    """Command-line flags by setting name; ``None`` means the flag was not given. ``names``:
    setting -> its flag, where it is not ``--`` plus the setting with ``-`` for ``_``."""
    values = {k: v for k, v in (flags or {}).items() if v is not None}
    names = names or {}
    return Layer(values, lambda key: f"option {names.get(key) or '--' + key.replace('_', '-')}")


def apply_layers(
    target: T,
    fields: Mapping[str, Parser],
    layers: Sequence[Layer | None],
    unknown: Callable[[str, str], str],
) -> T:
    """Parse every layer's values into ``target`` in order (later layers win; a dict target
    gets items, any other its attributes); a key that is not a field raises ConfigError with
    the message ``unknown(key, where)``."""
    for layer in layers:
        if layer is None:
            continue
        for key, raw in layer.values.items():
            parse = fields.get(key)
            if parse is None:
                raise ConfigError(unknown(key, layer.where(key)))
            value = parse(raw, layer.where(key))
            if isinstance(target, dict):
                target[key] = value
            else:
                setattr(target, key, value)
    return target
