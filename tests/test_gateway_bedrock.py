"""Bedrock Runtime through the gateway with the official boto3 ``bedrock-runtime`` client.

The gateway signs each upstream request itself (SigV4); the fake Bedrock upstream recomputes
every signature with botocore and refuses a wrong one, so a passing test proves the signing.
Replayed streams are parsed by botocore's own event-stream parser.
"""

from __future__ import annotations

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from gateway_support import AWS_SECRETS, running_stack

MODEL = "us.anthropic.claude-3-5-haiku-20241022-v1:0"


@pytest.fixture(scope="module", params=["local", "valkey"])
def stack(request, embedder, tmp_path_factory):
    store = None
    if request.param == "valkey":
        store = request.getfixturevalue("valkey_server").url
    with running_stack(embedder, tmp_path_factory.mktemp("gw-bedrock"), store=store) as s:
        yield s


def client(stack, headers: dict[str, str] | None = None):
    bedrock = boto3.client(
        "bedrock-runtime",
        endpoint_url=stack.url,
        region_name="us-east-1",
        aws_access_key_id="client-side-key",  # signs only the hop to the gateway
        aws_secret_access_key="client-side-secret",
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
    )
    if headers:

        def add(request, **_):
            for name, value in headers.items():
                request.headers[name] = value

        bedrock.meta.events.register("before-sign.bedrock-runtime.*", add)
    return bedrock


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": [{"text": text}]}]


def cache_header(response) -> str:
    return response["ResponseMetadata"]["HTTPHeaders"]["x-yamabiko-cache"]


def text_of_stream(response) -> tuple[str, list[str], dict]:
    texts, kinds, meta = [], [], {}
    for event in response["stream"]:
        (kind,) = event.keys()
        kinds.append(kind)
        if kind == "contentBlockDelta":
            texts.append(event[kind]["delta"]["text"])
        if kind == "metadata":
            meta = event[kind]
    return "".join(texts), kinds, meta


def test_converse_json_and_stream(stack):
    bedrock = client(stack)
    signed = stack.fake.bedrock.signed
    first = bedrock.converse(modelId=MODEL, messages=user("How tall is Mount Fuji?"))
    assert cache_header(first) == "miss"
    answer = first["output"]["message"]["content"][0]["text"]
    assert answer == "Fake answer to: How tall is Mount Fuji?"
    again = bedrock.converse(modelId=MODEL, messages=user("What is the height of Mount Fuji?"))
    assert cache_header(again) == "hit"
    assert again["output"]["message"]["content"][0]["text"] == answer
    assert again["stopReason"] == "end_turn" and again["usage"] == first["usage"]
    streamed = bedrock.converse_stream(modelId=MODEL, messages=user("How tall is Mount Fuji?"))
    assert cache_header(streamed) == "hit"
    text, kinds, meta = text_of_stream(streamed)
    assert text == answer and meta["usage"] == first["usage"]
    assert kinds[0] == "messageStart" and kinds[-2:] == ["messageStop", "metadata"]
    assert stack.fake.bedrock.signed == signed + 1  # one upstream call, signed by the gateway
    sent = stack.fake.calls[-1]["headers"]
    assert "client-side-key" not in sent["authorization"]


def test_converse_stream_miss_is_stored_then_replayed(stack):
    bedrock = client(stack)
    question = "Which river is the longest in Japan?"
    miss = bedrock.converse_stream(modelId=MODEL, messages=user(question))
    assert cache_header(miss) == "miss"
    text, kinds, _ = text_of_stream(miss)
    assert text == f"Fake answer to: {question}" and kinds[-1] == "metadata"
    calls = stack.fake.calls_to("/converse")
    for _ in range(20):  # the store happens after the stream; a lookup waits for it
        hit = bedrock.converse(modelId=MODEL, messages=user(question))
        if cache_header(hit) == "hit":
            break
    assert cache_header(hit) == "hit" and stack.fake.calls_to("/converse") == calls
    assert hit["output"]["message"]["content"][0]["text"] == text


def test_exact_context(stack):
    bedrock = client(stack)
    question = "What is the capital of Australia?"
    base = {"modelId": MODEL, "messages": user(question)}
    assert cache_header(bedrock.converse(**base)) == "miss"
    assert cache_header(bedrock.converse(**base)) == "hit"
    variants = [
        {**base, "system": [{"text": "Answer in French."}]},
        {**base, "inferenceConfig": {"temperature": 0.9, "maxTokens": 50}},
        {**base, "modelId": "anthropic.claude-3-haiku-20240307-v1:0"},
        {
            **base,
            "messages": [
                *user("Let us talk about geography."),
                {"role": "assistant", "content": [{"text": "Sure."}]},
                *user(question),
            ],
        },
        {
            **base,
            "toolConfig": {
                "tools": [
                    {
                        "toolSpec": {
                            "name": "lookup",
                            "inputSchema": {"json": {"type": "object"}},
                        }
                    }
                ]
            },
        },
    ]
    for variant in variants:
        assert cache_header(bedrock.converse(**variant)) == "miss", variant


def test_errors_are_bedrock_errors(stack):
    stack.fake.bedrock.fail_next = [429]
    with pytest.raises(ClientError) as info:
        client(stack).converse(modelId=MODEL, messages=user("Throttled question about tea?"))
    assert info.value.response["Error"]["Code"] == "ThrottlingException"
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 429
    ok = client(stack).converse(modelId=MODEL, messages=user("Throttled question about tea?"))
    assert cache_header(ok) == "miss"  # the error was not cached
    with pytest.raises(ClientError) as info:  # malformed: rejected by the gateway itself
        client(stack).converse(
            modelId=MODEL, messages=[{"role": "system", "content": [{"text": "x"}]}]
        )
    assert info.value.response["Error"]["Code"] == "ValidationException"
    assert "role" in info.value.response["Error"]["Message"]
    raw = httpx.post(f"{stack.url}/model/{MODEL}/converse", content=b"{not json")
    assert raw.status_code == 400
    assert raw.headers["x-amzn-errortype"].startswith("ValidationException")
    assert "not valid JSON" in raw.json()["message"]


def test_invoke_model_anthropic(stack):
    import json

    bedrock = client(stack)
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "Why is the sea salty?"}],
    }
    first = bedrock.invoke_model(modelId=MODEL, body=json.dumps(body))
    assert cache_header(first) == "miss"
    message = json.loads(first["body"].read())
    assert message["content"][0]["text"] == "Fake answer to: Why is the sea salty?"
    body["messages"][0]["content"] = "Why is seawater salty?"
    again = bedrock.invoke_model(modelId=MODEL, body=json.dumps(body))
    assert cache_header(again) == "hit"
    assert json.loads(again["body"].read())["content"][0]["text"] == message["content"][0]["text"]
    streamed = bedrock.invoke_model_with_response_stream(modelId=MODEL, body=json.dumps(body))
    assert cache_header(streamed) == "hit"
    events = [json.loads(e["chunk"]["bytes"]) for e in streamed["body"]]
    text = "".join(e["delta"]["text"] for e in events if e["type"] == "content_block_delta")
    assert text == message["content"][0]["text"] and events[-1]["type"] == "message_stop"
    body["messages"][0]["content"] = "How do tides work?"  # a stream miss, assembled and stored
    miss = bedrock.invoke_model_with_response_stream(modelId=MODEL, body=json.dumps(body))
    assert cache_header(miss) == "miss"
    assert [json.loads(e["chunk"]["bytes"])["type"] for e in miss["body"]][-1] == "message_stop"
    for _ in range(20):
        hit = bedrock.invoke_model(modelId=MODEL, body=json.dumps(body))
        if cache_header(hit) == "hit":
            break
    assert cache_header(hit) == "hit"


def test_gateway_credentials_are_never_exposed(stack):
    ((key, secret),) = AWS_SECRETS.items()
    stats = httpx.get(f"{stack.url}/yamabiko/stats", headers=stack.admin_headers)
    assert stats.status_code == 200 and secret not in stats.text
    assert secret not in repr(stack.app.settings) and key not in repr(stack.app.settings)


def test_without_aws_credentials_the_gateway_answers_access_denied(embedder, tmp_path):
    aws = {"region": "us-east-1", "profile": "no-such-profile-for-yamabiko-tests"}
    with running_stack(embedder, tmp_path, aws=aws) as stack, pytest.raises(ClientError) as info:
        client(stack).converse(modelId=MODEL, messages=user("Is anyone signing this?"))
    error = info.value.response["Error"]
    assert error["Code"] == "AccessDeniedException"
    assert "cannot sign" in error["Message"] and "no-such-profile" in error["Message"]
