"""The twenty-fifth held-out conversation set (``conversations-heldout25.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout25_conversations_en.py`` and
``heldout25_conversations_ja.py``.

    python benchmarks/data/heldout25_conversations.py           # rewrite the file
    python benchmarks/data/heldout25_conversations.py --check   # is it up to date?

Written in session 31 (7 December 2026, from 00:20 UTC) by the ``heldout25`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout24_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: twenty ducks in a hospice duck race, a nephew in the
junior conker championship, a pirate scarecrow in a village festival, a sunset camel trek for
two, under-10s lacrosse coaching, two ferrets in the novice heats at a county show, a guided
metal detecting day on a farm, an evening public speaking course in Norwich, a two-day chainsaw
course, a school visit to a butterfly house with a caterpillar workshop, a family bushcraft
weekend in Wyre Forest; 百人一首かるたの初心者クラス, 学童への出張縄跳び教室, ミニ四駆大会の
小学生の部, お歳暮の本枯れ節, 引き出物の名入れ風呂敷, 刺しゅう入りの帆布リュック,
VHSのDVDへのダビング, 介護タクシーでの通院, 花見の場所取り, カツカレーの大食いチャレンジ,
速読教室の社会人クラス. The different-context pairs change an item or plan (the business
category, the one-hour morning trek, bringing one's own detector, the one-day awareness course,
the glasshouse only, オープンの部, 荒節, 肩掛けのかばん, 特急コース, 月八回のコース), an amount
(200 ducks, five ferrets, four riders, 60 pupils, 四十名, 百二十枚, 40本, 80名, 五キロ), a
customer or member number (LX-4471, PS-7703, K-3012, HB-1108, KT-0520), a date (11 May, 28 June,
22-23 November, 7月12日, 11月8日), a person (a seventy-year-old father, a fourteen-year-old
daughter, a fifteen-year-old, a toddler, 中学二年の息子, 中学生の息子, 高校生の娘) or a place
(Kingsley, the church gate, Dunmore, Ipswich, 郊外のモール, 福岡, 大学病院, 隅田公園); the
``intent`` pairs ask for another action than the thread or withdraw it, often without a negation
("a donation, please", "steward, yes", "lend us a frame", "the feeding session, then", "a taster,
then", "next year's show, please", "post them to me", "weekends suit me", "refund it, yes",
"come to us, then", "day sessions, please", 体験でお願いします, レッスン動画を送ってください,
練習会に振り替えてください, 店で受け取ります, 両家の分だけにします, 修理でお願いします,
ファイルでお願いします, 来月の通院に回してください, 会議室の手配でお願いします,
普通盛りでお願いします, オンラインにしてください), sometimes confirmed by the assistant in other
words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
