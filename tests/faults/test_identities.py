"""``X-Yamabiko-User`` is honoured only for gateway keys allowed to name end users (before:
anyone holding a tenant key could read another user's per-user answers)."""

from __future__ import annotations

import httpx
from gateway_support import running_stack

TRUSTED = "trusted-backend-key-0123456789"
OTHER = "another-tenant-key-0123456789"


def test_only_keys_configured_to_assert_users_may_name_one(embedder, tmp_path):
    keys = {TRUSTED: "team-a", OTHER: "team-b"}
    with running_stack(embedder, tmp_path, keys=keys, user_namespaces=["team-a"]) as s:
        body = {"model": "m", "messages": [{"role": "user", "content": "What is my plan?"}]}
        url = f"{s.url}/v1/chat/completions"
        ok = httpx.post(url, json=body, headers={"X-Yamabiko-Key": TRUSTED,
                                                 "X-Yamabiko-User": "u1"})  # fmt: skip
        assert ok.status_code == 200
        refused = httpx.post(url, json=body, headers={"X-Yamabiko-Key": OTHER,
                                                      "X-Yamabiko-User": "u1"})  # fmt: skip
        assert refused.status_code == 403
        assert "user_namespaces" in refused.json()["error"]["message"]
        plain = httpx.post(url, json=body, headers={"X-Yamabiko-Key": OTHER})
        assert plain.status_code == 200  # without naming a user, the tenant works as before


def test_personal_looking_user_ids_and_tags_are_stored_as_keyed_hashes(embedder, tmp_path):
    with running_stack(embedder, tmp_path) as s:
        body = {"model": "m", "messages": [{"role": "user", "content": "Where is my parcel?"}]}
        headers = {"X-Yamabiko-User": "alice@example.com", "X-Yamabiko-Tags": "090-1234-5678,faq"}
        r = httpx.post(f"{s.url}/v1/chat/completions", json=body, headers=headers)
        assert r.headers["x-yamabiko-stored"] == "true"
        listed = httpx.get(f"{s.url}/yamabiko/entries", headers=s.admin_headers).text
        assert "alice@example.com" not in listed and "090-1234-5678" not in listed
        (entry,) = httpx.get(f"{s.url}/yamabiko/entries", headers=s.admin_headers).json()["entries"]
        assert entry["user"].startswith("h:") and "faq" in entry["tags"]
        again = httpx.post(f"{s.url}/v1/chat/completions", json=body, headers=headers)
        assert again.headers["x-yamabiko-cache"] == "hit"  # the same user finds it again
        removed = httpx.post(f"{s.url}/yamabiko/invalidate", json={"user": "alice@example.com"},
                             headers=s.admin_headers).json()["removed"]  # fmt: skip
        assert removed == 1  # administration by the plain id still works
