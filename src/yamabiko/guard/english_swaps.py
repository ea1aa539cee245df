"""A word swapped inside a rewording: the minimal-pair check's English substitution of several
words, where all but one pair are WordNet synonyms and that one pair is a modifier of a noun
both prompts share, replaced (session 27).

"How much does a tandem skydive cost?" / "whats the price of a solo skydive" (cosine 0.82):
the check aligns the shared words and rejects ``substitution:tandem+cost->price+solo``, and
the boosted trees, which read the shape of the whole change, serve it (0.81): a rewording of
the price question looks like a paraphrase, and the swap of *tandem* for *solo* rides in it.
Said alone ("How much does a solo skydive cost?") the check and the trees refuse the swap
(``substitution:tandem->solo``). :func:`swap_inside` splits the merged substitution the way a
reader does: pairs that WordNet calls synonyms (:func:`.wordnet.synonyms`: cost / price) are
one word said twice; when exactly one word on each side is left and both stand before the
same content word in their prompts (not a word of :data:`.lexicon.EN_STOPWORDS`: the world /
the Earth *is* flat is no modifier; one noun's modifier: a *tandem* skydive / a *solo* skydive, a
*return* ticket / a *one-way* ticket, a *double* room / a *single* room), the pair asks about
another kind of that noun, and the rejection stands as the plain swap's:
``substitution:tandem->solo``.

The minimal-pair stage asks it only of a substitution a model would serve, so a pair the check
or the models refuse costs nothing. Words that are one (kids / child ticket, day / daily pass)
never reach it: the check accepts them as equivalent words first.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import wordnet

#: an English word as the prompts are read here (hyphenated words are one: one-way)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def swap_inside(reason: str, query: str, cached: str) -> str:
    """``"substitution:tandem->solo"`` (the cached prompt's word first) when ``reason`` is an
    English ``substitution:X->Y`` of two or more words a side, of which all pairs but one are
    WordNet synonyms and the one left replaces the word before a noun both prompts share
    (see the module docstring); empty otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.lower().partition("->")
    if kind != "substitution" or not arrow or not change.isascii():
        return ""
    left, right = old.split("+"), new.split("+")
    if len(left) < 2 or len(left) != len(right):
        return ""
    heads = {h: x for x in left if (h := _next_word(cached, x)) and h not in lx.EN_STOPWORDS}
    swap = next(((heads[h], y) for y in right if (h := _next_word(query, y)) in heads), None)
    if swap is None or swap[0] == swap[1]:
        return ""
    rest = [y for y in right if y != swap[1]]
    for x in left:
        if x == swap[0]:
            continue
        twin = next((y for y in rest if wordnet.synonyms(x, y)), None)
        if twin is None:
            return ""  # another word replaced: a rewording the trees weigh
        rest.remove(twin)
    return f"substitution:{swap[0]}->{swap[1]}"


def _next_word(text: str, word: str) -> str:
    """The word after the first ``word`` in ``text`` (lowercased); empty when there is none."""
    words = _WORD.findall(text.lower())
    if word not in words:
        return ""
    at = words.index(word) + 1
    return words[at] if at < len(words) else ""
