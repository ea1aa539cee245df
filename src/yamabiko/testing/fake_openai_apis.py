"""The fake upstream's other OpenAI-style APIs: the Responses API (``POST /v1/responses``, JSON
and ``response.*`` SSE events), legacy Completions (``POST /v1/completions``) and Azure OpenAI
deployment paths (``/openai/deployments/{d}/chat/completions?api-version=...``, answered like
Chat Completions with the deployment as the model). Written from the public wire formats, apart
from the gateway's adapters, so that tests compare two independent implementations.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from ..gateway.asgi import Send, send_json
from ..gateway.sse import encode

_AZURE = "/openai/deployments/"


def handles(path: str) -> bool:
    """True for the paths this module answers."""
    return path in ("/v1/responses", "/v1/completions") or (
        path.startswith(_AZURE) and path.endswith("/chat/completions")
    )


def _words(text: str) -> int:
    return len(text.split())


def _input_text(body: dict[str, Any]) -> tuple[str, int]:
    """The last user text of a Responses request, and the words of every text item."""
    raw = body.get("input")
    items = [{"role": "user", "content": raw}] if isinstance(raw, str) else raw or []
    texts = []
    for item in items:
        content = item.get("content") if isinstance(item, dict) else None
        if isinstance(content, list):
            content = "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
        if isinstance(content, str) and item.get("role") == "user":
            texts.append(content)
    return (texts[-1] if texts else ""), sum(_words(t) for t in texts)


async def handle(fake: Any, send: Send, path: str, body: dict[str, Any], headers: Any) -> None:
    """Answer one request for ``fake`` (a :class:`~.fake_upstream.FakeUpstream`)."""
    finish = headers.get("x-fake-finish", "stop")
    stream = bool(body.get("stream"))
    if path.startswith(_AZURE):
        deployment = path[len(_AZURE) :].split("/", 1)[0]
        prompt, n_in = fake._prompt("openai", body)
        answer = fake._answer(prompt, headers)
        await fake._openai(send, body, headers, deployment, answer, finish, n_in, stream)
        return
    if path == "/v1/completions":
        prompt = body.get("prompt") if isinstance(body.get("prompt"), str) else ""
        await _completions(fake, send, body, headers, prompt, finish, stream)
        return
    prompt, n_in = _input_text(body)
    await _responses(fake, send, body, headers, fake._answer(prompt, headers), n_in, finish)


async def _completions(fake, send, body, headers, prompt: str, finish: str, stream: bool) -> None:
    answer = fake._answer(prompt, headers)
    reason = {"stop": "stop", "length": "length"}.get(finish, "content_filter")
    base = {
        "id": f"cmpl-fake{uuid.uuid4().hex[:12]}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": body.get("model"),
    }
    usage = {
        "prompt_tokens": _words(prompt),
        "completion_tokens": _words(answer),
        "total_tokens": _words(prompt) + _words(answer),
    }

    def choice(text: str, why: str | None) -> dict[str, Any]:
        return {"text": text, "index": 0, "logprobs": None, "finish_reason": why}

    if not stream:
        await send_json(send, 200, {**base, "choices": [choice(answer, reason)], "usage": usage})
        return
    events = [encode({**base, "choices": [choice(p, None)]}) for p in fake._chunks(answer)]
    events.append(encode({**base, "choices": [choice("", reason)]}))
    if (body.get("stream_options") or {}).get("include_usage"):
        events.append(encode({**base, "choices": [], "usage": usage}))
    events.append(b"data: [DONE]\n\n")
    await fake._stream(send, events, headers)


async def _responses(fake, send, body, headers, answer: str, n_in: int, finish: str) -> None:
    rid, mid = f"resp_fake{uuid.uuid4().hex[:16]}", f"msg_fake{uuid.uuid4().hex[:16]}"
    text_part = {"type": "output_text", "text": answer, "annotations": []}
    message = {
        "type": "message",
        "id": mid,
        "status": "completed",
        "role": "assistant",
        "content": [text_part],
    }
    output: list[dict[str, Any]] = [message]
    status, details = "completed", None
    if finish == "length":
        status, details = "incomplete", {"reason": "max_output_tokens"}
    elif finish == "tool":
        output = [
            {
                "type": "function_call",
                "id": "fc_fake",
                "call_id": "call_fake",
                "name": "lookup",
                "arguments": "{}",
                "status": "completed",
            }
        ]
    response = {
        "id": rid,
        "object": "response",
        "created_at": int(time.time()),
        "status": status,
        "error": None,
        "incomplete_details": details,
        "instructions": body.get("instructions"),
        "model": body.get("model"),
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": body.get("previous_response_id"),
        "tool_choice": "auto",
        "tools": body.get("tools") or [],
        "text": {"format": {"type": "text"}},
        "usage": {
            "input_tokens": n_in,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": _words(answer),
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": n_in + _words(answer),
        },
        "metadata": body.get("metadata") or {},
    }
    if not body.get("stream"):
        await send_json(send, 200, response)
        return
    events: list[bytes] = []

    def event(kind: str, **data: Any) -> None:
        events.append(encode({"type": kind, "sequence_number": len(events), **data}, kind))

    pending = {**response, "status": "in_progress", "output": [], "usage": None}
    event("response.created", response=pending)
    if finish != "tool":
        at = {"item_id": mid, "output_index": 0, "content_index": 0}
        event(
            "response.output_item.added",
            output_index=0,
            item={**message, "status": "in_progress", "content": []},
        )
        event("response.content_part.added", **at, part={**text_part, "text": ""})
        for piece in fake._chunks(answer):
            event("response.output_text.delta", **at, delta=piece)
        event("response.output_text.done", **at, text=answer)
        event("response.content_part.done", **at, part=text_part)
    event("response.output_item.done", output_index=0, item=output[0])
    event(
        "response.incomplete" if status == "incomplete" else "response.completed", response=response
    )
    await fake._stream(send, events, headers)
