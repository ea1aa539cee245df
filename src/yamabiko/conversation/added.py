"""A kind or an item added on one side only, in English (session 27).

:func:`yamabiko.conversation.heads.other_modifier` tells two histories apart where both sides
modify one noun, each by its own noun (an *eternity* ring / an *engagement* ring). Two more
ways two requests for one thing differ, each a fact said back on one side only (never stated
on the other side):

- :func:`added_modifier`: a kind only one side names, at once in front of a word the other
  side states bare (no modifier of its own in front of it): *toric* daily lenses against
  daily lenses (``added-kind:toric+daily``);
- :func:`added_item`: an item one side joins by *and* / *plus* to a thing both sides order:
  twelve aprons *and twelve caps* against twelve aprons (``added-item:aprons+caps``), unless
  it stands in front of a word the other side states (an *anti-glare* coating against an
  anti-reflection coating: a kind of that thing, the other checks' case).

The lost word must name a kind: WordNet reads it as a noun only (no adjective sense: *single*,
*yellow*, *manual* are detail; no verb sense: the *cocker* of a cocker spaniel the other side
calls a spaniel; an item may be a verb too, *caps*, but no -ing or -ed form), or WordNet does
not know it (*toric*); a hyphened length (*one-day*) is the span checks'. A head is a
lower-case word with no punctuation before it. Japanese is left to
:mod:`yamabiko.conversation.heads`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from ..guard import wordnet
from ..guard.units import Unit
from .lengths import en_count

__all__ = ["JAPANESE", "added_item", "added_modifier", "next_word"]

#: a Japanese character (an English text has none; :mod:`yamabiko.conversation.heads`,
#: :mod:`~yamabiko.conversation.values` and :mod:`~yamabiko.conversation.requests` read it too)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _kind_word(word: str, acts: bool = False) -> bool:
    """``word`` names a kind of thing: a noun by WordNet with no adjective or verb sense
    (*luxury*), or a word WordNet does not know at all (a trade word: *toric*). An adjective
    (*single*, *yellow*, *manual*) is most often detail one side says of the same thing, and
    a word that may be an act (*cocker*, *flashing*) is no sure kind; with ``acts`` (an item
    joined to another: *caps*) a noun that is a verb too counts, not an -ing or -ed form."""
    first, _, low = word.lower().rpartition("-")
    if not low.isalpha() or (first and en_count(first) is not None):
        return False  # a one-day course: a length, the span checks' (not a kind)
    if wordnet.lemmas_of(low, 2):
        return False
    verb = bool(wordnet.lemmas_of(low, 1))
    if verb and (not acts or low.endswith(("ing", "ed"))):
        return False
    return not verb or bool(wordnet.lemmas_of(low, 0))


def next_word(first: Unit, second: Unit) -> bool:
    """Two content units, ``second`` the token right after ``first`` and a lower-case word:
    where a modifier and its head may stand (also :mod:`yamabiko.conversation.heads`)."""
    if first.kind != "content" or second.kind != "content" or first.position < 0:
        return False
    if second.position != first.position + 1 or not second.text.isalpha():
        return False
    return second.text.islower()


def _adjacent(first: Unit, second: Unit, text: str) -> bool:
    """``first`` stands at once before ``second`` in ``text``: the next token, a lower-case
    word, nothing but spaces or a hyphen between."""
    if not next_word(first, second):
        return False
    pattern = rf"\b{re.escape(first.text)}[\s-]+{re.escape(second.text)}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _bare(head: str, texts: Sequence[str], units: Callable[[str], Sequence[Unit]]) -> bool:
    """The other side states ``head`` and never with a content word at once before it."""
    stated = False
    for text in texts:
        found = units(text)
        for before, unit in pairwise((None, *found)):
            if unit is None or unit.kind != "content" or unit.key != head:
                continue
            stated = True
            if before is not None and _adjacent(before, unit, text):
                return False
    return stated


def added_modifier(
    lost: Sequence[Unit],
    mine: Sequence[str],
    theirs: Sequence[str],
    units: Callable[[str], Sequence[Unit]],
) -> str:
    """A fact of ``lost`` (my side's, never stated on the other side) that my side's English
    texts ``mine`` put at once before a word ``theirs`` states bare: ``"toric+daily"``;
    empty when none does."""
    keys = {u.key for u in lost if u.kind == "content" and _kind_word(u.text)}
    if not keys:
        return ""
    for text in mine:
        if JAPANESE.search(text):
            continue
        for unit, head in pairwise(units(text)):
            if unit.key not in keys or head.key in keys or not _adjacent(unit, head, text):
                continue
            if _bare(head.key, theirs, units):
                return f"{unit.text}+{head.text}"
    return ""


#: a word, a joining word and the next three words (a count, a colour, the item)
_JOINED = re.compile(r"\b([A-Za-z]+)\s+(?:and|plus)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def added_item(
    lost: Sequence[Unit],
    mine: Sequence[str],
    theirs: Sequence[str],
    units: Callable[[str], Sequence[Unit]],
) -> str:
    """A fact of ``lost`` (my side's, never stated on the other side) that names a kind
    (:func:`_kind_word`) and that my English texts join by *and* / *plus* to a word the
    other side states too: another item ordered with the same one (twelve aprons *and twelve
    caps* against twelve aprons), not in front of a word the other side states (an
    *anti-glare* coating against an anti-reflection coating): ``"aprons+caps"``; empty when
    none is."""
    lost_keys = {u.text.lower(): u.key for u in lost if u.kind == "content"}
    if not lost_keys:
        return ""
    stated = {u.key for text in theirs for u in units(text) if u.kind == "content"}
    for text in mine:
        if JAPANESE.search(text):
            continue
        keys = {u.text.lower(): u.key for u in units(text) if u.kind == "content"}
        for found in _JOINED.finditer(text):
            before = found.group(1).lower()
            if keys.get(before) not in stated or before in lost_keys:
                continue
            words = found.group(2).split()
            after = re.match(r"\s+([A-Za-z-]+)", text[found.end() :])
            words.append(after.group(1) if after else "")
            for item, following in pairwise(words):
                if keys.get(following.lower()) in stated:
                    continue  # an anti-glare coating: a kind of one the other side states
                if item.lower() in lost_keys and _kind_word(item, acts=True):
                    return f"{found.group(1)}+{item}"
    return ""
