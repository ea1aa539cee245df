"""The sixth held-out FAQ set (``faq-heldout6.jsonl``): the script that writes the hand-written
pairs of ``heldout6_faq_en.py`` and ``heldout6_faq_ja.py``.

    python benchmarks/data/heldout6_faq.py           # rewrite faq-heldout6.jsonl
    python benchmarks/data/heldout6_faq.py --check   # is it up to date?

Written in session 12 (3 December 2026, from 12:52 UTC) by the ``heldout6`` engineer, who read
neither the guard nor the conversation-matching code, their tests or the failure lists of
``docs/quality.md``, and ran no cache, guard, embedder or evaluation on these pairs. The older
sets were read for their format, kinds and topics only; most domains are new, and a test
checks that no text repeats an older set. Domains: hearing clinics, chimney sweeps, tree work
and garden centres, scuba diving, surfing, sailing, skydiving, balloon flights, brewery tours,
bakeries, florists, tattoo studios, nail bars, sewing machine repair, hot tub hire, travel
insurance, savings accounts, pawnbrokers, print shops, board game cafes, trampoline parks,
cinemas, planetariums, botanical gardens, snow clearing, electricians, roofers, double glazing,
heat pumps, care homes and home care, dietitians, allergy and sleep clinics, tyre fitting,
motorcycle training, citizenship ceremonies, register offices, birth registration, community
halls, bouncy castles, pianos and instrument hire, chess and archery clubs, student halls,
graduation, resits, organ donation, food banks, charity shops, trademarks; 成人式, タイヤ交換,
スマホ修理, 時計と靴の修理, 花屋, ケーキ, おせち, 恵方巻, 盆踊り, 夏祭り, 潮干狩り, プラネタリウム,
まつエク, 補聴器, 耳鼻科, 小児科, デイサービス, 老人ホーム, 介護保険, 母子手帳, 出生届, 婚姻届,
公民館, 習い事 (囲碁, 将棋, ピアノ, 習字, そろばん), 漢検, 自転車保険, トリミング, 剪定, 草刈り,
雪かき, 質屋, 金券ショップ, 名刺印刷, 車庫証明, 給食, 語学留学, いちご狩り, バーベキュー場, サウナ,
岩盤浴, 卓球場, バッティングセンター, ネットカフェ, ウォーターサーバー, 浄水器, 空き家バンク,
自治会, 避難所, 結婚相談所.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout5.jsonl``. The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
