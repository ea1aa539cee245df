"""A family member one side names by the guard's word for it, the other side in another register.

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`, ``person``) holds
a family member that one side's users state and the other side never says for another party:
the guard's category lexicon (:data:`~yamabiko.guard.lexicon.JA_CATEGORIES`, ``family``) names
祖父, 娘, 父. A thread said in other words names the same person in a familiar or descriptive
word the lexicon does not list: じいちゃん (SudachiPy: 爺 + ちゃん) for 祖父, 女の子 for 娘.
:func:`kin_said` lets the default embedder's word vectors (:mod:`yamabiko.guard.wordvec`)
decide: such a word names a listed member when that member is, by a clear margin, its nearest
member of the list (爺: 祖父 0.55, the next member 0.38; 女の子: 娘 0.70, the next 0.50), so a
word between two members (孫: 祖父 0.65, 息子 0.62) names neither. A word that holds the
member or is held in it (伯父, 祖父, 義父 / 父; 孫娘 / 娘) is another person, whatever its
vector says.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordvec
from ..guard.units import Unit

__all__ = ["KIN_FLOOR", "KIN_MARGIN", "kin_said"]

#: the least cosine from which a word may name a listed family member
KIN_FLOOR = 0.5
#: how far the nearest member must lead the next one for the word to name it
KIN_MARGIN = 0.1


def kin_said(member: str, theirs: Sequence[Unit]) -> bool:
    """A word of ``theirs`` (the units the other side states) names the family member
    ``member`` (a member of the guard's family category, by its canonical form) in a word
    the category does not list (see the module docstring)."""
    groups = _family(member.isascii())
    own = next((g for g in groups if member in g), None)
    if own is None:
        return False
    listed = {form for g in groups for form in g}
    for unit in theirs:
        if unit.kind != "content" or unit.text in listed or unit.key in listed:
            continue
        if any(f in w or w in f for f in own for w in (unit.text, unit.key)):
            continue  # 伯父 / 父, 孫娘 / 娘: a compound of the word names another person
        if _nearest(unit.key, unit.text, member.isascii()) == own:
            return True
    return False


@lru_cache(maxsize=2)
def _family(english: bool) -> tuple[tuple[str, ...], ...]:
    """The family category's members of one language, each its forms (canonical first)."""
    table = lx.EN_CATEGORIES if english else lx.JA_CATEGORIES
    return tuple(tuple(group.split("|")) for group in table["family"].split())


@lru_cache(maxsize=4096)
def _nearest(key: str, text: str, english: bool) -> tuple[str, ...] | None:
    """The family member (its forms) nearest the word of ``key`` / ``text`` by word vectors,
    when it reaches :data:`KIN_FLOOR` and leads every other member by :data:`KIN_MARGIN`;
    None otherwise or when the table lacks the word."""
    if key.isascii() != english:
        return None
    row = wordvec.vector_index(key, text, text.lower())
    if row is None:
        return None
    scored = []
    for group in _family(english):
        rows = [r for r in (wordvec.vector_index(f) for f in group) if r is not None]
        if rows:
            scored.append((max(wordvec.similarity(row, r) for r in rows), group))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] < KIN_FLOOR:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < KIN_MARGIN:
        return None
    return scored[0][1]
