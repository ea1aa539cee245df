"""A Hypothesis fuzz of every gateway route (the short CI version): arbitrary JSON (lone
surrogates, huge numbers, NaN, deep nesting, wrong types) in and around valid requests, and
arbitrary admin parameters. Never a 5xx, never a hang."""

from __future__ import annotations

import json

import httpx
import pytest
from gateway_support import running_stack
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yamabiko.gateway.adapters.jsonpath import JSONPathAdapter

text = st.text(max_size=40)  # any code point, lone surrogates included
scalars = st.none() | st.booleans() | st.integers() | st.floats() | text
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
)

ROUTES = {
    "/v1/chat/completions": lambda v: {"model": "m", "messages": [{"role": "user", "content": v}]},
    "/v1/messages": lambda v: {
        "model": "c",
        "max_tokens": 16,
        "system": v,
        "messages": [{"role": "user", "content": "hi"}],
    },
    "/v1beta/models/gemini-2.0-flash:generateContent": lambda v: {
        "contents": [{"role": "user", "parts": [{"text": "hi"}]}],
        "generationConfig": v,
    },
    "/v1/responses": lambda v: {"model": "m", "input": v},
    "/json/answer": lambda v: {"input": {"text": v}},
}


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-fuzz")
    with running_stack(embedder, tmp) as s:
        s.app.add_adapter(
            JSONPathAdapter("answers", "$.input.text", "/json/answer"), s.fake_server.url
        )
        with httpx.Client(base_url=s.url, timeout=20) as client:  # a hang fails the test
            yield s, client


FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(route=st.sampled_from(sorted(ROUTES)), value=values, whole=st.booleans())
def test_api_routes_never_answer_5xx(stack, route, value, whole):
    _, client = stack
    body = value if whole else ROUTES[route](value)
    r = client.post(route, content=json.dumps(body).encode())
    assert r.status_code < 500, (route, body, r.status_code, r.text[:300])


@FUZZ
@given(body=st.dictionaries(st.sampled_from(
    ["id", "namespace", "user", "tag", "older_than", "all", "similar_to", "x"]), values,
    max_size=3))  # fmt: skip
def test_admin_invalidate_never_answers_5xx(stack, body):
    s, client = stack
    if body.get("all") is True and len(body) == 1:
        body["all"] = False  # (emptying the cache is allowed; it just is not interesting)
    r = client.post("/yamabiko/invalidate", content=json.dumps(body).encode(),
                    headers=s.admin_headers)  # fmt: skip
    assert r.status_code < 500, (body, r.status_code, r.text[:300])


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["limit", "id", "namespace", "user", "tag"]),
                              text, max_size=3))  # fmt: skip
def test_admin_entries_never_answers_5xx(stack, params):
    s, client = stack
    r = client.get("/yamabiko/entries", params=params, headers=s.admin_headers)
    assert r.status_code < 500, (params, r.status_code, r.text[:300])
