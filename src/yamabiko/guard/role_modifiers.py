"""Modifiers exchanged between nouns, for the guard's ``roles`` check (split out of
:mod:`.roles` in session 28): two modifiers that exchange the nouns they modify (both
languages, :func:`modifiers_swapped`), two English noun phrases of one head that exchange
their modifiers across two slots (:func:`modifier_blocks_swapped`), and two Japanese blocks
exchanged between role slots that are the modifiers of one noun said twice
(:func:`modifiers_of_one_noun`, read by :mod:`.ja_blocks`).
"""

from __future__ import annotations

from collections.abc import Iterable

#: the role kinds that attach a modifier to a noun: ``"mod>noun"`` (possessive, modifier)
#: or ``own:noun`` held by the owner (:mod:`.english` person roles)
_ATTACHING = frozenset({"possessive", "modifier"})


#: the most words of a block of modifiers :func:`modifier_blocks_swapped` reads
_MAX_BLOCK = 3


def modifier_blocks_swapped(x: tuple[str, ...], y: tuple[str, ...]) -> str:
    """English: ``y`` is ``x`` with the modifiers of one head noun said twice exchanged
    across two slots, a word at least between them (*the salted caramel fudge in the bottom
    layer and the vanilla fudge in the top* / the two fudges exchanged): ``"M1<->M2"``, each
    block's last word (empty: none). Unlike :func:`.roles._swapped_around_word`, the blocks may
    differ in length."""
    if len(x) != len(y) or len(x) < 5 or x == y:
        return ""
    start = next(i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q)
    end = len(x) - next(i for i, (p, q) in enumerate(zip(x[::-1], y[::-1], strict=True)) if p != q)
    if end >= len(x):
        return ""  # the second block ends the text: no head after it
    head, mine, theirs = x[end], x[start:end], y[start:end]
    size = len(mine)
    for first in range(1, min(_MAX_BLOCK, size - 3) + 1):
        if mine[first] != head:
            continue
        for second in range(1, min(_MAX_BLOCK, size - first - 2) + 1):
            middle = mine[first + 1 : size - second]
            if (theirs[:second] == mine[size - second :] and theirs[second] == head
                    and theirs[second + 1 : size - first] == middle
                    and theirs[size - first :] == mine[:first]):  # fmt: skip
                return f"{mine[first - 1]}<->{mine[-1]}"
    return ""


def _attachments(roles: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """modifier -> the nouns it modifies: ``"mod>noun"`` possessives and modifiers, and the
    English owners of ``own:noun``."""
    found: dict[str, set[str]] = {}
    for word, role in roles:
        if role in _ATTACHING:
            modifier, _, noun = word.partition(">")
        elif role.startswith("own:"):
            modifier, noun = word, role[4:]
        else:
            continue
        found.setdefault(modifier.lower(), set()).add(noun.lower())
    return found


def modifiers_swapped(x: Iterable[tuple[str, str]], y: Iterable[tuple[str, str]]) -> str:
    """Two modifiers exchange the nouns they modify: one modifies N1 on one side and N2 on
    the other while another modifies N2 and N1 (チョコのプレートに白い文字 /
    白いプレートにチョコの文字): ``"M1<->M2"``; empty: none."""
    mine, theirs = _attachments(x), _attachments(y)
    if len(mine) < 2 or len(theirs) < 2:
        return ""
    moved: dict[tuple[str, str], str] = {}
    for modifier, nouns in mine.items():
        others = theirs.get(modifier)
        if not others:
            continue
        for left in nouns - others:
            for came in others - nouns:
                moved.setdefault((left, came), modifier)
    for (left, came), modifier in moved.items():
        other = moved.get((came, left))
        if other is not None and other != modifier:
            return f"{modifier}<->{other}"
    return ""


def modifiers_of_one_noun(words: list[tuple[str, str]], ends: tuple[int, int]) -> bool:
    """Two blocks of Japanese words (``words``: surface and part of speech) exchanged between
    role slots, each ending right before ``ends``, are the modifiers of one noun said twice:
    the same noun follows each, and one block is a noun with its の (金の). 赤い糸を金の糸の
    上に / 金の糸を赤い糸の上に: the blocks 赤い and 金の move and 糸 keeps its particles, so
    the thread wound and the thread wound on are exchanged; the の moved with its noun as the
    modifier's own, not a role's particle."""
    first, second = ends
    if first >= len(words) or second >= len(words) or words[first] != words[second]:
        return False
    genitive = [words[end - 1][0] == "の" for end in ends]
    return words[first][1] == "名詞" and any(genitive)
