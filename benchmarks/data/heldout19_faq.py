"""The nineteenth held-out FAQ set (``faq-heldout19.jsonl``): the script that writes the pairs
written by hand in ``heldout19_faq_en.py`` and ``heldout19_faq_ja.py``.

    python benchmarks/data/heldout19_faq.py           # rewrite faq-heldout19.jsonl
    python benchmarks/data/heldout19_faq.py --check   # is it up to date?

Written in session 25 (6 December 2026, from 06:27 UTC) by the ``heldout19`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new; a test checks that no text repeats an older
set.
Domains: curling lessons, zorbing, quilting classes, husky sledding, yurt stays, willow weaving
workshops, mosaic workshops, stilt walkers, reindeer hire, bat walks, murder mystery dinners,
origami classes; 手焼きせんべい, 桐箪笥, 羽子板, 干し柿, 寄木細工, 七宝焼, 絵馬, たい焼き, 備長炭,
囲炉裏, 急須, 甘酒.
(Horse-drawn carriages, bike fitting, accordion lessons, silent discos, 線香花火, 竹とんぼ and 独楽
were dropped once a search of the older texts found a neighbouring domain there: horse riding,
e-bike hire, violin lessons, photo booth hire, fireworks, 竹細工, けん玉.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout18.jsonl``. Minimal pairs mix the kinds:
8pm/8am, December/April, Easter/New Year and 午前10時/午後3時, 年内に/年明けに, 12月中旬/1月中旬,
before/after (前に/後に), inside/outside and near/on (前に/裏に, 中に入れて/上に置いて), upstream/
downstream, north/south, clockwise/anticlockwise, 右手/左手, 左向き/右向き, 北向き/南向き, all/
only/every/just (丸ごと/金具だけ, 全部/仕上げだけ, すべて/文字だけ), per hour/per performer, per
night/per person, per bag/per kilo (1人あたり/1作品あたり, 1箱ごと/1キロごと, 1時間ごと/1組ごと),
a condition dropped (under twelve, midweek, if it's frosty, 会員なら, 土日でも, 予約すれば), an item
added (with a sleigh, memory, wheelchair, ケース付きで, 冷凍で, 干支の), person and audience nouns
(son/grandmother, husband/boss, sister/nephew, 娘/孫, 小学生/お年寄り, 母/取引先, children/people
with bad backs, schools/care homes, couples/hen parties, 子供/糖尿病の方, 初心者/経験者, 男の子/
女の子), opposite verbs (lengthen/shorten, add/remove, sew onto/unpick from, きつく/ゆるく, 強めに/
控えめに, 付けて/外して), negated conditions (don't have asthma, doesn't have stairs, can't skate,
換気扇がなくても/あれば, 予約していなくても/いれば, 入っていない/入っている), comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
