"""The tenth held-out FAQ set (``faq-heldout10.jsonl``): the script that writes the hand-written
pairs of ``heldout10_faq_en.py`` and ``heldout10_faq_ja.py``.

    python benchmarks/data/heldout10_faq.py           # rewrite faq-heldout10.jsonl
    python benchmarks/data/heldout10_faq.py --check   # is it up to date?

Written in session 16 (4 December 2026, from 22:08 UTC) by the ``heldout10`` engineer, who read
neither the guard nor the conversation-matching code, and ran no cache, guard, embedder or
evaluation on these pairs. The older sets were read for their format, kinds and topics only;
the domains are new or little used, and a test checks that no text repeats an older set.
Domains: opticians and glasses, contact lens subscriptions, household bins and recycling,
garden waste, pharmacies and repeat prescriptions, flu jabs, public libraries, water supply and
meters, resident parking permits, driving lessons, TV licences, bus passes, birth certificate
copies; 博物館, 税務署・確定申告, 薬局・処方箋, 図書館, ごみの分別, 水道, 月極駐車場, 電気の契約,
予防接種, 運転免許の更新, 印鑑登録, コンタクトレンズ.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout9.jsonl``. The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
