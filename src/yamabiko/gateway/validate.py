"""Checks of request bodies that no adapter should have to repeat: text that is not valid
Unicode (lone UTF-16 surrogates such as ``\\ud800``, which JSON escapes can carry but no
encoder can write), answered 400 in the API's own error format instead of failing later."""

from __future__ import annotations

from typing import Any

_MAX_DEPTH = 200


def lone_surrogate(body: bytes, data: Any) -> str | None:
    """Where ``data`` (parsed from ``body``) holds a lone surrogate, as a JSON path (e.g.
    ``$.messages[0].content``); None when its text is valid Unicode."""
    try:
        body.decode("utf-8")  # strict: surrogates written as raw bytes are invalid UTF-8
    except UnicodeDecodeError:
        return "$"
    if b"\\u" not in body and b"\\U" not in body:
        return None  # only a \\uXXXX escape can carry one
    return _find(data, "$", 0)


def _find(value: Any, path: str, depth: int) -> str | None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    if depth > _MAX_DEPTH:
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            where = _find(key, f"{path}.<key>", depth + 1) or _find(
                item, f"{path}.{key}", depth + 1
            )
            if where is not None:
                return where
    elif isinstance(value, list):
        for i, item in enumerate(value):
            where = _find(item, f"{path}[{i}]", depth + 1)
            if where is not None:
                return where
    return None


def surrogate_message(where: str) -> str:
    """The error message for :func:`lone_surrogate`'s finding."""
    shown = where.encode("utf-8", "backslashreplace").decode("ascii")[:120]
    return (
        f"the request holds text that is not valid Unicode at {shown}: a lone UTF-16 "
        "surrogate (e.g. \\ud800). Send each surrogate with its pair, or remove it."
    )
