"""OpenAI legacy Completions: ``POST /v1/completions`` (``prompt`` -> ``choices[0].text``),
JSON and SSE (``[DONE]``). The prompt string is embedded; model and every parameter (suffix,
max_tokens, temperature, echo, ...) form the exact context."""

from __future__ import annotations

import time
from typing import Any

from ...blank import blank
from ..asgi import dumps
from ..sse import encode
from .base import Adapter, Answer, Assembler, BadRequest, Match, Parsed, Route, pieces
from .fields import optional_bool, optional_object, params_of, require_dict, require_str
from .openai import OpenAIAdapter

_NOT_PARAMS = frozenset({"prompt", "model", "stream", "stream_options", "user"})
_FINISH = {"stop": "stop", "length": "length", "content_filter": "filter"}


class CompletionsAdapter(Adapter):
    """OpenAI's legacy Completions API (see the module docstring)."""

    api = "completions"
    routes = (Route("/v1/completions"),)
    default_upstream = "https://api.openai.com"

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        model = require_str(body, "model")
        stream = optional_bool(body, "stream")
        stream_options = optional_object(body, "stream_options")
        prompt = body.get("prompt")
        bypass = None
        if isinstance(prompt, list):
            bypass, prompt = "several-prompts", ""  # a batch (or token ids): not one question
        elif not isinstance(prompt, str):
            raise BadRequest("'prompt' must be a string (or an array of them).", "prompt")
        if body.get("n", 1) not in (1, None) or body.get("best_of", 1) not in (1, None):
            bypass = bypass or "n>1"
        if blank(prompt):
            bypass = bypass or "empty-prompt"
        context = {"api": self.api, "model": model, "params": params_of(body, _NOT_PARAMS)}
        options = {"include_usage": bool(stream_options.get("include_usage")), "model": model}
        return Parsed(prompt, context, stream, bypass, options)

    def answer(self, body: Any) -> Answer | None:
        try:
            choice = body["choices"][0]
            text, raw = choice["text"], choice.get("finish_reason")
            usage = body.get("usage") or {}
            if not isinstance(text, str) or len(body["choices"]) != 1:
                return Answer("", "other", raw)
            return Answer(
                text,
                _FINISH.get(raw, "other"),
                raw,
                body.get("model"),
                usage.get("prompt_tokens"),
                usage.get("completion_tokens"),
            )
        except (KeyError, IndexError, TypeError):
            return None

    def assembler(self) -> Assembler:
        return OpenAIAdapter().assembler()  # reads "text" chunks as well as deltas

    def _body(self, answer: Answer, parsed: Parsed, entry_id: str, choices: list[Any]) -> dict:
        return {
            "id": f"cmpl-yb{entry_id}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": answer.model or parsed.options["model"],
            "choices": choices,
        }

    def _usage(self, answer: Answer) -> dict[str, int]:
        i, o = answer.input_tokens or 0, answer.output_tokens or 0
        return {"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o}

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        choice = _choice(answer.text, answer.raw_finish or "stop")
        return dumps(
            {**self._body(answer, parsed, entry_id, [choice]), "usage": self._usage(answer)}
        )

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        out = [
            encode(self._body(answer, parsed, entry_id, [_choice(p, None)]))
            for p in pieces(answer.text)
        ]
        out.append(
            encode(self._body(answer, parsed, entry_id, [_choice("", answer.raw_finish or "stop")]))
        )
        if parsed.options.get("include_usage"):
            last = {**self._body(answer, parsed, entry_id, []), "usage": self._usage(answer)}
            out.append(encode(last))
        out.append(b"data: [DONE]\n\n")
        return out

    def error(self, status: int, message: str) -> bytes:
        return OpenAIAdapter().error(status, message)


def _choice(text: str, finish: str | None) -> dict[str, Any]:
    return {"text": text, "index": 0, "logprobs": None, "finish_reason": finish}
