"""Policy rules from a config file, applied by the gateway per request, end to end."""

from __future__ import annotations

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.config import load_settings

CONFIG = """
[[policy.rules]]
name = "no-weather"
prompt = '(?i)\\bforecast\\b'
cache = false

[[policy.rules]]
name = "strict-models"
model = "strict-*"
min_similarity = 0.999

[[policy.rules]]
name = "per-user"
header = "x-yamabiko-user"
scope = "user"
ttl = 120
"""


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-policy")
    config = tmp / "yamabiko.toml"
    config.write_text(CONFIG, encoding="utf-8")
    with running_stack(embedder, tmp) as s:
        s.app.cache.policy = load_settings(config, env={}).build_policy()
        yield s


def chat(stack, text, headers=None, model="gpt-4o-mini"):
    payload = {"model": model, "messages": [{"role": "user", "content": text}]}
    response = httpx.post(f"{stack.url}/v1/chat/completions", json=payload, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.headers["x-yamabiko-cache"]


def test_a_cache_false_rule_bypasses(stack):
    text = "What is the forecast for Osaka this weekend?"
    assert chat(stack, text) == "bypass; reason=policy"
    assert chat(stack, text) == "bypass; reason=policy"


def test_a_model_rule_sets_the_threshold(stack):
    chat(stack, "How do I reset my router to factory settings?", model="strict-7b")
    assert chat(stack, "How can I factory reset my router?", model="strict-7b") == "miss"
    # the same pair under the default threshold (another model: another partition) is served
    chat(stack, "How do I reset my router to factory settings?", model="loose-7b")
    assert chat(stack, "How can I factory reset my router?", model="loose-7b") == "hit"


def test_identical_prompts_of_two_users_never_share_an_answer(stack):
    text = "Summarise the last message I was sent."
    assert chat(stack, text, {"X-Yamabiko-User": "alice"}) == "miss"
    assert chat(stack, text, {"X-Yamabiko-User": "bob"}) == "miss"
    assert chat(stack, text, {"X-Yamabiko-User": "alice"}) == "hit"
    assert chat(stack, text, {"X-Yamabiko-User": "bob"}) == "hit"
    entries = httpx.get(
        f"{stack.url}/yamabiko/entries", params={"user": "alice"}, headers=stack.admin_headers
    ).json()
    assert len(entries["entries"]) == 1
