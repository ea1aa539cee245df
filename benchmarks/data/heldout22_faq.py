"""The twenty-second held-out FAQ set (``faq-heldout22.jsonl``): the script that writes the pairs
written by hand in ``heldout22_faq_en.py`` and ``heldout22_faq_ja.py``.

    python benchmarks/data/heldout22_faq.py           # rewrite faq-heldout22.jsonl
    python benchmarks/data/heldout22_faq.py --check   # is it up to date?

Written in session 28 (6 December 2026, from 15:10 UTC) by the ``heldout22`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: kebab shops, tapas bars, dim sum restaurants, Cornish pasty shops, jacket potato vans,
toy shops, clay pigeon shooting, hat hire, minibus hire, darts bars, head lice clinics,
cryotherapy; 餃子, ふぐ料理, 紅葉狩り, カニ, まぐろの解体ショー, 松茸, 缶バッジ作り, 芋煮会,
串カツ, 柏餅, 牛丼, 落花生. (Doughnuts, gelato, crêpes, pedicures, microblading, board game cafés,
badminton, campervans, whisky tastings, birdwatching, carveries, お好み焼き, 焼きそば, もんじゃ,
すき焼き, ちゃんこ, うどん, ちゃんぽん, かるた, 茶摘み, 耳かき, 手相, たらこ and 干し芋 were dropped
once a search of the older texts found a neighbouring domain there: bakeries, ice cream,
pancakes, manicures, a tattoo studio, board games, tennis courts, caravans, wine and brewery
tours, bird hides, hog roasts, たこ焼き, しゃぶしゃぶ, 蕎麦, ラーメン, 将棋, いちご狩り, ear wax,
占い, 明太子, 焼き芋.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout21.jsonl``. Minimal pairs mix the kinds: 7am/7pm,
December/May, Boxing Day/Christmas Eve and 午前5時/午後5時, 九月中旬/十月下旬, 正月三日/大晦日,
before/after (蒸す前に/蒸した後に), above/opposite, next to/inside (駅の中/駅の向かい,
郵便局の隣/裏), left/right, away from/towards the scalp, north/south end, 上流側/下流側,
頭から尾/尾から頭, 時計回り/反時計回り, all/only (全部/肉餃子だけ, すべて/大粒だけ,
全種類/ズワイだけ), per mile/per day, per plate/per person, per hour/per player (1本あたり/
1キロあたり, 1人ごと/1台ごと, 1時間ごと/1組ごと), a condition dropped (on weekdays, after 9pm,
for siblings, 土日でも, 予約すれば, 平日限定で), an item added (frozen, children's, private,
味噌あんで, 殻付きのまま, 汁だくで), person and audience nouns (toddler/grandad, wife/teenage
son, nephew/boss, 八十歳の祖母/授乳中の妻, 幼稚園の息子/中学生の姪, 夫の両親/一歳の娘,
babies/teenagers, athletes/people with heart conditions, stag parties/families, 子供/企業,
一人客/団体, ベジタリアン/子供), opposite verbs (add/remove, raise/lower, extend/shorten,
強め/弱め, 増やせ/減らせ, 足して/抜いて), negated conditions (don't have high blood pressure,
aren't gone, don't wear glasses, 予約していない/している, むいていない/むいてある,
入っていない/入っている), objects (chicken/lamb, steak/cheese and onion, har gow/char siu bao,
焼き餃子/水餃子, ズワイガニ/タラバガニ, マグネット/ピン), places, plans, comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
