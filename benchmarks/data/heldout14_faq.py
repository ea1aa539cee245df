"""The fourteenth held-out FAQ set (``faq-heldout14.jsonl``): the script that writes the pairs
written by hand in ``heldout14_faq_en.py`` and ``heldout14_faq_ja.py``.

    python benchmarks/data/heldout14_faq.py           # rewrite faq-heldout14.jsonl
    python benchmarks/data/heldout14_faq.py --check   # is it up to date?

Written in session 20 (5 December 2026, from 10:15 UTC) by the ``heldout14`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new or little used; a test checks that no text
repeats an older set.
Domains: car valeting, carpet cleaning, oven cleaning, piano tuning, wedding and celebration
cakes, business card printing, jewellery repair and ring resizing, picture framing, portrait
photography studios, chimney sweeping, upholstery, florists; ピアノの調律, 額装, 指輪のサイズ直し,
仏壇の修理, 表札の製作, 浄化槽の点検, 障子とふすまの張り替え, 眼鏡の修理, 布団の丸洗い, 洗車,
オーダーケーキ, 写真館. (Boiler servicing, removals, bike repair, opticians, tutoring, 引っ越し,
自転車, 着付け and 家事代行 were dropped once a search of the older texts found them there.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout13.jsonl``. Minimal pairs mix the kinds:
am/pm and opening/closing times, above/beside and under/behind, before/after, to/from and
up/down (店に/店から, 2階へ上げた/1階へ下ろした), all/only/just (全部/だけ), per item/per
hour/per delivery, a condition dropped (over £40, 保証書があれば), an item added, person and
audience nouns, opposite verbs (add/remove, 大きく/小さく), negated conditions
(なくても/あれば). The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
