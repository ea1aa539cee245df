"""Provider embedders (Bedrock Titan and Cohere, Vertex AI, Gemini API, OpenAI-compatible)
against the fake upstream over real HTTP, chosen through the one embedder setting.

The fake checks Bedrock's SigV4 signatures with botocore and derives its vectors from the real
local model, so paraphrases are near and unrelated prompts far, as with the real services.
"""

from __future__ import annotations

import json
import uuid

import numpy as np
import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.cli import main as cli_main
from yamabiko.config import load_settings
from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.bedrock import TitanEmbedder
from yamabiko.embedders.choose import embedder_from_spec
from yamabiko.errors import ConfigError, EmbedderMismatchError, EmbeddingAPIError
from yamabiko.stores.local import LocalStore
from yamabiko.testing import start_fake_upstream

AWS = {"AKIDFAKE": "fake-secret-key"}
PARA = ("How do I reset my password?", "How can I reset my password?")
OTHER = "What is the capital of France?"


@pytest.fixture(scope="module")
def fake(embedder):
    server = start_fake_upstream(embedding_model=embedder, aws_credentials=AWS)
    yield server
    server.stop()


def aws(url: str, secret: str = "fake-secret-key") -> str:
    return f"endpoint_url={url},region=us-east-1,access_key_id=AKIDFAKE,secret_access_key={secret}"


def specs(url: str) -> dict[str, tuple[str, str, int]]:
    return {
        "titan": (f"titan:{aws(url)}", "bedrock:amazon.titan-embed-text-v2:0@1024", 1024),
        "titan-256": (
            f"titan:dims=256,{aws(url)}",
            "bedrock:amazon.titan-embed-text-v2:0@256",
            256,
        ),
        "cohere": (f"bedrock-cohere:{aws(url)}", "bedrock:cohere.embed-multilingual-v3", 1024),
        "vertex-005": (
            f"vertex:project=p,endpoint_url={url},access_token=t",
            "vertex:text-embedding-005@768",
            768,
        ),
        "vertex-gemini": (
            f"vertex:model=gemini-embedding-001,dims=1536,project=p,endpoint_url={url},"
            "access_token=t",
            "vertex:gemini-embedding-001@1536",
            1536,
        ),
        "gemini-api": (f"gemini:api_key=k,base_url={url}", "gemini:gemini-embedding-001@768", 768),
        "openai": (
            f"openai:model=text-embedding-3-small,dims=512,base_url={url}/v1,api_key=sk-x",
            "openai-compatible:text-embedding-3-small",
            512,
        ),
    }


@pytest.mark.parametrize(
    "kind", ["titan", "titan-256", "cohere", "vertex-005", "vertex-gemini", "gemini-api", "openai"]
)
async def test_provider_embedders_over_http(fake, kind):
    spec, name, dims = specs(fake.url)[kind]
    embedder = embedder_from_spec(spec)
    signed = fake.app.bedrock.signed
    try:
        vectors = await embedder.embed([*PARA, OTHER, "パスワードを再設定するには?"])
    finally:
        await embedder.aclose()
    assert embedder.name == name and vectors.shape == (4, dims)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    sims = unit @ unit.T
    assert sims[0, 1] > 0.8 and sims[0, 3] > 0.75 and sims[0, 2] < sims[0, 1] - 0.3
    if kind in ("titan", "titan-256", "cohere"):  # every request signed, and checked
        assert fake.app.bedrock.signed > signed


@pytest.mark.parametrize("store_kind", ["local", "valkey"])
async def test_cache_on_titan_on_both_stores(fake, store_kind, tmp_path, request):
    if store_kind == "local":
        store = LocalStore(tmp_path / "titan.sqlite3")
    else:
        from yamabiko.stores.valkey import ValkeyStore

        server = request.getfixturevalue("valkey_server")
        store = ValkeyStore(server.url, prefix=f"t{uuid.uuid4().hex[:12]}:", timeout=2.0)
    embedder = embedder_from_spec(f"titan:dims=512,{aws(fake.url)}")
    async with AsyncSemanticCache(embedder, store, min_similarity=0.85) as cache:
        await cache.store(PARA[0], "Use the 'Forgot password' link.")
        hit = await cache.lookup(PARA[1])
        assert hit is not None and hit.entry.response == "Use the 'Forgot password' link."
        assert await cache.lookup(OTHER) is None
    await embedder.aclose()


async def test_store_remembers_the_embedder(fake, tmp_path):
    path = tmp_path / "one-embedder.sqlite3"
    first = TitanEmbedder(endpoint_url=fake.url, region="us-east-1", **_keys())
    async with AsyncSemanticCache(first, path=path) as cache:
        await cache.store(PARA[0], "answer")
    await first.aclose()
    other = TitanEmbedder(dims=256, endpoint_url=fake.url, region="us-east-1", **_keys())
    with pytest.raises(EmbedderMismatchError) as info:
        async with AsyncSemanticCache(other, path=path):
            pass
    message = str(info.value)
    assert "bedrock:amazon.titan-embed-text-v2:0@1024" in message and "(1024 dims)" in message
    assert "@256" in message and "invalidate --all" in message
    await other.aclose()


def _keys(secret: str = "fake-secret-key") -> dict[str, str]:
    return {"access_key_id": "AKIDFAKE", "secret_access_key": secret}


async def test_throttling_is_retried_within_the_deadline_then_fails_open(fake, tmp_path):
    titan = TitanEmbedder(endpoint_url=fake.url, region="us-east-1", **_keys())
    fake.app.embeddings.throttle_next = 2
    vectors = await titan.embed(["retried until it passes"])
    assert vectors.shape == (1, 1024) and titan.retries == 2
    vertex = embedder_from_spec(
        f"vertex:project=p,endpoint_url={fake.url},access_token=t,deadline_s=0.3"
    )
    fake.app.embeddings.throttle_next = 1000
    try:
        with pytest.raises(EmbeddingAPIError, match="kept throttling"):
            await vertex.embed(["always throttled"])
        async with AsyncSemanticCache(vertex, path=tmp_path / "throttled.sqlite3") as cache:
            record = await cache.probe("always throttled")  # fail open: a miss, not an error
            assert record.hit is None and record.reason == "error:EmbeddingAPIError"
    finally:
        fake.app.embeddings.throttle_next = 0
    await titan.aclose()
    await vertex.aclose()


async def test_a_wrong_signature_is_refused_by_the_upstream(fake):
    titan = TitanEmbedder(endpoint_url=fake.url, region="us-east-1", **_keys("wrong"))
    with pytest.raises(EmbeddingAPIError, match="403 InvalidSignatureException") as info:
        await titan.embed(["hello"])
    assert "wrong" not in str(info.value)  # no credential in the message
    await titan.aclose()


def test_one_setting_chooses_the_embedder(fake, tmp_path):
    config = tmp_path / "yamabiko.toml"
    config.write_text(
        f'[embedder]\nname = "titan"\ndims = 512\nendpoint_url = "{fake.url}"\n'
        'region = "us-east-1"\naccess_key_id = "AKIDFAKE"\nsecret_access_key = "fake-secret-key"\n'
    )
    from_file = load_settings(config, env={}).build_embedder()
    assert from_file.name.endswith("@512") and from_file.dims == 512
    env = {"YAMABIKO_EMBEDDER_DIMS": "256"}  # an option over the file's
    assert load_settings(config, env=env).build_embedder().dims == 256
    env = {"YAMABIKO_EMBEDDER": f"gemini:api_key=k,base_url={fake.url}"}  # another embedder
    assert load_settings(config, env=env).build_embedder().name == "gemini:gemini-embedding-001@768"
    settings = load_settings(config, env={})
    settings.embedder = "use"  # the flag wins
    assert settings.build_embedder().name == USEMultilingual.name
    with pytest.raises(ConfigError, match=r"has no option .dimz.*dims"):
        load_settings(config, env={"YAMABIKO_EMBEDDER_DIMZ": "3"}).build_embedder()
    with pytest.raises(ConfigError, match=r"dims is 300 but amazon\.titan-embed-text-v2:0 returns"):
        load_settings(config, env={"YAMABIKO_EMBEDDER_DIMS": "300"}).build_embedder()
    with pytest.raises(ConfigError, match="'titen' is not known"):
        embedder_from_spec("titen")


def test_cli_embedder_flag_and_a_store_that_refuses_another(fake, tmp_path, capsys):
    warm = tmp_path / "warm.jsonl"
    warm.write_text('{"prompt": "How do I reset my password?", "response": "Use the link."}\n')
    path = str(tmp_path / "cli.sqlite3")
    titan = f"titan:{aws(fake.url)}"
    assert cli_main(["warm", str(warm), "--path", path, "--embedder", titan]) == 0
    assert "stored 1" in capsys.readouterr().out
    assert cli_main(["warm", str(warm), "--path", path, "--embedder", "use"]) == 2
    err = capsys.readouterr().err
    assert "bedrock:amazon.titan-embed-text-v2:0@1024" in err and USEMultilingual.name in err


def test_eval_pairs_calibrates_a_provider_embedder(fake, tmp_path, capsys):
    rows = [
        ("How do I reset my password?", "How can I change my password?", 1),
        ("What is the capital of France?", "Which city is the capital of France?", 1),
        ("How tall is Mount Fuji?", "What is the height of Mount Fuji?", 1),
        ("How do I reset my password?", "What is the capital of France?", 0),
        ("How tall is Mount Fuji?", "How do I bake bread?", 0),
        ("Why is the sky blue?", "Why is the sea salty?", 0),
    ]
    data = tmp_path / "pairs.jsonl"
    data.write_text("".join(json.dumps({"a": a, "b": b, "label": y}) + "\n" for a, b, y in rows))
    spec = f"titan:dims=256,{aws(fake.url)}"
    code = cli_main(["eval", "pairs", str(data), "--embedder", spec, "--no-guard", "--quiet"])
    out = capsys.readouterr().out
    assert code == 0 and "bedrock:amazon.titan-embed-text-v2:0@256" in out
    assert "precision>=0.9 at 0." in out  # the threshold for this embedder


def test_the_gateway_starts_and_passes_through_when_the_embedder_is_down(tmp_path):
    import httpx

    from yamabiko.config.gateway import GatewaySettings
    from yamabiko.gateway.app import create_app
    from yamabiko.testing import ServerThread

    fake = start_fake_upstream()
    down = "vertex:project=p,access_token=t,endpoint_url=http://127.0.0.1:9,timeout_s=0.5"
    cache = AsyncSemanticCache(down, path=tmp_path / "down.sqlite3")
    try:
        with ServerThread(create_app(cache, GatewaySettings(openai_url=fake.url))) as gateway:
            reply = httpx.post(
                f"{gateway.url}/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": "Still there?"}]},
                timeout=30,
            )
    finally:
        fake.stop()
    assert reply.status_code == 200 and reply.json()["choices"][0]["message"]["content"]
    assert reply.headers["x-yamabiko-cache"].startswith("miss")
