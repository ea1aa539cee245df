"""The thirteenth held-out conversation set (``conversations-heldout13.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout13_conversations_en.py`` and
``heldout13_conversations_ja.py``.

    python benchmarks/data/heldout13_conversations.py           # rewrite the file
    python benchmarks/data/heldout13_conversations.py --check   # is it up to date?

Written in session 19 (5 December 2026, from 07:00 UTC) by the ``heldout13`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout12_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: a barber booking, trouser alterations, a dry
cleaning collection, a garage door repair, a phone screen repair, a watch service, flat-pack
assembly, made-to-measure curtains, an osteopath appointment, a decorating quote, a pet sitter;
厄払いのご祈祷, ジーンズの裾上げ, 雨漏りの修理, 外壁塗装の見積もり, ペットシッター, バレエ教室,
スイミングの振替, 整骨院の予約, 玄関の鍵の交換, 靴のかかと修理, 蜂の巣の駆除. The
different-context pairs add an item (a beard trim, a double duvet, a bunk bed, a dog, 車のお祓い,
屋根, チノパン), change an amount, an account or member number, a date, a person (a child, a
baby, 店長, 母, an adult learner), a place (a postcode, 勝手口, 屋根裏, 1階の和室) or a plan
(a new curtain pole, a follow-up visit, 週2回, 自費, 葺き替え); the ``intent`` pairs ask for
another action than the thread (cancelling, letting trousers down, dismantling instead of
assembling, trading a phone in, replacing a door instead of repairing it, collecting a watch
unserviced; 取りやめ, 調査だけ, 見積もりのお断り, 退会, 休会, 合鍵だけ, 修理せずに返却). The
whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
