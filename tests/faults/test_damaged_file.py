"""A damaged SQLite cache file: the cache and the gateway pass requests through, and
``yamabiko doctor --repair`` moves the file aside and keeps what is readable."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.cache import AsyncSemanticCache
from yamabiko.errors import StoreError
from yamabiko.stores.local import LocalStore
from yamabiko.stores.repair import check_file

PROMPTS = [f"What is the capital of country number {i}?" for i in range(200)]


async def _damaged_file(path, embedder) -> None:
    async with AsyncSemanticCache(embedder, path=path) as cache:
        for prompt in PROMPTS:
            await cache.store(prompt, f"The answer to: {prompt}")
    with sqlite3.connect(path) as db:  # a page of entries in the middle of the file
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        pages = [row[0] for row in db.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY pageno"
        )]  # fmt: skip
    db.close()
    with open(path, "r+b") as f:  # 4 KiB of garbage at the start of that page
        f.seek((pages[len(pages) // 2] - 1) * page_size)
        f.write(os.urandom(4096))
    assert check_file(path), "the garbage did not damage the file"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "yamabiko.cli", *args], capture_output=True, text=True, timeout=120
    )


async def test_a_damaged_file_fails_open_and_doctor_repairs_it(tmp_path, embedder):
    path = tmp_path / "damaged.sqlite3"
    await _damaged_file(path, embedder)
    with pytest.raises(StoreError, match="doctor --repair"):
        await LocalStore(path).open(embedder.name, embedder.dims)
    cache = AsyncSemanticCache(embedder, path=path)
    record = await cache.probe(PROMPTS[0])  # before: a raw sqlite3.DatabaseError
    assert record.hit is None and record.reason == "store-unavailable"
    assert await cache.get_or_call(PROMPTS[0], lambda p: "fresh") == "fresh"
    await cache.close()

    report = _cli("doctor", "--path", str(path))
    assert report.returncode == 1 and "is damaged" in report.stdout, report.stdout
    repaired = _cli("doctor", "--repair", "--path", str(path))
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "entries kept" in repaired.stdout
    assert list(tmp_path.glob("damaged.sqlite3.damaged-*"))  # moved aside, not deleted
    assert check_file(path) == []
    async with AsyncSemanticCache(embedder, path=path) as cache:
        kept = (await cache.stats()).entries
        assert kept <= len(PROMPTS)  # (what was lost depends on where the garbage fell)
        hits = [await cache.lookup(p) for p in PROMPTS]
        assert sum(h is not None for h in hits) == kept  # every salvaged entry is served


async def test_the_gateway_starts_on_a_damaged_file_and_passes_through(tmp_path, embedder):
    await _damaged_file(tmp_path / "gateway.sqlite3", embedder)  # the stack's cache file
    with running_stack(embedder, tmp_path) as stack:  # before: exit 3 at start-up
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPTS[1]}]}
        for _ in range(2):
            r = httpx.post(f"{stack.url}/v1/chat/completions", json=body, timeout=30)
            assert r.status_code == 200
            assert r.headers["x-yamabiko-cache"].startswith("miss")
