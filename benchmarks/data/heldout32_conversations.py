"""The thirty-second held-out conversation set (``conversations-heldout32.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout32_conversations_en.py`` and
``heldout32_conversations_ja.py``.

    python benchmarks/data/heldout32_conversations.py           # rewrite the file
    python benchmarks/data/heldout32_conversations.py --check   # is it up to date?

Written in session 38 (7 December 2026, from 21:08 UTC) by the ``heldout32`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout31_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: two tickets for a waxworks with its horror room, a
teenager's place on a beatboxing workshop, a boomerang-making class for three, a family's monster
truck tickets with pit passes, a family ticket at a jousting tournament, holiday dialysis sessions
by the sea, a candlelit catacombs tour, a lighthouse visit with an elderly mother, grandstand seats
at an air show, a school's submarine tour, a parent-and-child snow globe workshop; eスポーツ大会の
チームエントリー, 監獄博物館のガイド見学, 昆虫食のコース, 就活の模擬面接,
ボートレース場の親子見学会, ロケット打ち上げの見学, 火山の火口めぐりツアー,
トリックアート美術館の入場券, からくり人形教室, ヘアドネーションのカット, カバディ体験会. The
different-context pairs change a plan (VIP tickets, the Knight's Banquet ticket, the climb to the
lantern, 音声ガイド, 集団面接の練習, 経験者の組), an object (the reindeer figure, 段返り人形), an
amount (five people, four children, six friends, thirty-six pupils, 五人組, 六名, 子ども3枚, 四名),
a customer or member number (WX-4471, AS-6625, ES-5380, TA-3361, HD-7250), a date (24 February, 25
April, 31 May, September, Saturday 31 October, 五月三日, 二十七日, 五月四日, 8月23日, 10月17日), a
person (a nine-year-old daughter, an eleven-year-old nephew, veterans, a seventy-year-old father,
転職中の人, 七十六歳の父, 七十になる父) or a place (Brookside Stadium, Tenerife, Thornbury,
ボートレース江戸川, 長浜海岸, 川沿いの店); the ``intent`` pairs ask for another action than the
thread or withdraw it, often without a negation ("the studio demonstration would be better",
"one-to-one online, then", "the throwing-only session, please", "we'll watch the live stream
instead", "put her on the squire's morning", "deliver a machine to the holiday address, then",
"we'll do the talk upstairs", "book the cottage for the night", "the hangar tour would be perfect",
"send the educator to the school", "just send us the kit", 観戦席にしてください,
映像ホールのほうにしてください, お菓子作りの体験に変えてください, 添削に変えてください,
工作教室でお願いします, 科学館のパブリックビューイングにします,
ビジターセンターのほうでお願いします, だまし絵のワークショップにしてください,
キットを家に送ってください, 毛先を整えるだけにしてください, 観戦講座にしてください), confirmed by
the assistant in other words. The whole file is a reporting set: nothing is tuned on it. """

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
