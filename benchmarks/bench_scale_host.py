"""What the virtual machine does beside ``bench_scale.py``: steal time and free page reporting.

On a VM whose balloon device has *free page reporting* (virtio-balloon ``F_REPORTING``), the
guest kernel hands memory that a process freed back to the hypervisor in bursts, seconds after
the free, and the hypervisor unmaps it; while it does, the guest's vCPUs are stolen (``steal``
in ``/proc/stat``) and every thread of every process stalls, with no run-queue wait and no GIL
held in the guest. ``bench_scale.py``'s load phase ends with a process that frees ~3 GB (the
test vectors and the store) right before the query phase opens the store in a fresh process, so
those bursts fell into the open and the first second of searches (docs/stores.md, session 11).

* :func:`steal_ticks`, :func:`reported_kib`: the counters (1/100 s; KiB handed back so far,
  ``None`` where the kernel does not publish it);
* :func:`settle`: wait until the reporting is quiet, before a phase that measures latency;
* :func:`release_memory`: a child process that touches ``gib`` GiB and exits (what the load
  phase's exit does), for ``bench_scale_ab.py query --after-exit``;
* ``python benchmarks/bench_scale_host.py --seconds 60 --exits 2 --gib 3``: the steal time of
  quarter-second slices in which memory was handed back, against the slices without.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

#: published by this VM's kernel (page_reporting module parameters); absent on most machines
REPORTED = Path("/sys/module/page_reporting/parameters/reported_kib")


def steal_ticks() -> int:
    """The machine's steal time so far, in 1/100 s (0 where ``/proc/stat`` has none)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) if len(fields) > 8 else 0
    except OSError:
        return 0


def read_bytes() -> tuple[int, int]:
    """(bytes read through read calls, bytes read from the disk) by this process so far
    (``/proc/self/io`` ``rchar`` and ``read_bytes``; zeros where it is not published). SQLite
    reads its pages with ``pread``: ``rchar`` counts every page it did not hold in its own
    cache, ``read_bytes`` the ones that were not in the page cache either."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
        return int(fields["rchar"]), int(fields["read_bytes"])
    except (OSError, ValueError, KeyError):
        return 0, 0


def reported_kib() -> int | None:
    """KiB of free memory handed back to the hypervisor so far, or ``None`` if not published."""
    try:
        return int(REPORTED.read_text())
    except (OSError, ValueError):
        return None


def settle(max_s: float, quiet_s: float = 3.0) -> tuple[float, int]:
    """Wait until no memory was handed back to the hypervisor for ``quiet_s`` (at most
    ``max_s``); returns (seconds waited, MiB handed back meanwhile). Returns at once where the
    counter is not published or ``max_s`` is 0."""
    first = last = reported_kib()
    start = quiet_since = time.monotonic()
    if first is None or max_s <= 0:
        return 0.0, 0
    while (now := time.monotonic()) - start < max_s and now - quiet_since < quiet_s:
        time.sleep(0.25)
        value = reported_kib()  # None: unreadable this time (keep the last reading)
        if value is not None and value != last:
            last, quiet_since = value, time.monotonic()
    return time.monotonic() - start, ((last or 0) - first) // 1024


def release_memory(gib: float) -> None:
    """Run a child process that touches ``gib`` GiB of memory and exits."""
    code = ("import numpy as np, sys; a = np.ones(int(float(sys.argv[1]) * 2**27)); "
            "a += 1")  # fmt: skip
    subprocess.run([sys.executable, "-c", code, str(gib)], check=True)


def watch(seconds: float, exits: int, gib: float, window: float = 0.25) -> None:
    """Print, for ``window``-second slices over ``seconds``, the steal time of slices in which the
    VM handed more than 50 MiB back to the hypervisor against the others; ``exits`` processes
    touch ``gib`` GiB and exit, evenly spread over the first half (a diagnostic)."""
    import threading

    def exit_some() -> None:
        for _ in range(exits):
            release_memory(gib)
            time.sleep(seconds / 2 / max(1, exits))

    thread = threading.Thread(target=exit_some, daemon=True)
    thread.start()
    slices: list[tuple[int, int]] = []  # (steal ticks, KiB handed back)
    steal, handed = steal_ticks(), reported_kib() or 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(window)
        now_steal, now_handed = steal_ticks(), reported_kib() or 0
        slices.append((now_steal - steal, now_handed - handed))
        steal, handed = now_steal, now_handed
    busy = [s for s, kib in slices if kib > 50 * 1024]
    quiet = [s for s, kib in slices if kib == 0]
    total = sum(kib for _, kib in slices) // 1024
    print(f"| {window * 1e3:.0f} ms slices | {len(slices)} | handed back {total:,} MiB | "
          f"> 50 MiB handed back: {len(busy)}, steal {sum(busy) / max(1, len(busy)) * 10:.1f} ms "
          f"each | none handed back: {len(quiet)}, steal "
          f"{sum(quiet) / max(1, len(quiet)) * 10:.2f} ms each |")  # fmt: skip


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--exits", type=int, default=2, help="processes that free memory")
    parser.add_argument("--gib", type=float, default=3)
    args = parser.parse_args()
    watch(args.seconds, args.exits, args.gib)
