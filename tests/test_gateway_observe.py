"""What the gateway tells about each request: OpenTelemetry spans (the SDK's in-memory
exporter), the access log line (text and JSON) and the Server-Timing names."""

from __future__ import annotations

import json
import logging
import re
import time

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from yamabiko.config.gateway import gateway_settings
from yamabiko.errors import ConfigError
from yamabiko.gateway.observe import TIMING_NAMES
from yamabiko.gateway.tracing import Tracer

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"


def chat(url: str, text: str, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chat/completions",
        headers={"Authorization": "Bearer sk-test", **headers},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
    )


def test_a_span_per_request_with_a_child_per_step(stack):
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    stack.app.observer.tracer = Tracer(provider)
    try:
        text = "Which river flows through Vienna?"
        assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"
        parent = f"00-{TRACE_ID}-00f067aa0ba902b7-01"
        hit = chat(stack.url, text, traceparent=parent)
        assert hit.headers["x-yamabiko-cache"] == "hit"
    finally:
        stack.app.observer.tracer = None
    spans = exporter.get_finished_spans()
    roots = [s for s in spans if s.kind == SpanKind.SERVER]
    assert [r.attributes["yamabiko.cache.outcome"] for r in roots] == ["miss", "hit"]
    miss_root, hit_root = roots
    for root in roots:
        assert root.name == "POST /v1/chat/completions"
        assert root.attributes["gen_ai.request.model"] == "gpt-4o-mini"
        assert root.attributes["gen_ai.provider.name"] == "openai"
        assert root.attributes["http.response.status_code"] == 200
    assert f"{hit_root.context.trace_id:032x}" == TRACE_ID  # the client's traceparent
    assert hit_root.attributes["yamabiko.cache.similarity"] == pytest.approx(1.0, abs=1e-3)
    assert hit_root.attributes["yamabiko.cache.entry_id"] == hit.headers["x-yamabiko-entry"]

    def children(root):
        return {
            s.name: s
            for s in spans
            if s.parent is not None and s.parent.span_id == root.context.span_id
        }

    miss_steps = children(miss_root)
    assert {"embed", "search", "chat gpt-4o-mini", "store"} <= set(miss_steps)
    upstream = miss_steps["chat gpt-4o-mini"]
    assert upstream.kind == SpanKind.CLIENT
    assert upstream.attributes["gen_ai.operation.name"] == "chat"
    assert upstream.attributes["gen_ai.usage.input_tokens"] > 0
    assert upstream.attributes["gen_ai.usage.output_tokens"] > 0
    for span in miss_steps.values():
        assert miss_root.start_time <= span.start_time <= span.end_time <= miss_root.end_time
    assert {"embed", "search"} <= set(children(hit_root))
    assert "chat gpt-4o-mini" not in children(hit_root)


def access_lines(caplog, expected: int) -> list[str]:
    """The access log lines, once ``expected`` of them are there (or after 30 s)."""
    deadline = time.monotonic() + 30
    while True:
        lines = [r.getMessage() for r in caplog.records if r.name == "yamabiko.access"]
        if len(lines) >= expected or time.monotonic() > deadline:
            return lines
        time.sleep(0.01)


def test_one_access_log_line_per_request(stack, caplog):
    caplog.set_level(logging.INFO, logger="yamabiko.access")
    text = "What is the boiling point of water at sea level?"
    chat(stack.url, text)
    chat(stack.url, text)
    chat(stack.url, "my mail is someone@example.com, what is the weather?")
    # a line is written once the call is done, just after the client has its reply
    lines = access_lines(caplog, 3)
    assert len(lines) == 3
    assert lines[0].startswith("miss 200 POST /v1/chat/completions api=openai")
    assert lines[1].startswith("hit 200 ") and "sim=1.0000" in lines[1]
    assert re.search(r"entry=[0-9a-f]{32} ", lines[1]) and "total=" in lines[1]
    assert lines[2].startswith("bypass 200 ") and "reason=sensitive:email" in lines[2]
    assert "someone@example.com" not in "".join(lines)  # prompts are never logged
    caplog.clear()
    stack.app.observer.access_log_mode = "json"
    try:
        chat(stack.url, text)
    finally:
        stack.app.observer.access_log_mode = "text"
    (line,) = [json.loads(text) for text in access_lines(caplog, 1)]
    assert line["outcome"] == "hit" and line["status"] == 200 and line["api"] == "openai"
    assert line["similarity"] == pytest.approx(1.0, abs=1e-3) and line["reason"] is None
    assert {"embed", "search", "total"} <= set(line["timings"])
    assert "prompt" not in line


def test_access_log_and_tracing_settings_are_validated():
    settings = gateway_settings({"access_log": "JSON", "tracing": "true"})
    assert settings.access_log == "json" and settings.tracing is True
    with pytest.raises(ConfigError, match="text, json, off"):
        gateway_settings({"access_log": "xml"})


def test_server_timing_names_are_the_documented_ones(stack):
    text = "How far is the Moon from the Earth?"
    responses = [chat(stack.url, text), chat(stack.url, text)]
    stream = httpx.post(
        f"{stack.url}/v1/chat/completions",
        json={
            "model": "gpt-4o-mini",
            "stream": True,
            "messages": [{"role": "user", "content": "Name a prime number above 100."}],
        },
    )
    for response in [*responses, stream]:
        names = [p.split(";")[0].strip() for p in response.headers["server-timing"].split(",")]
        assert names and set(names) <= set(TIMING_NAMES), names


def test_the_served_access_log_writes_what_logging_would(monkeypatch):
    """`yamabiko serve`'s access log writes each line straight to its handler (no LogRecord),
    redacted like a logged line; any other logging setup gets the lines through logging."""
    import io

    from yamabiko.gateway.observe import Observer, access_log, configure_access_log, record_of
    from yamabiko.redact import install_log_redaction

    for name in ("handlers", "filters"):
        monkeypatch.setattr(access_log, name, list(getattr(access_log, name)))
    monkeypatch.setattr(access_log, "propagate", access_log.propagate)
    monkeypatch.setattr(access_log, "level", access_log.level)
    monkeypatch.setattr(access_log, "disabled", access_log.disabled)
    install_log_redaction()
    scope = {"method": "GET", "path": "/v1beta/models/x?key=AIzaSECRET&alt=sse"}
    record = record_of(scope, "gemini", "hit", None, 200, similarity=1.0)
    observer = Observer("text")

    def served(extra_filter: bool) -> str:
        stream = io.StringIO()
        configure_access_log("text", stream)
        if extra_filter:  # not ours: the line must go through logging
            access_log.handlers[0].addFilter(lambda r: True)
        observer.record(record)
        return stream.getvalue()

    direct, logged = served(False), served(True)
    assert direct == logged == record.log_line().replace("AIzaSECRET", "[REDACTED]") + "\n"
    calls = []
    monkeypatch.setattr(type(access_log.handlers[0]), "write_line", lambda *a: calls.append(a))
    served(False)
    served(True)
    assert len(calls) == 1  # the direct path was taken only without the extra filter
