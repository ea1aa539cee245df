"""The twenty-sixth held-out conversation set (``conversations-heldout26.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout26_conversations_en.py`` and
``heldout26_conversations_ja.py``.

    python benchmarks/data/heldout26_conversations.py           # rewrite the file
    python benchmarks/data/heldout26_conversations.py --check   # is it up to date?

Written in session 32 (7 December 2026, from 03:15 UTC) by the ``heldout26`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout25_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: a family team in the Westbay sandcastle competition, a
one-day Coptic bookbinding workshop, a 45-minute tarot reading in person, Easter Monday egg hunt
tickets at Hollins Park, a guided rock pooling walk at Wembury, a Tuesday beginners' parkour
class, the underground tour of a Cornish tin mine, the women's welly wanging at a county show, a
grandfather in a fair's gurning contest, a team of three at a pea shooting championship, a
hospital ward's team in a charity bed race; 砂金採り体験, 新人研修の田植え体験, 自治会への出張
防災講座, 竹馬教室, ドッジボール教室, ダム見学ツアー, 親子の流木アート教室, 母のウォーキング
教室, 寺のお月見会, 秋祭りのポップコーン機の貸し出し, 卒業記念のタイムカプセル. The
different-context pairs change an item or plan (the six-week course, the 90-minute reading, the
surface heritage tour, hired laser-sighted shooters, building one's own bed, 起震車コース,
週2回コース, ランプシェード作り, 庭の自由席, 10年保管プラン), an amount (five tickets, a team
of six, 大人4人, 60名, 百二十人, 五人, 500人分, 六十四人), a member or entrant number (BB-5512,
PK-2049, WW-6184, SK-4150, T-2270, W-3381), a date (16 August, Thursday at seven, Easter Sunday
at two, 13 July, 27 September, 8月20日, 十三夜の10月15日), a person (the mother herself at
forty-two, a three-year-old, a nine-year-old son, a fifteen-year-old grandson, 五十歳の本人,
妻と私) or a place (Polzeath, Kimmeridge, Harrogate, 佐渡, 海浜校, 海岸の会場, 山手小学校); the
``intent`` pairs ask for another action than the thread or withdraw it, often without a negation
("deckchairs, please", "a voucher for her, yes", "video call, please", "hider, yes", "post us
the pack", "one taster, please", "the history walk, then", "measuring, then", "two front-row
seats, please", "the individual event, please", "marshalling it is",
家で遊べる砂金キットにしてください, 稲刈りに振り替えてください, 冊子を40部送ってください,
ワークショップにしてください, 見学だけでお願いします, カードだけ郵送してください,
完成品を買います, 個人レッスンにしてください, お団子だけ取りに行きます,
袋詰めで届けてください, 容器セットを送ってください), sometimes confirmed by the assistant in
other words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
