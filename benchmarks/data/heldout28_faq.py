"""The twenty-eighth held-out FAQ set (``faq-heldout28.jsonl``): the script that writes the pairs
written by hand in ``heldout28_faq_en.py`` and ``heldout28_faq_ja.py``.

    python benchmarks/data/heldout28_faq.py           # rewrite faq-heldout28.jsonl
    python benchmarks/data/heldout28_faq.py --check   # is it up to date?

Written in session 34 (7 December 2026, from 08:58 UTC) by the ``heldout28`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: a netball league (and walking netball), a charity rounders tournament, a junior field
hockey club, a handball club, iron-on and sew-in name tapes, Santa's grotto, a toboggan run, a
charity fun run, a poetry open mic night, a school homework club, a school breakfast club,
skipping (jump rope) workshops; 点字教室, あやとり教室, 駅伝大会, 朗読会, 豆まき会, 缶けり大会,
水鉄砲大会, 道場の鏡開き, 朝顔市, 早口言葉大会, 夜回り（火の用心）, 新聞作り教室. (Geocaching,
badminton, a cobbler, school photos, ice skating, pedalo hire, a tombola, a jumble sale, pilates,
tai chi and kung fu, water polo, a bake sale, mini golf, CPR courses and 救命講習, a karaoke
night, 朝市, 餅まき, 蕎麦打ち, 民謡 and 詩吟, 読み聞かせ, 講談, 射的, お化け屋敷, 羽根つき,
腕相撲, ちぎり絵, メダカ and 押し花 were dropped once a search of the older texts found a
neighbouring domain there: an egg hunt and treasure hunts, squash rackets, shoe repairs, wedding
photographers, a roller disco, boats, a raffle, a car boot sale, yoga, 剣道, swimming, a bakery,
golf, first aid, karaoke hire, a Christmas market and 市場, 柏餅 and 地鎮祭, soba making, 合唱
and choirs, 絵本 at the library, 落語, 輪投げ, ghost walks, 羽子板, 相撲, 切り絵, 金魚 and 生け花.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout27.jsonl``. Minimal pairs mix the kinds: 10am/10pm,
4 April/4 August, Thursday/Sunday, 午前10時/午後10時, 七月六日/六月六日, 日曜/水曜, before/after
(homework club, 鬼が来る前に/来た後に), above/below (the garden centre café, 図書室の上の階/下の
階), inside/outside (the sports centre, 円の内側/外側), left/right at the church,
clockwise/anticlockwise round the lake, forwards/backwards (double dutch), 上流/下流, 北から南/
南から北, 手前から向こう/向こうから手前, all/only (the rounders finals, the indoor courts, the
weekend elves, 子ども用だけ, 大鉢だけ, 小学生だけ), per session/per week, per ride/per hour, per
label/per metre (1講座ごと/1回ごと, 1鉢ごと/1株ごと, 1日あたり/1人あたり), a condition dropped
(on weekdays, on free school meals, for students, 家族なら, 雨天なら, 予選を通れば), an item added
(by phone, iron-on, barefoot, 大輪の, 大きな, 兄弟で), person and audience nouns
(stepdaughter/stepson, blind uncle/autistic nephew, three-/seventy-year-old, 小学三年/高校一年の
娘, 耳の遠い/車いすの祖父, 八十歳の父/五歳の息子, teenagers/pensioners, primary schools/boxing
gyms, secondary/primary pupils, 高齢者/子ども, 小学生/大人, 門下生/地域の方), opposite verbs
(add/remove, lengthen/shorten, raise/lower, 上げ/下げ, 増やせ/減らせ, 早めて/遅らせて), negated
conditions (have/don't have asthma, has/hasn't finished, have/have not booked, 完走できなかったら/
できたら, 会員でなくても/会員なら, 見つからなければ/見つかっても), objects (beaded/leather ropes,
woven/printed tapes, porridge/pancakes, 大豆/落花生, 白玉/栗, 行灯仕立ての鉢/朝顔の種), plans,
places, comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
