"""``yamabiko serve``: run the gateway with uvicorn. Registered by :mod:`yamabiko.cli`.

Heavy imports (uvicorn, httpx) happen inside the command so that ``yamabiko --help`` works
without the ``[gateway]`` extra.
"""

from __future__ import annotations

import argparse
import logging
import sys

from ..errors import ConfigError


def register_commands(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve", help="run the caching gateway (OpenAI / Anthropic / Gemini / JSON routes)"
    )
    serve.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8080; 0 = any free port)")
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
    serve.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    serve.set_defaults(func=cmd_serve)


def build_gateway(args: argparse.Namespace):
    """(settings, app) from the config file, the environment and the flags."""
    from ..config import gateway_env, load_settings
    from .app import create_app
    from .settings import gateway_settings

    settings = load_settings(args.config)
    settings.embedder = args.embedder
    if args.path:
        settings.cache.store = "local"
        settings.cache.path = args.path
    if args.store:
        settings.cache.store = args.store
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
        },
        source=settings.source,
    )
    gateway.check_exposure()
    cache = settings.build_cache(max_entry_bytes=gateway.max_entry_bytes)
    return gateway, create_app(cache, gateway)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the gateway until SIGINT/SIGTERM; in-flight requests and stores finish first."""
    try:
        import uvicorn
    except ImportError as exc:
        raise ConfigError(
            f"yamabiko serve needs the gateway extra: pip install 'yamabiko[gateway]' ({exc})."
        ) from exc
    from ..embedders.local import limit_blas_threads
    from .server import loopback_socket

    gateway, app = build_gateway(args)
    log = logging.getLogger("yamabiko.gateway")
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s: %(message)s")
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
    sock = loopback_socket(gateway.host, gateway.port)
    host, port = sock.getsockname()[:2]
    print(
        f"yamabiko gateway on http://{host}:{port}  (OpenAI: /v1/chat/completions, "
        "Anthropic: /v1/messages, Gemini: /v1beta/models/*, health: /healthz)",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        lifespan="on",
        timeout_graceful_shutdown=30,
        timeout_keep_alive=75,  # SDK pools keep idle connections; 5 s (the default) is short
        access_log=False,
    )
    limit_blas_threads()
    uvicorn.Server(config).run(sockets=[sock])
    return 0
