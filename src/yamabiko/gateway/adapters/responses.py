"""OpenAI Responses API: ``POST /v1/responses``, JSON and SSE (``response.*`` events).

Cached like Chat Completions: the last input item (a user message of text) is the prompt; the
instructions, the earlier input items, ``previous_response_id`` (the conversation so far, held
by the upstream), the model, tools and every other parameter form the exact context. A replayed
answer keeps the upstream's response id, so a client can chain the next request on it with
``previous_response_id`` (the upstream still holds that response when it was stored there).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from ..asgi import dumps
from ..sse import encode
from .base import (
    COMPLETE,
    Adapter,
    Answer,
    Assembler,
    BadRequest,
    Match,
    Parsed,
    Route,
    event_object,
    pieces,
)
from .fields import last_user_prompt, optional_bool, params_of, require_dict, require_str
from .openai import OpenAIAdapter

#: request fields that are not part of the answer's context
_NOT_PARAMS = frozenset(
    {
        "input",
        "model",
        "instructions",
        "previous_response_id",
        "stream",
        "stream_options",
        "store",
        "metadata",
        "user",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
        "background",
    }
)
_TEXT_PARTS = ("input_text", "output_text", "text")


def _content_text(content: Any, where: str) -> str | None:
    """The text of an input item's content; None when it holds anything but text."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise BadRequest(f"'{where}.content' must be a string or an array of parts.", "input")
    texts = []
    for i, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise BadRequest(f"'{where}.content[{i}]' must be an object with a 'type'.", "input")
        if part["type"] not in _TEXT_PARTS:
            return None
        if not isinstance(part.get("text"), str):
            raise BadRequest(f"'{where}.content[{i}].text' must be a string.", "input")
        texts.append(part["text"])
    return "\n".join(texts)


class ResponsesAdapter(Adapter):
    """The OpenAI Responses API (see the module docstring)."""

    api = "responses"
    routes = (Route("/v1/responses"),)
    default_upstream = "https://api.openai.com"

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = require_str(body, "model")
        stream = optional_bool(body, "stream")
        instructions = body.get("instructions")
        if instructions is not None and not isinstance(instructions, str):
            raise BadRequest("'instructions' must be a string.", "instructions")
        previous = body.get("previous_response_id")
        if previous is not None and not isinstance(previous, str):
            raise BadRequest("'previous_response_id' must be a string.", "previous_response_id")
        raw_input = body.get("input")
        if isinstance(raw_input, str):
            items: list[Any] = [{"role": "user", "content": raw_input}]
        elif isinstance(raw_input, list) and raw_input:
            items = raw_input
        else:
            raise BadRequest("'input' must be a string or a non-empty array of items.", "input")
        bypass = None
        history: list[Any] = []
        for i, item in enumerate(items):
            where = f"input[{i}]"
            if not isinstance(item, dict):
                raise BadRequest(f"'{where}' must be an object.", "input")
            kind = item.get("type", "message")
            if kind != "message" or "role" not in item:
                history.append(item)  # tool calls, their outputs, reasoning: context as sent
                continue
            text = _content_text(item.get("content"), where)
            if text is None:
                bypass = bypass or "non-text-content"
            history.append({"role": item["role"], "content": text})
        prompt, bypass = last_user_prompt(history, "content", bypass)
        context = {
            "api": self.api,
            "model": model,
            "system": instructions,
            "history": history,
            "previous_response_id": previous,
            "params": params_of(body, _NOT_PARAMS),
        }
        options = {"model": model, "instructions": instructions, "previous": previous}
        return Parsed(prompt, context, stream, bypass, options)

    # -- answers -------------------------------------------------------------------------

    def answer(self, body: Any) -> Answer | None:
        if not isinstance(body, dict) or not isinstance(body.get("output"), list):
            return None
        return _answer_of(body)

    def assembler(self) -> _Assembler:
        return _Assembler()

    # -- replay --------------------------------------------------------------------------

    def _response(
        self, answer: Answer, parsed: Parsed, entry_id: str, status: str = "completed"
    ) -> dict[str, Any]:
        done = status == "completed"
        i, o = answer.input_tokens or 0, answer.output_tokens or 0
        return {
            "id": answer.extra.get("response_id") or f"resp_yb{entry_id}",
            "object": "response",
            "created_at": int(time.time()),
            "status": status,
            "error": None,
            "incomplete_details": None,
            "instructions": parsed.options.get("instructions"),
            "model": answer.model or parsed.options.get("model"),
            "output": [_message(answer.text, entry_id)] if done else [],
            "parallel_tool_calls": True,
            "previous_response_id": parsed.options.get("previous"),
            "tool_choice": "auto",
            "tools": [],
            "text": {"format": {"type": "text"}},
            "usage": {
                "input_tokens": i,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens": o,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": i + o,
            }
            if done
            else None,
            "metadata": {},
        }

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return dumps(self._response(answer, parsed, entry_id))

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        events: list[bytes] = []

        def event(kind: str, **data: Any) -> None:
            events.append(encode({"type": kind, "sequence_number": len(events), **data}, kind))

        started = self._response(answer, parsed, entry_id, "in_progress")
        event("response.created", response=started)
        event("response.in_progress", response=started)
        item_id = f"msg_yb{entry_id}"
        empty = {**_message("", entry_id), "status": "in_progress", "content": []}
        event("response.output_item.added", output_index=0, item=empty)
        at = {"item_id": item_id, "output_index": 0, "content_index": 0}
        event("response.content_part.added", **at, part=_part(""))
        for piece in pieces(answer.text):
            event("response.output_text.delta", **at, delta=piece, logprobs=[])
        event("response.output_text.done", **at, text=answer.text, logprobs=[])
        event("response.content_part.done", **at, part=_part(answer.text))
        event("response.output_item.done", output_index=0, item=_message(answer.text, entry_id))
        event("response.completed", response=self._response(answer, parsed, entry_id))
        return events

    def error(self, status: int, message: str) -> bytes:
        return OpenAIAdapter().error(status, message)

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        return path.startswith("/v1/responses")  # retrieve, cancel, input_items: passed through


def _part(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def _message(text: str, entry_id: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": f"msg_yb{entry_id}",
        "status": "completed",
        "role": "assistant",
        "content": [_part(text)],
    }


def _answer_of(response: dict[str, Any]) -> Answer:
    """The answer in a Response object (complete only if it is one text message)."""
    texts, finish = [], COMPLETE
    for item in response.get("output") or ():
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "message":
            for part in item.get("content") or ():
                if isinstance(part, dict) and part.get("type") == "output_text":
                    texts.append(str(part.get("text", "")))
                elif isinstance(part, dict) and part.get("type") == "refusal":
                    finish = "filter"
        elif kind != "reasoning":
            finish = "tool"  # function / web search / file search calls: not an answer
    status = response.get("status")
    if status == "incomplete":
        finish = "length"
    elif status != "completed":
        finish = "other"
    usage = response.get("usage") or {}
    return Answer(
        "".join(texts),
        finish,
        status,
        response.get("model"),
        usage.get("input_tokens"),
        usage.get("output_tokens"),
        {"response_id": response["id"]} if isinstance(response.get("id"), str) else {},
    )


class _Assembler(Assembler):
    """Rebuilds the answer from ``response.*`` events: ``response.completed`` (or
    ``.incomplete`` / ``.failed``) carries the whole Response, which is the answer."""

    def __init__(self) -> None:
        self.final: dict[str, Any] | None = None
        self.broken = False
        self.ended = False

    def feed(self, event: Any) -> None:
        data = event_object(event)
        if data is None:
            self.broken = True
            return
        kind = data.get("type")
        if kind in ("response.completed", "response.incomplete", "response.failed"):
            response = data.get("response")
            if isinstance(response, dict):
                self.final = response
                self.raw_finish = str(response.get("status"))
        elif kind == "error":
            self.broken = True

    def seen_end(self) -> bool:
        return self.final is not None

    def end(self) -> None:
        self.ended = True

    def result(self) -> Answer | None:
        if self.final is None or not self.ended or self.broken:
            return None
        return _answer_of(self.final)
