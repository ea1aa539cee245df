"""benchmarks/bench_lookup_guard.py ``--store valkey`` (session 34, benchmarks/lookup_store.py):
each cache keeps its entries in a real valkey-server started for the run, under its own prefix,
so that a cache opened again finds what the filled one stored, and its lookups give the reasons
the embedded store's give, but for the trees' score a reason may end with (it differed on one
of these 12 pairs: the two stores' cosines need not agree to the last digit; real qqp-dev
pairs, the default guard); the figures' wall after the embedding is ``total_ms - embed_ms``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_lookup_guard import Side, fill, make_cache, past_embedding, read_pairs
from lookup_store import Stores
from shared_data import PAIRS

from yamabiko import Timings
from yamabiko.stores.valkey import ValkeyStore

ROWS = 12


def _unscored(reason: str) -> str:
    """``reason`` without a trailing score (``rejected:learned:0.44`` -> ``rejected:learned``)."""
    head, _, tail = reason.rpartition(":")
    return head if head and tail.replace(".", "", 1).isdigit() else reason


async def _reasons(stores: Stores, folder: Path, rows: list[dict]) -> list[str]:
    """The guarded cache filled, closed and opened again, then each row's ``b`` looked up."""
    filling = make_cache(folder, "guard", True, None, stores.maker("guard"))
    await fill(filling, rows, "store")
    await filling.close()
    async with make_cache(folder, "guard", True, None, stores.maker("guard")) as cache:
        return [(await cache.probe(row["b"])).reason for row in rows]


async def test_the_valkey_store_keeps_its_entries_and_gives_the_embedded_stores_reasons():
    rows = read_pairs(str(PAIRS / "qqp-dev.jsonl"), ROWS)
    local, valkey = Stores("local"), Stores("valkey")
    try:
        assert local.maker("guard") is None
        made = valkey.maker("guard")
        assert made is not None and isinstance(made(), ValkeyStore)
        with tempfile.TemporaryDirectory() as name:
            embedded = await _reasons(local, Path(name), rows)
        with tempfile.TemporaryDirectory() as name:
            served = await _reasons(valkey, Path(name), rows)
    finally:
        valkey.close()
    assert not valkey.server.running
    assert [_unscored(r) for r in served] == [_unscored(r) for r in embedded]
    assert any(r == "hit" for r in served), served  # (reopened: the entries were found)


def test_the_wall_after_the_embedding_is_total_less_embed():
    timings = [Timings(4.0, 1.0, 0.5, 0.0, 6.0, 1), Timings(2.0, 0.5, 0.0, 0.0, 3.0, 0)]
    side = Side("guard", timings=timings)
    assert past_embedding(side).tolist() == [2.0, 1.0]
