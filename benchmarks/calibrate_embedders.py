"""Why a threshold does not carry over from one embedder to another: the threshold that reaches
a target precision, per embedder, on the same labelled pairs.

    PYTHONPATH=src python benchmarks/calibrate_embedders.py --limit 2000

The provider embedders run over real HTTP against the fake upstream, whose vectors are derived
from the local model (a per-model random projection plus a per-model lift of every similarity,
see ``yamabiko.testing.fake_embeddings``): the figures show the *mechanism* (the same pairs, a
different similarity scale, a different threshold), not the real services' values. For a real
provider run ``yamabiko eval pairs DATA --embedder titan:region=us-east-1`` with credentials.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from shared_data import DATA  # noqa: E402

from yamabiko.embedders.choose import embedder_from_spec  # noqa: E402
from yamabiko.eval import evaluate_pairs, load_pairs  # noqa: E402
from yamabiko.testing import start_fake_upstream  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="pairs/qqp-dev.jsonl", help="pairs file under the data")
    parser.add_argument("--limit", type=int, default=2000, help="seeded sample of pairs")
    parser.add_argument("--target-precision", type=float, default=0.9)
    parser.add_argument("--fixed", type=float, default=0.85, help="one threshold for all")
    args = parser.parse_args()
    pairs = load_pairs(DATA / args.data)
    pairs = random.Random(0).sample(pairs, min(args.limit, len(pairs)))
    fake = start_fake_upstream(aws_credentials={"AKIDCALIBRATE": "calibration-secret"})
    aws = f"endpoint_url={fake.url},region=us-east-1,access_key_id=AKIDCALIBRATE," \
          "secret_access_key=calibration-secret"  # fmt: skip
    specs = {
        "use (local default)": "use",
        "titan v2, 1024": f"titan:{aws}",
        "titan v2, 256": f"titan:dims=256,{aws}",
        "cohere multilingual v3": f"bedrock-cohere:{aws}",
        "vertex text-embedding-005": f"vertex:project=p,access_token=t,endpoint_url={fake.url}",
        "gemini-embedding-001, 768": f"gemini:api_key=k,base_url={fake.url}",
    }
    print(f"{len(pairs)} pairs of {args.data} (seed 0), target precision {args.target_precision}")
    head = (
        f"{'embedder':<28} {'ROC AUC':>7} {'threshold':>9} {'recall':>6}   at {args.fixed}: P / R"
    )
    print(head + "\n" + "-" * len(head))
    try:
        for label, spec in specs.items():
            report = evaluate_pairs(
                pairs, embedder_from_spec(spec), guard=False,
                threshold=args.fixed, target_precision=args.target_precision, progress=False,
                focus=False,  # (the whole prompts: each embedder's own scale, docs/stacks.md)
            )  # fmt: skip
            mode = report["modes"]["threshold_only"]
            reach, fixed = mode["reaching_target"], mode["at_default"]
            where = (
                f"{reach['threshold']:>9} {reach['recall']:>6}"
                if reach
                else f"{'none':>9} {'-':>6}"
            )
            print(
                f"{label:<28} {mode['roc_auc']:>7} {where}   "
                f"{fixed['precision']} / {fixed['recall']}"
            )
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
