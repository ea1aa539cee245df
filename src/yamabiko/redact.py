"""Keep credentials out of log lines, ours and libraries' (httpx logs every request URL at
INFO, and Gemini clients send their key as ``?key=``).

:func:`redact` rewrites credential-looking query parameters (``key``, ``api_key``, ``token``,
``access_token``, ``signature``, AWS pre-signed parts, ...) to ``[REDACTED]``;
:func:`install_log_redaction` attaches a filter doing that to the loggers that print URLs.
"""

from __future__ import annotations

import logging
import re

#: query parameters whose value is a credential (case-insensitive)
SECRET_PARAMS = (
    "key", "api_key", "api-key", "apikey", "token", "access_token", "id_token", "auth",
    "password", "passwd", "secret", "client_secret", "sig", "signature", "code",
    "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature",
    "x-goog-credential",
)  # fmt: skip
_QUERY_SECRET = re.compile(
    r"(?i)([?&;](?:" + "|".join(re.escape(p) for p in SECRET_PARAMS) + r")=)[^&#\s\"'<>]*"
)
#: loggers that print request URLs or request lines
URL_LOGGERS = (
    "httpx", "httpcore", "uvicorn.access", "uvicorn.error", "yamabiko", "yamabiko.gateway",
    "yamabiko.access", "yamabiko.valkey",
)  # fmt: skip


def redact(text: str) -> str:
    """``text`` with the value of every credential query parameter replaced."""
    if "=" not in text:
        return text
    return _QUERY_SECRET.sub(r"\1[REDACTED]", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's final message through :func:`redact` (never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record``'s message in place; always True (the record is kept)."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = RedactingFilter()


def install_log_redaction(names: tuple[str, ...] = URL_LOGGERS) -> None:
    """Attach the redacting filter to ``names`` (idempotent)."""
    for name in names:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
