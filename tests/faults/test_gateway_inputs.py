"""Malformed input through the real gateway: lone surrogates anywhere in a request, admin
parameters, numbers that broke stores, oversized prompts. Each was a plain-text 500 (or a
stored entry that never expired) before; each must be a 4xx in the API's own error format."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.gateway.adapters.jsonpath import JSONPathAdapter

BAD = "\\ud800"  # a lone surrogate, as a JSON escape


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-faults")
    with running_stack(embedder, tmp) as s:
        s.app.add_adapter(
            JSONPathAdapter("answers", "$.input.text", "/json/answer"), s.fake_server.url
        )
        yield s


def _raw(obj: object) -> bytes:
    """JSON text with every ``@BAD@`` replaced by the escape of a lone surrogate."""
    return json.dumps(obj).replace("@BAD@", BAD).encode()


USER = {"role": "user", "content": "What is the capital of France?"}
CASES = {
    "openai model": ("/v1/chat/completions", {"model": "gpt@BAD@", "messages": [USER]}),
    "openai system": (
        "/v1/chat/completions",
        {"model": "m", "messages": [{"role": "system", "content": "be @BAD@ brief"}, USER]},
    ),
    "openai prompt": (
        "/v1/chat/completions",
        {"model": "m", "messages": [{"role": "user", "content": "hi @BAD@ there"}]},
    ),
    "openai parameter": (
        "/v1/chat/completions",
        {"model": "m", "messages": [USER], "stop": "@BAD@"},
    ),
    "openai earlier turn": (
        "/v1/chat/completions",
        {
            "model": "m",
            "messages": [USER, {"role": "assistant", "content": "Paris @BAD@"}, USER],
        },
    ),
    "anthropic system": (
        "/v1/messages",
        {"model": "claude", "max_tokens": 20, "system": "x@BAD@", "messages": [USER]},
    ),
    "gemini systemInstruction": (
        "/v1beta/models/gemini-2.0-flash:generateContent",
        {
            "systemInstruction": {"parts": [{"text": "x@BAD@"}]},
            "contents": [{"role": "user", "parts": [{"text": "What is the capital of France?"}]}],
        },
    ),
    "jsonpath field": ("/json/answer", {"input": {"text": "hello"}, "options": {"x": "@BAD@"}}),
    "jsonpath prompt": ("/json/answer", {"input": {"text": "hello @BAD@"}}),
    "a key": ("/v1/chat/completions", {"model": "m", "messages": [USER], "x@BAD@": 1}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_lone_surrogate_anywhere_is_a_400_in_the_apis_format(stack, case):
    path, body = CASES[case]
    r = httpx.post(
        f"{stack.url}{path}",
        content=_raw(body),
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert r.status_code == 400, r.text
    error = r.json()["error"]  # the API's own error format (all four have an "error" object)
    message = error["message"] if isinstance(error, dict) else error
    assert "surrogate" in message


def test_admin_parameters_are_validated(stack):
    admin = stack.admin_headers
    r = httpx.get(f"{stack.url}/yamabiko/entries?limit=%C2%B2", headers=admin)
    assert r.status_code == 400 and "limit" in r.json()["error"]["message"]
    similar = _raw({"similar_to": {"prompt": "a @BAD@ prompt"}})
    r = httpx.post(f"{stack.url}/yamabiko/invalidate", content=similar, headers=admin)
    assert r.status_code == 400 and "surrogate" in r.json()["error"]["message"]
    for age in ("NaN", "Infinity", "-1"):
        r = httpx.post(
            f"{stack.url}/yamabiko/invalidate",
            content=f'{{"older_than": {age}}}'.encode(),
            headers=admin,
        )
        assert r.status_code == 400, (age, r.text)


@pytest.mark.parametrize("ttl", ["1e20", "inf", "nan", "-1", "0"])
def test_ttls_that_broke_stores_are_a_400(stack, ttl):
    body = {"model": "m", "messages": [{"role": "user", "content": f"TTL question {ttl}?"}]}
    r = httpx.post(f"{stack.url}/v1/chat/completions", json=body, headers={"X-Yamabiko-TTL": ttl})
    assert r.status_code == 400 and "X-Yamabiko-TTL" in r.json()["error"]["message"]


def test_an_oversized_prompt_passes_through_without_model_work(stack):
    huge = "Summarise this log line for me please. " * 27_000  # ~1 MiB
    body = {"model": "m", "messages": [{"role": "user", "content": huge}]}
    misses = stack.app.cache.embedder.lru_misses
    r = httpx.post(f"{stack.url}/v1/chat/completions", json=body, timeout=60)
    assert r.status_code == 200
    assert r.headers["x-yamabiko-cache"] == "bypass; reason=too-long"
    assert stack.app.cache.embedder.lru_misses == misses  # never embedded


def test_credentials_in_query_strings_never_reach_a_log_line(stack, caplog):
    secret = "AIzaSyTestKey0123456789abcdefghijklmno"
    body = {"contents": [{"role": "user", "parts": [{"text": "What is the tallest mountain?"}]}]}
    with caplog.at_level(logging.DEBUG):
        r = httpx.post(
            f"{stack.url}/v1beta/models/gemini-2.0-flash:generateContent?key={secret}",
            json=body,
            timeout=30,
        )
        assert r.status_code == 200
    assert "HTTP Request" in caplog.text  # httpx did log the upstream request line ...
    assert secret not in caplog.text  # ... without the key
    assert "key=[REDACTED]" in caplog.text
