"""The one boundary where a network store's driver errors become yamabiko errors
(:func:`yamabiko.storegate.guarded`, fed by each store's ``DRIVER_ERRORS``), on real servers: an
error the server answers with is not an outage (the circuit breaker stays closed); a server that
cannot be reached is one (the breaker opens, and says so)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from servers import free_port
from valkey import exceptions as vx

from yamabiko.errors import StoreError, StoreUnavailableError
from yamabiko.stores.postgres import PostgresStore
from yamabiko.stores.valkey import ValkeyStore

EMBEDDER, DIMS = "use-multilingual-v3", 512


async def test_postgres_answering_with_an_error_is_a_store_error_not_an_outage(postgres_server):
    table = f"t{uuid.uuid4().hex[:12]}"
    store = PostgresStore(postgres_server.url, table=table, timeout=2.0, breaker_failures=2)
    await store.open(EMBEDDER, DIMS)
    with psycopg.connect(postgres_server.url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE {table}_counters")  # someone dropped a table under the store
    for _ in range(3):  # more than breaker_failures: an answer never opens the circuit
        with pytest.raises(StoreError, match="PostgreSQL stats failed at") as info:
            await store.stats()
        assert not isinstance(info.value, StoreUnavailableError)
        assert f"{table}_counters" in str(info.value)
    assert not store.breaker.is_open
    await store.close()


async def test_valkey_answering_with_an_error_reaches_the_store_unchanged(valkey_server):
    store = ValkeyStore(valkey_server.url, prefix=f"t{uuid.uuid4().hex[:12]}:", timeout=2.0,
                        breaker_failures=2)  # fmt: skip
    await store.open(EMBEDDER, DIMS)
    for _ in range(3):  # the store interprets ResponseError itself (e.g. "no such index")
        with pytest.raises(vx.ResponseError, match=r"(?i)unknown command"):
            await store.call("probe", 2.0, lambda c: c.execute_command("YAMABIKO.NO.SUCH"))
    assert not store.breaker.is_open
    await store.close()


@pytest.mark.parametrize(
    ("url", "server"),
    [("postgresql://postgres@127.0.0.1:{port}/postgres", "PostgreSQL"),
     ("valkey://127.0.0.1:{port}/0", "Valkey")],
    ids=["postgres", "valkey"],
)  # fmt: skip
async def test_an_unreachable_server_opens_the_circuit_and_says_so(url, server):
    cls = PostgresStore if server == "PostgreSQL" else ValkeyStore
    store = cls(url.format(port=free_port()), breaker_failures=2, breaker_cooldown=600)
    for _ in range(2):
        with pytest.raises(StoreUnavailableError, match=f"cannot reach {server} at "):
            await store.open(None, None)
    with pytest.raises(StoreUnavailableError, match=rf"{server} at .* \(circuit open after 2 "):
        await store.open(None, None)
    await store.close()


async def test_a_failed_store_call_says_what_the_cache_does_instead():
    store = ValkeyStore(f"valkey://127.0.0.1:{free_port()}/0", breaker_failures=1,
                        breaker_cooldown=600)  # fmt: skip
    with pytest.raises(StoreUnavailableError, match=r"cannot reach Valkey at valkey://127\.0\.0\.1"
                       r":\d+/0 for search \(.+\); the lookup is a miss: the request goes to the "
                       r"LLM\.$"):  # fmt: skip
        await store.call("search", 2.0, lambda c: c.ping())
    skipped = r"circuit open .*\); put skipped; the answer is served but not stored"
    with pytest.raises(StoreUnavailableError, match=skipped):
        await store.call("put", 2.0, lambda c: c.ping())
    await store.close()
