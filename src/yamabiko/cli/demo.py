"""``yamabiko demo`` (the reference scenario through the gateway) and ``yamabiko warm``
(pre-fill the cache from a JSONL file)."""

from __future__ import annotations

import argparse
from typing import Any

from ..warm import warm as warm_cache
from .checks import latency_arg, require_extra, ttl_arg
from .common import add_embedder_option, add_store_options, settings_of


def register_demo(sub: Any) -> None:
    """Add ``demo`` to the subcommands."""
    demo = sub.add_parser(
        "demo",
        help="replay the reference scenario on the embedded default",
        description="Replay the reference scenario through the real gateway, with a fake LLM on "
        "127.0.0.1, the local model and a temporary cache file; exits 1 if an outcome differs.",
    )
    demo.add_argument(
        "--llm-latency",
        type=latency_arg,
        default=1.5,
        help="seconds the built-in fake LLM takes per answer (default 1.5)",
    )
    demo.add_argument("--path", help="cache file to use (default: a fresh temporary file)")
    demo.set_defaults(func=cmd_demo)


def register_warm(sub: Any) -> None:
    """Add ``warm`` to the subcommands."""
    warm = sub.add_parser(
        "warm",
        help="pre-fill the cache from a JSONL file",
        description="Pre-fill the configured cache from a JSONL file of prompt / response rows "
        "(embedded in batches); bad lines are reported with their line numbers.",
    )
    add_store_options(warm)
    add_embedder_option(warm)
    warm.add_argument("file", help='JSONL: {"prompt": ..., "response": ..., "context": {...}}')
    warm.add_argument("--context", help="JSON context for rows that have none")
    warm.add_argument("--ttl", type=ttl_arg, help="TTL in seconds for rows that have none")
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
    warm.add_argument(
        "--no-count-repeats",
        dest="count_repeats",
        action="store_false",
        help="keep no ids past a batch (for a file of many millions of lines): a prompt an "
        "earlier batch has still replaces its entry, counted as stored, not repeated",
    )
    warm.set_defaults(func=cmd_warm)


def cmd_warm(args: argparse.Namespace) -> int:
    """Pre-fill the cache from a JSONL file of prompt/response pairs."""
    return warm_cache(args, settings_of)


def cmd_demo(args: argparse.Namespace) -> int:
    """Replay the reference scenario and print hit/miss, similarity and timings per prompt."""
    for module in ("uvicorn", "httpx"):
        require_extra(module, "gateway", "yamabiko demo (it runs the gateway)")
    from ..demo import run_demo

    return run_demo(args)
