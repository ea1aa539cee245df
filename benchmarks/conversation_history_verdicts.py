"""The history verdict of every pair of conversation sets, without the cache: one line per pair
(set, id, label, 1 or 0 for accepted, reason), ``b``'s earlier turns compared with ``a``'s
stored record as a lookup compares them. Two checkouts' outputs differ exactly where a change
of the conversation modules decides a pair otherwise; the question's own guard verdict is the
same in both, so a pair whose history verdict is unchanged is served or refused alike by
``yamabiko eval conversations``. Faster than the evaluation (one process, no store).

    PYTHONPATH=src python benchmarks/conversation_history_verdicts.py \\
        benchmarks/data/conversations-*.jsonl > verdicts.tsv

With ``--unexplained`` the verdict is that of the last step alone
(:func:`~yamabiko.conversation.unexplained.compare_unexplained`, session 22) on every pair whose
histories pair an exchange, the other steps not consulted (``history:unpaired`` otherwise).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from yamabiko.conversation import ConversationMatcher, text_turns
from yamabiko.conversation.history import History
from yamabiko.conversation.unexplained import unexplained_alone
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.models import Verdict


def _unexplained(matcher: ConversationMatcher, query: History, cached: History) -> Verdict:
    """The last step alone, with the comparer's readings of words."""
    comparer = matcher.comparer
    return unexplained_alone(
        query.exchanges, cached.exchanges, match=comparer.match,
        units=comparer._turn_units, unsaid=comparer._unsaid, analyse=comparer._analyse,
    )  # fmt: skip


def _question(messages: list[dict]) -> str:
    """The text of a conversation's last message (the question asked after its history)."""
    last = messages[-1] if messages else {}
    return str(last.get("content", "")) if isinstance(last, dict) else ""


async def verdicts(paths: list[str], *, unexplained: bool = False) -> list[str]:
    """One tab-separated line per pair of every file in ``paths`` (with ``unexplained``: the
    last step's verdict alone)."""
    matcher = ConversationMatcher(CachedEmbedder(USEMultilingual()))
    matcher.warm_up()
    lines = []
    for path in paths:
        name = Path(path).stem.removeprefix("conversations-")
        for row in Path(path).read_text(encoding="utf-8").splitlines():
            pair = json.loads(row)
            cached = await matcher.build(text_turns(pair["a"][:-1]) or [])
            query = await matcher.build(text_turns(pair["b"][:-1]) or [])
            if unexplained:
                found = _unexplained(matcher, query, cached)
                accept, reason = found.accept, found.reason
            elif not (cached.exchanges or query.exchanges):
                accept, reason = True, "no-history"
            else:  # before b's question, as a lookup hands its prompt
                found = matcher.compare(query, cached.to_json(), _question(pair["b"]))
                accept, reason = found.accept, found.reason
            lines.append(f"{name}\t{pair['id']}\t{pair['label']}\t{int(accept)}\t{reason}")
    return lines


def main() -> None:
    """Print the verdicts of the files given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="conversation pairs JSON Lines")
    parser.add_argument(
        "--unexplained", action="store_true", help="the last step's verdict alone (session 22)"
    )
    args = parser.parse_args()
    print("\n".join(asyncio.run(verdicts(args.data, unexplained=args.unexplained))))


if __name__ == "__main__":
    main()
