"""benchmarks/bench_lookup_guard.py ``--embedder remote`` (session 33): the caches' embedder calls
the project's fake embedding API, a real HTTP server in a separate process
(benchmarks/embedding_server.py), which answers the local model's own vectors. So the lookups
with the model in another process find the same candidates at the same cosines as those with
the model in-process, and the guard gives every lookup the same reason (real qqp-dev pairs,
real stores, the default guard)."""

from __future__ import annotations

import asyncio
import gc
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_lookup_guard
import embedding_server
from bench_lookup_guard import Side, fill, make_cache, measure, read_pairs
from embedding_server import EmbeddingServer
from shared_data import PAIRS

from yamabiko.embedders.local import USEMultilingual

ROWS = 16


@pytest.fixture(scope="module")
def server():
    with EmbeddingServer() as running:
        yield running


def _lookups(rows: list[dict], embedder) -> tuple[Side, Side]:
    """The benchmark's filled, reopened caches (guarded and not) and its alternating lookups."""

    async def run() -> tuple[Side, Side]:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            for n in ("guard", "none"):
                filling = make_cache(folder, n, n == "guard", embedder)
                await fill(filling, rows, "store")
                await filling.close()
            caches = {n: make_cache(folder, n, n == "guard", embedder) for n in ("guard", "none")}
            on, off, _ = await measure(caches, rows, warm=[])
            return on, off

    try:
        return asyncio.run(run())
    finally:
        while bench_lookup_guard.counted in gc.callbacks:
            gc.callbacks.remove(bench_lookup_guard.counted)


def test_the_server_answers_the_local_models_own_vectors(server):
    texts = ["How do I reset my password?", "パスワードを忘れました"]
    remote = asyncio.run(server.embedder().embed(texts))
    local = np.asarray(USEMultilingual().embed_sync(texts), dtype=np.float32)
    assert remote.shape == (2, 512)
    assert np.allclose(remote, local, atol=1e-6)


def test_remote_lookups_give_the_local_lookups_reasons(server):
    rows = read_pairs(str(PAIRS / "qqp-dev.jsonl"), ROWS)
    remote_on, remote_off = _lookups(rows, server.embedder)
    local_on, _ = _lookups(rows, None)
    assert remote_on.prompts == [r["b"] for r in rows]
    assert remote_on.reasons == local_on.reasons
    assert list(remote_on.column("candidates_checked")) == list(
        local_on.column("candidates_checked")
    )
    # the guarded and unguarded remote caches searched the same candidates
    assert remote_on.reach == remote_off.reach
    assert remote_on.column("candidates_checked").sum() > 0
    assert any(reason.startswith("rejected:") for reason in remote_on.reasons)
    assert remote_on.hits >= 1 and remote_off.hits >= remote_on.hits
    assert all(t.embed_ms > 0 for t in remote_on.timings)


def test_a_vector_makes_the_round_trip_to_a_child_process():
    wall, cpu = embedding_server.pipe_round_trips(20)
    assert len(wall) == len(cpu) == 20
    assert (wall > 0).all() and (cpu >= 0).all()
