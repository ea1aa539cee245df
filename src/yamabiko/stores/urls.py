"""Store URLs in messages and logs: never with their password."""

from __future__ import annotations

import re

from ..redact import redact as redact_query


def redact(url: str) -> str:
    """The URL without its password (in the user info, or a ``password=``-like query
    parameter), for messages and logs."""
    return redact_query(re.sub(r"(://[^:@/]*:)[^@/]*@", r"\1***@", url))
