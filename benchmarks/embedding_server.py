"""A remote embedder for the lookup benchmarks: the model in another process, over HTTP.

The reference stacks (Bedrock + Titan, Vertex / Gemini, OpenAI) embed remotely: no model runs
in the cache's process. :class:`EmbeddingServer` starts the project's fake LLM server
(``python -m yamabiko.testing.fake_upstream``) as a separate process on 127.0.0.1, a free port;
its OpenAI embeddings route answers :data:`~yamabiko.testing.fake_embeddings.UNCHANGED` with the
local model's own vectors (computed in that process), so a cache whose embedder calls it finds
the same candidates at the same cosines as one with the model in-process, and the guard checks
the same pairs. Each :meth:`EmbeddingServer.embedder` is a new client (one per cache).

    with EmbeddingServer() as server:
        cache = AsyncSemanticCache(path=..., embedder=server.embedder())

Run on its own, it times a round trip to that process against the model in this one:

    python benchmarks/embedding_server.py ../shared/data/pairs/qqp-dev.jsonl --texts 200
"""

from __future__ import annotations

import asyncio
import atexit
import os
import subprocess
import sys
import time
from typing import Any

import numpy as np

from yamabiko.embedders.openai import OpenAIEmbedder
from yamabiko.testing.fake_embeddings import UNCHANGED

#: seconds a request may take on a loaded machine before the embedder gives up (a miss)
TIMEOUT_S = 60.0


class EmbeddingServer:
    """The fake embedding API in a child process; :meth:`close` (or ``with``, or the end of
    this process) ends it."""

    def __init__(self) -> None:
        command = [sys.executable, "-m", "yamabiko.testing.fake_upstream", "--port", "0"]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, text=True, env=dict(os.environ)
        )
        atexit.register(self.close)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # "fake upstream on http://127.0.0.1:PORT"
        if not line.startswith("fake upstream on "):
            self.close()
            raise RuntimeError(f"the embedding server did not start: {line!r}")
        self.url = line.split()[-1]

    def embedder(self) -> OpenAIEmbedder:
        """A new client of the server: the local model's vectors, computed in its process."""
        return OpenAIEmbedder(
            UNCHANGED, dims=512, base_url=self.url + "/v1",
            timeout_s=TIMEOUT_S, deadline_s=2 * TIMEOUT_S,
        )  # fmt: skip

    def close(self) -> None:
        """End the server process (and wait for it)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> EmbeddingServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _rss_mib(pid: int) -> float:
    """The resident memory of process ``pid`` in MiB (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


async def _round_trips(texts: list[str]) -> None:
    """Each text embedded alone, in turn by the local model in this process and by the server
    (one request each, no LRU): wall ms, this thread's CPU ms; and both processes' memory."""
    from yamabiko.embedders.local import USEMultilingual

    started = time.perf_counter()
    with EmbeddingServer() as server:
        remote = server.embedder()
        await remote.embed(["warm"])  # (the server loads its model at its first request)
        ready = time.perf_counter() - started
        local = USEMultilingual()
        local.embed_sync(["warm"])
        times: dict[str, list[tuple[float, float]]] = {"local": [], "remote": []}
        for text in texts:
            for name in ("local", "remote") if len(times["local"]) % 2 else ("remote", "local"):
                wall, cpu = time.perf_counter(), time.thread_time()
                if name == "local":
                    await asyncio.to_thread(local.embed_sync, [text])
                else:
                    await remote.embed([text])
                times[name].append(((time.perf_counter() - wall) * 1e3,
                                    (time.thread_time() - cpu) * 1e3))  # fmt: skip
        server_mib = _rss_mib(server.process.pid)
    print(f"server ready (start + model load + first answer) in {ready:.1f} s; resident memory: "
          f"server {server_mib:.0f} MiB, this process (model loaded) "
          f"{_rss_mib(os.getpid()):.0f} MiB")  # fmt: skip
    for name, rows in times.items():
        wall, cpu = (np.percentile(column, [50, 99]) for column in np.array(rows).T)
        print(
            f"{name}: {len(rows)} texts one at a time; wall ms p50 / p99 {wall[0]:.3f} / "
            f"{wall[1]:.3f}; this thread's CPU ms p50 / p99 {cpu[0]:.3f} / {cpu[1]:.3f}"
        )


def _echo(end: Any) -> None:
    """A child process's loop: send back every message until None."""
    while (message := end.recv_bytes()) != b"":
        end.send_bytes(message)


def pipe_round_trips(count: int) -> tuple[np.ndarray, np.ndarray]:
    """Wall and this thread's CPU ms of ``count`` round trips of one 512-float32 vector (2 KiB)
    through a pipe to a child process that echoes it: the least a model in a child process
    would add per embedding (no HTTP, no JSON)."""
    import multiprocessing

    here, there = multiprocessing.Pipe()
    child = multiprocessing.Process(target=_echo, args=(there,), daemon=True)
    child.start()
    vector = np.ones(512, dtype=np.float32).tobytes()
    times = []
    for _ in range(count):
        wall, cpu = time.perf_counter(), time.thread_time()
        here.send_bytes(vector)
        np.frombuffer(here.recv_bytes(), dtype=np.float32)
        times.append(((time.perf_counter() - wall) * 1e3, (time.thread_time() - cpu) * 1e3))
    here.send_bytes(b"")
    child.join(10)
    return tuple(np.array(times).T)  # type: ignore[return-value]


def main() -> None:
    """``python benchmarks/embedding_server.py FILE --texts 200``: what a round trip to the
    model in another process costs, against the model in this one (the ``b`` sides of FILE)."""
    import argparse
    import json

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("path", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--texts", type=int, default=200)
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as handle:
        texts = [json.loads(line)["b"] for line, _ in zip(handle, range(args.texts), strict=False)]
    asyncio.run(_round_trips(texts))
    wall, cpu = (np.percentile(column, [50, 99]) for column in pipe_round_trips(args.texts))
    print(
        f"a 512-float vector through a pipe to a child process and back: wall ms p50 / p99 "
        f"{wall[0]:.3f} / {wall[1]:.3f}; this thread's CPU {cpu[0]:.3f} / {cpu[1]:.3f}"
    )


if __name__ == "__main__":
    main()
