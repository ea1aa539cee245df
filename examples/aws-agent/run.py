"""The AWS reference stack: a Strands Agents agent calling Claude on Amazon Bedrock through the
yamabiko gateway, with Titan Text Embeddings v2 (1,024 dims) and Valkey vector search.

    python examples/aws-agent/run.py                 # offline, one command (see below)
    python examples/aws-agent/run.py --real          # real Bedrock (AWS credentials, region)

Offline, every part is real except Bedrock: the fake upstream on 127.0.0.1 speaks Converse
(event stream) and Titan's InvokeModel, checks the gateway's SigV4 signatures, and answers
"Fake answer to: ..." after ``--llm-latency`` seconds. The store is a throw-away Valkey with the
search module when its binaries are installed (the test extras), else the embedded SQLite
store; ``--store valkey://host:6379/0`` uses yours. With ``--real``, the gateway signs with your
AWS credential chain, the model is ``--model`` in ``AWS_REGION``, and the embeddings come from
Titan on Bedrock: the same table, real latencies (costs a few cents; not run in CI).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from yamabiko import AsyncSemanticCache
from yamabiko.demo import SCENARIO, DemoRow, format_table
from yamabiko.gateway.app import create_app
from yamabiko.gateway.settings import GatewaySettings
from yamabiko.integrations.strands import YamabikoHooks, gateway_bedrock_model
from yamabiko.testing import ServerThread, start_fake_upstream

#: calibrated with benchmarks/calibrate_embedders.py (precision >= 0.9 on the fake Titan)
TITAN_MIN_SIMILARITY = 0.8
FAKE_AWS = {"AKIDEXAMPLEAGENT": "example-secret-for-the-fake-upstream"}
REPO = Path(__file__).resolve().parents[2]


def start_store(choice: str, stack: ExitStack) -> str:
    """``local``, a valkey:// URL, or ``auto``: a throw-away Valkey if it can start here."""
    if choice != "auto":
        return choice
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from servers import ValkeySearchServer

        return stack.enter_context(ValkeySearchServer()).url
    except Exception as exc:  # binaries not installed: the embedded store
        print(f"(no Valkey here: {type(exc).__name__}; using the embedded SQLite store)")
        return "local"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", action="store_true", help="real Bedrock (not offline)")
    parser.add_argument("--model", default="us.anthropic.claude-haiku-4-5-20251001-v1:0")
    parser.add_argument("--store", default="auto", help="auto | local | valkey://host:port/0")
    parser.add_argument("--llm-latency", type=float, default=1.0, help="fake LLM seconds")
    parser.add_argument("--min-similarity", type=float, default=TITAN_MIN_SIMILARITY)
    args = parser.parse_args()

    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="aws-agent-")))
        region = os.environ.get("AWS_REGION", "us-east-1")
        if args.real:
            settings = GatewaySettings(aws={"region": region})
            titan = f"titan:region={region}"
        else:
            from yamabiko.embedders.local import USEMultilingual

            local = USEMultilingual()  # the fake Titan derives its vectors from it
            local.embed_sync(["load the model before the gateway starts"])
            fake = start_fake_upstream(
                latency=args.llm_latency, aws_credentials=FAKE_AWS, embedding_model=local
            )
            stack.callback(fake.stop)
            ((key, secret),) = FAKE_AWS.items()
            aws = {"region": region, "access_key_id": key, "secret_access_key": secret}
            settings = GatewaySettings(bedrock_url=fake.url, aws=aws)
            titan = (
                f"titan:dims=1024,endpoint_url={fake.url},region={region},"
                f"access_key_id={key},secret_access_key={secret}"
            )
            # the agent's own credentials sign only the hop to the gateway
            os.environ.setdefault("AWS_ACCESS_KEY_ID", "agent-side-key")
            os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "agent-side-secret")
        store_url = start_store(args.store, stack)
        store = None
        if store_url != "local":
            from yamabiko.stores.valkey import ValkeyStore

            store = ValkeyStore(store_url, prefix="aws-agent:", timeout=2.0)
        cache = AsyncSemanticCache(
            titan,
            store,
            path=None if store else tmp / "agent.sqlite3",
            min_similarity=args.min_similarity,
        )
        gateway = stack.enter_context(ServerThread(create_app(cache, settings)))
        where = "real Bedrock" if args.real else f"fake Bedrock {settings.bedrock_url}"
        print(
            f"aws-agent: Strands Agent -> gateway {gateway.url} -> {where}; embedder "
            f"{cache.embedder.name} ({cache.embedder.dims} dims), store {store_url}, "
            f"min_similarity {args.min_similarity}"
        )
        rows = []
        for prompt, expected, _why in SCENARIO:
            rows.append(ask(gateway.url, args.model, region, prompt, expected))
    print(format_table(rows))
    wrong = [row for row in rows if row.outcome != row.expected]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} outcomes as the scenario expects.")
    return 1 if wrong else 0


def ask(gateway_url: str, model_id: str, region: str, prompt: str, expected: str) -> DemoRow:
    """One question from a fresh agent (a new conversation), with the cache report."""
    from strands import Agent

    model = gateway_bedrock_model(gateway_url, model_id, region_name=region)
    hooks = YamabikoHooks(model)
    agent = Agent(model=model, hooks=[hooks], callback_handler=None)
    start = time.perf_counter()
    agent(prompt)
    total = (time.perf_counter() - start) * 1000
    call = hooks.last.calls[-1]
    return DemoRow(
        prompt=prompt,
        expected=expected,
        outcome=call.outcome,
        similarity=call.similarity,
        embed_ms=call.timings.get("embed", 0.0),
        search_ms=call.timings.get("search", 0.0),
        llm_ms=call.timings.get("upstream_headers", call.timings.get("upstream", 0.0)),
        store_ms=call.timings.get("store", 0.0),
        total_ms=total,
    )


if __name__ == "__main__":
    raise SystemExit(main())
