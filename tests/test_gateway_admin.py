"""Gateway keys (tenants), the admin token, stats, metrics, entries, invalidation, feedback."""

from __future__ import annotations

import httpx
import openai
import pytest
from gateway_support import ADMIN, running_stack

KEY_A = "yk-tenant-a-0123456789abcdef"
KEY_B = "yk-tenant-b-0123456789abcdef"


@pytest.fixture(scope="module")
def stack(embedder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gw-admin")
    with running_stack(embedder, tmp, keys={KEY_A: "team-a", KEY_B: "team-b"}) as s:
        yield s


def chat(url, text, key=KEY_A, headers=None):
    headers = {"X-Yamabiko-Key": key, **(headers or {})} if key else dict(headers or {})
    return httpx.post(
        f"{url}/v1/chat/completions",
        headers=headers,
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
    )


def test_gateway_keys_map_to_namespaces(stack):
    text = "What is the refund policy?"
    assert chat(stack.url, text, key=None).status_code == 401
    assert chat(stack.url, text, key="yk-wrong-key-0123456789").status_code == 401
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "hit"
    assert chat(stack.url, text, key=KEY_B).headers["x-yamabiko-cache"] == "miss"
    forbidden = chat(stack.url, text, headers={"X-Yamabiko-Namespace": "team-b"})
    assert forbidden.status_code == 403 and "team-a" in forbidden.json()["error"]["message"]
    sdk = openai.OpenAI(
        base_url=f"{stack.url}/v1",
        api_key="sk-upstream",
        max_retries=0,
        default_headers={"X-Yamabiko-Key": KEY_A},
    )
    raw = sdk.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    )
    assert raw.headers["x-yamabiko-cache"] == "hit"
    assert "x-yamabiko-key" not in stack.fake.calls[-1]["headers"]
    assert httpx.get(f"{stack.url}/v1/models").status_code == 401


def test_admin_needs_the_token(stack):
    assert httpx.get(f"{stack.url}/yamabiko/stats").status_code == 401
    wrong = httpx.get(f"{stack.url}/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    ok = httpx.get(f"{stack.url}/yamabiko/stats", headers={"X-Yamabiko-Admin-Token": ADMIN})
    assert ok.status_code == 200
    assert httpx.get(f"{stack.url}/healthz").json() == {"status": "ok", "cache": "ok"}


def test_stats_metrics_entries(stack):
    chat(stack.url, "How many legs does a spider have?")
    chat(stack.url, "How many legs does a spider have?")
    stats = httpx.get(f"{stack.url}/yamabiko/stats", headers=stack.admin_headers).json()
    assert stats["gateway"]["by_outcome"]["hit"] >= 1
    assert stats["gateway"]["tokens_saved"]["output"] > 0
    assert stats["cache"]["entries"] >= 1
    metrics = httpx.get(f"{stack.url}/metrics", headers=stack.admin_headers)
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    for name in (
        "yamabiko_hits_total",
        "yamabiko_misses_total",
        "yamabiko_lookup_seconds_bucket",
        "yamabiko_upstream_seconds_count",
        'yamabiko_tokens_saved_total{kind="output"}',
        "yamabiko_cost_saved_usd_total",
        "yamabiko_store_entries",
        "yamabiko_embed_batches_total",
        "yamabiko_embedded_texts_total",
    ):
        assert name in text
    hits = [ln for ln in text.splitlines() if ln.startswith("yamabiko_hits_total ")]
    assert int(hits[0].split()[1]) == stats["gateway"]["by_outcome"]["hit"]
    entries = httpx.get(
        f"{stack.url}/yamabiko/entries?namespace=team-a&limit=5", headers=stack.admin_headers
    ).json()["entries"]
    assert entries and all(e["namespace"] == "team-a" for e in entries)
    assert entries[0]["metadata"]["api"] == "openai"
    bad = httpx.get(f"{stack.url}/yamabiko/entries?limit=zero", headers=stack.admin_headers)
    assert bad.status_code == 400


def admin_post(stack, path, body):
    return httpx.post(f"{stack.url}{path}", json=body, headers=stack.admin_headers)


def test_invalidate_by_id_tag_namespace_and_similarity(stack):
    first = chat(
        stack.url,
        "What is the tallest building in Osaka?",
        headers={"X-Yamabiko-Tags": "buildings,osaka"},
    )
    assert first.headers["x-yamabiko-stored"] == "true"
    hit = chat(stack.url, "What is the tallest building in Osaka?")
    entry = hit.headers["x-yamabiko-entry"]
    assert admin_post(stack, "/yamabiko/invalidate", {"tag": "osaka"}).json() == {"removed": 1}
    assert (
        chat(stack.url, "What is the tallest building in Osaka?").headers["x-yamabiko-cache"]
        == "miss"
    )
    # the answer stored again for the same prompt in the same context has the same id
    assert admin_post(stack, "/yamabiko/invalidate", {"id": entry}).json() == {"removed": 1}
    assert admin_post(stack, "/yamabiko/invalidate", {"id": entry}).json() == {"removed": 0}
    chat(stack.url, "How do I cook rice in a pot?")
    removed = admin_post(
        stack,
        "/yamabiko/invalidate",
        {"similar_to": {"prompt": "How can I cook rice in a pan?", "min_similarity": 0.8}},
    )
    assert removed.json()["removed"] == 1
    assert chat(stack.url, "How do I cook rice in a pot?").headers["x-yamabiko-cache"] == "miss"
    chat(stack.url, "Question only team b asks about trains", key=KEY_B)
    gone = admin_post(stack, "/yamabiko/invalidate", {"namespace": "team-b"}).json()["removed"]
    assert gone >= 1
    assert admin_post(stack, "/yamabiko/invalidate", {}).status_code == 400
    assert admin_post(stack, "/yamabiko/invalidate", {"colour": "red"}).status_code == 400


def test_feedback_removes_a_wrong_hit(stack):
    text = "Is the Tokyo Skytree taller than Tokyo Tower?"
    chat(stack.url, text)
    hit = chat(stack.url, text)
    assert hit.headers["x-yamabiko-cache"] == "hit"
    response = admin_post(
        stack, "/yamabiko/feedback", {"entry_id": hit.headers["x-yamabiko-entry"]}
    )
    assert response.json() == {"removed": 1}
    assert chat(stack.url, text).headers["x-yamabiko-cache"] == "miss"
    stats = httpx.get(f"{stack.url}/yamabiko/stats", headers=stack.admin_headers).json()
    assert stats["gateway"]["feedback_wrong"] == 1
    assert admin_post(stack, "/yamabiko/feedback", {}).status_code == 400
