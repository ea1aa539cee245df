"""End-user ids and tags that look like personal data (an e-mail address, a phone number)
are stored as keyed hashes, never verbatim: ``h:`` + 32 hex digits of HMAC-SHA256.

The key is ``gateway.identity_key`` when set (keep it stable: entries stored under one key are
not found under another), else derived from the admin token, else random per process. The
admin endpoints apply the same mapping, so ``invalidate`` by the plain e-mail still works.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_PHONE_CHARS = re.compile(r"[\d\s().+-]+")


def looks_personal(value: str) -> bool:
    """True for an e-mail address or a phone number (7+ digits of only phone characters)."""
    if "@" in value and _EMAIL.search(value):
        return True
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 7 and _PHONE_CHARS.fullmatch(value) is not None


class Pseudonymizer:
    """Maps personal-looking ids to keyed hashes (see the module docstring)."""

    def __init__(self, key: str | None) -> None:
        secret = key.encode() if key else secrets.token_bytes(32)
        self._key = hashlib.sha256(b"yamabiko identity\x00" + secret).digest()

    def __call__(self, value: str | None) -> str | None:
        if value is None or not looks_personal(value):
            return value
        digest = hmac.new(self._key, value.strip().lower().encode(), hashlib.sha256)
        return "h:" + digest.hexdigest()[:32]
