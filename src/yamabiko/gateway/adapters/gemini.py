"""Gemini: ``/v1beta/models/{model}:generateContent`` and ``:streamGenerateContent?alt=sse``."""

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
from .fields import last_user_prompt, params_of, require_dict, require_list

_NOT_PARAMS = frozenset({"contents", "systemInstruction", "system_instruction"})
_FINISH = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "filter",
    "RECITATION": "filter",
    "BLOCKLIST": "filter",
    "PROHIBITED_CONTENT": "filter",
    "SPII": "filter",
    "IMAGE_SAFETY": "filter",
    "MALFORMED_FUNCTION_CALL": "tool",
}
_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    502: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


def _text_of(content: Any, where: str) -> str | None:
    """The text of a Content (``{"parts": [...]}``); None when a part is not text."""
    if not isinstance(content, dict) or not isinstance(content.get("parts"), list):
        raise BadRequest(f"'{where}' must be an object with a 'parts' array.", where)
    texts = []
    for i, part in enumerate(content["parts"]):
        if not isinstance(part, dict):
            raise BadRequest(f"'{where}.parts[{i}]' must be an object.", where)
        if "text" not in part or part.get("thought"):
            return None
        if not isinstance(part["text"], str):
            raise BadRequest(f"'{where}.parts[{i}].text' must be a string.", where)
        texts.append(part["text"])
    return "".join(texts)


_ACTIONS = (("action", ("generateContent", "streamGenerateContent")),)


class GeminiAdapter(Adapter):
    """The Gemini API's generateContent (see the module docstring)."""

    api = "gemini"
    routes = (
        Route("/v1beta/models/{model}:{action}", choices=_ACTIONS),
        Route("/v1/models/{model}:{action}", choices=_ACTIONS),
    )
    default_upstream = "https://generativelanguage.googleapis.com"

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        return path.startswith("/v1beta/") or "x-goog-api-key" in headers

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = match.params.get("model", "")
        # stream rules: the action says whether it streams; only SSE (alt=sse) is assembled
        stream = match.params.get("action") == "streamGenerateContent"
        bypass = "stream-format" if stream and match.query.get("alt") != "sse" else None
        contents = require_list(body, "contents")
        system_content = body.get("systemInstruction", body.get("system_instruction"))
        system = None
        if system_content is not None:
            system = _text_of(system_content, "systemInstruction")
            if system is None:
                bypass = bypass or "non-text-content"
        history: list[Any] = []
        for i, content in enumerate(contents):
            where = f"contents[{i}]"
            text = _text_of(content, where)
            role = content.get("role", "user")
            if not isinstance(role, str):
                raise BadRequest(f"'{where}.role' must be a string.", where)
            if text is None:
                bypass = bypass or "non-text-content"
            history.append({"role": role, "text": text})
        prompt, bypass = last_user_prompt(history, "text", bypass)
        config = body.get("generationConfig") or {}
        if not isinstance(config, dict):
            raise BadRequest("'generationConfig' must be an object.", "generationConfig")
        if config.get("candidateCount", 1) not in (1, None):
            bypass = bypass or "n>1"
        context = {
            "api": self.api,
            "model": model,
            "system": system,
            "history": history,
            "params": params_of(body, _NOT_PARAMS),
        }
        return Parsed(prompt, context, stream=stream, bypass=bypass, options={"model": model})

    # -- answers -------------------------------------------------------------------------

    def answer(self, body: Any) -> Answer | None:
        assembler = _Assembler()
        if not isinstance(body, dict):
            return None
        assembler.take(body)
        assembler.done = True
        return assembler.result()

    def assembler(self) -> _Assembler:
        return _Assembler()

    # -- replay --------------------------------------------------------------------------

    def _response(self, answer: Answer, text: str, finish: str | None) -> dict[str, Any]:
        candidate: dict[str, Any] = {
            "content": {"parts": [{"text": text}], "role": "model"},
            "index": 0,
        }
        if finish:
            candidate["finishReason"] = finish
        out: dict[str, Any] = {"candidates": [candidate]}
        if finish and (answer.input_tokens is not None or answer.output_tokens is not None):
            i, o = answer.input_tokens or 0, answer.output_tokens or 0
            out["usageMetadata"] = {
                "promptTokenCount": i,
                "candidatesTokenCount": o,
                "totalTokenCount": i + o,
            }
        if answer.model:
            out["modelVersion"] = answer.model
        return out

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return dumps(self._response(answer, answer.text, answer.raw_finish or "STOP"))

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        parts = pieces(answer.text)
        last = len(parts) - 1
        return [
            encode(self._response(answer, p, (answer.raw_finish or "STOP") if i == last else None))
            for i, p in enumerate(parts)
        ]

    def error(self, status: int, message: str) -> bytes:
        return dumps(
            {
                "error": {
                    "code": status,
                    "message": message,
                    "status": _STATUS.get(status, "INTERNAL"),
                }
            }
        )


class _Assembler(TextAssembler):
    """Rebuilds a response from its stream chunks; complete when the stream ends normally
    after a chunk carrying ``finishReason`` (Gemini has no end marker)."""

    def __init__(self) -> None:
        super().__init__()
        self.usage: dict[str, Any] = {}
        self.blocked = False

    def feed(self, event: Event) -> None:
        data = event_object(event)
        if data is None or "error" in data:
            self.broken = True
            return
        self.take(data)

    def take(self, data: dict[str, Any]) -> None:
        self.model = data.get("modelVersion") or self.model
        if isinstance(data.get("usageMetadata"), dict):
            self.usage = data["usageMetadata"]
        if (data.get("promptFeedback") or {}).get("blockReason"):
            self.blocked = True
        candidates = data.get("candidates") or []
        if not isinstance(candidates, list):
            self.broken = True
            return
        if len(candidates) > 1:
            self.non_text = True
        for candidate in candidates[:1]:
            if not isinstance(candidate, dict):
                self.broken = True
                return
            for part in (candidate.get("content") or {}).get("parts") or []:
                if (
                    isinstance(part, dict)
                    and isinstance(part.get("text"), str)
                    and not part.get("thought")
                ):
                    self.parts.append(part["text"])
                else:
                    self.non_text = True
            if candidate.get("finishReason"):
                self.raw_finish = candidate["finishReason"]

    def seen_end(self) -> bool:
        """The stream's end marker has been fed (the client has the whole answer)."""
        return self.raw_finish is not None

    def end(self) -> None:
        """The stream ended normally (no error, no disconnect): its end, for Gemini."""
        super().end()
        self.done = True

    def result(self) -> Answer | None:
        if not self.done or self.broken:
            return None
        if self.blocked:
            return Answer("".join(self.parts), "filter", self.raw_finish)
        if self.raw_finish is None:
            return None
        finish = _FINISH.get(self.raw_finish, "other")
        if self.non_text and finish == "stop":
            finish = "tool"
        return Answer(
            "".join(self.parts),
            finish,
            self.raw_finish,
            self.model,
            self.usage.get("promptTokenCount"),
            self.usage.get("candidatesTokenCount"),
        )
