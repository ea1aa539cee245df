"""The sixteenth held-out conversation set (``conversations-heldout16.jsonl``): the script that
writes the pairs of the hand-written threads in ``heldout16_conversations_en.py`` and
``heldout16_conversations_ja.py``.

    python benchmarks/data/heldout16_conversations.py           # rewrite the file
    python benchmarks/data/heldout16_conversations.py --check   # is it up to date?

Written in session 22 (5 December 2026, from 22:10 UTC) by the ``heldout16`` engineer, who read
neither the conversation-matching nor the guard code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, embedder or evaluation on these threads;
the older sets were read for their format, kinds and sizes only. The scenarios and their six
pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by scenario)
are as in ``heldout15_conversations.py``, and each follow-up is one whose answer depends on the
detail the different-context pairs change. Domains: a hog roast, a water softener, embroidered
aprons, greenhouse assembly, a patio awning, an asbestos survey, fancy dress hire, an ice cream
van at a wedding, limousine hire, a typewriter repair, a video intercom; 神棚の取り付け, 竹垣,
鳩よけネット, 引き出物, 豆腐の取り置き, ぬか漬けの発送, 瓦屋根の補修, 掛け軸の表装,
着ぐるみのレンタル, オーダーカーテン, 鯉のぼり. The different-context pairs change an item or
model, an amount (also the same head count split into adults and children), an order or booking
number, a date or a length of hire, a person, a place or a plan (a service added: a base laid,
a full service, droppings cleared, a name added, supply and fit against fit only, rent against
buy); the ``intent`` pairs ask for another action than the thread or withdraw it, often without
a negation ("just cancel the enquiry", "we'll rely on the old report for now", "hold off
stitching", 額に入れることにしました, 見積もりのほうは結構です, 今回は見送ります), sometimes
confirmed by the assistant in other words. The whole file is a reporting set: nothing is tuned
on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
