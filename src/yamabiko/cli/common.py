"""What the commands share: the store and embedder options, the settings they select, and the
configured store opened for administration."""

from __future__ import annotations

import argparse
from typing import Any

from ..config import Settings, load_settings, open_store_url
from ..config.verify_policy import FLAGS
from ..stores.local import LocalStore, default_path
from .checks import existing_cache_file


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--config``, ``--path`` and ``--store``."""
    parser.add_argument("--config", help="config file (TOML or YAML); default $YAMABIKO_CONFIG")
    parser.add_argument("--path", help="SQLite cache file of the embedded store")
    parser.add_argument(
        "--store",
        help="'local' (default) or a store URL: valkey:// or redis:// (valkey+cluster:// for a "
        "cluster), postgresql://",
    )


def add_embedder_option(parser: argparse.ArgumentParser) -> None:
    """``--embedder SPEC``."""
    parser.add_argument(
        "--embedder",
        metavar="SPEC",
        help="embedder NAME or NAME:key=value,... (use, openai, titan, bedrock-cohere, vertex, "
        "gemini); default: [embedder] in the config, $YAMABIKO_EMBEDDER, else use",
    )


#: help of the ``[verify]`` / ``[policy]`` flags (:data:`yamabiko.config.verify_policy.FLAGS`)
_FLAG_HELP = {
    "verify.mode": "sync or async: whether a borderline lookup waits for the judge",
    "verify.verify_from": "lower end of the borderline band (a cosine similarity)",
    "verify.judge.format": "the judge's API: openai, anthropic, gemini or bedrock",
    "verify.judge.url": "the judge's base URL, e.g. https://api.openai.com/v1",
    "verify.judge.model": "the judge's model, e.g. gpt-4o-mini",
    "verify.judge.calls_per_minute": "judge calls allowed per minute",
    "policy.presets": "shipped policy rules: true, false, or user_specific,time_sensitive",
}


def flag_dest(setting: str) -> str:
    """The argparse ``dest`` of a ``[verify]`` / ``[policy]`` setting's flag."""
    return FLAGS[setting][2:].replace("-", "_")


def add_verify_policy_options(parser: argparse.ArgumentParser) -> None:
    """``--verify-mode``, ``--verify-from``, ``--judge-*`` and ``--policy-presets``: over the
    config file's ``[verify]`` / ``[policy]`` and ``YAMABIKO_VERIFY_*`` / ``YAMABIKO_POLICY_*``.
    Their values are checked by the settings (a bad one is a message naming the flag)."""
    group = parser.add_argument_group(
        "verification and policy",
        "over [verify] / [policy] and YAMABIKO_VERIFY_* / "
        "YAMABIKO_POLICY_* (see docs/configuration.md)",
    )
    for setting, flag in FLAGS.items():
        metavar = {"verify.verify_from": "SIMILARITY", "verify.judge.calls_per_minute": "N"}.get(
            setting, setting.rpartition(".")[2].upper()
        )
        group.add_argument(flag, dest=flag_dest(setting), metavar=metavar, help=_FLAG_HELP[setting])


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings of a command: config file < environment < its flags."""
    flags = {name: getattr(args, name, None) for name in ("path", "store", "embedder")}
    flags.update({setting: getattr(args, flag_dest(setting), None) for setting in FLAGS})
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
