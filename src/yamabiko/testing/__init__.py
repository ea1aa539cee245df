"""Helpers for tests, the demo and the examples: a fake LLM upstream that speaks the providers'
wire formats over real HTTP (:mod:`.fake_upstream`), and an ASGI server on a background thread
(:mod:`.server`).

Names load on first use, so that ``python -m yamabiko.testing.fake_upstream`` runs the module
once.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "FakeUpstream": ".fake_upstream",
    "start_fake_upstream": ".fake_upstream",
    "ServerThread": ".server",
}

__all__ = ["FakeUpstream", "ServerThread", "start_fake_upstream"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'yamabiko.testing' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name], __name__), name)
