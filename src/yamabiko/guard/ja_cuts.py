"""One Japanese word that SudachiPy cut two ways in two prompts (調律師さんが / 調律師さんに).

SudachiPy's short units depend on the text around a word: at the start of a prompt
調律師さんが is cut 調 + 律師 + さん, after は it is 調律 + 師 (a suffix, left out of the units)
+ さん. The two prompts then share no unit for the one word they both write, and the
alignment is left with 調 + 律師 against 調律: a substitution of the word for itself.
:func:`cut_two_ways` finds it: the units one side has left are every unit of one word of its
prompt, next to each other, and SudachiPy, reading that word's text on its own, cuts it into
exactly the units the other side has left. Two words that differ (国内送金 / 海外送金) do not
read so: the other side's units are not the word's own.

:func:`read_as_one` finds one noun written in kanji on one side and in katakana on the other
when SudachiPy cuts the kanji spelling into pieces (兜虫: 兜 + 虫; カブトムシ is one word, whose
dictionary form is 甲虫): the pieces' readings joined are the katakana word, and every common
noun the dictionary spells so has one normalized form (:func:`.ja_respelt.one_noun`), so the
reading names that one noun (ハシ names 橋, 箸 and 端, and stays apart). It finds too the
noun of a compound verb cut into its verbs (持ち帰り用: 持ち + 帰り + 用) against a word of one
of its SudachiDict synonym groups (テイクアウト: both in group 480; 取り消し / キャンセル, 払い戻し
/ 返金): the pieces written together are read alone as one word of the dictionary (session 29).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from .ja_respelt import one_noun
from .ja_synonyms import groups
from .limits import is_kanji
from .spelling import _KATAKANA
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
            return _named(left, right)
    return ""


def read_as_one(left: Sequence[Unit], right: Sequence[Unit], first: Sequence[Unit],
                second: Sequence[Unit]) -> str:  # fmt: skip
    """``reading:兜+虫->カブトムシ`` when the units one side has left are the pieces, next to
    each other, of one word of its prompt with a kanji in it, and the other side has one unit
    left, a katakana word that the pieces' readings joined spell and that names one common
    noun of the dictionary; ``synonym:持ち+帰り->テイクアウト`` when the pieces, next to each
    other in one word, written together are one word that SudachiDict lists in a synonym
    group of the other side's one unit (see the module docstring); else ""."""
    if len(left) + len(right) < 3 or (len(left) != 1 and len(right) != 1):
        return ""
    for mine, theirs, own in ((left, right, first), (right, left, second)):
        if len(theirs) != 1 or len(mine) < 2 or theirs[0].kind != "content":
            continue
        if not _next_in_word(mine):
            continue
        word = theirs[0]
        if word.synonyms and not word.synonyms.isdisjoint(groups("".join(u.text for u in mine))):
            return f"synonym:{_named(left, right)}"  # 持ち + 帰り / テイクアウト
        if not _KATAKANA.fullmatch(word.text) or not _one_word(mine, own):
            continue
        if "".join(u.reading for u in mine) != word.text:
            continue
        if any(is_kanji(c) for u in mine for c in u.text) and one_noun(word.text, word.key):
            return f"reading:{_named(left, right)}"  # 兜 + 虫 / カブトムシ
    return ""


def _named(left: Sequence[Unit], right: Sequence[Unit]) -> str:
    """``a+b->c``: the texts of each side's units."""
    return "->".join("+".join(u.text for u in side) for side in (left, right))


def _next_in_word(mine: Sequence[Unit]) -> bool:
    """``mine`` are content units of one word of their prompt, next to each other."""
    word = mine[0].word
    if word < 0 or any(u.kind != "content" or u.word != word for u in mine):
        return False
    return all(b.position == a.position + 1 for a, b in pairwise(mine))


_TEXT = attrgetter("text")


def _one_word(mine: Sequence[Unit], own: Sequence[Unit]) -> bool:
    """``mine`` are content units, every unit of one word of ``own``, next to each other."""
    return _next_in_word(mine) and sum(u.word == mine[0].word for u in own) == len(mine)


@lru_cache(maxsize=1024)
def _keys_alone(text: str) -> tuple[str, ...]:
    """The keys of the content units SudachiPy cuts ``text`` into when it reads it alone."""
    return tuple(u.key for u in units(text, "ja") if u.kind == "content")
