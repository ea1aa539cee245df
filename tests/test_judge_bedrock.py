"""The LLM judge's ``bedrock`` format (Converse, SigV4) over real HTTP against the fake
upstream's Bedrock Runtime in judge mode, which checks every signature with botocore: in the
library, from ``[verify.judge]`` in a gateway's config, and from ``yamabiko eval workload``."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from gateway_support import ADMIN
from shared_data import PAIRS

from yamabiko.cli import main
from yamabiko.config import load_settings
from yamabiko.config.gateway import GatewaySettings
from yamabiko.errors import ConfigError
from yamabiko.gateway.app import create_app
from yamabiko.models import Candidate, Verdict
from yamabiko.testing import ServerThread, start_fake_upstream
from yamabiko.verify import LLMJudge, Review
from yamabiko.verify.config import build_review

KEY, SECRET = "AKIDJUDGEBEDROCK", "judge-bedrock-secret"
MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"
CACHED = "How do I reset my password?"
ANSWER = "Open Settings, then Account, then Reset password."
PARA = "Help, I forgot my password. Reset?"  # cosine ~0.83 to CACHED: in the band [0.75, 0.90)


@pytest.fixture(scope="module")
def fake():
    server = start_fake_upstream(aws_credentials={KEY: SECRET})
    yield server
    server.stop()


@pytest.fixture
def aws_env(monkeypatch, tmp_path):
    """The standard AWS chain finds the fake's key in the environment (and nothing else)."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)


def judge(fake, secret: str = SECRET, **options) -> LLMJudge:
    aws = {"region": "us-east-1", "access_key_id": KEY, "secret_access_key": secret}
    return LLMJudge(fake.url, MODEL, format="bedrock", price_per_1k_tokens=0.5, aws=aws, **options)


async def test_bedrock_judge_says_yes_no_and_fails_closed(fake):
    fake.app.judge_labels = {(CACHED, PARA): True}
    candidate = Candidate("e1", CACHED, 0.83, ANSWER)
    yes = judge(fake)
    signed = fake.app.bedrock.signed
    assert await yes.verify(PARA, candidate, None) == Verdict(True, "judge")
    call = fake.app.calls[-1]
    assert call["path"] == f"/model/{MODEL}/converse"  # sent URL-encoded, decoded by the server
    assert call["body"]["inferenceConfig"] == {"maxTokens": 16, "temperature": 0}
    sent = call["body"]["messages"][0]["content"][0]["text"]
    assert CACHED in sent and ANSWER in sent and PARA in sent
    assert call["headers"]["authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={KEY}/")
    assert fake.app.bedrock.signed == signed + 1  # the fake recomputed the signature
    assert yes.counts["tokens_in"] > 0 and yes.counts["tokens_out"] > 0 and yes.cost > 0
    # a no; a reply without a verdict; a 4xx; a timeout; a bad signature: never a yes
    other = Candidate("e2", "How do I delete my account?", 0.8, "Settings, Delete.")
    assert await yes.verify(PARA, other, None) == Verdict(False, "judge")
    unclear = judge(fake, headers={"X-Fake-Answer": "I think so"})  # a signed header
    assert await unclear.verify(PARA, candidate, None) == Verdict(False, "judge-unclear")
    fake.app.bedrock.fail_next = [400]
    assert await yes.verify(PARA, candidate, None) == Verdict(False, "judge-error")
    slow = judge(fake, timeout_s=0.2, headers={"X-Fake-Latency": "1"})
    # the fake would answer yes after 1 s: a timeout verdict means the 0.2 s limit cut it off
    assert await slow.verify(PARA, candidate, None) == Verdict(False, "judge-timeout")
    # the fake checks (and counts) the slow call's signature after its 1 s latency: let it land
    # here, not in a later test that counts signatures
    await asyncio.sleep(1.5)
    forged = judge(fake, secret="not-the-secret")
    before = len(fake.app.calls)
    assert await forged.verify(PARA, candidate, None) == Verdict(False, "judge-error")
    assert len(fake.app.calls) == before + 1  # it was asked, and refused the signature
    assert yes.counts["yes"] == yes.counts["no"] == yes.counts["errors"] == 1
    assert unclear.counts["unclear"] == 1 and forged.counts["errors"] == 1
    for j in (yes, unclear, slow, forged):
        await j.aclose()


async def test_bedrock_judge_promotes_an_alias_in_the_library(fake, embedder, tmp_path):
    from yamabiko import AsyncSemanticCache

    fake.app.judge_labels = {(CACHED, PARA): True}
    review = Review(judge(fake), verify_from=0.75)
    cache = AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", review=review, min_similarity=0.90
    )
    entry = await cache.store(CACHED, ANSWER)
    assert (await cache.probe(PARA)).reason == "verifying"
    await review.drain()
    again = await cache.probe(PARA)
    assert again.hit is not None and again.hit.entry.metadata["alias_of"] == entry.id
    counters = cache.counters()
    assert counters["verify:promoted"] == 1 and counters["judge:calls"] == 1
    assert counters["judge:tokens_in"] > 0 and counters["judge:cost"] > 0
    await cache.close()


async def test_without_aws_credentials_the_judge_warns_once_and_gives_no_verdict(
    fake, aws_env, monkeypatch, caplog
):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    chain = LLMJudge(fake.url, MODEL, format="bedrock", aws={"region": "us-east-1"})
    candidate = Candidate("e1", CACHED, 0.83, ANSWER)
    before = len(fake.app.calls)
    for _ in range(2):
        assert await chain.verify(PARA, candidate, None) == Verdict(False, "judge-error")
    assert len(fake.app.calls) == before and chain.counts["errors"] == 2  # nothing sent
    assert caplog.text.count("no AWS credentials") == 1
    await chain.aclose()


def test_verify_judge_section_with_format_bedrock(aws_env):
    section = {"judge": {"format": "bedrock", "model": MODEL, "region": "eu-west-1"}}
    verifier = build_review(section).verifier
    assert verifier.format == "bedrock"
    assert verifier.base == "https://bedrock-runtime.eu-west-1.amazonaws.com"
    for bad, message in [
        ({"format": "openai", "url": "http://x/v1", "model": "m", "region": "x"}, "applies to"),
        ({"format": "bedrock", "model": MODEL, "region": "x", "api_key_env": "K"}, "SigV4"),
        ({"format": "bedrock", "model": MODEL}, "no AWS region"),
    ]:
        with pytest.raises(ConfigError, match=message):
            build_review({"judge": bad})


def test_gateway_config_bedrock_judge_promotes_in_the_background(aws_env, fake, embedder, tmp_path):
    fake.app.judge_labels = {(CACHED, PARA): True}
    config = tmp_path / "yamabiko.toml"
    config.write_text(
        f"[cache]\npath = '{tmp_path / 'g.sqlite3'}'\nmin_similarity = 0.90\n"
        "[verify]\nverify_from = 0.75\n"
        f"[verify.judge]\nformat = 'bedrock'\nurl = '{fake.url}'\nmodel = '{MODEL}'\n"
        "region = 'us-east-1'\nprice_per_1k_tokens = 0.001\n"
    )
    cache = load_settings(config).build_cache(embedder=embedder)
    app = create_app(cache, GatewaySettings(openai_url=fake.url, admin_token=ADMIN))
    gateway = ServerThread(app).start()
    admin = {"Authorization": f"Bearer {ADMIN}"}
    try:
        signed = fake.app.bedrock.signed

        def chat(text: str, **headers: str) -> httpx.Response:
            body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
            url = f"{gateway.url}/v1/chat/completions"
            return httpx.post(url, json=body, headers=headers, timeout=10)

        assert chat(CACHED).headers["x-yamabiko-cache"] == "miss"
        # looked up (a band candidate: verified in the background), its own answer not stored
        miss = chat(PARA, **{"Cache-Control": "no-store"}).headers["x-yamabiko-cache"]
        assert miss == "miss; reason=not-stored=no-store"
        stats: dict = {}
        for _ in range(100):
            stats = httpx.get(f"{gateway.url}/yamabiko/stats", headers=admin).json()
            if stats["verify"].get("verify:promoted"):
                break
            time.sleep(0.05)
        assert stats["verify"]["verify:promoted"] == 1
        assert fake.app.bedrock.signed == signed + 1  # signed with the chain's credentials
        hit = chat(PARA)
        assert hit.headers["x-yamabiko-cache"] == "hit"
        # the alias: PARA's own vector (similarity 1), the cached entry's answer
        assert hit.json()["choices"][0]["message"]["content"] == f"Fake answer to: {CACHED}"
        assert hit.headers["x-yamabiko-similarity"] == "1.0000"
    finally:
        gateway.stop()


def test_eval_workload_with_a_bedrock_judge(aws_env, fake, tmp_path):
    fake.app.judge_labels = {}  # this judge says no to everything
    signed = fake.app.bedrock.signed
    report_path = tmp_path / "w.json"
    code = main(
        [
            "eval", "workload", "--groups", str(PAIRS / "qqp-dev.jsonl"), "--queries", "60",
            "--intent-share", "0", "--seed", "4", "--judge", "bedrock", "--judge-url", fake.url,
            "--judge-model", MODEL, "--judge-region", "us-east-1", "--verify-mode", "sync",
            "--verify-from", "0.75", "--min-similarity", "0.80",  # the band [0.75, 0.80)
            "--judge-share", "1", "--warmup", "30", "--no-compare",
            "--report", str(report_path), "--quiet",
        ]
    )  # fmt: skip
    assert code == 0
    judged = json.loads(report_path.read_text())["runs"]["judge"]["verification"]
    assert judged["judge:calls"] >= 1 and judged["verify:no"] == judged["judge:calls"]
    assert fake.app.bedrock.signed - signed == judged["judge:calls"]
