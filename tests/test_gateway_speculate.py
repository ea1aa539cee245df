"""Speculative forwarding over real HTTP: the upstream call starts with the lookup; a hit
cancels it, a miss or a bypass relays it; never a second upstream call."""

from __future__ import annotations

import concurrent.futures
import json
import socket

import httpx
import pytest
from gateway_support import running_stack, wait_for

from yamabiko.config.gateway import gateway_settings
from yamabiko.errors import ConfigError
from yamabiko.gateway.speculate import MIN_SEEN, HitRates


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    with running_stack(embedder, tmp_path_factory.mktemp("gw-spec"), speculate="always") as s:
        yield s


def chat(url, text, headers=None, **body):
    payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **body}
    return httpx.post(f"{url}/v1/chat/completions", json=payload, headers=headers or {}, timeout=60)


def speculative(stack) -> dict[str, int]:
    text = httpx.get(f"{stack.url}/metrics", headers=stack.admin_headers).text
    found = {}
    for line in text.splitlines():
        if line.startswith("yamabiko_speculative_total{"):
            name, value = line.split(" ")
            found[name.split('"')[1]] = int(value)
    return found


def calls_for(stack, text: str) -> int:
    """Upstream calls that asked ``text`` (cancelled speculative calls of other tests may
    still arrive: count only this test's)."""
    return sum(1 for call in list(stack.fake.calls) if text in json.dumps(call["body"]))


def test_a_miss_relays_the_call_started_with_the_lookup(stack):
    counts = speculative(stack)
    text = "What is the capital city of Portugal, in one word?"
    response = chat(stack.url, text)
    assert response.headers["x-yamabiko-cache"] == "miss"
    assert response.json()["choices"][0]["message"]["content"] == f"Fake answer to: {text}"
    assert calls_for(stack, text) == 1  # one call, not two
    after = speculative(stack)
    assert after["started"] == counts["started"] + 1
    assert after["used"] == counts["used"] + 1
    assert after["cancelled"] == counts["cancelled"]
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "hit"  # stored after the reply


def test_a_hit_cancels_the_upstream_call(stack):
    text = "How many legs does a spider have, usually?"
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"
    abandoned, counts = stack.fake.abandoned, speculative(stack)
    # the upstream would take 30 s: the hit does not wait for it, and closes it
    reworded = "How many legs does a spider usually have?"
    hit = chat(stack.url, reworded, {"X-Fake-Latency": "30"})
    assert hit.headers["x-yamabiko-cache"] == "hit"
    assert speculative(stack)["cancelled"] == counts["cancelled"] + 1
    sent = calls_for(stack, reworded)  # 0 if cancelled before it was sent
    assert sent in (0, 1)
    # every call of it that reached the upstream was abandoned, none answered
    assert wait_for(lambda: stack.fake.abandoned - abandoned >= sent, timeout=60.0)


def test_a_streamed_miss_relays_the_speculative_stream(stack):
    text = "Name a primary colour, briefly please."
    with httpx.stream(
        "POST",
        f"{stack.url}/v1/chat/completions",
        json={"model": "gpt-4o-mini", "stream": True,
              "messages": [{"role": "user", "content": text}]},
        timeout=60,
    ) as response:  # fmt: skip
        assert response.headers["x-yamabiko-cache"] == "miss"
        body = b"".join(response.iter_raw())
    assert b"[DONE]" in body and b"Fake" in body
    assert calls_for(stack, text) == 1
    assert wait_for(
        lambda: chat(stack.url, text).headers["x-yamabiko-cache"] == "hit", timeout=60.0
    )


def test_upstream_errors_pass_through_once_and_are_not_stored(stack):
    text = "Which ocean is the largest on Earth today?"
    limited = chat(stack.url, text, {"X-Fake-Status": "429"})
    assert limited.status_code == 429
    assert calls_for(stack, text) == 1
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"  # not stored


def test_an_unreachable_upstream_is_a_502(embedder, tmp_path):
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with running_stack(
        embedder, tmp_path, speculate="always", openai_url=f"http://127.0.0.1:{port}"
    ) as s:
        response = chat(s.url, "Is anyone listening on that port?")
        assert response.status_code == 502
        assert "cannot be reached" in response.json()["error"]["message"]
        assert speculative(s)["used"] == 1


def test_concurrent_identical_misses_make_one_call(stack):
    text = "Which metal is liquid at room temperature?"
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        replies = list(pool.map(lambda _: chat(stack.url, text, {"X-Fake-Latency": "0.5"}),
                                range(6)))  # fmt: skip
    assert all(r.status_code == 200 for r in replies)
    assert calls_for(stack, text) == 1


def test_bypasses_are_forwarded_once(stack):
    email = "Is taro.yamada@example.co.jp a valid address format?"
    sensitive = chat(stack.url, email)
    assert sensitive.headers["x-yamabiko-cache"].startswith("bypass")
    no_cache = chat(stack.url, "What is two plus two?", {"Cache-Control": "no-cache"})
    assert no_cache.headers["x-yamabiko-cache"].startswith("bypass")
    assert calls_for(stack, email) == 1
    assert calls_for(stack, "What is two plus two?") == 1


def test_adaptive_speculates_only_where_hits_are_rare(embedder, tmp_path):
    with running_stack(embedder, tmp_path, speculate="adaptive") as s:
        cold = {"X-Yamabiko-Namespace": "cold"}
        for i in range(MIN_SEEN):
            chat(s.url, f"Unrelated question number {i} about topic {i * 37}?", cold)
        assert speculative(s).get("started", 0) == 0  # not before MIN_SEEN lookups
        chat(s.url, "One more new question about gardening tools?", cold)
        assert speculative(s)["started"] == 1
        warm = {"X-Yamabiko-Namespace": "warm"}
        chat(s.url, "What is the tallest mountain in Japan?", warm)
        for _ in range(MIN_SEEN + 5):
            assert (
                chat(s.url, "What is the tallest mountain in Japan?", warm).headers[
                    "x-yamabiko-cache"
                ]
                == "hit"
            )
        chat(s.url, "A new question for the warm namespace?", warm)
        assert speculative(s)["started"] == 1  # a namespace that hits never speculates


def test_hit_rates_and_settings():
    rates = HitRates()
    for _ in range(MIN_SEEN - 1):
        rates.observe("a", False)
    assert rates.rate("a") is None
    rates.observe("a", False)
    assert rates.rate("a") == 0.0
    for _ in range(200):
        rates.observe("a", True)
    assert rates.rate("a") > 0.99
    assert gateway_settings({}).speculate == "off"  # opt-in: it may pay for a hit's call
    assert gateway_settings({"speculate": "ADAPTIVE"}).speculate == "adaptive"
    assert gateway_settings({}, {"speculate_below": "0.5"}).speculate_below == 0.5
    with pytest.raises(ConfigError, match="off, adaptive, always"):
        gateway_settings({"speculate": "sometimes"})
    with pytest.raises(ConfigError, match="from 0 to 1"):
        gateway_settings({"speculate_below": 1.5})
