"""Two Japanese prompts that are one text spelled two ways (session 28): every word the same
but for common nouns that SudachiPy's dictionary normalizes to one form, each spelling of which
names that one noun only (金平糖 / こんぺいとう: both コンペイトー; 羊羹 / ようかん).

The default embedder reads such a pair as two texts (金平糖は手作りですか / こんぺいとうは
手作りですか: 0.729), and in the verified band (:mod:`.verified_band`) the boosted trees, which
weigh the cosine, left it unverified although every rule of the guard found the same words.
:func:`respelt_only` is the proof the band then accepts: not a likeness of meaning but the
dictionary's word that both texts say.

A spelling counts only when every common noun the dictionary holds under it has the one
normalized form (:func:`one_noun`): はし is 橋, 箸 and 端, かき is 柿 and 牡蠣, and a kana
spelling of several nouns keeps two prompts apart however SudachiPy normalized it in the
sentence. The embedder's surface form (``embedders/surface_ja.py``) reads the same test.
"""

from __future__ import annotations

import functools

from . import japanese
from .japanese import _long_units

#: the part of speech of a respelt word: a common noun of the general class
COMMON_NOUN = ("名詞", "普通名詞", "一般")
#: what two spellings of one text may differ in besides their words: punctuation and blanks
_SKIPPED = frozenset({"補助記号", "空白"})


@functools.lru_cache(maxsize=8192)
def one_noun(spelling: str, normalized: str) -> bool:
    """Every common noun the SudachiPy dictionary holds under ``spelling`` has the normalized
    form ``normalized``: the spelling names one word (つげ: 黄楊; the verb 告げる is not a
    noun). False when another common noun is spelled so, and when the dictionary cannot be
    read."""
    dictionary = japanese._sudachi_dictionary
    try:
        entries = dictionary.lookup(spelling) if dictionary is not None else None
    except Exception:  # a SudachiPy without lookup
        return False
    if not entries:
        return False
    forms = {m.normalized_form() for m in entries if tuple(m.part_of_speech()[:3]) == COMMON_NOUN}
    return forms == {normalized}


def respelt_only(first: str, second: str) -> bool:
    """``first`` and ``second`` (Japanese) are the same words in the same order (SudachiPy
    long units, punctuation and blanks aside), at least one of them spelled otherwise, and
    each word spelled otherwise is a common noun of one normalized form on both sides that
    each spelling names alone (:func:`one_noun`)."""
    found = _long_units(first), _long_units(second)
    if found[0] is None or found[1] is None:
        return False
    words = [[m for m in f[1] if m.part_of_speech()[0] not in _SKIPPED] for f in found]
    if len(words[0]) != len(words[1]):
        return False
    changed = False
    for x, y in zip(*words, strict=True):
        if x.surface() == y.surface():
            continue
        norm = x.normalized_form()
        if y.normalized_form() != norm or not all(
            tuple(m.part_of_speech()[:3]) == COMMON_NOUN and one_noun(m.surface(), norm)
            for m in (x, y)
        ):
            return False
        changed = True
    return changed
