"""Hit latency of the reference-stack paths next to the OpenAI path, side by side in one run.

    PYTHONPATH=src python benchmarks/bench_stacks.py [--requests 300]

One gateway (the default embedder, a SQLite file) in front of the fake upstream, both on
loopback in this process. Each path is primed with one miss, then asked ``--requests`` times
the same question over one keep-alive HTTP connection: OpenAI Chat Completions, Bedrock
Converse (JSON), Bedrock ConverseStream (a replayed AWS event stream), Vertex AI
generateContent. Prints p50 / p99 in ms and the ratio to the OpenAI path; then boto3's
``converse`` end to end (SigV4 signing and parsing on the client included). Figures depend on
the machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from gateway_support import running_stack  # noqa: E402

from yamabiko.embedders import CachedEmbedder, USEMultilingual  # noqa: E402

QUESTION = "What is the tallest mountain in Japan?"
MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
VERTEX = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001"


def paths() -> dict[str, tuple[str, dict]]:
    user = [{"role": "user", "content": [{"text": QUESTION}]}]
    return {
        "openai chat": (
            "/v1/chat/completions",
            {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": QUESTION}]},
        ),
        "bedrock converse": (f"/model/{MODEL}/converse", {"messages": user}),
        "bedrock converse-stream": (f"/model/{MODEL}/converse-stream", {"messages": user}),
        "vertex generateContent": (
            f"{VERTEX}:generateContent",
            {"contents": [{"role": "user", "parts": [{"text": QUESTION}]}]},
        ),
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    embedder = CachedEmbedder(USEMultilingual())
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp, running_stack(embedder, Path(tmp)) as stack:
        with httpx.Client(base_url=stack.url, timeout=30) as http:
            for name, (path, body) in paths().items():
                first = http.post(path, json=body)
                assert first.status_code == 200, (name, first.text)
                for _ in range(20):  # a streamed miss is stored just after the stream
                    if http.post(path, json=body).headers["x-yamabiko-cache"] == "hit":
                        break
                times = []
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    response = http.post(path, json=body)
                    response.read()
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.headers["x-yamabiko-cache"] == "hit", name
                results[name] = times
        import boto3

        bedrock = boto3.client(
            "bedrock-runtime", endpoint_url=stack.url, region_name="us-east-1",
            aws_access_key_id="bench", aws_secret_access_key="bench",
        )  # fmt: skip
        user = [{"role": "user", "content": [{"text": QUESTION}]}]
        times = []
        for _ in range(args.requests):
            t0 = time.perf_counter()
            bedrock.converse(modelId=MODEL, messages=user)
            times.append((time.perf_counter() - t0) * 1000)
        results["boto3 converse (client incl.)"] = times
    base = statistics.median(results["openai chat"])
    print(f"{args.requests} exact-repeat hits per path, one connection, loopback")
    print(f"{'path':<30} {'p50 ms':>7} {'p99 ms':>7} {'p50 / openai':>13}")
    for name, times in results.items():
        p50 = statistics.median(times)
        print(f"{name:<30} {p50:>7.2f} {pct(times, 99):>7.2f} {p50 / base:>13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
