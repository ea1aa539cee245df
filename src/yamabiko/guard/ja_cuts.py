"""One Japanese word that SudachiPy cut two ways in two prompts (調律師さんが / 調律師さんに).

SudachiPy's short units depend on the text around a word: at the start of a prompt
調律師さんが is cut 調 + 律師 + さん, after は it is 調律 + 師 (a suffix, left out of the units)
+ さん. The two prompts then share no unit for the one word they both write, and the
alignment is left with 調 + 律師 against 調律: a substitution of the word for itself.
:func:`cut_two_ways` finds it: the units one side has left are every unit of one word of its
prompt, next to each other, and SudachiPy, reading that word's text on its own, cuts it into
exactly the units the other side has left. Two words that differ (国内送金 / 海外送金) do not
read so: the other side's units are not the word's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from .units import Unit, units


def cut_two_ways(left: Sequence[Unit], right: Sequence[Unit], first: Sequence[Unit],
                 second: Sequence[Unit]) -> str:  # fmt: skip
    """``調+律師->調律`` when the units left on one side (``left`` of the prompt ``first``,
    ``right`` of ``second``) are one Japanese word of its prompt cut otherwise than SudachiPy
    cuts that word alone, and the other side's are that word's own cut (see the module
    docstring); else "". English words run together are :func:`~.english_forms.joined_words`'."""
    if not left or not right or len(left) + len(right) < 3:
        return ""
    for mine, theirs, own in ((left, right, first), (right, left, second)):
        if len(mine) < 2:
            continue
        text = "".join(map(_TEXT, mine))  # (an English word first: no generator, session 29)
        if text.isascii() or not _one_word(mine, own) or "".join(map(_TEXT, theirs)) not in text:
            continue  # (cheap: the other side's units must be spelt inside the word)
        if _keys_alone(text) == tuple(u.key for u in theirs):
            named = ("+".join(u.text for u in side) for side in (left, right))
            return "->".join(named)
    return ""


_TEXT = attrgetter("text")


def _one_word(mine: Sequence[Unit], own: Sequence[Unit]) -> bool:
    """``mine`` are content units, every unit of one word of ``own``, next to each other."""
    word = mine[0].word
    if word < 0 or any(u.kind != "content" or u.word != word for u in mine):
        return False
    if any(b.position != a.position + 1 for a, b in pairwise(mine)):
        return False
    return sum(u.word == word for u in own) == len(mine)


@lru_cache(maxsize=1024)
def _keys_alone(text: str) -> tuple[str, ...]:
    """The keys of the content units SudachiPy cuts ``text`` into when it reads it alone."""
    return tuple(u.key for u in units(text, "ja") if u.kind == "content")
