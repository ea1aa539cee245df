"""Where a slow lookup of ``bench_scale.py --trace MS`` spends its time (a diagnostic).

:func:`attach` instruments one real :class:`~yamabiko.stores.local.LocalStore` in place (no
mock: the store's own locks, threads, index and SQLite connection do the work, with timers
around them) and returns a :class:`Tracer`; the benchmark wraps each lookup in
``with tracer.lookup():``. Per lookup it records:

* ``in`` / ``out``: from the caller's ``await`` to the reader thread starting the search, and
  from the search's end to the caller resuming (the event loop and the executor's hand-off);
* ``lock`` / ``mu`` / ``imu``: waits for the store's index lock, the partition's lock and the
  inverted file's lock, with the thread that held it and for how long;
* ``faiss``: the index's search call; ``sql``: the candidates' SQLite read (execute + fetch);
  ``decode``: decoding their stored vectors; ``other``: the rest of the search;
* the reader thread's CPU time, its run-queue wait (``/proc/thread-self/schedstat``: ready but
  no core), page faults (minor / major) and context switches (voluntary / involuntary);
* ``late``: how late a watchdog thread that sleeps 1 ms at a time woke up meanwhile (the GIL or
  the cores were taken), and, once a lookup has run for MS, 2×MS and 4×MS, the two innermost
  frames of every thread of the process;
* ``steal``: the machine's steal time meanwhile (the hypervisor ran something else on our
  vCPUs; in 10 ms ticks of ``/proc/stat``, so a share over many lookups), and the MiB the VM
  handed back to the hypervisor meanwhile (``bench_scale_host.py``).

:meth:`Tracer.report` prints the slowest lookups and the share of each part among the lookups
slower than MS to stderr, and returns a summary for the benchmark's JSON.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_scale_host import reported_kib, steal_ticks

pc = time.perf_counter
PARTS = ("in", "lock", "mu", "imu", "faiss", "sql", "decode", "other", "out")


def _schedstat() -> tuple[int, int]:
    """(ns on a core, ns waiting for a core) of the calling thread."""
    fields = Path("/proc/thread-self/schedstat").read_text().split()
    return int(fields[0]), int(fields[1])


def _thread_usage() -> tuple[int, int, int, int]:
    use = resource.getrusage(resource.RUSAGE_THREAD)
    return use.ru_minflt, use.ru_majflt, use.ru_nvcsw, use.ru_nivcsw


class TimedLock:
    """A lock (Lock or RLock) that adds the traced thread's waits to its lookup's record."""

    def __init__(self, lock: Any, name: str, tracer: Tracer) -> None:
        self._lock, self._name, self._tracer = lock, name, tracer
        self._owner: tuple[str, float] | None = None
        self._depth = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        start = pc()
        held = self._owner
        ok = self._lock.acquire(blocking, timeout)
        if ok:
            self._depth += 1
            if self._depth == 1:
                self._owner = (threading.current_thread().name, pc())
            rec = self._tracer.current()
            if rec is not None:
                waited = pc() - start
                rec[self._name] += waited
                if waited > 0.001 and held is not None:
                    rec["held_by"].append(
                        f"{self._name} {waited * 1e3:.1f} ms, held by {held[0]} "
                        f"for {(pc() - held[1]) * 1e3:.1f} ms"
                    )
        return ok

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def locked(self) -> bool:
        return self._lock.locked()


class _Cursor:
    def __init__(self, cursor: Any, rec: dict[str, Any] | None, spent: float) -> None:
        self._cursor, self._rec = cursor, rec
        if rec is not None:
            rec["sql"] += spent

    def _timed(self, fn: Callable[[], Any]) -> Any:
        start = pc()
        try:
            return fn()
        finally:
            if self._rec is not None:
                self._rec["sql"] += pc() - start

    def fetchall(self) -> Any:
        return self._timed(self._cursor.fetchall)

    def fetchone(self) -> Any:
        return self._timed(self._cursor.fetchone)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class _Connection:
    """The reader's SQLite connection with its execute and fetches timed."""

    def __init__(self, conn: Any, tracer: Tracer) -> None:
        self._conn, self._tracer = conn, tracer

    def execute(self, *args: Any) -> _Cursor:
        start = pc()
        cursor = self._conn.execute(*args)
        return _Cursor(cursor, self._tracer.current(), pc() - start)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


class Tracer:
    """Per-lookup records of one store (see the module docstring)."""

    def __init__(self, threshold_ms: float) -> None:
        self.threshold = threshold_ms / 1000
        self.records: list[dict[str, Any]] = []
        self.progress = 0  # entries loaded so far (set by the loader)
        self._tls = threading.local()
        self._flight: dict[str, Any] | None = None
        self._stop = threading.Event()
        self._watch = threading.Thread(target=self._watchdog, name="trace-watchdog", daemon=True)
        self._watch.start()

    def current(self) -> dict[str, Any] | None:
        """The record of the lookup the calling thread is running, if any."""
        return getattr(self._tls, "rec", None)

    @contextlib.contextmanager
    def lookup(self) -> Iterator[None]:
        rec: dict[str, Any] = dict.fromkeys(PARTS, 0.0)
        rec.update(held_by=[], samples=[], late=0.0, n=len(self.records), entries=self.progress,
                   steal=steal_ticks(), handed=reported_kib() or 0, t0=pc())  # fmt: skip
        self._flight = rec
        try:
            yield
        finally:
            rec["t_end"] = pc()
            self._flight = None
            rec["steal"] = (steal_ticks() - rec["steal"]) / 100
            rec["handed"] = ((reported_kib() or 0) - rec["handed"]) / 1024
            rec["total"] = rec["t_end"] - rec["t0"]
            if "start" in rec:
                rec["in"] = rec["start"] - rec["t0"]
                rec["out"] = rec["t_end"] - rec["stop"]
                rec["faiss"] -= rec["imu"]  # (the inverted file's lock is taken inside)
                inner = rec["stop"] - rec["start"]
                rec["other"] = inner - sum(rec[p] for p in PARTS if p not in ("in", "out", "other"))
            self.records.append(rec)

    def _watchdog(self) -> None:
        while not self._stop.is_set():
            start = pc()
            time.sleep(0.001)
            late = pc() - start - 0.001
            rec = self._flight
            if rec is None:
                continue
            rec["late"] = max(rec["late"], late)
            running = pc() - rec["t0"]
            if len(rec["samples"]) < 3 and running > self.threshold * 2 ** len(rec["samples"]):
                names = {t.ident: t.name for t in threading.enumerate()}
                stacks = {}
                for ident, frame in sys._current_frames().items():
                    name = names.get(ident, str(ident))
                    if name == "trace-watchdog":
                        continue
                    where = []
                    while frame is not None and len(where) < 2:
                        where.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
                        frame = frame.f_back
                    stacks[name] = " < ".join(where)
                rec["samples"].append((round(running * 1e3, 1), stacks))

    # -- the reader thread's side ------------------------------------------------------

    def wrap_search(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def traced(*args: Any) -> Any:
            rec = self._flight
            if rec is None:
                return fn(*args)
            self._tls.rec = rec
            usage, sched, cpu = _thread_usage(), _schedstat(), time.thread_time()
            rec["start"] = pc()
            try:
                return fn(*args)
            finally:
                rec["stop"] = pc()
                self._tls.rec = None
                after, sched_after = _thread_usage(), _schedstat()
                rec["cpu"] = time.thread_time() - cpu
                rec["runq"] = (sched_after[1] - sched[1]) / 1e9
                rec["minflt"], rec["majflt"], rec["nvcsw"], rec["nivcsw"] = (
                    b - a for a, b in zip(usage, after, strict=True)
                )

        return traced

    def timed(self, fn: Callable[..., Any], part: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            rec = self.current()
            start = pc()
            try:
                return fn(*args, **kwargs)
            finally:
                if rec is not None:
                    rec[part] += pc() - start

        return timed

    # -- the report ----------------------------------------------------------------------

    def report(self, phase: str, top: int = 12) -> dict[str, Any]:
        self._stop.set()
        recs = [r for r in self.records if "start" in r]
        slow = [r for r in recs if r["total"] > self.threshold]
        total = sum(r["total"] for r in slow) or 1.0
        shares = {p: sum(r[p] for r in slow) / total for p in PARTS}
        out = sys.stderr
        print(f"\n## trace, {phase}: {len(recs)} lookups, {len(slow)} over "
              f"{self.threshold * 1e3:g} ms", file=out)  # fmt: skip
        print("share of their time: " + ", ".join(f"{p} {s:.0%}" for p, s in shares.items()),
              file=out)  # fmt: skip
        for name, group in (("the slow ones", slow), ("all", recs)):
            print(f"steal during {name}: {sum(r['steal'] for r in group) * 1e3:.0f} ms in "
                  f"{sum(r['steal'] > 0 for r in group)} lookups; handed back to the "
                  f"hypervisor: {sum(r['handed'] for r in group):.0f} MiB", file=out)  # fmt: skip
        cols = ("n", "entries", "total", *PARTS, "cpu", "runq", "late", "steal")
        print("| " + " | ".join(cols) + " | minflt/majflt | vcsw/ivcsw | waits |", file=out)
        for r in sorted(recs, key=lambda r: -r["total"])[:top]:
            cells = [str(r["n"]), f"{r['entries']:,}"] + [
                f"{r[c] * 1e3:.2f}" for c in ("total", *PARTS, "cpu", "runq", "late", "steal")
            ]
            waits = "; ".join(r["held_by"])
            print("| " + " | ".join(cells) + f" | {r['minflt']}/{r['majflt']} | "
                  f"{r['nvcsw']}/{r['nivcsw']} | {waits} |", file=out)  # fmt: skip
            for running, stacks in r["samples"]:
                where = " || ".join(f"{name}: {at}" for name, at in sorted(stacks.items()))
                print(f"    at {running} ms: {where}", file=out)
        print("slow lookups (n): " + " ".join(str(r["n"]) for r in slow[:40]), file=out)
        return {"slow": len(slow), "shares": shares, "lookups": len(recs),
                "first_slow": [r["n"] for r in slow][:20],
                "slow_steal_s": sum(r["steal"] for r in slow)}  # fmt: skip


def attach(store: Any, threshold_ms: float) -> Tracer:
    """Instrument ``store`` (a LocalStore, before ``open``) and return its tracer."""
    from yamabiko.stores import local_reads

    tracer = Tracer(threshold_ms)
    store._lock = TimedLock(store._lock, "lock", tracer)
    store._search_sync = tracer.wrap_search(store._search_sync)
    local_reads.decode_vectors = tracer.timed(local_reads.decode_vectors, "decode")
    open_reader = store._open_reader_sync

    def traced_open_reader() -> None:
        open_reader()
        store._tls.conn = _Connection(store._tls.conn, tracer)

    store._open_reader_sync = traced_open_reader
    index_search: list[Any] = []

    def wrap_partitions() -> None:
        index = store._index
        if index is None:
            return
        if not index_search or index_search[0] is not index:
            index_search[:] = [index]
        for part in index._partitions.values():
            if hasattr(part, "_mu") and not isinstance(part._mu, TimedLock):
                part._mu = TimedLock(part._mu, "mu", tracer)
            if hasattr(part, "_index_mu") and not isinstance(part._index_mu, TimedLock):
                part._index_mu = TimedLock(part._index_mu, "imu", tracer)
            if hasattr(part, "_search_index") and "_search_index" not in vars(part):
                part._search_index = tracer.timed(part._search_index, "faiss")

    search = store._search_sync

    def search_sync(*args: Any) -> Any:
        wrap_partitions()
        return search(*args)

    store._search_sync = search_sync
    return tracer


class NoTrace:
    """What ``bench_scale.py`` uses without ``--trace``: nothing is recorded."""

    progress = 0

    def lookup(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def report(self, phase: str) -> dict[str, Any]:
        return {}


NO_TRACE = NoTrace()
