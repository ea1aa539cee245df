"""Store URLs in messages and logs: never with their password."""

from __future__ import annotations

import re


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:@/]*:)[^@/]*@", r"\1***@", url)
