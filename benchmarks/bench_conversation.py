"""What conversation matching adds to a lookup: building the query's history record and comparing
it with one candidate's, per conversation pair of a file (``yamabiko eval conversations`` data).

For each pair, ``b``'s earlier turns are built into a record (embedding + small talk: what
``prepare`` does once per lookup; the embedder's own cache is cold for these texts) and
compared with ``a``'s stored record, first *cold* (neither side's turns analysed before, as for
a new conversation) and then *warm* (the same comparison again: a candidate whose turns were
seen before). Times are wall-clock and the thread's CPU time in milliseconds (p50 / p99).

``--ab OLD_SRC NEW_SRC`` runs the measurement in a child process per source tree, old, new,
old, new, so that both see the same load on a shared machine; only the public API
(``ConversationMatcher.build`` / ``compare``) is used, so any version of the code can be
measured (the follow-up question is handed to ``compare`` where it takes one).

  PYTHONPATH=src python benchmarks/bench_conversation.py benchmarks/data/conversations-tune.jsonl
  python benchmarks/bench_conversation.py --ab OLD/src src benchmarks/data/conversations-tune.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import subprocess
import sys
import time
from typing import Any

import numpy as np


def _turns(messages: list[dict[str, str]]) -> list[tuple[str, str]]:
    return [(m["role"], m["content"]) for m in messages[:-1]]


async def _measure(path: str) -> dict[str, Any]:
    from yamabiko.conversation import ConversationMatcher
    from yamabiko.embedders.base import CachedEmbedder
    from yamabiko.registry import default_embedder

    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    embedder = CachedEmbedder(default_embedder())
    matcher = ConversationMatcher(embedder)
    matcher.warm_up()  # what the cache's warm-up loads (WordNet's phrasal verbs, readings)
    # load the model, the prototypes, the tokenizers and the word vectors before timing
    warm_ups = (("Book a table for two.", "Done."), ("二人で予約したい。", "承知しました。"))
    for user, reply in warm_ups:
        first = await matcher.build([("user", user), ("assistant", reply)])
        again = await matcher.build([("user", user + "!"), ("assistant", reply)])
        matcher.compare(again, first.to_json())
    times: dict[str, list[float]] = {k: [] for k in ("build", "cold", "warm")}
    cpu: dict[str, list[float]] = {k: [] for k in times}
    turns = []
    # since session 33 (followup) the comparison is given the question asked after the
    # history (the lookup's prompt); a tree whose compare takes none is measured without it
    asks = "follow_up" in inspect.signature(matcher.compare).parameters
    for row in rows:
        question = (row["b"][-1]["content"],) if asks and row["b"] else ()
        stored = (await matcher.build(_turns(row["a"]))).to_json()
        start, start_cpu = time.perf_counter(), time.thread_time()
        query = await matcher.build(_turns(row["b"]))
        times["build"].append(time.perf_counter() - start)
        cpu["build"].append(time.thread_time() - start_cpu)
        turns.append(len(row["b"]) - 1)
        for kind in ("cold", "warm"):
            start, start_cpu = time.perf_counter(), time.thread_time()
            matcher.compare(query, stored, *question)
            times[kind].append(time.perf_counter() - start)
            cpu[kind].append(time.thread_time() - start_cpu)
    out: dict[str, Any] = {"pairs": len(rows), "turns_mean": round(float(np.mean(turns)), 1)}
    for kind in times:
        for name, values in (("wall", times[kind]), ("cpu", cpu[kind])):
            ms = np.array(values) * 1000
            out[f"{kind}_{name}_p50"] = round(float(np.percentile(ms, 50)), 3)
            out[f"{kind}_{name}_p99"] = round(float(np.percentile(ms, 99)), 3)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="conversation pairs JSON Lines")
    parser.add_argument("--ab", nargs=2, metavar=("OLD_SRC", "NEW_SRC"))
    parser.add_argument("--rounds", type=int, default=2, help="old/new rounds with --ab")
    args = parser.parse_args(argv)
    if not args.ab:
        print(json.dumps(asyncio.run(_measure(args.data))))
        return
    for round_ in range(args.rounds):
        for label, src in zip(("old", "new"), args.ab, strict=True):
            env = {**os.environ, "PYTHONPATH": os.path.abspath(src)}
            done = subprocess.run(
                [sys.executable, __file__, args.data], env=env, capture_output=True, text=True
            )
            if done.returncode:
                raise SystemExit(done.stderr)
            load = os.getloadavg()[0]
            print(f"round {round_ + 1} {label} (load {load:.1f}): {done.stdout.strip()}")


if __name__ == "__main__":
    main()
