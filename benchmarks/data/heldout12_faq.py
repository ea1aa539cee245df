"""The twelfth held-out FAQ set (``faq-heldout12.jsonl``): the script that writes the hand-written
pairs of ``heldout12_faq_en.py`` and ``heldout12_faq_ja.py``.

    python benchmarks/data/heldout12_faq.py           # rewrite faq-heldout12.jsonl
    python benchmarks/data/heldout12_faq.py --check   # is it up to date?

Written in session 18 (5 December 2026, from 03:58 UTC) by the ``heldout12`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and topics only; the domains are new or
little used, and a test checks that no text repeats an older set.
Domains: bicycle repair, primary and secondary school admissions, home contents insurance claims,
post redirection, home electric car chargers, childminders, loft and cavity wall insulation
grants, washing machine and appliance repair, railcards, windscreen repair, bulky waste
collection, registering with a GP; 自転車の修理, 家財保険の請求, 給湯器の修理・交換,
家電の修理と延長保証, 小学校の転校, 郵便の転送届, 電気自動車の充電器の設置, 一時預かり保育,
窓の断熱リフォームの補助金, 内科クリニックの受診, フロントガラスの修理, 学習塾.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout11.jsonl``. Minimal pairs lean on kinds the older
sets had few of: to/from and towards/away from, every/all/just/only, per item/per surname/per
session, a cause or condition dropped or added (after a burglary, as a temporary resident,
台風で, 共働きなら, 保証期間内なら), time clauses (てから/前に, before 9am/after 6pm),
material and kind nouns (carbon/aluminium, 樹脂/アルミ, ガス/石油), opposite verbs
(付ける/外す, 借りる/買う, switch on/off). The whole file is a reporting set: nothing is tuned
on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
