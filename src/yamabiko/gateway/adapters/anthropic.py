"""Anthropic Messages: ``POST /v1/messages``, JSON and SSE (message_start to message_stop)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..asgi import dumps
from ..sse import Event, encode
from .base import (
    Adapter,
    Answer,
    BadRequest,
    Match,
    Parsed,
    Route,
    TextAssembler,
    event_object,
    pieces,
)
from .fields import (
    last_user_prompt,
    optional_bool,
    params_of,
    require_dict,
    require_list,
    require_str,
    text_of_blocks,
)

_NOT_PARAMS = frozenset({"messages", "model", "stream", "system", "metadata", "service_tier"})
_FINISH = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool",
    "refusal": "filter",
}
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    502: "api_error",
    504: "timeout_error",
}


def _text_of(content: Any, where: str) -> str | None:
    """The text of a content field (string or blocks); None when it holds non-text blocks."""
    return text_of_blocks(content, where, "content blocks", where)


class AnthropicAdapter(Adapter):
    """The Anthropic Messages API (see the module docstring)."""

    api = "anthropic"
    routes = (Route("/v1/messages"),)
    default_upstream = "https://api.anthropic.com"

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        return "anthropic-version" in headers or "x-api-key" in headers

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = require_str(body, "model")
        messages = require_list(body, "messages")
        stream = optional_bool(body, "stream")
        bypass = None
        system = body.get("system")
        if system is not None:
            system = _text_of(system, "system")
            if system is None:
                bypass = "non-text-content"
        history: list[Any] = []
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, dict):
                raise BadRequest(f"'{where}' must be an object with 'role' and 'content'.", where)
            role = message.get("role")
            if role not in ("user", "assistant"):
                raise BadRequest(f"'{where}.role' must be 'user' or 'assistant', got {role!r}.")
            text = _text_of(message.get("content"), f"{where}.content")
            if text is None:
                bypass = bypass or "non-text-content"
            history.append({"role": role, "content": text})
        prompt, bypass = last_user_prompt(history, "content", bypass)
        context = {
            "api": self.api,
            "model": model,
            "system": system,
            "history": history,
            "params": params_of(body, _NOT_PARAMS),
        }
        return Parsed(prompt, context, stream, bypass, {"model": model})

    # -- answers -------------------------------------------------------------------------

    def answer(self, body: Any) -> Answer | None:
        try:
            if body.get("type") != "message":
                return None
            raw = body.get("stop_reason")
            finish = _FINISH.get(raw, "other")
            texts = []
            for block in body["content"]:
                if block.get("type") != "text":
                    finish = "tool" if block.get("type") == "tool_use" else "other"
                    continue
                texts.append(block["text"])
            usage = body.get("usage") or {}
            extra = {"stop_sequence": body["stop_sequence"]} if body.get("stop_sequence") else {}
            return Answer(
                "".join(texts),
                finish,
                raw,
                body.get("model"),
                usage.get("input_tokens"),
                usage.get("output_tokens"),
                extra,
            )
        except (KeyError, TypeError, AttributeError):
            return None

    def assembler(self) -> _Assembler:
        return _Assembler()

    # -- replay --------------------------------------------------------------------------

    def _message(self, answer: Answer, parsed: Parsed, entry_id: str) -> dict[str, Any]:
        return {
            "id": f"msg_yb{entry_id}",
            "type": "message",
            "role": "assistant",
            "model": answer.model or parsed.options.get("model"),
            "content": [{"type": "text", "text": answer.text}],
            "stop_reason": answer.raw_finish or "end_turn",
            "stop_sequence": answer.extra.get("stop_sequence"),
            "usage": {
                "input_tokens": answer.input_tokens or 0,
                "output_tokens": answer.output_tokens or 0,
            },
        }

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return dumps(self._message(answer, parsed, entry_id))

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        message = self._message(answer, parsed, entry_id)
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": answer.input_tokens or 0, "output_tokens": 1},
        }
        out = [
            encode({"type": "message_start", "message": start}, "message_start"),
            encode(
                {
                    "type": "content_block_start",
                    "index": 0,
                    "content_block": {"type": "text", "text": ""},
                },
                "content_block_start",
            ),
        ]
        for piece in pieces(answer.text):
            delta = {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": piece},
            }
            out.append(encode(delta, "content_block_delta"))
        out.append(encode({"type": "content_block_stop", "index": 0}, "content_block_stop"))
        out.append(
            encode(
                {
                    "type": "message_delta",
                    "delta": {
                        "stop_reason": message["stop_reason"],
                        "stop_sequence": message["stop_sequence"],
                    },
                    "usage": {"output_tokens": answer.output_tokens or 0},
                },
                "message_delta",
            )
        )
        out.append(encode({"type": "message_stop"}, "message_stop"))
        return out

    def error(self, status: int, message: str) -> bytes:
        kind = _ERROR_TYPES.get(status, "api_error")
        return dumps({"type": "error", "error": {"type": kind, "message": message}})

    def stream_error(self, status: int, message: str) -> bytes:
        return b"event: error\ndata: " + self.error(status, message) + b"\n\n"


class _Assembler(TextAssembler):
    """Rebuilds a message from its events; complete once ``message_stop`` is seen."""

    def __init__(self) -> None:
        super().__init__()
        self.input_tokens: int | None = None
        self.output_tokens: int | None = None
        self.stop_sequence: str | None = None

    def feed(self, event: Event) -> None:
        data = event_object(event)
        if data is None:
            self.broken = True
            return
        kind = data.get("type")
        if kind == "message_start":
            message = data.get("message") or {}
            self.model = message.get("model")
            self.input_tokens = (message.get("usage") or {}).get("input_tokens")
        elif kind == "content_block_start":
            if (data.get("content_block") or {}).get("type") != "text":
                self.non_text = True
        elif kind == "content_block_delta":
            delta = data.get("delta") or {}
            if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                self.parts.append(delta["text"])
            else:
                self.non_text = True
        elif kind == "message_delta":
            delta = data.get("delta") or {}
            self.raw_finish = delta.get("stop_reason") or self.raw_finish
            self.stop_sequence = delta.get("stop_sequence") or self.stop_sequence
            usage = data.get("usage") or {}
            self.output_tokens = usage.get("output_tokens", self.output_tokens)
            if usage.get("input_tokens") is not None:
                self.input_tokens = usage["input_tokens"]
        elif kind == "message_stop":
            self.done = True
        elif kind == "error":
            self.broken = True

    def result(self) -> Answer | None:
        if not self.complete():
            return None
        finish = _FINISH.get(self.raw_finish, "other")
        if self.non_text:
            finish = "tool" if finish == "tool" else "other"
        extra = {"stop_sequence": self.stop_sequence} if self.stop_sequence else {}
        return Answer(
            "".join(self.parts),
            finish,
            self.raw_finish,
            self.model,
            self.input_tokens,
            self.output_tokens,
            extra,
        )
