"""The twenty-ninth held-out FAQ set (``faq-heldout29.jsonl``): the script that writes the pairs
written by hand in ``heldout29_faq_en.py`` and ``heldout29_faq_ja.py``.

    python benchmarks/data/heldout29_faq.py           # rewrite faq-heldout29.jsonl
    python benchmarks/data/heldout29_faq.py --check   # is it up to date?

Written in session 35 (7 December 2026, from 11:49 UTC) by the ``heldout29`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: a tag rugby league, a speedcubing (Rubik's cube) competition, a yo-yo workshop, forklift
truck training, a food hygiene certificate course, a pencil factory tour, a soapbox derby, a town
crier competition, a stone skimming championship, a worm charming contest, a stop-motion
animation workshop, a station's left luggage office; 雪合戦大会, 初日の出バスツアー, 口笛教室,
スイカ割り大会, 中学生の職場体験, 光る泥だんご教室, ちんどん屋, 大声大会, 勾玉作り体験,
赤ちゃんのハイハイレース, 手形足形アート教室, ドミノ倒し大会. (Ukulele lessons, Morris,
line and barn dancing, abseiling, parkrun, crochet, table tennis and pickleball, korfball, judo
and karate, boules, snorkelling, cake decorating and gingerbread houses, Scrabble and bridge,
sheepdog trials, snowboarding, tree planting and beach cleans, canoeing and treetop zip lines, a
barista course, distillery tours, a lifeguard course, quad biking, model aircraft, helicopter
flights, a debating club, a school sports day, milk rounds, firewood, trophy engraving, 手話,
茶摘み, 刺し子, 川柳, 玉入れ, 尺八, 書き初め, 植木市, 弓道 and 合気道, 日舞, 流鏑馬,
グラウンドゴルフ, ビリヤード, うちわ作り, テラリウム, 木登り, 紙飛行機, お手玉 and めんこ, 麻雀,
漫才, 紙相撲, キッチンカー, 似顔絵, 手相, 野鳥観察, 消防署見学, 子ども食堂, 草履作り,
ヨーヨー釣り and 型抜き, 除夜の鐘, 初詣, 文楽 and 腹話術, 大道芸 and 命名書 were dropped once a
search of the older texts found a neighbouring domain there: guitar lessons, a ceilidh, salsa and
ballroom, a climbing wall, a charity fun run, knitting, squash rackets, netball, 剣道 and boxing,
bowls, scuba diving, icing and a bakery, a chess club, sheep shearing, skiing, litter picks,
kayaks and a zip wire, coffee shops, a brewery, swimming, go-karts, a model railway, sunrise
balloon flights, public speaking, 運動会, a milkman, firewood, engraving, sign language, いちご狩り,
embroidery, 俳句, 三味線 and 琴, 書道, 朝顔市, archery, 剣道, 盆踊り, riding, golf, snooker,
扇子, 苔玉, 凧揚げ, こま回し and けん玉, 囲碁 and 将棋, 落語, 相撲, 屋台, caricatures, 占い, bird
hides, 夜回り, a school breakfast club, 下駄, 金魚すくい and 輪投げ, bell ringing, 御朱印,
puppets, juggling and 書道.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout28.jsonl``. Minimal pairs mix the kinds: 11am/11pm,
3 May/3 March, Tuesday/Saturday, 午前4時/午後4時, 五月五日/三月三日, 火曜/金曜, before/after
(the forklift test, 泳ぐ前に/泳いだ後に), above/below (the ticket hall, テーブルの上/下),
inside/outside (the park gates), 資料館の隣/向かい, up/down the stairs, towards/away from the
church, clockwise/anticlockwise (the beginners' method), 右に回って/左に回って, 左から右/右から
左, 駅から商店街/商店街から駅, all/only (the tag rugby finals, the speedcubing finals, the town
crier final, 決勝だけ, 女子だけ, 一位だけ), per bag/per day, per person/per day, per adult/per
group (1時間ごと/1人ごと, 1枚ごと/1家族ごと, 1チームあたり/1人あたり), a condition dropped (for
rail passengers, for under-16s, if you book online, 小学生なら, 曇りなら, 三人以上なら), an item
added (online, with my dog, in bulk, 平日に, 色付きの, オンラインで), person and audience nouns
(nephew/grandmother, deaf/dyslexic daughter, sixteen-/sixty-year-old, 三歳の息子/七十歳の父, 生後
八か月/一歳半の娘, 耳の/足の不自由な生徒, teenagers/grandparents, childminders/butchers, school
groups/art students, 初心者/経験者, 幼児/大人, 小学生/社会人), opposite verbs (add/drop,
tighten/loosen, extend/cancel, 広げて/狭めて, 大きく/小さく, 延ばせ/縮められ), negated conditions
(have/have not passed, have/don't have a certificate, is/is not locked, 予約していなくても/して
いれば, 磨き終わらなくても/終われば, 割れなかったら/割れたら), objects (wooden/metal yo-yos,
3x3/4x4 cubes, coloured/graphite pencils, 翡翠/滑石, 大玉/小玉, 石こう/粘土), plans, places,
comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
