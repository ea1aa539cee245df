"""The fake upstream's chat answers in the OpenAI, Anthropic and Gemini formats (JSON and SSE),
a mixin of :class:`~yamabiko.testing.fake_upstream.FakeUpstream` (which supplies ``_chunks``
and ``_stream``)."""

from __future__ import annotations

import time
import uuid
from typing import Any

from ..gateway.asgi import send_json
from ..gateway.sse import encode


def count_words(text: str) -> int:
    """Tokens, as the fake counts them: words (at least one)."""
    return max(1, len(text.split()))


class ChatFormats:
    """Renders an answer in each chat API's wire format."""

    words_per_chunk: int

    def _chunks(self, text: str) -> list[str]:
        raise NotImplementedError

    async def _stream(self, send: Any, events: list[bytes], headers: Any) -> None:
        raise NotImplementedError

    # -- OpenAI --------------------------------------------------------------------------------

    async def _openai(self, send, body, headers, model, answer, finish, n_in, stream) -> None:
        raw_finish = {
            "stop": "stop",
            "length": "length",
            "tool": "tool_calls",
            "filter": "content_filter",
        }[finish]
        usage = {
            "prompt_tokens": n_in,
            "completion_tokens": count_words(answer),
            "total_tokens": n_in + count_words(answer),
        }
        tool_calls = [
            {
                "index": 0,
                "id": "call_fake",
                "type": "function",
                "function": {"name": "lookup", "arguments": "{}"},
            }
        ]
        cid, created = f"chatcmpl-fake{uuid.uuid4().hex[:12]}", int(time.time())
        if not stream:
            message: dict[str, Any] = {"role": "assistant", "content": answer, "refusal": None}
            if finish == "tool":
                message = {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{k: v for k, v in tool_calls[0].items() if k != "index"}],
                }
            await send_json(
                send,
                200,
                {
                    "id": cid,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": message,
                            "logprobs": None,
                            "finish_reason": raw_finish,
                        }
                    ],
                    "usage": usage,
                    "system_fingerprint": "fp_fake",
                },
            )
            return
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        base = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": "fp_fake",
        }

        def chunk(delta: dict[str, Any], reason: str | None = None) -> bytes:
            return encode(
                {
                    **base,
                    "choices": [
                        {"index": 0, "delta": delta, "logprobs": None, "finish_reason": reason}
                    ],
                }
            )

        events = [chunk({"role": "assistant", "content": ""})]
        if finish == "tool":
            events.append(chunk({"tool_calls": tool_calls}))
        else:
            events += [chunk({"content": piece}) for piece in self._chunks(answer)]
        events.append(chunk({}, raw_finish))
        if include_usage:
            events.append(encode({**base, "choices": [], "usage": usage}))
        events.append(b"data: [DONE]\n\n")
        await self._stream(send, events, headers)

    # -- Anthropic -----------------------------------------------------------------------------

    async def _anthropic(self, send, body, headers, model, answer, finish, n_in, stream) -> None:
        message, events = self.anthropic_message(model, answer, finish, n_in)
        if not stream:
            await send_json(send, 200, message)
            return
        encoded = [encode(e, e["type"]) for e in events]
        encoded.insert(2, b'event: ping\ndata: {"type": "ping"}\n\n')
        await self._stream(send, encoded, headers)

    def anthropic_message(
        self, model: str, answer: str, finish: str, n_in: int
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """An Anthropic Messages answer: the message, and its stream events (no pings)."""
        raw_finish = {
            "stop": "end_turn",
            "length": "max_tokens",
            "tool": "tool_use",
            "filter": "refusal",
        }[finish]
        n_out = count_words(answer)
        content: list[dict[str, Any]] = [{"type": "text", "text": answer}]
        if finish == "tool":
            content.append({"type": "tool_use", "id": "toolu_fake", "name": "lookup", "input": {}})
        message = {
            "id": f"msg_fake{uuid.uuid4().hex[:12]}",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": content,
            "stop_reason": raw_finish,
            "stop_sequence": None,
            "usage": {"input_tokens": n_in, "output_tokens": n_out},
        }
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "usage": {"input_tokens": n_in, "output_tokens": 1},
        }
        events: list[dict[str, Any]] = [
            {"type": "message_start", "message": start},
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ]
        for piece in self._chunks(answer):
            events.append(
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": piece},
                }
            )
        events.append({"type": "content_block_stop", "index": 0})
        if finish == "tool":
            tool = {"type": "tool_use", "id": "toolu_fake", "name": "lookup", "input": {}}
            events.append({"type": "content_block_start", "index": 1, "content_block": tool})
            events.append({"type": "content_block_stop", "index": 1})
        events.append(
            {
                "type": "message_delta",
                "delta": {"stop_reason": raw_finish, "stop_sequence": None},
                "usage": {"output_tokens": n_out},
            }
        )
        events.append({"type": "message_stop"})
        return message, events

    # -- Gemini --------------------------------------------------------------------------------

    async def _gemini(self, send, body, headers, model, answer, finish, n_in, stream) -> None:
        raw_finish = {"stop": "STOP", "length": "MAX_TOKENS", "tool": "STOP", "filter": "SAFETY"}[
            finish
        ]
        n_out = count_words(answer)
        usage = {
            "promptTokenCount": n_in,
            "candidatesTokenCount": n_out,
            "totalTokenCount": n_in + n_out,
        }

        def response(text: str, reason: str | None, last: bool) -> dict[str, Any]:
            parts: list[dict[str, Any]] = [{"text": text}]
            if last and finish == "tool":
                parts.append({"functionCall": {"name": "lookup", "args": {}}})
            candidate: dict[str, Any] = {"content": {"parts": parts, "role": "model"}, "index": 0}
            if reason:
                candidate["finishReason"] = reason
            out: dict[str, Any] = {"candidates": [candidate], "modelVersion": model}
            if last:
                out["usageMetadata"] = usage
            return out

        if not stream:
            await send_json(send, 200, response(answer, raw_finish, True))
            return
        pieces = self._chunks(answer)
        last = len(pieces) - 1
        events = [
            encode(response(p, raw_finish if i == last else None, i == last))
            for i, p in enumerate(pieces)
        ]
        await self._stream(send, events, headers)
