"""Checks shared by the commands: argument types that validate like the library does, optional
extras, and cache files that read-only commands must not create by accident."""

from __future__ import annotations

import argparse
import importlib
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InvalidInputError
from ..request import check_min_similarity


def similarity_arg(text: str) -> float:
    """argparse type: a cosine threshold in [-1, 1] (the library's own check and message)."""
    try:
        return check_min_similarity(float(text), "the threshold")
    except ValueError as exc:  # InvalidInputError is a ValueError too
        message = str(exc) if isinstance(exc, InvalidInputError) else f"{text!r} is not a number"
        raise argparse.ArgumentTypeError(message) from None


def number_arg(
    what: str,
    example: str,
    *,
    minimum: float | None = None,
    above: float | None = None,
    maximum: float | None = None,
    integer: bool = False,
) -> Callable[[str], Any]:
    """argparse type: a finite number (``integer``: a whole one) >= ``minimum`` / > ``above``
    / <= ``maximum``. A bad value is refused with what was expected, the value and an example
    (argparse prints it after the option's name, without a traceback)."""
    bounds = []
    if minimum is not None and maximum is not None:
        bounds.append(f"from {minimum:g} to {maximum:g}")
    else:
        if minimum is not None:
            bounds.append(f">= {minimum:g}")
        if maximum is not None:
            bounds.append(f"<= {maximum:g}")
    if above is not None:
        bounds.append(f"> {above:g}")
    wanted = f"{what} {' and '.join(bounds)}".strip()

    def parse(text: str) -> Any:
        try:
            value: Any = int(text) if integer else float(text)
        except ValueError:
            value = None
        if (
            value is None
            or not math.isfinite(value)
            or (minimum is not None and value < minimum)
            or (above is not None and value <= above)
            or (maximum is not None and value > maximum)
        ):
            raise argparse.ArgumentTypeError(f"{text!r} is not {wanted}; give e.g. {example}")
        return value

    parse.__name__ = what  # argparse's name for the type
    return parse


def seconds_arg(text: str) -> float:
    """argparse type: a number of seconds >= 0 (an age)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"{text} seconds is not an age; give a number of seconds >= 0 (e.g. 86400 for a day)"
        )
    return value


#: argparse type: a time in seconds >= 0 (a latency)
latency_arg = number_arg("a number of seconds", "1.5", minimum=0)
#: argparse type: a TTL in seconds > 0
ttl_arg = number_arg("a number of seconds", "3600 for an hour", above=0)
#: argparse type: a whole number >= 1 (entries, queries, samples …)
count_arg = number_arg("a whole number", "100", minimum=1, integer=True)
#: argparse type: a whole number >= 0
whole_arg = number_arg("a whole number", "2000", minimum=0, integer=True)
#: argparse type: a TCP port (0: any free port)
port_arg = number_arg("a port", "9000 (0 = any free port)", minimum=0, maximum=65535, integer=True)
#: argparse type: any whole number (a random seed)
seed_arg = number_arg("a whole number", "0", integer=True)
#: argparse type: an amount >= 0 (milliseconds, a price …)
amount_arg = number_arg("a number", "0.002", minimum=0)
#: argparse type: a share, from 0 to 1
share_arg = number_arg("a share", "0.2", minimum=0, maximum=1)


def require_extra(module: str, extra: str, feature: str) -> None:
    """Raise ConfigError unless ``module`` imports; says which extra to install."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise ConfigError(
            f"{feature} needs the [{extra}] extra: pip install 'yamabiko[{extra}]' ({exc})."
        ) from None


def existing_cache_file(path: str | Path | None, source: str) -> None:
    """For commands that only read or remove: a cache file that does not exist is a mistake
    (a mistyped path), not an empty cache to create."""
    if path is None:
        return
    file = Path(path).expanduser()
    if not file.exists():
        raise ConfigError(
            f"there is no cache file at {file} ({source}); check the path. Nothing was created."
        )
    if file.is_dir():
        raise ConfigError(f"the cache path {file} ({source}) is a directory, not a cache file.")
