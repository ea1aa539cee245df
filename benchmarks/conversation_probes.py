"""Decide a review's conversation probes both ways round and print what was served.

A probe module (``tests/review_conversation_probes_sNN.py``) holds ``PROBES``: tuples
``(name, kind, label, a, b)`` whose ``a`` and ``b`` are the earlier (user, reply) turns of two
conversations that end with the same question; label 1 means the same context. Each probe is
compared with ``a`` cached and with ``b`` cached through :class:`ConversationMatcher` at its
defaults with the real default embedder, as a lookup compares them::

    PYTHONPATH=src python benchmarks/conversation_probes.py review_conversation_probes_s21 [--list]

A module may also hold ``FOLLOW_UPS``, probe name -> the question both conversations end
with, handed to the comparison as the lookup hands its prompt (``--no-follow-up``: not).

It prints the served counts (different context served, same context served, out of the
decisions) and, with ``--list``, one line per probe decided wrongly either way round.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.embedders import CachedEmbedder, USEMultilingual


async def run(module: str, listing: bool, follow_ups: bool = True) -> None:
    """Decide every probe of ``module`` both ways and print the counts (and the misses)."""
    loaded = importlib.import_module(module)
    probes = loaded.PROBES
    questions = getattr(loaded, "FOLLOW_UPS", {}) if follow_ups else {}
    matcher = ConversationMatcher(CachedEmbedder(USEMultilingual()))
    served = {0: 0, 1: 0}
    decisions = {0: 0, 1: 0}
    for name, kind, label, a, b in probes:
        verdicts = await both_ways(matcher, turns(*a), turns(*b), questions.get(name, ""))
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
        "module", help="a probe module under tests/, e.g. review_conversation_probes_s21"
    )
    parser.add_argument("--list", action="store_true", help="print each probe decided wrongly")
    parser.add_argument(
        "--no-follow-up", action="store_true", help="do not hand the probes' questions over"
    )
    args = parser.parse_args()
    asyncio.run(run(args.module, args.list, not args.no_follow_up))


if __name__ == "__main__":
    main()
