"""A Japanese word written in kana against a word in kanji of the same reading, read by the
sentence around it (印刷用のかみ / 印刷用の紙).

The minimal-pair check pairs a kana word with a kanji word of its reading only when no other
word of the word table has that reading (``unit_forms._homophone``: こうえん may be 公園,
公演 or 講演). When it has, the prompt's other words often tell which: :func:`read_in_context`
takes the kana as the written word when, of the words SudachiPy's dictionary reads so (kana
spellings left out), the written one is the closest by the word vectors to a content word of
the kana's prompt, at least :data:`CONTEXT_FLOOR` close and ahead of every other reading by
:data:`CONTEXT_MARGIN` (かみ beside 印刷: 紙 0.59, 上 0.22; beside コピー機: 紙 0.34). When the
context does not single it out (こうえん beside チケット: 後援 0.27, 公演 0.24; はし beside 渡る:
端 before 橋) or only by a little (ばち beside 貸す: 撥 0.24, a closeness of two single kanji
in the 8-bit table, not of a meaning: 撥 and 三味線 are at -0.10), the two stay apart, as before.
Only a word written in kanji alone is read so (紙, 瓦): an inflected word's kana (おくれ: 送れ or
遅れ, かえ: 買え, 替え or 帰れ) names verbs of other meanings that the prompt's nouns do not rule
out, so 荷物は海外におくれますか stays apart from 送れますか, as session 19 decided.

SudachiDict's synonym groups list some kana spellings with the word they spell (かわら in 瓦's
group, こうえん in 公園's, はし in 箸's): the dictionary's own reading of the kana. When the two
units share such a group, the floor is waived: the kana is taken as the written word unless
the prompt's words read it as another word of the reading, i.e. another reading comes within
:data:`CONTEXT_MARGIN` of the written one's closeness, or, when the written word has no
closeness (no vector of its own, or no other word of the prompt has one), reaches
:data:`CONTEXT_FLOOR` (かわら beside 葺き替え, which the table lacks: 瓦; こうえん beside 遊ぶ:
公園 0.24, 公演 0.16, too near: apart; はし beside 付く: 端 0.36, apart).

A written word the word-vector table lacks (凧, 蛸: rare kanji of common kana words) has no
closeness to weigh either; it is read as a listed one is (session 24): the kana is taken as
it unless another reading the table knows reaches :data:`CONTEXT_FLOOR` beside the kana
prompt's words (たこ beside 糸: 太古 does not; 凧 / たこ one word). Only when the kana prompt
has some word with a vector: with none, nothing speaks for either reading.

The dictionary's compounds speak too (session 26): a kana word right before or after a noun
of its prompt (の between them or nothing) is taken as the written word when SudachiPy's
dictionary has the written word and that noun as one compound and has no such compound of
another kanji reading (きりのたんす beside 桐の箪笥: 桐箪笥 is one word, 霧箪笥 and 錐箪笥 are not;
はしおき: 箸置き, not 橋置き or 端置き). The word vectors know neither 桐 beside 箪笥 nor 撥 beside
三味線; the dictionary knows the first (撥 has no compound with 三味線: the pair stays apart).
A verb of the kana's prompt speaks so too through its noun form, which comes first in its
compounds (session 27: のりは焼いてありますか beside 海苔は…: 焼き海苔 is one word of the
dictionary, 焼き糊 and 焼き法 are not; the word vectors put 焼く at 0.21 from 海苔 and 0.16 from
糊, too near to tell).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from . import wordvec
from .ja_readings import homophones
from .japanese import _sudachi
from .kana_rows import I_ROW
from .limits import is_kanji
from .spelling import kana

if TYPE_CHECKING:
    from .units import Unit

#: the least word-vector cosine of the written reading to a word of the kana's prompt (the
#: table's single kanji fall within 0.25 of many words by chance: 撥 / 貸す 0.24)
CONTEXT_FLOOR = 0.3
#: how much closer to the prompt's words the written reading must be than any other
CONTEXT_MARGIN = 0.1


def read_in_context(left: Sequence[Unit], right: Sequence[Unit], first: Sequence[Unit],
                    second: Sequence[Unit]) -> str:  # fmt: skip
    """``kana->kanji`` when one unit is left on each side (``left`` of the prompt ``first``,
    ``right`` of ``second``), of one reading, one in kana and the other not, and the kana
    prompt's words read the kana as the written word (see the module docstring); else ""."""
    if len(left) != 1 or len(right) != 1:
        return ""
    a, b = left[0], right[0]
    if a.kind != "content" or b.kind != "content" or not a.reading or a.reading != b.reading:
        return ""
    if kana(a.text) == kana(b.text):
        return ""  # both in kana, or both in kanji: not this reading's question
    spelt, written, context = (a, b, first) if kana(a.text) else (b, a, second)
    if not all(is_kanji(c) for c in written.text):
        return ""  # an inflected or mixed word: its kana names words the context cannot tell
    if _compound_reading(spelt, written, context):
        return f"{a.text}->{b.text}"  # きりのたんす: 桐箪笥 is one word of the dictionary
    around = [u.vector for u in context if u is not spelt]
    near = _closeness(written.key, around)
    listed = not spelt.synonyms.isdisjoint(written.synonyms)  # the dictionary's own reading
    # a written word the table lacks (凧): no closeness to weigh, so, as for a listed one,
    # the kana is taken as it unless the prompt's words read it as another word
    unknown = written.vector is None and any(v is not None for v in around)
    if not (listed or unknown) and (near is None or near < CONTEXT_FLOOR):
        return ""
    # (listed, without a closeness of its own: another reading must not reach the floor)
    ahead = CONTEXT_FLOOR if near is None else near - CONTEXT_MARGIN
    for other in homophones(written.reading, written.key) - {written.key, *written.forms}:
        if kana(other):
            continue  # a kana spelling says no more than the kana itself
        theirs = _closeness(other, around)
        if theirs is not None and (theirs >= ahead if near is None else theirs > ahead):
            return ""
    return f"{a.text}->{b.text}"


def _compound_reading(spelt: Unit, written: Unit, context: Sequence[Unit]) -> bool:
    """A noun of the kana's prompt (``context``) stands right before or after ``spelt`` (の
    between them or nothing) and makes one compound of the dictionary with ``written``
    (:func:`dictionary_compound`), and with no other kanji word of the reading (桐 / きり
    beside たんす: 桐箪笥, and no 霧箪笥)."""
    others = [w for w in homophones(written.reading, written.key) - {written.key, *written.forms}
              if not kana(w)]  # fmt: skip
    for unit in context:
        if unit.kind != "content" or unit is spelt or abs(unit.position - spelt.position) > 2:
            continue
        before = spelt.position < unit.position  # きりのたんす: the kana word first
        # a verb's noun form comes first in its compounds (のりは焼いて: 焼き海苔)
        nouns = [(unit.key, before)] + [(form, False) for form in verb_noun_forms(unit)]
        for noun, first in nouns:
            if dictionary_compound(written.key, noun, first) and not any(
                dictionary_compound(other, noun, first) for other in others
            ):
                return True
    return False


def verb_noun_forms(unit: Unit) -> tuple[str, ...]:
    """The noun forms (連用形) a Japanese verb unit may have, read off its dictionary form
    (``key``) when the unit is an inflected verb (its text is not its key): 焼く -> 焼き; a
    verb in る may be of either class, so both forms (煮る -> 煮り, 煮). Empty otherwise."""
    key = unit.key
    if unit.text == key or len(key) < 2 or key[-1] not in I_ROW or not is_kanji(key[0]):
        return ()
    forms = (key[:-1] + I_ROW[key[-1]],)
    return (*forms, key[:-1]) if key[-1] == "る" else forms


@lru_cache(maxsize=4096)
def dictionary_compound(word: str, noun: str, first: bool) -> bool:
    """SudachiPy's dictionary has ``word`` + ``noun`` (``first``; else ``noun`` + ``word``) as
    one noun of its own, read as one long unit (桐 + 箪笥: 桐箪笥; 箸 + 置き: 箸置き)."""
    loaded = _sudachi()
    if loaded is None or not noun or noun.isascii():
        return False
    joined = word + noun if first else noun + word
    found = loaded[0].tokenize(joined, loaded[1])
    return (len(found) == 1 and found[0].part_of_speech()[0] == "名詞"
            and found[0].normalized_form() == joined)  # fmt: skip


def _closeness(word: str, vectors: Sequence[int | None]) -> float | None:
    """The highest word-vector cosine of ``word`` to one of ``vectors`` (None: the table
    lacks the word, or the prompt has no word with a vector)."""
    i = wordvec.vector_index(word)
    rows = [j for j in vectors if j is not None]
    if i is None or not rows:
        return None
    return max(wordvec.similarity(i, j) for j in rows)
