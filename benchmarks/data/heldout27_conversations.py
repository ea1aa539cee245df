"""The twenty-seventh held-out conversation set (``conversations-heldout27.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout27_conversations_en.py`` and
``heldout27_conversations_ja.py``.

    python benchmarks/data/heldout27_conversations.py           # rewrite the file
    python benchmarks/data/heldout27_conversations.py --check   # is it up to date?

Written in session 33 (7 December 2026, from 05:58 UTC) by the ``heldout27`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout26_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a six-week beginners' hula hoop course, a team in an
ultimate frisbee summer league, a six-year-old in a church nativity play, private hire of the
dodgems, a ruby wedding dedication on local radio, an ironing collection, a ten-year-old in a
junior spelling bee, hospice raffle tickets, a pod on an observation wheel, pay-as-you-go boccia,
a junior cheerleading class; 一輪車教室, 敬老会のお祝い弁当, 鉄棒教室, 商店街スタンプラリーの参加店,
保育園への出張交通安全教室, 地鎮祭, 卒業生の文化祭入場券, 作文教室, 河川敷のモルック大会,
夏祭りのシャボン玉ショー, 親子のこま回し教室. The different-context pairs change an item or
plan (the ten-week course, the late-night programme, the champagne pod, a whole term, 協賛プラン,
夏休みの五日間集中, 60分プラン, 毎週), an amount (twelve players, 45 guests, three bags,
15 strips, 120個, 90人, 5枚, 6人チーム), a member, customer or shop number (IR-3370, HS-4421,
CH-2015, UC-5280, SR-0421, SB-7761), a date (Wednesday 17 December, Easter Saturday, Monday
9 March, 14 March, 1月24日, 二十一日, 3月15日, 二十六日, 天皇誕生日), a person (the mother, an
eleven-year-old son, a thirteen-year-old, 小学六年の息子, 在校生の保護者, 四歳の娘) or a place
(Hampden Fields, Newport library, Millbrook leisure centre, Northfield, 市民公園の広場, 港町,
海浜公園); the ``intent`` pairs ask for another action than the thread or withdraw it, often
without a negation ("the online one, then", "pick-up games it is", "backstage, please",
"teacups, then", "a recording, please", "yes, I'll bring it in", "a runner, yes", "make it a
donation, please", "the river cruise, yes", "referee, please", "Tuesdays, please",
今回は見学だけにさせてください, まんじゅうの箱詰めにしてください, 跳び箱のクラスに移してください,
景品の提供だけにします, セットを送ってください, お札と砂だけいただきます, 動画のほうでお願いします,
通信コースにしてください, 体験会に振り替えてください, 道具のセットだけ貸してください,
絵付け教室にしてください), sometimes confirmed by the assistant in other words. The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
