"""The twenty-eighth held-out conversation set (``conversations-heldout28.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout28_conversations_en.py`` and
``heldout28_conversations_ja.py``.

    python benchmarks/data/heldout28_conversations.py           # rewrite the file
    python benchmarks/data/heldout28_conversations.py --check   # is it up to date?

Written in session 34 (7 December 2026, from 08:58 UTC) by the ``heldout28`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout27_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: iron-on name tapes, a Santa's grotto visit, a team in a
Tuesday netball league, office teams in a charity rounders tournament, a nine-year-old at junior
hockey, a beginners' handball taster, a toboggan run, a 5K charity fun run, a poetry open mic
slot, a Year 5 pupil at homework club, a school breakfast club; 点字教室, 親子あやとり教室,
市民駅伝大会, 朗読会, 保育園の豆まき会, 缶けり大会, 水鉄砲大会, 道場の鏡開き, 朝顔市の取り置き,
早口言葉大会, 夏休みの新聞作り教室. The different-context pairs change an item or plan (the
sleigh photo visit, the ninety-minute taster, an hour of unlimited rides, the quiet study room,
式だけ, 親子の部, 5日間のコース), an object (大豆 for 落花生), an amount (120 tapes, fourteen
players, three teams, eleven colleagues, five people, 10人, 四十五名, 8鉢), a customer or member
number (NT-4421, HC-3078, FR-2290, BC-6601, TJ-3160, RD-0581, MD-7732, KB-2014, SN-4801), a date
(the 20th, the 5th of July, Friday 30 January, Monday 9 February, 2月14日, 文化の日, 十三日,
8月16日), a person (a fourteen-year-old daughter, the daughter reading, a Year 2 brother, 八歳の
息子, 中学一年, 中学一年の娘) or a place (Castlegate Sports Hall, Platt Fields, 川沿いの公民館,
北小学校の校庭, 鶯谷の駅前); the ``intent`` pairs ask for another action than the thread or
withdraw it, often without a negation ("sew-in, then", "the elves' table, yes", "walking netball,
please", "sponsoring is fine by us", "ball boy for now", "spectator tickets, yes", "a voucher,
please", "marshal, then", "just listening", "the online calls, please", "after-school club,
then", 家で学べるほうでお願いします, 家で練習するほうにします, 給水の手伝いにします,
聞くだけにします, 園に届けていただくほうでお願いします, 自由参加の部でお願いします,
観覧席にしてください, お餅だけ取っておいてください, 配送でお願いします, 録音の部に変えてください,
添削コースにします), confirmed by the assistant in other words. The whole file is a
reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
