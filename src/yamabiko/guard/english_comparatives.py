"""English: an adjective said in its comparative grade on one side and a positive adjective in
its place on the other (session 36, wrong): *a bigger room* / *a big room*, *the farther car
park* / *the outlying car park*, *a smaller room* / *a tiny room*.

A comparative asks about one thing against another (*bigger* than the room I have); the
positive names a kind of thing on its own. The minimal-pair check's word equivalence joined
them anyway: one word family (*cheaper* / *cheap*), a word vector as near as a synonym's
(*bigger* / *big*), or WordNet's adjective clusters (*smaller* / *tiny*, a satellite of
*small*; *farther* and *outlying*, two satellites of *far*). :func:`one_comparative` tells the
check that one of the two words is a comparative and the other is not, so neither test pairs
them and the substitution names the two words (``substitution:bigger->big``). Two comparatives
(*bigger* / *larger*) are compared as before.

A word is comparative (:func:`comparative`) by WordNet's own morphology or glosses, no word
list: an adjective ending in *-er* that WordNet's exception list or its detachment rules
(morphy) reduce to another adjective lemma (*bigger* -> *big*, *nearer* -> *near*, *later* ->
*late*), or whose first tagged adjective sense WordNet glosses as a comparative (*farther*:
"more distant ...", *better*: "(comparative of `good') ..."). A word of one family only by
spelling (*outer*, *clever*, *proper*) has no such lemma and no such gloss; a noun of its own
with a tagged sense that only the rules make an adjective's form (*a cleaner*, *a cooler*) is
no comparative.

Since session 37 the same two grades also end a rewording and a model's rescue: the
minimal-pair check reads a pair with one more word on a side (*Is the bigger pool heated in
winter?* / *Is the large pool heated?*) as ``reworded``, past the minimal-pair limit, and
WordNet's later-sense reading (:mod:`.wordnet_usage`) took *bigger* for *large* (their first
synset's example: *a big (or large) pool*). :func:`graded_apart` names a comparative that
stands where the other prompt has a positive adjective before the same noun, and the stage
refuses it (``contrast:bigger->large``) whatever the trees score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .english_extent import first_gloss
from .wordnet import LEMMAS_OF
from .wordnet_first import first_tagged

#: WordNet's part-of-speech codes of nouns and adjectives (:data:`~.wordnet.POS`)
_NOUN, _ADJECTIVE = 0, 2
#: how WordNet opens the gloss of a comparative sense
_COMPARATIVE_GLOSS = ("more ", "(comparative of")
#: an English word of a prompt (lower case)
_WORD = re.compile(r"[a-z0-9]+")
#: the words that grade an adjective as a comparative does (*less expensive*)
_GRADING = frozenset({"more", "less"})


@lru_cache(maxsize=4096)
def comparative(word: str) -> bool:
    """True when the English ``word`` (lower case) is an adjective in its comparative grade by
    WordNet: an *-er* form of another adjective lemma, or a sense glossed as a comparative."""
    if not word.isascii() or len(word) < 4:
        return False
    lemmas = LEMMAS_OF[_ADJECTIVE](word)
    if word.endswith("er") and any(lemma != word for lemma in lemmas):
        # bigger -> big, nearer -> near, later -> late (morphy, the exception list); not a
        # noun of its own, tagged, that no adjective sense spells (a cleaner, a cooler)
        return word in lemmas or not first_tagged(word, _NOUN)
    return first_gloss(word, _ADJECTIVE).lstrip().startswith(_COMPARATIVE_GLOSS)


def one_comparative(first: str, second: str) -> bool:
    """True when one of two different English words (lower case) is a comparative adjective
    (:func:`comparative`) and the other a WordNet adjective that is none: *bigger* / *big*,
    *farther* / *outlying*; not *bigger* / *larger*, both comparatives, nor two positives,
    nor a comparative and a word WordNet does not know as an adjective (*higher* / *higer*,
    a spelling slip the word-form tests read)."""
    if first == second or not (first + second).isascii():
        return False
    one, two = comparative(first), comparative(second)
    if one == two:
        return False
    return bool(LEMMAS_OF[_ADJECTIVE](first if two else second))


def graded_apart(left: Sequence[str], cached: str, right: Sequence[str], query: str) -> str:
    """``"bigger->large"`` (the cached prompt's word first) when a word ``left`` on the cached
    side and one ``right`` on the query's are a comparative and a positive adjective
    (:func:`one_comparative`) said before the same word in their prompts (*the bigger pool* /
    *the large pool*), the positive not graded by *more* or *less* before it (*a cheaper
    option* / *a less expensive option*: two comparatives); empty otherwise. A comparative in
    *-er* only; WordNet is asked only of two words before the same word (string tests first:
    the cold check's tail)."""
    if not any(w[-2:].lower() == "er" for w in (*left, *right)):
        return ""  # (most rewordings: no -er comparative, bigger, farther, better, left)
    said, asked = _WORD.findall(cached.lower()), _WORD.findall(query.lower())
    for old in left:
        before, after = _around(said, old.lower())
        if not after:
            continue
        for new in right:
            again, later = _around(asked, new.lower())
            if after != later or {before, again} & _GRADING:
                continue
            if one_comparative(old.lower(), new.lower()):
                return f"{old}->{new}"
    return ""


def _around(words: list[str], word: str) -> tuple[str, str]:
    """The words before and after the first ``word`` of ``words``; empty where none."""
    if word not in words:
        return "", ""
    at = words.index(word)
    return (words[at - 1] if at else ""), (words[at + 1] if at + 1 < len(words) else "")
