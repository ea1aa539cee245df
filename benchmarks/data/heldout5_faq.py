"""The fifth held-out FAQ set (``faq-heldout5.jsonl``): the script that writes the hand-written
pairs of ``heldout5_faq_en.py`` and ``heldout5_faq_ja.py``.

    python benchmarks/data/heldout5_faq.py           # rewrite faq-heldout5.jsonl
    python benchmarks/data/heldout5_faq.py --check   # is it up to date?

Written in session 11 (3 December 2026, 09:48-11:30 UTC) by the ``heldout5`` engineer, who did
not read the guard or conversation code or their tests and never ran the cache, the guard, the
embedder or an evaluation on these pairs; the older sets were read only for their format, kinds
and topics (so as not to repeat them). The domains are new: university admissions, scholarships,
IELTS, driving tests, locksmiths, pest control, window and end-of-tenancy cleaning, burglar
alarms, laundromats, escape rooms, bowling, cruises, airport lounges, satellite TV, allotments,
dog training, animal rescue and adoption, volunteering, jury service, speeding and parking
fines, planning permission, wills, inheritance, funerals, laser eye surgery, dermatology,
counselling, life insurance, antivirus, e-signatures, accounting software, drones, engraving,
climbing walls, dance, pottery, horse riding, kayaks, music festivals, theatre, roadside
assistance, car washes, farmers markets, roaming; 大学入試, オープンキャンパス, 奨学金, TOEIC,
害虫駆除, ハウスクリーニング, ボウリング, 脱出ゲーム, 空港ラウンジ, 海外ローミング, ケーブルテレビ,
市民農園, 犬のしつけ教室, 保護犬・保護猫, ボランティア, 裁判員, 反則金, 遺言書, 相続, 葬儀, お墓,
レーシック, 皮膚科, カウンセリング, 生命保険, ウイルス対策ソフト, 電子契約, 会計ソフト, ドローン,
陶芸教室, ダンス教室, 乗馬, ボルダリング, 農産物直売所, 洗車, ロードサービス, 宝くじ, 古本買取,
お宮参り, リフォーム, 灯油配達, 新聞, 家庭教師, 幼稚園, 病児保育, 鍼灸, マッサージ, 翻訳.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). Paraphrase details: reworded, casual, polite, typo, spelling, script, abbreviated,
reordered, longer, shorter, synonym, and ``role-order`` (the roles said in another order or
voice, the meaning unchanged). Minimal-pair details: the 15 of ``faq-heldout4.jsonl`` plus
``comparative`` (cheapest / most expensive, earlier / later, wider / narrower). The whole file
is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
