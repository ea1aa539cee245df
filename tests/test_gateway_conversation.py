"""Follow-up questions through the gateway with the official OpenAI, Anthropic and Gemini
SDKs: earlier turns matched by meaning (set by policy rules), one route kept exact."""

from __future__ import annotations

import anthropic
import openai
import pytest
from gateway_support import running_stack
from google import genai
from google.genai import types

from yamabiko.policy import Policy, Rule

BOOK = "I'd like to book a table at Sushi Zen on Friday evening."
BOOKED = "Sure, Sushi Zen on Friday evening. How many people?"
OTHER = "I'd like to book a table at Trattoria Roma on Friday evening."
OTHER_BOOKED = "Sure, Trattoria Roma on Friday evening. How many people?"
QUESTION = "And how much would it be for two people?"
HELLO, HELLO_BACK = "Hi there!", "Hello! How can I help you today?"


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    with running_stack(embedder, tmp_path_factory.mktemp("gw-conversation")) as s:
        # semantic for every route (a default rule) but Anthropic's, which stays exact
        s.app.cache.policy = Policy(
            rules=[
                Rule(name="exact-claude", route="anthropic", conversation="exact"),
                Rule(name="semantic", conversation="semantic"),
            ]
        )
        yield s


def _turns(*texts: str) -> list[tuple[str, str]]:
    return [("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(texts)]


def test_openai_follow_up_after_small_talk_is_a_hit(stack):
    client = openai.OpenAI(base_url=f"{stack.url}/v1", api_key="sk-test", max_retries=0)

    def ask(*texts: str) -> str:
        messages = [{"role": r, "content": t} for r, t in _turns(*texts)]
        raw = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=messages
        )
        return raw.headers["x-yamabiko-cache"]

    assert ask(BOOK, BOOKED, QUESTION) == "miss"
    assert ask(HELLO, HELLO_BACK, BOOK, BOOKED, QUESTION) == "hit"
    # another restaurant: the miss says which part of the context differed
    assert ask(OTHER, OTHER_BOOKED, QUESTION) == "miss; reason=rejected:history:entity"
    assert ask(QUESTION) == "miss"  # no thread at all


def test_gemini_follow_up_after_small_talk_is_a_hit(stack):
    client = genai.Client(api_key="k", http_options=types.HttpOptions(base_url=stack.url))

    def ask(*texts: str) -> str:
        contents = [
            types.Content(role="user" if r == "user" else "model", parts=[types.Part(text=t)])
            for r, t in _turns(*texts)
        ]
        response = client.models.generate_content(model="gemini-2.0-flash", contents=contents)
        return response.sdk_http_response.headers["x-yamabiko-cache"]

    assert ask(BOOK, BOOKED, QUESTION) == "miss"
    assert ask(HELLO, HELLO_BACK, BOOK, BOOKED, QUESTION) == "hit"
    assert ask(OTHER, OTHER_BOOKED, QUESTION).startswith("miss; reason=rejected:history:")


def test_anthropic_route_kept_exact_by_a_rule(stack):
    client = anthropic.Anthropic(base_url=stack.url, api_key="sk-ant", max_retries=0)

    def ask(*texts: str) -> str:
        messages = [{"role": r, "content": t} for r, t in _turns(*texts)]
        raw = client.messages.with_raw_response.create(
            model="claude-sonnet-4", max_tokens=64, messages=messages
        )
        return raw.headers["x-yamabiko-cache"]

    assert ask(BOOK, BOOKED, QUESTION) == "miss"
    assert ask(BOOK, BOOKED, QUESTION) == "hit"  # byte-identical earlier turns
    assert ask(HELLO, HELLO_BACK, BOOK, BOOKED, QUESTION) == "miss"  # exact on this route
