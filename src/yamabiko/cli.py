"""The ``yamabiko`` command: demo, stats, invalidate (and the commands other modules add).

Each subcommand is a function ``cmd_<name>(args) -> int`` registered in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any

from .config import load_settings
from .errors import YamabikoError


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    parser.add_argument("--path", help="SQLite cache file of the embedded store")
    parser.add_argument("--store", help="'local' (default) or a valkey:// / redis:// URL")


def _settings(args: argparse.Namespace):
    settings = load_settings(getattr(args, "config", None))
    if getattr(args, "path", None):
        settings.cache.store = "local"
        settings.cache.path = args.path
    if getattr(args, "store", None):
        settings.cache.store = args.store
    return settings


def _open_store(args: argparse.Namespace):
    """The configured store, for administration: opened without the embedder check."""
    from .config import open_store_url
    from .stores.local import LocalStore

    c = _settings(args).cache
    if c.store == "local":
        return LocalStore(c.path)
    return open_store_url(c.store)


# -- stats -----------------------------------------------------------------------------------


def cmd_stats(args: argparse.Namespace) -> int:
    """Print the store's size and counters."""

    async def run() -> dict[str, Any]:
        store = _open_store(args)
        await store.open(None, None)
        try:
            stats = await store.stats()
        finally:
            await store.close()
        where = str(getattr(store, "path", None) or _settings(args).cache.store)
        return {
            "store": where,
            "entries": stats.entries,
            "bytes": stats.bytes,
            "evictions": stats.evictions,
            "expired": stats.expired,
        }

    data = asyncio.run(run())
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        for key, value in data.items():
            print(f"{key:>10}: {value}")
    return 0


# -- invalidate --------------------------------------------------------------------------------


def cmd_invalidate(args: argparse.Namespace) -> int:
    """Remove entries by id, namespace, user, tag, age, or all of them."""
    from .stores.base import Selector

    selector = Selector(
        ids=tuple(args.id or ()),
        namespace=args.namespace,
        user=args.user,
        tag=args.tag,
        older_than=args.older_than,
        everything=args.all,
    )
    if selector.is_empty():
        print(
            "yamabiko invalidate: say what to remove: --id, --namespace, --user, --tag, "
            "--older-than SECONDS, or --all.",
            file=sys.stderr,
        )
        return 2
    if args.all and selector != Selector(everything=True):
        print("yamabiko invalidate: --all cannot be combined with other criteria.", file=sys.stderr)
        return 2

    async def run() -> int:
        store = _open_store(args)
        await store.open(None, None)
        try:
            return await store.delete(selector)
        finally:
            await store.close()

    removed = asyncio.run(run())
    print(f"removed {removed} entr{'y' if removed == 1 else 'ies'}")
    return 0


# -- demo --------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Replay the reference scenario and print hit/miss, similarity and timings per prompt."""
    from .demo import run_demo

    return run_demo(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yamabiko",
        description="A semantic cache for LLM applications.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="replay the reference scenario on the embedded default")
    demo.add_argument(
        "--llm-latency",
        type=float,
        default=1.5,
        help="seconds the built-in fake LLM takes per answer (default 1.5)",
    )
    demo.add_argument("--path", help="cache file to use (default: a fresh temporary file)")
    demo.set_defaults(func=cmd_demo)

    stats = sub.add_parser("stats", help="entries, bytes, evictions of the configured store")
    _add_store_options(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)

    inv = sub.add_parser("invalidate", help="remove entries from the configured store")
    _add_store_options(inv)
    inv.add_argument("--id", action="append", help="entry id (repeatable)")
    inv.add_argument("--namespace", help="every entry of this namespace (tenant)")
    inv.add_argument("--user", help="every entry stored for this user")
    inv.add_argument("--tag", help="every entry with this tag")
    inv.add_argument("--older-than", type=float, metavar="SECONDS", help="entries older than this")
    inv.add_argument("--all", action="store_true", help="every entry")
    inv.set_defaults(func=cmd_invalidate)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def _register_optional_commands() -> list:
    """Subcommands contributed by other modules (gateway, evaluation)."""
    registers = []
    for module_name in ("yamabiko.gateway.commands", "yamabiko.evaluate"):
        try:
            module = __import__(module_name, fromlist=["register_commands"])
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        register = getattr(module, "register_commands", None)
        if register is not None:
            registers.append(register)
    return registers


_EXTRA_COMMANDS = _register_optional_commands()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``yamabiko`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except YamabikoError as exc:
        print(f"yamabiko {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
