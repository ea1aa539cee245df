"""English written forms the minimal-pair check reads as the same words, beyond one word
against one (``spelling.en_slip``):

- **a filler or relation word mistyped** (shoud / should, aginst / against, beofre / before):
  a token that neither the word-vector table nor lemminflect's lexicon knows, of four
  letters or more, within one edit (same first letter) of exactly one filler or relation
  word of four letters or more (:func:`filler_slip`). Unread, it would stand as an added
  content word, which the check and the trees take for added detail; read as the word it
  misspells, it is dropped with the filler, or kept as that relation word (beofre / after
  stays a change);
- **a compound written as one word or as two** (motorboat / motor boat, door bell /
  doorbell): two adjacent content units of one side whose words, joined, spell a unit of the
  other side (:func:`joined_words`). The letters are the same; nothing is guessed.

General resources only (the word table, lemminflect's lexicon, the filler and relation word
lists the units already use): no list of known slips or compounds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from . import wordclass, wordvec
from .spelling import edits

if TYPE_CHECKING:
    from .units import Unit

#: shortest token (and filler word) a filler slip is looked for in: shorter words are too
#: close to too many others (u / you, ur / our)
SHORTEST = 4
_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1 << 12)
def _by_first_letter(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= SHORTEST and _LETTERS.fullmatch(word):
            grouped.setdefault(word[0], []).append(word)
    return {letter: tuple(sorted(found)) for letter, found in grouped.items()}


def filler_slip(low: str, words: frozenset[str]) -> str | None:
    """The one word of ``words`` (filler and relation words) that the lower-case token
    ``low`` misspells, or None: ``low`` unknown to the word table and the lexicon, four
    letters or more, and within one edit of that word alone (same first letter)."""
    if len(low) < SHORTEST or low in words or wordvec.vector_index(low) is not None:
        return None  # (most words: the table knows them)
    if not _LETTERS.fullmatch(low) or wordclass.known(low):
        return None  # a word of its own (shout, blow, once)
    candidates = _by_first_letter(words).get(low[0], ())
    found = [w for w in candidates if abs(len(w) - len(low)) <= 1 and edits(low, w, 1) <= 1]
    return found[0] if len(found) == 1 else None


def joined_words(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each English content unit of one side spelt by two
    adjacent content units of the other joined (motorboat / motor + boat), and those two."""
    left, right = list(left), list(right)
    if len(left) + len(right) < 3:
        return left, right
    for one, many in ((left, right), (right, left)):
        for unit in list(one):
            pair = _spelling_pair(unit, many)
            if pair:
                one.remove(unit)
                for part in pair:
                    many.remove(part)
    return left, right


def _spelling_pair(unit: Unit, others: Iterable[Unit]) -> tuple[Unit, Unit] | None:
    """Two adjacent content units of ``others`` whose lower-case words, joined, are
    ``unit``'s word, or None."""
    if unit.kind != "content" or not unit.text.isascii():
        return None
    whole = unit.text.lower().replace("-", "")
    previous = None
    for later in others:
        if (
            previous is not None
            and later.kind == previous.kind == "content"
            and later.position == previous.position + 1 >= 1
            and len(previous.text) > 1
            and len(later.text) > 1
            and previous.text.lower() + later.text.lower() == whole
        ):
            return previous, later
        previous = later
    return None
