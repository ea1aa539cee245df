"""``yamabiko doctor``: check that the model loads, the store opens and the optional parts are
installed."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import platform
import time
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import YamabikoError
from ..stores.local import default_path
from ..stores.repair import damaged_file
from .common import add_embedder_option, add_store_options, settings_of


def register(sub: Any) -> None:
    """Add ``doctor`` to the subcommands."""
    doctor = sub.add_parser(
        "doctor",
        help="check the model, the store and optional parts",
        description="Check that the settings are valid, the embedder loads, the configured "
        "store opens, and which extras are installed; exits 1 if a check fails.",
    )
    add_store_options(doctor)
    doctor.add_argument(
        "--repair",
        action="store_true",
        help="move a damaged cache file aside and start a fresh one with its readable entries",
    )
    add_embedder_option(doctor)
    doctor.set_defaults(func=cmd_doctor)


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check that the model loads, the store opens and optional parts are installed."""
    failures = 0

    def report(ok: bool, what: str, detail: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"[{'ok' if ok else 'FAIL':>4}] {what}: {detail}")

    report(True, "yamabiko", f"{__version__} on Python {platform.python_version()}")
    try:
        settings = settings_of(args)
        report(True, "settings", f"from {settings.source}, store {settings.cache.store}")
    except YamabikoError as exc:
        report(False, "settings", str(exc))
        return 1

    async def check() -> None:
        try:
            cache = settings.build_cache()
        except YamabikoError as exc:  # an unknown embedder, a store URL of a missing extra …
            report(False, "cache", str(exc))
            return
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
        file = Path(settings.cache.path or default_path()).expanduser()
        if settings.cache.store == "local" and not file.exists():
            report(True, "store", f"{file}: no cache file yet, 0 entries (made on the first store)")
            await cache.close()
            return
        path = getattr(cache.backend, "path", None)
        if path is not None and not damaged_file(path, repair=args.repair, report=report):
            return
        try:
            stats = await cache.stats()
            where = path or settings.cache.store
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
