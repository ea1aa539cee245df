"""Checks shared by the commands: argument types that validate like the library does, optional
extras, and cache files that read-only commands must not create by accident."""

from __future__ import annotations

import argparse
import importlib
import math
from pathlib import Path

from ..errors import ConfigError, InvalidInputError
from ..request import check_min_similarity


def similarity_arg(text: str) -> float:
    """argparse type: a cosine threshold in [-1, 1] (the library's own check and message)."""
    try:
        return check_min_similarity(float(text), "the threshold")
    except ValueError as exc:  # InvalidInputError is a ValueError too
        message = str(exc) if isinstance(exc, InvalidInputError) else f"{text!r} is not a number"
        raise argparse.ArgumentTypeError(message) from None


def seconds_arg(text: str) -> float:
    """argparse type: a number of seconds >= 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"{text} seconds is not an age; give a number of seconds >= 0 (e.g. 86400 for a day)"
        )
    return value


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
