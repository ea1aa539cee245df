"""The opt-in exact cache of embedding APIs (OpenAI /v1/embeddings with the official SDK,
Gemini :embedContent with google-genai): same model and input -> the stored vectors."""

from __future__ import annotations

import httpx
import openai
import pytest
from gateway_support import running_stack
from google import genai
from google.genai import types


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("embeddings")
    with running_stack(embedder, tmp, exact_cache=["embeddings", "gemini-embed"]) as s:
        yield s


def test_openai_embeddings_are_cached_exactly(stack):
    client = openai.OpenAI(base_url=f"{stack.url}/v1", api_key="sk-test", max_retries=0)

    def embed(text, **kwargs):
        raw = client.embeddings.with_raw_response.create(
            model="text-embedding-3-small", input=text, **kwargs
        )
        return raw.headers["x-yamabiko-cache"], raw.parse()

    outcome, first = embed("The quick brown fox")
    assert outcome == "miss" and len(first.data[0].embedding) > 100
    outcome, second = embed("The quick brown fox")
    assert outcome == "hit" and second.data[0].embedding == first.data[0].embedding
    assert second.usage.prompt_tokens == first.usage.prompt_tokens
    assert embed("The quick brown fox!")[0] == "miss"  # exact: another input, another entry
    assert embed("The quick brown fox", dimensions=64)[0] == "miss"  # parameters are context
    outcome, batch = embed(["one", "two"])
    assert outcome == "miss" and len(batch.data) == 2
    assert embed(["one", "two"])[0] == "hit"
    assert embed(["two", "one"])[0] == "miss"
    assert embed("mail me at someone@example.com")[0].startswith("bypass")


def test_gemini_embed_content_is_cached_exactly(stack):
    client = genai.Client(api_key="g-test", http_options=types.HttpOptions(base_url=stack.url))
    first = client.models.embed_content(model="text-embedding-004", contents="A red apple")
    calls = len(stack.fake.calls)
    second = client.models.embed_content(model="text-embedding-004", contents="A red apple")
    assert len(stack.fake.calls) == calls  # served from the cache
    assert second.embeddings[0].values == first.embeddings[0].values


def test_without_the_setting_embeddings_pass_through(embedder, tmp_path):
    with running_stack(embedder, tmp_path) as plain:
        body = {"model": "text-embedding-3-small", "input": "hello"}
        for _ in range(2):
            answer = httpx.post(f"{plain.url}/v1/embeddings", json=body)
            assert answer.headers["x-yamabiko-cache"] == "bypass; reason=not-cached-path"
