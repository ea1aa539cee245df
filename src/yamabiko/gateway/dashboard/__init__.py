"""The dashboard at ``/yamabiko/ui`` (admin token required): plain server-rendered HTML and a
small script, served by the gateway itself.

``GET /yamabiko/ui`` shows the page to a browser signed in with the admin token (the sign-in
form exchanges it for a session cookie, see :mod:`.auth`) or to any client sending the token
(``Authorization: Bearer``). Its buttons call the admin API (``/yamabiko/invalidate``,
``/yamabiko/feedback``).
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ...errors import StoreError
from ..asgi import BodyTooLarge, Receive, Scope, Send, header_map, read_body, send_bytes
from . import auth, page

if TYPE_CHECKING:
    from ..app import Gateway

PREFIX = "/yamabiko/ui"
TOP_ENTRIES = 20
SCANNED_ENTRIES = 2000
HTML = "text/html; charset=utf-8"
NO_STORE = ("cache-control", "no-store")


class Dashboard:
    """Serves ``/yamabiko/ui`` (the page), ``/yamabiko/ui/login`` and ``/yamabiko/ui/logout``."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a ``/yamabiko/ui`` request: the sign-in, the page or its assets."""
        path, method = scope["path"].rstrip("/"), scope["method"]
        token = self.gateway.settings.admin_token
        if not token:
            message = (
                "the dashboard is disabled: set gateway.admin_token (or "
                "YAMABIKO_GATEWAY_ADMIN_TOKEN, or yamabiko serve --admin-token)."
            )
            await send_bytes(send, 403, page.login(message).encode(), HTML, [NO_STORE])
            return
        headers = header_map(scope)
        if path == f"{PREFIX}/login" and method == "POST":
            await self._login(token, headers, receive, send)
        elif path == f"{PREFIX}/logout" and method == "POST":
            await send_bytes(
                send, 303, b"", HTML, [("location", PREFIX), ("set-cookie", auth.clear_cookie())]
            )
        elif path == PREFIX and method in ("GET", "HEAD"):
            if self._signed_in(headers, token):
                body = page.render(await self._data(token)).encode()
                await send_bytes(send, 200, body, HTML, [NO_STORE])
            else:
                await send_bytes(send, 401, page.login().encode(), HTML, [NO_STORE])
        else:
            message = f"no dashboard page {method} {path}; open GET {PREFIX}."
            await send_bytes(send, 404, page.login(message).encode(), HTML, [NO_STORE])

    def _signed_in(self, headers: dict[str, str], token: str) -> bool:
        try:
            self.gateway.admin.authorize(headers, "GET")
        except Exception:
            return False
        return True

    async def _login(
        self, token: str, headers: dict[str, str], receive: Receive, send: Send
    ) -> None:
        try:
            raw = await read_body(receive, 4096, headers.get("content-length"))
        except BodyTooLarge:
            raw = b""
        given = (parse_qs(raw.decode("utf-8", "replace")).get("token") or [""])[0].strip()
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            body = page.login("that is not the admin token of this gateway.").encode()
            await send_bytes(send, 401, body, HTML, [NO_STORE])
            return
        await send_bytes(
            send, 303, b"", HTML, [("location", PREFIX), ("set-cookie", auth.session_cookie(token))]
        )

    async def _data(self, token: str) -> dict[str, Any]:
        gateway = self.gateway
        cache = await gateway.admin.store_stats()
        try:
            found = await gateway.cache.entries(limit=SCANNED_ENTRIES)
            top = sorted(found, key=lambda e: (-e.hits, -e.created_at))[:TOP_ENTRIES]
        except (StoreError, OSError):
            top = []
        return {
            "gateway": gateway.metrics.as_dict(),
            "cache": cache,
            "rolling": gateway.observer.rolling,
            "top": top,
            "threshold": gateway.cache.min_similarity,
            "csrf": auth.csrf_value(token),
        }
