"""Reading JSON Lines files (warm-up rows, evaluation data): one value a line, blank lines
skipped, each line numbered for messages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Line:
    """One non-blank line: its number (from 1), its text, and its value, or ``error`` (the
    JSON decoder's message) when it is not JSON."""

    number: int
    text: str
    value: Any = None
    error: str | None = None


def json_lines(path: str | Path) -> Iterator[Line]:
    """The non-blank lines of a UTF-8 JSON Lines file, parsed, read one at a time; a line that
    is not UTF-8 is a line in error (its bytes shown with replacement characters); OSError
    when the file cannot be read."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                error = f"not UTF-8: byte 0x{raw[exc.start]:02x} at byte {exc.start + 1}"
                yield Line(number, raw.decode("utf-8", "replace"), error=error)
                continue
            if not text.strip():
                continue
            try:
                yield Line(number, text, json.loads(text))
            except json.JSONDecodeError as exc:
                yield Line(number, text, error=exc.msg)


def count_lines(path: str | Path) -> int:
    """How many non-blank lines ``path`` has (the lines :func:`json_lines` yields)."""
    with open(path, "rb") as handle:
        return sum(1 for raw in handle if raw.decode("utf-8", "replace").strip())
