"""Google Cloud access tokens for Vertex AI (google-auth's Application Default Credentials).

An explicit ``access_token`` is used as is; otherwise ``google.auth.default()`` finds the
credentials (``GOOGLE_APPLICATION_CREDENTIALS``, ``gcloud auth application-default login``, the
metadata server) and they are refreshed, in a worker thread, shortly before they expire. Tokens
are never stored in the cache, logged or put in an error message.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from ..errors import ConfigError

SCOPE = "https://www.googleapis.com/auth/cloud-platform"


def vertex_origin(location: str) -> str:
    """``https://{location}-aiplatform.googleapis.com`` (``global``: without a prefix)."""
    if location == "global":
        return "https://aiplatform.googleapis.com"
    return f"https://{location}-aiplatform.googleapis.com"


class GoogleToken:
    """Bearer tokens for Vertex AI: a fixed one, or Application Default Credentials."""

    def __init__(self, access_token: str | None = None) -> None:
        self._fixed = access_token
        self._credentials: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never shows the token
        return f"GoogleToken({'fixed' if self._fixed else 'application-default'})"

    def _refresh(self) -> str:
        with self._lock:
            if self._credentials is None:
                try:
                    import google.auth
                    from google.auth.exceptions import DefaultCredentialsError
                except ImportError as exc:
                    raise ConfigError(
                        "Vertex AI needs google-auth for credentials: pip install "
                        f"'yamabiko[vertex]', or pass access_token ({exc})."
                    ) from exc
                try:
                    self._credentials, _ = google.auth.default(scopes=[SCOPE])
                except DefaultCredentialsError as exc:
                    raise ConfigError(
                        "no Google credentials for Vertex AI: run `gcloud auth "
                        "application-default login`, set GOOGLE_APPLICATION_CREDENTIALS, or "
                        "pass access_token."
                    ) from exc
            credentials = self._credentials
            if not credentials.valid:
                import google.auth.transport.requests

                credentials.refresh(google.auth.transport.requests.Request())
            return credentials.token

    async def token(self) -> str:
        """A valid access token."""
        if self._fixed:
            return self._fixed
        credentials = self._credentials
        if credentials is not None and credentials.valid:
            return credentials.token
        return await asyncio.to_thread(self._refresh)
