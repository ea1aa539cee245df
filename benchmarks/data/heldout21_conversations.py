"""The twenty-first held-out conversation set (``conversations-heldout21.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout21_conversations_en.py`` and
``heldout21_conversations_ja.py``.

    python benchmarks/data/heldout21_conversations.py           # rewrite the file
    python benchmarks/data/heldout21_conversations.py --check   # is it up to date?

Written in session 27 (6 December 2026, from 12:30 UTC) by the ``heldout21`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout20_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: fish and chips for a street party, an office curry buffet,
fudge wedding favours, a hen-party terrarium workshop, a spoon carving weekend, a bridal spray tan,
a sixteenth birthday at a pinball arcade, doorstep milk on a customer account, a heating oil order
near Hereford, a table at a cat café, a reptile birthday party in Reading; 夏祭りのたこ焼き,
土曜の折り紙教室, 会員の福袋予約, 引き出物の金平糖, お歳暮の明太子, 納豆の定期便,
こんにゃく作り体験, 焼き印入りのどら焼き, しゃぶしゃぶの個室, ホタル観賞ツアー,
木彫り教室の三か月コース. The different-context pairs change an item or model (cod suppers, salted
caramel, しょうゆ味, メンズ, 小さな缶, 甘口, こしあん), an amount (60 people, twenty-five hens, six
pints, 五十個, 150人分, 80パック), a customer or member number (M-52907, F-6043, N-7782), a date (19
June, 11 September, 21 November, 14 June, 日曜の組, 八月十七日, 土曜の晩), a person (the mother
instead of the bride, a twelve-year-old son, a six-year-old, 七十代の母, 車椅子の祖母, 三歳の子供),
a place (a depot in Slough, a cottage in Cornwall, a house in Harrogate, Shetland, Wokingham village
hall, 沖縄と北海道, 大阪の支社, 温泉旅館, 駅前の分室) or a plan (a one-day taster, the pizza and
private room package, premium heating oil, afternoon tea, 松コース, 一年コース); the ``intent``
pairs ask for another action than the thread or withdraw it, often without a negation ("just six
then, brought round to ours", "we'll come to you instead", "switch us", "the deposit back", "follow
us to the new place", "put us in together", "set that up", 焼き台と材料のほうでお願いします,
切り絵に移してください, 通販で自宅に送ってください, しばらくお休みにしてください,
オンラインのほうでお願いします), sometimes confirmed by the assistant in other words. The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
