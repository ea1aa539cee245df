"""The thirteenth held-out FAQ set (``faq-heldout13.jsonl``): the script that writes the pairs
written by hand in ``heldout13_faq_en.py`` and ``heldout13_faq_ja.py``.

    python benchmarks/data/heldout13_faq.py           # rewrite faq-heldout13.jsonl
    python benchmarks/data/heldout13_faq.py --check   # is it up to date?

Written in session 19 (5 December 2026, from 07:00 UTC) by the ``heldout13`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new or little used; a test checks that no text
repeats an older set.
Domains: barbers, clothes alterations, dry cleaning, garage doors, phone screen repair, watch
repair, handyman and flat-pack assembly, made-to-measure curtains and blinds, sports massage and
osteopathy, painters and decorators, pet sitting and dog walking, language classes; 神社のご祈祷,
洋服のお直し, 雨漏りの修理, 外壁塗装, ペットシッター, バレエ教室, スイミングスクール, 整骨院,
鍵の交換と合鍵, 靴の修理, 蜂の巣の駆除, トイレの詰まり. (Window cleaning, tree work, skip hire,
music lessons, hair salons, garden pruning and piano lessons were dropped once a search of the
older texts found them there; alterations and language courses appear in one or two old texts.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout12.jsonl`` (a ``number`` detail added for
paraphrases writing a number in digits on one side and in words on the other). Minimal pairs mix
the kinds: am/pm and opening/closing times (朝9時から/夜9時まで), above/below and inside/outside,
before/after, to/from and there/back (行き/帰り, 店に/店から), all/only/just (全部/だけ),
per item/per visit/per night, a condition dropped (with an order, 会員なら), an item added
(water-damaged, タンクレス), person and audience nouns, opposite verbs (let out/take in,
入会/退会, 上げる/下ろす), negated conditions (慣れていなくても/慣れていれば). The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
