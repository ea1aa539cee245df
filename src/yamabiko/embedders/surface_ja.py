"""Japanese spelling variants in the default embedder's surface form (session 27, ``surface4``).

The default model (USE multilingual v3) puts a common noun written in kana well away from the
same noun written in kanji: 羊羹は冷やした方がおいしいですか？ and ようかんは…？ differ in
nothing else and meet at 0.74, 黄楊の櫛 / つげのくし at 0.67. SudachiPy gives every morpheme
its normalized form (ようかん → 羊羹, つげ → 黄楊, ハト → 鳩, 手まり → 手鞠), so
:func:`canonical_spelling` writes such a noun in that form before the model reads the text,
and both spellings of one word become one.

What is rewritten, chosen by measurement on the tuning sets (docs/quality.md, session 27):

- a common noun of SudachiPy's general class (普通名詞-一般: not the adverbial or formal nouns
  いくら, とき, もの, not a numeral, not a proper noun) spelled in kana alone (hiragana,
  katakana: ようかん, ハト), whose normalized form differs and holds a kanji;
- only when the spelling names one common noun: every common-noun entry of the dictionary
  spelled so has that one normalized form. SudachiPy keeps a reading of several nouns in kana
  itself (はし: 橋, 箸, 端), and a spelling that the dictionary also holds as another noun is
  left as it is.

Measured and not kept (fewer tuning paraphrases over the threshold, or at the full
defaults a minimal pair served more): a word spelled in kanji and kana (子ども → 子供,
お店 → 御店, 可燃ごみ → 可燃塵), kanji variants (手毬 → 手鞠, 受付 → 受け付け), adjectives
and verbs (おいしい → 美味しい, ある → 有る), numerals (一本 → 1本), and keeping a kana
spelling whose kanji the model's vocabulary lacks (羊羹, 鰻: an unknown piece). A rewritten
text is NFKC-normalized as a whole (the model's tokenizer applies NFKC itself); without
SudachiPy a text is left as it is.
"""

from __future__ import annotations

import re

from ..guard.ja_respelt import COMMON_NOUN as _COMMON_NOUN
from ..guard.ja_respelt import one_noun
from ..guard.japanese import long_units

#: a hiragana or katakana letter: a Japanese text (not Chinese, not Korean); the surface form
#: reads it too
KANA = re.compile("[\u3041-\u30ff]")
#: kana alone (hiragana, katakana, the long-vowel mark)
_KANA_ONLY = re.compile("[\u3041-\u30ff]+")
#: a CJK unified ideograph (a kanji)
_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def canonical_spelling(text: str) -> str:
    """``text`` with each common noun written in kana (see the module docstring) in its
    SudachiPy normalized form; ``text`` itself when there is none (or no SudachiPy)."""
    if not KANA.search(text):
        return text
    found = long_units(text, keep=False)
    if found is None:
        return text
    parts: list[str] = []
    changed = False
    for m in found[1]:
        surface = m.surface()
        if _KANA_ONLY.fullmatch(surface):
            normalized = m.normalized_form()
            if (
                normalized != surface
                and _KANJI.search(normalized)
                and tuple(m.part_of_speech()[:3]) == _COMMON_NOUN
                and one_noun(surface, normalized)
            ):
                surface, changed = normalized, True
        parts.append(surface)
    return "".join(parts) if changed else text
