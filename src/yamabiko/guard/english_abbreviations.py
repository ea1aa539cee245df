"""An abbreviation read as the word it abbreviates (session 36, lateEN): *windmill opening
hrs?* for *What are the opening hours of the windmill?*.

:func:`abbreviates` asks WordNet, not a list: the short word's noun lemma is filed in a synset
of the long word's (*hr* in *hour*'s: "hour, hr, 60 minutes"), its letters stand in the long
word in order from the same first letter, and the two say one number (*hrs* / *hours*, not
*hr* / *hours*). :func:`spelt_out` reads one prompt's words so where the other says the long
word; :mod:`.english_fragments` asks it while reading a question said as its bare words.
"""

from __future__ import annotations

from . import wordnet
from .english_lookup import letters_in_order

#: the articles, never an abbreviation of anything
_ARTICLES = frozenset({"the", "a", "an"})


def spelt_out(words: list[str], other: list[str]) -> list[str]:
    """``words`` with each word the ``other`` prompt lacks that abbreviates a word of it said
    as that word (*hrs* / *hours*: :func:`abbreviates`); ``words`` as they are otherwise.
    Each word is tried only against the lacking words of its own first letter, in their
    order (:func:`abbreviates` asks that first: one pass, not every word against every one)."""
    present = set(words)
    by_letter: dict[str, list[str]] = {}
    for w in other:
        if w not in present:
            by_letter.setdefault(w[:1], []).append(w)
    if not by_letter:
        return words
    out = []
    for word in words:
        found = word
        for w in by_letter.get(word[:1], ()):
            if abbreviates(word, w):
                found = w
                break
        out.append(found)
    return out


def abbreviates(short: str, word: str) -> bool:
    """``short`` abbreviates the noun ``word``: shorter, the same first letter, its letters
    in ``word`` in order, and WordNet files its lemma in a synset of ``word``'s (*hr* in
    *hour*'s; *hrs* / *hours*), both said in one number (the lemma itself or not)."""
    if len(short) >= len(word) or short[:1] != word[:1] or short in _ARTICLES:
        return False
    if not letters_in_order(short, word):
        return False  # (most pairs of words: the letters are not in order)
    tables = wordnet.load()
    mine, theirs = wordnet.lemmas_of(short, 0), wordnet.lemmas_of(word, 0)
    if tables is None or not mine or not theirs or (mine[-1] == short) != (theirs[-1] == word):
        return False  # (no noun, or one plural and one not: hrs / hour)
    return wordnet.share_noun_sense(short, word)
