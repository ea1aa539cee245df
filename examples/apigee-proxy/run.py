"""The Google Cloud reference stack: a proxy in front of Gemini on Vertex AI that answers
repeated questions from a semantic cache (the Apigee semantic-cache pattern), with Vertex AI
``text-embedding-004`` embeddings, a 0.95 threshold, a 60 s TTL, and sensitive data kept out.

    python examples/apigee-proxy/run.py             # offline, one command
    python examples/apigee-proxy/run.py --real --project my-project   # real Vertex AI

Clients call the Vertex AI path unchanged
(``/v1/projects/{p}/locations/{l}/publishers/google/models/gemini-2.0-flash-001:generateContent``
with ``{"contents":[{"role":"user","parts":[{"text":"Why is the sky blue?"}]}]}``) and their
own Google access token, which the gateway passes through. Offline, the fake upstream on
127.0.0.1 plays Vertex AI (``:generateContent`` and ``:predict``) and the token is a
placeholder; with ``--real``, ``gcloud auth print-access-token`` supplies it and the
embeddings come from Vertex AI too (Application Default Credentials; not run in CI).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

from yamabiko import AsyncSemanticCache
from yamabiko.demo import DemoRow, format_table
from yamabiko.gateway.app import create_app
from yamabiko.gateway.settings import GatewaySettings
from yamabiko.testing import ServerThread, start_fake_upstream

MODEL = "gemini-2.0-flash-001"
#: (prompt, expected outcome): at 0.95 only close rewordings hit; personal data never stays
SCENARIO = [
    ("Why is the sky blue?", "miss"),
    ("Why is the sky blue?", "hit"),
    ("Why is the sky blue ?", "hit"),
    ("Why's the sky blue?", "hit"),
    ("What makes the sky look blue during the day?", "miss"),
    ("Why is the sea blue?", "miss"),
    ("My email is hanako.yamada@example.com. Why is my invoice late?", "bypass"),
    ("My email is hanako.yamada@example.com. Why is my invoice late?", "bypass"),
    ("空はなぜ青いのですか?", "miss"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", action="store_true", help="real Vertex AI (not offline)")
    parser.add_argument("--project", default="example-project")
    parser.add_argument("--location", default="us-central1")
    parser.add_argument("--llm-latency", type=float, default=1.0, help="fake LLM seconds")
    args = parser.parse_args()
    path = (
        f"/v1/projects/{args.project}/locations/{args.location}/publishers/google/models/"
        f"{MODEL}:generateContent"
    )
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="apigee-")))
        if args.real:
            token = subprocess.run(
                ["gcloud", "auth", "print-access-token"], capture_output=True, text=True,
                check=True,
            ).stdout.strip()  # fmt: skip
            settings = GatewaySettings()
            embedder = f"vertex:model=text-embedding-004,project={args.project}"
        else:
            fake = start_fake_upstream(latency=args.llm_latency)
            stack.callback(fake.stop)
            token = "ya29.placeholder-token-for-the-fake-upstream"
            settings = GatewaySettings(vertex_url=fake.url)
            embedder = (
                f"vertex:model=text-embedding-004,project={args.project},"
                f"location={args.location},endpoint_url={fake.url},access_token={token}"
            )
        cache = AsyncSemanticCache(
            embedder, path=tmp / "apigee.sqlite3", min_similarity=0.95, ttl=60.0
        )
        gateway = stack.enter_context(ServerThread(create_app(cache, settings)))
        print(
            f"apigee-proxy: client -> gateway {gateway.url}{path} -> "
            f"{'Vertex AI' if args.real else 'fake Vertex AI'}; embedder {cache.embedder.name}, "
            "min_similarity 0.95, TTL 60 s, sensitive prompts and answers never stored"
        )
        rows = [ask(gateway.url + path, token, prompt, expected) for prompt, expected in SCENARIO]
    print(format_table(rows))
    wrong = [row for row in rows if row.outcome != row.expected]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} outcomes as the scenario expects.")
    return 1 if wrong else 0


def ask(url: str, token: str, prompt: str, expected: str) -> DemoRow:
    body = {"contents": [{"role": "user", "parts": [{"text": prompt}]}]}
    start = time.perf_counter()
    response = httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    response.raise_for_status()
    total = (time.perf_counter() - start) * 1000
    timing = {}
    for item in response.headers.get("server-timing", "").split(","):
        name, _, rest = item.strip().partition(";dur=")
        if rest:
            timing[name] = float(rest)
    outcome, _, reason = response.headers.get("x-yamabiko-cache", "?").partition("; reason=")
    similarity = response.headers.get("x-yamabiko-similarity")
    note = f"   [{reason}]" if reason else ""
    return DemoRow(
        prompt=prompt + note,
        expected=expected,
        outcome=outcome,
        similarity=float(similarity) if similarity else None,
        embed_ms=timing.get("embed", 0.0),
        search_ms=timing.get("search", 0.0),
        llm_ms=timing.get("upstream", 0.0),
        store_ms=timing.get("store", 0.0),
        total_ms=total,
    )


if __name__ == "__main__":
    raise SystemExit(main())
