"""The fake upstream's Bedrock Runtime: Converse (JSON and event stream) and InvokeModel /
InvokeModelWithResponseStream for Anthropic models, with Bedrock's error format.

It checks SigV4 signatures the way AWS does (recomputing them with botocore from the bytes it
received) when it knows the access key's secret (``credentials``): a request signed with a
wrong secret, or changed after signing, is answered 403 ``InvalidSignatureException``; an
unsigned one 403 ``MissingAuthenticationTokenException``. ``signed`` counts good signatures;
``fail_next`` makes the next requests fail with the given statuses.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from ..gateway import eventstream
from ..gateway.asgi import Scope, Send, dumps, send_bytes

ERROR_TYPES = {
    400: "ValidationException",
    403: "AccessDeniedException",
    404: "ResourceNotFoundException",
    408: "ModelTimeoutException",
    424: "ModelErrorException",
    429: "ThrottlingException",
    500: "InternalServerException",
    503: "ServiceUnavailableException",
}
_FINISH = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool": "tool_use",
    "filter": "content_filtered",
}
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256 Credential=([^/]+)/\d{8}/([^/]+)/([^/]+)/aws4_request, "
    r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})"
)
_PATH = re.compile(
    r"^/model/([^/]+)/(converse|converse-stream|invoke|invoke-with-response-stream)$"
)


def error_body(status: int, message: str, kind: str | None = None) -> tuple[bytes, list]:
    """Bedrock's error: ``x-amzn-ErrorType`` and ``{"message": ...}``."""
    kind = kind or ERROR_TYPES.get(status, "InternalServerException")
    header = ("x-amzn-errortype", f"{kind}:http://internal.amazon.com/coral/com.amazon.bedrock/")
    return dumps({"message": message}), [header]


def signature_problem(
    scope: Scope, headers: Mapping[str, str], body: bytes, secrets: Mapping[str, str]
) -> tuple[str, str] | None:
    """``(error type, message)`` if the SigV4 signature is missing or wrong, else None."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    match = _AUTH.fullmatch(headers.get("authorization", ""))
    if not match or "x-amz-date" not in headers:
        return "MissingAuthenticationTokenException", "Missing Authentication Token"
    key, region, service, signed, signature = match.groups()
    if key not in secrets:
        return (
            "UnrecognizedClientException",
            "The security token included in the request is invalid.",
        )
    raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    query = scope.get("query_string", b"").decode("latin-1")
    url = f"http://{headers.get('host', 'localhost')}{raw_path}" + (f"?{query}" if query else "")
    names = signed.split(";")
    request = AWSRequest(
        method=scope["method"], url=url, data=body, headers={n: headers.get(n, "") for n in names}
    )
    request.context["timestamp"] = headers["x-amz-date"]
    signer = SigV4Auth(
        Credentials(key, secrets[key], headers.get("x-amz-security-token")), service, region
    )
    expected = signer.signature(
        signer.string_to_sign(request, signer.canonical_request(request)), request
    )
    if expected != signature:
        return (
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided.",
        )
    return None


class FakeBedrock:
    """Bedrock Runtime routes of :class:`~yamabiko.testing.fake_upstream.FakeUpstream`."""

    def __init__(self, upstream: Any, credentials: Mapping[str, str] | None = None) -> None:
        self.upstream = upstream
        self.credentials = dict(credentials or {})
        self.signed = 0
        #: statuses to answer the next requests with (the gateway forwards no X-Fake-* header
        #: to Bedrock: it sends only what it signs)
        self.fail_next: list[int] = []

    @staticmethod
    def matches(path: str) -> bool:
        return _PATH.match(path) is not None

    async def handle(
        self, scope: Scope, send: Send, headers: Mapping[str, str], raw: bytes, body: Any
    ) -> None:
        match = _PATH.match(scope["path"])
        assert match is not None
        model, action = unquote(match.group(1)), match.group(2)
        status = (
            self.fail_next.pop(0) if self.fail_next else int(headers.get("x-fake-status", "200"))
        )
        if status >= 400:
            await self.error(send, status, f"fake upstream error {status}")
            return
        if not isinstance(body, dict) or (
            action.startswith("converse") and not isinstance(body.get("messages"), list)
        ):
            await self.error(send, 400, "Malformed input request, please reformat your input.")
            return
        finish = headers.get("x-fake-finish", "stop")
        stream = action.endswith("stream")
        if action.startswith("converse"):
            await self._converse(send, body, headers, finish, stream)
        else:
            await self._invoke(send, model, body, headers, finish, stream)

    async def authorized(
        self, scope: Scope, send: Send, headers: Mapping[str, str], raw: bytes
    ) -> bool:
        """Check the signature (when the secrets are known); answer 403 and False if bad."""
        if not self.credentials:
            return True
        problem = signature_problem(scope, headers, raw, self.credentials)
        if problem:
            await self.error(send, 403, problem[1], problem[0])
            return False
        self.signed += 1
        return True

    async def error(self, send: Send, status: int, message: str, kind: str | None = None) -> None:
        raw, extra = error_body(status, message, kind)
        await send_bytes(send, status, raw, "application/json", extra)

    def _prompt(self, messages: list[Any]) -> tuple[str, int]:
        texts = []
        for m in messages:
            content = m.get("content") if isinstance(m, dict) else None
            if isinstance(content, str):
                texts.append(content)
            elif isinstance(content, list):
                texts.append(
                    " ".join(b["text"] for b in content if isinstance(b, dict) and "text" in b)
                )
        prompt = texts[-1] if texts else ""
        return prompt, sum(max(1, len(t.split())) for t in texts)

    async def _converse(self, send, body, headers, finish, stream) -> None:
        prompt, n_in = self._prompt(body["messages"])
        answer = self.upstream._answer(prompt, headers)
        n_out = max(1, len(answer.split()))
        usage = {"inputTokens": n_in, "outputTokens": n_out, "totalTokens": n_in + n_out}
        reason = _FINISH[finish]
        tool = {"toolUseId": "tooluse_fake", "name": "lookup"}
        if not stream:
            content: list[dict[str, Any]] = [{"text": answer}]
            if finish == "tool":
                content.append({"toolUse": {**tool, "input": {}}})
            out = {
                "output": {"message": {"role": "assistant", "content": content}},
                "stopReason": reason,
                "usage": usage,
                "metrics": {"latencyMs": 1},
            }
            await send_bytes(send, 200, dumps(out))
            return
        events = [eventstream.event("messageStart", {"role": "assistant"})]
        for piece in self.upstream._chunks(answer):
            delta = {"contentBlockIndex": 0, "delta": {"text": piece}}
            events.append(eventstream.event("contentBlockDelta", delta))
        events.append(eventstream.event("contentBlockStop", {"contentBlockIndex": 0}))
        if finish == "tool":
            start = {"contentBlockIndex": 1, "start": {"toolUse": tool}}
            events.append(eventstream.event("contentBlockStart", start))
            delta = {"contentBlockIndex": 1, "delta": {"toolUse": {"input": "{}"}}}
            events.append(eventstream.event("contentBlockDelta", delta))
            events.append(eventstream.event("contentBlockStop", {"contentBlockIndex": 1}))
        events.append(eventstream.event("messageStop", {"stopReason": reason}))
        events.append(eventstream.event("metadata", {"usage": usage, "metrics": {"latencyMs": 1}}))
        await self._send_stream(send, events, headers)

    async def _invoke(self, send, model, body, headers, finish, stream) -> None:
        if "anthropic" not in model:
            await self.error(
                send, 400, f"the fake upstream invokes only Anthropic models, not {model}"
            )
            return
        if not isinstance(body.get("messages"), list) or "anthropic_version" not in body:
            await self.error(
                send, 400, "Malformed input request: messages and anthropic_version required"
            )
            return
        prompt, n_in = self._prompt(body["messages"])
        answer = self.upstream._answer(prompt, headers)
        message, events = self.upstream.anthropic_message(model, answer, finish, n_in)
        if not stream:
            await send_bytes(send, 200, dumps(message))
            return
        events[-1]["amazon-bedrock-invocationMetrics"] = {
            "inputTokenCount": n_in,
            "outputTokenCount": message["usage"]["output_tokens"],
            "invocationLatency": 1,
            "firstByteLatency": 1,
        }
        frames = [
            eventstream.event("chunk", {"bytes": base64.b64encode(json.dumps(e).encode()).decode()})
            for e in events
        ]
        await self._send_stream(send, frames, headers)

    async def _send_stream(
        self, send: Send, frames: list[bytes], headers: Mapping[str, str]
    ) -> None:
        await self.upstream._stream(send, frames, headers, eventstream.CONTENT_TYPE)
