"""What must not be stored: a JSON route's 200 answer that reports an error (before: stored
and served to the next caller)."""

from __future__ import annotations

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.gateway.adapters.jsonpath import JSONPathAdapter


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-storing")
    with running_stack(embedder, tmp) as s:
        url = s.fake_server.url
        s.app.add_adapter(JSONPathAdapter("plain", "$.input.text", "/json/plain"), url)
        s.app.add_adapter(
            JSONPathAdapter("checked", "$.input.text", "/json/checked", success="$.output.text"),
            url,
        )
        yield s


@pytest.mark.parametrize("route", ["plain", "checked"])
def test_a_json_route_never_stores_an_error_answered_with_200(stack, route):
    url = f"{stack.url}/json/{route}"
    body = {"input": {"text": f"What is the population of Kyoto? ({route})"}}
    failed = httpx.post(url, json=body, headers={"X-Fake-Json-Error": "quota exceeded"})
    assert failed.status_code == 200 and failed.json()["error"]["message"] == "quota exceeded"
    assert failed.headers["x-yamabiko-stored"] == "false"
    assert "not-stored=finish:unsuccessful" in failed.headers["x-yamabiko-cache"]
    fresh = httpx.post(url, json=body)  # the next caller gets a real answer, not the error
    assert fresh.headers["x-yamabiko-cache"] == "miss" and "output" in fresh.json()
    assert httpx.post(url, json=body).headers["x-yamabiko-cache"] == "hit"


def test_a_stream_that_ends_then_breaks_is_not_stored(stack):
    url = f"{stack.url}/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"
    body = {"contents": [{"role": "user", "parts": [{"text": "Name three rivers in Japan."}]}]}
    with httpx.stream("POST", url, json=body, headers={"X-Fake-Reset-At-End": "1"}) as r:
        assert r.status_code == 200
        with pytest.raises(httpx.HTTPError):  # the client sees the broken stream ...
            for _ in r.iter_raw():
                pass
    again = httpx.post(url, json=body)  # ... so its answer must not be served from the cache
    assert again.headers["x-yamabiko-cache"] == "miss"
