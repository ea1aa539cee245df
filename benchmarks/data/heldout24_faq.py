"""The twenty-fourth held-out FAQ set (``faq-heldout24.jsonl``): the script that writes the pairs
written by hand in ``heldout24_faq_en.py`` and ``heldout24_faq_ja.py``.

    python benchmarks/data/heldout24_faq.py           # rewrite faq-heldout24.jsonl
    python benchmarks/data/heldout24_faq.py --check   # is it up to date?

Written in session 30 (6 December 2026, from 21:15 UTC) by the ``heldout24`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: hot sauce shops, gourmet popcorn shops, document shredding, Burns Night suppers, eyebrow
threading bars, pram shops, comic shops, pasta-making classes, open-top bus tours, slime-making
parties, Moroccan restaurants, Ethiopian restaurants; 獅子舞, 消しゴムはんこ, 羊毛フェルト,
耳かき, 玉子焼き, つまみ細工, 機織り, 包丁研ぎ, 絵手紙, 綱引き大会, 万年筆, 離乳食教室. (Ramen,
tarot, bookbinding, pickleball and badminton, ukulele, tango, goat yoga, crochet, tuxedo hire,
whisky tasting, macarons, pierogi, river cruises, tie-dye, watch repair, acupuncture, hot dogs,
silent discos, barista courses, 射的, 江戸切子, 空手, 甘味処, 焼き芋, 墓参り代行, お好み焼き,
ちゃんこ鍋, 利き酒, 尺八, 川下り, 刺し子, ジンギスカン, 田植え, 手話, 七宝焼き, うちわ, 餅まき,
よさこい, 鉄瓶 and 珈琲焙煎 were dropped once a search of the older texts found a neighbouring
domain there: soba-making, fortune-telling, hand-bound notebooks, tennis and squash, guitar, dance
classes, yoga, knitting, suit hire, wine tasting, wedding cakes, dim sum, ferries, indigo dyeing,
watch straps, physio, sausage rolls, DJ hire, a coffee subscription, 金魚すくい, ガラス, 剣道,
大福, 芋掘り, 墓じまい, たこ焼き, 相撲, 日本酒, 三味線, ラフティング, 刺繍, 焼肉, わさび田の収穫,
sign language, 七宝焼, 扇子, 餅つき, 盆踊り, 急須.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout23.jsonl``. Minimal pairs mix the kinds: 9am/9pm,
25 January/25 February, Boxing Day/Christmas Day and 午前10時/午後10時, 一月二日/一月二十日,
月曜/木曜, before/after (絵をかく前に/かいた後に, お祓いの前に/後に), above/below, in front
of/behind (郵便局の隣/裏), left/right out of the station, north/south from the castle, rolled away
from/towards me, 右回り/左回り, 東側/西側, 刃先から根元へ/根元から刃先へ, all/only (全部/厚焼きだけ,
全部/国産だけ, すべて/赤だけ), per box/per sack, per child/per hour, per person/per plate
(1本あたり/1回あたり, 10分ごと/片耳ごと, 1作品ごと/1時間ごと), a condition dropped (on Mondays,
under five, for bulk orders, 初回なら, 雨の日は, 二本目からは), an item added (salted, glitter,
double, 切らずに, 中古の, お囃子付きで), person and audience nouns (grandmother/toddler, teenage
daughter/pregnant sister, husband/baby, 二歳の娘/目の不自由な母, 八十歳の祖父/小学生の息子,
妊娠中の妻/五歳の息子, coeliacs/vegans, children/pensioners, toddlers/adults, 親子/上級者,
ママ/パパ, 高齢者/小学生), opposite verbs (add/remove, spicier/milder, upgrade/downgrade,
増やせ/減らせ, 濃く/薄く, 鋭く/鈍く), negated conditions (has been used, have acne, have a pass,
アレルギーがない/ある, さびていなくても/さびていても, 痛くない/痛い), objects (habanero/jalapeño,
chicken/lamb, Marvel/Japanese, 鋼/セラミック, だし巻き/甘い, 青い/赤い), places, plans,
comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
