"""The twenty-second held-out conversation set (``conversations-heldout22.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout22_conversations_en.py`` and
``heldout22_conversations_ja.py``.

    python benchmarks/data/heldout22_conversations.py           # rewrite the file
    python benchmarks/data/heldout22_conversations.py --check   # is it up to date?

Written in session 28 (6 December 2026, from 15:10 UTC) by the ``heldout22`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout21_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: kebabs for a house party, a tapas table for six, dim sum
for an office lunch, weekly pasties for a building site on a trade account, a jacket potato van at
a school fête, a doll's house reserved on a loyalty card, a clay shooting lesson for a fortieth, a
top hat for a son's wedding, a minibus from Derby to Heathrow, darts lanes for a leaving do, head
lice treatments in Oxford; 子供会の餃子, ふぐのコース, 紅葉狩りバスツアー, 会員のカニ通販,
忘年会のまぐろ解体ショー, 恩師への松茸, 缶バッジ作り体験, 芋煮会の鍋の貸し出し,
串カツ屋の座敷, こどもの日の柏餅, 札幌への落花生. The different-context pairs change an item or
model (steamed and fried, a farmyard set, 水餃子, タラバ, カナダ産), an amount (30 kebabs, sixty
pasties, twenty-four singers, four oches, all three girls, 三百個, 二百名, 五百グラム, 100人分,
80個, 10キロ), a customer or member number (B-9062, 60-8816, K-77204, W-5093), a date (14
February, 17 June, 26 June, 十一月二十三日, 十二月二十四日), a person (a fourteen-year-old son, a
grandson as page boy, a daughter and her mother, 大人2人と小学生2人, 中学二年の娘), a place (the
Mill Lane halls, Ashby village green, Gatwick, 日光, 名古屋のホテル, 山の上のキャンプ場, 福岡)
or a plan (ordering from the board, a prepaid package, a full-day course, the food package,
唐揚げ付きのコース, たっぷりコース, 食べ放題); the ``intent`` pairs ask for another action than
the thread or withdraw it, often without a negation ("make it four kebabs and six portions of
chips", "we'll pick it up instead", "let's do a class", "hold them", "I'll buy it outright", "make
it a return", "a booth will do nicely", "then send me the kit", 皮と餡のほうにしてください,
持ち帰りのセットでお願いします, 三人で食べに行きます, 両方お願いします, 食事券にしてください),
sometimes confirmed by the assistant in other words. The whole file is a reporting set: nothing is
tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
