"""The pooled async HTTP client to the upstream APIs (keep-alive, TCP_NODELAY, no retries).

Requests are forwarded with the client's own headers (credentials included: they are never
stored or logged), minus hop-by-hop headers and the gateway's own ``X-Yamabiko-*`` headers.
``Accept-Encoding: identity`` is asked for so that answers can be read as they pass.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from .http1 import Headers, Pool, Response

if TYPE_CHECKING:  # settings import the adapters, which import this module
    from ..config.gateway import GatewaySettings

#: headers that belong to one connection, not to the message (RFC 9110 §7.6.1), plus framing
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)
#: credentials the client sends for the upstream: forwarded, never stored, logged or hashed
CREDENTIALS = frozenset({"authorization", "x-api-key", "x-goog-api-key", "api-key", "cookie"})
GATEWAY_KEY_HEADER = "x-yamabiko-key"


def forward_headers(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """Request headers to send upstream."""
    out = [
        (k, v)
        for k, v in headers.items()
        if k not in HOP_BY_HOP and not k.startswith("x-yamabiko-") and k != "accept-encoding"
    ]
    out.append(("accept-encoding", "identity"))
    return out


def response_headers(headers: httpx.Headers | Headers, *, decoded: bool) -> list[tuple[str, str]]:
    """Upstream response headers to pass to the client (``decoded``: the body was decoded, so
    its Content-Encoding no longer applies)."""
    return [
        (k, v)
        for k, v in headers.multi_items()
        if k not in HOP_BY_HOP
        and not (decoded and k == "content-encoding")
        and k not in ("date", "server")
    ]


class Upstream:
    """The pooled clients shared by every request of the gateway: POSTs (the API calls) go
    through the lean HTTP/1.1 pool of :mod:`.http1`; other methods (uncached paths) and the
    review's judge calls through an httpx client."""

    def __init__(self, settings: GatewaySettings) -> None:
        self.pool = Pool(settings.connect_timeout)
        transport = httpx.AsyncHTTPTransport(
            retries=0,
            limits=httpx.Limits(max_connections=1024, max_keepalive_connections=256),
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
        )
        self.client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.upstream_timeout, connect=settings.connect_timeout),
            follow_redirects=False,
            trust_env=False,
        )

    async def send(
        self, method: str, url: str, headers: list[tuple[str, str]], body: bytes
    ) -> httpx.Response | Response:
        """Send a request and return as soon as the response headers arrive (body streamed).
        A POST is written to an idle pooled connection in this call's first step."""
        if method == "POST":
            return await self.pool.send(method, url, headers, body)
        request = self.client.build_request(method, url, headers=headers, content=body)
        return await self.client.send(request, stream=True)

    async def close(self) -> None:
        """Close the pooled connections of both clients."""
        await self.pool.aclose()
        await self.client.aclose()
