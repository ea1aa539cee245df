"""Two Japanese prompts that are one text spelled two ways (session 28): every word the same
but for common nouns that SudachiPy's dictionary normalizes to one form, each spelling of which
names that one noun only (金平糖 / こんぺいとう: both コンペイトー; 羊羹 / ようかん).

The default embedder reads such a pair as two texts (金平糖は手作りですか / こんぺいとうは
手作りですか: 0.729), and in the verified band (:mod:`.verified_band`) the boosted trees, which
weigh the cosine, left it unverified although every rule of the guard found the same words.
:func:`respelt_only` is the proof the band then accepts: not a likeness of meaning but the
dictionary's word that both texts say.

A spelling counts only when every common noun the dictionary holds under it has the one
normalized form (:func:`one_noun`): はし is 橋, 箸 and 端, かき is 柿 and 牡蠣, and a kana
spelling of several nouns keeps two prompts apart however SudachiPy normalized it in the
sentence. The embedder's surface form (``embedders/surface_ja.py``) reads the same test.

:func:`synonyms_only` (session 29) is the same proof for two words of one use: common nouns
that SudachiDict lists in one synonym group (持ち帰り / テイクアウト, 払い戻し / 返金); the
system dictionary carries the group ids on each morpheme.

:func:`kana_spelt` (session 31) is the proof for a word SudachiPy cannot read in kana: the one
span where two prompts differ is written in kana on one side (ひゃくにんいっしゅ, cut into
numbers and suffixes) and is one noun of the dictionary on the other (百人一首), whose reading
the kana spell exactly, and no other word of the word table has that reading (はんぷ may be 頒布
as well as 帆布; こうえん is 公園, 公演 or 講演: both stay apart). Session 36: when the kanji
side's word also holds a character both prompts share (芝刈り機 / しばかり機), the span is the
short unit that covers it (芝刈り).

:func:`light_verb_slip` (session 36) is the proof for a homophone slip the grammar corrects:
two kanji nouns of one reading before する / できる, only one of them a verbal noun (同乗できますか
/ 同上できますか). :func:`spelt_alike` names which of the two proofs read a pair.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from . import japanese
from .ja_alone import read_alone
from .ja_readings import homophones
from .ja_rendaku import head_homophones, katakana, spoken_as
from .japanese import long_units, short_units
from .shared_ends import shared_ends
from .spelling import KANA, kana

if TYPE_CHECKING:
    from .units import Unit

#: the part of speech of a respelt word: a common noun of the general class
COMMON_NOUN = ("名詞", "普通名詞", "一般")
#: what two spellings of one text may differ in besides their words: punctuation and blanks
_SKIPPED = frozenset({"補助記号", "空白"})
#: the verbs that make a verbal noun (サ変可能) a verb: する, and できる (its potential)
_LIGHT_VERBS = {"為る": False, "出来る": True}
#: a SudachiPy morpheme (or the guard's stored copy of one)
Morpheme = Any


@functools.lru_cache(maxsize=8192)
def one_noun(spelling: str, normalized: str) -> bool:
    """Every common noun the SudachiPy dictionary holds under ``spelling`` has the normalized
    form ``normalized``: the spelling names one word (つげ: 黄楊; the verb 告げる is not a
    noun). False when another common noun is spelled so, and when the dictionary cannot be
    read."""
    dictionary = japanese._sudachi_dictionary
    try:
        entries = dictionary.lookup(spelling) if dictionary is not None else None
    except Exception:  # a SudachiPy without lookup
        return False
    if not entries:
        return False
    forms = {m.normalized_form() for m in entries if tuple(m.part_of_speech()[:3]) == COMMON_NOUN}
    return forms == {normalized}


def respelt_only(first: str, second: str) -> bool:
    """``first`` and ``second`` (Japanese) are the same words in the same order (SudachiPy
    long units, punctuation and blanks aside), at least one of them spelled otherwise, and
    each word spelled otherwise is a common noun of one normalized form on both sides that
    each spelling names alone (:func:`one_noun`)."""
    return _changed_words(first, second, _respelt)


def synonyms_only(first: str, second: str) -> bool:
    """``first`` and ``second`` (Japanese) are the same words in the same order but for
    common nouns (general or サ変可能) that SudachiDict lists in one synonym group
    (持ち帰り / テイクアウト: group 480), each side's word as the dictionary spells it; at
    least one such pair (session 29). The group is the dictionary's word for one meaning,
    as the normalized form is for one spelling: 持ち帰り / 店内 share none."""
    return _changed_words(first, second, _synonymous)


def verb_as_noun(first: str, second: str) -> bool:
    """``first`` and ``second`` (Japanese) are the same words in the same order but for one
    verb on one side said on the other as a verbal noun (サ変可能) of one SudachiDict synonym
    group + する, or + できる where the verb is in its potential form (直せますか / 修理できますか,
    買えますか / 購入できますか), the light verb in the verb's conjugated form (session 33). The
    group is the dictionary's word for one meaning, as :func:`synonyms_only` reads it of two
    nouns; 直せる / 交換できる, 買える / 販売できる share none, and 直しますか / 修理できますか
    (will / can) is not this proof's."""
    found = long_units(first), long_units(second)
    if found[0] is None or found[1] is None:
        return False
    words = [[m for m in f[1] if m.part_of_speech()[0] not in _SKIPPED] for f in found]
    for verbs, nouns in (words, words[::-1]):
        if len(nouns) != len(verbs) + 1:
            continue
        at = 0
        while at < len(verbs) and verbs[at].surface() == nouns[at].surface():
            at += 1
        rest = [m.surface() for m in verbs[at + 1 :]]
        if at < len(verbs) and rest == [m.surface() for m in nouns[at + 2 :]]:
            return _said_as_noun(verbs[at], nouns[at], nouns[at + 1])
    return False


def _said_as_noun(verb: Morpheme, noun: Morpheme, light: Morpheme) -> bool:
    """``verb`` said as ``noun`` + ``light`` (する / できる): a verb and a verbal noun of one
    synonym group, the light verb in the verb's conjugated form (連用形, 終止形 ...), できる
    against the verb's potential form (a godan verb read as the ichidan verb of its ability:
    直せる of 直す) and する against any other form."""
    if verb.part_of_speech()[0] != "動詞" or noun.part_of_speech()[2] != "サ変可能":
        return False
    potential = _LIGHT_VERBS.get(light.normalized_form())
    if potential is None or set(verb.synonym_group_ids()).isdisjoint(noun.synonym_group_ids()):
        return False
    form, light_form = verb.part_of_speech()[5], light.part_of_speech()[5]
    if form.partition("-")[0] != light_form.partition("-")[0]:
        return False
    lemma = read_alone(verb.normalized_form())
    kind = verb.part_of_speech()[4]
    godan = lemma is not None and lemma.pos[0] == "動詞" and lemma.pos[4].startswith("五段")
    return potential == (godan and kind.startswith("下一段"))


def cut_synonyms(first: str, second: str, mine: str, theirs: str) -> bool:
    """:func:`synonyms_only` for a one-for-one substitution of the short unit ``mine`` (of
    ``first``) by ``theirs`` (of ``second``) when at least one of the two is a piece of a
    longer word of its prompt (駐車 of 駐車場, a suffix cut off: session 30): the long units
    are the words the synonym group lists. Two whole words (かき / 牡蠣: the kana word is in the
    groups of several nouns) are left to the other rules."""
    found = long_units(first), long_units(second)
    if found[0] is None or found[1] is None:
        return False
    words = [{m.surface() for m in f[1]} for f in found]
    if mine in words[0] and theirs in words[1]:
        return False  # (both whole words: nothing was cut)
    return synonyms_only(first, second)


def kana_spelt(first: str, second: str) -> tuple[str, str] | None:
    """The one span where ``first`` and ``second`` (Japanese) differ, as each writes it
    (``("ひゃくにんいっしゅ", "百人一首")``), when one side writes it in kana whose reading
    (katakana) is exactly one of a dictionary noun's readings in SudachiPy's dictionary and
    the other side that noun, and no other word of the word table has that reading
    (:func:`.ja_readings.homophones`); else None. The span is widened to
    the kanji side's whole long units (the shared text around it is the same characters on
    both sides), which must be one common or proper noun."""
    found = long_units(first), long_units(second)
    if found[0] is None or found[1] is None:
        return None
    (x, xs), (y, ys) = found
    start, end = shared_ends(x, y)
    spans = x[start : len(x) - end], y[start : len(y) - end]
    if not spans[0] or not spans[1]:
        return None
    kana_side = 0 if KANA.fullmatch(spans[0]) else 1 if KANA.fullmatch(spans[1]) else -1
    if kana_side < 0 or KANA.fullmatch(spans[1 - kana_side]):
        return None  # (both in kana: not this proof's)
    text, morphemes = (y, ys) if kana_side == 0 else (x, xs)
    word = _covering(morphemes, start, len(text) - end)
    if word is None:  # かみひこうき / 紙 + 飛行機: a compound of several nouns (session 38)
        return _compound_spelt(x if kana_side == 0 else y, text, morphemes, start, end, kana_side)
    if word.part_of_speech()[0] != "名詞":
        return None
    widened_start, widened_end = _bounds(morphemes, word)
    kana_text = x if kana_side == 0 else y
    kana = kana_text[widened_start : len(kana_text) - (len(text) - widened_end)]
    surface, normalized, readings = word.surface(), word.normalized_form(), {word.reading_form()}
    dictionary = japanese._sudachi_dictionary
    lookup = getattr(dictionary, "lookup", None)
    if not KANA.fullmatch(kana):  # 芝刈り機 / しばかり機: the unit holds a shared kanji too
        parts = short_units(second if kana_side == 0 else first) or []
        word = _covering(parts, start, len(text) - end)  # (芝刈り: the short unit of the span)
        if word is None or word.part_of_speech()[0] != "名詞":
            return None
        widened_start, widened_end = _bounds(parts, word)
        kana = kana_text[widened_start : len(kana_text) - (len(text) - widened_end)]
        surface, normalized, readings = word.surface(), word.normalized_form(), set()
        if not KANA.fullmatch(kana):
            return None
    reading = katakana(kana)
    if lookup is not None:
        readings |= {m.reading_form() for m in lookup(surface)}
    if reading not in readings:
        return None
    others = homophones(reading, surface) - {surface, normalized}
    if others and (lookup is None or any(not _names_only(lookup(o), reading) for o in others)):
        return None  # はんぷ: 頒布 too
    return (kana, surface) if kana_side == 0 else (surface, kana)


def _compound_spelt(
    kana_text: str, text: str, morphemes: list[Morpheme], start: int, end: int, kana_side: int
) -> tuple[str, str] | None:
    """:func:`kana_spelt` for a span that the kanji side ``text`` says as a run of two or more
    adjacent nouns of ``morphemes`` (its long units) and ``kana_text`` in kana (紙 + 飛行機 /
    かみひこうき): the kana spell the run's joined readings (a later noun maybe voiced, あまごや:
    :mod:`.ja_rendaku`), the head (last noun) has no other word of its reading in the word table
    but names, and neither has the joined reading. A modifier may have homophones (カミ: 紙, 髪,
    神); a head that has them (こうえん + かい: 会, 回, 階) keeps them apart. None if not so."""
    run, at = [], 0
    for m in morphemes:
        size = len(m.surface())
        if at + size > start and at < len(text) - end:
            run.append((m, at))
        at += size
    if len(run) < 2 or any(
        tuple(m.part_of_speech()[:2]) != COMMON_NOUN[:2] or KANA.search(m.surface()) for m, _ in run
    ):
        return None
    first_at, (head, head_at) = run[0][1], run[-1]
    last_at = head_at + len(head.surface())
    kana = kana_text[first_at : len(kana_text) - (len(text) - last_at)]
    reading = spoken_as([m for m, _ in run], kana)  # (あまごや: 海女 + 小屋, voiced)
    if reading is None:
        return None
    surface = text[first_at:last_at]
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    if lookup is None or homophones(reading, head.surface()) - {surface}:
        return None
    said = head.reading_form()
    others = head_homophones([m for m, _ in run], reading)
    if others and any(not _names_only(lookup(o), said) for o in others):
        return None
    return (kana, surface) if kana_side == 0 else (surface, kana)


def light_verb_slip(first: str, second: str) -> tuple[str, str] | None:
    """The one word where ``first`` and ``second`` (Japanese) differ, as each writes it
    (``("同乗", "同上")``), when it is a homophone slip that the grammar itself corrects: the
    same words in the same order (SudachiPy long units) but for two common nouns in kanji of
    one reading, the next word a light verb (する / できる) on both sides, and only one of the
    two a verbal noun (サ変可能) in every dictionary entry of its spelling: the other (同上,
    "ditto") takes no する, so the prompt that says it can only mean the verbal noun. Two
    verbal nouns of one reading (公演 / 講演, 航海 / 公開) or two that take no する (機械 /
    機会) are two words, and None."""
    words = _paired_words(first, second)
    if words is None:
        return None
    changed = [i for i, (x, y) in enumerate(zip(*words, strict=True)) if x.surface() != y.surface()]
    if len(changed) != 1 or changed[0] + 1 >= len(words[0]):
        return None
    x, y = words[0][changed[0]], words[1][changed[0]]
    if words[0][changed[0] + 1].normalized_form() not in _LIGHT_VERBS:
        return None
    if x.reading_form() != y.reading_form() or KANA.search(x.surface() + y.surface()):
        return None
    if not all(tuple(m.part_of_speech()[:2]) == COMMON_NOUN[:2] for m in (x, y)):
        return None
    verbal = [_verbal_noun(m.surface()) for m in (x, y)]
    if None in verbal or verbal[0] == verbal[1]:
        return None
    return x.surface(), y.surface()


def _verbal_noun(spelling: str) -> bool | None:
    """True when every dictionary entry of ``spelling`` is a verbal noun (サ変可能), False
    when none is, None when some are or the dictionary cannot be read."""
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    entries = list(lookup(spelling)) if lookup is not None else []
    kinds = {m.part_of_speech()[2] == "サ変可能" for m in entries}
    return kinds.pop() if len(kinds) == 1 else None


def _names_only(entries: Any, reading: str) -> bool:
    """Every dictionary entry of another word with ``reading`` is a proper noun, a name (たうえ:
    田上, a surname): a question spelling a common noun in kana does not mean it."""
    found = [m for m in entries if m.reading_form() == reading]
    return bool(found) and all(m.part_of_speech()[1] == "固有名詞" for m in found)


def _covering(morphemes: list[Morpheme], start: int, end: int) -> Morpheme | None:
    """The one morpheme of ``morphemes`` (in order, their surfaces spelling the text) that
    covers the characters ``start``..``end``, or None when they take more than one."""
    at = 0
    for m in morphemes:
        size = len(m.surface())
        if at <= start and end <= at + size:
            return m
        if at + size > start:
            return None
        at += size
    return None


def _bounds(morphemes: list[Morpheme], word: Morpheme) -> tuple[int, int]:
    """Where ``word`` (one of ``morphemes``) starts and ends in their text."""
    at = 0
    for m in morphemes:
        if m is word:
            return at, at + len(m.surface())
        at += len(m.surface())
    return -1, -1


def _respelt(x: Morpheme, y: Morpheme) -> bool:
    """Two spellings of one common noun that each name it alone."""
    norm = x.normalized_form()
    return y.normalized_form() == norm and all(
        tuple(m.part_of_speech()[:3]) == COMMON_NOUN and one_noun(m.surface(), norm) for m in (x, y)
    )


def _synonymous(x: Morpheme, y: Morpheme) -> bool:
    """Two common nouns of one SudachiDict synonym group."""
    return all(tuple(m.part_of_speech()[:2]) == COMMON_NOUN[:2] for m in (x, y)) and not set(
        x.synonym_group_ids()
    ).isdisjoint(y.synonym_group_ids())


def _paired_words(first: str, second: str) -> list[list[Morpheme]] | None:
    """The long units of ``first`` and ``second``, punctuation and blanks aside, when the two
    prompts have as many; else None (or without SudachiPy)."""
    found = long_units(first), long_units(second)
    if found[0] is None or found[1] is None:
        return None
    words = [[m for m in f[1] if m.part_of_speech()[0] not in _SKIPPED] for f in found]
    return words if len(words[0]) == len(words[1]) else None


def _changed_words(first: str, second: str, same: Callable[[Morpheme, Morpheme], bool]) -> bool:
    """The long units of ``first`` and ``second``, punctuation and blanks aside, pair up in
    order, every pair of two surfaces passes ``same``, and at least one pair has two."""
    words = _paired_words(first, second)
    if words is None:
        return False
    changed = False
    for x, y in zip(*words, strict=True):
        if x.surface() == y.surface():
            continue
        if not same(x, y):
            return False
        changed = True
    return changed


def spelt_alike(first: str, second: str) -> tuple[str, str, str] | None:
    """``("reading", "ひゃくにんいっしゅ", "百人一首")`` when ``first`` and ``second`` differ in
    one span, a noun and its reading in kana (:func:`kana_spelt`), ``("slip", "同乗", "同上")``
    when in one word, a homophone slip the light verb after it corrects
    (:func:`light_verb_slip`); else None. The words as ``first`` and ``second`` write them."""
    if spans := kana_spelt(first, second):
        return ("reading", *spans)
    return ("slip", *spans) if (spans := light_verb_slip(first, second)) else None


def respelt_query(query: str, first: Sequence[Unit], second: Sequence[Unit]) -> str:
    """``query`` with each Japanese word it shares with the cached prompt (``first``: its
    units; ``second``: the query's) but writes in kana only where the other has kanji, or
    the other way round, with the same reading, spelled as the cached prompt spells it:
    まくらは手で洗えますか against 枕は洗濯機で洗えますか -> 枕は手で洗えますか; ``query``
    itself when there is none (English: always; 申込 / 申し込み, kanji both, are left alone).

    (Moved here from :mod:`.minpair_stage` in session 38, which imports it.) The boosted
    trees read the two texts' character n-grams, so a word spelled in kana on one
    side looks like a rewording to them and lets them serve a substitution they refuse between
    the same words spelled alike (session 27: the trees were fitted on cosines that a kana
    spelling kept below the band). The minimal-pair stage asks them again of the respelt
    query, only when they would serve a substitution the check rejected."""
    if query.isascii():
        return query
    spelt = {u.key: u for u in first if u.reading}
    for unit in second:
        theirs = spelt.get(unit.key)
        if theirs is None or theirs.reading != unit.reading:
            continue
        if kana(theirs.text) != kana(unit.text):  # (not 申込 / 申し込み: the trees knew those)
            query = query.replace(unit.text, theirs.text, 1)
    return query
