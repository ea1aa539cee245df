"""Strands Agents: the real ``Agent`` and its ``BedrockModel`` against the gateway and the fake
Bedrock upstream over real HTTP, with the yamabiko hook provider."""

from __future__ import annotations

import pytest
from gateway_support import running_stack
from strands import Agent

from yamabiko.integrations.strands import YamabikoHooks, gateway_bedrock_model

MODEL = "us.anthropic.claude-3-5-haiku-20241022-v1:0"


@pytest.fixture(scope="module", params=["local", "valkey"])
def stack(request, embedder, tmp_path_factory):
    keys = {"yk-agent-key-0123456789": "agents"}
    store = request.getfixturevalue("valkey_server").url if request.param == "valkey" else None
    tmp = tmp_path_factory.mktemp("strands")
    with running_stack(embedder, tmp, keys=keys, store=store) as s:
        yield s


def make_agent(stack, **options):
    model = gateway_bedrock_model(
        stack.url,
        MODEL,
        region_name="us-east-1",
        streaming=options.pop("streaming", True),
    )
    hooks = YamabikoHooks(model, gateway_key="yk-agent-key-0123456789", **options)
    agent = Agent(model=model, hooks=[hooks], callback_handler=None)
    return agent, hooks


@pytest.fixture(autouse=True)
def aws_client_credentials(monkeypatch):
    # the agent's own credentials sign only the hop to the gateway
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "agent-side-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "agent-side-secret")


@pytest.mark.parametrize("streaming", [True, False])
def test_agent_answers_a_repeated_question_from_the_cache(stack, streaming):
    agent, hooks = make_agent(stack, streaming=streaming)
    question = f"What is Amazon Bedrock? ({'stream' if streaming else 'json'})"
    calls = stack.fake.calls_to("/model/")
    first = agent(question)
    assert str(first).strip() == f"Fake answer to: {question}"
    assert not hooks.last.hit and hooks.last.calls[0].outcome == "miss"
    fresh, hooks2 = make_agent(stack, streaming=streaming)  # a new conversation
    for _ in range(20):  # a streamed miss is stored just after the stream ends
        second = fresh(question)
        if hooks2.last.hit:
            break
        fresh, hooks2 = make_agent(stack, streaming=streaming)
    assert hooks2.last.hit and str(second).strip() == str(first).strip()
    report = hooks2.last
    assert report.similarity is not None and report.similarity > 0.99
    timings = report.calls[0].timings
    assert {"embed", "search"} <= timings.keys() and report.calls[0].wall_ms > 0
    assert stack.fake.calls_to("/model/") > calls  # the first answer came from upstream


def test_per_call_min_similarity(stack):
    agent, hooks = make_agent(stack)
    agent("How do I rotate my AWS access keys?")
    assert hooks.last.calls[0].outcome == "miss"
    para, hooks_para = make_agent(stack)
    for _ in range(20):
        para("How can I rotate AWS access keys?", invocation_state={"min_similarity": 0.5})
        if hooks_para.last.hit:
            break
        para, hooks_para = make_agent(stack)
    assert hooks_para.last.hit and hooks_para.last.similarity < 0.999
    strict, hooks_strict = make_agent(stack)
    strict("How can I rotate AWS access keys?", invocation_state={"min_similarity": 0.9999})
    assert hooks_strict.last.calls[0].outcome == "miss"  # the same paraphrase, a stricter call
    assert hooks_strict.last.calls[0].similarity is not None
