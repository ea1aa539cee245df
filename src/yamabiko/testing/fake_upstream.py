"""A fake LLM server speaking the OpenAI, Anthropic, Gemini / Vertex AI and Bedrock wire formats
(JSON, SSE, AWS event stream), and the providers' embedding APIs (:mod:`.fake_embeddings`).

A real HTTP server on 127.0.0.1 used by the tests, the benchmark and ``yamabiko demo``. It
answers ``"Fake answer to: <prompt>"`` (or ``answer``), counts tokens as words, waits
``latency`` seconds before answering and ``chunk_interval`` seconds between stream chunks.

Per-request controls (request headers, which the gateway forwards):

* ``X-Fake-Status: 429`` — answer with that error status in the API's error format;
* ``X-Fake-Finish: length | tool | filter`` — end the answer that way;
* ``X-Fake-Answer: text`` — the answer text (``%``-escaped UTF-8);
* ``X-Fake-Latency: 0.5`` — seconds before answering;
* ``X-Fake-Hold: name`` — answer only once the test calls ``release(name)``;
* ``X-Fake-Abort-After: 2`` — break the stream after that many chunks;
* ``X-Fake-Reset-At-End: 1`` — send every event of a stream, then reset instead of closing;
* ``X-Fake-Json-Error: text`` — (JSON routes) answer 200 with ``{"error": {"message": text}}``.

``calls`` records every request (path, headers, JSON body) for tests to inspect.

Judge mode: ``judge_labels`` maps ``(cached question, new question)`` to True / False; a judge
prompt (see :mod:`yamabiko.verify.judge`) is then answered ``{"verdict": "yes"}`` or ``"no"``
from those labels (unknown pairs: no), in any of the chat formats (Bedrock Converse too).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from ..gateway.asgi import ClientGone, Receive, Scope, Send, header_map, read_body, send_json
from ..verify.judge import parse_judge_prompt
from . import fake_openai_apis
from .fake_bedrock import FakeBedrock
from .fake_chat import ChatFormats, count_words
from .fake_embeddings import FakeEmbeddings

_WORDS = re.compile(r"\S+\s*")


def _texts(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict) and "text" in p)
    if isinstance(content, dict):
        return _texts(content.get("parts"))
    return ""


class FakeUpstream(ChatFormats):
    """The fake LLM as an ASGI app. Serve it with :class:`yamabiko.testing.server.ServerThread`
    or :func:`start_fake_upstream`."""

    def __init__(
        self,
        latency: float = 0.0,
        chunk_interval: float = 0.0,
        words_per_chunk: int = 1,
        judge_labels: Mapping[tuple[str, str], bool] | None = None,
        *,
        embedding_model: Any = None,
        aws_credentials: Mapping[str, str] | None = None,
    ) -> None:
        self.judge_labels = judge_labels
        self.latency = latency
        self.chunk_interval = chunk_interval
        self.words_per_chunk = words_per_chunk
        self.calls: list[dict[str, Any]] = []
        #: requests whose client hung up before the answer (while sending its body, or while
        #: the fake waited ``latency``)
        self.abandoned = 0
        self.embeddings = FakeEmbeddings(embedding_model)
        self.bedrock = FakeBedrock(self, aws_credentials)
        self._released: set[str] = set()

    def release(self, name: str) -> None:
        """Answer the requests held with ``X-Fake-Hold: name`` (and later ones at once); for
        tests that must decide when an answer arrives (from any thread)."""
        self._released.add(name)

    async def _held(self, name: str, receive: Receive) -> bool:
        """Wait until ``name`` is released; True (counted) if the client hung up meanwhile."""
        while name not in self._released:
            if await self._abandoned(0.01, receive):
                return True
        return False

    async def _abandoned(self, latency: float, receive: Receive) -> bool:
        """Wait ``latency`` seconds; True (counted) if the client hung up meanwhile."""
        gone = asyncio.ensure_future(receive())
        try:
            await asyncio.wait([gone], timeout=latency)
            if gone.done() and gone.result()["type"] == "http.disconnect":
                self.abandoned += 1
                return True
            return False
        finally:
            gone.cancel()

    def calls_to(self, fragment: str) -> int:
        """How many requests had ``fragment`` in their path."""
        return sum(1 for c in self.calls if fragment in c["path"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = header_map(scope)
        try:
            raw = await read_body(receive, 64 * 1024 * 1024)
        except ClientGone:  # e.g. a speculative call the gateway cancelled while sending it
            self.abandoned += 1
            return
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = None
        path: str = scope["path"]
        self.calls.append(
            {
                "path": path,
                "headers": headers,
                "body": body,
                "query": scope.get("query_string", b"").decode(),
            }
        )
        if path.startswith("/model/") and scope["method"] == "POST":
            await self._bedrock(scope, send, headers, raw, body)
            return
        api = "openai"
        if path == "/v1/messages":
            api = "anthropic"
        elif ":generateContent" in path or ":streamGenerateContent" in path:
            api = "gemini"
        elif path.startswith("/json/"):
            api = "json"
        latency = float(headers.get("x-fake-latency", self.latency))
        if latency and await self._abandoned(latency, receive):
            return
        if "x-fake-hold" in headers and await self._held(headers["x-fake-hold"], receive):
            return
        status = int(headers.get("x-fake-status", "200"))
        if status >= 400:
            await self._error(send, api, status)
            return
        if scope["method"] == "GET" and path.rstrip("/") in ("/v1/models", "/v1beta/models"):
            await send_json(
                send,
                200,
                {
                    "object": "list",
                    "data": [{"id": "fake-model", "object": "model", "owned_by": "yamabiko"}],
                },
            )
            return
        embedded = await self.embeddings.handle(path, body)
        if embedded is not None:
            await send_json(send, *embedded)
            return
        if not isinstance(body, dict):
            await self._error(send, api, 400, "body is not a JSON object")
            return
        if api == "json":
            prompt = str(((body.get("input") or {}).get("text")) or "")
            if "x-fake-json-error" in headers:  # an API that reports errors with status 200
                await send_json(send, 200, {"error": {"message": headers["x-fake-json-error"]}})
                return
            await send_json(
                send,
                200,
                {
                    "output": {"text": self._answer(prompt, headers)},
                    "usage": {"words": count_words(prompt)},
                },
            )
            return
        if fake_openai_apis.handles(path):  # Responses, Completions, Azure deployments
            await fake_openai_apis.handle(self, send, path, body, headers)
            return
        if path not in ("/v1/chat/completions", "/v1/messages") and api != "gemini":
            await self._error(send, api, 404, f"no such path {path}")
            return
        prompt, input_tokens = self._prompt(api, body)
        answer = self._answer(prompt, headers)
        finish = headers.get("x-fake-finish", "stop")
        stream = bool(body.get("stream")) or ":streamGenerateContent" in path
        model = body.get("model") or path.split("/models/")[-1].split(":")[0]
        render = getattr(self, f"_{api}")
        await render(send, body, headers, model, answer, finish, input_tokens, stream)

    async def _bedrock(self, scope: Scope, send: Send, headers, raw: bytes, body: Any) -> None:
        latency = float(headers.get("x-fake-latency", self.latency))
        if latency:
            await asyncio.sleep(latency)
        if not FakeBedrock.matches(scope["path"]):
            await self.bedrock.error(
                send, 404, f"no such path {scope['path']}", "UnknownOperationException"
            )
            return
        if not await self.bedrock.authorized(scope, send, headers, raw):
            return
        if "/invoke" in scope["path"] and int(headers.get("x-fake-status", "200")) < 400:
            embedded = await self.embeddings.handle(scope["path"], body)
            if embedded is not None:
                status, answer = embedded
                if status >= 400:
                    await self.bedrock.error(send, status, answer["message"])
                else:
                    await send_json(send, status, answer)
                return
        await self.bedrock.handle(scope, send, headers, raw, body)

    # -- helpers -----------------------------------------------------------------------------

    def _prompt(self, api: str, body: dict[str, Any]) -> tuple[str, int]:
        turns = body.get("contents") if api == "gemini" else body.get("messages")
        turns = turns if isinstance(turns, list) else []
        texts = [_texts(t.get("content", t) if isinstance(t, dict) else "") for t in turns]
        if api == "gemini":
            texts = [_texts(t) for t in turns]
        prompt = texts[-1] if texts else ""
        return prompt, sum(count_words(t) for t in texts)

    def _answer(self, prompt: str, headers: Mapping[str, str]) -> str:
        if "x-fake-answer" in headers:
            return unquote(headers["x-fake-answer"])
        judged = parse_judge_prompt(prompt) if self.judge_labels is not None else None
        if judged is not None:
            label = self.judge_labels.get((judged[0], judged[2]), False)  # type: ignore[union-attr]
            return json.dumps({"verdict": "yes" if label else "no"})
        return f"Fake answer to: {prompt}"

    def _chunks(self, text: str) -> list[str]:
        words = _WORDS.findall(text) or [text]
        n = self.words_per_chunk
        return ["".join(words[i : i + n]) for i in range(0, len(words), n)]

    async def _error(self, send: Send, api: str, status: int, message: str = "") -> None:
        message = message or f"fake upstream error {status}"
        if api == "anthropic":
            body: dict[str, Any] = {
                "type": "error",
                "error": {
                    "type": "rate_limit_error" if status == 429 else "api_error",
                    "message": message,
                },
            }
        elif api == "gemini":
            body = {
                "error": {
                    "code": status,
                    "message": message,
                    "status": "RESOURCE_EXHAUSTED" if status == 429 else "INTERNAL",
                }
            }
        else:
            body = {
                "error": {
                    "message": message,
                    "type": "rate_limit_error" if status == 429 else "api_error",
                    "param": None,
                    "code": None,
                }
            }
        extra = [("retry-after", "1")] if status == 429 else []
        await send_json(send, status, body, extra)

    async def _stream(
        self,
        send: Send,
        events: list[bytes],
        headers: Mapping[str, str],
        content_type: str = "text/event-stream; charset=utf-8",
    ) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", content_type.encode()),
                    (b"cache-control", b"no-cache"),
                ],
            }
        )
        abort = int(headers.get("x-fake-abort-after", "0"))
        for i, event in enumerate(events):
            if abort and i >= abort:
                raise RuntimeError("fake upstream: stream aborted on purpose (X-Fake-Abort-After)")
            await send({"type": "http.response.body", "body": event, "more_body": True})
            if self.chunk_interval:
                await asyncio.sleep(self.chunk_interval)
        if "x-fake-reset-at-end" in headers:  # the whole answer, then no clean close
            raise RuntimeError("fake upstream: connection reset after the last event")
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def start_fake_upstream(
    latency: float = 0.0,
    chunk_interval: float = 0.0,
    port: int = 0,
    words_per_chunk: int = 1,
    **options: Any,
):
    """Start a :class:`FakeUpstream` on 127.0.0.1 (a free port by default) in a background
    thread; returns the running ``ServerThread`` (``.url``, ``.stop()``, ``.app``).
    ``options``: ``embedding_model``, ``aws_credentials`` (see :class:`FakeUpstream`)."""
    from .server import ServerThread

    app = FakeUpstream(latency, chunk_interval, words_per_chunk, **options)
    server = ServerThread(app, port=port).start()
    server.app = app  # type: ignore[attr-defined]
    return server


def main(argv: list[str] | None = None) -> int:
    """``python -m yamabiko.testing.fake_upstream --port 9000 --latency 0.5``: serve until
    interrupted."""
    import argparse

    import uvicorn

    from ..cli.checks import latency_arg, port_arg
    from ..gateway.server import loopback_socket

    parser = argparse.ArgumentParser(description="fake OpenAI/Anthropic/Gemini server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=port_arg, default=9000, help="0 = any free port")
    parser.add_argument("--latency", type=latency_arg, default=0.0, help="seconds before answering")
    parser.add_argument("--chunk-interval", type=latency_arg, default=0.0,
                        help="seconds between chunks")  # fmt: skip
    args = parser.parse_args(argv)
    sock = loopback_socket(args.host, args.port)
    print(f"fake upstream on http://{args.host}:{sock.getsockname()[1]}", flush=True)
    app = FakeUpstream(args.latency, args.chunk_interval)
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
