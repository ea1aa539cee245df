"""The fifteenth held-out FAQ set (``faq-heldout15.jsonl``): the script that writes the pairs
written by hand in ``heldout15_faq_en.py`` and ``heldout15_faq_ja.py``.

    python benchmarks/data/heldout15_faq.py           # rewrite faq-heldout15.jsonl
    python benchmarks/data/heldout15_faq.py --check   # is it up to date?

Written in session 21 (5 December 2026, from 13:14 UTC) by the ``heldout15`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new; a test checks that no text repeats an older
set.
Domains: window cleaning, caravan and motorhome storage, headstones and memorial masonry,
plastering, bathroom tiling, artificial grass, portable toilet hire, a vinyl record shop,
stairlifts, pet cremation, floor sanding, lawn mower servicing; 人工芝の施工, 階段昇降機,
漆喰の塗り替え, 仮設トイレのレンタル, ペット火葬, 看板の製作, レコード店, 法事の仕出し,
窓ガラスの清掃, 浴室のタイル, 芝刈り機の修理, トロフィーと記念盾. (Tree surgery, glamping,
will writing, CCTV, snow clearing, 墓石, 包丁研ぎ, 中古車の買取, 雨どい and グランピング were
dropped once a search of the older texts found them or a neighbouring domain there: a tree
felled in a garden, a campsite, 遺言, burglar alarms, 雪かき, 墓じまい, knife sharpening,
古着の買取, gutters.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout14.jsonl``. Minimal pairs mix the kinds:
7am/7pm and 午前/午後, before/after and left/right, まで/までに (設置できますか), to/from and
along/across (2階へ/2階から, 外から/中から), all/only/just (全部/だけ), per month/per metre and
per letter/per line (1日あたり/1台あたり), a condition dropped (over three days, if it's damp,
3万円以上なら, 会員なら), an item added, person and audience nouns (大人/子供), opposite verbs
(add/remove, extend/end, 増やせ/減らせ), negated conditions (isn't level, なくても/あれば) and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
