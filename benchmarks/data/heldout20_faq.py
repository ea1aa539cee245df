"""The twentieth held-out FAQ set (``faq-heldout20.jsonl``): the script that writes the pairs
written by hand in ``heldout20_faq_en.py`` and ``heldout20_faq_ja.py``.

    python benchmarks/data/heldout20_faq.py           # rewrite faq-heldout20.jsonl
    python benchmarks/data/heldout20_faq.py --check   # is it up to date?

Written in session 26 (6 December 2026, from 09:30 UTC) by the ``heldout20`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: coasteering, mechanical bull hire, Lego workshops, custom photo jigsaws, hovercraft rides,
tank driving experiences, bungee jumping, floatation tanks, sound baths, aerial silks classes, dog
agility classes, bubble tea shops; 招き猫, 土鍋, おでん, 手毬, 万華鏡, 七味唐辛子, 柚子, ところてん,
羊羹, つげ櫛, 俳句教室, 駄菓子屋. (Soap making, bookbinding, croquet, petanque, whale watching, ice
fishing, camel rides, igloo building, goat yoga, 昆布, 鉄瓶, 座布団, 焼き芋, 甘栗, 団子, 輪島塗 and
江戸切子 were dropped once a search of the older texts found a neighbouring domain there: candle
making, book repair and rebinding, bowls clubs, seal-watching boat trips, a fishing licence, llama
trekking, かまくら・雪まつり, yoga classes, 干物, 南部鉄器, 布団の丸洗い, 芋掘り, 栗拾い,
和菓子作り, 漆, glassblowing.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout19.jsonl``. Minimal pairs mix the kinds: 7am/7pm,
October/June, Christmas Eve/Boxing Day and 午前11時/午後5時, 十一月上旬/十二月下旬,
夏休み中/年末年始, before/after (前に/後に), inside/outside, above/beside (横に/奥に, 中に入れて/
上に置いて), east/west, left to right/right to left, forwards/backwards, 右手/左手, 時計回り/
反時計回り, 右に/左に, all/only/every/just (全部/一部だけ, すべて/餡だけ, 全種類/卵だけ), per hour/
per day, per person/per group, per session/per term (1回ごと/1か月ごと, 1個あたり/1キロあたり,
1品ごと/1皿ごと), a condition dropped (for under-fives, on weekdays, if it's vaccinated, 学生なら,
平日でも, まとめ買いすれば), an item added (online, couples, hot, 名入れで, たれ付きで, 携帯用の),
person and audience nouns (daughter/grandad, wife/toddler, teenager/mother, 娘/夫, 孫/上司,
小学生/外国人, children/people with epilepsy, birthday parties/corporate teams, beginners/
performers, 子供/辛党, 一人暮らし/大家族, 短い髪/長い髪), opposite verbs (raise/lower, add/remove,
tighten/loosen, 強く/弱く, 広げて/狭めて, 付けて/外して), negated conditions (hasn't healed, can't
drive a car, hasn't been neutered, 出ていなくても/いれば, 入っていない/入っている, ない/ある),
comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
