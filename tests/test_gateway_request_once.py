"""Through the real gateway (real model, SQLite file, fake upstream over HTTP), a miss derives
its request once: one canonicalisation and one hash of the full context (history included),
one policy decision, one language detection, one sensitive-data scan of the prompt (and one of
the answer before it is stored), one embedding of the prompt."""

from __future__ import annotations

import httpx
from gateway_support import count_calls, running_stack, wait_for

import yamabiko.partition as partition_module
import yamabiko.request as request_module

SYSTEM = "You are a concise assistant for a travel agency."
HISTORY = [
    {"role": "user", "content": "I am planning a trip to Hokkaido in February."},
    {"role": "assistant", "content": "February is the season of the Sapporo Snow Festival."},
] * 20  # a long conversation: hashing it twice would show


def _chat(url: str, question: str) -> httpx.Response:
    messages = [{"role": "system", "content": SYSTEM}, *HISTORY]
    messages.append({"role": "user", "content": question})
    body = {"model": "gpt-4o-mini", "messages": messages, "temperature": 0}
    return httpx.post(f"{url}/v1/chat/completions", json=body, timeout=120)


def test_a_gateway_miss_derives_its_request_once(embedder, tmp_path, monkeypatch):
    budgets = {"lookup_budget": 120.0, "write_budget": 120.0}  # a loaded machine: no timeouts
    with running_stack(embedder, tmp_path, store_wait=120.0, cache_options=budgets) as stack:
        cache = stack.app.cache
        # an earlier question in the same conversation: the miss below has a candidate to
        # search, verify and reject, as most misses of a busy partition do
        first = _chat(stack.url, "Which airport should I fly into for Sapporo?")
        assert first.headers["x-yamabiko-cache"] == "miss"
        assert wait_for(lambda: stack.app.metrics.stored == 1, timeout=120)

        counts: dict[str, int] = {}
        for name in ("validate_context", "canonical_hash", "detect_language"):
            count_calls(monkeypatch, request_module, name, counts)
        # any other hash of a whole context (partition.context_hash walks and hashes)
        count_calls(monkeypatch, partition_module, "context_hash", counts)
        for name in ("decide", "find_sensitive"):
            count_calls(monkeypatch, cache.policy, name, counts)
        embeds = cache.embedder.lru_hits + cache.embedder.lru_misses
        conversation_embeds = cache.conversations.embedded

        second = _chat(stack.url, "How cold does it get in Sapporo in February?")
        assert second.status_code == 200
        assert second.headers["x-yamabiko-cache"].startswith("miss")
        assert second.headers["x-yamabiko-stored"] == "true"
        assert wait_for(lambda: stack.app.metrics.stored == 2, timeout=120)

        assert counts == {
            "validate_context": 1,  # the one canonicalisation (it walks the context once)
            "canonical_hash": 1,  # the one SHA-256 of the full context
            "detect_language": 1,
            "decide": 1,
            "find_sensitive": 2,  # the prompt once, the answer once (before it is stored)
        }
        embedded = cache.embedder.lru_hits + cache.embedder.lru_misses - embeds
        assert embedded == 1 + (cache.conversations.embedded - conversation_embeds)
