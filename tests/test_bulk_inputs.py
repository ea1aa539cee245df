"""Bulk loading as a user meets it, on every store kind (real stores, real embedder, real
guard): bad rows are named by their number and the load goes on; rows the policy or the store
refuses are counted by reason with their first row numbers; a store that goes down mid-load
stops the load, which says how many rows were stored and from which row to load again; the
ids a load has met are kept as exact 64-bit digests, or not at all (``count_repeats=False``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Iterator

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.bulk import BulkLoadStopped, BulkResult, _Load, store_many
from yamabiko.bulk_seen import MIN_RECENT, SeenIds
from yamabiko.partition import entry_id
from yamabiko.stores.base import Selector

EVERYTHING = Selector(everything=True)


async def _prompts(cache: AsyncSemanticCache) -> list[str]:
    return sorted(e.prompt for e in await cache.backend.entries(EVERYTHING, limit=100))


async def test_bad_rows_are_named_and_the_load_goes_on(store_factory, embedder):
    """A row that is not an object, a missing response, an invalid TTL: problems naming their
    row; a prompt over max_prompt_chars and an entry over max_entry_bytes: refused by reason,
    their rows kept; the good rows around them are stored."""
    cache = AsyncSemanticCache(embedder, await store_factory())
    rows = [
        {"prompt": "How do I reset my password?", "response": "Use the reset link."},
        "How do I change my email?",
        {"prompt": "How do I change my email?"},
        {"prompt": "word " * 20_000, "response": "Too long to embed."},
        {"prompt": "Where is the office?", "response": "x" * 300_000},
        {"prompt": "Is the sea blue?", "response": "Mostly.", "ttl": "soon"},
        {"prompt": "Where is the station?", "response": "Behind the office."},
    ]
    result = await store_many(cache, rows, batch_size=3)
    assert result.stored == 2 and result.repeated == 0
    assert [number for number, _ in result.problems] == [1, 2, 5]
    assert 'needs an object with "prompt" and "response"' in result.problems[0][1]
    assert "got str 'How do I change my email?'" in result.problems[0][1]
    assert "got dict {'prompt': 'How do I change my email?'}" in result.problems[1][1]
    assert "ttl is 'soon'" in result.problems[2][1]
    assert result.skipped == {"too-long": 1, "too-large": 1}
    assert result.skipped_rows == {"too-long": [3], "too-large": [4]}
    assert await _prompts(cache) == ["How do I reset my password?", "Where is the station?"]
    await cache.close()


@pytest.mark.parametrize(
    "store_factory", ["valkey", "valkey-cluster", "postgres"], indirect=True
)  # (the embedded store has no size limit of its own: the cache's applies)
async def test_an_entry_over_the_stores_own_limit_is_refused_and_the_load_goes_on(
    store_factory, embedder
):
    """A network store with a smaller ``max_entry_bytes`` than the cache's refuses an entry
    (NotStoredError at its put): the row counts as refused, not stored, and the load goes on."""
    store = await store_factory()
    store.max_entry_bytes = 200
    cache = AsyncSemanticCache(embedder, store)
    rows = [
        {"prompt": "How do I reset my password?", "response": "Use the reset link."},
        {"prompt": "Where is the office?", "response": "On the third floor. " * 20},
        {"prompt": "Where is the station?", "response": "Behind the office."},
    ]
    result = await store_many(cache, rows)
    assert (result.stored, result.skipped, result.skipped_rows) == (
        2,
        {"too-large": 1},
        {"too-large": [1]},
    )
    assert await _prompts(cache) == ["How do I reset my password?", "Where is the station?"]
    await cache.close()


@contextlib.contextmanager
def _outage(kind: str, store: object, request: pytest.FixtureRequest) -> Iterator[object]:
    """Yields a function that takes the store down (the server frozen, or its table or file
    locked by another client, so that writes time out); the store comes back on exit."""
    held: list[object] = []

    def down() -> None:
        if kind == "local":
            lock = sqlite3.connect(store.path, isolation_level=None)
            lock.execute("BEGIN EXCLUSIVE")
            held.append(lock)
        elif kind == "postgres":
            import psycopg

            lock = psycopg.connect(request.getfixturevalue("postgres_server").url)
            lock.execute(f"LOCK TABLE {store.table}_entries IN ACCESS EXCLUSIVE MODE")
            held.append(lock)
        else:
            servers = (
                [request.getfixturevalue("valkey_server")]
                if kind == "valkey"
                else request.getfixturevalue("valkey_cluster").nodes
            )
            for server in servers:
                server.pause()
                held.append(server)

    try:
        yield down
    finally:
        for thing in held:
            if hasattr(thing, "resume"):
                thing.resume()
            else:
                thing.close()  # a lock's connection: its transaction ends
        if kind == "valkey-cluster" and held:
            request.getfixturevalue("valkey_cluster").wait_ok()


async def test_a_store_that_goes_down_mid_load_says_how_many_rows_were_stored(
    store_factory, embedder, request
):
    """The store stops answering after the first batch is written: the load stops with
    BulkLoadStopped, whose result counts the rows stored (the first batch) and whose
    ``resume_at`` is the first row of the batch that failed; once the store is back it holds
    the rows counted, and none past the batch that failed."""
    kind = request.node.callspec.params["store_factory"]
    store = await store_factory(write_wait=0.5) if kind == "local" else await store_factory(
        timeout=0.5, write_timeout=0.5
    )
    cache = AsyncSemanticCache(embedder, store)
    rows = [
        {"prompt": f"How do I renew the permit of shop {n}?", "response": f"Form {n}."}
        for n in range(8)
    ]
    with _outage(kind, store, request) as down:
        batches = []

        def progress(rows: int) -> None:
            batches.append(rows)
            if len(batches) == 1:
                down()

        with pytest.raises(BulkLoadStopped) as stopped:
            await store_many(cache, rows, batch_size=2, progress=progress)
    assert batches == [2]
    assert (stopped.value.result.stored, stopped.value.resume_at) == (2, 2)
    message = str(stopped.value)
    assert message.startswith("the store failed (") and "2 rows were stored before" in message
    assert "rows from row 2 on may not be stored: load them again" in message
    # the rows counted are there; a write that timed out may still land when the server wakes
    # (hence "may not be stored"), nothing past the failed batch was sent
    held = await _prompts(cache)
    assert {row["prompt"] for row in rows[:2]} <= set(held)
    assert set(held) <= {row["prompt"] for row in rows[:4]}
    await cache.close()


async def test_without_counting_repeats_a_load_keeps_nothing_past_a_batch(tmp_path, embedder):
    """``count_repeats=False``: a repeat in the same batch is counted and replaced as before; a
    repeat in a later batch still replaces its row but counts as stored."""
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        prompt = "How do I reset my password?"
        rows = [
            {"prompt": prompt, "response": "first"},
            {"prompt": prompt, "response": "second"},
            {"prompt": prompt, "response": "third"},
        ]
        result = await store_many(cache, rows, batch_size=2, count_repeats=False)
        assert (result.stored, result.repeated) == (2, 1)
        entries = await cache.backend.entries(EVERYTHING, limit=10)
        assert [(e.prompt, e.response) for e in entries] == [(prompt, "third")]


def test_the_ids_met_are_kept_exactly_past_merges():
    """Real entry ids, many more than the set of latest ids holds before a merge: every id
    added is found, and no other id of the same kind is."""
    seen = SeenIds()
    added = [entry_id("p", f"prompt {n} {uuid.uuid4()}") for n in range(3 * MIN_RECENT + 7)]
    for key in added:
        seen.add(key)
    seen.add(added[0])  # again: no change
    assert len(seen) == len(added)
    assert all(key in seen for key in added)
    others = [entry_id("p", f"other {n}") for n in range(2000)]
    assert not any(key in seen for key in others)


async def test_a_digest_shared_by_two_ids_costs_a_count_never_a_row(tmp_path, embedder):
    """Review (session 31): two ids sharing their first 64 bits (one in 37 million for a
    million prompts) count a row as repeated and not stored; the row is still admitted, written
    under its whole id, and served."""
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        prompt = "How do I reset my password?"
        row = {"prompt": prompt, "response": "Use the link on the sign-in page."}
        request = cache.request(prompt)
        key = entry_id(request.partition, request.prompt)
        seen = SeenIds()
        seen.add(key[:16] + ("0" if key[16] != "0" else "1") + key[17:])  # another id, one digest
        result = BulkResult()
        load = _Load(cache, result, {"context": None, "ttl": None, "route": None}, None, seen)
        await load.next_batch([(0, row)])  # (store_many's one batch, its seen ids given)
        await load.written()
        assert (result.stored, result.repeated, result.problems) == (0, 1, [])
        assert await _prompts(cache) == [prompt]
        assert (await cache.lookup(prompt)).response == row["response"]
