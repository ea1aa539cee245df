"""Run an ASGI app with uvicorn on a background thread (tests, the demo, the examples).

``ServerThread(app).start()`` binds ``127.0.0.1`` on a free port (known before the server
starts: :attr:`ServerThread.url`) and returns when the server accepts connections.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from ..gateway.server import loopback_socket


class ServerThread:
    """uvicorn serving ``app`` from a daemon thread with its own event loop."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, **config: Any) -> None:
        import uvicorn

        self.sock = loopback_socket(host, port)
        self.host, self.port = self.sock.getsockname()[:2]
        options: dict[str, Any] = {"log_level": "warning", "lifespan": "auto"}
        options.update(config)
        self.server = uvicorn.Server(uvicorn.Config(app, **options))
        self._thread = threading.Thread(target=self._run, name=f"asgi-{self.port}", daemon=True)
        self.error: BaseException | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _run(self) -> None:
        factory = self.server.config.get_loop_factory() or asyncio.new_event_loop
        loop = factory()
        try:
            loop.run_until_complete(self.server.serve(sockets=[self.sock]))
        except BaseException as exc:
            self.error = exc
        finally:
            loop.close()

    def start(self, timeout: float = 30.0) -> ServerThread:
        self._thread.start()
        deadline = threading.Event()
        waited = 0.0
        while not self.server.started:
            if not self._thread.is_alive():
                raise RuntimeError(f"server on {self.url} failed to start: {self.error!r}")
            deadline.wait(0.01)
            waited += 0.01
            if waited > timeout:
                raise RuntimeError(f"server on {self.url} did not start within {timeout} s")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self._thread.join(timeout)
        self.sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
