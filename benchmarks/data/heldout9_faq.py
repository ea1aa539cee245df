"""The ninth held-out FAQ set (``faq-heldout9.jsonl``): the script that writes the hand-written
pairs of ``heldout9_faq_en.py`` and ``heldout9_faq_ja.py``.

    python benchmarks/data/heldout9_faq.py           # rewrite faq-heldout9.jsonl
    python benchmarks/data/heldout9_faq.py --check   # is it up to date?

Written in session 15 (4 December 2026, from 19:21 UTC) by the ``heldout9`` engineer, who read
neither the guard nor the conversation-matching code, and ran no cache, guard, embedder or
evaluation on these pairs. The older sets were read for their format, kinds and topics only;
the domains are new, and a test checks that no text repeats an older set. Domains: pantomimes,
circuses, punting, seal-watching boat trips, cable cars, heritage steam railways, alpaca walks,
lambing days, mushroom foraging, dry stone walling, blacksmithing, stained glass, candle making,
perfume making, ring-making workshops, sourdough classes, roller rinks, squash clubs,
orienteering, pub quizzes, bingo halls, gutter clearing, Christmas wreath workshops, cider
pressing, puppet shows; 三味線教室, 能楽堂, 寄席, 金継ぎ, 紙すき, 竹細工, 鍾乳洞, 忍者体験,
砂風呂, 芋掘り, 猫カフェ, 占い, 鵜飼い, かまくら・雪まつり, 神輿, 木工教室, 味噌作り,
梅酒・梅干し作り, 苔玉, お香作り, ラフティング, パラグライダー.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout8.jsonl``. The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
