"""What reading a remark's needs costs (:func:`yamabiko.conversation.needs.need_words`): every
Japanese user turn of conversation files, each with the gloss and WordNet caches cleared and
32 MB written before it (as an embedding leaves the CPU caches), thread CPU in milliseconds.
Run it with each tree on ``PYTHONPATH`` in turn, on the same load (session 33 review).

    PYTHONPATH=src python benchmarks/bench_need_words.py \\
        benchmarks/data/conversations-heldout26.jsonl benchmarks/data/conversations-tune.jsonl
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np


def main() -> None:
    """Print turns, p50, p90, p99 and mean (ms) as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", help="conversation pairs JSON Lines")
    args = parser.parse_args()
    from yamabiko.conversation import needs

    texts = []
    for path in args.data:
        with open(path, encoding="utf-8") as lines:
            for row in (json.loads(line) for line in lines if line.strip()):
                for side in ("a", "b"):
                    texts += [m["content"] for m in row[side][:-1] if m["role"] == "user"]
    texts = [t for t in dict.fromkeys(texts) if not t.isascii()]
    needs.need_words("当日は電車で行きます。", "ja")  # SudachiPy, WordNet and the tables loaded
    wake = np.ones(8 << 20, dtype=np.float32)
    ms = []
    for text in texts:
        needs.gloss.cache_clear()
        needs._first_noun.cache_clear()
        wake += 1.0
        start = time.thread_time()
        needs.need_words(text, "ja")
        ms.append((time.thread_time() - start) * 1000)
    found = np.array(ms)
    out = {"turns": len(found), "mean": round(float(found.mean()), 3)}
    out |= {f"p{q}": round(float(np.percentile(found, q)), 3) for q in (50, 90, 99)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
