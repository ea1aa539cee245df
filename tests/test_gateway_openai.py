"""OpenAI Chat Completions through the gateway, with the official SDK, over real sockets."""

from __future__ import annotations

from urllib.parse import unquote

import httpx
import openai
import pytest
from gateway_support import running_stack


@pytest.fixture(scope="module")
def client(stack):
    return openai.OpenAI(base_url=f"{stack.url}/v1", api_key="sk-client-secret-1", max_retries=0)


def ask(client, text, **kwargs):
    kwargs.setdefault("model", "gpt-4o-mini")
    messages = kwargs.pop("messages", [{"role": "user", "content": text}])
    raw = client.chat.completions.with_raw_response.create(messages=messages, **kwargs)
    return raw.headers, raw.parse()


def ask_streamed(client, text):
    """A one-turn streamed request (usage included): its X-Yamabiko-Cache and its chunks."""
    with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": text}],
        stream=True,
        stream_options={"include_usage": True},
    ) as raw:
        return raw.headers["x-yamabiko-cache"], list(raw.parse())


def test_miss_then_hit_then_paraphrase(stack, client):
    before = stack.fake.calls_to("/chat/completions")
    h1, r1 = ask(client, "Why is the sky blue during the day?")
    assert h1["x-yamabiko-cache"] == "miss"
    assert h1["x-yamabiko-stored"] == "true"
    assert "upstream;dur=" in h1["server-timing"]
    h2, r2 = ask(client, "Why is the sky blue during the day?")
    assert h2["x-yamabiko-cache"] == "hit"
    assert h2["cached-content"] == "true"
    assert float(h2["x-yamabiko-similarity"]) > 0.999
    assert int(h2["age"]) >= 0
    assert "embed;dur=" in h2["server-timing"] and "search;dur=" in h2["server-timing"]
    assert r2.choices[0].message.content == r1.choices[0].message.content
    assert r2.usage.completion_tokens == r1.usage.completion_tokens
    h3, r3 = ask(client, "During the day, why is the sky blue?")
    assert h3["x-yamabiko-cache"] == "hit", h3
    assert r3.choices[0].message.content == r1.choices[0].message.content
    assert stack.fake.calls_to("/chat/completions") == before + 1


def test_stream_miss_then_stream_hit_same_text(stack, client):
    text = "What does a semantic cache store for an application?"
    before = stack.fake.calls_to("/chat/completions")
    outcome, chunks = ask_streamed(client, text)
    assert outcome == "miss"
    first = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert first == f"Fake answer to: {text}"
    outcome, chunks = ask_streamed(client, text)
    assert outcome == "hit"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == first
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    # the JSON form of the same question is served from the streamed answer
    headers, reply = ask(client, text)
    assert headers["x-yamabiko-cache"] == "hit"
    assert reply.choices[0].message.content == first
    assert stack.fake.calls_to("/chat/completions") == before + 1


def test_context_changes_are_misses(stack, client):
    text = "Name three rivers in Japan."
    assert ask(client, text)[0]["x-yamabiko-cache"] == "miss"
    assert ask(client, text)[0]["x-yamabiko-cache"] == "hit"
    assert ask(client, text, model="gpt-4o")[0]["x-yamabiko-cache"] == "miss"
    assert ask(client, text, temperature=0.2)[0]["x-yamabiko-cache"] == "miss"
    system = [{"role": "system", "content": "Answer in French."}, {"role": "user", "content": text}]
    assert ask(client, None, messages=system)[0]["x-yamabiko-cache"] == "miss"
    follow_up = [
        {"role": "user", "content": "Tell me about Kyoto."},
        {"role": "assistant", "content": "Kyoto is a city."},
        {"role": "user", "content": text},
    ]
    assert ask(client, None, messages=follow_up)[0]["x-yamabiko-cache"] == "miss"


def test_a_refusal_naming_japanese_words_is_percent_encoded_in_its_header(stack, client):
    """A guard reason that names Japanese words (``substitution:午前->午後``) cannot be sent as a
    latin-1 header: before session 23's fix the response failed with a 500 after the upstream
    had answered. The header now carries it percent-encoded (UTF-8), and the answer arrives."""
    stored = "午前の診察は何時から始まりますか？"
    assert ask(client, stored)[0]["x-yamabiko-cache"] == "miss"
    headers, reply = ask(client, "午後の診察は何時から始まりますか？")
    assert reply.choices[0].message.content
    raw = headers["x-yamabiko-cache-reason"]
    assert raw.isascii() and "%E5%8D%88" in raw  # 午, UTF-8, percent-encoded
    assert "午前" in unquote(raw) and "午後" in unquote(raw)
    assert headers["x-yamabiko-cache"] == f"miss; reason={raw}"


@pytest.mark.parametrize(
    ("finish", "reason"),
    [("length", "finish:length"), ("tool", "finish:tool"), ("filter", "finish:filter")],
)
def test_incomplete_answers_are_served_not_stored(stack, client, finish, reason):
    # one unrelated question per variant: an earlier variant's stored answer must not be a
    # candidate for the next one (the miss reason would then name the guard's rejection)
    text = {
        "length": "Explain how a write-back cache works.",
        "tool": "Which rivers flow through Vienna?",
        "filter": "Name three poems by Basho.",
    }[finish]
    headers, _ = ask(client, text, extra_headers={"X-Fake-Finish": finish})
    assert headers["x-yamabiko-cache"].startswith("miss; reason=")
    assert headers["x-yamabiko-cache"].endswith(f"not-stored={reason}")
    assert headers["x-yamabiko-stored"] == "false"
    assert reason in headers["x-yamabiko-cache-reason"]
    assert ask(client, text)[0]["x-yamabiko-cache"].startswith("miss")  # nothing was stored


def test_incomplete_stream_is_not_stored(stack, client):
    text = "Describe the tallest tower in Tokyo."
    with pytest.raises((openai.APIError, httpx.HTTPError)):
        list(
            client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": text}],
                stream=True,
                extra_headers={"X-Fake-Abort-After": "3"},
            )
        )
    headers, _ = ask(client, text)
    assert headers["x-yamabiko-cache"] == "miss"


def test_upstream_429_passes_through_and_is_not_cached(stack, client):
    text = "A question the upstream rate-limits."
    with pytest.raises(openai.RateLimitError) as info:
        ask(client, text, extra_headers={"X-Fake-Status": "429"})
    assert info.value.response.headers["retry-after"] == "1"
    assert info.value.response.json()["error"]["message"] == "fake upstream error 429"
    assert ask(client, text)[0]["x-yamabiko-cache"] == "miss"


def test_images_bypass(stack, client):
    content = [
        {"type": "text", "text": "What is in this picture?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
    ]
    for _ in range(2):
        headers, _ = ask(client, None, messages=[{"role": "user", "content": content}])
        assert headers["x-yamabiko-cache"] == "bypass; reason=non-text-content"
        assert headers["x-yamabiko-cache-reason"] == "non-text-content"


def test_credentials_forwarded_never_stored(stack, client):
    text = "Where do credentials go through a proxy?"
    ask(client, text)
    assert stack.fake.calls[-1]["headers"]["authorization"] == "Bearer sk-client-secret-1"
    entries = httpx.get(f"{stack.url}/yamabiko/entries", headers=stack.admin_headers).json()
    assert entries["entries"]
    assert "sk-client-secret-1" not in str(entries)


def test_client_disconnect_mid_stream_stores_nothing(embedder, tmp_path):
    with running_stack(embedder, tmp_path, chunk_interval=0.05) as s:
        body = {
            "model": "gpt-4o-mini",
            "stream": True,
            "messages": [{"role": "user", "content": "Tell a long story about a cat."}],
        }
        with (
            httpx.Client() as http,
            http.stream("POST", f"{s.url}/v1/chat/completions", json=body) as response,
        ):
            assert response.headers["x-yamabiko-cache"] == "miss"
            next(response.iter_raw())  # first chunk, then hang up
        httpx.post(
            f"{s.url}/v1/chat/completions", json={**body, "stream": False}
        ).raise_for_status()
        stats = httpx.get(f"{s.url}/yamabiko/stats", headers=s.admin_headers).json()
        assert stats["gateway"]["not_stored_by_reason"].get("client-disconnected") == 1
        assert stats["gateway"]["by_outcome"] == {"miss": 2}
