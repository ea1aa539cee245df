"""``yamabiko warm FILE``: pre-fill the cache from JSON Lines of prompt/response pairs, in a
given context or, with ``--as API --model M``, in the partition the gateway gives such requests.
Rows are loaded in batches (:func:`yamabiko.bulk.store_many`: batched embedding, one store
transaction per batch on the embedded store). A prompt that an earlier line has in the same
context is counted as repeated, and the later line's answer is kept, as storing it again would.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any

from .bulk import BulkResult, store_many
from .errors import InvalidInputError
from .jsonl import json_lines


def _read_warm_file(path: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of a JSONL warm-up file, and one message per bad line (line number, what, fix)."""
    rows, problems = [], []
    for line in json_lines(path):
        row = line.value
        if line.error is not None:
            problems.append(f"{path}:{line.number}: not JSON ({line.error}); one object per line.")
        elif not isinstance(row, dict) or not {"prompt", "response"} <= row.keys():
            problems.append(
                f'{path}:{line.number}: needs an object with "prompt" and "response" '
                f'(optional "context", "ttl", "tags"), got {line.text.strip()[:60]!r}.'
            )
        else:
            row["_line"] = line.number
            rows.append(row)
    return rows, problems


def warm(args: argparse.Namespace, settings: Callable[[argparse.Namespace], Any]) -> int:
    """Pre-fill the cache from a JSONL file; ``settings(args)`` gives the configured settings."""
    from tqdm import tqdm

    try:
        rows, problems = _read_warm_file(args.file)
    except OSError as exc:
        print(f"yamabiko warm: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        default_context = json.loads(args.context) if args.context else None
    except json.JSONDecodeError as exc:
        print(
            f"yamabiko warm: --context is not JSON ({exc.msg}): {args.context!r}; "
            'pass e.g. --context \'{"model": "gpt-4o"}\'.',
            file=sys.stderr,
        )
        return 2

    as_gateway = _warm_as(args, default_context)

    ready = []
    for row in rows:
        try:
            context = (
                as_gateway(row) if as_gateway is not None else row.get("context", default_context)
            )
        except InvalidInputError as exc:
            problems.append(f"{args.file}:{row['_line']}: {exc}")
            continue
        ready.append({**row, "context": context})

    async def run() -> BulkResult:
        async with settings(args).build_cache() as cache:
            with tqdm(total=len(ready), desc="warming", unit="entry", disable=None) as bar:
                result = await store_many(
                    cache, ready, default_ttl=args.ttl, route=args.as_api, progress=bar.update
                )
        problems.extend(f"{args.file}:{ready[n]['_line']}: {msg}" for n, msg in result.problems)
        return result

    result = asyncio.run(run())
    for problem in problems:
        print(problem, file=sys.stderr)
    skipped = result.skipped
    summary = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items())) or "none"
    repeated = (
        f"; {result.repeated} repeated (a prompt an earlier line has in the same context: "
        "the later line's answer replaces it, as storing it again would)"
        if result.repeated
        else ""
    )
    print(f"stored {result.stored}{repeated}; not stored by policy: {summary}; "
          f"bad lines: {len(problems)}")  # fmt: skip
    return 1 if problems else 0


def _warm_as(args: argparse.Namespace, default_context: Any) -> Any:
    """``warm --as API --model M``: a function row -> the context the gateway gives that
    request (None without --as)."""
    if args.as_api is None:
        if args.model or args.system or args.params:
            raise InvalidInputError("--model, --system and --params go with --as API.")
        return None
    from .gateway.contexts import request_context

    if default_context is not None:
        raise InvalidInputError("--as builds the context itself; drop --context.")
    try:
        params = json.loads(args.params) if args.params else None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"--params is not JSON ({exc.msg}): {args.params!r}; e.g. '{{\"temperature\": 0}}'."
        ) from None
    request_context(args.as_api, args.model, "check", system=args.system, params=params)

    def context(row: dict[str, Any]) -> dict[str, Any]:
        if "context" in row:
            raise InvalidInputError(f"line {row['_line']} has a context, which --as replaces.")
        return request_context(
            args.as_api,
            args.model,
            row["prompt"],
            system=row.get("system", args.system),
            params=params,
            namespace=args.namespace,
        )

    return context
