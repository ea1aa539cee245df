"""The twenty-fifth held-out FAQ set (``faq-heldout25.jsonl``): the script that writes the pairs
written by hand in ``heldout25_faq_en.py`` and ``heldout25_faq_ja.py``.

    python benchmarks/data/heldout25_faq.py           # rewrite faq-heldout25.jsonl
    python benchmarks/data/heldout25_faq.py --check   # is it up to date?

Written in session 31 (7 December 2026, from 00:20 UTC) by the ``heldout25`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: charity duck races, conker championships, scarecrow festivals, camel treks, lacrosse
coaching, ferret racing, metal detecting, public speaking courses, chainsaw courses, butterfly
houses, bushcraft courses, volleyball clubs; 百人一首かるた教室, 縄跳び教室, ミニ四駆, 鰹節,
風呂敷, 帆布かばん, ビデオテープのダビング, 介護タクシー, 花見の場所取り代行, 大食いチャレンジ,
速読教室, 見守りサービス. (Doughnuts, bagels and pretzels, gingerbread houses, oyster bars,
falafel, paella, gelato, tai chi, sea shanties, maypole dancing, tree surgeons, pedalos, donkey
rides, raffles, smoothie bars, drumming, abseiling, unicycles, geocaching, bonsai, ironing,
hamsters, milliners, mead, speed reading, dog shows, 詩吟, のど自慢, 麻雀, 雪合戦, たけのこ掘り,
牡蠣小屋, うさぎカフェ, 張り子, 腹話術, 腕相撲, ねぶた, 豆まき, 炭焼き, 鈴虫, 養蚕, 賞状,
横断幕, 入れ歯, 配食, プラモデル, ゲートボール and 紙飛行機 were dropped once a search of the older
texts found a neighbouring domain there: a bakery, baking, seafood, kebabs, tapas, ice cream,
yoga, a choir, dance classes, hedge trimming, boats, a donkey piñata, bingo, juice pressing, guitar,
climbing, the circus, orienteering, terrariums, dry cleaning, pets, hats, wine tasting, a reading
group, dog grooming, 合唱団, 将棋教室, 雪まつり, 芋掘り and 栗拾い, ふぐ and カニ, a cat café,
だるま, a magician, 相撲, 神輿, 節分, 備長炭, カブトムシ, 正絹, トロフィー, のぼり, dentists,
弁当, model railways, croquet, 折り紙.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout24.jsonl``. Minimal pairs mix the kinds: 6am/6pm,
12 October/12 November, New Year's Day/New Year's Eve, 午前7時/午後7時, 三月/四月二十八日,
火曜/金曜, before/after (札を読む前に/読んだ後に), above/below, inside/outside (市場の中/外,
the marquee), 二階/地下, downstream/upstream, clockwise/anticlockwise, left/right at the gate,
前に/後ろに回す, 右回り/左回り, 頭から尾に/尾から頭に, all/only (全部/無地だけ, 全部/リュックだけ,
すべて/純正だけ), per day/per week, per session/per term, per duck/per family (テープ1本ごと/
1時間ごと, 1時間あたり/1日あたり, 1キロごと/1回ごと), a condition dropped (after 3pm, in their
first week, for schools, 平日なら, 兄弟で入れば, 十本以上なら), an item added (sunset, baked,
twice, 削りたての, 大判の, 組み立て済みの), person and audience nouns (grandson/grandmother,
autistic/deaf son, twelve-/eighty-year-old, 八歳の息子/七十歳の祖母, 寝たきりの父/妊娠中の娘,
小学生の孫/九十歳の祖父, teenagers/managers, families/couples, children/wheelchair users,
子ども/社会人, 初心者/小学生, 幼児/大人), opposite verbs (add/remove, lengthen/shorten,
tighten/loosen, 上げ/下げ, 広げ/狭め, 始め/止め), negated conditions (have used/have never used,
have/don't have back problems, agrees/doesn't agree, 車いすがなくても/あっても,
完食できなかったら/できたら, 固定電話がない/ある), objects (waterproof/handheld, yellow/pink,
petrol/electric, 本枯れ節/荒節, 綿/絹, 8ミリ/VHS), places, plans, comparatives and numbers.
The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
