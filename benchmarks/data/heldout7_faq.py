"""The seventh held-out FAQ set (``faq-heldout7.jsonl``): the script that writes the hand-written
pairs of ``heldout7_faq_en.py`` and ``heldout7_faq_ja.py``.

    python benchmarks/data/heldout7_faq.py           # rewrite faq-heldout7.jsonl
    python benchmarks/data/heldout7_faq.py --check   # is it up to date?

Written in session 13 (3 December 2026, from 15:50 UTC) by the ``heldout7`` engineer, who read
neither the guard nor the conversation-matching code, and ran no cache, guard, embedder or
evaluation on these pairs. The older sets were read for their format, kinds and topics only;
the domains are new, and a test checks that no text repeats an older set. Domains: canal and
narrowboat holidays, skip hire, tool hire, picture framing, upholstery, carpet and flooring
fitting, septic tanks, fencing, go-karting, paintball, axe throwing, zip wires and high ropes,
football stadium tours and match tickets, music grade exams, podiatry, speech therapy, mobility
scooters, aquarium fish and ponds, beekeeping, genealogy, notaries and apostilles,
conveyancing, estate agents, small claims, butchers, knife sharpening, photo booths, party
magicians, recording studios, nature reserves, knitting shops, cricket clubs, triathlons,
comedy clubs, Christmas markets, coach tours, scaffolding; 運転代行, 人力車, 屋形船, 座禅・写経,
茶道, 華道, 和菓子作り, そば打ち, 酒蔵見学, 畳・障子・ふすま・網戸の張り替え, 遺品整理,
雛人形・五月人形, 年賀状印刷, 産後ケア, 相撲観戦, 歌舞伎, 野球観戦, 寝台列車・観光列車,
コインロッカー, 手荷物配送, RVパーク・車中泊, マンション管理組合, 成年後見, 行政書士, 工場見学,
ランドセル, 簿記検定, 宅建, 派遣, お米の定期便, 牛乳の宅配, 補助輪.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout6.jsonl``. The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
