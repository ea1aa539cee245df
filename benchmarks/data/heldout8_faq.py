"""The eighth held-out FAQ set (``faq-heldout8.jsonl``): the script that writes the hand-written
pairs of ``heldout8_faq_en.py`` and ``heldout8_faq_ja.py``.

    python benchmarks/data/heldout8_faq.py           # rewrite faq-heldout8.jsonl
    python benchmarks/data/heldout8_faq.py --check   # is it up to date?

Written in session 14 (4 December 2026, from 16:36 UTC) by the ``heldout8`` engineer, who read
neither the guard nor the conversation-matching code, and ran no cache, guard, embedder or
evaluation on these pairs. The older sets were read for their format, kinds and topics only;
the domains are new, and a test checks that no text repeats an older set. Domains: community
choirs, tax-free shopping for tourists, bell ringing, antiques valuation, railway lost property,
beach huts, book repair and rebinding, cheese-making courses, stargazing at an observatory, soft
play, lidos, laser tag, snooker halls, bowls clubs, marquee hire, Christmas tree farms, first
aid courses, key cutting, guitar lessons, sign language courses, model railways, mazes,
falconry, pumpkin patches, ghost walks, ceilidh bands, vineyard tours, blood donation; 盆栽,
免税手続き, 合唱団, 風鈴作り, 金魚すくい, 灯籠流し, 納骨堂, 梨狩り, 和太鼓教室, 釣り堀, 遊園地,
宿坊, お遍路, 古着買取, シルバー人材センター, 井戸, 湯治宿・足湯, 餅つきの道具, 名入れ提灯,
とんぼ玉・ガラス工房, 藍染め, 薪ストーブ, 古民家ゲストハウス, 流しそうめん.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout7.jsonl``. The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
