"""The thirtieth held-out FAQ set (``faq-heldout30.jsonl``): the script that writes the pairs
written by hand in ``heldout30_faq_en.py`` and ``heldout30_faq_ja.py``.

    python benchmarks/data/heldout30_faq.py           # rewrite faq-heldout30.jsonl
    python benchmarks/data/heldout30_faq.py --check   # is it up to date?

Written in session 36 (7 December 2026, from 14:48 UTC) by the ``heldout30`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: a working windmill's tours, a pie-eating contest, a thatching course, a wife carrying
race, land yachting tasters, a storytelling festival, a greengrocer's, a village well dressing, a
charcoal-making course, a newsagent's paper round, an ironmonger's, a glazier; 枕投げ大会,
鬼ごっこ大会, 缶蹴り大会, 帽子作り教室, 書店のサイン会, テレビ局見学, 一日駅長体験,
宝探しイベント, エキストラ登録, 住宅展示場, 科学実験教室, 清掃工場見学. (A hedgehog hospital,
a giant vegetable show, a Ferris wheel, skip hire, wheelie bin cleaning, tuk-tuk tours, a
fishmonger, bonsai, ukulele, harmonica and steel pan lessons, tap dancing and limbo, watch repair,
a haberdasher's, a stonemason, a snowman contest, dragon boats and pedalos, egg-and-spoon and sack
races, a crossword contest, a drive-in cinema, a ploughing match, a farrier, a record fair,
geocaching, 羽根つき and 福笑い, 乳搾り, 魚のつかみ取り, 虫取り, 大掃除の代行, 靴磨き, 焼き芋,
除雪, 廃品回収, ヤギの除草, 押し花, 缶詰作り, 影絵, 便利屋, ホームステイ, 自分史講座,
ロボット教室, 殺陣, 文通, 福引, 太極拳 and 朝市 were dropped once a search of the older texts
found the domain or a neighbouring one there: rescue cats and dogs, an allotment, an observation
wheel, skips, a wheelie bin, rickshaws and 人力車, fish and chips, 盆栽 and 苔玉, guitar lessons,
dance classes, a watch battery, knitting, engraving, 雪合戦, rowing and kayaks, 運動会, a
crossword, a cinema, tractors, riding, a record fair, orienteering, 凧揚げ and けん玉, 牧場,
金魚すくい, カブトムシ, 家事代行, a shoe repair, 芋掘り, 雪かき, 粗大ごみ, 草刈り, 生け花, 燻製,
puppets, a handyman, 語学留学, 作文教室, a robot-coding workshop, 忍者体験, 絵手紙, a raffle, ヨガ
and フリマ.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout29.jsonl``. Minimal pairs mix the kinds: 2pm/2am,
24 May/24 July, Wednesday/Sunday, 午前10時/午後10時, 十月十日/十一月三日, 水曜/日曜, before/after
(the ticket desk, the race's weigh-in, 開会式の前に/後に), next to/opposite (the car park,
駐車場の隣/向かい), 書店の中/外, east/west along the beach, uphill/downhill, clockwise/
anticlockwise (the windmill's sails, 時計回り/反時計回り), 北側/南側, 一階から上/屋上から下,
all/only (the well dressings, the evening storytelling events, the wife carrying final, 決勝だけ,
代表だけ, 優勝者だけ), per hour/per window, per week/per paper, per person/per family (1回ごと/1か月
ごと, 1家族あたり/1人あたり, 1日ごと/1シーンごと), a condition dropped (for local residents, for
emergencies, for students, 市民なら, 兄弟で入ると, 雨なら), an item added (as a gift, in small
bottles, as a team, 電話で, 親子で, 夜に), person and audience nouns (niece/grandad, twelve-/seven-
year-old, blind/autistic son, 五歳の娘/八十歳の祖母, 車いすの/目の不自由な息子, 高校生の姉/小学生の
妹, beginners/woodland managers, families/teachers, homeowners/roofers, 初心者/経験者, 中学生/大人,
幼児/小学生), opposite verbs (add/remove, open/close, widen/narrow, 広げて/狭めて, 更新/取り消し,
大きく/小さく), negated conditions (can/can't swim, is/is not locked, breaks/doesn't break,
買っていなくても/買っていれば, 遅れなければ/遅れても, 倒れなかったら/倒れたら), objects
(wholemeal/rye flour, brass/steel hinges, steak/pork pies, フェルト/麦わら, そば殻/綿, スライム/
電池), plans, places, comparatives and numbers. The whole file is a reporting set: nothing is
tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
