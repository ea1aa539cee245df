"""The sixteenth held-out FAQ set (``faq-heldout16.jsonl``): the script that writes the pairs
written by hand in ``heldout16_faq_en.py`` and ``heldout16_faq_ja.py``.

    python benchmarks/data/heldout16_faq.py           # rewrite faq-heldout16.jsonl
    python benchmarks/data/heldout16_faq.py --check   # is it up to date?

Written in session 22 (5 December 2026, from 22:10 UTC) by the ``heldout16`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new; a test checks that no text repeats an older
set.
Domains: hog roast catering, water softeners, embroidered workwear, greenhouse assembly, patio
awnings, asbestos surveys, fancy dress hire, ice cream van hire, limousine hire, typewriter
repair, chandelier cleaning, door entry intercoms; 神棚, 鯉のぼり, 竹垣, 鳩よけ, 引き出物,
豆腐店, 漬物, 瓦屋根の修理, 掛け軸の表装, 家系図の作成, 着ぐるみのレンタル, オーダーカーテン.
(Crazy golf, bin cleaning, a farrier and 金庫の開錠 were dropped once a search of the older texts
found a neighbouring domain there: a golf course, a broken wheelie bin, horse riding, 合鍵.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout15.jsonl``. Minimal pairs mix the kinds:
2pm/2am, 11pm/11am and 午前/午後, before/after, above/below and inside/outside (前に/後に,
手前に/上に), まで/までに (借りられますか), to/from (to/from the airport, 和室へ/和室から,
上げて/下ろして), all/only/just (全部/だけ), per hour/per mile and per garment/per stitch
(1メートルあたり/1日あたり, 1代ごと/1家ごと), a condition dropped (if it's returned clean, over
500 pounds, 5千円以上なら, 平日なら), an item added (couples, antique, by Friday, 破れた,
明日まで), person and audience nouns (landlord/tenant, toddlers/dogs, 子供/妊婦, 法人/個人),
opposite verbs (install/uninstall, extend/shorten, 伸ばせ/詰められ, 張って/外して), negated
conditions (no drain nearby, no power, なくても/あれば, 狭くても/広ければ), comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
