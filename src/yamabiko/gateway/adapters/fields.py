"""Reading a request body: each helper returns a field of the client's JSON when it has the
type the API documents, and raises :class:`BadRequest` naming the field, the value and what it
must be otherwise (answered 400 in the API's own error format)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...blank import blank
from .base import BadRequest


def require_dict(value: Any, what: str) -> dict[str, Any]:
    """``value`` if it is a JSON object, else BadRequest naming ``what``."""
    if not isinstance(value, dict):
        raise BadRequest(f"{what} must be a JSON object, got {type(value).__name__}.")
    return value


def require_str(body: Mapping[str, Any], key: str, where: str = "") -> str:
    """``body[key]`` if it is a non-empty string, else BadRequest (``where``: its path)."""
    value = body.get(key)
    if not isinstance(value, str) or not value:
        got = "missing" if key not in body else f"{type(value).__name__} {value!r:.40}"
        raise BadRequest(f"'{where}{key}' must be a non-empty string ({got}).", key)
    return value


def require_list(body: Mapping[str, Any], key: str) -> list[Any]:
    """``body[key]`` if it is a non-empty array, else BadRequest."""
    value = body.get(key)
    if not isinstance(value, list) or not value:
        got = "missing" if key not in body else f"{type(value).__name__}"
        raise BadRequest(f"'{key}' must be a non-empty array ({got}).", key)
    return value


def optional_bool(body: Mapping[str, Any], key: str) -> bool:
    """``body[key]`` as a bool (False when absent or null); BadRequest for another type."""
    value = body.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadRequest(f"'{key}' must be true or false, got {value!r:.40}.", key)
    return value


def optional_object(body: Mapping[str, Any], key: str) -> dict[str, Any]:
    """An optional object field (e.g. ``stream_options``): ``{}`` when absent or null."""
    value = body.get(key) or {}
    if not isinstance(value, dict):
        raise BadRequest(f"'{key}' must be an object.", key)
    return value


def text_of_blocks(content: Any, path: str, noun: str, param: str) -> str | None:
    """The text of a content field that is a string or an array of typed blocks
    (``{"type": "text", "text": ...}``, as OpenAI and Anthropic send it); None when a block is
    anything but text. ``path`` and ``noun`` ("parts", "content blocks") word the errors,
    ``param`` is the field the API's error format names."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise BadRequest(f"'{path}' must be a string or an array of {noun}.", param)
    texts = []
    for i, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise BadRequest(f"'{path}[{i}]' must be an object with a 'type'.", param)
        if block["type"] != "text":
            return None
        if not isinstance(block.get("text"), str):
            raise BadRequest(f"'{path}[{i}].text' must be a string.", param)
        texts.append(block["text"])
    return "\n".join(texts)


def params_of(body: Mapping[str, Any], exclude: frozenset[str]) -> dict[str, Any]:
    """Every request field not in ``exclude``: generation parameters, tools, formats …"""
    return {k: v for k, v in body.items() if k not in exclude and v is not None}


def last_user_prompt(
    history: list[dict[str, Any]], key: str, bypass: str | None
) -> tuple[str, str | None]:
    """Take the last turn off ``history``: its text (``turn[key]``) is the prompt. The bypass
    reason stays ``bypass`` when there is one already, else it is ``last-turn-not-user`` when
    there is no turn or the last one is not the user's text, else ``empty-prompt`` for a blank
    prompt (None: the prompt may be cached)."""
    last = history.pop() if history else {}
    if last.get("role") != "user" or key not in last:
        bypass = bypass or "last-turn-not-user"
    prompt = last.get(key) or ""
    if blank(prompt):
        bypass = bypass or "empty-prompt"
    return prompt, bypass
