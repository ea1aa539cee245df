"""The ``[gateway]`` section: the gateway's settings from the config file, ``YAMABIKO_GATEWAY_*``
environment variables and ``yamabiko serve`` flags (highest precedence last; :mod:`.layers`);
its tables are parsed in :mod:`.gateway_values`.

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
    speculate = "off"                              # start the upstream call during the lookup
    speculate_below = 0.2                          # (adaptive) when the hit rate is below this
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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..request import DEFAULT_MAX_ENTRY_BYTES
from .gateway_values import (
    DEFAULT_PRICES,
    EXACT_APIS,
    Route,
    aws_table,
    exact_cache,
    keys_table,
    names,
    port,
    prices_table,
    routes_table,
    upstreams_table,
    workers,
)
from .layers import ENV_PREFIX, Layer, Parser, apply_layers, file_layer, flag_layer
from .values import boolean, choice, fraction, number, token, url

__all__ = [
    "DEFAULT_PRICES",
    "DEFAULT_URLS",
    "EXACT_APIS",
    "GATEWAY_FIELDS",
    "GatewaySettings",
    "Route",
    "gateway_settings",
    "is_loopback",
]

DEFAULT_URLS = {
    "openai": "https://api.openai.com",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com",
}


@dataclass
class GatewaySettings:
    """The ``[gateway]`` settings after layering (see the module docstring)."""

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
    #: start the upstream call while the lookup runs: off, adaptive or always
    speculate: str = "off"
    #: (adaptive) speculate in a namespace whose recent hit rate is below this
    speculate_below: float = 0.2
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
    """True for ``localhost`` and loopback addresses (only this machine can connect)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


GATEWAY_FIELDS: dict[str, Parser] = {
    "host": lambda raw, where: str(raw),
    "port": port,
    "openai_url": url,
    "anthropic_url": url,
    "gemini_url": url,
    "keys": keys_table,
    "user_namespaces": names,
    "identity_key": token,
    "admin_token": token,
    "max_request_bytes": lambda raw, where: number(raw, where, integer=True),
    "max_entry_bytes": lambda raw, where: number(raw, where, integer=True),
    "upstream_timeout": number,
    "body_timeout": number,
    "connect_timeout": number,
    "store_wait": number,
    "single_flight": boolean,
    "speculate": lambda raw, where: choice(raw, where, ("off", "adaptive", "always")),
    "speculate_below": fraction,
    "workers": workers,
    "routes": routes_table,
    "upstreams": upstreams_table,
    "bedrock_url": url,
    "vertex_url": url,
    "aws": aws_table,
    "prices": prices_table,
    "access_log": lambda raw, where: choice(raw, where, ("text", "json", "off")),
    "tracing": boolean,
    "exact_cache": exact_cache,
}


def gateway_settings(
    section: Any = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    source: str = "config",
) -> GatewaySettings:
    """Build and validate settings from the ``[gateway]`` section, ``YAMABIKO_GATEWAY_*``
    variables (keyed without the prefix, as :func:`yamabiko.config.gateway_env` gives them)
    and flags (``overrides``; ``None`` values are ignored), later layers winning."""
    prefix = f"{ENV_PREFIX}GATEWAY_"
    env_values = Layer(env or {}, lambda key: f"environment variable {prefix}{key.upper()}")
    return apply_layers(
        GatewaySettings(),
        GATEWAY_FIELDS,
        [file_layer(section, "gateway", source), env_values, flag_layer(overrides)],
        lambda key, where: (
            f"{where} is not a gateway setting; known: {', '.join(sorted(GATEWAY_FIELDS))}."
        ),
    )
