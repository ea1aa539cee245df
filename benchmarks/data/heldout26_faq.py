"""The twenty-sixth held-out FAQ set (``faq-heldout26.jsonl``): the script that writes the pairs
written by hand in ``heldout26_faq_en.py`` and ``heldout26_faq_ja.py``.

    python benchmarks/data/heldout26_faq.py           # rewrite faq-heldout26.jsonl
    python benchmarks/data/heldout26_faq.py --check   # is it up to date?

Written in session 32 (7 December 2026, from 03:15 UTC) by the ``heldout26`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: sandcastle competitions, bookbinding workshops, tarot readings, tug of war teams, Easter
egg hunts, rock pooling walks, parkour classes, tin mine tours, welly wanging, gurning contests,
pea shooting championships, charity bed races; 砂金採り体験, 田植え体験, 防災講座, 竹馬教室,
ドッジボール教室, 縁日の輪投げ, ダム見学ツアー, 流木アート教室, ウォーキング教室, お月見会,
ポップコーン(店と機械の貸し出し), タイムカプセル. (Thatching, scything courses, sign writing,
clock repair, hedgehog rescue, lifeguard courses, carriage rides, open mic nights, ukuleles,
harmonicas, fly fishing, hawk walks, wassailing, cobblers, jumble sales, snorkelling, man with a
van, kilt hire, bell ringing, dry stone walling, stone skimming, 電報, 革細工, 手相, 婚活, 指圧,
朗読教室, 江戸切子, 似顔絵, 靴磨き, 墓参り代行, 射的, 朝市, 焼き芋, お化け屋敷, 謎解き,
うどん打ち, 自分史, 草履, 茶摘み, スケート and 雪だるま were dropped once a search of the older
texts found a neighbouring domain there: roofers, lawn mowers, neon signs, an antique clock
valuation, rescue dogs and hens, swimming, horse riding, karaoke and stand-up, guitar, fishing,
falconry, cider, shoe repair, a car boot sale, diving, removals, a kilt, bells, walling, skimming
(of walls, milk and a river mouth), 郵便物の転送, 鹿革の札入れ and ランドセル, 占い, 結婚相談,
マッサージ, 速読教室, ガラス, caricatures, 靴, 墓じまい, clay pigeon shooting, 市場, 芋掘り,
ghost tours, escape rooms and 脱出, そば打ち, 家系図, 下駄, 茶道, skating, 雪合戦.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout25.jsonl``. Minimal pairs mix the kinds: 7am/7pm,
3 August/3 September, Easter Sunday/Good Friday, 午前10時/午後10時, 九月/十月十七日, 水曜/日曜,
before/after (wetting the sand, 説明を聞く前に/聞いた後に), above/below, inside/outside (the
village hall, 鳥居の内側/外側), 三階/一階, uphill/downhill, east/west along the shore,
clockwise/anticlockwise, 右回り/左回り, 前に/後ろに進む, 北の端/南の端, all/only (the children's
sandcastles, the summer classes, the white eggs, 縁側だけ, 低学年用だけ, 大きいものだけ), per
session/per month, per team/per person, per family/per child (1日あたり/1週間あたり, 1年ごと/
1通ごと, 1回ごと/1人ごと), a condition dropped (on weekdays, under three, for students, 平日なら,
兄弟で入れば, 雨の日なら), an item added (online, wooden, barefoot, 大きな, できたての, 二箱),
person and audience nouns (granddaughter/grandfather, blind/pregnant daughter, nine-/seventy-
year-old, 六歳の娘/六十歳の母, 車いすの祖母/二歳の孫, 高校生の息子/八十歳の祖父,
pensioners/toddlers, schools/photographers, couples/sceptics, 高齢者/小学生, 初心者/親子,
妊婦さん/ランナー), opposite verbs (add/remove, tighten/loosen, raise/lower, 上げ/下げ, 延ばせ/
縮められ, 増やし/減らし), negated conditions (have done/have never done, have/don't have asthma,
is/isn't late, 消火器がなくても/あっても, 一本も入らなかったら/一本でも入ったら, 来られなくても/
来られても), objects (leather/cloth covers, milk/dark chocolate, rubber/leather wellies,
キャラメル/カレー味, 木/ゴムの輪, もち米/うるち米), places, plans, comparatives and numbers.
The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
