"""The thirty-third held-out conversation set (``conversations-heldout33.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout33_conversations_en.py`` and
``heldout33_conversations_ja.py``.

    python benchmarks/data/heldout33_conversations.py           # rewrite the file
    python benchmarks/data/heldout33_conversations.py --check   # is it up to date?

Written in session 39 (8 December 2026, from 00:05 UTC) by the ``heldout33`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout32_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: two seats at a hurling semi-final, a birth doula, a hair
transplant consultation, three walkers at a charity firewalk, a half-day at an elephant sanctuary,
a beginners' gilding workshop, a meteorite identification slot, a teenager's quadball taster, a
guided tour of Parliament with afternoon tea, the solstice sunrise coach, a storm-chasing tour;
卵子凍結の初診, 左官体験, 塩作り体験, 蹴鞠の体験会, ファスティング合宿, 海女小屋, 古文書講座,
パーソナルカラー診断, 牛の角突きの観戦, 防音室の見積もり, 軍艦島上陸ツアー. The
different-context pairs change a plan (a full-day visit, the two-day course, champagne tea, the
late return, 漆喰のコース, 普段着のまま, 個室, 伊勢えび付き, 中級コース), an object (FUT, 木箱,
ドラム用), an amount (three brothers, five walkers, 四人, 8畳, 子ども二人), a customer or member
number (GA-3381, MI-2270, RF-4172, SO-2065, KM-7713, GK-5509), a date (3 May, 6 November, 24
April, 22 May, 21 April, 13 June, 24 May, 五月十九日, 11月3日, 十二月十九日, 6月27日), a person
(an eleven-year-old son, a twelve-year-old son, 七十歳の母) or a place (Hinchingbrooke,
Manchester, Bath, Denver, 八ヶ岳, 国崎, 小千谷); the ``intent`` pairs ask for another action than
the thread, often without a negation ("put them on the resale page", "a postnatal doula, then",
"see the trichologist instead", "we'll volunteer as marshals", "the viewing walk", "have the
restorer quote for the mirror", "send me the list of dealers", "the referee workshop", "move us
to a weekday gallery visit", "a parking permit, then", "book the weather centre tour instead",
ドックのほうにしてください, 出張相談をお願いします, 館内の料理教室にしてください,
奉納の観覧席にしてください, 日帰りのセミナーにしてください, 海女漁の見学ツアーにしてください,
解読相談会にしてください, 買い物同行にしてください, 牛舎見学のツアーにしてください,
防音ブースのレンタルにしてください, 周遊クルーズにしてください), confirmed by the assistant in
other words. The whole file is a reporting set: nothing is tuned on it. """

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
