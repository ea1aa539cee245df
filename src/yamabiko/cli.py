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

from .cli_checks import seconds_arg
from .config import check_cache_settings, load_settings
from .errors import YamabikoError


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    parser.add_argument("--path", help="SQLite cache file of the embedded store")
    parser.add_argument("--store", help="'local' (default) or a valkey:// / redis:// URL")


def _add_embedder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--embedder",
        metavar="SPEC",
        help="embedder NAME or NAME:key=value,... (use, openai, titan, bedrock-cohere, vertex, "
        "gemini); default: [embedder] in the config, $YAMABIKO_EMBEDDER, else use",
    )


def _settings(args: argparse.Namespace):
    settings = load_settings(getattr(args, "config", None))
    settings.embedder = getattr(args, "embedder", None)
    if getattr(args, "path", None):
        settings.cache.store = "local"
        settings.cache.path = args.path
    if getattr(args, "store", None):
        settings.cache.store = args.store
    check_cache_settings(settings)
    return settings


def _open_store(args: argparse.Namespace):
    """The configured store, for administration: opened without the embedder check. A local
    cache file must exist already (these commands never create one)."""
    from .cli_checks import existing_cache_file
    from .config import open_store_url
    from .stores.local import LocalStore, default_path

    settings = _settings(args)
    c = settings.cache
    if c.store == "local":
        source = "--path" if getattr(args, "path", None) else settings.source
        existing_cache_file(c.path or default_path(), source)
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


# -- doctor ------------------------------------------------------------------------------------


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check that the model loads, the store opens and optional parts are installed."""
    import importlib.util
    import platform
    import time

    from . import __version__
    from .stores.repair import damaged_file

    failures = 0

    def report(ok: bool, what: str, detail: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"[{'ok' if ok else 'FAIL':>4}] {what}: {detail}")

    report(True, "yamabiko", f"{__version__} on Python {platform.python_version()}")
    try:
        settings = _settings(args)
        report(True, "settings", f"from {settings.source}, store {settings.cache.store}")
    except YamabikoError as exc:
        report(False, "settings", str(exc))
        return 1

    async def check() -> None:
        cache = settings.build_cache()
        start = time.perf_counter()
        try:
            vector = (await cache.embedder.embed(["yamabiko doctor"]))[0]
            report(
                True,
                "embedder",
                f"{cache.embedder.name}, {len(vector)} dims, "
                f"loaded and ran in {time.perf_counter() - start:.2f} s",
            )
        except Exception as exc:
            report(False, "embedder", f"{type(exc).__name__}: {exc}")
        from pathlib import Path

        from .stores.local import default_path

        file = Path(settings.cache.path or default_path()).expanduser()
        if settings.cache.store == "local" and not file.exists():
            report(True, "store", f"{file}: no cache file yet, 0 entries (made on the first store)")
            await cache.close()
            return
        path = getattr(cache.backend, "path", None)
        if path is not None and not damaged_file(path, repair=args.repair, report=report):
            return
        try:
            await cache.open()
            stats = await cache.backend.stats()
            where = getattr(cache.backend, "path", settings.cache.store)
            report(True, "store", f"{where}: {stats.entries} entries, {stats.bytes} bytes")
        except Exception as exc:
            report(False, "store", f"{type(exc).__name__}: {exc}")
        finally:
            await cache.close()

    asyncio.run(check())
    for extra, module in (("gateway", "uvicorn"), ("valkey", "valkey"), ("eval", "matplotlib")):
        present = importlib.util.find_spec(module) is not None
        detail = "installed" if present else f"not installed (pip install 'yamabiko[{extra}]')"
        print(f"[{'ok' if present else '--':>4}] extra [{extra}]: {detail}")
    return 1 if failures else 0


# -- bench -------------------------------------------------------------------------------------


def cmd_bench(args: argparse.Namespace) -> int:
    """Time stores and lookups on the configured cache (e.g. your Valkey) in a scratch namespace."""
    import time
    import uuid

    from tqdm import tqdm

    if args.entries < 1 or args.queries < 1:
        print(
            f"yamabiko bench: --entries ({args.entries}) and --queries ({args.queries}) must be "
            "at least 1.",
            file=sys.stderr,
        )
        return 2
    namespace = f"yamabiko-bench-{uuid.uuid4().hex[:8]}"
    context = {"namespace": namespace}
    subjects = ["Python", "Rust", "SQLite", "Valkey", "Kyoto", "Mars", "jazz", "tea", "rice"]
    prompts = [
        f"What is the most useful fact number {i} about {subjects[i % len(subjects)]}?"
        for i in range(args.entries)
    ]

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    async def run() -> None:
        async with _settings(args).build_cache() as cache:
            await cache.warm_up()
            store_ms = []
            try:
                for prompt in tqdm(prompts, desc="storing", unit="entry", disable=None):
                    t0 = time.perf_counter()
                    await cache.store(prompt, "a benchmark answer " * 20, context=context)
                    store_ms.append((time.perf_counter() - t0) * 1000)
                asked = prompts[: args.queries]
                rows = []
                for label, texts in (
                    ("exact repeat", asked),
                    ("reworded", [p.replace("What is", "Tell me") for p in asked]),
                ):
                    times, hits = [], 0
                    for text in texts:
                        record = await cache.probe(text, context=context)
                        times.append(record.timings.total_ms)
                        hits += record.hit is not None
                    rows.append((label, pct(times, 50), pct(times, 99), hits, len(texts)))
            finally:
                await cache.invalidate(namespace=namespace)
        print(f"store: p50 {pct(store_ms, 50):.2f} ms, p99 {pct(store_ms, 99):.2f} ms")
        for label, p50, p99, hits, total in rows:
            print(f"lookup, {label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms, {hits}/{total} hits")

    asyncio.run(run())
    return 0


# -- demo --------------------------------------------------------------------------------------


def cmd_warm(args: argparse.Namespace) -> int:
    """Pre-fill the cache from a JSONL file of prompt/response pairs."""
    from .warm import warm

    return warm(args, _settings)


def cmd_demo(args: argparse.Namespace) -> int:
    """Replay the reference scenario and print hit/miss, similarity and timings per prompt."""
    from .cli_checks import require_extra

    for module in ("uvicorn", "httpx"):
        require_extra(module, "gateway", "yamabiko demo (it runs the gateway)")
    from .demo import run_demo

    return run_demo(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yamabiko",
        description="A semantic cache for LLM applications.",
    )
    parser.add_argument("--version", action="version", version=f"yamabiko {_version()}")
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
    inv.add_argument(
        "--older-than", type=seconds_arg, metavar="SECONDS", help="entries older than this"
    )
    inv.add_argument("--all", action="store_true", help="every entry")
    inv.set_defaults(func=cmd_invalidate)

    warm = sub.add_parser("warm", help="pre-fill the cache from a JSONL file")
    _add_store_options(warm)
    _add_embedder_option(warm)
    warm.add_argument("file", help='JSONL: {"prompt": ..., "response": ..., "context": {...}}')
    warm.add_argument("--context", help="JSON context for rows that have none")
    warm.add_argument("--ttl", type=float, help="TTL in seconds for rows that have none")
    warm.add_argument(
        "--as",
        dest="as_api",
        choices=("openai", "anthropic", "gemini"),
        help="fill the gateway's partition of this API (with --model): the entries are hits "
        "for one-turn requests of that API",
    )
    warm.add_argument("--model", help="with --as: the model the requests name")
    warm.add_argument("--system", help="with --as: the system prompt (rows may set 'system')")
    warm.add_argument(
        "--params", help="with --as: other request fields, e.g. '{\"temperature\": 0}'"
    )
    warm.add_argument("--namespace", help="with --as: the tenant namespace (default 'default')")
    warm.set_defaults(func=cmd_warm)

    bench = sub.add_parser("bench", help="time stores and lookups on the configured cache")
    _add_store_options(bench)
    _add_embedder_option(bench)
    bench.add_argument("--entries", type=int, default=1000, help="entries to store (default 1000)")
    bench.add_argument("--queries", type=int, default=200, help="lookups per kind (default 200)")
    bench.set_defaults(func=cmd_bench)

    doctor = sub.add_parser("doctor", help="check the model, the store and optional parts")
    _add_store_options(doctor)
    doctor.add_argument(
        "--repair",
        action="store_true",
        help="move a damaged cache file aside and start a fresh one with its readable entries",
    )
    _add_embedder_option(doctor)
    doctor.set_defaults(func=cmd_doctor)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _register_optional_commands() -> list:
    """Subcommands contributed by other modules (gateway, evaluation)."""
    registers = []
    for module_name in ("yamabiko.gateway.commands", "yamabiko.eval"):
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
    except BrokenPipeError:  # `yamabiko doctor | head`: the reader left, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
