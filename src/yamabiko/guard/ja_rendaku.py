"""Sequential voicing (rendaku) in a Japanese compound said in kana (session 39's late round).

A noun that follows another in a compound often has its first consonant voiced: 海女 + 小屋 is
read アマゴヤ, not アマコヤ; 雨 + 傘 is アマガサ. :func:`.ja_respelt.kana_spelt` compared the kana
of one prompt with the joined dictionary readings of the nouns the other prompt writes in
kanji only, so あまごや / 海女小屋 stayed two words (``substitution:あまご->海女+小屋``).
:func:`spoken_as` also accepts kana that differ from the joined readings only by voicing the
first kana of a noun after the first (カ行 → ガ行, サ行 → ザ行, タ行 → ダ行, ハ行 → バ行: the
voicings rendaku makes); the first noun is never voiced, nor any other kana of a noun, and
:func:`head_homophones` then asks for other words of the head's voiced reading too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .ja_readings import homophones
from .spelling import KANA

_UNVOICED = "カキクケコサシスセソタチツテトハヒフヘホ"
_VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ"
#: the first kana of a noun and its voiced twin (コ: ゴ)
VOICED = dict(zip(_UNVOICED, _VOICED, strict=True))


def katakana(kana: str) -> str:
    """``kana`` with every hiragana written in katakana (あまごや: アマゴヤ)."""
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in kana)


def spoken_as(nouns: Sequence[Any], kana: str) -> str | None:
    """The reading (katakana) that ``kana`` say when they are the SudachiPy morphemes
    ``nouns``' readings joined, each noun after the first with its first kana voiced or not
    (海女 + 小屋, あまごや: ``"アマゴヤ"``; かみひこうき: ``"カミヒコウキ"``); None when they
    are not (あまごよ) or ``kana`` is not all kana."""
    if not KANA.fullmatch(kana):
        return None
    said, at = katakana(kana), 0
    for index, reading in enumerate(m.reading_form() for m in nouns):
        piece = said[at : at + len(reading)]
        if not reading or len(piece) != len(reading) or piece[1:] != reading[1:]:
            return None
        if piece[0] != reading[0] and (index == 0 or VOICED.get(reading[0]) != piece[0]):
            return None
        at += len(reading)
    return said if at == len(said) else None


def head_homophones(nouns: Sequence[Any], said: str) -> set[str]:
    """The other words of the word table that the last of ``nouns`` (the head) may be heard
    as in ``said`` (their reading as :func:`spoken_as` gave it): the homophones of the head's
    dictionary reading (コヤ: 古屋) and, when ``said`` voices it, of the voiced one (ゴヤ), less
    the head's own spellings."""
    head = nouns[-1]
    plain = head.reading_form()
    readings = {plain, said[len(said) - len(plain) :]} if plain else set()
    found = {o for r in readings for o in homophones(r, head.surface())}
    return found - {head.surface(), head.normalized_form()}
