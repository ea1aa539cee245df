"""``yamabiko eval conversations``: how often a follow-up question is served from the cache.

Input: JSON Lines of conversation pairs, ``{"a": [messages], "b": [messages], "label": 0|1,
"kind": "...", "lang": "..."}``, where a message is ``{"role": "user"|"assistant",
"content": str}`` and the last message of each side is the user's question. Label 1 means the
answer to ``a``'s last question is right for ``b`` (same context), 0 that it is not.

For each conversation mode (``exact`` and ``semantic`` by default) every pair runs through a
real :class:`~yamabiko.cache.AsyncSemanticCache` with a real store: ``a``'s question is stored
with ``a``'s earlier turns as ``context["history"]`` (its own namespace per pair, so pairs
never meet), then ``b``'s question is looked up with ``b``'s earlier turns. The report gives,
per mode, the share served of same-context pairs (label 1) and of different-context pairs
(label 0), per kind and per language, and the miss reasons.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import AsyncSemanticCache
from ..cli.checks import similarity_arg
from ..config import open_store_url
from ..embedders.base import CachedEmbedder
from ..errors import InvalidInputError
from ..policy import Policy
from ..stores.local import LocalStore
from .data import make_verifier, read_jsonl

MODES = ("exact", "semantic")
_SIDE = {0: "different", 1: "same"}


@dataclass(frozen=True)
class ConversationPair:
    """Two conversations; serving ``a``'s last answer for ``b`` is right iff ``label`` is 1."""

    a: list[dict[str, str]]
    b: list[dict[str, str]]
    label: int
    kind: str
    lang: str | None
    id: str | None = None


def _messages(value: Any, where: str) -> list[dict[str, str]]:
    if not isinstance(value, list) or not value:
        raise InvalidInputError(f"{where} must be a non-empty list of messages.")
    for i, message in enumerate(value):
        if not (
            isinstance(message, dict)
            and isinstance(message.get("role"), str)
            and isinstance(message.get("content"), str)
        ):
            raise InvalidInputError(
                f"{where}[{i}] is {message!r:.80}; a message is "
                '{"role": "user" or "assistant", "content": str}.'
            )
    if value[-1]["role"] != "user" or not value[-1]["content"].strip():
        raise InvalidInputError(f"{where} must end with the user's (non-empty) question.")
    return value


def load_conversation_pairs(path: str | Path) -> list[ConversationPair]:
    """Read conversation pairs; errors name the file, the row and what is wrong."""
    pairs = []
    for number, row in enumerate(read_jsonl(path), 1):
        where = f"{path} row {number}"
        if row.get("label") not in (0, 1):
            raise InvalidInputError(f"{where}: 'label' is {row.get('label')!r}; use 0 or 1.")
        pairs.append(
            ConversationPair(
                _messages(row.get("a"), f"{where}: 'a'"),
                _messages(row.get("b"), f"{where}: 'b'"),
                int(row["label"]),
                str(row.get("kind") or "unlabelled"),
                row.get("lang"),
                str(row["id"]) if row.get("id") is not None else f"row-{number}",
            )
        )
    if not pairs:
        raise InvalidInputError(f"{path} holds no conversation pairs.")
    return pairs


async def _run(
    pairs: Sequence[ConversationPair],
    mode: str,
    embedder: Any,
    store_url: str,
    guard: bool,
    progress: bool,
    min_similarity: float | None = None,
) -> list[tuple[bool, str]]:
    from tqdm import tqdm

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = (
            LocalStore(Path(tmp) / "conversations.sqlite3")
            if store_url == "local"
            else open_store_url(store_url)
        )
        # no presets: the measurement is of matching, not of which prompts get cached
        cache = AsyncSemanticCache(
            embedder,
            store,
            conversation=mode,
            policy=Policy(presets=False),
            verifier=make_verifier(guard),
            ttl=3600,
            **({} if min_similarity is None else {"min_similarity": min_similarity}),
        )
        run = f"eval-conv-{mode}-{time.time_ns()}"
        try:
            for n, pair in enumerate(tqdm(pairs, desc=mode, unit="pair", disable=not progress)):
                ns = f"{run}-{n}"  # a namespace per pair: pairs never meet
                await cache.store(
                    pair.a[-1]["content"],
                    f"answer {n}",
                    context={"namespace": ns, "history": pair.a[:-1]},
                    tags=[run],
                )
                found = await cache.probe(
                    pair.b[-1]["content"], context={"namespace": ns, "history": pair.b[:-1]}
                )
                out.append((found.hit is not None, found.reason))
            await cache.invalidate(tag=run)
        finally:
            await cache.close()
    return out


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def evaluate_conversations(
    pairs: Sequence[ConversationPair],
    embedder: Any,
    *,
    modes: Sequence[str] = MODES,
    store_url: str = "local",
    guard: bool = True,
    progress: bool = True,
    min_similarity: float | None = None,
) -> dict[str, Any]:
    """Served shares per mode: same-context (label 1) and different-context (label 0) pairs,
    by kind and by language, with the miss reasons (``min_similarity``: the cache's threshold,
    None: the default)."""
    embedder = embedder if isinstance(embedder, CachedEmbedder) else CachedEmbedder(embedder)
    report: dict[str, Any] = {
        "pairs": len(pairs),
        "same_context": sum(p.label for p in pairs),
        "different_context": sum(1 - p.label for p in pairs),
        "embedder": embedder.name,
        "store": store_url,
        "modes": {},
    }
    for mode in modes:
        results = asyncio.run(
            _run(pairs, mode, embedder, store_url, guard, progress, min_similarity)
        )
        by_kind: dict[tuple[str, int], list[bool]] = defaultdict(list)
        by_lang: dict[tuple[str, int], list[bool]] = defaultdict(list)
        by_label: dict[int, list[bool]] = {0: [], 1: []}
        reasons: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
        wrong: dict[int, dict[str, str]] = {0: {}, 1: {}}
        for pair, (served, reason) in zip(pairs, results, strict=True):
            by_kind[(pair.kind, pair.label)].append(served)
            by_lang[(pair.lang or "?", pair.label)].append(served)
            by_label[pair.label].append(served)
            if not served:
                reasons[pair.label][reason] += 1
            if served != bool(pair.label):
                wrong[pair.label][f"{pair.id} ({pair.kind})"] = reason
        kinds = sorted(by_kind.items(), key=lambda item: (-item[0][1], item[0][0]))
        report["modes"][mode] = {
            "same_context_served": _share(by_label[1]),
            "different_context_served": _share(by_label[0]),
            "kinds": {
                f"{kind} ({_SIDE[label]})": {"pairs": len(v), "served": _share(v)}
                for (kind, label), v in kinds
            },
            "languages": {
                f"{lang} ({_SIDE[label]})": _share(v)
                for (lang, label), v in sorted(by_lang.items())
            },
            "misses_same_context": dict(reasons[1].most_common()),
            "misses_different_context": dict(reasons[0].most_common()),
            # the pairs decided wrongly, by id: the different-context pairs served and the
            # same-context pairs missed (with the miss reason)
            "served_different_context": wrong[0],
            "missed_same_context": wrong[1],
        }
    return report


def _pct(value: float | None) -> str:
    return f"{'-':>10}" if value is None else f"{value:>10.2%}"


def summary(report: dict[str, Any]) -> str:
    """A table: served share per kind, one column per mode."""
    modes = list(report["modes"])
    lines = [
        f"{report['pairs']} conversation pairs ({report['same_context']} same context, "
        f"{report['different_context']} different), embedder {report['embedder']}",
        f"  {'kind':<26}" + "".join(f"{m:>10}" for m in modes),
    ]
    first = report["modes"][modes[0]]
    for kind in first["kinds"]:
        row = f"  {kind:<26}"
        for mode in modes:
            data = report["modes"][mode]["kinds"][kind]
            row += _pct(data["served"])
        lines.append(row + f"   ({first['kinds'][kind]['pairs']} pairs)")
    for key, label in (("same_context_served", "same context served"),
                       ("different_context_served", "different context served")):  # fmt: skip
        lines.append(f"  {label:<26}" + "".join(_pct(report["modes"][m][key]) for m in modes))
    return "\n".join(lines)


def listing(report: dict[str, Any]) -> str:
    """The pairs decided wrongly, per mode: different-context pairs served and same-context
    pairs missed (with the miss reason), by id."""
    lines = []
    for mode, data in report["modes"].items():
        served = data["served_different_context"]
        lines.append(f"{mode}: different-context pairs served ({len(served)})")
        lines += [f"  {name}: {reason}" for name, reason in served.items()]
        missed = data["missed_same_context"]
        lines.append(f"{mode}: same-context pairs missed ({len(missed)})")
        lines += [f"  {name}: {reason}" for name, reason in missed.items()]
    return "\n".join(lines)


def add_arguments(modes: argparse._SubParsersAction, add_common: Any) -> None:
    """The ``conversations`` mode of ``yamabiko eval``."""
    parser = modes.add_parser(
        "conversations", help="follow-up questions served, by kind (conversation pairs)"
    )
    parser.add_argument("data", nargs="+", help="conversation pairs JSON Lines file(s)")
    parser.add_argument(
        "--mode", choices=[*MODES, "both"], default="both",
        help="conversation mode(s) to run (default both: exact = before, semantic = after)",
    )  # fmt: skip
    parser.add_argument("--store", default="local", help="'local' (temp SQLite) or valkey://...")
    parser.add_argument(
        "--min-similarity", type=similarity_arg, help="threshold (default: the default)"
    )
    parser.add_argument(
        "--list", action="store_true",
        help="also list the pairs decided wrongly by id (different context served, same "
        "context missed with the reason)",
    )  # fmt: skip
    add_common(parser)


def run_command(args: argparse.Namespace, embedder: Any) -> dict[str, Any]:
    """Run ``yamabiko eval conversations`` and print the summary table."""
    pairs: list[ConversationPair] = []
    for path in args.data:
        pairs.extend(load_conversation_pairs(path))
    modes = MODES if args.mode == "both" else (args.mode,)
    report = evaluate_conversations(
        pairs,
        embedder,
        modes=modes,
        store_url=args.store,
        guard=not args.no_guard,
        progress=not args.quiet,
        min_similarity=args.min_similarity,
    )
    report["data"] = list(args.data)
    print(summary(report))
    if args.list:
        print(listing(report))
    return report
