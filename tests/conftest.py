"""Shared fixtures: the real default embedder, an open cache on a fresh file, the question
corpus of the vector-index tests, a gateway per test module, and a factory of real, empty
stores."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import numpy as np
import pytest
from gateway_support import Stack, running_stack
from postgres_server import PostgresServer
from servers import ValkeySearchServer
from shared_data import question_corpus
from valkey_cluster import ValkeyCluster

from yamabiko import AsyncSemanticCache
from yamabiko.conversation import ConversationMatcher
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.guard import Guard
from yamabiko.stores import ann_ivf
from yamabiko.stores.local import LocalStore

#: Store kinds every contract test runs against. A new backend adds its name here and a branch
#: in ``store_factory``.
STORE_KINDS = ["local", "valkey", "valkey-cluster", "postgres"]

StoreFactory = Callable[..., Awaitable[object]]


@pytest.fixture(scope="session")
def embedder() -> CachedEmbedder:
    """The real default model (USE multilingual v3), loaded once per test session."""
    return CachedEmbedder(USEMultilingual())


@pytest.fixture(scope="module")
def matcher(embedder) -> ConversationMatcher:
    """The conversation matcher at its defaults, with the real embedder."""
    return ConversationMatcher(embedder)


@pytest.fixture
async def cache(tmp_path, embedder) -> AsyncIterator[AsyncSemanticCache]:
    """An open cache with the real embedder on a fresh SQLite file (a module that needs other
    options defines its own ``cache``)."""
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as c:
        yield c


@pytest.fixture(scope="module")
async def corpus(embedder) -> tuple[np.ndarray, np.ndarray]:
    """Real embeddings: 600 stored questions, and 120 paraphrases of stored ones as queries."""
    stored, queries = question_corpus()
    return await embedder.embed(stored), await embedder.embed(queries)


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory) -> Iterator[Stack]:
    """A gateway with default settings in front of the fake upstream, shared by one test module
    (a module that needs other settings defines its own ``stack``)."""
    with running_stack(embedder, tmp_path_factory.mktemp("gateway")) as s:
        yield s


@pytest.fixture(scope="session")
def valkey_server() -> Iterator[ValkeySearchServer]:
    """A real valkey-server with the search module on a free port, for the whole session."""
    with ValkeySearchServer() as server:
        yield server


@pytest.fixture(scope="session")
def valkey_cluster() -> Iterator[ValkeyCluster]:
    """A real 3-primary Valkey cluster (search module on every node), for the whole session."""
    with ValkeyCluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL 18 with pgvector on a free port, for the whole session."""
    with PostgresServer() as server:
        yield server


@pytest.fixture(params=STORE_KINDS)
async def store_factory(request, tmp_path) -> AsyncIterator[StoreFactory]:
    """``await store_factory(**options)`` opens a fresh, empty store of the parametrised kind."""
    opened: list[object] = []
    counter = itertools.count()

    async def make(**options):
        if request.param == "local":
            store = LocalStore(tmp_path / f"store-{next(counter)}.sqlite3", **options)
        elif request.param == "valkey":
            from yamabiko.stores.valkey import ValkeyStore

            server = request.getfixturevalue("valkey_server")
            options.setdefault("timeout", 2.0)  # generous: a loaded test machine is not an outage
            options.setdefault("write_timeout", 5.0)  # a first put creates the index, as below
            store = ValkeyStore(server.url, prefix=f"t{uuid.uuid4().hex[:12]}:", **options)
        elif request.param == "valkey-cluster":
            from yamabiko.stores.valkey import ValkeyStore

            cluster = request.getfixturevalue("valkey_cluster")
            options.setdefault("timeout", 2.0)
            options.setdefault("write_timeout", 5.0)  # a first put creates its group's index
            store = ValkeyStore(cluster.url, prefix=f"t{uuid.uuid4().hex[:12]}:", **options)
        elif request.param == "postgres":
            from yamabiko.stores.postgres import PostgresStore

            server = request.getfixturevalue("postgres_server")
            options.setdefault("timeout", 2.0)
            store = PostgresStore(server.url, table=f"t{uuid.uuid4().hex[:12]}", **options)
        else:  # pragma: no cover - each kind is wired above
            raise AssertionError(f"unknown store kind {request.param}")
        await store.open(USEMultilingual.name, 512)
        opened.append(store)
        return store

    yield make
    for store in opened:
        await store.close()


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard, one per test module."""
    return Guard()


@pytest.fixture
def few_probes(monkeypatch):
    """Inverted files of at most 48 lists searched with 3 probes (as a million-entry partition
    with 1,024 lists is searched with 8)."""
    monkeypatch.setattr(ann_ivf, "NLIST", 48)
    monkeypatch.setattr(ann_ivf, "MIN_SCAN", 0)
    monkeypatch.setattr(ann_ivf, "NPROBE", 3)
