"""The eleventh held-out FAQ set (``faq-heldout11.jsonl``): the script that writes the hand-written
pairs of ``heldout11_faq_en.py`` and ``heldout11_faq_ja.py``.

    python benchmarks/data/heldout11_faq.py           # rewrite faq-heldout11.jsonl
    python benchmarks/data/heldout11_faq.py --check   # is it up to date?

Written in session 17 (5 December 2026, from 01:18 UTC) by the ``heldout11`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and topics only; the domains are new or
little used, and a test checks that no text repeats an older set.
Domains: veterinary clinics, pet insurance, catteries and kennels, dog grooming, moving home
broadband, energy meters and tariffs, council tax, dentists, car hire, ferry crossings, removal
firms, passport renewal; 動物病院, ペット保険, ペットホテル・トリミング, 住民税,
引っ越しとネット回線, 宅配便の再配達, 歯科, レンタカー, ガスの開栓・閉栓,
大学の出願, フェリー, 引っ越し業者.

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer
differs). The details are those of ``faq-heldout10.jsonl`` (paraphrases here also include
``negative``: a Japanese question asked in the negative). The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
