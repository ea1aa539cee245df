"""The fifteenth held-out conversation set (``conversations-heldout15.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout15_conversations_en.py`` and
``heldout15_conversations_ja.py``.

    python benchmarks/data/heldout15_conversations.py           # rewrite the file
    python benchmarks/data/heldout15_conversations.py --check   # is it up to date?

Written in session 21 (5 December 2026, from 13:14 UTC) by the ``heldout15`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout14_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: window cleaning, caravan storage, a headstone
order, plastering, bathroom tiling, artificial grass, portable toilet hire, a record shop order,
a stairlift, floor sanding, a ride-on mower service; 人工芝の施工, 階段昇降機, 漆喰の塗り直し,
仮設トイレのレンタル, ペット火葬, 看板の製作, レコードの取り寄せ, 法事の仕出し, 窓ガラスの清掃,
浴室のタイル, 芝刈り機の修理. The different-context pairs change an item or model, an amount
(also the same head count split into adults and children), an order, ticket or job number, a
date or a length of hire, a person, a place or a plan (a service added or dropped, supply and
fit against fit only); the ``intent`` pairs ask for another action than the thread or withdraw
it, often without a negation ("so we'll leave it", "I'll pass on it", このままにしておきます,
そちらは結構です), sometimes confirmed by the assistant in other words. The whole file is a
reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
