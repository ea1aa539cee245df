"""``yamabiko warm`` as a user runs it: a real subprocess on a terminal (a pseudo-terminal, so
that its progress bar is drawn), whose bar counts every line of the file, whatever became of
it, and reaches 100 %, every line that is not stored named on stderr; and, in process, a cache
file that another client locks mid-load: warm says how many rows were stored and from which
line to warm again."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import sqlite3
import struct
import subprocess
import sys
import termios

import yamabiko.warm as warm_module
from yamabiko import SemanticCache
from yamabiko.cli import main as cli_main


def _run_on_a_terminal(*args: str, timeout: float = 240) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal: exit code, stdout, and what the terminal
    showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # 120 columns
    process = subprocess.Popen(
        [sys.executable, "-m", "yamabiko.cli", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    out = process.stdout.read() if process.stdout is not None else b""
    code = process.wait(timeout=timeout)
    os.close(leader)
    return code, out.decode(), shown.decode("utf-8", "replace")


def test_warms_progress_bar_reaches_every_line_and_the_lines_not_stored_are_named(tmp_path):
    """Nine lines: two repeat an earlier prompt, one is too long to embed, one is not JSON,
    one is not UTF-8, one lacks its response: the bar ends at 9/9 (100 %), the summary counts
    them, stderr names each line that was not stored, and the cache answers with the last
    line of a repeated prompt."""
    lines = [
        json.dumps({"prompt": "What is yamabiko?", "response": "An old answer."}).encode(),
        json.dumps({"prompt": "Is the sea blue?", "response": "Mostly."}).encode(),
        json.dumps({"prompt": "What is yamabiko?", "response": "A newer answer."}).encode(),
        b"not json",
        json.dumps({"prompt": "word " * 20_000, "response": "Too long."}).encode(),
        b'{"prompt": "Caf\xe9 hours?", "response": "Eight to six."}',
        json.dumps({"prompt": "Where is the station?"}).encode(),
        json.dumps({"prompt": "Is the sea blue?", "response": "Mostly blue."}).encode(),
        json.dumps({"prompt": "What is yamabiko?", "response": "A semantic cache."}).encode(),
    ]
    data = tmp_path / "warm.jsonl"
    data.write_bytes(b"\n".join(lines) + b"\n\n")  # a blank line is not a line to load
    path = tmp_path / "warm.sqlite3"
    code, out, shown = _run_on_a_terminal("warm", str(data), "--path", str(path))
    assert code == 1, shown
    bars = re.findall(r"warming:\s+(\d+)%.*?(\d+)/(\d+)", shown)
    assert bars and bars[-1] == ("100", "9", "9"), shown
    assert "stored 2; 3 repeated" in out and "1 too-long; bad lines: 3" in out, out
    assert f"{data}:4: not JSON (Expecting value)" in shown
    assert f"{data}:5: not stored by policy (too-long: the prompt is over the cache's" in shown
    assert f"{data}:6: not JSON (not UTF-8: byte 0xe9 at byte 16)" in shown
    assert f'{data}:7: needs an object with "prompt" and "response"' in shown
    assert "Traceback" not in shown
    with SemanticCache(path=path) as cache:
        hit = cache.lookup("What is yamabiko?")
        assert hit is not None and hit.response == "A semantic cache."


def test_warm_says_how_many_rows_were_stored_when_the_store_goes_down(
    tmp_path, monkeypatch, capsys
):
    """Another client takes the cache file's write lock once warm's first batch is written (the
    real ``store_many``, its batches made small and its progress hooked to take the lock):
    warm stops with exit 1, its summary counts the rows stored, and stderr says why and from
    which line of the file to warm again (blank and bad lines counted)."""
    path = tmp_path / "warm.sqlite3"
    data = tmp_path / "warm.jsonl"
    rows = [{"prompt": f"How do I renew the permit of shop {n}?", "response": f"Form {n}."}
            for n in range(10)]  # fmt: skip
    data.write_text("not json\n\n" + "".join(json.dumps(row) + "\n" for row in rows))
    locks: list[sqlite3.Connection] = []
    real = warm_module.store_many

    async def store_many(cache, rows, **options):
        update = options["progress"]

        def progress(count: int) -> None:
            update(count)
            if not locks:
                locks.append(sqlite3.connect(path, isolation_level=None))
                locks[0].execute("BEGIN EXCLUSIVE")

        return await real(cache, rows, **{**options, "progress": progress, "batch_size": 4})

    monkeypatch.setattr(warm_module, "store_many", store_many)
    try:
        assert cli_main(["warm", str(data), "--path", str(path)]) == 1
    finally:
        for lock in locks:
            lock.close()
    out, err = capsys.readouterr()
    assert "stored 4; not stored by policy: none; bad lines: 1" in out
    assert f"{data}:1: not JSON" in err
    assert "yamabiko warm: stopped: the cache file" in err and "locked" in err
    assert "4 rows were stored before. Lines from 7 on may not be stored: warm them again" in err
    with SemanticCache(path=path) as cache:
        assert cache.stats().entries == 4


def test_warm_without_counting_repeats_keeps_the_later_answer_and_counts_it_stored(
    tmp_path, monkeypatch, capsys
):
    """``--no-count-repeats`` reaches the real ``store_many`` (its batches made two rows): a
    prompt repeated in a later batch is counted as stored, not repeated, and its later answer
    still replaces the earlier one; without the flag the same file counts it repeated."""
    data = tmp_path / "warm.jsonl"
    rows = [
        {"prompt": "How do I renew a parking permit?", "response": "Form A."},
        {"prompt": "Where is the town hall?", "response": "On the square."},
        {"prompt": "How do I renew a parking permit?", "response": "Form B, online."},
    ]
    data.write_text("".join(json.dumps(row) + "\n" for row in rows))
    real = warm_module.store_many

    async def store_many(cache, rows, **options):
        return await real(cache, rows, **{**options, "batch_size": 2})

    monkeypatch.setattr(warm_module, "store_many", store_many)
    counted, uncounted = tmp_path / "counted.sqlite3", tmp_path / "uncounted.sqlite3"
    assert cli_main(["warm", str(data), "--path", str(counted)]) == 0
    assert "stored 2; 1 repeated" in capsys.readouterr().out
    assert cli_main(["warm", str(data), "--path", str(uncounted), "--no-count-repeats"]) == 0
    out = capsys.readouterr().out
    assert "stored 3; not stored by policy: none; bad lines: 0" in out, out
    for path in (counted, uncounted):
        with SemanticCache(path=path) as cache:
            assert cache.stats().entries == 2
            hit = cache.lookup("How do I renew a parking permit?")
            assert hit is not None and hit.response == "Form B, online."
