"""Amazon Bedrock Runtime: ``POST /model/{modelId}/converse`` and ``/converse-stream``, and
``/invoke`` / ``/invoke-with-response-stream`` for Anthropic models (Messages bodies).

The exact context of a Converse request is the model, ``system``, every earlier turn (all their
blocks, tool use included), ``inferenceConfig``, ``toolConfig`` and the other request fields
but ``requestMetadata``; the text of the last user turn is embedded. Streams are AWS
event-stream messages (:mod:`yamabiko.gateway.eventstream`): Converse events
(``messageStart`` … ``metadata``), or InvokeModel ``chunk`` events whose ``bytes`` hold
base64-encoded Anthropic stream events. Errors are Bedrock's: an ``x-amzn-ErrorType`` header
and ``{"message": ...}``, which boto3 raises as a typed ``ClientError``.
"""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import unquote

from ...blank import blank
from ...cloud.aws import SigV4Signer, default_region
from ...errors import ConfigError, UpstreamError
from .. import eventstream
from ..asgi import dumps
from ..sse import Event, SSEParser
from .anthropic import AnthropicAdapter
from .base import Adapter, Answer, BadRequest, Match, Parsed, Route, TextAssembler, pieces
from .fields import params_of, require_dict, require_list

OPERATIONS = {
    "converse": ("converse", False),
    "converse-stream": ("converse", True),
    "invoke": ("invoke", False),
    "invoke-with-response-stream": ("invoke", True),
}
_NOT_PARAMS = frozenset({"messages", "system", "requestMetadata"})
_FINISH = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool",
    "content_filtered": "filter",
    "guardrail_intervened": "filter",
}
ERROR_TYPES = {
    400: "ValidationException",
    401: "AccessDeniedException",
    403: "AccessDeniedException",
    404: "ResourceNotFoundException",
    408: "ModelTimeoutException",
    413: "ValidationException",
    424: "ModelErrorException",
    429: "ThrottlingException",
    502: "ServiceUnavailableException",
    503: "ServiceUnavailableException",
    504: "ModelTimeoutException",
}
_FAULT = "http://internal.amazon.com/coral/com.amazon.bedrock/"
#: request headers that go upstream (the rest, credentials included, stay at the gateway)
_FORWARD = ("content-type", "accept", "x-amzn-bedrock-")


def error_type(status: int) -> str:
    """Bedrock's error code for an HTTP status (``InternalServerException`` otherwise)."""
    return ERROR_TYPES.get(status, "InternalServerException")


def _block_text(blocks: Any, where: str) -> str | None:
    """The text of a Converse content list; None when a block is not text (``cachePoint``
    markers are ignored)."""
    if not isinstance(blocks, list):
        raise BadRequest(f"'{where}' must be an array of content blocks.", where)
    texts = []
    for i, block in enumerate(blocks):
        if not isinstance(block, dict):
            raise BadRequest(f"'{where}[{i}]' must be an object.", where)
        if "cachePoint" in block:
            continue
        if "text" not in block:
            return None
        if not isinstance(block["text"], str):
            raise BadRequest(f"'{where}[{i}].text' must be a string.", where)
        texts.append(block["text"])
    return "\n".join(texts)


class BedrockAdapter(Adapter):
    """Converse and InvokeModel (Anthropic) on Bedrock Runtime. The gateway signs upstream
    requests with SigV4 (``[gateway.aws]`` or the standard AWS credential chain)."""

    api = "bedrock"
    routes = (
        Route("/model/{model}/{action}", choices=(("action", tuple(OPERATIONS)),), segment="[^/]+"),
    )
    stream_content_type = eventstream.CONTENT_TYPE

    def __init__(self) -> None:
        self._anthropic = AnthropicAdapter()
        self._aws: dict[str, str] = {}
        self._signer: Any = None

    def configure(self, settings: Any) -> None:
        """The signing region and credentials (``settings.aws``); the default upstream is the
        region's Bedrock Runtime endpoint (``--bedrock-url`` / ``[gateway.upstreams]`` win)."""
        self._aws = dict(getattr(settings, "aws", None) or {})
        try:
            region = default_region(self._aws.get("region"), self._aws.get("profile"))
        except Exception:  # botocore missing: reported when a Bedrock request arrives
            region = None
        if region:
            self.default_upstream = f"https://bedrock-runtime.{region}.amazonaws.com"

    def claims(self, path: str, headers: Any) -> bool:
        return path.startswith(("/model/", "/guardrail/", "/async-invoke"))

    def upstream_headers(self, headers: Any, url: str, body: bytes) -> list[tuple[str, str]]:
        """Only the content headers go upstream, signed by the gateway (never the client's
        credentials, which signed the hop to the gateway)."""
        keep = {k: v for k, v in headers.items() if k.startswith(_FORWARD)}
        keep.setdefault("content-type", "application/json")
        keep["accept-encoding"] = "identity"
        try:
            if self._signer is None:
                options = {k: v for k, v in self._aws.items() if k != "region"}
                self._signer = SigV4Signer(self._aws.get("region"), **options)
            return list(self._signer.sign("POST", url, keep, body).items())
        except ConfigError as exc:
            raise UpstreamError(
                403, "refused", f"the gateway cannot sign the request to Bedrock: {exc}"
            ) from None

    def parse(self, body: Any, match: Match) -> Parsed:
        return self.parse_operation(body, match.params["model"], match.params["action"])

    # -- requests ------------------------------------------------------------------------------

    def parse_operation(self, body: Any, model: str, action: str) -> Parsed:
        """The request to ``/model/{model}/{action}`` understood (model still URL-encoded)."""
        operation, stream = OPERATIONS[action]
        model = unquote(model)
        if operation == "invoke":
            parsed = self._parse_invoke(body, model)
        else:
            parsed = self._parse_converse(body, model)
        parsed.stream = stream
        parsed.options.update(model=model, operation=operation)
        return parsed

    def _parse_converse(self, body: Any, model: str) -> Parsed:
        body = require_dict(body, "the request body")
        messages = require_list(body, "messages")
        bypass = None
        system = body.get("system")
        if system is not None and not isinstance(system, list):
            raise BadRequest("'system' must be an array of system content blocks.", "system")
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
                raise BadRequest(
                    f"'{where}' must be an object with 'role' ('user' or 'assistant') and "
                    "'content'.",
                    where,
                )
            if not isinstance(message.get("content"), list):
                raise BadRequest(f"'{where}.content' must be an array of content blocks.", where)
        last = messages[-1]
        prompt = _block_text(last["content"], f"messages[{len(messages) - 1}].content")
        if last["role"] != "user":
            bypass = "last-turn-not-user"
        elif prompt is None:
            bypass = "non-text-content"
        elif blank(prompt):
            bypass = "empty-prompt"
        context = {
            "api": self.api,
            "operation": "converse",
            "model": model,
            "system": system,
            "history": messages[:-1],  # exact, every block (tool use and results included)
            "params": params_of(body, _NOT_PARAMS),
        }
        return Parsed(prompt or "", context, bypass=bypass, options={"model": model})

    def _parse_invoke(self, body: Any, model: str) -> Parsed:
        body = require_dict(body, "the request body")
        if "anthropic" not in model:
            return Parsed("", {"api": self.api, "model": model}, bypass="unsupported-model")
        if "anthropic_version" not in body:
            raise BadRequest(
                "'anthropic_version' is required for Anthropic models on Bedrock "
                "(e.g. 'bedrock-2023-05-31').",
                "anthropic_version",
            )
        parsed = self._anthropic.parse({**body, "model": model}, Match(self._anthropic, ""))
        parsed.context.update(api=self.api, operation="invoke")
        return parsed

    # -- answers -------------------------------------------------------------------------------

    def answer(self, body: Any) -> Answer | None:
        """A Converse response, or an Anthropic message (InvokeModel)."""
        if not isinstance(body, dict):
            return None
        if "output" not in body:
            return self._anthropic.answer(body)
        try:
            texts, finish = [], _FINISH.get(body.get("stopReason"), "other")
            for block in body["output"]["message"]["content"]:
                if "text" in block:
                    texts.append(block["text"])
                else:
                    finish = "tool" if finish == "tool" else "other"
            usage = body.get("usage") or {}
            return Answer(
                "".join(texts),
                finish,
                body.get("stopReason"),
                None,
                usage.get("inputTokens"),
                usage.get("outputTokens"),
            )
        except (KeyError, TypeError, AttributeError):
            return None

    def is_stream(self, content_type: str) -> bool:
        return content_type.startswith(eventstream.CONTENT_TYPE)

    def decoder(self) -> eventstream.EventStreamParser:
        return eventstream.EventStreamParser()

    def assembler(self) -> BedrockAssembler:
        return BedrockAssembler(self._anthropic.assembler())

    # -- replay --------------------------------------------------------------------------------

    def _usage(self, answer: Answer) -> dict[str, int]:
        i, o = answer.input_tokens or 0, answer.output_tokens or 0
        return {"inputTokens": i, "outputTokens": o, "totalTokens": i + o}

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        if parsed.options.get("operation") == "invoke":
            return self._anthropic.render(answer, parsed, entry_id)
        return dumps(
            {
                "output": {"message": {"role": "assistant", "content": [{"text": answer.text}]}},
                "stopReason": answer.raw_finish or "end_turn",
                "usage": self._usage(answer),
                "metrics": {"latencyMs": 0},
            }
        )

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        if parsed.options.get("operation") == "invoke":
            return self._invoke_stream(answer, parsed, entry_id)
        event = eventstream.event
        out = [event("messageStart", {"role": "assistant"})]
        for piece in pieces(answer.text):
            delta = {"contentBlockIndex": 0, "delta": {"text": piece}}
            out.append(event("contentBlockDelta", delta))
        out.append(event("contentBlockStop", {"contentBlockIndex": 0}))
        out.append(event("messageStop", {"stopReason": answer.raw_finish or "end_turn"}))
        out.append(event("metadata", {"usage": self._usage(answer), "metrics": {"latencyMs": 0}}))
        return out

    def _invoke_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        parser = SSEParser()
        events = [
            json.loads(e.data)
            for chunk in self._anthropic.render_stream(answer, parsed, entry_id)
            for e in parser.feed(chunk)
        ]
        events[-1]["amazon-bedrock-invocationMetrics"] = {
            "inputTokenCount": answer.input_tokens or 0,
            "outputTokenCount": answer.output_tokens or 0,
            "invocationLatency": 0,
            "firstByteLatency": 0,
        }
        return [
            eventstream.event("chunk", {"bytes": base64.b64encode(dumps(e)).decode()})
            for e in events
        ]

    def error(self, status: int, message: str) -> bytes:
        return dumps({"message": message})

    def error_headers(self, status: int) -> list[tuple[str, str]]:
        """``x-amzn-ErrorType``, from which botocore takes the error code."""
        return [("x-amzn-errortype", f"{error_type(status)}:{_FAULT}")]


class BedrockAssembler(TextAssembler):
    """Rebuilds an answer from event-stream messages: Converse events, or InvokeModel ``chunk``
    events (handed, decoded, to the Anthropic assembler). Complete when Converse's
    ``metadata`` (after ``messageStop``) or Anthropic's ``message_stop`` has arrived; an
    in-stream exception makes it incomplete."""

    def __init__(self, anthropic: Any) -> None:
        super().__init__()
        self._anthropic = anthropic
        self.invoke = False
        self.usage: dict[str, Any] = {}

    def feed(self, message: eventstream.Message) -> None:
        if not message.is_event:
            self.broken = True
            return
        try:
            data = message.json()
        except ValueError:
            self.broken = True
            return
        kind = message.event_type
        if kind == "chunk":
            self.invoke = True
            try:
                inner = base64.b64decode(data["bytes"]).decode()
                inner_type = json.loads(inner).get("type", "")
            except (KeyError, TypeError, ValueError, AttributeError):
                self.broken = True
                return
            self._anthropic.feed(Event(inner_type, inner))
            self.raw_finish = self._anthropic.raw_finish
        elif kind == "contentBlockStart":
            if "toolUse" in (data.get("start") or {}):
                self.non_text = True
        elif kind == "contentBlockDelta":
            delta = data.get("delta") or {}
            if isinstance(delta.get("text"), str):
                self.parts.append(delta["text"])
            else:
                self.non_text = True
        elif kind == "messageStop":
            self.raw_finish = data.get("stopReason") or "end_turn"
        elif kind == "metadata":
            self.usage = data.get("usage") or {}
            self.done = self.raw_finish is not None

    def seen_end(self) -> bool:
        """The end marker (Converse's ``metadata`` or Anthropic's ``message_stop``) was fed."""
        return self._anthropic.seen_end() if self.invoke else self.done

    def end(self) -> None:
        """The stream ended normally (no error, no disconnect)."""
        super().end()
        if self.invoke:
            self._anthropic.end()

    def result(self) -> Answer | None:
        """The answer of a complete stream, else None."""
        if self.invoke:
            return None if self.broken else self._anthropic.result()
        if not self.complete():
            return None
        finish = _FINISH.get(self.raw_finish, "other")
        if self.non_text:
            finish = "tool" if finish == "tool" else "other"
        return Answer(
            "".join(self.parts),
            finish,
            self.raw_finish,
            None,
            self.usage.get("inputTokens"),
            self.usage.get("outputTokens"),
        )
