"""Gemini on Vertex AI through the gateway: the Apigee reference body over plain HTTP."""

from __future__ import annotations

import json

import httpx

PATH = "/{v}/projects/my-project/locations/us-central1/publishers/google/models/{m}:{a}"


def ask(stack, text, *, version="v1", model="gemini-2.0-flash-001", action="generateContent",
        query="", token="ya29.client-token"):  # fmt: skip
    body = {"contents": [{"role": "user", "parts": [{"text": text}]}]}
    return httpx.post(
        stack.url + PATH.format(v=version, m=model, a=action) + query,
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def answer_text(response) -> str:
    return response.json()["candidates"][0]["content"]["parts"][0]["text"]


def test_generate_content_cached_like_gemini(stack):
    first = ask(stack, "Why is the sky blue?")
    assert first.status_code == 200 and first.headers["x-yamabiko-cache"] == "miss"
    sent = stack.fake.calls[-1]
    assert sent["headers"]["authorization"] == "Bearer ya29.client-token"  # passed through
    assert sent["path"].endswith("/models/gemini-2.0-flash-001:generateContent")
    hit = ask(stack, "Why is the sky the colour blue?", version="v1beta1", token="ya29.other")
    assert hit.headers["x-yamabiko-cache"] == "hit" and hit.headers["cached-content"] == "true"
    assert answer_text(hit) == answer_text(first) == "Fake answer to: Why is the sky blue?"
    other_model = ask(stack, "Why is the sky blue?", model="gemini-2.5-flash")
    assert other_model.headers["x-yamabiko-cache"] == "miss"


def test_stream_generate_content(stack):
    question = "How far away is the Moon?"
    miss = ask(stack, question, action="streamGenerateContent", query="?alt=sse")
    assert miss.headers["x-yamabiko-cache"] == "miss"
    chunks = [json.loads(line[6:]) for line in miss.text.splitlines() if line.startswith("data: ")]
    text = "".join(c["candidates"][0]["content"]["parts"][0]["text"] for c in chunks)
    assert text == f"Fake answer to: {question}"
    for _ in range(20):
        hit = ask(stack, question)
        if hit.headers["x-yamabiko-cache"] == "hit":
            break
    assert hit.headers["x-yamabiko-cache"] == "hit" and answer_text(hit) == text
    replay = ask(stack, question, action="streamGenerateContent", query="?alt=sse")
    assert replay.headers["x-yamabiko-cache"] == "hit"
    assert replay.headers["content-type"].startswith("text/event-stream")


def test_vertex_errors_and_other_paths(stack):
    bad = httpx.post(stack.url + PATH.format(v="v1", m="gemini-2.0-flash-001",
                                             a="generateContent"), content=b"[1, 2")  # fmt: skip
    assert bad.status_code == 400 and bad.json()["error"]["status"] == "INVALID_ARGUMENT"
    predict = httpx.post(  # not a cached path: passed through to the Vertex upstream
        stack.url + PATH.format(v="v1", m="text-embedding-005", a="predict"),
        json={"instances": [{"content": "hello"}]},
        headers={"Authorization": "Bearer ya29.client-token"},
    )
    assert predict.status_code == 200 and predict.headers["x-yamabiko-cache"].startswith("bypass")
    assert len(predict.json()["predictions"][0]["embeddings"]["values"]) == 768
