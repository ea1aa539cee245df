"""The twenty-ninth held-out conversation set (``conversations-heldout29.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout29_conversations_en.py`` and
``heldout29_conversations_ja.py``.

    python benchmarks/data/heldout29_conversations.py           # rewrite the file
    python benchmarks/data/heldout29_conversations.py --check   # is it up to date?

Written in session 35 (7 December 2026, from 11:49 UTC) by the ``heldout29`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout28_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a mixed team in a summer tag rugby league, an
eleven-year-old at a speedcubing competition, twins at a beginners' yo-yo workshop, two warehouse
staff on a forklift course, a Level 2 food hygiene course, an art club's pencil factory tour, a
cart in a soapbox derby, a town crier competition, the men's open at a stone skimming
championship, a nine-year-old at a stop-motion animation workshop, two suitcases at a left
luggage office; 雪合戦大会, 初日の出バスツアー, 口笛教室, スイカ割り大会, 中学生の職場体験,
光る泥だんご教室, ちんどん屋, 大声大会, 勾玉作り体験, ハイハイレース, 手形足形アート教室. The
different-context pairs change an item or plan (the 2x2 event as well, Level 3, the drawing
workshop, the costume prize, the whole week, ゆったり席, 月四回, 五人組), an object (翡翠 for
滑石), an amount (sixteen players, five staff, five people, four suitcases, 十人, 五名, メガホン
三つ), a customer or member number (SC-5172, FL-8843, TC-1954, HD-2710, DD-5503, TA-6280), a date
(Sunday 22 February, the 23rd of April, Sunday 14 June, the 12th of September, 2月15日, 八月九日,
11月17日, 四月十二日, 八月二日, 6月21日), a person (a husband instead of the twins, a daughter in
the junior girls' class, a fourteen-year-old son, 十歳の息子, 九つの娘, 中学二年の息子, 一歳の娘)
or a place (Hollins Field, the Guildhall, the coach station, 西浜海岸, 中央公民館); the ``intent``
pairs ask for another action than the thread or withdraw it, often without a negation ("the
September festival, then", "scrambling sounds good", "the video course, please", "the stacker
course, then", "online suits me better", "the museum, then", "the display area's fine", "judging
would suit me", "counting bounces it is", "the home kit, please", "just a locker for a small
bag", 雪像づくりのほうにします, お雑煮の会に変えてください, オンラインのほうでお願いします,
室内の部にしてください, オンラインの授業でお願いします, キットを送ってください,
店の前だけでお願いします, 応援席にしてください, 色塗りのほうにします,
よちよち歩きの部にしてください, 家で型を取るほうにします), confirmed by the assistant in other
words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
