"""``yamabiko warm`` run as a real subprocess on a terminal (a pseudo-terminal, so that its
progress bar is drawn): the bar counts every line of the file, whatever became of it, and
reaches 100 %; every line that is not stored is named on stderr."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios

from yamabiko import SemanticCache


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
