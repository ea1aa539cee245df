"""Words one conversation says as one word and the other as two or three (session 22).

The comparison of histories asks whether each fact or name one side states is said on the
other side (:meth:`~yamabiko.conversation.words.TurnWords._unsaid`). It compares word with
word, so a thing written as one word on one side and as several on the other reads as a
changed fact on both:

- an English compound with a hyphen against its parts with a space, or closed up
  (*single-vision* / *single vision*, *anti-glare* / *antiglare*): the letters of the span
  are the same once hyphens and spaces are taken out;
- a Japanese word that the units split into short parts (誕生 + 日) against one that SudachiPy
  puts in the same synonym group (バースデー; 共通テスト / 共テ): a span of adjacent units read
  as one long unit (mode C) shares a group with a word or span of the other side
  (:func:`yamabiko.guard.ja_synonyms.groups`);
- a Japanese word against adjacent units of the other side that spell it (張り替え / the
  張り + 替え of 張り替えます: a verb said as its noun; session 34): the same characters.

:func:`said_in_spans` gives the positions of the words of one side that such a span of the
other side says. Both are proofs that the same thing is named, not a similarity: the letters
match, or SudachiDict files the two forms as one concept.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..guard import ja_synonyms

__all__ = ["said_in_spans", "spans"]

#: the most adjacent words read as one
_LONGEST = 3
#: kanji numerals: a Japanese span holding one is no word (二 + 十 is a number)
_NUMERALS = frozenset("〇一二三四五六七八九十百千万億")


def spans(words: Sequence[str], at: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
    """Every run of one to three adjacent ``words`` as ``(start, end, text)``: English runs
    joined by a space, Japanese ones closed up. ``at``: each word's position in its text
    (a unit's ``position``); a run stops where two words are not next to each other there
    (a filler word or a particle between: 東京の駅 is no 東京駅)."""
    out = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + _LONGEST, len(words)) + 1):
            if at is not None and end - start > 1 and at[end - 1] != at[end - 2] + 1:
                break
            run = words[start:end]
            joiner = " " if all(w.isascii() for w in run) else ""
            out.append((start, end, joiner.join(run)))
    return out


@lru_cache(maxsize=8192)
def _letters(text: str) -> str:
    """An English span's letters and digits, lower-case (hyphens and spaces taken out); a
    Japanese span as written, closed up (張り + 替え of 張り替えます is the noun 張り替え:
    session 34); empty for a span with a word of digits only and a Japanese one with a
    numeral."""
    if not text.isascii():
        return "" if any(ch.isdigit() or ch in _NUMERALS for ch in text) else text
    if not all(any(ch.isalpha() for ch in w) for w in text.split()):
        return ""  # a number is no word: 1 80 is not 180
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _plain(start: int, end: int, text: str) -> bool:
    """One word without a hyphen (two such words are the alignment's to compare)."""
    return end - start == 1 and "-" not in text


def said_in_spans(
    mine: Sequence[str],
    theirs: Sequence[str],
    mine_at: Sequence[int] | None = None,
    theirs_at: Sequence[int] | None = None,
) -> set[int]:
    """The positions of ``mine`` (a side's words, in their order) that belong to a span said
    by a span of ``theirs`` in other pieces (see the module docstring): the same letters
    once hyphens and spaces are out, for a span of several words or a hyphenated word on at
    least one side, or a Japanese span of two words or more on one side sharing a SudachiPy
    synonym group with one on the other. ``mine_at``, ``theirs_at``: the words' positions
    in their texts (:func:`spans`), when known."""
    if not mine or not theirs:
        return set()
    letters, one_word, several = _index(
        tuple(theirs), tuple(theirs_at) if theirs_at is not None else None
    )
    found: set[int] = set()
    for start, end, text in spans(mine, mine_at):
        key, plain = _letters(text), _plain(start, end, text)
        same = bool(key) and key in letters and not (plain and letters[key])
        if not same and end - start > 1:
            same = bool(_groups(text) & (one_word | several))
        elif not same:
            same = bool(_groups(text) & several)
        if same:
            found.update(range(start, end))
    return found


@lru_cache(maxsize=1024)
def _index(
    theirs: tuple[str, ...], at: tuple[int, ...] | None
) -> tuple[dict[str, bool], frozenset[int], frozenset[int]]:
    """What the runs of the other side's words say (kept per side: a comparison asks it
    once per check): each run's letters (-> said only as one plain word), the synonym groups
    of its single words and those of its runs of two or three."""
    letters: dict[str, bool] = {}
    one_word: set[int] = set()
    several: set[int] = set()
    for start, end, text in spans(theirs, at):
        key = _letters(text)
        if key:
            letters[key] = letters.get(key, True) and _plain(start, end, text)
        (several if end - start > 1 else one_word).update(_groups(text))
    return letters, frozenset(one_word), frozenset(several)


@lru_cache(maxsize=8192)
def _groups(text: str) -> frozenset[int]:
    """The synonym groups of a Japanese span read as one long unit (none for English)."""
    return ja_synonyms.groups(text) if not text.isascii() else frozenset()
