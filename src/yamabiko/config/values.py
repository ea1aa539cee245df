"""Parsers of setting values shared by the sections: ``parser(raw, where) -> value``, raising
:class:`~yamabiko.errors.ConfigError` that names ``where`` the value came from and how to fix
it. A raw value is what TOML/YAML gives, or a string from the environment or a flag."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..config_file import parse_bool
from ..errors import ConfigError
from .layers import Parser


def plain(parse: Callable[[Any], Any]) -> Parser:
    """A parser from a function of the raw value that raises ValueError or TypeError with the
    reason (``"it must be > 0 (or none)"``)."""

    def parser(raw: Any, where: str) -> Any:
        try:
            return parse(raw)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where} is {raw!r}: {str(exc).rstrip('.')}.") from exc

    return parser


def optional_float(raw: Any) -> float | None:
    """A number of seconds, bytes…; ``none``, empty or infinite: None."""
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("none", "")):
        return None
    value = float(raw)
    if math.isinf(value):
        return None
    return value


def optional_int(raw: Any) -> int | None:
    """A whole number; ``none`` or empty: None."""
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("none", "")):
        return None
    if isinstance(raw, float) and not raw.is_integer():
        raise ValueError("expected a whole number")
    return int(raw)


def positive(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse``, refusing values <= 0 (None stays allowed)."""

    def check(raw: Any) -> Any:
        value = parse(raw)
        if value is not None and value <= 0:
            raise ValueError("it must be > 0 (or none)")
        return value

    return check


def number(raw: Any, where: str, *, integer: bool = False, minimum: float = 0.0) -> Any:
    """A finite number (``integer``: a whole one) greater than ``minimum``."""
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = int(raw) if integer else float(raw)
        if isinstance(raw, float) and integer and not raw.is_integer():
            raise ValueError
    except (TypeError, ValueError):
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{where} is {raw!r}; it must be {kind}.") from None
    if not math.isfinite(value) or value <= minimum:
        bound = f">= {minimum + 1:g}" if integer and math.isfinite(minimum) else f"> {minimum:g}"
        raise ConfigError(f"{where} is {raw!r}; it must be {bound}.")
    return value


def fraction(raw: Any, where: str) -> float:
    """A number from 0 to 1."""
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = float(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{where} is {raw!r}; it must be a number from 0 to 1.") from None
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{where} is {raw!r}; it must be a number from 0 to 1.")
    return value


def boolean(raw: Any, where: str) -> bool:
    """true/false (also 1/0, yes/no, on/off)."""
    try:
        return parse_bool(raw)
    except ValueError:
        raise ConfigError(f"{where} is {raw!r}; use true or false.") from None


def choice(raw: Any, where: str, choices: tuple[str, ...]) -> str:
    """One of ``choices`` (any case)."""
    value = str(raw).strip().lower()
    if value not in choices:
        raise ConfigError(f"{where} is {raw!r}; use one of {', '.join(choices)}.")
    return value


def token(raw: Any, where: str) -> str | None:
    """A secret of at least 16 characters; empty: None."""
    if raw in (None, ""):
        return None
    if not isinstance(raw, str) or len(raw) < 16:
        raise ConfigError(f"{where} must be a secret of at least 16 characters.")
    return raw


def url(raw: Any, where: str) -> str:
    """An http(s) origin (an API version path such as ``/v1`` is refused)."""
    if not isinstance(raw, str):
        raise ConfigError(f"{where} is {raw!r}; it must be a URL like https://api.openai.com.")
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"{where} is {raw!r}; it must be an http(s) URL with a host, "
            "e.g. https://api.openai.com or http://127.0.0.1:9000."
        )
    path = parts.path.rstrip("/")
    if path.endswith(("/v1", "/v1beta")):
        raise ConfigError(
            f"{where} is {raw!r}; give the origin without the API version "
            f"(e.g. {parts.scheme}://{parts.netloc}{path.rsplit('/', 1)[0]}): the gateway "
            "forwards the request path (/v1/..., /v1beta/...) as the client sent it."
        )
    return f"{parts.scheme}://{parts.netloc}{path}"
