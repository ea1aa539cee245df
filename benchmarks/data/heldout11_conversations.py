"""The eleventh held-out conversation set (``conversations-heldout11.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout11_conversations_en.py`` and
``heldout11_conversations_ja.py``.

    python benchmarks/data/heldout11_conversations.py           # rewrite the file
    python benchmarks/data/heldout11_conversations.py --check   # is it up to date?

Written in session 17 (5 December 2026, from 01:18 UTC) by the ``heldout11`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and topics only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout10_conversations.py``. Domains: a vet's vaccination, moving broadband, an
energy tariff switch, a council tax discount, a dental check-up, car hire, a ferry booking, a
removals quote, a child's passport, a cattery, a pet insurance claim; 動物病院の健診, 住民税の分納,
光回線の移転, 宅配便の再配達, 歯のクリーニング, レンタカー, ペットホテル, ガスの開栓, 大学の出願,
フェリー, 引っ越しの見積もり. The ``intent`` pairs ask for another action than the thread
(cancelling, ending a contract instead of moving it, leaving a tariff, stopping a discount,
extending or shortening a booking, foot passengers instead of a car, storage instead of a move,
reporting a loss instead of renewing, withdrawing a claim; 取り消し, 一括納付, 解約,
営業所で受け取り, 延長, 閉栓, 出願の取り下げ, 徒歩乗船, 家具の保管). The whole
file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
