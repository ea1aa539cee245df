"""The caches of ``bench_lookup_guard.py`` and the benchmarks built on it (session 34: moved
out of it, unchanged, to keep it under the project's ~400 lines): a pairs file's rows, a cache
with the defaults (guarded or not, an embedder and a store of the caller's), its fill with the
rows' ``a`` sides, and its opening with the verifier warmed up. ``bench_lookup_guard`` still
offers each name, as the other benchmarks and tests import them from it. Session 38:
:data:`GUARD_BUDGET_MS` (``bench_lookup_guard.py --budget-ms``) gives the guarded cache a
guard with that budget per check (:mod:`yamabiko.guard.budget`)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from yamabiko import AcceptAll, AsyncSemanticCache, NotStoredError
from yamabiko.bulk import store_many

#: the guarded caches' guard budget per check in ms (None: the default guard, no budget)
GUARD_BUDGET_MS: float | None = None


def read_pairs(path: str, count: int, skip: int = 0) -> list[dict[str, Any]]:
    """Rows ``skip`` to ``skip + count`` of a pairs file (``a``, ``b``, ``label``, ``lang``)."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= skip + count:
                break
            if number >= skip:
                rows.append(json.loads(line))
    return rows


def make_cache(
    folder: Path,
    name: str,
    guarded: bool,
    embedder: Callable[[], Any] | None = None,
    store: Callable[[], Any] | None = None,
) -> AsyncSemanticCache:
    """A cache with the defaults at ``folder/name.sqlite3``: the guard, or none; ``embedder``
    makes its embedder (None: the default local model), ``store`` its store (None: the
    embedded store at that path; :mod:`lookup_store`)."""
    verifier: Any = None if guarded else AcceptAll()
    if guarded and GUARD_BUDGET_MS is not None:  # (a tree with yamabiko.guard.budget only)
        from yamabiko.guard import Guard

        verifier = Guard(budget_ms=GUARD_BUDGET_MS)
    options: dict[str, Any] = {} if embedder is None else {"embedder": embedder()}
    where = {"path": folder / f"{name}.sqlite3"} if store is None else {"store": store()}
    return AsyncSemanticCache(verifier=verifier, **where, **options)


async def fill(cache: AsyncSemanticCache, rows: list[dict[str, Any]], how: str) -> None:
    """``cache``'s store, with the ``a`` side of every row: ``store`` puts them one by one
    (64 at a time, so the model embeds them in batches) as ``get_or_call`` does, which keeps
    the guard's analysis of each prompt with its entry; ``bulk`` loads them with
    :func:`~yamabiko.bulk.store_many`, as ``yamabiko warm`` does."""
    # each prompt once: a repeated one would only replace its entry (store_many counts it as
    # repeated and keeps the last row's answer; before session 30 it failed put_many, UNIQUE)
    firsts = {row["a"]: i for i, row in reversed(list(enumerate(rows)))}
    answers = [(prompt, f"answer {i}") for prompt, i in sorted(firsts.items(), key=lambda p: p[1])]
    start, cpu, refused = time.perf_counter(), time.process_time(), 0
    if how == "bulk":
        result = await store_many(cache, [{"prompt": a, "response": r} for a, r in answers])
        refused = len(answers) - result.stored
    else:
        for first in range(0, len(answers), 64):
            group = answers[first : first + 64]
            done = await asyncio.gather(
                *(cache.store(a, r) for a, r in group), return_exceptions=True
            )
            for outcome in done:  # the policy's refusals (a personal question: user scope)
                if isinstance(outcome, NotStoredError):
                    refused += 1
                elif isinstance(outcome, BaseException):
                    raise outcome
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    name = getattr(cache.verifier, "name", "guard")
    print(f"filled ({name}): {len(answers) - refused} rows by {how} in {seconds:.1f} s, "
          f"{cpu:.1f} s process CPU ({refused} refused by the policy)", flush=True)  # fmt: skip


async def open_warm(cache: AsyncSemanticCache) -> None:
    """Open ``cache`` and finish now what opening started in the background (the verifier's
    warm-up), so that no lookup pays for it."""
    await cache.open()
    warm_up = getattr(cache.verifier, "warm_up", None)
    if warm_up is not None:
        warm_up()
