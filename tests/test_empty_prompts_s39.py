"""Session 39 (hygiene): an empty prompt, or one without words, at every layer.

The guard served an empty query ``guard-ok`` against a cached *x*: every rule compares words,
and a side with none passes them all. Now a pair where one side has words and the other none
(spaces, punctuation, emoji, a zero-width space) is refused ``wordless``; two sides without
words are served only when they say the same marks (``guard/wordless.py``). The library refuses
a blank prompt (white space and invisible format characters only, ``yamabiko/blank.py``) with
``InvalidInputError``, and every gateway API passes it through untouched, not cached
(``bypass; reason=empty-prompt``), a zero-width space included.
"""

from __future__ import annotations

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.blank import blank
from yamabiko.errors import InvalidInputError
from yamabiko.guard import Guard
from yamabiko.guard.wordless import first_verdict, has_words
from yamabiko.models import Verdict

ZWSP = "\u200b"


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


@pytest.mark.parametrize("empty", ["", "   ", "?!", "...", ZWSP, "👍", "\u0301", "\u200f\u00a0"])
@pytest.mark.parametrize(
    "other", ["x", "What is the capital of France?", "東京駅はどこですか", "42"]
)
def test_a_side_without_words_is_not_the_same_as_one_with_words(guard, empty, other):
    for query, cached in ((empty, other), (other, empty)):
        for lang in (None, "en", "ja"):
            assert guard.check(query, cached, lang, 0.9) == Verdict(False, "wordless")


@pytest.mark.parametrize(
    ("query", "cached", "served"),
    [("?", "？", True), ("👍", " 👍 ", True), ("", "", True), ("", " ", True),
     ("👍", "👎", False), ("?", "!", False), ("...", "?", False)],
)  # fmt: skip
def test_two_sides_without_words_are_served_only_when_they_say_the_same_marks(
    guard, query, cached, served
):
    verdict = guard.check(query, cached, "en", 0.9)
    assert verdict.accept is served
    assert verdict.reason == ("identical" if served else "wordless")


def test_prompts_with_words_go_to_the_rules():
    assert first_verdict("Is it open?", "Is it open today?") is None
    assert first_verdict("ｘ", "x") is None  # full-width letters are letters
    assert first_verdict("é", "x") is None and has_words("二") and not has_words("？！")


def test_blank_is_white_space_and_format_characters_only():
    assert blank("") and blank(" \t\n") and blank(ZWSP) and blank("\ufeff\u200d \u3000")
    assert not blank("?") and not blank("x") and not blank("👍") and not blank(f"{ZWSP}a")


@pytest.mark.parametrize("prompt", ["", "   ", ZWSP, f" {ZWSP}\u3000"])
async def test_the_library_refuses_a_blank_prompt_clearly(cache, prompt):
    with pytest.raises(InvalidInputError, match="prompt is empty"):
        await cache.lookup(prompt)
    with pytest.raises(InvalidInputError, match="prompt is empty"):
        await cache.store(prompt, "an answer")
    with pytest.raises(InvalidInputError, match="prompt is empty"):
        await cache.get_or_call(prompt, lambda text: "an answer")


async def test_a_prompt_without_words_is_no_hit_for_a_question(cache):
    await cache.store("x", "the answer about x")
    record = await cache.probe("?!", min_similarity=0.05)
    assert record.hit is None
    assert await cache.lookup("x") is not None
    await cache.store("?!", "a puzzled answer")
    assert (await cache.lookup("?!")).response == "a puzzled answer"  # the same text is served


USER = "What is the capital of Portugal?"
GEMINI = "/v1beta/models/gemini-2.0-flash:generateContent"
HEADERS = {"Authorization": "Bearer sk-client", "anthropic-version": "2023-06-01",
           "x-goog-api-key": "gemini-client-key"}  # fmt: skip
API = {
    "openai": ("/v1/chat/completions",
               lambda t: {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": t}]}),
    "anthropic": ("/v1/messages",
                  lambda t: {"model": "claude-sonnet-4", "max_tokens": 32,
                             "messages": [{"role": "user", "content": t}]}),
    "gemini": (GEMINI, lambda t: {"contents": [{"role": "user", "parts": [{"text": t}]}]}),
    "responses": ("/v1/responses", lambda t: {"model": "gpt-4o-mini", "input": t}),
    "completions": ("/v1/completions", lambda t: {"model": "gpt-3.5-turbo-instruct", "prompt": t}),
    "bedrock": ("/model/us.anthropic.claude-3-5-haiku-20241022-v1:0/converse",
                lambda t: {"messages": [{"role": "user", "content": [{"text": t}]}]}),
}  # fmt: skip


def post(stack, api: str, text: str) -> httpx.Response:
    path, body = API[api]
    return httpx.post(stack.url + path, json=body(text), headers=HEADERS, timeout=30)


@pytest.fixture(scope="module")
def gateway(embedder, tmp_path_factory):
    with running_stack(embedder, tmp_path_factory.mktemp("gw-empty")) as s:
        yield s


@pytest.mark.parametrize("api", sorted(API))
@pytest.mark.parametrize("prompt", ["", "  ", ZWSP], ids=["empty", "spaces", "zero-width"])
def test_every_gateway_api_passes_a_blank_prompt_through_and_caches_nothing(gateway, api, prompt):
    for _ in range(2):  # (the second time too: nothing was stored)
        response = post(gateway, api, prompt)
        assert response.status_code == 200, response.text
        assert response.headers["x-yamabiko-cache"] == "bypass; reason=empty-prompt"


@pytest.mark.parametrize("api", sorted(API))
def test_a_prompt_without_words_is_no_hit_at_the_gateway(gateway, api):
    question = f"{USER} ({api})"
    assert post(gateway, api, question).headers["x-yamabiko-cache"] == "miss"
    assert post(gateway, api, question).headers["x-yamabiko-cache"] == "hit"
    marks = post(gateway, api, "?!")
    assert marks.status_code == 200 and marks.headers["x-yamabiko-cache"].startswith("miss")
