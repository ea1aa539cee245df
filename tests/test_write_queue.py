"""Coalesced writes (:class:`yamabiko.cache.writes.WriteQueue`) on the real embedded store:
stores that arrive while a write waits go to the file together."""

from __future__ import annotations

import asyncio
import sqlite3

from yamabiko.cache import AsyncSemanticCache
from yamabiko.stores.local import LocalStore


async def test_stores_arriving_during_a_write_are_written_together(embedder, tmp_path):
    path = tmp_path / "queue.sqlite3"
    # the store refuses a third waiting write: one by one, most of these stores would be dropped
    store = LocalStore(path, write_wait=120.0, max_pending_writes=2)
    async with AsyncSemanticCache(embedder, store, write_budget=120.0) as cache:
        await cache.store("Open the file first.", "opened")
        questions = [f"Which river flows through city number {i}?" for i in range(8)]
        embedded = embedder.batched_texts
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock: the first put waits
        try:
            answers = [cache.store(q, f"River {i}.") for i, q in enumerate(questions)]
            stores = [asyncio.ensure_future(answer) for answer in answers]
            while embedder.batched_texts < embedded + len(questions):
                await asyncio.sleep(0.01)  # every question embedded: its put is next
            for _ in range(10):
                await asyncio.sleep(0)
            assert not any(task.done() for task in stores)  # nothing written while locked
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        entries = await asyncio.gather(*stores)
        assert store.dropped_writes == 0
        assert len({entry.id for entry in entries}) == len(questions)
        for i, question in enumerate(questions):
            hit = await cache.lookup(question)
            assert hit is not None and hit.entry.response == f"River {i}."


async def test_a_store_written_twice_in_one_batch_keeps_the_last_answer(embedder, tmp_path):
    path = tmp_path / "twice.sqlite3"
    store = LocalStore(path, write_wait=120.0)
    async with AsyncSemanticCache(embedder, store, write_budget=120.0) as cache:
        await cache.store("Open the file first.", "opened")
        embedded = embedder.batched_texts
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            stores = [
                asyncio.ensure_future(cache.store("What is the capital of Peru?", "Lima")),
                asyncio.ensure_future(cache.store("What is the capital of Chile?", "wrong")),
                asyncio.ensure_future(cache.store("What is the capital of Chile?", "Santiago")),
            ]
            while embedder.batched_texts < embedded + 2:  # two distinct texts
                await asyncio.sleep(0.01)
            for _ in range(10):
                await asyncio.sleep(0)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        await asyncio.gather(*stores)
        hit = await cache.lookup("What is the capital of Chile?")
        assert hit is not None and hit.entry.response == "Santiago"
        hit = await cache.lookup("What is the capital of Peru?")
        assert hit is not None and hit.entry.response == "Lima"
