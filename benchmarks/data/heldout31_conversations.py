"""The thirty-first held-out conversation set (``conversations-heldout31.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout31_conversations_en.py`` and
``heldout31_conversations_ja.py``.

    python benchmarks/data/heldout31_conversations.py           # rewrite the file
    python benchmarks/data/heldout31_conversations.py --check   # is it up to date?

Written in session 37 (7 December 2026, from 17:57 UTC) by the ``heldout31`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as
in ``heldout30_conversations.py``, and each follow-up is one whose answer depends on the detail
the different-context pairs change. Domains: a runner's entry to a cheese-rolling race, a month's
busking permit, a one-day barista course, a girl's entry to a marbles championship, a weight class
at a pub arm-wrestling contest, a group's cooperage tour, a junior's RC car club membership, a
parent-and-child gingerbread house workshop, a guided lavender walk, a teddy bear's stay at a toy
hospital, a fountain pen ordered for collection; 植物園のガイドツアー, ビリヤード台の予約,
紙飛行機大会, 婚活パーティー, 造幣局の工場見学, 気象台見学, ビアガーデンの予約,
コワーキングスペースの会員, 保育園の消防署見学, プラモデル教室, 物産展の取り置き. The
different-context pairs change an item or plan (the veterans' race, the full restoration, no cream
tea, 温室コース, 四十代限定の回, 3時間の飲み放題, 博物館なし), an object (soft drinks, gluten-free
gingerbread, a broad nib, 戦闘機, いくら), an amount (four children, the under-90kg class, twelve
people, two bears, 三時間, 二十人, 十人), a customer or member number (CR-5128, RC-3074, FP-6631,
BL-2864, KK-4591, CW-7720), a date (August, Saturday 21 March, the 13th of November, Sunday 20
December, 五月二十三日, 八月三日, 8月19日, 10月16日, 三月二十四日), a person (a
seventy-two-year-old father, a forty-four-year-old parent, 四十五歳の夫, 六十五の父) or a place
(Riverside Walk, Quayside, Castle Acre, 港のそばの分室, 川沿い店, 山の手の出張所); the ``intent``
pairs ask for another action than the thread or withdraw it, often without a negation ("I'll be a
catcher instead", "just the festival, then", "the home brewing class sounds right", "the clinic
would suit her better", "I'll referee then", "make it the hands-on workshop", "the flying taster,
then", "a kit would be perfect", "the distilling demonstration, please", "just send the sewing
kit", "a voucher would be best", 講演会のほうにします, パックプランにしてください,
工作教室のほうでお願いします, 個別相談のほうにしてください, ミニ講座でお願いします,
メールの相談にしてください, 個室の食事会にしてください, 回数券のプランに変えてください,
園に来てもらう出前授業でお願いします, 通信講座に変えてください,
家に送ってもらうほうでお願いします), confirmed by the assistant in other words. The whole file is
a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
