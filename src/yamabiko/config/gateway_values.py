"""Parsers of the ``[gateway]`` section's tables and lists: gateway keys, user namespaces,
JSON routes, upstream origins, AWS signing, model prices and exact caches. Each takes
``(raw, where)``: a TOML/YAML value, or a string from the environment or a flag."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..gateway.adapters.jsonpath import compile_path
from .values import number, url

#: Rough list prices (USD per million input / output tokens) used to estimate the money a hit
#: saved; override or extend them with ``[gateway.prices]``. Matched by model-name prefix.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-haiku-4": (1.00, 5.00),
    "claude-sonnet-4": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-pro": (1.25, 10.00),
}


@dataclass(frozen=True)
class Route:
    """A configured JSON route: POST ``path`` goes to ``upstream`` + ``path``; the prompt is
    at the JSONPath ``prompt``."""

    name: str
    path: str
    upstream: str
    prompt: str
    success: str | None = None  # JSONPath that must hold a value for the answer to be stored


def names(raw: Any, where: str) -> list[str]:
    """A list of names: a TOML array, or ``a,b`` from the environment."""
    if isinstance(raw, str):
        raw = [item.strip() for item in raw.split(",") if item.strip()]
    if not isinstance(raw, list) or not all(isinstance(n, str) and n for n in raw):
        raise ConfigError(f"{where} must be a list of namespace names, e.g. ['team-a'].")
    return list(raw)


def keys_table(raw: Any, where: str) -> dict[str, str]:
    """Gateway key = namespace: a table, or ``key=namespace,...`` from the environment."""
    if isinstance(raw, str):  # "key=namespace,key2=namespace2" from the environment
        pairs = [item.strip() for item in raw.split(",") if item.strip()]
        table: dict[str, Any] = {}
        for pair in pairs:
            key, sep, namespace = pair.partition("=")
            if not sep:
                raise ConfigError(
                    f"{where} has {pair[:4]}…, which is not key=namespace; write "
                    "YAMABIKO_GATEWAY_KEYS='key1=team-a,key2=team-b'."
                )
            table[key.strip()] = namespace.strip()
        raw = table
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table of gateway key = namespace.")
    out = {}
    for key, namespace in raw.items():
        if not isinstance(key, str) or len(key) < 16:
            raise ConfigError(
                f"{where}: a gateway key ({str(key)[:4]}…) is shorter than 16 characters; "
                "use a long random secret (e.g. python -c 'import secrets; "
                "print(secrets.token_urlsafe(24))')."
            )
        if not isinstance(namespace, str) or not namespace:
            raise ConfigError(
                f"{where}: the namespace of key {key[:4]}… must be a non-empty string."
            )
        out[key] = namespace
    return out


def routes_table(raw: Any, where: str) -> list[Route]:
    """``[[gateway.routes]]``: JSON routes with name, path, upstream, prompt (and success)."""
    if not isinstance(raw, list):
        raise ConfigError(f"{where} must be an array of tables ([[gateway.routes]]).")
    routes = []
    for i, item in enumerate(raw):
        at = f"{where}[{i}]"
        if not isinstance(item, Mapping):
            raise ConfigError(f"{at} must be a table with name, path, upstream and prompt.")
        missing = [k for k in ("name", "path", "upstream", "prompt") if not item.get(k)]
        if missing:
            raise ConfigError(
                f"{at} lacks {', '.join(missing)}; a route needs name, path, "
                "upstream and prompt (a JSONPath such as '$.input.text')."
            )
        unknown = set(item) - {"name", "path", "upstream", "prompt", "success"}
        if unknown:
            raise ConfigError(f"{at} has unknown settings {sorted(unknown)}.")
        path = str(item["path"])
        if not path.startswith("/"):
            raise ConfigError(f"{at}.path is {path!r}; it must start with '/'.")
        compile_path(item["prompt"], f"{at}.prompt")
        success = item.get("success")
        if success is not None:
            compile_path(success, f"{at}.success")
        upstream = url(item["upstream"], f"{at}.upstream")
        routes.append(Route(str(item["name"]), path, upstream, item["prompt"], success))
    return routes


def upstreams_table(raw: Any, where: str) -> dict[str, str]:
    """API name = upstream origin: a table, or ``api=url,...`` from the environment or a flag."""
    if isinstance(raw, str):  # "api=url,api2=url2" from the environment or a flag
        pairs = [item.strip().partition("=") for item in raw.split(",") if item.strip()]
        if any(not sep for _, sep, _ in pairs):
            raise ConfigError(
                f"{where} is {raw!r}; write api=url pairs, e.g. "
                "'bedrock=https://bedrock-runtime.us-east-1.amazonaws.com'."
            )
        raw = {api.strip(): origin.strip() for api, _, origin in pairs}
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table of api = upstream origin URL.")
    return {str(api): url(origin, f"{where}.{api}") for api, origin in raw.items()}


_AWS_KEYS = ("region", "profile", "access_key_id", "secret_access_key", "session_token")


def aws_table(raw: Any, where: str) -> dict[str, str]:
    """``[gateway.aws]``: region, profile or explicit credentials for signing Bedrock requests."""
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table ([gateway.aws]) of {', '.join(_AWS_KEYS)}.")
    for key, value in raw.items():
        if key not in _AWS_KEYS or not isinstance(value, str):
            raise ConfigError(
                f"{where}.{key} is not understood; [gateway.aws] takes string values for "
                f"{', '.join(_AWS_KEYS)} (credentials default to the standard AWS chain)."
            )
    return dict(raw)


def prices_table(raw: Any, where: str) -> dict[str, tuple[float, float]]:
    """Model = [input, output] USD per million tokens, added to :data:`DEFAULT_PRICES`."""
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table of model = [input, output] USD per Mtok.")
    out = dict(DEFAULT_PRICES)
    for model, pair in raw.items():
        ok = (
            isinstance(pair, (list, tuple))
            and len(pair) == 2
            and all(
                isinstance(p, (int, float)) and not isinstance(p, bool) and p >= 0 for p in pair
            )
        )
        if not ok:
            raise ConfigError(
                f"{where}.{model} is {pair!r}; write [input, output] in USD per million "
                'tokens, e.g. "gpt-4o-mini" = [0.15, 0.60].'
            )
        out[str(model)] = (float(pair[0]), float(pair[1]))
    return out


#: APIs whose answers are cached exactly, when listed in ``gateway.exact_cache``
EXACT_APIS = ("embeddings", "gemini-embed")


def exact_cache(raw: Any, where: str) -> list[str]:
    """The APIs of :data:`EXACT_APIS` to cache exactly: a list, or ``a,b``."""
    chosen = [n.strip() for n in raw.split(",") if n.strip()] if isinstance(raw, str) else raw
    if not isinstance(chosen, list) or any(n not in EXACT_APIS for n in chosen):
        raise ConfigError(
            f"{where} is {raw!r}; list any of {', '.join(EXACT_APIS)} (an exact cache of the "
            "OpenAI /v1/embeddings and Gemini :embedContent routes)."
        )
    return list(chosen)


def _whole(raw: Any, where: str) -> int | None:
    """``raw`` as a whole number, or None when it is not one (the caller says what it wants)."""
    try:
        return int(number(raw, where, integer=True, minimum=-math.inf))
    except ConfigError:
        return None


def port(raw: Any, where: str) -> int:
    """A TCP port, 0..65535 (0: any free port)."""
    value = _whole(raw, where)
    if value is None or not 0 <= value <= 65535:
        raise ConfigError(
            f"{where} is {raw!r}; a port is 0..65535 (a whole number, e.g. 8080; 0 = any free "
            "port)."
        )
    return value


def workers(raw: Any, where: str) -> int:
    """Gateway processes: 0 (one per core) or more."""
    value = _whole(raw, where)
    if value is None or value < 0:
        raise ConfigError(
            f"{where} is {raw!r}; give a number of processes >= 1 (e.g. 2), or 0 for one per "
            "core."
        )
    return value
