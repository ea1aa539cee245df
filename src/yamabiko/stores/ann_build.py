"""Building a partition's HNSW graph in the background, while its exact matrix keeps serving.

When an exact partition grows past the threshold, :class:`AnnBuild` copies its vectors and
builds the graph on a thread of its own. Lookups keep scanning the exact matrix meanwhile (a
few milliseconds at 20k-100k vectors), and every add or removal made to the partition during
the build is also recorded here. The thread replays the recorded changes into the new graph
until only a few are left; then the owner (the store's worker thread) applies those few and
swaps the graph in (:meth:`AnnBuild.finish`): a swap costs tens of milliseconds at most, where
converting in place stalled every lookup for seconds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

log = logging.getLogger("yamabiko")

#: the owner applies at most this many recorded changes itself when it swaps the graph in
SWAP_AT = 64


class AnnBuild:
    """One background build of a graph (``make_graph()``) from ``ids`` / ``vectors``.

    The graph must offer ``add``, ``add_many`` and ``remove`` like ``AnnPartition``.
    """

    def __init__(
        self, make_graph: Callable[[], Any], ids: Sequence[str], vectors: np.ndarray
    ) -> None:
        self.graph = make_graph()
        self._lock = threading.Lock()
        self._pending: list[tuple[str, np.ndarray | None]] = []
        self.error: BaseException | None = None
        self._thread = self._start(list(ids), np.array(vectors, dtype=np.float32))

    def _start(self, ids: list[str], vectors: np.ndarray | None) -> threading.Thread:
        thread = threading.Thread(
            target=self._run, args=(ids, vectors), name="yamabiko-ann-build", daemon=True
        )
        thread.start()
        return thread

    def record_add(self, entry_id: str, vector: np.ndarray) -> None:
        """An add (or replacement) made to the partition while the graph is being built."""
        with self._lock:
            self._pending.append((entry_id, np.array(vector, dtype=np.float32)))

    def record_remove(self, entry_id: str) -> None:
        """A removal made to the partition while the graph is being built."""
        with self._lock:
            self._pending.append((entry_id, None))

    @property
    def backlog(self) -> int:
        """Recorded changes not yet in the graph."""
        with self._lock:
            return len(self._pending)

    def _run(self, ids: list[str], vectors: np.ndarray | None) -> None:
        try:
            if ids and vectors is not None:
                self.graph.add_many(ids, vectors)
            while True:
                with self._lock:
                    if len(self._pending) <= SWAP_AT:
                        return  # the owner applies the rest when it swaps
                    changes, self._pending = self._pending, []
                _apply(self.graph, changes)
        except BaseException as exc:  # reported to the owner, who converts in place instead
            self.error = exc

    def join(self) -> None:
        """Wait until the thread has stopped (built, and caught up with recorded changes)."""
        self._thread.join()

    def finish(self, wait: bool = False) -> Any | None:
        """The graph with every recorded change applied, or None while it is still building.

        Called by the owner thread. ``wait``: block until the build is done.
        """
        while True:
            if wait:
                self._thread.join()
            elif self._thread.is_alive():
                return None
            if self.error is not None:
                raise RuntimeError(f"building the HNSW graph failed: {self.error!r}")
            with self._lock:
                changes, self._pending = self._pending, []
            if len(changes) <= 4 * SWAP_AT or wait:
                _apply(self.graph, changes)
                return self.graph
            with self._lock:  # many arrived since the thread stopped: let it catch up again
                self._pending[:0] = changes
            self._thread = self._start([], None)
            if not wait:
                return None


def _apply(graph: Any, changes: list[tuple[str, np.ndarray | None]]) -> None:
    """Replay recorded changes in order (the graph's ``add`` replaces an existing id)."""
    for entry_id, vector in changes:
        if vector is None:
            graph.remove(entry_id)
        else:
            graph.add(entry_id, vector)
