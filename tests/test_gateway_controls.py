"""Request controls, error behaviour, passthrough, single-flight and JSON routes, end to end."""

from __future__ import annotations

import concurrent.futures
import json
import random

import httpx
import pytest
from gateway_support import running_stack, wait_for

from yamabiko.gateway.server import loopback_socket


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-controls")
    with running_stack(embedder, tmp, max_request_bytes=64 * 1024) as s:
        # a JSON route on the same fake upstream: prompt at $.input.text
        from yamabiko.gateway.adapters.jsonpath import JSONPathAdapter

        s.app.add_adapter(
            JSONPathAdapter("answers", "$.input.text", "/json/answer"), s.fake_server.url
        )
        yield s


def chat(url, text, headers=None, timeout=60, **body):
    payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **body}
    return httpx.post(
        f"{url}/v1/chat/completions", json=payload, headers=headers or {}, timeout=timeout
    )


def test_no_cache_skips_the_read_but_stores(stack):
    text = "What is the boiling point of water at sea level?"
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"
    fresh = chat(stack.url, text, {"Cache-Control": "no-cache", "X-Fake-Answer": "fresh%20one"})
    assert fresh.headers["x-yamabiko-cache"].startswith("bypass")
    assert fresh.headers["x-yamabiko-cache-reason"].startswith("no-cache")
    assert fresh.headers["x-yamabiko-stored"] == "true"
    assert fresh.json()["choices"][0]["message"]["content"] == "fresh one"


def test_no_store_is_served_not_stored(stack):
    text = "Which planet has the most moons right now?"
    response = chat(stack.url, text, {"Cache-Control": "no-store"})
    assert response.headers["x-yamabiko-stored"] == "false"
    assert "no-store" in response.headers["x-yamabiko-cache-reason"]
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"


def test_min_similarity_namespace_user_ttl(stack):
    text = "How do I reset my router to factory settings?"
    para = "How can I factory reset my router?"
    chat(stack.url, text)
    hit = chat(stack.url, para)
    assert hit.headers["x-yamabiko-cache"] == "hit"
    strict = chat(stack.url, para, {"X-Yamabiko-Min-Similarity": "0.9999"})
    assert strict.headers["x-yamabiko-cache"] == "miss"
    assert (
        chat(stack.url, text, {"X-Yamabiko-Namespace": "tenant-b"}).headers["x-yamabiko-cache"]
        == "miss"
    )
    assert chat(stack.url, text, {"X-Yamabiko-User": "alice"}).headers["x-yamabiko-cache"] == "miss"
    assert chat(stack.url, text, {"X-Yamabiko-User": "alice"}).headers["x-yamabiko-cache"] == "hit"
    assert chat(stack.url, text, {"X-Yamabiko-User": "bob"}).headers["x-yamabiko-cache"] == "miss"
    short = "What is the time zone of Tokyo, briefly?"
    chat(stack.url, short, {"X-Yamabiko-TTL": "0.05"})
    import time

    time.sleep(0.2)
    assert chat(stack.url, short).headers["x-yamabiko-cache"] == "miss"


@pytest.mark.parametrize(
    ("header", "value", "needle"),
    [
        ("X-Yamabiko-Min-Similarity", "1.5", "[-1, 1]"),
        ("X-Yamabiko-Min-Similarity", "high", "cosine"),
        ("X-Yamabiko-TTL", "-3", "seconds > 0"),
        ("X-Yamabiko-TTL", "soon", "seconds > 0"),
        ("X-Yamabiko-Namespace", "bad name!", "X-Yamabiko-Namespace"),
        ("X-Yamabiko-User", "a b", "X-Yamabiko-User"),
    ],
)
def test_invalid_controls_are_400_in_the_api_format(stack, header, value, needle):
    response = chat(stack.url, "hello there", {header: value})
    assert response.status_code == 400
    assert needle in response.json()["error"]["message"]
    claude = httpx.post(
        f"{stack.url}/v1/messages",
        headers={header: value},
        json={
            "model": "claude-sonnet-4",
            "max_tokens": 5,
            "messages": [{"role": "user", "content": "hi"}],
        },
    )
    assert claude.status_code == 400 and claude.json()["type"] == "error"


def test_bad_bodies_are_400_and_oversized_413(stack):
    url = f"{stack.url}/v1/chat/completions"
    for body in (
        b"{not json",
        b"[]",
        b'{"model": "m"}',
        b'{"model": 3, "messages": []}',
        b'{"model": "m", "messages": [{"role": "user", "content": 5}]}',
        b'{"model": "m", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}',
        b"[" * 50000,
        b'{"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": NaN}',
        '{"model": "\udcff"}'.encode("utf-8", "surrogatepass"),
    ):
        response = httpx.post(url, content=body)
        assert response.status_code == 400, (body[:60], response.text)
        assert response.json()["error"]["type"] == "invalid_request_error"
    big = chat(stack.url, "x" * 70_000)
    assert big.status_code == 413


def test_fuzzed_requests_never_500(stack):
    rng = random.Random(7)
    seeds = [
        ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": "q"}]}),
        (
            "/v1/messages",
            {
                "model": "m",
                "max_tokens": 3,
                "messages": [{"role": "user", "content": [{"type": "text", "text": "q"}]}],
                "system": "s",
            },
        ),
        (
            "/v1beta/models/g:generateContent",
            {
                "contents": [{"role": "user", "parts": [{"text": "q"}]}],
                "systemInstruction": {"parts": [{"text": "s"}]},
            },
        ),
    ]
    junk = [None, 0, -1, 1.5, "", "x", [], {}, [None], {"a": None}, True, [[[]]], "\u0000"]

    def mutate(node):
        if isinstance(node, dict) and node and rng.random() < 0.7:
            key = rng.choice(list(node))
            node[key] = mutate(node[key]) if rng.random() < 0.5 else rng.choice(junk)
        elif isinstance(node, list) and node and rng.random() < 0.7:
            i = rng.randrange(len(node))
            node[i] = mutate(node[i]) if rng.random() < 0.5 else rng.choice(junk)
        return node

    with httpx.Client(base_url=stack.url) as http:
        for _ in range(150):
            path, seed = rng.choice(seeds)
            body = mutate(json.loads(json.dumps(seed)))
            raw = json.dumps(body).encode()
            if rng.random() < 0.2:
                cut = rng.randrange(len(raw))
                raw = raw[:cut] + bytes([rng.randrange(256)]) + raw[cut + 1 :]
            response = http.post(path, content=raw)
            assert response.status_code < 500, (path, raw, response.text)


def test_passthrough_and_upstream_failures(stack, embedder, tmp_path):
    models = httpx.get(f"{stack.url}/v1/models", headers={"Authorization": "Bearer k"})
    assert models.status_code == 200 and models.json()["data"][0]["id"] == "fake-model"
    assert models.headers["x-yamabiko-cache"].startswith("bypass")
    emb = httpx.post(f"{stack.url}/v1/embeddings", json={"model": "e", "input": "x"})
    assert emb.json()["object"] == "list"
    dead = loopback_socket()  # bound, never accepting: connections are refused after backlog
    port = dead.getsockname()[1]
    dead.close()
    with running_stack(
        embedder, tmp_path, openai_url=f"http://127.0.0.1:{port}", upstream_timeout=0.3
    ) as s:
        refused = chat(s.url, "Anyone there?")
        assert refused.status_code == 502
        assert "cannot be reached" in refused.json()["error"]["message"]
        s.app.settings.openai_url = s.fake_server.url
        slow = chat(s.url, "Are you slow?", {"X-Fake-Latency": "2"})
        assert slow.status_code == 504 and slow.json()["error"]["code"] == "gateway_timeout"


def test_single_flight_identical_misses_call_upstream_once(embedder, tmp_path):
    # The first miss leads; its upstream call is held until the five others have missed too
    # and wait for it (single flight); released, its answer is stored and they look again
    # and hit. No bound on time decides the outcome: the store wait, the lookup budget and
    # the client timeout are far above anything a loaded machine takes (each wait ends when
    # what it waits for is done).
    text = "Summarise the history of the Shinkansen in two sentences."
    budgets = {"lookup_budget": 120.0, "write_budget": 120.0}
    with running_stack(embedder, tmp_path, store_wait=120.0, cache_options=budgets) as s:
        flights, followers = s.app.pipeline.flights, []
        wait = flights.wait

        async def waiting(key, timeout):  # count the calls that wait for a running leader
            if flights.leader(key) is not None:
                followers.append(key)
            return await wait(key, timeout)

        flights.wait = waiting

        def one(_):
            headers = {"X-Fake-Hold": "shinkansen"}
            return chat(s.url, text, headers, timeout=300).headers["x-yamabiko-cache"]

        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            outcomes = [pool.submit(one, i) for i in range(6)]
            # the leader's call is held at the upstream while the five others arrive
            assert wait_for(lambda: len(followers) >= 5, timeout=300)
            assert s.fake.calls_to("/chat/completions") == 1
            s.fake.release("shinkansen")
            outcomes = [future.result() for future in outcomes]
        assert sorted(outcomes) == ["hit"] * 5 + ["miss"]
        assert s.fake.calls_to("/chat/completions") == 1


def test_jsonpath_route_caches_and_replays_body(stack):
    url = f"{stack.url}/json/answer"
    body = {"input": {"text": "What is the population of Sapporo?"}, "options": {"lang": "en"}}
    first = httpx.post(url, json=body)
    assert first.headers["x-yamabiko-cache"] == "miss"
    second = httpx.post(url, json=body)
    assert second.headers["x-yamabiko-cache"] == "hit"
    assert second.content == first.content
    assert second.headers["content-type"].startswith("application/json")
    other = httpx.post(url, json={**body, "options": {"lang": "ja"}})
    assert other.headers["x-yamabiko-cache"] == "miss"
    missing = httpx.post(url, json={"question": "x"})
    assert missing.status_code == 400 and "$.input.text" in missing.json()["error"]["message"]


def test_sensitive_answers_not_stored(embedder, tmp_path):
    import re

    from yamabiko.policy import Policy

    with running_stack(embedder, tmp_path) as s:
        s.app.cache.policy = Policy({"email": re.compile(r"\S+@\S+\.\w+").search})
        text = "What is the support contact?"
        response = chat(s.url, text, {"X-Fake-Answer": "write to help%40example.com"})
        assert response.headers["x-yamabiko-cache-reason"] == "not-stored=sensitive:email"
        assert chat(s.url, text).headers["x-yamabiko-cache"] == "miss"


def test_builtin_detectors_keep_personal_data_out(stack):
    prompt = "Is taro.yamada@example.co.jp a valid address format?"
    first = chat(stack.url, prompt)
    assert first.status_code == 200
    assert first.headers["x-yamabiko-cache"] == "bypass; reason=sensitive:email"
    assert chat(stack.url, prompt).headers["x-yamabiko-cache"].startswith("bypass")

    text = "Which test card number should I use?"
    answer = chat(stack.url, text, {"X-Fake-Answer": "use%204539%201488%200343%206467"})
    assert answer.headers["x-yamabiko-cache"] == "miss; reason=not-stored=sensitive:card"
    assert "4539 1488 0343 6467" in answer.json()["choices"][0]["message"]["content"]
    assert chat(stack.url, text).headers["x-yamabiko-cache"].startswith("miss")
    metrics = httpx.get(f"{stack.url}/metrics", headers=stack.admin_headers).text
    # the card number, not "4539" alone: a timing such as 0.445396 may hold those digits
    assert "sensitive:email" in metrics
    assert "4539 1488" not in metrics and "4539148803436467" not in metrics
