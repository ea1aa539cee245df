"""Bulk loading (``store_many``, ``yamabiko warm``) with a prompt repeated in the load, and the
guard's stored analysis of loaded entries, on every store kind (real stores, real embedder,
real guard).

A repeated prompt in the same context replaces the earlier row, as a second ``cache.store``
would: the last row's answer is kept and the row counts as repeated, never a crash.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np

from yamabiko import AsyncSemanticCache, SemanticCache
from yamabiko.bulk import store_many
from yamabiko.cli import main as cli_main
from yamabiko.guard import Guard
from yamabiko.guard.stored import load
from yamabiko.models import Entry
from yamabiko.stores.base import Selector
from yamabiko.stores.local import LocalStore

DIMS = 512
EVERYTHING = Selector(everything=True)

#: prompts stored one by one and loaded in bulk: English and Japanese, a number, a context
ROWS = [
    {"prompt": "How do I reset my password?", "response": "Use the reset link.", "tags": ["faq"]},
    {"prompt": "Can I pay 20 dollars for a 3-day pass?", "response": "Yes, at the desk."},
    {
        "prompt": "パスワードを忘れた場合はどうすればいいですか？",
        "response": "再設定してください。",
    },
    {"prompt": "Is the sea blue?", "response": "Mostly.", "context": {"model": "m"}},
]


def _unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def _entry(entry_id: str, response: str) -> Entry:
    now = time.time()
    return Entry(
        id=entry_id, partition="p", context_id="c", namespace="default", user=None, lang="en",
        prompt=f"prompt {entry_id}", response=response, created_at=now, expires_at=None,
    )  # fmt: skip


async def test_put_many_writes_an_id_given_twice_once_its_last_version(tmp_path):
    """The embedded store's one-statement batch holding one id twice: no UNIQUE failure; the
    id's last version (response and vector) is what is kept, as two puts would leave it."""
    store = LocalStore(tmp_path / "twice.sqlite3")
    await store.open("use-multilingual-v3", DIMS)
    entries = [_entry("a", "first"), _entry("b", "only"), _entry("a", "last")]
    await store.put_many(entries, np.stack([_unit(1), _unit(2), _unit(3)]))
    assert (await store.stats()).entries == 2
    found = await store.search(_unit(3), "p", 1, time.time())
    assert [c.id for c in found] == ["a"] and found[0].similarity > 0.999
    hit = await store.fetch_hit("a", time.time())
    assert hit is not None and hit.response == "last"
    await store.close()


async def test_a_repeated_prompt_in_a_load_keeps_the_last_answer(store_factory, embedder):
    """In one batch and across batches (batch_size 2): the last admitted row of a prompt in a
    context wins and the others count as repeated; the same prompt in another context is an
    entry of its own; a later row the policy refuses leaves the earlier answer."""
    cache = AsyncSemanticCache(embedder, await store_factory())
    prompt = "How do I reset my password?"
    rows = [
        {"prompt": prompt, "response": "first"},
        {"prompt": prompt, "response": "second"},  # same batch
        {"prompt": "Is the sea blue?", "response": "Mostly."},
        {"prompt": prompt, "response": "third"},  # a later batch
        {"prompt": prompt, "response": "elsewhere", "context": {"model": "m"}},
        {"prompt": prompt, "response": "refused: mail me at someone@example.com"},
    ]
    result = await store_many(cache, rows, batch_size=2)
    assert (result.stored, result.repeated, result.problems) == (3, 2, [])
    assert sum(result.skipped.values()) == 1
    entries = await cache.backend.entries(EVERYTHING, limit=10)
    answers = sorted((e.prompt, e.response) for e in entries)
    assert answers == sorted(
        [(prompt, "third"), (prompt, "elsewhere"), ("Is the sea blue?", "Mostly.")]
    )
    await cache.close()


async def test_entries_loaded_in_bulk_carry_what_stored_entries_carry(store_factory, embedder):
    """Every field of an entry loaded by ``store_many`` equals the field of the entry
    ``cache.store`` writes for the same row (times aside; the inspection's ``entries`` leaves
    out the records a search returns), and a search returns the same guard analysis and
    conversation record with its candidate: a form the guard reads back for that prompt."""
    one_by_one = AsyncSemanticCache(embedder, await store_factory())
    bulk = AsyncSemanticCache(embedder, await store_factory())
    for row in ROWS:
        await one_by_one.store(row["prompt"], row["response"], context=row.get("context"),
                               tags=row.get("tags", ()))  # fmt: skip
    result = await store_many(bulk, ROWS, batch_size=3)
    assert (result.stored, result.repeated) == (len(ROWS), 0)
    stored = {e.id: e for e in await one_by_one.backend.entries(EVERYTHING, limit=10)}
    loaded = {e.id: e for e in await bulk.backend.entries(EVERYTHING, limit=10)}
    assert stored.keys() == loaded.keys() and len(stored) == len(ROWS)
    timeless = ("created_at", "expires_at", "hits", "last_hit_at")
    vectors = await embedder.embed([entry.prompt for entry in stored.values()])
    for (entry_id, entry), vector in zip(stored.items(), vectors, strict=True):
        for field in dataclasses.fields(Entry):
            if field.name not in timeless:
                want, got = getattr(entry, field.name), getattr(loaded[entry_id], field.name)
                assert got == want, (entry.prompt, field.name)
        now = time.time()
        (want,) = await one_by_one.backend.search(vector, entry.partition, 1, now)
        (got,) = await bulk.backend.search(vector, entry.partition, 1, now)
        assert want.id == got.id == entry_id
        assert want.analysis is not None and load(want.analysis, entry.prompt) is not None
        assert (got.analysis, got.history) == (want.analysis, want.history), entry.prompt
    await one_by_one.close()
    await bulk.close()


async def test_a_new_process_reads_a_loaded_entrys_analysis_instead_of_analysing(
    tmp_path, embedder
):
    """A cache opened after a bulk load (another process) checks a loaded entry as it checks a
    stored one: the guard reads the entry's analysis and does not analyse the prompt."""
    path = tmp_path / "c.sqlite3"
    prompt, paraphrase = "How do I reset my password?", "How can I reset my password?"
    async with AsyncSemanticCache(embedder, path=path) as first:
        result = await store_many(first, [{"prompt": prompt, "response": "Use the reset link."}])
        assert result.stored == 1
    async with AsyncSemanticCache(embedder, path=path) as second:
        hit = await second.lookup(paraphrase)
        assert hit is not None and hit.prompt == prompt
        guard = second.verifier
        assert isinstance(guard, Guard)
        assert guard._cache.find(prompt, "en") is None and prompt in guard._read_once


def test_warm_names_repeated_prompts_and_keeps_the_last_answer(tmp_path, capsys):
    """``yamabiko warm`` on a file with a prompt on two lines: success (exit 0), the summary
    says one row repeated an earlier one, and the cache answers with the later line."""
    data = tmp_path / "warm.jsonl"
    data.write_text(
        '{"prompt": "What is yamabiko?", "response": "An old answer."}\n'
        '{"prompt": "Is the sea blue?", "response": "Mostly."}\n'
        '{"prompt": "What is yamabiko?", "response": "A semantic cache."}\n',
        encoding="utf-8",
    )
    path = tmp_path / "warm.sqlite3"
    assert cli_main(["warm", str(data), "--path", str(path)]) == 0
    out = capsys.readouterr().out
    assert "stored 2; 1 repeated (a prompt an earlier line has in the same context" in out
    assert "bad lines: 0" in out
    with SemanticCache(path=path) as cache:
        hit = cache.lookup("What is yamabiko?")
        assert hit is not None and hit.response == "A semantic cache."
