"""``yamabiko warm FILE``: pre-fill the cache from JSON Lines of prompt/response pairs, in a
given context or, with ``--as API --model M``, in the partition the gateway gives such requests.
Rows are read one at a time and loaded in batches (:func:`yamabiko.bulk.store_many`: batched
embedding, one store transaction per batch on the embedded store); the progress bar counts the
file's lines, whatever became of each.

A prompt that an earlier line has in the same context is counted as repeated, and the later
line's answer is kept, as storing it again would (``--no-count-repeats``: the load keeps no ids
past a batch, and a prompt an earlier batch has is counted as stored; its answer still replaces
the earlier one). A bad line (not UTF-8, not JSON, not an
object with "prompt" and "response", an invalid field) is named with its line number on
stderr and the load goes on (exit 1 at the end); a line the policy refuses (a prompt over
``max_prompt_chars``, an entry over ``max_entry_bytes``, sensitive data ...) is counted by
reason and its first lines are named (exit 0). A store or embedder that fails stops the load:
warm says how many rows were stored and from which line to load again (exit 1). A file that
cannot be read or an option that is not valid is one message before anything is loaded (exit
2; an option's :class:`~yamabiko.errors.InvalidInputError` and a store that cannot be opened
are reported by the ``yamabiko`` command's entry point).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from .bulk import SKIPPED_EXAMPLES, BulkLoadStopped, BulkResult, store_many
from .errors import InvalidInputError
from .jsonl import Line, count_lines, json_lines

#: what a refusal for size means, in warm's notes (other reasons are shown by their label)
_SIZE_REASONS = {
    "too-long": "the prompt is over the cache's max_prompt_chars",
    "too-large": "prompt and response are over max_entry_bytes",
}


def _line_problem(path: str, line: Line) -> str | None:
    """The message for a line that is not a warm-up row (line number, what, fix), or None."""
    if line.error is not None:
        return f"{path}:{line.number}: not JSON ({line.error}); one object per line."
    row = line.value
    if not isinstance(row, dict) or not {"prompt", "response"} <= row.keys():
        return (
            f'{path}:{line.number}: needs an object with "prompt" and "response" '
            f'(optional "context", "ttl", "tags"), got {line.text.strip()[:60]!r}.'
        )
    return None


def warm(args: argparse.Namespace, settings: Callable[[argparse.Namespace], Any]) -> int:
    """Pre-fill the cache from a JSONL file; ``settings(args)`` gives the configured settings."""
    from tqdm import tqdm

    try:
        total = count_lines(args.file)
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
    problems: list[tuple[int, str]] = []  # (line number, message)
    lines = array("I")  # the line number of each row given to store_many (4 bytes a row)

    def rows(bar: Any) -> Iterator[dict[str, Any]]:
        """The file's rows with their context, read one at a time; a bad line is a problem
        (and a step of the bar)."""
        for line in json_lines(args.file):
            problem = _line_problem(args.file, line)
            row = line.value
            if problem is None:
                try:
                    context = (
                        as_gateway(row, line.number)
                        if as_gateway is not None
                        else (row.get("context", default_context))
                    )
                except InvalidInputError as exc:
                    problem = f"{args.file}:{line.number}: {exc}"
            if problem is not None:
                problems.append((line.number, problem))
                bar.update(1)
                continue
            lines.append(line.number)
            yield {**row, "context": context}

    async def run() -> BulkResult:
        async with settings(args).build_cache() as cache:
            with tqdm(total=total, desc="warming", unit="line", disable=None) as bar:
                return await store_many(
                    cache,
                    rows(bar),
                    default_ttl=args.ttl,
                    route=args.as_api,
                    progress=bar.update,
                    count_repeats=getattr(args, "count_repeats", True),
                )

    stopped: BulkLoadStopped | None = None
    try:
        result = asyncio.run(run())
    except BulkLoadStopped as exc:
        stopped, result = exc, exc.result
    problems.extend((lines[n], f"{args.file}:{lines[n]}: {msg}") for n, msg in result.problems)
    for _, problem in sorted(problems):
        print(problem, file=sys.stderr)
    for note in _refusal_notes(args.file, result, lines):
        print(note, file=sys.stderr)
    print(_summary(result, len(problems)))
    if stopped is not None:
        again = lines[stopped.resume_at] if stopped.resume_at < len(lines) else "the end"
        cause = str(stopped.__cause__).rstrip(".")
        print(
            f"yamabiko warm: stopped: {cause}; {result.stored} rows were stored "
            f"before. Lines from {again} on may not be stored: warm them again (a line loaded "
            "twice replaces its entry).",
            file=sys.stderr,
        )
    return 1 if problems or stopped is not None else 0


def _refusal_notes(path: str, result: BulkResult, lines: array[int]) -> Iterator[str]:
    """One note per line the policy refused, for the first lines of each reason, and how many
    more lines each reason refused."""
    for reason, numbers in sorted(result.skipped_rows.items()):
        why = _SIZE_REASONS.get(reason, "")
        label = f"{reason}: {why}" if why else reason
        for number in numbers:
            yield f"{path}:{lines[number]}: not stored by policy ({label})."
        more = result.skipped[reason] - len(numbers)
        if more > 0:
            yield (
                f"{path}: {more} more lines not stored by policy ({reason}), after the first "
                f"{SKIPPED_EXAMPLES}."
            )


def _summary(result: BulkResult, bad: int) -> str:
    """warm's last line: rows stored, repeated, refused by reason, bad lines."""
    skipped = result.skipped
    refused = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items())) or "none"
    repeated = (
        f"; {result.repeated} repeated (a prompt an earlier line has in the same context: "
        "the later line's answer replaces it, as storing it again would)"
        if result.repeated
        else ""
    )
    return f"stored {result.stored}{repeated}; not stored by policy: {refused}; bad lines: {bad}"


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

    def context(row: dict[str, Any], number: int) -> dict[str, Any]:
        if "context" in row:
            raise InvalidInputError(f"line {number} has a context, which --as replaces.")
        return request_context(
            args.as_api,
            args.model,
            row["prompt"],
            system=row.get("system", args.system),
            params=params,
            namespace=args.namespace,
        )

    return context
