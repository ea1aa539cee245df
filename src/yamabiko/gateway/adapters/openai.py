"""OpenAI Chat Completions: ``POST /v1/chat/completions``, JSON and SSE (``[DONE]``)."""

from __future__ import annotations

import time
from typing import Any

from ..asgi import dumps
from ..sse import Event, encode
from .base import (
    COMPLETE,
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
    optional_object,
    params_of,
    require_dict,
    require_list,
    require_str,
    text_of_blocks,
)

#: request fields that are not generation parameters (or are handled on their own)
_NOT_PARAMS = frozenset(
    {
        "messages",
        "model",
        "stream",
        "stream_options",
        "user",
        "metadata",
        "store",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
    }
)
_FINISH = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool",
    "function_call": "tool",
    "content_filter": "filter",
}
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
}


def _text_of(content: Any, where: str) -> str | None:
    """The text of a message's content; None if it holds anything but text."""
    if content is None:
        return ""
    return text_of_blocks(content, f"{where}.content", "parts", where)


class OpenAIAdapter(Adapter):
    """OpenAI Chat Completions (see the module docstring)."""

    api = "openai"
    routes = (Route("/v1/chat/completions"),)
    default_upstream = "https://api.openai.com"

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = require_str(body, "model")
        messages = require_list(body, "messages")
        stream = optional_bool(body, "stream")
        stream_options = optional_object(body, "stream_options")
        system: list[str] = []
        history: list[Any] = []
        bypass = None
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, dict):
                raise BadRequest(f"'{where}' must be an object with 'role' and 'content'.", where)
            role = message.get("role")
            if not isinstance(role, str) or not role:
                raise BadRequest(f"'{where}.role' must be a non-empty string.", where)
            text = _text_of(message.get("content"), where)
            if text is None:
                bypass = bypass or "non-text-content"
            if role in ("system", "developer"):
                system.append(text or "")
            else:
                turn = {k: v for k, v in message.items() if k != "content"}
                turn["content"] = text
                history.append(turn)
        options = {"include_usage": bool(stream_options.get("include_usage")), "model": model}
        if body.get("n", 1) not in (1, None):
            bypass = bypass or "n>1"
        prompt, bypass = last_user_prompt(history, "content", bypass)
        context = {
            "api": self.api,
            "model": model,
            "system": system,
            "history": history,
            "params": params_of(body, _NOT_PARAMS),
        }
        return Parsed(prompt, context, stream, bypass, options)

    # -- answers -------------------------------------------------------------------------

    def answer(self, body: Any) -> Answer | None:
        try:
            choice = body["choices"][0]
            message = choice["message"]
            raw = choice.get("finish_reason")
            finish = _FINISH.get(raw, "other")
            if message.get("tool_calls") or message.get("function_call"):
                finish = "tool"
            if message.get("refusal"):
                finish = "filter"
            text = message.get("content")
            if not isinstance(text, str):
                return Answer("", "other" if finish == COMPLETE else finish, raw)
            usage = body.get("usage") or {}
            extra = (
                {"system_fingerprint": body["system_fingerprint"]}
                if body.get("system_fingerprint")
                else {}
            )
            return Answer(
                text,
                finish,
                raw,
                body.get("model"),
                usage.get("prompt_tokens"),
                usage.get("completion_tokens"),
                extra,
            )
        except (KeyError, IndexError, TypeError, AttributeError):
            return None

    def assembler(self) -> _Assembler:
        return _Assembler()

    # -- replay --------------------------------------------------------------------------

    def _usage(self, answer: Answer) -> dict[str, int]:
        """Always an object (clients read ``usage.total_tokens``): the counts recorded with the
        answer, 0 where the upstream reported none (a stream without ``include_usage``)."""
        i, o = answer.input_tokens or 0, answer.output_tokens or 0
        return {"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o}

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return dumps(
            {
                "id": f"chatcmpl-yb{entry_id}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": answer.model or parsed.options.get("model"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": answer.text, "refusal": None},
                        "logprobs": None,
                        "finish_reason": answer.raw_finish or "stop",
                    }
                ],
                "usage": self._usage(answer),
                "system_fingerprint": answer.extra.get("system_fingerprint"),
            }
        )

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        include_usage = parsed.options.get("include_usage")
        base = {
            "id": f"chatcmpl-yb{entry_id}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": answer.model or parsed.options.get("model"),
            "system_fingerprint": answer.extra.get("system_fingerprint"),
        }
        if include_usage:
            base["usage"] = None

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
            return encode({**base, "choices": [choice]})

        out = [chunk({"role": "assistant", "content": "", "refusal": None})]
        out += [chunk({"content": piece}) for piece in pieces(answer.text)]
        out.append(chunk({}, answer.raw_finish or "stop"))
        if include_usage:
            out.append(encode({**base, "choices": [], "usage": self._usage(answer)}))
        out.append(b"data: [DONE]\n\n")
        return out

    def error(self, status: int, message: str) -> bytes:
        kind = _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
        code = {413: "request_too_large", 502: "bad_gateway", 504: "gateway_timeout"}.get(status)
        return dumps({"error": {"message": message, "type": kind, "param": None, "code": code}})


class _Assembler(TextAssembler):
    """Rebuilds a chat completion from its chunks; complete once ``[DONE]`` follows a finish."""

    def __init__(self) -> None:
        super().__init__()
        self.usage: dict[str, Any] = {}
        self.tool = False
        self.fingerprint: str | None = None

    def feed(self, event: Event) -> None:
        if event.data.strip() == "[DONE]":
            self.done = True
            return
        chunk = event_object(event)
        if chunk is None or "error" in chunk:
            self.broken = True
            return
        self.model = chunk.get("model") or self.model
        self.fingerprint = chunk.get("system_fingerprint") or self.fingerprint
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            if choice.get("index", 0) != 0:
                self.tool = True  # several choices: not one answer
            delta = choice.get("delta") or {}
            if delta.get("tool_calls") or delta.get("function_call") or delta.get("refusal"):
                self.tool = True
            if isinstance(delta.get("content"), str):
                self.parts.append(delta["content"])
            if isinstance(choice.get("text"), str):  # legacy Completions chunks
                self.parts.append(choice["text"])
            if choice.get("finish_reason"):
                self.raw_finish = choice["finish_reason"]

    def result(self) -> Answer | None:
        if not self.complete():
            return None
        finish = "tool" if self.tool else _FINISH.get(self.raw_finish, "other")
        extra = {"system_fingerprint": self.fingerprint} if self.fingerprint else {}
        return Answer(
            "".join(self.parts),
            finish,
            self.raw_finish,
            self.model,
            self.usage.get("prompt_tokens"),
            self.usage.get("completion_tokens"),
            extra,
        )
