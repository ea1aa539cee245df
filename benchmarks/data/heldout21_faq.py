"""The twenty-first held-out FAQ set (``faq-heldout21.jsonl``): the script that writes the pairs
written by hand in ``heldout21_faq_en.py`` and ``heldout21_faq_ja.py``.

    python benchmarks/data/heldout21_faq.py           # rewrite faq-heldout21.jsonl
    python benchmarks/data/heldout21_faq.py --check   # is it up to date?

Written in session 27 (6 December 2026, from 12:30 UTC) by the ``heldout21`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: fish and chip shops, curry houses, fudge shops, terrarium workshops, macramé workshops,
spoon carving courses, spray tanning, pinball arcades, doorstep milk deliveries, heating oil
deliveries, cat cafés, reptile parties; たこ焼き, 折り紙教室, 福袋, 金平糖, 明太子, 海苔, 納豆,
こんにゃく, どら焼き, しゃぶしゃぶ, ホタル観賞, 木彫り教室. (Skateboarding, mini golf, snorkelling,
pole dancing, crochet, ear piercing, via ferrata, wedding band hire, pedalo hire, helicopter
flights, tuk-tuk tours, 甚平, はんこ, 蕎麦打ち, すだれ, 指圧, 今川焼, 湯葉, 合気道, 尺八,
みかん狩り, 鏡餅 and おみくじ were dropped once a search of the older texts found a neighbouring
domain there: roller skating, crazy golf, scuba diving, aerial silks, knitting, a tattoo studio's
piercings, climbing walls, ceilidh bands, rowing-boat hire, balloon flights, rickshaws, 浴衣, 印鑑,
そば打ち, 簾, 鍼, たい焼き, 豆腐, 剣道, 三味線, いちご狩り・梨狩り, おせち・門松, お守り.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout20.jsonl``. Minimal pairs mix the kinds: 11am/11pm,
January/July, New Year's Day/Easter Monday and 午前10時/午後3時, 一月二日/十二月二十六日,
六月上旬/七月下旬, before/after (前に/後に), inside/opposite, next to/behind (橋の上/橋の下,
台の上に置いて/壁に掛けて), along/across the grain, top down/bottom up, north/south, 山折り/谷折り,
右回り/左回り, 木目に沿って/逆らって, all/only/just (全部/一部だけ, すべて/皮だけ, 全種類/豚だけ),
per hour/per visit, per litre/per gallon, per week/per month (100グラムあたり/1本あたり, 1回ごと/
1年ごと, 1人ごと/1テーブルごと), a condition dropped (after 8pm, on Fridays, for pensioners,
平日なら, 会員なら, 雨が降っても), an item added (vegan, home, raw, 色指定で, 熨斗付きで, 冷凍の),
person and audience nouns (son/grandmother, husband/baby, niece/nan, 母/息子, 妊娠中の妻/
二歳の子供, 祖父/取引先, people with allergies/people with autism, hen parties/care homes,
children/coeliacs, 子供/高齢者, 初心者/プロ, 外国人/車椅子の方), opposite verbs (darken/lighten,
add/remove, open/close, 強く/弱く, かけて/抜いて, 増やせ/減らせ), negated conditions (haven't
shaved, doesn't have a lock, not allergic, 使っていない/使っている, していなくても/していれば,
焼いていない/焼いてある), objects (cod/haddock, succulents/ferns, 冷蔵庫/冷凍庫), comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
