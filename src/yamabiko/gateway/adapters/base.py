"""What every adapter shares: the parsed request, the API-neutral answer, and errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..sse import Event

#: Answer kinds that are complete and may be stored. Everything else (``length``, ``tool``,
#: ``filter``, ``other``) is served but never stored.
COMPLETE = "stop"


class BadRequest(Exception):
    """The client's request is malformed: answered 400 in the API's error format."""

    def __init__(self, message: str, param: str | None = None) -> None:
        self.message = message
        self.param = param
        super().__init__(message)


@dataclass
class Parsed:
    """A request understood by an adapter.

    ``prompt`` is the last user turn's text (the only part that is embedded); ``context`` holds
    everything else that changes the right answer. ``bypass`` names why the request cannot be
    cached at all (e.g. ``non-text-content``); the request then goes upstream untouched.
    """

    prompt: str
    context: dict[str, Any]
    stream: bool = False
    bypass: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Answer:
    """An answer in API-neutral form: what is stored and replayed.

    ``finish`` is normalised (``stop``, ``length``, ``tool``, ``filter``, ``other``);
    ``raw_finish`` is the API's own value, replayed as is.
    """

    text: str
    finish: str
    raw_finish: str | None = None
    model: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def metadata(self, api: str) -> dict[str, Any]:
        out: dict[str, Any] = {"api": api, "finish": self.raw_finish or self.finish}
        if self.model:
            out["model"] = self.model
        usage = {
            k: v
            for k, v in (("input", self.input_tokens), ("output", self.output_tokens))
            if isinstance(v, int)
        }
        if usage:
            out["usage"] = usage
        if self.extra:
            out["extra"] = self.extra
        return out

    @classmethod
    def from_entry(cls, response: str, metadata: Mapping[str, Any]) -> Answer:
        usage = metadata.get("usage") or {}
        return cls(
            text=response,
            finish=COMPLETE,
            raw_finish=metadata.get("finish"),
            model=metadata.get("model"),
            input_tokens=usage.get("input"),
            output_tokens=usage.get("output"),
            extra=dict(metadata.get("extra") or {}),
        )


class Assembler(Protocol):
    """Rebuilds an answer from a stream's events, on the side of the tee."""

    def feed(self, event: Event) -> None: ...

    def seen_end(self) -> bool:
        """The stream's end marker has been fed (the client has the whole answer)."""

    def end(self) -> None:
        """The upstream stream ended normally."""

    def result(self) -> Answer | None:
        """The answer if the stream completed (its end marker was seen), else None."""


class Adapter(Protocol):
    api: str

    def parse(self, body: Any, path_model: str | None, query: Mapping[str, str]) -> Parsed: ...

    def answer(self, body: Any, raw: bytes = b"") -> Answer | None: ...

    def assembler(self) -> Assembler: ...

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes: ...

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]: ...

    def error(self, status: int, message: str) -> bytes: ...


def require_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadRequest(f"{what} must be a JSON object, got {type(value).__name__}.")
    return value


def require_str(body: Mapping[str, Any], key: str, where: str = "") -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        got = "missing" if key not in body else f"{type(value).__name__} {value!r:.40}"
        raise BadRequest(f"'{where}{key}' must be a non-empty string ({got}).", key)
    return value


def require_list(body: Mapping[str, Any], key: str) -> list[Any]:
    value = body.get(key)
    if not isinstance(value, list) or not value:
        got = "missing" if key not in body else f"{type(value).__name__}"
        raise BadRequest(f"'{key}' must be a non-empty array ({got}).", key)
    return value


def optional_bool(body: Mapping[str, Any], key: str) -> bool:
    value = body.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadRequest(f"'{key}' must be true or false, got {value!r:.40}.", key)
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


_PIECE = re.compile(r"\S+\s*|\s+")


def pieces(text: str, words: int = 6) -> list[str]:
    """Split an answer into small chunks of a few words each, for replaying as a stream."""
    parts = _PIECE.findall(text)
    if not parts:
        return [text]
    return ["".join(parts[i : i + words]) for i in range(0, len(parts), words)]


def params_of(body: Mapping[str, Any], exclude: frozenset[str]) -> dict[str, Any]:
    """Every request field not in ``exclude``: generation parameters, tools, formats …"""
    return {k: v for k, v in body.items() if k not in exclude and v is not None}
