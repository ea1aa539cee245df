"""Memory the guard's "met once" set keeps (``AnalysisCache._once``; ``Guard._read_once`` is the
same kind): 16,384 distinct prompts of ~4,000 characters met once each, with the guard's LRU
size (4,096, so the set holds up to 16,384 before it is cleared), measured with ``tracemalloc``
(docs/stores.md, session 16). The analyser is a constant: only the set is measured::

    PYTHONPATH=src python benchmarks/bench_once_memory.py
"""

from __future__ import annotations

import random
import tracemalloc

from yamabiko.guard.analysis import AnalysisCache

WORDS = "how do i reset my password on the app when the code never arrives by email".split()  # noqa: SIM905


def main() -> None:
    rng = random.Random(0)
    cache: AnalysisCache[int] = AnalysisCache(4096, lambda text, lang: 0)
    tracemalloc.start()
    for i in range(16_384):
        text = " ".join(rng.choice(WORDS) for _ in range(800))[:4000] + f" {i}"
        cache.get(text, "en", keep=False)  # met once: remembered in the set, not kept
    current, _ = tracemalloc.get_traced_memory()
    print(f"16,384 prompts of ~4,000 characters met once: {len(cache._once):,} remembered, "
          f"{current / 1e6:.1f} MB traced")  # fmt: skip


if __name__ == "__main__":
    main()
