"""The seventeenth held-out FAQ set (``faq-heldout17.jsonl``): the script that writes the pairs
written by hand in ``heldout17_faq_en.py`` and ``heldout17_faq_ja.py``.

    python benchmarks/data/heldout17_faq.py           # rewrite faq-heldout17.jsonl
    python benchmarks/data/heldout17_faq.py --check   # is it up to date?

Written in session 23 (6 December 2026, from 00:50 UTC) by the ``heldout17`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new; a test checks that no text repeats an older
set.
Domains: taxidermy, borehole drilling, bagpiper hire, mural painting, fireworks displays,
karaoke machine hire, neon signs, jukebox repair, jet ski hire, office vending machines, ice
sculptures, bubble football; 数珠の修理, 門松, 下駄の鼻緒, 和傘, 屏風の修理, のれん, 干物,
だるま, 古銭の買取, こたつ, 扇子の名入れ, こけしの絵付け.
(Bee swarms, mole catching, sash windows, thatching, denture repair, 雪下ろし, 南部鉄器 and
天体望遠鏡 were dropped once a search of the older texts found a neighbouring domain there: wasp
treatments, a pest control, window blinds, roofers, a dentist, 雪かき, 鉄の風鈴, a telescope.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs), with the sizes and details of ``faq-heldout16.jsonl``. Minimal pairs mix the kinds:
8am/8pm, noon/midnight and 午前/午後, winter/summer and 朝/夜, before/after, above/behind and
next to/on (前に/横に, 外側/内側, 下に/上に), まで/までに (預けられますか), to/from
(二階へ/二階から, 店まで/店から), upriver/downriver, upstairs/downstairs, facing/away from,
all/only/every/just (全部/一本だけ, 全部/一扇だけ), per hour/per tune, per metre/per day and per
player/per team (1枚あたり/1色あたり, 1足ごと/片足ごと), a condition dropped (if we book online,
for 50 staff, in bad weather, 3万円以上なら, 雨の日でも, 年内なら), an item added (outdoor, by
tomorrow, roadkill, 古い, 年末までに, 香りつきの), person and audience nouns (husband/son,
council/landlord, children/pensioners, 私用/娘用, 未成年/代理人, 男性用/女性用,
飲食店向け/一般家庭向け), opposite verbs (switch on/off, upgrade/downgrade, deepen/seal,
長く/短く, 増やせ/減らせ, 付けて/外して), negated conditions (no mains supply, no stage, don't
have a licence, 鑑定書がない/ある, なくしても/あれば, 冷凍しなくても/すれば), comparatives and
numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
