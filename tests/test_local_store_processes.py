"""The embedded store across OS processes: SIGKILL during writes, two processes on one file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from peer import peer_cache

from yamabiko import AsyncSemanticCache

WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from yamabiko import AsyncSemanticCache

    async def main(path):
        async with AsyncSemanticCache(path=path) as cache:
            i = 0
            while True:
                entry = await cache.store(f"Question number {i} about crash safety?", "x" * 500)
                print(entry.id, flush=True)  # printed only after store() returned
                i += 1

    asyncio.run(main(sys.argv[1]))
    """
)

def test_sigkill_during_writes_loses_no_returned_entry(tmp_path):
    path = tmp_path / "crash.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    returned = []
    assert proc.stdout is not None
    while len(returned) < 200:
        line = proc.stdout.readline()
        assert line, "the writer died before writing 200 entries"
        returned.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    returned.extend(line.strip() for line in proc.stdout.read().splitlines() if line.strip())

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM entries")}
        totals = db.execute("SELECT entries FROM totals").fetchone()[0]
    assert set(returned) <= stored
    assert totals == len(stored)


async def test_two_processes_see_each_others_writes_and_invalidations(tmp_path, embedder):
    path = tmp_path / "shared.sqlite3"
    with peer_cache("", "path=sys.argv[1]", str(path)) as ask:
        async with AsyncSemanticCache(embedder, path=path) as cache:
            assert await cache.lookup("空はなぜ青いのですか?") is None
            assert ask("store 空はなぜ青いのですか?") == "stored"
            hit = await cache.lookup("空が青いのはなぜですか?")
            assert hit is not None and hit.response.startswith("answer from the peer")

            await cache.store("What is a semantic cache?", "A cache keyed by meaning.")
            assert ask("lookup What's a semantic cache?") == "A cache keyed by meaning."

            assert ask("invalidate") == "2"
            assert await cache.lookup("空が青いのはなぜですか?") is None
            assert await cache.lookup("What is a semantic cache?") is None

            await cache.store("Is the sea blue?", "Mostly.")
            time.sleep(0.05)
            assert ask("lookup Is the sea blue?") == "Mostly."


def _old_file(path) -> None:
    """A cache file as written before conversation records and stored guard analyses: the
    entries table without its ``history`` and ``analysis`` columns."""
    from yamabiko.stores.local_schema import connect

    connect(path, durable=False, wait_s=5.0).close()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE entries DROP COLUMN analysis")
        db.execute("ALTER TABLE entries DROP COLUMN history")


def test_two_connections_upgrading_one_old_file_at_once_both_open(tmp_path):
    """Two processes open an old file at once: both read its columns (both missing), one adds
    them first; the other's ALTER TABLE meets "duplicate column name" and still opens."""
    from yamabiko.stores.local_schema import add_columns, connect

    path = tmp_path / "old.sqlite3"
    _old_file(path)
    late = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    seen = {row[1] for row in late.execute("PRAGMA table_info(entries)")}
    assert "history" not in seen and "analysis" not in seen
    connect(path, durable=False, wait_s=5.0).close()  # the first process adds both
    add_columns(late, seen)  # the second, from what it read before: no error
    columns = [row[1] for row in late.execute("PRAGMA table_info(entries)")]
    assert columns.count("history") == columns.count("analysis") == 1
    late.close()
