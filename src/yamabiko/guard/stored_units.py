"""A Japanese prompt's SudachiPy long units kept in its stored form (session 19).

The Japanese rules (``cases.py``, ``ja_time.py``, ``ja_voice.py``, ``modality.py``,
``ja_doers.py``, ``ja_items.py``, ``modifiers.py``, ``opposites.py``) read a prompt's
morphemes through :func:`~.japanese.long_units`, which keeps only this thread's last two
texts: a check whose cached prompt's analysis was read from its entry's stored form
(:mod:`.stored`) still ran SudachiPy on that prompt once a rule asked (about 43 % of the
``cold`` checks of jsts-train, 0.2 ms at p99 a text). :func:`rows` writes the long units, each
with its mode-A parts (what :func:`~.japanese.short_units` splits), as JSON rows beside the
analysis when the entry is written; at lookup :func:`offer` hands them to ``long_units``,
which builds them (:func:`parse`) only when a rule asks, instead of tokenizing.

A prepared query (``Guard.prepare``) keeps its long units on its analysis
(:func:`keep_prepared`, session 22) and each check of it offers them (:func:`offer_prepared`):
when other texts took its place among this thread's last two (other queries prepared between,
as lookups interleave), a rule's ask no longer tokenizes the query again in every check.

A :class:`StoredMorpheme` answers what the guard asks of a SudachiPy morpheme, with the same
values and types: ``surface``, ``part_of_speech`` (from its id, by the dictionary in use: the
stored form's version covers the dictionary's), ``part_of_speech_id``, ``normalized_form``,
``dictionary_form``, ``reading_form``, ``synonym_group_ids``, ``begin``, ``end``, ``word_id``,
``is_oov`` and ``split`` in mode A (tested equal to a fresh tokenization on every prompt of the
golden sample). Rows of another layout or type are refused as a whole: the prompt is then
tokenized, as before.
"""

from __future__ import annotations

import re
from typing import Any

from . import japanese

__all__ = ["StoredMorpheme", "keep_prepared", "offer", "offer_prepared", "parse", "rows"]


#: the separator of the fields (a character no field may hold: such a prompt keeps none)
SEP = "\x1f"
#: each morpheme's fields, in order: surface, part-of-speech id, normalized and dictionary form
#: ("": the surface), reading, synonym group ids (comma-separated), begin, end, word id,
#: out of vocabulary ("0" / "1"), the count of its mode-A parts
_WIDTH = 11
_POS: dict[str, tuple[str, ...]] = {}  # part-of-speech id (its digits) -> its six fields
#: the number fields of every morpheme (part of speech, offsets, word id, parts), then the
#: synonym groups of every morpheme, joined by :data:`SEP`: ASCII digits, commas between groups
_NUMBERS = re.compile("[0-9]+(?:\x1f[0-9]+)*")
_GROUPS = re.compile("(?:[0-9]+(?:,[0-9]+)*)?(?:\x1f(?:[0-9]+(?:,[0-9]+)*)?)*")


class StoredMorpheme(tuple):
    """One morpheme read from a stored form, answering as a SudachiPy ``Morpheme`` does: its
    fields as :func:`rows` wrote them (made the values asked for when asked: the rules read a
    few of them), then its mode-A parts if it splits."""

    __slots__ = ()

    def surface(self) -> str:
        return self[0]

    def part_of_speech(self) -> tuple[str, ...]:
        return _POS[self[1]]

    def normalized_form(self) -> str:
        return self[2] or self[0]

    def dictionary_form(self) -> str:
        return self[3] or self[0]

    def reading_form(self) -> str:
        return self[4]

    def synonym_group_ids(self) -> list[int]:
        return list(map(int, self[5].split(","))) if self[5] else []

    def begin(self) -> int:
        return int(self[6])

    def end(self) -> int:
        return int(self[7])

    def word_id(self) -> int:
        return int(self[8])

    def is_oov(self) -> bool:
        return self[9] == "1"

    def part_of_speech_id(self) -> int:
        return int(self[1])

    def split(self, mode: Any, out: Any = None, add_single: bool = True) -> list[Any]:
        """The mode-A parts (SudachiPy's ``split``; only mode A is stored): empty when the
        unit does not split, unless ``add_single``."""
        from sudachipy import SplitMode

        if mode != SplitMode.A:
            raise ValueError("a stored morpheme keeps its mode-A split only")
        return list(self[_WIDTH]) if len(self) > _WIDTH else [self] if add_single else []


def rows(text: str) -> str | None:
    """``text``'s long units, then their mode-A parts, as the text :func:`parse` reads (the
    count of long units, then each morpheme's fields, joined by :data:`SEP`); None without
    SudachiPy, or when a field holds :data:`SEP` or a form is empty (which "" would misread)."""
    from sudachipy import SplitMode

    found = japanese.long_units(text)
    if found is None:
        return None
    units = list(found[1])
    parts = [m.split(SplitMode.A, add_single=False) for m in units]
    fields = [str(len(units))]
    every = [*zip(units, map(len, parts), strict=True), *((p, 0) for s in parts for p in s)]
    for m, count in every:
        surface, norm, written = m.surface(), m.normalized_form(), m.dictionary_form()
        if not (norm and written):
            return None
        fields += (surface, str(m.part_of_speech_id()), "" if norm == surface else norm,
                   "" if written == surface else written, m.reading_form(),
                   ",".join(map(str, m.synonym_group_ids())), str(m.begin()), str(m.end()),
                   str(m.word_id()), "1" if m.is_oov() else "0", str(count))  # fmt: skip
    if any(SEP in field for field in fields):
        return None
    return SEP.join(fields)


def _pos(pos_id: str) -> tuple[str, ...]:
    number = int(pos_id)
    found = japanese._sudachi_dictionary.pos_of(number) if number >= 0 else None
    if type(found) is not tuple or len(found) != 6 or str(number) != pos_id:
        raise ValueError(f"no part of speech {pos_id}")
    _POS[pos_id] = found
    return found


def parse(text: str) -> list[StoredMorpheme] | None:
    """The long units of the text :func:`rows` wrote, or None when ``text`` is not of that
    layout (or SudachiPy is not loaded): the prompt is then tokenized."""
    if japanese._sudachi() is None:
        return None
    try:
        fields = text.split(SEP)
        long, w = int(fields[0]), _WIDTH
        del fields[0]
        size = len(fields) // w
        if size * w != len(fields) or not 0 <= long <= size:
            return None
        if not size:
            return []
        pos_ids, flags, counts = fields[1::w], fields[9::w], fields[10::w]
        numbers = SEP.join([*pos_ids, *fields[6::w], *fields[7::w], *fields[8::w], *counts])
        if not (_NUMBERS.fullmatch(numbers) and _GROUPS.fullmatch(SEP.join(fields[5::w]))):
            return None
        parts = list(map(int, counts[:long]))
        if counts[long:].count("0") != size - long or long + sum(parts) != size:
            return None  # (a part of a part)
        if flags.count("0") + flags.count("1") != size:
            return None
        for pos_id in set(pos_ids).difference(_POS):
            _pos(pos_id)
        morphemes = [StoredMorpheme(fields[k : k + w]) for k in range(0, size * w, w)]
        start = long
        for k, count in enumerate(parts):
            if count:
                split = tuple(morphemes[start : start + count])
                morphemes[k] = StoredMorpheme((*morphemes[k], split))
                start += count
        return morphemes[:long]
    except Exception:  # damaged: tokenize instead, never fail the check
        return None


def offer(text: str, make: Any) -> None:
    """Let :func:`~.japanese.long_units` take ``text``'s long units from ``make()`` (a list,
    or None: then it tokenizes) instead of tokenizing, the next time this thread asks for them
    (a check's cached prompt: its stored form's rows, read when a rule asks). This thread's
    last two offers are kept (:func:`~.japanese.offer_long_units`)."""
    japanese.offer_long_units(text, make)


def keep_prepared(text: str, analysis: Any) -> None:
    """Keep on the analysis of ``text``, a Japanese prompt being prepared, its long units
    (those its analysis just read: this thread's recent ones), for :func:`offer_prepared`."""
    if analysis.lang != "ja":
        return
    found = japanese.long_units(text)
    if found is not None:
        analysis.derived("long units", lambda _: (text, found[1]))


def offer_prepared(text: str, analysis: Any) -> None:
    """:func:`offer` the long units :func:`keep_prepared` kept on the analysis of ``text``
    (a prepared query), if it did, before a check's rules ask for them."""
    kept = analysis.kept("long units") if analysis.lang == "ja" else None
    if kept is not None and kept[0] == text:
        morphemes = kept[1]
        japanese.offer_long_units(text, lambda: morphemes, newest=True)
