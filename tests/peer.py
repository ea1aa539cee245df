"""A second OS process with a cache of its own on the same store, driven line by line: what
the multi-process tests of each store use to see another process's writes and removals."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_SCRIPT = """
import sys
from yamabiko import SemanticCache
{imports}

with SemanticCache({arguments}) as cache:
    for line in sys.stdin:
        command, _, arg = line.rstrip("\\n").partition(" ")
        if command == "store":
            cache.store(arg, f"answer from the peer to {{arg}}", tags=["peer"])
            print("stored", flush=True)
        elif command == "lookup":
            hit = cache.lookup(arg)
            print(hit.response if hit else "MISS", flush=True)
        elif command == "invalidate":
            removed = cache.invalidate(tag=arg) if arg else cache.invalidate(everything=True)
            print(removed, flush=True)
"""


@contextmanager
def peer_cache(imports: str, arguments: str, *argv: str) -> Iterator[Callable[[str], str]]:
    """Starts ``python -c`` with ``SemanticCache(<arguments>)`` (Python source that may read
    ``sys.argv``, i.e. ``argv``, and names from ``imports``); yields ``ask(line)``, which sends
    one command and returns the peer's answer line:

    * ``store PROMPT``: stores "answer from the peer to PROMPT", tagged ``peer`` -> ``stored``
    * ``lookup PROMPT``: the served answer, or ``MISS``
    * ``invalidate TAG`` (``invalidate`` alone: every entry): how many were removed

    The peer closes its cache and ends when the block is left."""
    script = _SCRIPT.format(imports=imports, arguments=arguments)
    peer = subprocess.Popen(
        [sys.executable, "-c", script, *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert peer.stdin is not None and peer.stdout is not None

    def ask(line: str) -> str:
        peer.stdin.write(line + "\n")
        peer.stdin.flush()
        return peer.stdout.readline().strip()

    try:
        yield ask
    finally:
        peer.stdin.close()
        peer.wait(timeout=30)
