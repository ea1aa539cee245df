"""The twenty-seventh held-out FAQ set (``faq-heldout27.jsonl``): the script that writes the pairs
written by hand in ``heldout27_faq_en.py`` and ``heldout27_faq_ja.py``.

    python benchmarks/data/heldout27_faq.py           # rewrite faq-heldout27.jsonl
    python benchmarks/data/heldout27_faq.py --check   # is it up to date?

Written in session 33 (7 December 2026, from 05:58 UTC) by the ``heldout27`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: hula hoop classes, an ultimate frisbee league, a church nativity play, dodgems (rides and
private hire), a local radio station (dedications and requests), an ironing service, a spelling
bee, a hospice raffle, an observation wheel, boccia sessions, cheerleading classes, baton twirling
(majorettes); こま回し教室, 一輪車教室, 敬老会, 鉄棒教室, ラジオ体操会, 商店街のスタンプラリー,
交通安全教室, 地鎮祭, 文化祭, 作文教室, モルック大会, シャボン玉ショー. (Crazy golf, barn
dances, maypole and morris dancing, bouldering, canoe hire, cheese rolling, crochet, sheepdog
trials, whale watching, tie-dye, stump grinding, life drawing, coconut shies, pond dipping,
treasure hunts, silent discos, steel pans, lawn bowls, skittles, Scrabble, sports days,
helicopter pleasure flights, plant sitting, unicycling, 盆栽, 文房具店の名入れ, 電球交換,
プログラミング教室, 紙粘土, 書き初め, どんど焼き, わたあめ, ヨーヨー釣り, 川柳, 巻き寿司,
腹話術, 虫取り, 紙飛行機, 漫才, 空手, チャンバラ, ラジコン, 訪問理容, 雪像, 買い物代行,
おみくじ, 玉入れ and オセロ were dropped once a search of the older texts found a neighbouring
domain there: golf, dance, climbing, kayaks and boats, cheese, knitting and yarn, sheep, boat trips,
indigo dyeing, tree felling, caricatures, 縁日の輪投げ, rock pooling, an egg hunt, a roller disco,
guitars and bells, bowling, a board game café, 運動会, hot air balloons, houseplants, juggling,
盆栽, 万年筆の名入れ, light bulbs, a robot-coding workshop, 陶芸 and clay, calligraphy, bonfires,
綿菓子, 金魚すくい, 俳句, sushi, puppets, カブトムシ, kites, stand-up comedy, 剣道 and 竹刀,
drones, barbers, ice sculptures, 家事代行, 占い and 絵馬.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout26.jsonl``. Minimal pairs mix the kinds: 9am/9pm,
12 March/12 May, Christmas Eve/Boxing Day, 午前6時半/午後6時半, 十一月三日/十月三日, 土曜/火曜,
before/after (the warm-up, 着工の前に/後に), above/below, inside/outside (the big tent, 体育館の
中/外), 図書館の二階/地下, left/right out of the station, north up/south down the high street,
upwind/downwind, 時計回り/反時計回り, 内から外に/外から内に, 右を見てから左/左を見てから右, all/only
(the big raffle prizes, the junior classes, the new dodgem cars, 前の列だけ, 清書だけ, 1番だけ),
per item/per kilo, per term/per lesson, per strip/per book (1か月ごと/1回ごと, 1公演あたり/
1時間あたり, 1枚ごと/1作品ごと), a condition dropped (after 6pm, under five, for pensioners,
年払いなら, 会員なら, 屋内なら), an item added (online, collapsible, alone, 名前入りの, 割れにくい,
三枚), person and audience nouns (grandson/grandmother, deaf/dyslexic son, four-/eighty-year-old,
小学一年/中学三年の息子, 目の不自由な父/ベビーカーを押す妻, 九十歳/六十五歳の祖母, seniors/
teenagers, schools/care homes, farmers/students, 保護者/園児, 幼児/シニア, 中学生/小学生),
opposite verbs (add/remove, speed up/slow down, turn up/turn down, 上げ/下げ, 増やせ/減らせ,
早めて/遅らせて), negated conditions (have won/have never won, am/am not at home, can/can't do a
cartwheel, 乗れなくても/乗れても, 集めなくても/集めたら, なくても/あっても), objects (LED/weighted
hoops, metal/plastic batons, felt/cotton costumes, お菓子/鉛筆, 木/鉄のこま, 和食/洋食), plans,
places, comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
