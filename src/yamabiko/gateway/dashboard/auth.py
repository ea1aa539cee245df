"""Dashboard sign-in: the admin token is exchanged once for a session cookie.

The cookie holds an HMAC of the admin token (never the token), is ``HttpOnly`` and
``SameSite=Strict``. A cookie alone authorises reading (GET); a change (POST) made with the cookie
must also carry ``X-Yamabiko-CSRF`` with the value embedded in the page, which another site's
page cannot read or send without a CORS preflight that the gateway never grants.
"""

from __future__ import annotations

import hashlib
import hmac
from http.cookies import CookieError, SimpleCookie

COOKIE = "yamabiko_session"
CSRF_HEADER = "x-yamabiko-csrf"


def _derive(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def session_value(token: str) -> str:
    """The session cookie's value for this admin token."""
    return _derive(token, "yamabiko-dashboard-session")


def csrf_value(token: str) -> str:
    """The value the page's script sends in ``X-Yamabiko-CSRF``."""
    return _derive(token, "yamabiko-dashboard-csrf")


def session_cookie(token: str) -> str:
    """A ``Set-Cookie`` value that signs the browser in (until it is closed)."""
    return f"{COOKIE}={session_value(token)}; Path=/yamabiko; HttpOnly; SameSite=Strict"


def clear_cookie() -> str:
    """The ``Set-Cookie`` value that ends the session (sign-out)."""
    return f"{COOKIE}=; Path=/yamabiko; HttpOnly; SameSite=Strict; Max-Age=0"


def session_authorizes(headers: dict[str, str], token: str, method: str) -> bool:
    """True when the request carries a valid session cookie (and, for anything but GET,
    the CSRF header)."""
    raw = headers.get("cookie")
    if not raw:
        return False
    try:
        cookie = SimpleCookie(raw)
    except CookieError:
        return False
    morsel = cookie.get(COOKIE)
    if morsel is None or not hmac.compare_digest(morsel.value, session_value(token)):
        return False
    if method in ("GET", "HEAD"):
        return True
    return hmac.compare_digest(headers.get(CSRF_HEADER, ""), csrf_value(token))
