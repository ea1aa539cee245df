"""What the commands share: the store and embedder options, the settings they select, and the
configured store opened for administration."""

from __future__ import annotations

import argparse
from typing import Any

from ..config import Settings, load_settings, open_store_url
from ..stores.local import LocalStore, default_path
from .checks import existing_cache_file


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--config``, ``--path`` and ``--store``."""
    parser.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    parser.add_argument("--path", help="SQLite cache file of the embedded store")
    parser.add_argument("--store", help="'local' (default) or a valkey:// / redis:// URL")


def add_embedder_option(parser: argparse.ArgumentParser) -> None:
    """``--embedder SPEC``."""
    parser.add_argument(
        "--embedder",
        metavar="SPEC",
        help="embedder NAME or NAME:key=value,... (use, openai, titan, bedrock-cohere, vertex, "
        "gemini); default: [embedder] in the config, $YAMABIKO_EMBEDDER, else use",
    )


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings of a command: config file < environment < its flags."""
    flags = {name: getattr(args, name, None) for name in ("path", "store", "embedder")}
    return load_settings(getattr(args, "config", None), flags=flags)


def open_admin_store(args: argparse.Namespace) -> Any:
    """The configured store, for administration: opened without the embedder check. A local
    cache file must exist already (these commands never create one)."""
    settings = settings_of(args)
    c = settings.cache
    if c.store == "local":
        source = "--path" if getattr(args, "path", None) else settings.source
        existing_cache_file(c.path or default_path(), source)
        return LocalStore(c.path)
    return open_store_url(c.store)
