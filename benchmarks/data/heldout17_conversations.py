"""The seventeenth held-out conversation set (``conversations-heldout17.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout17_conversations_en.py`` and
``heldout17_conversations_ja.py``.

    python benchmarks/data/heldout17_conversations.py           # rewrite the file
    python benchmarks/data/heldout17_conversations.py --check   # is it up to date?

Written in session 23 (6 December 2026, from 00:50 UTC) by the ``heldout17`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout16_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: a pet taxidermy, a farm borehole, a piper at
a castle wedding, a bedroom mural, a village fireworks display, karaoke machine hire, a neon
shop sign, a jukebox repair visit, jet ski hire, an ice sculpture at a wedding, bubble football
for a stag party; 数珠の修理, 門松, 下駄の鼻緒のすげ替え, 野点傘のレンタル, 屏風の修理,
店名入りののれん, 干物の贈答, 選挙用のだるま, 古銭の買取査定, こたつの修理, 名入れの扇子. The
different-context pairs change an item or model (a full mount against head and shoulders, LED
against glass neon, a two-seater, 金色のだるま, 二曲の屏風, 金糸の刺繍), an amount (litres a day,
all four walls, beads missing, 段ボール五箱分), an order or booking number, a date (Hogmanay,
New Year's Eve, a bank holiday, 祝日, お盆明けの到着指定, years since purchase), a person (ten-
year-olds for stag-party lads), a place or a plan (a service added: a full overhaul, piping
through the dinner, a mobile pitch, 房の交換, 全面の張り替え, 出張査定); the ``intent`` pairs ask
for another action than the thread or withdraw it, often without a negation ("we'll go with the
mains for now", "let it go", "swap us to that", "call it off", 自分のものにしたくなりました,
名前は入れずに同じだるまを, 見積もりだけで十分です, 形見として手元に残す), sometimes confirmed
by the assistant in other words. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
