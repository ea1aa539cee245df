"""The sixth held-out conversation set (``conversations-heldout6.jsonl``): the script that writes
the pairs of the hand-written threads in ``heldout6_conversations_en.py`` and
``heldout6_conversations_ja.py``.

    python benchmarks/data/heldout6_conversations.py           # rewrite the file
    python benchmarks/data/heldout6_conversations.py --check   # is it up to date?

Written in session 12 (3 December 2026, from 12:52 UTC) by the ``heldout6`` engineer, who read
neither the conversation-matching nor the guard code or their tests, and ran no cache, embedder
or evaluation on these threads; the older sets were read for their format, kinds and topics
only. Every scenario has the fields of ``heldout3_conversations.py`` and yields six pairs
through ``make_conversations_heldout.pairs_of`` (called by
``generated_file.write_conversations``), both sides ending with the same follow-up question and
the stored side alternating by scenario. Same context (label 1): ``reworded`` (the earlier user
turns said with other words and structure, numbers and dates written another way, turns merged),
``small-talk``, ``unrelated``. Different context (label 0): ``entity`` and ``entity-reworded``
(one product, plan, account, amount, date, place or person changed, which changes the answer to
the follow-up) and ``intent`` (the user wants the opposite or another action: cancel, remove a
tattoo, swap tyres round, move a wedding, leave halls, extend a policy, withdraw, dispose of,
trade in, stop, withdraw from an agency, pause deliveries, collect instead of delivery). The
whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
