"""Japanese words exchanged between role slots, read for the guard's ``roles`` step by
:func:`.opposites.contrasts` (split out of ``opposites.py`` in session 26, unchanged).

One prompt is the other with two blocks of words exchanged while the particles between them
stay where they were (``P X M Y S`` / ``P Y M X S``, read from SudachiPy's long-unit
morphemes): each block took the other's slot. 二階の区画から一階の区画に /
一階の区画から二階の区画に; 市立図書館で借りた本を県立図書館で返す / 県立…で借りた本を市立…で返す;
燃えるごみの袋に燃えないごみを / 燃えないごみの袋に燃えるごみを: ``roles:二<->一``. Two
modifiers of one noun said twice may be exchanged with their particles (赤い糸を金の糸の上に
/ 金の糸を赤い糸の上に, :func:`.role_modifiers.modifiers_of_one_noun`). A block that starts
or ends with a particle or punctuation otherwise moved with its role (大阪まで東京から =
東京から大阪まで; clauses said in another order), two blocks joined by a coordinator alone
(AとB / BとA) hold one role, and two blocks each followed by the same case particle
(週末に子供と一緒に / 子供と一緒に週末に: two に phrases of one verb in another order) keep
theirs: none is a swap.

SudachiPy may cut one word two ways in two contexts (てっさ is てっ + さ before を and one
verb before より; 水餃子 is 水 + 餃子 after を and one noun before を): when the two token lists
show no exchange, the other prompt is cut again with the query's own words (longest first,
:func:`_cut_like`) and read once more, so てっさをてっちりより先に / てっちりをてっさより先に
and 焼き餃子を水餃子の上に / 水餃子を焼き餃子の上に exchange their blocks as their words do
(session 28).
"""

from __future__ import annotations

from .japanese import long_units
from .role_modifiers import modifiers_of_one_noun
from .roles import exchanged_blocks

#: Japanese particles that join two blocks into one role (AとB, AやB, AかB, AもBも)
_COORDINATORS = frozenset({"と", "や", "か", "も", "とか", "および", "または", "、", "・"})
#: the parts of speech a block may not start or end with (it would carry its role along)
_MARKERS = frozenset({"助詞", "補助記号", "空白"})


def _morphemes(text: str) -> list[tuple[str, str]] | None:
    """The (surface, part of speech) of each long-unit morpheme, or None without SudachiPy."""
    found = long_units(text)
    if found is None:
        return None
    return [(m.surface(), m.part_of_speech()[0]) for m in found[1]]


def _cut_like(text: str, words: list[str]) -> list[str] | None:
    """``text`` cut into the given words, the longest that fits first at each place; None when
    some place starts none of them (the text is not made of these words)."""
    vocabulary = sorted(set(words), key=len, reverse=True)
    cut: list[str] = []
    at = 0
    while at < len(text):
        word = next((w for w in vocabulary if text.startswith(w, at)), "")
        if not word:
            return None
        cut.append(word)
        at += len(word)
    return cut


def _exchange(
    x: list[tuple[str, str]], y: list[tuple[str, str]]
) -> tuple[int, int, int, int] | None:
    """The exchanged blocks of :func:`.frames.exchanged_blocks` between the two token lists,
    or, failing that, between ``x`` and ``y``'s text cut into ``x``'s own words."""
    surfaces, others = [s for s, _ in x], [s for s, _ in y]
    found = exchanged_blocks(surfaces, others)
    if found is None and (recut := _cut_like("".join(others), surfaces)) is not None:
        found = exchanged_blocks(surfaces, recut)
    return found


def blocks_exchanged(query: str, cached: str) -> str:
    """Two blocks of Japanese words exchanged between the slots of the particles that stay
    (see the module docstring): ``"X<->Y"`` with each block as written; empty: none."""
    if len(query) != len(cached) or query == cached or sorted(query) != sorted(cached):
        return ""  # (the same characters in another order: a cheap test before tokenizing)
    x, y = _morphemes(query), _morphemes(cached)
    if not x or not y:
        return ""
    found = _exchange(x, y)
    if found is None:
        return ""
    start_x, len_x, start_y, len_y = found
    first, second = x[start_x : start_x + len_x], x[start_y : start_y + len_y]
    middle = x[start_x + len_x : start_y]
    of_one = modifiers_of_one_noun(x, (start_x + len_x, start_y + len_y))  # 赤い糸 / 金の糸
    for block in (first, second):
        if block[0][1] in _MARKERS or (block[-1][1] in _MARKERS and not of_one):
            return ""  # the block took its particle with it: it moved, its role did not
    particles = {s for s, pos in middle if pos == "助詞"}
    if not particles - _COORDINATORS:
        return ""  # side by side, or A と B: one role for both
    after = x[start_y + len_y : start_y + len_y + 1]
    if len(middle) == 1 and middle == after and middle[0][0] != "の":
        return ""  # 週末に子供と一緒に / 子供と一緒に週末に: two phrases of one case reordered
    return "".join(s for s, _ in first) + "<->" + "".join(s for s, _ in second)
