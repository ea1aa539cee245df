"""The ``[embedder]`` section: which embedder, with which options.

Layers (later wins): the ``[embedder]`` table of the config file (``name = "titan"`` plus
options), ``YAMABIKO_EMBEDDER`` (a spec) and ``YAMABIKO_EMBEDDER_<OPTION>`` variables, then
``--embedder SPEC`` on ``serve``/``warm``/``eval``/``bench``/``doctor``. A spec is ``NAME`` or
``NAME:key=value,key=value`` (:mod:`yamabiko.embedders.choose`). Options of a lower layer are
kept unless it named another embedder. The options differ per embedder, so this section is
layered here rather than by a fixed field table (:mod:`.layers`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..embedders.choose import ENV, build_embedder, parse_spec
from ..errors import ConfigError


def chosen(
    section: Mapping[str, Any] | None,
    env: Mapping[str, str],
    flag: str | None = None,
    source: str = "config",
) -> tuple[str, dict[str, Any], str] | None:
    """``(name, options, where)`` from the config table, the environment and a flag (later
    wins); None when nothing chooses one (the default model is used)."""
    name: str | None = None
    options: dict[str, Any] = {}
    where = source
    if section:
        if not isinstance(section, Mapping) or not isinstance(section.get("name"), str):
            raise ConfigError(
                f"{source}: [embedder] needs name = 'titan' (or another embedder name), got "
                f"{section!r:.80}."
            )
        options = {k: v for k, v in section.items() if k != "name"}
        name, where = section["name"], f"{source}: [embedder]"
    if env.get(ENV):
        env_name, env_options = parse_spec(env[ENV])
        options = options if name in (None, env_name) else {}
        name, where = env_name, f"environment variable {ENV}"
        options.update(env_options)
    prefix = f"{ENV}_"
    for key, value in env.items():
        if key.startswith(prefix) and value != "":
            options[key[len(prefix) :].lower()] = value
            where = where if name else f"environment variable {key}"
    if flag:
        flag_name, flag_options = parse_spec(flag)
        options = options if name in (None, flag_name) else {}
        name, where = flag_name, f"--embedder {flag!r}"
        options.update(flag_options)
    if name is None:
        if options:
            raise ConfigError(
                f"{where} sets embedder options ({', '.join(options)}) but no embedder: set "
                f"{ENV}=NAME (e.g. titan) too."
            )
        return None
    return name, options, where


def configured_embedder(
    section: Mapping[str, Any] | None,
    env: Mapping[str, str],
    flag: str | None = None,
    source: str = "config",
) -> Any:
    """The embedder the settings choose, or None for the default."""
    choice = chosen(section, env, flag, source)
    if choice is None:
        return None
    return build_embedder(*choice)
