"""The eighteenth held-out conversation set (``conversations-heldout18.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout18_conversations_en.py`` and
``heldout18_conversations_ja.py``.

    python benchmarks/data/heldout18_conversations.py           # rewrite the file
    python benchmarks/data/heldout18_conversations.py --check   # is it up to date?

Written in session 24 (6 December 2026, from 03:36 UTC) by the ``heldout18`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout17_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: sheep shearing near Kendal, a family llama
trek, a castle Segway tour, a caricaturist at a wedding, calligraphy for wedding envelopes, a
kitesurfing course, a stop-smoking hypnotherapy course, ex-battery hen rehoming, a glassblowing
taster voucher, a mobile weld on a garden gate, a guided fossil walk; 剣道の防具一式, 正月の凧,
酉の市の熊手, けん玉教室, 水引のご祝儀袋, 蚊帳, 生わさびのお歳暮, 印伝の名入れ, うなぎ屋の予約,
曲げわっぱの弁当箱, かき氷店の予約. The different-context pairs change an item or model (cast
iron for mild steel, a vase for a paperweight, white ink on navy card, 手刺し, 武者絵の大凧, 亀と
松, 漆塗り, 小銭入れ), an amount (600 ewes, twenty hens, twenty riders, 250 envelopes, 三十枚,
十二畳, 十名, 幅一・五メートル), a client or voucher number (HT-8817, GV-7714, K-8034), a date
(a bank holiday, late September, 二の酉, お年賀, お盆), a person (a mother with a walking stick,
a 13-year-old, a father with two sticks, 四十代の夫, 七十歳の父), a place (Skye, the Outer
Hebrides, Dartmoor, 沖縄, ロンドン) or a plan (a lakeside picnic added, private lessons, a
single session, fridge magnets, 検定コース, 特注, 松); the ``intent`` pairs ask for another
action than the thread or withdraw it, often without a negation ("give the slot to someone
else", "swap the trek for farm-visit tickets", "leave the date open for now", "just haul the
old gate off", 小手だけにしてください, キットを三つで, 教室に申し込みます, 今度二人で店に伺います,
持ち帰りにしたいです), sometimes confirmed by the assistant in other words. The whole file is a
reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
