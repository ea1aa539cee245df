"""The numbered entries the embedded store's index tests put (``e0``, ``e1`` … in one
partition), one helper instead of a copy per test module."""

from __future__ import annotations

import time

from yamabiko.models import Entry


def entry(i: int, partition: str = "p", expires_at: float | None = None) -> Entry:
    """Entry ``e{i}`` of ``partition``: prompt ``prompt {i}``, answer ``answer {i}``."""
    return Entry(
        id=f"e{i}", partition=partition, context_id="ctx", namespace="default", user=None,
        lang="en", prompt=f"prompt {i}", response=f"answer {i}", created_at=time.time(),
        expires_at=expires_at,
    )  # fmt: skip
