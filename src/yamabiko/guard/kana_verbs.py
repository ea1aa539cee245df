"""A Japanese verb written in kana against one written with kanji (つかえますか / 使えますか,
かけば / 書けば): one verb, when the kana can be no other common verb.

The minimal-pair check pairs a unit in kana with one in kanji of the same reading only when no
other word of the word table has that reading (:func:`~.ja_readings.homophones`: こうえん may be
公園, 公演 or 講演). For verbs that test reads an inflected reading (ツカエ) against the table's
nouns (支え, 仕え) and never against the verbs a kana verb may stand for, so つかえる (使える)
was refused for the nouns 支え and 仕え. Here the candidates are the word table's verbs whose
dictionary-form reading in SudachiPy's dictionary is the kana verb's (ツカエル: 仕える, 支える)
and the potential forms of its five-row verbs (:func:`~.ja_readings.verb_readings`: 使う ->
ツカエル, 送る -> オクレル); the kanji side's verb is the kana verb when it is one of them and
the most frequent of them in the word table (its rank in the table's Japanese words) by
:data:`MARGIN` times or more (使う, 177th, against 支える, 6,030th), and SudachiPy did not
read the kana as a verb of its own written with kanji (おくれる: 遅れる, so not 送れる). かえる
stays unread (帰る 548th, 買う 298th, 変える 1,657th). A candidate written with the kanji
side's first kanji does not compete (あける: 開く's potential and 開ける, both 開).

General resources only (the word table's frequencies, SudachiPy's readings and conjugation
types): no list of verbs.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from . import japanese
from .ja_readings import verb_readings

if TYPE_CHECKING:
    from .units import Unit

#: how many times more frequent the kanji side's verb must be than any other reading
MARGIN = 3
_HIRAGANA = range(0x3041, 0x3097)
_KANA = re.compile(r"[\u3041-\u309f]+")


def katakana(text: str) -> str:
    """``text`` with its hiragana written in katakana (つかえる -> ツカエル)."""
    return "".join(chr(ord(c) + 0x60) if ord(c) in _HIRAGANA else c for c in text)


def is_verb(unit: Unit) -> bool:
    """SudachiPy's dictionary has the unit's dictionary form as a verb."""
    return _verb_form(unit.forms[-1] if unit.forms else unit.key)


@functools.lru_cache(maxsize=1 << 12)
def _verb_form(word: str) -> bool:
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    return lookup is not None and any(e.part_of_speech()[0] == "動詞" for e in lookup(word))


def one_verb(spelt: Unit, written: Unit) -> bool:
    """``spelt`` (a verb in kana) is ``written`` (a verb with kanji, the same reading as
    written): True when both are verbs and ``written``'s verb is the dominant reading of the
    kana (see the module); False when another common verb may be meant or one is no verb."""
    if not _KANA.fullmatch(spelt.key):
        return False  # SudachiPy read the kana as a verb of its own (おくれる: 遅れる)
    candidates = verb_readings()  # (loads SudachiPy's dictionary)
    if not (is_verb(spelt) and is_verb(written)):
        return False
    spelling = spelt.forms[-1] if spelt.forms else spelt.key
    ranks = candidates.get(katakana(spelling), {})
    own = ranks.get(written.key)
    if own is None:
        return False
    others = [
        rank
        for word, rank in ranks.items()
        if word not in (written.key, spelling) and word[:1] != written.key[:1]
    ]  # (開く / 開ける: one kanji, its intransitive's potential and its transitive, one verb)
    return all(rank >= MARGIN * own for rank in others)
