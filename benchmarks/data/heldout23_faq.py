"""The twenty-third held-out FAQ set (``faq-heldout23.jsonl``): the script that writes the pairs
written by hand in ``heldout23_faq_en.py`` and ``heldout23_faq_ja.py``.

    python benchmarks/data/heldout23_faq.py           # rewrite faq-heldout23.jsonl
    python benchmarks/data/heldout23_faq.py --check   # is it up to date?

Written in session 29 (6 December 2026, from 18:15 UTC) by the ``heldout23`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: churros stands, fondue restaurants, taco trucks, Christmas hampers, cocktail
masterclasses, kimchi-making classes, biltong shops, sandwich bars, speed dating nights, sari
shops, piñata shops, DJ hire; おにぎり, 馬刺し, ジビエ料理, 七夕飾り, ほおずき市, カブトムシ,
燻製, 牧場の乳しぼり, 飴細工, かまぼこ, 天体観測, 釜めし. (Falafel, fried chicken, paella,
bagels, milkshakes, oysters, lobster, horse-drawn carriages, chocolate fountains, bonsai,
shepherd's huts, とんかつ, 味噌カツ, 天丼, 親子丼, きりたんぽ, ほうとう, 駅弁, 花見, 大判焼き,
おはぎ, タピオカ, クレープ, 和ろうそく, 蒔絵, 書き初め, 鏡開き and 酸素カプセル were dropped once
a search of the older texts found a neighbouring domain there: kebab shops, tapas bars, bakeries,
ice cream, 牡蠣, カニ, horses and ponies, boxes of chocolates, garden centres, yurts and
treehouses, 串カツ, 牛丼, 芋煮会, 蕎麦, 弁当, 紅葉狩り, たい焼き, 柏餅, bubble tea, pancakes,
candles, 漆塗り, 書道, 鏡餅, cryotherapy.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout22.jsonl``. Minimal pairs mix the kinds: 11am/11pm,
January/August, Christmas Eve/New Year's Eve and 午前6時/午後6時, 八月上旬/二月上旬, 七月九日から/
七月十日まで, before/after (笹を立てる前に/立てた後に), above/behind, opposite/next to (お寺の中/外,
銀行の向かい/二階), clockwise/anticlockwise, right/left out of the station, pleats towards the
left/right, 上から下へ/下から上へ, 東の空/西の空, 手前から奥へ/奥から手前へ, all/only (全部/鶏だけ,
すべて/ベーコンだけ, 全部/オスだけ), per bag/per kilo, per person/per table, per hour/per event
(100グラムあたり/1皿あたり, 大人1人ごと/1家族ごと, 1回あたり/1日あたり), a condition dropped (at
lunchtime, for first-timers, for weddings, 平日なら, 雨の日は, 会員なら), an item added (filled,
Bollywood, vegan, 個室で, 名前入りで, たてがみ付きで), person and audience nouns (teenage
daughter/pregnant wife, husband/ten-year-old, dog/baby, 三歳の息子/車椅子の父,
小学生の娘/妊娠中の姉, 高校生の甥/目の不自由な友人, diabetics/vegans, over-50s/students,
children/professional chefs, 初心者/プロ, 子供/シニア, 外国人/家族), opposite verbs (add/remove,
increase/reduce, up/down, 硬め/柔らかめ, 増やせ/減らせ, 強く/弱く), negated conditions (not
driving, hasn't been worn, doesn't break, 臭みがない/ある, 使っていません/います,
月が出ていない/出ている), objects (beef/ostrich, chicken/fish, cotton/chiffon, 鹿肉/猪肉, 鮭/梅,
国産/外国産), places, plans, comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
