"""The thirtieth held-out conversation set (``conversations-heldout30.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout30_conversations_en.py`` and
``heldout30_conversations_ja.py``.

    python benchmarks/data/heldout30_conversations.py           # rewrite the file
    python benchmarks/data/heldout30_conversations.py --check   # is it up to date?

Written in session 36 (7 December 2026, from 14:48 UTC) by the ``heldout30`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout29_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a family's guided windmill tour, a pie-eating contest at
a harvest fair, a weekend thatching course, a wife carrying race at a village show, a land
yachting taster for two, a greengrocer's weekly veg box, volunteers for a well dressing, a weekend
charcoal-making course, a newsagent's weekday paper round, an order of hinges at an ironmonger's,
a glazier replacing a kitchen window; 枕投げ大会, 鬼ごっこ大会, 帽子作り教室, 書店のサイン会,
テレビ局見学, 一日駅長体験, 宝探しイベント, 映画のエキストラ登録, 住宅展示場の見学, 科学実験教室,
清掃工場見学. The different-context pairs change an item or plan (the bread-making session, the
five-day course, the large box, 特別コース, 資金相談付き, 月四回), an object (stainless steel
hinges, 麦わら), an amount (four people, three places, three panes, 八人, 七人, 六人, 64人), a
customer or member number (PE-4471, GG-3360, NA-2209, OG-5038, BK-7341, SX-6602), a date (the 16th
of May, Saturday 25 April, the 9th of August, Sunday 24 May, the 13th of March, 11月23日,
五月二十四日, 3月15日, 八月二十三日, 六月二十一日, 9月13日), a person (an eleven-year-old son, a
son and his wife, 高校生の娘, 六歳の娘, 夫) or a place (Camber, the school's well, Grizedale, 41
Orchard Rise, Fernhill Road, 森林公園, 南の焼却施設); the ``intent`` pairs ask for another action
than the thread or withdraw it, often without a negation ("the exhibition will do nicely", "I'll
judge the baking instead", "the inspection visit, please", "the sack race, then", "the kite lesson
would be better", "I'll collect from the shop", "we'll sponsor a board", "the evening
demonstration, then", "just the magazine, then", "only the screws", "a temporary board, please",
観覧席のほうにしてください, 審判のほうで参加します, キットを送ってもらうほうにします,
サイン本の予約に変えてください, 公開収録の観覧でお願いします, 車両基地の見学会にします,
砂場のコーナーにしてください, 裏方のほうでお願いします, 土地の相談会に変えてください,
オンラインの講座でお願いします, 学校に来てもらうほうでお願いします), confirmed by the assistant in
other words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
