"""The twentieth held-out conversation set (``conversations-heldout20.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout20_conversations_en.py`` and
``heldout20_conversations_ja.py``.

    python benchmarks/data/heldout20_conversations.py           # rewrite the file
    python benchmarks/data/heldout20_conversations.py --check   # is it up to date?

Written in session 26 (6 December 2026, from 09:30 UTC) by the ``heldout20`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six pairs
(kinds, slots, the same follow-up on both sides, the stored side alternating by scenario) are as in
``heldout19_conversations.py``, and each follow-up is one whose answer depends on the detail the
different-context pairs change. Domains: coasteering in Pembrokeshire, a mechanical bull at a
fortieth birthday, a Lego birthday workshop, a wedding-photo jigsaw, a family hovercraft ride, a
tank driving voucher, a first bungee jump in Bristol, a member's float, an office sound bath, a
children's aerial silks course, a beginners' dog agility course; 名入れの招き猫, 八号の土鍋,
おでんの持ち帰り, 手毬教室, 子供会の万華鏡作り, お歳暮の七味唐辛子, 柚子の定期便, ところてんの発送,
法事の羊羹, つげ櫛の名入れ, 市民センターの俳句教室. The different-context pairs change an item or
model (a wooden jigsaw, 金色の招き猫, IH対応の土鍋, 山椒多めの大辛, 竹皮包みの羊羹), an amount (22
friends, thirty classmates, 40 people, 十体, 三十人前, 月10キロ, 二百人前, 五本), a voucher or
member number (TD-8829, FL-7716, Y-8034), a date (13 September, 16 August, autumn, 大晦日,
十二月二十日, 明後日, 秋), a person (four-year-olds, a wheelchair user, a pregnant wife, the parent
instead of the child, 小学三年の娘, 三歳の娘), a place (a garden in Leeds, Australia, Newcastle, the
Lake District, Swindon, 北海道, 公民館, 台湾, 沖縄, 駅前の文化会館) or a plan (an inflatable bull
for the children, the armoured car ride, a photo and video package, a weekend intensive,
三か月の本科コース); the ``intent`` pairs ask for another action than the thread or withdraw it,
often without a negation ("switch us to that", "let the date go", "put it in his name", "put me on
the zip line", "send us a link", "keep it for the summer", 鉄鍋に切り替えてください,
煮る前の種だけでお願いします, 三セットだけ自宅に送ってください, 当日お店まで取りに伺います,
通信添削のコースにしてください), sometimes confirmed by the assistant in other words. The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
