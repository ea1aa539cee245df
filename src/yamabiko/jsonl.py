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
    """The non-blank lines of a UTF-8 JSON Lines file, parsed; OSError when it cannot be
    read."""
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if not text.strip():
                continue
            try:
                yield Line(number, text, json.loads(text))
            except json.JSONDecodeError as exc:
                yield Line(number, text, error=exc.msg)
