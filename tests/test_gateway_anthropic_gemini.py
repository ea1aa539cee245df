"""Anthropic Messages and Gemini through the gateway with their official SDKs."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from google import genai
from google.genai import types


@pytest.fixture(scope="module")
def claude(stack):
    return anthropic.Anthropic(base_url=stack.url, api_key="sk-ant-client", max_retries=0)


@pytest.fixture(scope="module")
def gemini(stack):
    return genai.Client(
        api_key="gemini-client-key", http_options=types.HttpOptions(base_url=stack.url)
    )


def test_anthropic_json_and_stream(stack, claude):
    text = "How high is Mount Fuji?"
    before = stack.fake.calls_to("/v1/messages")
    raw = claude.messages.with_raw_response.create(
        model="claude-sonnet-4", max_tokens=64, messages=[{"role": "user", "content": text}]
    )
    assert raw.headers["x-yamabiko-cache"] == "miss"
    first = raw.parse()
    raw = claude.messages.with_raw_response.create(
        model="claude-sonnet-4", max_tokens=64, messages=[{"role": "user", "content": text}]
    )
    assert raw.headers["x-yamabiko-cache"] == "hit"
    again = raw.parse()
    assert again.content[0].text == first.content[0].text
    assert (
        again.stop_reason == "end_turn" and again.usage.output_tokens == first.usage.output_tokens
    )
    with claude.messages.stream(
        model="claude-sonnet-4", max_tokens=64, messages=[{"role": "user", "content": text}]
    ) as stream:
        assert stream.response.headers["x-yamabiko-cache"] == "hit"
        assert stream.get_final_text() == first.content[0].text
        assert stream.get_final_message().stop_reason == "end_turn"
    assert stack.fake.calls_to("/v1/messages") == before + 1
    sent = stack.fake.calls[-1]["headers"]
    assert "sk-ant-client" in (sent.get("x-api-key"), sent.get("authorization", "")[7:])


def test_anthropic_stream_miss_is_stored(stack, claude):
    text = "What is the capital city of Hokkaido?"
    system = "You are a geography teacher."
    with claude.messages.stream(
        model="claude-sonnet-4",
        max_tokens=64,
        system=system,
        messages=[{"role": "user", "content": text}],
    ) as stream:
        assert stream.response.headers["x-yamabiko-cache"] == "miss"
        first = stream.get_final_text()
    raw = claude.messages.with_raw_response.create(
        model="claude-sonnet-4",
        max_tokens=64,
        system=system,
        messages=[{"role": "user", "content": text}],
    )
    assert raw.headers["x-yamabiko-cache"] == "hit"
    assert raw.parse().content[0].text == first
    raw = claude.messages.with_raw_response.create(  # no system prompt: another context
        model="claude-sonnet-4", max_tokens=64, messages=[{"role": "user", "content": text}]
    )
    assert raw.headers["x-yamabiko-cache"] == "miss"


def test_anthropic_tool_use_not_stored_and_errors_in_format(stack, claude):
    text = "Look up the weather in Osaka."
    raw = claude.messages.with_raw_response.create(
        model="claude-sonnet-4",
        max_tokens=64,
        messages=[{"role": "user", "content": text}],
        extra_headers={"X-Fake-Finish": "tool"},
    )
    assert raw.headers["x-yamabiko-stored"] == "false"
    with pytest.raises(anthropic.BadRequestError) as info:
        claude.messages.create(model="claude-sonnet-4", max_tokens=64, messages=[])
    assert info.value.body["type"] == "error"
    assert "messages" in info.value.body["error"]["message"]
    with pytest.raises(anthropic.RateLimitError):
        claude.messages.create(
            model="claude-sonnet-4",
            max_tokens=64,
            messages=[{"role": "user", "content": "hi there"}],
            extra_headers={"X-Fake-Status": "429"},
        )


def test_gemini_json_and_stream(stack, gemini):
    text = "Why do leaves change colour in autumn?"
    before = len(stack.fake.calls)
    first = gemini.models.generate_content(model="gemini-2.0-flash", contents=text)
    assert first.text == f"Fake answer to: {text}"
    streamed = "".join(
        c.text or ""
        for c in gemini.models.generate_content_stream(model="gemini-2.0-flash", contents=text)
    )
    assert streamed == first.text
    again = gemini.models.generate_content(model="gemini-2.0-flash", contents=text)
    assert again.text == first.text
    assert (
        again.usage_metadata.candidates_token_count == first.usage_metadata.candidates_token_count
    )
    assert len(stack.fake.calls) == before + 1
    assert stack.fake.calls[-1]["headers"]["x-goog-api-key"] == "gemini-client-key"
    other = gemini.models.generate_content(
        model="gemini-2.0-flash",
        contents=text,
        config=types.GenerateContentConfig(system_instruction="Answer like a poet."),
    )
    assert other.text == first.text and len(stack.fake.calls) == before + 2


def test_gemini_stream_miss_then_hit(stack, gemini):
    text = "How many islands does Japan have?"
    first = "".join(
        c.text or ""
        for c in gemini.models.generate_content_stream(model="gemini-2.5-flash", contents=text)
    )
    response = httpx.post(
        f"{stack.url}/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        json={"contents": [{"role": "user", "parts": [{"text": text}]}]},
    )
    assert response.headers["x-yamabiko-cache"] == "hit"
    assert response.headers["content-type"].startswith("text/event-stream")
    again = "".join(
        c.text or ""
        for c in gemini.models.generate_content_stream(model="gemini-2.5-flash", contents=text)
    )
    assert again == first == f"Fake answer to: {text}"


def test_gemini_safety_not_stored_and_bad_request_format(stack):
    url = f"{stack.url}/v1beta/models/gemini-2.0-flash:generateContent"
    body = {"contents": [{"role": "user", "parts": [{"text": "something unsafe"}]}]}
    response = httpx.post(url, json=body, headers={"X-Fake-Finish": "filter"})
    assert response.headers["x-yamabiko-cache-reason"] == "not-stored=finish:filter"
    response = httpx.post(url, json={"contents": "nope"})
    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"
    image = {
        "contents": [
            {
                "role": "user",
                "parts": [
                    {"text": "what is this"},
                    {"inlineData": {"mimeType": "image/png", "data": "AAAA"}},
                ],
            }
        ]
    }
    response = httpx.post(url, json=image)
    assert response.headers["x-yamabiko-cache"].startswith("bypass")
