"""The gateway's settings: the ``[gateway]`` section of the config file, ``YAMABIKO_GATEWAY_*``
environment variables and ``yamabiko serve`` flags (highest precedence last), validated here.

::

    [gateway]
    host = "127.0.0.1"
    port = 8080
    openai_url = "https://api.openai.com"          # origin only: no /v1
    anthropic_url = "https://api.anthropic.com"
    gemini_url = "https://generativelanguage.googleapis.com"
    admin_token = "change-me"
    max_request_bytes = 8388608
    max_entry_bytes = 262144                       # answers larger than this are not stored
    upstream_timeout = 600                         # seconds, in all (not per read)
    body_timeout = 30                              # seconds to receive a request body
    connect_timeout = 10
    single_flight = true
    workers = 2                                    # processes (default: one per core)
    access_log = "text"                            # one line per request: text, json or off
    tracing = false                                # OpenTelemetry spans (the [otel] extra)

    [gateway.keys]                                 # gateway key = namespace (tenant)
    "yk-team-a-secret" = "team-a"

    [gateway.prices]                               # USD per million tokens: [input, output]
    "gpt-4o-mini" = [0.15, 0.60]

    bedrock_url = "https://bedrock-runtime.us-east-1.amazonaws.com"   # default: from the region
    [gateway.aws]                                  # signing Bedrock requests (SigV4)
    region = "us-east-1"                           # credentials: the standard AWS chain, or
    profile = "prod"                               # access_key_id / secret_access_key here

    [gateway.upstreams]                            # any adapter's upstream, by API name
    openai = "https://my-proxy.example"

    [[gateway.routes]]                             # any JSON API
    name = "search"
    path = "/v1/search/answer"
    upstream = "https://search.internal.example"
    prompt = "$.query.text"
"""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..config import parse_bool
from ..errors import ConfigError
from ..request import DEFAULT_MAX_ENTRY_BYTES
from .adapters.jsonpath import compile_path

DEFAULT_URLS = {
    "openai": "https://api.openai.com",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com",
}

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


@dataclass
class GatewaySettings:
    host: str = "127.0.0.1"
    port: int = 8080
    openai_url: str = DEFAULT_URLS["openai"]
    anthropic_url: str = DEFAULT_URLS["anthropic"]
    gemini_url: str = DEFAULT_URLS["gemini"]
    keys: dict[str, str] = field(default_factory=dict)
    #: namespaces whose gateway keys may name an end user (X-Yamabiko-User); others get 403
    user_namespaces: list[str] = field(default_factory=list)
    #: key of the hashes that replace personal-looking user ids and tags (default: derived
    #: from admin_token, else random per process)
    identity_key: str | None = None
    admin_token: str | None = None
    max_request_bytes: int = 8 * 1024 * 1024
    max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES
    upstream_timeout: float = 600.0
    body_timeout: float = 30.0
    connect_timeout: float = 10.0
    store_wait: float = 0.5
    single_flight: bool = True
    workers: int = 0  # yamabiko serve processes; 0: one per core
    routes: list[Route] = field(default_factory=list)
    upstreams: dict[str, str] = field(default_factory=dict)
    bedrock_url: str | None = None  # default: the AWS region's Bedrock Runtime endpoint
    vertex_url: str | None = None  # default: the request's location's Vertex AI endpoint
    #: region, profile, explicit credentials for signing Bedrock requests (never shown)
    aws: dict[str, str] = field(default_factory=dict, repr=False)
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_PRICES))
    access_log: str = "text"
    tracing: bool = False
    exact_cache: list[str] = field(default_factory=list)

    def upstream_url(self, api: str, default: str = "") -> str:
        """The upstream origin of an API: ``[gateway.upstreams]``, then the ``<api>_url``
        settings of the first three APIs, then the adapter's default."""
        legacy = {
            "openai": self.openai_url,
            "responses": self.openai_url,  # the other OpenAI APIs share its origin
            "completions": self.openai_url,
            "embeddings": self.openai_url,
            "gemini-embed": self.gemini_url,
            "anthropic": self.anthropic_url,
            "gemini": self.gemini_url,
            "bedrock": self.bedrock_url,
            "vertex": self.vertex_url,
        }
        return self.upstreams.get(api) or legacy.get(api) or default

    @property
    def open_access(self) -> bool:
        """True when no gateway keys are configured (only loopback clients allowed)."""
        return not self.keys

    def check_exposure(self) -> None:
        """Refuse to listen beyond loopback without gateway keys: a hit is served without the
        upstream checking the caller's credentials."""
        if self.keys or is_loopback(self.host):
            return
        raise ConfigError(
            f"gateway.host is {self.host!r} but no gateway keys are configured: anyone who can "
            "reach it would read cached answers without credentials. Configure [gateway.keys] "
            "(or YAMABIKO_GATEWAY_KEYS='key=namespace,...'), or listen on 127.0.0.1."
        )

    def price(self, model: str | None) -> tuple[float, float] | None:
        """(input, output) USD per million tokens for ``model`` (longest prefix match)."""
        if not model:
            return None
        best = None
        for name, price in self.prices.items():
            if model.startswith(name) and (best is None or len(name) > len(best[0])):
                best = (name, price)
        return best[1] if best else None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(raw: Any, where: str) -> str:
    if not isinstance(raw, str):
        raise ConfigError(f"{where} is {raw!r}; it must be a URL like https://api.openai.com.")
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"{where} is {raw!r}; it must be an http(s) URL with a host, "
            "e.g. https://api.openai.com or http://127.0.0.1:9000."
        )
    path = parts.path.rstrip("/")
    if path.endswith(("/v1", "/v1beta")):
        raise ConfigError(
            f"{where} is {raw!r}; give the origin without the API version "
            f"(e.g. {parts.scheme}://{parts.netloc}{path.rsplit('/', 1)[0]}): the gateway "
            "forwards the request path (/v1/..., /v1beta/...) as the client sent it."
        )
    return f"{parts.scheme}://{parts.netloc}{path}"


def _number(raw: Any, where: str, *, integer: bool = False, minimum: float = 0.0) -> Any:
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = int(raw) if integer else float(raw)
        if isinstance(raw, float) and integer and not raw.is_integer():
            raise ValueError
    except (TypeError, ValueError):
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{where} is {raw!r}; it must be {kind}.") from None
    if not math.isfinite(value) or value <= minimum:
        raise ConfigError(f"{where} is {raw!r}; it must be > {minimum:g}.")
    return value


def _bool(raw: Any, where: str) -> bool:
    try:
        return parse_bool(raw)
    except ValueError:
        raise ConfigError(f"{where} is {raw!r}; use true or false.") from None


def _names(raw: Any, where: str) -> list[str]:
    """A list of names: a TOML array, or ``a,b`` from the environment."""
    if isinstance(raw, str):
        raw = [item.strip() for item in raw.split(",") if item.strip()]
    if not isinstance(raw, list) or not all(isinstance(n, str) and n for n in raw):
        raise ConfigError(f"{where} must be a list of namespace names, e.g. ['team-a'].")
    return list(raw)


def _keys(raw: Any, where: str) -> dict[str, str]:
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


def _routes(raw: Any, where: str) -> list[Route]:
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
        upstream = _url(item["upstream"], f"{at}.upstream")
        routes.append(Route(str(item["name"]), path, upstream, item["prompt"], success))
    return routes


def _upstreams(raw: Any, where: str) -> dict[str, str]:
    if isinstance(raw, str):  # "api=url,api2=url2" from the environment or a flag
        pairs = [item.strip().partition("=") for item in raw.split(",") if item.strip()]
        if any(not sep for _, sep, _ in pairs):
            raise ConfigError(
                f"{where} is {raw!r}; write api=url pairs, e.g. "
                "'bedrock=https://bedrock-runtime.us-east-1.amazonaws.com'."
            )
        raw = {api.strip(): url.strip() for api, _, url in pairs}
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table of api = upstream origin URL.")
    return {str(api): _url(url, f"{where}.{api}") for api, url in raw.items()}


_AWS_KEYS = ("region", "profile", "access_key_id", "secret_access_key", "session_token")


def _aws(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a table ([gateway.aws]) of {', '.join(_AWS_KEYS)}.")
    for key, value in raw.items():
        if key not in _AWS_KEYS or not isinstance(value, str):
            raise ConfigError(
                f"{where}.{key} is not understood; [gateway.aws] takes string values for "
                f"{', '.join(_AWS_KEYS)} (credentials default to the standard AWS chain)."
            )
    return dict(raw)


def _prices(raw: Any, where: str) -> dict[str, tuple[float, float]]:
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


_FIELDS = {
    "host": lambda raw, where: str(raw),
    "port": lambda raw, where: _port(raw, where),
    "openai_url": _url,
    "anthropic_url": _url,
    "gemini_url": _url,
    "keys": _keys,
    "user_namespaces": lambda raw, where: _names(raw, where),
    "identity_key": lambda raw, where: _token(raw, where),
    "admin_token": lambda raw, where: _token(raw, where),
    "max_request_bytes": lambda raw, where: _number(raw, where, integer=True),
    "max_entry_bytes": lambda raw, where: _number(raw, where, integer=True),
    "upstream_timeout": _number,
    "body_timeout": _number,
    "connect_timeout": _number,
    "store_wait": _number,
    "single_flight": _bool,
    "workers": lambda raw, where: _number(raw, where, integer=True, minimum=-1),
    "routes": _routes,
    "upstreams": _upstreams,
    "bedrock_url": _url,
    "vertex_url": _url,
    "aws": lambda raw, where: _aws(raw, where),
    "prices": _prices,
    "access_log": lambda raw, where: _choice(raw, where, ("text", "json", "off")),
    "tracing": _bool,
    "exact_cache": lambda raw, where: _exact_cache(raw, where),
}

#: APIs whose answers are cached exactly, when listed in ``gateway.exact_cache``
EXACT_APIS = ("embeddings", "gemini-embed")


def _exact_cache(raw: Any, where: str) -> list[str]:
    names = [n.strip() for n in raw.split(",") if n.strip()] if isinstance(raw, str) else raw
    if not isinstance(names, list) or any(n not in EXACT_APIS for n in names):
        raise ConfigError(
            f"{where} is {raw!r}; list any of {', '.join(EXACT_APIS)} (an exact cache of the "
            "OpenAI /v1/embeddings and Gemini :embedContent routes)."
        )
    return list(names)


def _choice(raw: Any, where: str, choices: tuple[str, ...]) -> str:
    value = str(raw).strip().lower()
    if value not in choices:
        raise ConfigError(f"{where} is {raw!r}; use one of {', '.join(choices)}.")
    return value


def _port(raw: Any, where: str) -> int:
    port = _number(raw, where, integer=True, minimum=-1)
    if port > 65535:
        raise ConfigError(f"{where} is {raw!r}; a port is 0..65535 (0 = any free port).")
    return port


def _token(raw: Any, where: str) -> str | None:
    if raw in (None, ""):
        return None
    if not isinstance(raw, str) or len(raw) < 16:
        raise ConfigError(f"{where} must be a secret of at least 16 characters.")
    return raw


def gateway_settings(
    section: Any = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    source: str = "config",
) -> GatewaySettings:
    """Build and validate settings from the ``[gateway]`` section, ``YAMABIKO_GATEWAY_*``
    variables (see :func:`yamabiko.config.gateway_env`) and explicit overrides (``None``
    values are ignored)."""
    settings = GatewaySettings()
    layers: list[tuple[Mapping[str, Any], Any]] = []
    if section is not None:
        if not isinstance(section, Mapping):
            raise ConfigError(f"{source}: [gateway] must be a table, got {section!r:.60}.")
        layers.append((section, lambda k: f"{source}: gateway.{k}"))
    if env:
        layers.append((env, lambda k: f"environment variable YAMABIKO_GATEWAY_{k.upper()}"))
    if overrides:
        layers.append(
            (
                {k: v for k, v in overrides.items() if v is not None},
                lambda k: f"option --{k.replace('_', '-')}",
            )
        )
    for values, where in layers:
        for key, raw in values.items():
            parse = _FIELDS.get(key)
            if parse is None:
                raise ConfigError(
                    f"{where(key)} is not a gateway setting; known: {', '.join(sorted(_FIELDS))}."
                )
            setattr(settings, key, parse(raw, where(key)))
    return settings
