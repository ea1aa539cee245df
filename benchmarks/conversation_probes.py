"""Decide a review's conversation probes both ways round and print what was served.

A probe module (``tests/review_conversation_probes_sNN.py``) holds ``PROBES``: tuples
``(name, kind, label, a, b)`` whose ``a`` and ``b`` are the earlier (user, reply) turns of two
conversations that end with the same question; label 1 means the same context. Each probe is
compared with ``a`` cached and with ``b`` cached through :class:`ConversationMatcher` at its
defaults with the real default embedder, as a lookup compares them::

    PYTHONPATH=src python benchmarks/conversation_probes.py review_conversation_probes_s21 [--list]

prints the served counts (different context served, same context served, out of the
decisions) and, with ``--list``, one line per probe decided wrongly either way round. Given a
conversation set (``benchmarks/data/conversations-*.jsonl``) it decides the pairs' histories
the same way (the question that follows them left out: ``yamabiko eval conversations``
decides the whole lookup), a quick check of what a change to the history comparison does.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher, text_turns
from yamabiko.embedders import CachedEmbedder, USEMultilingual


def _probes(source: str) -> Iterator[tuple[str, str, int, list, list]]:
    """``(name, kind, label, a, b)`` with ``a`` and ``b`` as (role, text) turns: a probe
    module's ``PROBES``, or the pairs of a conversation set (``.jsonl``) without their last
    turn, the question that follows the history."""
    if source.endswith(".jsonl"):
        for line in Path(source).read_text(encoding="utf-8").splitlines():
            pair = json.loads(line)
            a, b = (text_turns(pair[side][:-1]) or [] for side in "ab")
            yield pair["id"], pair["kind"], pair["label"], a, b
        return
    for name, kind, label, a, b in importlib.import_module(source).PROBES:
        yield name, kind, label, turns(*a), turns(*b)


async def run(source: str, listing: bool) -> None:
    """Decide every probe of ``source`` both ways and print the counts (and the misses)."""
    matcher = ConversationMatcher(CachedEmbedder(USEMultilingual()))
    served = {0: 0, 1: 0}
    decisions = {0: 0, 1: 0}
    for name, kind, label, a, b in _probes(source):
        verdicts = await both_ways(matcher, a, b)
        served[label] += sum(accept for accept, _ in verdicts)
        decisions[label] += len(verdicts)
        wrong = [reason for accept, reason in verdicts if accept != bool(label)]
        if listing and wrong:
            print(f"{'SERVED' if label == 0 else 'refused'} {name} [{kind}] {' | '.join(wrong)}")
    print(
        f"different context served {served[0]}/{decisions[0]}, "
        f"same context served {served[1]}/{decisions[1]}"
    )


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "source",
        help="a probe module under tests/ (review_conversation_probes_s21) or a conversation "
        "set (benchmarks/data/conversations-tune.jsonl: its histories only)",
    )
    parser.add_argument("--list", action="store_true", help="print each probe decided wrongly")
    args = parser.parse_args()
    asyncio.run(run(args.source, args.list))


if __name__ == "__main__":
    main()
