"""Split a prompt into the units the minimal-pair check aligns: content words, numbers and
relation words, with filler and grammar dropped.

English: the guard's tokenizer and light stemmer; stop words, pronouns, auxiliaries and
politeness are filler; negation is left to the ``negation`` check. Relation words
(above/below, before/after, inside/outside, more/less, ...) and am/pm are kept as units of
their own kind, because replacing one changes what is asked. Japanese: SudachiPy (short
units, mode A) with normalised forms, readings and synonym group ids; particles,
auxiliaries, symbols, honorific prefixes, question words and non-independent words are
filler.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from . import lexicon as lx
from . import wordvec
from .constructions import en_how_long_take
from .english import _en_tokens
from .english import stem_en as _stem
from .english_forms import filler_slip
from .facts import WordMemo, _to_number
from .ja_kana_forms import ability_asked, split_kana_noun
from .ja_words import about_question, independent_verb, numeral_value
from .japanese import short_units
from .limits import (
    compounded,
    en_limit,
    ja_count_limit,
    ja_counter,
    ja_limit,
    ja_may_scope,
    ja_scope,
)
from .question_words import COUNTED, when_positions
from .unit_forms import related, same_family  # noqa: F401 (where the checks import them)

_EN_SKIP = (lx.EN_STOPWORDS - lx.EN_RELATIONS) | lx.EN_FILLER
_EN_SLIPPABLE = frozenset(_EN_SKIP | lx.EN_RELATIONS)  # words a filler slip may misspell
#: Words after which a noun phrase starts: determiners, possessives, prepositions
_EN_PHRASE_OPENERS = lx._words(
    "a an the this that these those my your our their his her its any some every each all "
    "at on in for to of with from by about"
)
_EN_JOINERS = frozenset({"and", "or", "&", "-"})
#: the words after which :func:`~.limits.en_limit` may change the limit from none
_EN_LIMIT_WORDS = frozenset(lx.EN_SCOPE_ALL | lx.EN_SCOPE_ONLY | lx.EN_LIMITING)


_NO_SYNONYMS: frozenset[int] = frozenset()


class Unit(NamedTuple):
    """One aligned unit: ``key`` decides identity; ``forms`` are looked up in the word-vector
    table (first found wins); ``kind`` is ``content``, ``number`` or ``relation``. Made by
    :func:`units` (a content unit's ``vector`` and ``rarity`` come from its forms:
    :func:`_content`); a tuple, immutable and cheap to make (a prompt makes dozens)."""

    key: str
    text: str
    kind: str = "content"
    forms: tuple[str, ...] = ()
    reading: str = ""
    synonyms: frozenset[int] = _NO_SYNONYMS
    position: int = -1  # index in the text's token stream (filler included)
    #: the word (Japanese: the long-unit morpheme; English: the run of content tokens with no
    #: filler between them, "and"/"or" included) the unit is part of; -1 when not tracked
    word: int = -1
    #: a bound morpheme that narrows the word it is attached to: a Japanese prefix (準2級,
    #: 副店長, 旧姓) or scope suffix (大型車用, 法人向け); added alone, it is not detail
    bound: bool = False
    #: English: the unit stands where a noun's modifier does, between a determiner, possessive
    #: or preposition and the next content word (the *wireless* charger, at *partner* ATMs);
    #: Japanese: a noun another noun follows at once, the first part of a compound (子ども料金)
    modifier: bool = False
    #: Japanese: a noun of time, frequency or extent (SudachiPy 副詞可能: 深夜, 平日, 一部) or a
    #: noun a restrictive particle follows (夏休みだけ, 会員のみ): it limits what it modifies
    scope: bool = False
    #: the word-vector table row of a content unit (its first form the table knows; None for
    #: numbers, relation words and unknown words), looked up once: every check asks it again
    vector: int | None = None
    #: how much the unit says, from its frequency rank in the word-vector table (which lists
    #: each language's words most frequent first): 0 for the commonest word, 1 for a word
    #: outside the table (names, rare words); numbers and relation words count as common (0.3)
    rarity: float = 0.3
    #: a Japanese number's unit (1本 / 1箱), and what limits a content unit: "all" (the whole
    #: phone, 全部), "only" (just the screen, 土曜日だけ), "with" (for members, シャワー付き),
    #: "clause" (壊れた腕時計) or "" (``limits.py``)
    counter: str = ""
    limit: str = ""
    #: Japanese: the keys of the whole word a content unit is part of, joined (鎧 + 飾り:
    #: 鎧飾り), when that word has more than one unit; else ""
    whole: str = ""


_LOG_VOCABULARY = math.log(30_002)
_new_unit = tuple.__new__  # a Unit from its fields in order, without the keyword handling


def _looked_up(forms: tuple[str, ...]) -> tuple[int | None, float]:
    """The word-vector row and rarity of a content unit with these ``forms``."""
    vector = wordvec.vector_index(*forms)
    return vector, 1.0 if vector is None else math.log(vector % 30_000 + 2) / _LOG_VOCABULARY


def _content(
    key: str,
    text: str,
    forms: tuple[str, ...],
    reading: str = "",
    synonyms: frozenset[int] = _NO_SYNONYMS,
    position: int = -1,
    word: int = -1,
    bound: bool = False,
    modifier: bool = False,
    scope: bool = False,
    limit: str = "",
) -> Unit:
    """A content unit, its ``vector`` and ``rarity`` looked up from its ``forms``."""
    vector, rarity = _looked_up(forms)
    fields = (key, text, "content", forms, reading, synonyms, position, word, bound, modifier)
    return _new_unit(Unit, (*fields, scope, vector, rarity, "", limit, ""))


def units(text: str, lang: str | None) -> tuple[Unit, ...]:
    """The units of ``text`` (``lang`` "en" or "ja"; any other language gives none)."""
    if lang == "en":
        return _units_en(text)
    if lang == "ja":
        return _units_ja(text)
    return ()


# What an English token stands for in the units, whatever its neighbours (remembered per
# token: words recur from prompt to prompt): the kinds of _EnToken
_NEGATION, _NUMERAL, _NUMBER_WORD, _RELATION, _SKIPPED, _CONTENT = range(6)


class _EnToken(NamedTuple):
    """One English token's part in :func:`_units_en`."""

    kind: int
    #: _NUMERAL: the units it makes (a number, and am/pm or a unit of measure glued to it);
    #: _NUMBER_WORD / _RELATION: its one unit; _CONTENT: the fields of its unit before
    #: ``position`` (then ``word``, ``bound``, ``modifier``, ``scope``, ``vector``, ``rarity``)
    made: tuple
    #: the unit it makes right after a number (am, pm), else None
    meridiem: Unit | None
    joiner: bool  # and / or / & / -: joins the content words around it into one word
    opener: bool  # a noun phrase starts after it (a determiner, possessive, preposition)
    vector: int | None = None
    rarity: float = 0.3
    #: the token lower-cased, and whether it may start or carry a limit (it is one of
    #: :data:`_EN_LIMIT_WORDS`): set once per token by :func:`_en_token_read`, not per text
    lower: str = ""
    limiting: bool = False


def _en_token(raw: str) -> _EnToken:
    lower = raw.lower()
    low = lower.strip("'.")
    joiner, opener = lower in _EN_JOINERS, lower in _EN_PHRASE_OPENERS
    meridiem = None
    if low in lx.EN_MERIDIEM:
        meridiem = Unit(lx.EN_MERIDIEM[low], low, "relation")
    if low in lx.EN_NEGATION:
        return _EnToken(_NEGATION, (), None, joiner, opener)
    if raw[0].isdigit():
        digits = low.rstrip("abcdefghijklmnopqrstuvwxyz%")
        value = _to_number(digits)
        made: list[Unit] = []
        if value is not None:
            made.append(Unit(_number_key(value), digits, "number"))
        suffix = low[len(digits) :]
        if suffix in lx.EN_MERIDIEM:
            made.append(Unit(lx.EN_MERIDIEM[suffix], suffix, "relation"))
        elif suffix and suffix not in ("st", "nd", "rd", "th"):  # 1st: the number, as first
            made.append(_content(suffix, suffix, (suffix,)))
        return _EnToken(_NUMERAL, tuple(made), None, joiner, opener)
    spelt = lx.en_number_parts(low)  # twelve, twenty-seven; thirty-day as 30-day
    if spelt is not None:
        number = Unit(_number_key(spelt[0]), low, "number")
        if spelt[1]:  # a number and a noun, as 30-day
            noun = _content(spelt[1], spelt[1], (spelt[1],))
            return _EnToken(_NUMERAL, (number, noun), None, joiner, opener)
        return _EnToken(_NUMBER_WORD, (number,), meridiem, joiner, opener)
    if low in lx.EN_RELATIONS:
        return _EnToken(_RELATION, (Unit(low, low, "relation", (low,)),), meridiem, joiner, opener)
    key = _stem(low) if low else ""
    acronym = len(raw) > 1 and raw.isupper()  # IT, US, AM: not the stop words it, us, am
    if not key or (not acronym and (low in _EN_SKIP or key in _EN_SKIP)):
        return _EnToken(_SKIPPED, (), meridiem, joiner, opener)
    slip = filler_slip(low, _EN_SLIPPABLE) if raw.islower() else None  # shoud, aginst
    if slip is not None:
        relation = (Unit(slip, slip, "relation", (slip,)),) if slip in lx.EN_RELATIONS else ()
        return _EnToken(_RELATION if relation else _SKIPPED, relation, meridiem, joiner, opener)
    forms = (low, key)
    vector, rarity = _looked_up(forms)
    made_content = (key, raw.strip("'."), "content", forms, "", _NO_SYNONYMS)
    return _EnToken(_CONTENT, made_content, meridiem, joiner, opener, vector, rarity)


def _en_token_read(raw: str) -> _EnToken:
    """:func:`_en_token` with the token's lower-case form and limit flag, which
    :func:`_units_en` reads for every token of a text (remembered with the token)."""
    lower = raw.lower()
    return _en_token(raw)._replace(lower=lower, limiting=lower in _EN_LIMIT_WORDS)


_EN_TOKENS = WordMemo(_en_token_read)


def _units_en(text: str) -> tuple[Unit, ...]:
    kept, miss = _EN_TOKENS.kept, _EN_TOKENS.miss
    raws = en_how_long_take(_en_tokens(text)[1])  # how long till X: how long X takes
    infos = [kept.get(raw) or miss(raw) for raw in raws]
    out: list[Unit] = []
    limit = ""  # what limits the next content word (``Unit.limit``)
    opening: list[int] = []  # indexes in ``out`` of content units after a phrase opener
    previous_number = False
    word, last = 0, -1  # the word of the last content token, and its position
    for position, info in enumerate(infos):
        kind = info.kind
        low = info.lower
        if limit or info.limiting:  # (most tokens neither carry nor start a limit)
            limit = en_limit(low, limit, position > 0 and infos[position - 1].kind == _CONTENT)
        if kind == _NEGATION:
            previous_number = False
            continue
        if kind == _NUMERAL:
            out.extend(info.made)
            previous_number, limit = True, ""  # just one day: a least amount, not a scope
            continue
        if previous_number and info.meridiem is not None:
            out.append(info.meridiem)
            previous_number = False
            continue
        previous_number = kind == _NUMBER_WORD
        if kind in (_NUMBER_WORD, _RELATION):
            out.extend(info.made)
            limit = ""
            continue
        if kind == _SKIPPED:
            continue
        # content tokens next to each other (or joined by and / or) are one word: top up,
        # black and white, wireless network
        word += last < 0 or (
            position > last + 1 and not all(i.joiner for i in infos[last + 1 : position])
        )  # (next to the last content token: the same word, nothing between to read)
        last = position
        if position > 0 and infos[position - 1].opener:
            opening.append(len(out))
        if not limit and position and info.made[1].endswith("ed") and infos[position - 1].opener:
            limit = "clause"  # a participle after a determiner: the *broken* screen
        out.append(_new_unit(Unit, (*info.made, position, word, False, False, False, info.vector,
                                    info.rarity, "", limit, "")))  # fmt: skip
        limit = "all" if limit == "all" and low in lx.EN_SCOPE_ALL else ""
    # a modifier stands before another content word: "the charger" has none
    for i in opening:
        if i + 1 < len(out) and out[i + 1].position == out[i].position + 1:
            out[i] = _new_unit(Unit, (*out[i][:9], True, *out[i][10:]))  # (modifier=True)
    return tuple(out)


def _number_key(value: float) -> str:
    return f"#{value:g}"


_JA_FILLER_MAJOR = frozenset({"助詞", "助動詞", "補助記号", "空白", "記号", "感動詞"})
#: Light verbs, demonstratives and the request frame (教えてください, 知りたい): they say how
#: the question is put, not what it asks. Question words are the ``question`` check's job.
_JA_FILLER_WORDS = (
    frozenset({"する", "為る", "出来る", "できる", "居る", "有る", "成る", "御"})
    | frozenset({"此の", "其の", "彼の", "どの", "教える", "知る"})
    | frozenset(lx.JA_QUESTION_WORDS)
)


# What a Japanese short unit makes in the units, as far as the word alone tells (remembered
# per word: its id and surface, which fix every field SudachiPy gives; session 22): the kinds
# of _JaPiece
_JA_SKIPPED, _JA_NUMBER, _JA_RELATION, _JA_CONTENT = range(4)


class _JaPiece(NamedTuple):
    """One short unit's part in :func:`_units_ja` that does not depend on its neighbours."""

    kind: int
    pos: tuple[str, ...]
    norm: str  # (何分: 分, the counter)
    surface: str
    #: _JA_NUMBER: its value; _JA_CONTENT: the fields of its unit before ``position``
    made: Any = None
    #: a verb SudachiPy marks 非自立可能: a unit only when it stands on its own (its neighbours)
    dependent: bool = False
    vector: int | None = None
    rarity: float = 0.3
    #: its surface may make a noun a scope (:func:`~.limits.ja_may_scope`): remembered with
    #: the word, not tested again (a call per character) for every noun of every text
    may_scope: bool = False


def _ja_piece(m: Any) -> _JaPiece:
    pos = m.part_of_speech()
    major = pos[0]
    norm = m.normalized_form()
    surface = m.surface()
    if (
        major in _JA_FILLER_MAJOR
        or (pos[1] == "非自立可能" and major != "動詞")  # (a verb: its neighbours tell)
        or (major == "接尾辞" and norm not in lx.JA_MEANINGFUL_SUFFIXES)
        or (major == "接頭辞" and surface in ("お", "ご", "御"))
        or norm in lx.JA_FUNCTION_NOUNS
        or norm in _JA_FILLER_WORDS
        or major == "代名詞"
        or (major == "名詞" and about_question(surface))  # いつ頃: the ``question`` check's
    ):
        return _JaPiece(_JA_SKIPPED, pos, norm, surface)
    dependent = pos[1] == "非自立可能"
    if pos[1] == "数詞":
        value = _to_number(norm) if norm[:1].isdigit() else numeral_value(surface, norm)
        if value is not None:
            return _JaPiece(_JA_NUMBER, pos, norm, surface, _number_key(value))
    if surface[:1] == "何" and major == "名詞" and surface[1:] in COUNTED:
        norm = surface = surface[1:]  # 何分 as one unit, as 何 + 分: the counter
    if major == "接尾辞" and norm in lx.JA_RELATION_SUFFIXES:
        return _JaPiece(_JA_RELATION, pos, norm, surface)
    forms = (norm, m.dictionary_form())
    synonyms = frozenset(m.synonym_group_ids()) or _NO_SYNONYMS
    made = (norm, surface, "content", forms, m.reading_form(), synonyms)
    scoped = ja_may_scope(m.surface())  # (the word's own surface: 何分's, not 分's)
    return _JaPiece(_JA_CONTENT, pos, norm, surface, made, dependent, *_looked_up(forms), scoped)


_JA_PIECES = WordMemo(_ja_piece)


def _units_ja(text: str) -> tuple[Unit, ...]:
    morphemes = short_units(text)
    if morphemes is None:
        return ()
    out: list[Unit] = []
    # Short units (mode A): 海外送金 -> 海外 + 送金, so that a replaced or added part of a
    # compound (国内送金 / 海外送金, 会員 / 家族会員) is a unit of its own.
    word, last = 0, -1  # units next to each other form one word: 勤務 + 先, 家族 + 会員
    asked = when_positions([m.surface() for m in morphemes]) if "何" in text else ()
    kept, miss = _JA_PIECES.kept, _JA_PIECES.miss
    for position, m in enumerate(morphemes):
        if position in asked:
            continue  # 何日前: a question word (いつ), the ``question`` check's
        split = split_kana_noun(morphemes, position)  # 剣道のしないも: one noun, シナイ
        if split is not None:
            word, last = word + 1, position + 1
            out.append(_content(split[0], split[0], (split[0],), split[1], position=position,
                                word=word))  # fmt: skip
            continue
        key = (m.word_id(), m.surface())
        piece = kept.get(key) or miss(key, m)
        kind = piece.kind
        if kind == _JA_SKIPPED:
            continue
        if piece.dependent and not (
            independent_verb(morphemes, position) or ability_asked(morphemes, position)
        ):
            continue  # てしまう, 取り込む: bound; 五月人形をしまう: a verb of its own
        pos = piece.pos
        major = pos[0]
        if major == "名詞" and ability_asked(morphemes, position - 1):
            continue  # こと in 借りることはできますか: the potential in two words
        if kind == _JA_NUMBER:
            counter = ja_counter(morphemes, position)
            limit = ja_count_limit(morphemes, position)  # 一枚だけ: a count, not all
            out.append(Unit(piece.made, piece.surface, "number", counter=counter, limit=limit))
            continue
        word += last < 0 or position != last + 1
        last = position
        if kind == _JA_RELATION:
            norm = piece.norm
            out.append(Unit(norm, piece.surface, "relation", (norm,), position=position, word=word))
            continue
        noun = major == "名詞"
        fields = (*piece.made, position, word, major in ("接頭辞", "接尾辞"))
        modifier = noun and compounded(morphemes, position)
        scope = noun and piece.may_scope and ja_scope(pos, morphemes, position)
        limit = ja_limit(major, piece.norm, morphemes, position)
        out.append(_new_unit(Unit, (*fields, modifier, scope, piece.vector, piece.rarity, "",
                                    limit, "")))  # fmt: skip
    return _with_wholes(out)


def _with_wholes(out: list[Unit]) -> tuple[Unit, ...]:
    """``out`` with each content unit of a word of several units told that word's keys
    (:attr:`Unit.whole`)."""
    wholes: dict[int, list[str]] = {}
    for u in out:
        if u.kind == "content":
            wholes.setdefault(u.word, []).append(u.key)
    for i, u in enumerate(out):
        keys = wholes.get(u.word) if u.kind == "content" else None
        if keys is not None and len(keys) > 1:
            out[i] = _new_unit(Unit, (*u[:-1], "".join(keys)))  # (whole=...: the last field)
    return tuple(out)
