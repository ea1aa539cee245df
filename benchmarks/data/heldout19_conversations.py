"""The nineteenth held-out conversation set (``conversations-heldout19.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout19_conversations_en.py`` and
``heldout19_conversations_ja.py``.

    python benchmarks/data/heldout19_conversations.py           # rewrite the file
    python benchmarks/data/heldout19_conversations.py --check   # is it up to date?

Written in session 25 (6 December 2026, from 06:27 UTC) by the ``heldout19`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout18_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: a curling taster in Perth, a zorbing
birthday party, a beginner quilting course, husky sledding near Aviemore, a family yurt stay, a
willow weaving voucher, a private mosaic workshop, stilt walkers at a village fete, reindeer at a
Christmas market, a river bat walk, a murder mystery dinner; 手焼きせんべいの詰め合わせ, 桐箪笥の
洗い直し, 初正月の羽子板, 市田柿の干し柿, 寄木細工の体験, 七宝焼の一日体験, たい焼きの予約,
紀州備長炭, 囲炉裏の離れ, 常滑焼の急須の名入れ, 甘酒の定期便. The different-context pairs
change an item or model (stepping stones for mirrors, a hurdle panel for an obelisk, a water zorb,
土佐備長炭, 萬古焼, 酒粕の甘酒, あんぽ柿, ちりめん細工, 帯留め, 秘密箱, 新しい金具, カスタード), an
amount (40 colleagues, seven nights, eighteen members, six reindeer, 80 guests, 二百箱, 二棹,
150匹, 150kg, 24本), a voucher or member number (WW-8804, S-9023), a date (a bank holiday,
mid-October, 寒中見舞いの二月, 十二月三十日), a person (two wheelchair users, a ten-year-old, a six-
year-old passenger, 孫息子, 小学一年の息子, 車椅子の母), a place (Rovaniemi, Tenby, the castle
ruins, a house in York, シンガポール) or a plan (a hot tub added, a weekend intensive, a sleigh,
a fire-juggling finale, 湯のみ五客のセット); the ``intent`` pairs ask for another action than
the thread or withdraw it, often without a negation ("let someone else have it", "put me on
the waiting list for spring instead", "hold the 13th", "let's both just ride", 取り消しで
お願いします, 代わりに名前旗をお願いします, 三キロだけでお願いします, 九月から再開してください,
店の前で食べさせます), sometimes confirmed by the assistant in other words. The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
