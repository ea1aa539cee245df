"""Which requests the gateway passes through untouched because their prompt cannot be cached:
the last turn is not the user's (``last-turn-not-user``), the prompt is blank
(``empty-prompt``), or several answers are asked for (``n>1``) — the same rule in every chat
API (:func:`yamabiko.gateway.adapters.base.last_user_prompt`)."""

from __future__ import annotations

import httpx
import pytest

USER, ASSISTANT = "What is the capital of France?", "Paris."
GEMINI = "/v1beta/models/gemini-2.0-flash:generateContent"


def openai_body(turns: list[tuple[str, str]], **more: object) -> dict:
    return {"model": "gpt-4o-mini", "messages": [{"role": r, "content": t} for r, t in turns],
            **more}  # fmt: skip


def anthropic_body(turns: list[tuple[str, str]]) -> dict:
    return {"model": "claude-sonnet-4", "max_tokens": 32,
            "messages": [{"role": r, "content": t} for r, t in turns]}  # fmt: skip


def gemini_body(turns: list[tuple[str, str]]) -> dict:
    roles = {"user": "user", "assistant": "model"}
    return {"contents": [{"role": roles[r], "parts": [{"text": t}]} for r, t in turns]}


def responses_body(turns: list[tuple[str, str]]) -> dict:
    return {"model": "gpt-4o-mini", "input": [{"role": r, "content": t} for r, t in turns]}


API = {
    "openai": ("/v1/chat/completions", openai_body),
    "anthropic": ("/v1/messages", anthropic_body),
    "gemini": (GEMINI, gemini_body),
    "responses": ("/v1/responses", responses_body),
}


def outcome(stack, path: str, body: dict) -> str:
    headers = {"Authorization": "Bearer sk-client", "anthropic-version": "2023-06-01",
               "x-goog-api-key": "gemini-client-key"}  # fmt: skip
    response = httpx.post(stack.url + path, json=body, headers=headers, timeout=30)
    assert response.status_code == 200, response.text
    return response.headers["x-yamabiko-cache"]


@pytest.mark.parametrize("api", sorted(API))
@pytest.mark.parametrize(
    ("turns", "reason"),
    [([("user", USER), ("assistant", ASSISTANT)], "last-turn-not-user"),
     ([("user", USER), ("assistant", ASSISTANT), ("user", "   ")], "empty-prompt"),
     ([("user", "")], "empty-prompt")],
    ids=["assistant-last", "blank-follow-up", "empty"],
)  # fmt: skip
def test_a_prompt_that_cannot_be_cached_is_passed_through(stack, api, turns, reason):
    path, body = API[api]
    assert outcome(stack, path, body(turns)) == f"bypass; reason={reason}"


def test_a_user_question_is_cached_in_every_api(stack):
    for api, (path, body) in sorted(API.items()):
        turns = [("user", f"{USER} ({api})")]
        assert outcome(stack, path, body(turns)) == "miss"
        assert outcome(stack, path, body(turns)) == "hit"


def test_several_answers_asked_for_are_passed_through_first(stack):
    for turns in ([("user", USER)], [("user", USER), ("assistant", ASSISTANT)]):
        assert outcome(stack, API["openai"][0], openai_body(turns, n=2)) == "bypass; reason=n>1"
