"""Two prompts that say the same words and still ask different things (the guard's ``roles``
step, after :func:`.roles.swapped_roles` and :func:`.facts.labels_swapped`; with the
narrowing modifiers of :mod:`.modifiers`, :func:`contrasts`):

* **Japanese words exchanged between role slots** (:func:`blocks_exchanged`). One prompt is
  the other with two blocks of words exchanged while the particles between them stay where
  they were (``P X M Y S`` / ``P Y M X S``, read from SudachiPy's morphemes): each block
  took the other's slot. 二階の区画から一階の区画に / 一階の区画から二階の区画に;
  市立図書館で借りた本を県立図書館で返す / 県立…で借りた本を市立…で返す; 燃えるごみの袋に
  燃えないごみを / 燃えないごみの袋に燃えるごみを: ``roles:二<->一``. A block that starts or
  ends with a particle or punctuation moved with its role (大阪まで東京から = 東京から大阪まで;
  clauses said in another order), and two blocks joined by a coordinator alone (AとB / BとA)
  hold one role: neither is a swap.
* **An English word replaced by its WordNet antonym** (:func:`antonym_substituted`): the only
  words one prompt has and the other lacks include a pair WordNet marks antonyms (``!``
  pointers, lemmatised: faster / slower -> fast / slow): ``antonym:faster->slower``. Only for
  small differences (:data:`MAX_CHANGED` words), where the rest of the prompt is shared.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .facts import Analysis, labels_swapped
from .japanese import _long_units
from .modifiers import en_words, narrowed
from .roles import exchanged_blocks, swapped_roles

#: at most this many words, both sides together, that one English prompt has and the other
#: lacks for the antonym lookup (a reworded paraphrase differs in more)
MAX_CHANGED = 4
#: Japanese particles that join two blocks into one role (AとB, AやB, AかB, AもBも)
_COORDINATORS = frozenset({"と", "や", "か", "も", "とか", "および", "または", "、", "・"})
#: the parts of speech a block may not start or end with (it would carry its role along)
_MARKERS = frozenset({"助詞", "補助記号", "空白"})


def _morphemes(text: str) -> list[tuple[str, str]] | None:
    """The (surface, part of speech) of each long-unit morpheme, or None without SudachiPy."""
    found = _long_units(text)
    if found is None:
        return None
    return [(m.surface(), m.part_of_speech()[0]) for m in found[1]]


def blocks_exchanged(query: str, cached: str) -> str:
    """Two blocks of Japanese words exchanged between the slots of the particles that stay
    (see the module docstring): ``"X<->Y"`` with each block as written; empty: none."""
    if len(query) != len(cached) or query == cached or sorted(query) != sorted(cached):
        return ""  # (the same characters in another order: a cheap test before tokenizing)
    x, y = _morphemes(query), _morphemes(cached)
    if not x or not y:
        return ""
    found = exchanged_blocks([s for s, _ in x], [s for s, _ in y])
    if found is None:
        return ""
    start_x, len_x, start_y, len_y = found
    first, second = x[start_x : start_x + len_x], x[start_y : start_y + len_y]
    middle = x[start_x + len_x : start_y]
    for block in (first, second):
        if block[0][1] in _MARKERS or block[-1][1] in _MARKERS:
            return ""  # the block took its particle with it: it moved, its role did not
    particles = {s for s, pos in middle if pos == "助詞"}
    if not particles - _COORDINATORS:
        return ""  # side by side, or A と B: one role for both
    return "".join(s for s, _ in first) + "<->" + "".join(s for s, _ in second)


@lru_cache(maxsize=1)
def _antonym_table() -> dict[str, frozenset[str]]:
    """WordNet's antonym pointers (``!``) between adjectives and between adverbs, read once
    from ``data.adj`` / ``data.adv`` (a few tenths of a second; the guard's warm-up check
    makes it): lemma -> the lemmas it is an antonym of (fast -> slow, early -> late).
    Empty without the WordNet data."""
    folder = wordnet.data_dir()
    if folder is None:
        return {}
    words: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[str, str, str, int, int]] = []
    for pos in ("adj", "adv"):
        with open(folder / f"data.{pos}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue  # the licence header
                fields = line.split()
                count = int(fields[3], 16)
                names = [w.lower().split("(")[0] for w in fields[4 : 4 + 2 * count : 2]]
                words[(pos, fields[0])] = names
                if " ! " not in line:
                    continue
                at = 4 + 2 * count
                for p in range(int(fields[at])):
                    symbol, offset, _, link = fields[at + 1 + 4 * p : at + 5 + 4 * p]
                    if symbol == "!":
                        pointers.append(
                            (pos, fields[0], offset, int(link[:2], 16), int(link[2:], 16))
                        )
    table: dict[str, set[str]] = {}
    for pos, offset, target, source, number in pointers:
        mine, theirs = words[(pos, offset)], words.get((pos, target), [])
        left = mine[source - 1 : source] if source else mine
        right = theirs[number - 1 : number] if number else theirs
        for word in left:
            table.setdefault(word, set()).update(right)
    return {word: frozenset(opposites) for word, opposites in table.items()}


def antonym_substituted(query: str, cached: str) -> str:
    """An English adjective or adverb of one prompt whose WordNet antonym the other says
    instead, in any inflection (see the module docstring): ``"X->Y"`` (the cached prompt's
    word first); empty: none."""
    table = _antonym_table()  # (loaded by the first English check: the guard's warm-up)
    mine, theirs = set(en_words(query)), set(en_words(cached))
    only_mine, only_theirs = mine - theirs, theirs - mine
    if not only_mine or not only_theirs or len(only_mine) + len(only_theirs) > MAX_CHANGED:
        return ""
    for old in sorted(only_theirs):
        opposites = {o for lemma in wordnet.lemmas(old) for o in table.get(lemma, ())}
        if not opposites:
            continue
        for new in sorted(only_mine):
            if opposites & set(wordnet.lemmas(new)):
                return f"{old}->{new}"
    return ""


def contrasts(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The guard's reason when the prompts (``a``, ``b``: their analyses) swap roles
    (:func:`.roles.swapped_roles`, or numbered labels at a route's ends,
    :func:`.facts.labels_swapped`: ``roles:X<->Y``), exchange words between role slots
    (``roles:X<->Y``, Japanese), one replaces a word with its antonym
    (``antonym:X->Y``, English) or, in a question, one adds a narrowing modifier
    (``narrowing:X``, :mod:`.modifiers`: what a question asks about; a description with a
    detail added describes the same scene); empty: none of these."""
    swapped = swapped_roles(a, b) or labels_swapped(query, cached, a.lang)
    if swapped:
        return f"roles:{swapped}"
    found = ""
    if a.lang == "ja":
        found = blocks_exchanged(query, cached)
        found = f"roles:{found}" if found else ""
    elif a.lang == "en":
        found = antonym_substituted(query, cached)
        found = f"antonym:{found}" if found else ""
    if found or not (a.qtypes or b.qtypes):
        return found
    return narrowed(query, cached, a.lang)
