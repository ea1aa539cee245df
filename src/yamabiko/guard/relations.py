"""How the words of two analysed prompts relate, for the guard's checks: antonym and category
indexes built from the lexicon, swapped words and possessives, word families, and the content
words one side has that the other lacks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from . import lexicon as lx
from .analysis import Analysis, stem_en


def _antonym_index(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for left, right in pairs:
        index.setdefault(left, set()).add(right)
        index.setdefault(right, set()).add(left)
    return {word: frozenset(opposites) for word, opposites in index.items()}


_ANTONYMS = {"en": _antonym_index(lx.EN_ANTONYMS), "ja": _antonym_index(lx.JA_ANTONYMS)}


def _category_index(
    categories: dict[str, str], normalise: Callable[[str], str]
) -> dict[str, tuple[str, str]]:
    """word -> (kind, canonical member); synonyms ("mom|mother") share the canonical form."""
    index: dict[str, tuple[str, str]] = {}
    for kind, members in categories.items():
        for member in members.split():
            forms = [normalise(f) for f in member.split("|")]
            for form in forms:
                index[form] = (kind, forms[0])
    return index


_CATEGORIES = {
    "en": _category_index(lx.EN_CATEGORIES, stem_en),
    "ja": _category_index(lx.JA_CATEGORIES, str),
}


def _possessive_swapped(x: tuple[tuple[str, str], ...], y: tuple[tuple[str, str], ...]) -> bool:
    """One side's "X's Y" is the other side's "Y's X"."""
    mine = {w for w, role in x if role == "possessive"}
    theirs = {w for w, role in y if role == "possessive"}
    return any(">".join(reversed(pair.split(">", 1))) in theirs for pair in mine)


def _swapped_around_word(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``y`` is ``x`` with two words exchanged across at least one word between them."""
    if len(x) != len(y) or len(x) < 3 or sorted(x) == list(x) == list(y):
        return False
    diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(diff) != 2:
        return False
    i, j = diff
    return j - i >= 2 and x[i] == y[j] and x[j] == y[i]


def _kinds(a: Analysis, index: dict[str, tuple[str, str]]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for word in set(a.content) | a.words:
        found = index.get(word)
        if found is not None:
            kinds.setdefault(found[0], set()).add(found[1])
    return kinds


@lru_cache(maxsize=1 << 16)
def _negated_base(word: str) -> str | None:
    """The word a negating prefix was put before (unsafe -> safe, incorrect -> correct): the
    first prefix of the lexicon's list that ``word`` starts with leaving a long enough base;
    None for a word that is not so made (or is one of the false ones: under, interest)."""
    if word in lx.EN_FALSE_PREFIXED:
        return None
    for prefix, shortest in lx.EN_NEGATING_PREFIXES:
        base = word[len(prefix) :]
        if word.startswith(prefix) and len(base) >= shortest:
            return base
    return None


def _prefix_opposite(word: str, mine: set[str], theirs: set[str]) -> bool:
    """``word`` is a negating prefix plus a word that only the other side has: unsafe / safe,
    unattractive / attractive, unlink / link, incorrect / correct."""
    base = _negated_base(word)
    return base is not None and base in theirs and base not in mine


def _prefix_opposite_counted(mine: Counter[str], theirs: Counter[str]) -> bool:
    """A prefixed word that one side has more often, whose base the other side has more often
    ("lock my door with the lock app" / "unlock my door with the lock app": ``lock`` is on
    both sides, so :func:`_prefix_opposite` alone does not see the swap)."""
    for word, count in mine.items():
        if count <= theirs[word]:
            continue
        base = _negated_base(word)
        if base is not None and theirs[base] > mine[base]:
            return True
    return False


def _unmatched(mine: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """My content words that the other side lacks (compound parts count as present)."""
    theirs_set = set(theirs)
    others = [t for t in theirs_set if len(t) >= 2]  # shorter words are related to none
    out = set()
    for word in mine:
        if word in theirs_set:
            continue
        if len(word) >= 2 and any(_related(word, t) for t in others):
            continue
        out.add(word)
    return out


def _related(x: str, y: str) -> bool:
    """Same word family: one contains the other (compounds), or a long common prefix
    (democrat/democratic, britain/british)."""
    if len(x) < 2 or len(y) < 2:
        return False
    if x in y or y in x:
        return True
    if not x.isascii():
        return False
    # The common prefix, n characters, makes them related when n >= 5, or n >= 4 and
    # n >= 0.8 * min(len(x), len(y)). Neither contains the other here, so both are longer
    # than n: n >= 5 when the first five characters agree; else n == 4 when the first four
    # do, and 4 >= 0.8 * m holds for m = min(len(x), len(y)) >= 5 only at m == 5.
    if x[:5] == y[:5]:
        return True
    return x[:4] == y[:4] and min(len(x), len(y)) == 5
