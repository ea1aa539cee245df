"""The twenty-fourth held-out conversation set (``conversations-heldout24.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout24_conversations_en.py`` and
``heldout24_conversations_ja.py``.

    python benchmarks/data/heldout24_conversations.py           # rewrite the file
    python benchmarks/data/heldout24_conversations.py --check   # is it up to date?

Written in session 30 (6 December 2026, from 21:15 UTC) by the ``heldout24`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout23_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a hot sauce gift box for a brother in Leeds, caramel
popcorn for a school fair, a one-off collection of archive boxes for shredding, Burns Night
supper tickets, eyebrow threading with Priya, a pram travel system delivered to Bristol, a comic
shop pull list, a ravioli class, 48-hour open-top bus tickets, a slime party for a seventh
birthday, a Moroccan set menu for six; 仕事始めの獅子舞, 子供会の消しゴムはんこ教室,
羊毛フェルトの猫のマスコット講座, 耳かきの六十分コース, 法事のだし巻き玉子焼き,
七五三のつまみ細工の髪飾り, 機織り体験, 郵送の包丁研ぎ, 老人会の絵手紙講座,
町民綱引き大会, 還暦祝いの名入れ万年筆. The different-context pairs change an item or plan (the
Zephyr, sea-salt popcorn, a monthly collection, full face threading, the full-day course, 24-hour
tickets, the seafood tagine, 九十分コース, 甘い厚焼き玉子, 白い布, 一日コース, 三回コース,
シニアの部, 赤い軸), an amount (140 bags, eighteen cartons, seven series, three daughters,
二十五名, 30本, 7丁), a customer or member number (HS-5512, CC-9022, F-8132, K-1577), a date
(25 January, 16 March, 12 October, Sunday, 一月八日, 日曜, 十月十九日, 10日), a person (an
eight-year-old son, a fourteen-year-old, 老人クラブ, 七歳の娘, 中学校の同級生) or a place
(Glasgow, Inverness, St Anne's church hall, 横浜工場, 市民センター, 札幌); the ``intent`` pairs ask
for another action than the thread or withdraw it, often without a negation ("I'll collect it on
Saturday", "kernels will work", "store them, yes", "refund her ticket", "next Saturday would be
perfect", "take the adapters off the order", "post them to my new flat", "the home kit for two",
"Thursday, then", "the kit on its own", "let everyone choose", 動画でお願いします,
押して遊ぶほうにしてください, キットを送ってください, ほぐしだけでお願いします,
料理屋さんに届けてください, 教室で一緒に作ります, それなら私だけで参加します, 店に持っていきます,
郵送でお願いします, 応援に回ります, 私の家に送ってください), sometimes confirmed by the
assistant in other words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
