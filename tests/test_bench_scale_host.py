"""benchmarks/bench_scale_host.py: waiting for the VM to hand freed memory back to the hypervisor
before ``bench_scale.py`` measures search latency (the counter is a real file, written by a
thread as the kernel would)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_scale_host as host


def _publish(counter: Path, kib: int) -> None:
    """Write the counter in one step, as the kernel publishes it (write_text truncates first,
    so a reader could see an empty file in between)."""
    staged = counter.with_suffix(".new")
    staged.write_text(str(kib))
    staged.replace(counter)


def test_no_wait_where_the_kernel_publishes_no_counter(tmp_path, monkeypatch):
    monkeypatch.setattr(host, "REPORTED", tmp_path / "absent")
    assert host.reported_kib() is None
    assert host.settle(30) == (0.0, 0)


def test_settle_waits_until_the_counter_stops_moving(tmp_path, monkeypatch):
    counter = tmp_path / "reported_kib"
    counter.write_text("1000")
    monkeypatch.setattr(host, "REPORTED", counter)
    done = threading.Event()

    def hand_back() -> None:  # 8 bursts of 1 MiB, 0.2 s apart
        for step in range(1, 9):
            time.sleep(0.2)
            _publish(counter, 1000 + step * 1024)
        done.set()

    thread = threading.Thread(target=hand_back)
    thread.start()
    waited, mib = host.settle(60, quiet_s=0.6)
    thread.join()
    assert done.is_set() and mib == 8  # it saw every burst: it returned after the last one
    assert waited > 0


def test_settle_gives_up_after_its_limit(tmp_path, monkeypatch):
    counter = tmp_path / "reported_kib"
    counter.write_text("0")
    monkeypatch.setattr(host, "REPORTED", counter)
    stop = threading.Event()

    def keep_moving() -> None:
        value = 0
        while not stop.is_set():
            value += 1024
            _publish(counter, value)
            time.sleep(0.05)

    thread = threading.Thread(target=keep_moving)
    thread.start()
    try:
        _, mib = host.settle(0.5, quiet_s=3600)
        gave_up_while_moving = not stop.is_set()
    finally:
        stop.set()
        thread.join()
    assert mib > 0 and gave_up_while_moving


def test_steal_is_read_from_proc_stat():
    assert host.steal_ticks() >= 0


def test_read_bytes_counts_what_the_process_reads(tmp_path):
    path = tmp_path / "pages"
    path.write_bytes(b"x" * 300_000)
    chars, _ = host.read_bytes()
    with path.open("rb", buffering=0) as handle:
        assert len(handle.read()) == 300_000
    after, disk = host.read_bytes()
    if Path("/proc/self/io").exists():
        assert after - chars >= 300_000 and disk >= 0
    else:
        assert (after, disk) == (0, 0)
