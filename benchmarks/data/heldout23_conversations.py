"""The twenty-third held-out conversation set (``conversations-heldout23.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout23_conversations_en.py`` and
``heldout23_conversations_ja.py``.

    python benchmarks/data/heldout23_conversations.py           # rewrite the file
    python benchmarks/data/heldout23_conversations.py --check   # is it up to date?

Written in session 29 (6 December 2026, from 18:15 UTC) by the ``heldout23`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout22_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a churros van at a farm wedding, a fondue table for four,
a taco truck for an office lunch, staff Christmas hampers on a business account, a gin
masterclass for a hen party, kimchi-making places in Camden, a monthly biltong box on a
membership, a sandwich platter for a board meeting, speed dating tickets, a sari blouse altered
for a wedding, a DJ for a fiftieth at the Red Lion; 研修用のおにぎり, 会員の馬刺し通販,
ジビエのコース, 幼稚園の七夕飾り, ほおずき市の鉢の配送, 取り置きのカブトムシ, 燻製教室,
牧場の乳しぼり体験, お祭りの飴細工の実演, お歳暮のかまぼこ, 流星群の天体観測ツアー. The
different-context pairs change an item or plan (the meat fondue, the alcohol-free hampers, a
lehenga skirt, each guest paying, the evening class, the drinks package, the lights, 猪肉,
霜降り, 鉢だけ, 一日のコース, バター作り付き, 子供の体験付き, 現地集合), an amount (150 guests,
a hundred and twenty staff, three boxes, 50 sandwiches, 百二十個, 三匹, 三十箱), a customer or
member number (H-7145, 40-8713, M-5530, K-952), a date (23 December, 21 November, next Friday,
28 June, 金曜日, 七月一日, 十一月, 師走の25日), a person (a father's retirement, the over-fifties,
小学生の子供二人, 幼稚園児, 四歳の息子) or a place (Thornby village hall, Brixton, the cricket
club, 老人ホーム, 大阪の実家, 小学校の学習発表会); the ``intent`` pairs ask for another action than
the thread or withdraw it, often without a negation ("boxes it is, then", "just the two of us,
then", "trays would be great", "let it go entirely", "mocktails for everyone", "post us both the
kit", "send the summer ones to my brother's house", "yes, add both", "refund hers", "do the new
one", "that'll do nicely", ひと口サイズでお願いします, 店まで取りに行きます, 全部火を通したほうに,
笹と材料だけで, 袋に入れてください, 幼虫のセットで, 私ひとりで行きます, えさやりにしてください,
できあがったのを届けてください, 年明けに回してください, 翌週のほうに移してください), sometimes
confirmed by the assistant in other words. The whole file is a reporting set: nothing is tuned on
it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
