"""``yamabiko serve``: run the gateway with uvicorn. Registered by :mod:`yamabiko.cli`.

Heavy imports (uvicorn, httpx) happen inside the command so that ``yamabiko --help`` works
without the ``[gateway]`` extra.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from ..cli.checks import require_extra
from ..cli.common import add_verify_policy_options, settings_of
from ..config import gateway_env
from ..embedders.local import limit_blas_threads
from ..errors import ConfigError, StoreError
from .observe import configure_access_log
from .tracing import setup_tracing

if TYPE_CHECKING:
    from ..config.gateway import GatewaySettings

#: ``--log-level`` values: uvicorn's levels
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")
#: the serve arguments, for worker processes that rebuild the gateway from the same ones
_ARGS_ENV = "YAMABIKO_SERVE_ARGS"


def register_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``serve`` to the ``yamabiko`` command."""
    serve = subparsers.add_parser(
        "serve", help="run the caching gateway (OpenAI / Anthropic / Gemini / JSON routes)"
    )
    serve.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(  # no type=: the [gateway] settings check it like the config file's
        "--port", help="port (default 8080; 0 = any free port)"
    )
    serve.add_argument("--openai-url", help="OpenAI upstream origin (default api.openai.com)")
    serve.add_argument("--anthropic-url", help="Anthropic upstream origin")
    serve.add_argument("--gemini-url", help="Gemini upstream origin")
    serve.add_argument(
        "--bedrock-url", help="Bedrock Runtime origin (default: from the AWS region)"
    )
    serve.add_argument("--store", help="'local' (default) or a valkey:// / redis:// URL")
    serve.add_argument(
        "--embedder", metavar="SPEC", help="embedder NAME or NAME:key=value,... (see docs)"
    )
    serve.add_argument("--path", help="SQLite cache file of the embedded store")
    serve.add_argument(
        "--key",
        action="append",
        metavar="KEY=NAMESPACE",
        help="a gateway key and its namespace (repeatable); clients send X-Yamabiko-Key",
    )
    serve.add_argument("--admin-token", help="token for /metrics and /yamabiko/* endpoints")
    serve.add_argument(
        "--workers",
        help="gateway processes sharing the socket and the store (default: one per core)",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        type=str.lower,
        choices=LOG_LEVELS,
        help="uvicorn log level (default info)",
    )
    serve.add_argument(
        "--access-log", choices=("text", "json", "off"), help="one line per request (default text)"
    )
    serve.add_argument(
        "--trace", action="store_true", help="OpenTelemetry spans over OTLP (the [otel] extra)"
    )
    serve.add_argument(
        "--fake-upstream",
        action="store_true",
        help="try it offline: answer from the built-in fake LLM (no keys, no network) and "
        "cache in a temporary file unless --path/--store is given",
    )
    add_verify_policy_options(serve)
    serve.set_defaults(func=cmd_serve)


def build_gateway(args: argparse.Namespace) -> tuple[GatewaySettings, Any]:
    """(settings, app) from the config file, the environment and the flags."""
    from ..config.gateway import gateway_settings  # the [gateway] extra (httpx)
    from .app import create_app

    settings = settings_of(args)
    keys = None
    if args.key:
        keys = ",".join(args.key)
    gateway = gateway_settings(
        settings.sections.get("gateway"),
        gateway_env(),
        {
            "host": args.host,
            "port": args.port,
            "openai_url": args.openai_url,
            "anthropic_url": args.anthropic_url,
            "gemini_url": args.gemini_url,
            "bedrock_url": args.bedrock_url,
            "keys": keys,
            "admin_token": args.admin_token,
            "workers": args.workers,
            "access_log": getattr(args, "access_log", None),
            "tracing": True if getattr(args, "trace", False) else None,
            "upstreams": getattr(args, "fake_upstreams", None),
        },
        source=settings.source,
    )
    gateway.check_exposure()
    cache = settings.build_cache(max_entry_bytes=gateway.max_entry_bytes)
    app = create_app(cache, gateway)
    app.freeze_after_warm_up = True  # (this process is the gateway's own: collector.py)
    return gateway, app


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the gateway until SIGINT/SIGTERM; in-flight requests and stores finish first."""
    require_extra("uvicorn", "gateway", "yamabiko serve")
    with ExitStack() as cleanup:
        if args.fake_upstream:
            _use_fake_upstream(args, cleanup)
        return _serve(args)


def _use_fake_upstream(args: argparse.Namespace, cleanup: ExitStack) -> None:
    """``--fake-upstream``: every upstream is the built-in fake LLM on a free loopback port."""
    import tempfile

    from ..testing.fake_upstream import start_fake_upstream

    fake = start_fake_upstream(latency=0.5, chunk_interval=0.02)
    cleanup.callback(fake.stop)
    from .adapters import adapter_classes

    args.openai_url = args.anthropic_url = args.gemini_url = fake.url
    args.fake_upstreams = {adapter.api: fake.url for adapter in adapter_classes()}
    if not args.path and not args.store:
        tmp = cleanup.enter_context(tempfile.TemporaryDirectory(prefix="yamabiko-try-"))
        args.path = f"{tmp}/cache.sqlite3"
    print(
        f"yamabiko: --fake-upstream: answers come from a fake LLM at {fake.url} (it says "
        f"'Fake answer to: ...' after 0.5 s); cache file {args.path or args.store}",
        file=sys.stderr,
        flush=True,
    )


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .server import loopback_socket

    class Server(uvicorn.Server):
        """uvicorn's server, saying where it listens only once start-up has succeeded."""

        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit:
                print(banner, file=sys.stderr, flush=True)

    gateway, app = build_gateway(args)
    log = logging.getLogger("yamabiko.gateway")
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per upstream call is noise
    configure_access_log(gateway.access_log)
    if gateway.tracing:
        setup_tracing()
    if gateway.open_access:
        banner = (
            "\n" + "!" * 78 + "\n"
            f"  yamabiko gateway: NO GATEWAY KEYS CONFIGURED. Listening on {gateway.host} only;\n"
            "  every local process can read cached answers without credentials.\n"
            "  Configure [gateway.keys] or --key KEY=NAMESPACE before exposing it.\n" + "!" * 78
        )
        print(banner, file=sys.stderr, flush=True)
    if not gateway.admin_token:
        log.warning("no admin token: /metrics and /yamabiko/* are disabled (--admin-token)")
    try:
        sock = loopback_socket(gateway.host, gateway.port)
    except OSError as exc:
        raise ConfigError(
            f"cannot listen on {gateway.host}:{gateway.port}: {exc.strerror}. "
            + (
                "Another process uses that port: stop it, or choose another with --port "
                "(0 = any free port)."
                if exc.errno == errno.EADDRINUSE
                else "Check --host and --port."
            )
        ) from None
    host, port = sock.getsockname()[:2]
    where = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    banner = (
        f"yamabiko gateway on {where}  (OpenAI: /v1/chat/completions, "
        "Anthropic: /v1/messages, Gemini: /v1beta/models/*, health: /healthz"
        + (", dashboard: /yamabiko/ui" if gateway.admin_token else "")
        + ")"
    )
    options: dict[str, Any] = {
        "log_level": args.log_level,
        "lifespan": "on",
        "timeout_graceful_shutdown": 30,
        "timeout_keep_alive": 75,  # SDK pools keep idle connections; 5 s (the default) is short
        "access_log": False,
    }
    workers = gateway.workers or os.cpu_count() or 1
    if workers == 1:
        limit_blas_threads()
        server = Server(uvicorn.Config(app, **options))
        server.run(sockets=[sock])
        if not server.started:
            print(
                "yamabiko serve: the gateway did not start (see the error above).", file=sys.stderr
            )
            return 1
        return 0
    # processes sharing the listening socket and the store; each builds its own gateway.
    # The store is opened once here first (a new cache file's schema is created by one
    # process); a store that is down is reported, and the workers start anyway, like one
    # worker: requests pass through until it is back (the cache never breaks the LLM path).
    import asyncio

    from uvicorn.supervisors import Multiprocess

    async def preflight() -> None:
        try:
            await app.cache.open()
        except StoreError as exc:
            log.warning("yamabiko gateway: the cache store is unavailable, passing through "
                        "until it is back: %s", exc)  # fmt: skip
        await app.cache.close()

    asyncio.run(preflight())

    os.environ[_ARGS_ENV] = json.dumps({k: v for k, v in vars(args).items() if k != "func"})
    config = uvicorn.Config(f"{__name__}:worker_app", factory=True, workers=workers, **options)
    print(f"{banner}  [{workers} worker processes]", file=sys.stderr, flush=True)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def worker_app() -> Any:
    """The gateway of one worker process (``yamabiko serve --workers N``), built from the
    parent's arguments."""

    limit_blas_threads()
    args = argparse.Namespace(**json.loads(os.environ[_ARGS_ENV]))
    gateway, app = build_gateway(args)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    configure_access_log(gateway.access_log)
    if gateway.tracing:
        setup_tracing()
    return app
