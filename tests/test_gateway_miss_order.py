"""The order of a miss's work, over real HTTP with a real SQLite file: the reply does not wait
for the store; a later lookup in the partition embeds while that store is pending, then waits
for it only if its answer could be a hit (read-your-writes), and sees it."""

from __future__ import annotations

import concurrent.futures
import sqlite3

import httpx
from gateway_support import wait_for

from yamabiko.cache import AsyncSemanticCache
from yamabiko.config.gateway import GatewaySettings
from yamabiko.gateway.app import create_app
from yamabiko.stores.local import LocalStore
from yamabiko.testing import ServerThread, start_fake_upstream


def chat(url: str, text: str, headers: dict[str, str] | None = None) -> httpx.Response:
    payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    return httpx.post(
        f"{url}/v1/chat/completions", json=payload, headers=headers or {}, timeout=120
    )


def test_a_miss_replies_before_its_store_and_only_related_lookups_wait_for_it(embedder, tmp_path):
    path = tmp_path / "order.sqlite3"
    fake = start_fake_upstream()
    # the store may wait long for the write lock, and a lookup long for a pending store
    cache = AsyncSemanticCache(embedder, LocalStore(path, write_wait=120.0), write_budget=120.0)
    settings = GatewaySettings(openai_url=fake.url, store_wait=120.0, speculate="off")
    server = ServerThread(create_app(cache, settings)).start()
    try:
        assert chat(server.url, "Warm the model and open the store.").status_code == 200
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another writer: the gateway's store must wait
        released = False
        try:
            first = chat(server.url, "Why do leaves change colour in the autumn?")
            # the client has its answer although the store cannot have been written
            assert first.headers["x-yamabiko-cache"] == "miss"
            assert first.headers["x-yamabiko-stored"] == "true"
            stored = holder.execute("SELECT count(*) FROM entries WHERE prompt LIKE '%leaves%'")
            assert stored.fetchone()[0] == 0
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                # an unrelated question is answered without waiting for that store (which
                # cannot finish while the lock is held; a lookup may wait for 120 s)
                other = pool.submit(chat, server.url, "How many moons does Mars have?")
                assert wait_for(other.done)
                assert other.result().headers["x-yamabiko-cache"] == "miss"
                # nor is a request that does not read the cache (its store waits, too)
                fresh = pool.submit(
                    chat, server.url, "Why do leaves change colour in the autumn?",
                    {"Cache-Control": "no-cache"},
                )  # fmt: skip
                assert wait_for(fresh.done)
                assert fresh.result().headers["x-yamabiko-cache"] == "bypass; reason=no-cache"
            embedded = embedder.batched_texts
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                second = pool.submit(
                    chat, server.url, "In the autumn, why do leaves change colour?"
                )
                # the second prompt is embedded while the first answer's store is pending
                assert wait_for(lambda: embedder.batched_texts == embedded + 1)
                assert not second.done()  # its search waits for that store
                holder.execute("ROLLBACK")
                released = True
                reply = second.result(timeout=120)
        finally:
            if not released:
                holder.execute("ROLLBACK")
            holder.close()
        assert reply.headers["x-yamabiko-cache"] == "hit", reply.headers
        assert (
            reply.json()["choices"][0]["message"]["content"]
            == (first.json()["choices"][0]["message"]["content"])
        )
    finally:
        server.stop()
        fake.stop()
