"""The fourteenth held-out conversation set (``conversations-heldout14.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout14_conversations_en.py`` and
``heldout14_conversations_ja.py``.

    python benchmarks/data/heldout14_conversations.py           # rewrite the file
    python benchmarks/data/heldout14_conversations.py --check   # is it up to date?

Written in session 20 (5 December 2026, from 10:15 UTC) by the ``heldout14`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout13_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: a car valet, carpet cleaning, an oven clean,
a piano tuning, a wedding cake order, business card printing, a ring resize, picture framing, a
portrait studio session, a chimney sweep, a sofa reupholstery; ピアノの調律, 水彩画の額装,
結婚指輪のサイズ直し, 仏壇の修理, 表札の注文, 浄化槽の点検, 障子の張り替え, 眼鏡の修理,
布団の丸洗い, 洗車の予約, 誕生日ケーキの予約. The different-context pairs change an item or
model, an amount, an order, job or contract number, a date, a person, a place or a plan; the
``intent`` pairs ask for another action than the thread, said in several ways and sometimes
confirmed by the assistant in other words. The whole file is a reporting set: nothing is tuned
on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
