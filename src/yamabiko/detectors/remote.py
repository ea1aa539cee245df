"""A remote checker: a detector that asks an HTTP service (e.g. a Microsoft Presidio analyzer)
whether a prompt holds personal data.

It POSTs ``{"text": …, "language": …}`` as JSON and understands two replies: a JSON list of
findings (Presidio's ``/analyze``: objects with ``entity_type`` and ``score``), sensitive when
one scores at least ``min_score`` (and, with ``entities``, has one of those types); or a JSON
object with a boolean ``sensitive``. The whole call (connect, send, every read) ends within
``timeout`` seconds. When the service fails (down, slow, a non-2xx status, a reply it cannot
read) the ``fail`` policy decides: ``"closed"`` (default) treats the text as sensitive (not
looked up, not stored), ``"open"`` as clean. Failures are counted; the log gets one line when
the service starts failing and one when it answers again, never the text.

The cache runs it off the event loop, once per request, on the prompt (see
:meth:`yamabiko.request.CacheRequest.scan`); answers are checked by the local detectors.
"""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Sequence

from ..errors import ConfigError

log = logging.getLogger("yamabiko.detectors")

FAIL_POLICIES = ("closed", "open")
_MAX_REPLY = 4 << 20  # bytes


class RemoteCheckError(Exception):
    """The remote checker did not give a usable answer (the fail policy applies)."""


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


class RemoteDetector:
    """``(text) -> bool`` by asking an HTTP service; see the module docs.

    Args:
        url: ``http://`` or ``https://`` URL that takes the POST.
        timeout: seconds for the whole call (default 0.5).
        fail: ``"closed"`` (a failure counts as sensitive) or ``"open"``.
        language: sent as ``language``; ``"auto"`` (default) sends ``ja`` for text with
            Japanese characters, else ``en``.
        min_score: the lowest finding score that counts (list replies).
        entities: entity types that count (list replies); empty: all.
        headers: extra request headers (e.g. an ``Authorization``).
    """

    #: the cache runs blocking detectors in a worker thread (never on the event loop)
    blocking = True

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 0.5,
        fail: str = "closed",
        language: str = "auto",
        min_score: float = 0.5,
        entities: Sequence[str] = (),
        headers: dict[str, str] | None = None,
        name: str = "remote",
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(
                f"remote checker url is {url!r}; it must be an http:// or https:// URL, e.g. "
                "'http://127.0.0.1:5002/analyze'."
            )
        if not (isinstance(timeout, (int, float)) and 0 < timeout <= 60):
            raise ConfigError(
                f"remote checker timeout is {timeout!r}; use seconds in (0, 60], e.g. 0.5."
            )
        if fail not in FAIL_POLICIES:
            raise ConfigError(
                f"remote checker fail is {fail!r}; use 'closed' (a failed check is treated "
                "as sensitive: not stored) or 'open' (treated as clean)."
            )
        self.name = name
        self.url = url
        self._parts = parts
        self.timeout = float(timeout)
        self.fail = fail
        self.language = language
        self.min_score = float(min_score)
        self.entities = frozenset(entities)
        self.headers = {"Content-Type": "application/json", **(headers or {})}
        self.checks = 0
        self.failures = 0
        self._failing = False
        self._lock = threading.Lock()

    def __call__(self, text: str) -> bool:
        language = self.language
        if language == "auto":
            language = "ja" if _japanese(text) else "en"
        body = json.dumps({"text": text, "language": language}).encode()
        try:
            reply = self._post(body)
            sensitive = self._read(reply)
        except (OSError, http.client.HTTPException, RemoteCheckError, ValueError) as exc:
            self._note(failed=True, why=exc)
            return self.fail == "closed"
        self._note(failed=False)
        return sensitive

    def _post(self, body: bytes) -> bytes:
        deadline = time.monotonic() + self.timeout
        parts = self._parts
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.hostname, parts.port, timeout=self.timeout)
        try:
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            conn.request("POST", path, body=body, headers=self.headers)
            _remaining(conn, deadline)
            response = conn.getresponse()
            if not 200 <= response.status < 300:
                raise RemoteCheckError(f"status {response.status}")
            chunks, size = [], 0
            while True:
                _remaining(conn, deadline)
                chunk = response.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > _MAX_REPLY:
                    raise RemoteCheckError(f"reply over {_MAX_REPLY} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            conn.close()

    def _read(self, reply: bytes) -> bool:
        data = json.loads(reply)
        if isinstance(data, dict) and isinstance(data.get("sensitive"), bool):
            return data["sensitive"]
        if isinstance(data, list):
            for finding in data:
                if not isinstance(finding, dict):
                    raise RemoteCheckError("a finding is not an object")
                score = finding.get("score", 1.0)
                kind = finding.get("entity_type")
                if not isinstance(score, (int, float)):
                    raise RemoteCheckError("a finding's score is not a number")
                if score >= self.min_score and (not self.entities or kind in self.entities):
                    return True
            return False
        raise RemoteCheckError("the reply is neither a list of findings nor {'sensitive': bool}")

    def _note(self, *, failed: bool, why: BaseException | None = None) -> None:
        with self._lock:
            self.checks += 1
            self.failures += failed
            changed, self._failing = self._failing != failed, failed
        if changed and failed:
            log.warning(
                "yamabiko: remote checker %s failed (%s: %s); failing %s until it answers",
                self._parts.netloc, type(why).__name__, str(why)[:120], self.fail,
            )  # fmt: skip
        elif changed:
            log.warning("yamabiko: remote checker %s answers again", self._parts.netloc)

    def __repr__(self) -> str:
        return f"RemoteDetector({self.url!r}, timeout={self.timeout}, fail={self.fail!r})"


def _remaining(conn: http.client.HTTPConnection, deadline: float) -> None:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the remote checker's timeout passed")
    if conn.sock is not None:
        conn.sock.settimeout(left)
