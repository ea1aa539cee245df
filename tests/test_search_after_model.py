"""The store's search on the model's worker thread, right after the model (one hand-off to the
reader thread and back saved per lookup): same candidates, failures reach the caller, and the
connections it opens are closed with the store. Real model, real SQLite file."""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from yamabiko.cache import AsyncSemanticCache
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.errors import StoreError
from yamabiko.stores.local import LocalStore


async def test_then_runs_on_the_worker_thread_with_the_vector(embedder):
    seen: list[tuple[str, np.ndarray]] = []

    def then(vector: np.ndarray) -> float:
        seen.append((threading.current_thread().name, vector))
        return float(np.linalg.norm(vector))

    text = f"A sentence embedded once, at {time.time()}"
    vector, (norm, error) = await embedder.start_then(text, then)
    assert error is None and norm == pytest.approx(1.0, abs=1e-5)
    assert seen[0][0] != threading.current_thread().name  # not the event loop's thread
    assert np.array_equal(seen[0][1], vector)
    again, followed = await embedder.start_then(text, then)  # from the LRU: not run
    assert followed is None and np.array_equal(again, vector) and len(seen) == 1


async def test_a_failing_then_reaches_its_caller_only():
    embedder = CachedEmbedder(USEMultilingual())

    def boom(vector: np.ndarray) -> None:
        raise StoreError("the store is gone")

    texts = [f"Concurrent question {i} about the weather" for i in range(6)]
    results = await asyncio.gather(
        embedder.start_then(texts[0], boom), *(embedder.start([t]) for t in texts[1:])
    )
    vector, (value, error) = results[0]
    assert value is None and isinstance(error, StoreError) and vector.shape == (512,)
    assert all(r.shape == (1, 512) for r in results[1:])


async def test_search_here_matches_search_and_closes_with_the_store(tmp_path):
    # an embedder of its own: no text of this test is in its LRU, so the model runs
    cache = AsyncSemanticCache(CachedEmbedder(USEMultilingual()), path=tmp_path / "c.sqlite3")
    await cache.open()
    try:
        await cache.store("How do I reset my password?", "Use the reset link.")
        request = cache.request("How can I reset my password?")
        lookup = await cache.search(request)  # the search ran on the model's thread
        assert lookup.hit is not None and lookup.hit.response == "Use the reset link."
        store = cache.backend
        assert isinstance(store, LocalStore)
        assert len(store._here) == 1  # the model's thread searched, with its own connection
        vector = request.vector
        now = time.time()
        expected = await store.search(vector, request.partition, 4, now)
        here = await asyncio.to_thread(store.search_here, vector, request.partition, 4, now)
        assert [(c.id, round(c.similarity, 5)) for c in here] == [
            (c.id, round(c.similarity, 5)) for c in expected
        ]
    finally:
        await cache.close()
    assert not store._here
    with pytest.raises(StoreError, match="not open"):
        store.search_here(vector, request.partition, 4, time.time())
