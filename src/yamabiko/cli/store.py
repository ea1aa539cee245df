"""``yamabiko stats`` and ``yamabiko invalidate``: the configured store's size, and removing
entries from it."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from ..stores.base import Selector
from .checks import seconds_arg
from .common import add_store_options, open_admin_store, settings_of


def register(sub: Any) -> None:
    """Add ``stats`` and ``invalidate`` to the subcommands."""
    stats = sub.add_parser(
        "stats",
        help="entries, bytes, evictions of the configured store",
        description="Print the configured store's entries, bytes, evictions and expired entries.",
    )
    add_store_options(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)

    inv = sub.add_parser(
        "invalidate",
        help="remove entries from the configured store",
        description="Remove entries from the configured store: by id, namespace, user, tag or "
        "age (criteria combine: an entry must match all), or --all.",
    )
    add_store_options(inv)
    inv.add_argument("--id", action="append", help="entry id (repeatable)")
    inv.add_argument("--namespace", help="every entry of this namespace (tenant)")
    inv.add_argument("--user", help="every entry stored for this user")
    inv.add_argument("--tag", help="every entry with this tag")
    inv.add_argument(
        "--older-than", type=seconds_arg, metavar="SECONDS", help="entries older than this"
    )
    inv.add_argument("--all", action="store_true", help="every entry")
    inv.set_defaults(func=cmd_invalidate)


def cmd_stats(args: argparse.Namespace) -> int:
    """Print the store's size and counters."""

    async def run() -> dict[str, Any]:
        store = open_admin_store(args)
        await store.open(None, None)
        try:
            stats = await store.stats()
        finally:
            await store.close()
        where = str(getattr(store, "path", None) or settings_of(args).cache.store)
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


def cmd_invalidate(args: argparse.Namespace) -> int:
    """Remove entries by id, namespace, user, tag, age, or all of them."""
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
        store = open_admin_store(args)
        await store.open(None, None)
        try:
            return await store.delete(selector)
        finally:
            await store.close()

    removed = asyncio.run(run())
    print(f"removed {removed} entr{'y' if removed == 1 else 'ies'}")
    return 0
