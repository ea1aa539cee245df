"""Azure OpenAI deployment paths and legacy Completions through the gateway, with the official
openai SDK (AzureOpenAI, completions), JSON and streaming."""

from __future__ import annotations

import openai
import pytest
from gateway_support import running_stack


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    with running_stack(embedder, tmp_path_factory.mktemp("openai-more")) as s:
        s.app.settings.upstreams["azure"] = s.fake_server.url  # the resource's origin
        yield s


def test_azure_deployment_paths_are_cached(stack):
    azure = openai.AzureOpenAI(
        azure_endpoint=stack.url,
        api_key="azure-key-for-tests",
        api_version="2024-10-21",
        max_retries=0,
    )
    messages = [{"role": "user", "content": "What is the speed of light?"}]

    def ask(deployment, **kwargs):
        raw = azure.chat.completions.with_raw_response.create(
            model=deployment, messages=messages, **kwargs
        )
        return raw.headers["x-yamabiko-cache"], raw.parse()

    outcome, first = ask("gpt4o-prod")
    assert outcome == "miss" and first.choices[0].message.content.startswith("Fake answer to:")
    call = stack.fake.calls[-1]
    assert call["path"] == "/openai/deployments/gpt4o-prod/chat/completions"
    assert "api-version=2024-10-21" in call["query"] and call["headers"]["api-key"]
    outcome, second = ask("gpt4o-prod")
    assert (
        outcome == "hit" and second.choices[0].message.content == first.choices[0].message.content
    )
    assert second.usage.total_tokens == first.usage.total_tokens
    assert ask("gpt4o-test")[0] == "miss"  # another deployment, another partition
    streamed = azure.chat.completions.create(model="gpt4o-prod", messages=messages, stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
    assert text == first.choices[0].message.content


def test_legacy_completions_are_cached(stack):
    client = openai.OpenAI(base_url=f"{stack.url}/v1", api_key="sk-test", max_retries=0)
    prompt = "Write a haiku about the sea."

    def complete(**kwargs):
        raw = client.completions.with_raw_response.create(
            model="gpt-3.5-turbo-instruct", prompt=prompt, **kwargs
        )
        return raw.headers["x-yamabiko-cache"], raw.parse()

    outcome, first = complete()
    assert outcome == "miss" and first.choices[0].text == f"Fake answer to: {prompt}"
    outcome, second = complete()
    assert outcome == "hit" and second.choices[0].text == first.choices[0].text
    assert second.usage.prompt_tokens == first.usage.prompt_tokens
    assert complete(max_tokens=5)[0] == "miss"  # parameters are context
    chunks = list(
        client.completions.create(
            model="gpt-3.5-turbo-instruct",
            prompt=prompt,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == first.choices[0].text
    assert chunks[-1].usage.completion_tokens == first.usage.completion_tokens
    fresh = "Write a limerick about a cat."
    list(client.completions.create(model="gpt-3.5-turbo-instruct", prompt=fresh, stream=True))
    raw = client.completions.with_raw_response.create(model="gpt-3.5-turbo-instruct", prompt=fresh)
    assert raw.headers["x-yamabiko-cache"] == "hit"  # the streamed miss was stored
    batch = client.completions.with_raw_response.create(
        model="gpt-3.5-turbo-instruct", prompt=[prompt, fresh]
    )
    assert batch.headers["x-yamabiko-cache"].startswith("bypass")
