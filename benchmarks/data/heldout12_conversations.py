"""The twelfth held-out conversation set (``conversations-heldout12.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout12_conversations_en.py`` and
``heldout12_conversations_ja.py``.

    python benchmarks/data/heldout12_conversations.py           # rewrite the file
    python benchmarks/data/heldout12_conversations.py --check   # is it up to date?

Written in session 18 (5 December 2026, from 03:58 UTC) by the ``heldout12`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and topics only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout11_conversations.py``. Domains: a bike service, a secondary school
application, a contents insurance claim, post redirection, a home electric car charger, a
childminder place, a loft insulation grant, a washing machine repair, a railcard, a windscreen
chip claim, a bulky waste collection; 自転車のパンク修理, 家財保険の請求, 給湯器の修理,
エアコンの延長保証, 小学校の転校, 郵便の転送, 電気自動車の充電器, 一時預かり, 窓の断熱補助金,
内科の予約, 塾の冬期講習. The different-context pairs add an item (new wheels, a fridge freezer,
a third day, 理科, two chargers), change an amount, an account or policy number, a date, a
person, a place or a plan; the ``intent`` pairs ask for another action than the thread
(cancelling, withdrawing an application or a claim, stopping a redirection, removing a charger,
giving notice, a replacement instead of a repair, a refund, paying privately instead of
claiming; 買い替え, 請求の取り下げ, キャンセル, 交換, 今の学校に通い続ける, 転送の停止,
取り外し, 予約の取り消し, 一教科だけ取り消し). The whole file is a reporting set: nothing is
tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
