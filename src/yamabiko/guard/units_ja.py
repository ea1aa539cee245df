"""The Japanese units of a prompt (:func:`units_ja`, through :func:`.units.units`): SudachiPy
short units (mode A) with normalised forms, readings and synonym group ids; particles,
auxiliaries, symbols, honorific prefixes, question words and non-independent words are
filler. What a short unit makes alone is remembered per word (:data:`_JA_PIECES`)."""

from __future__ import annotations

from typing import Any, NamedTuple

from . import lexicon as lx
from .facts import WordMemo, _to_number
from .ja_clauses import LEAVE, grants_leave
from .ja_kana_forms import GO, ability_asked, casual_can, split_kana_noun
from .ja_plain import HONORIFIC_COMING, polite_forms
from .ja_words import about_question, independent_verb, numeral_value, privative
from .japanese import short_units
from .limits import compounded, ja_count_limit, ja_counter, ja_limit, ja_may_scope, ja_scope
from .question_words import COUNTED, when_positions
from .unit_record import NO_SYNONYMS, Unit, content, looked_up, new_unit, number_key, with_wholes

_JA_FILLER_MAJOR = frozenset({"助詞", "助動詞", "補助記号", "空白", "記号", "感動詞"})
#: Light verbs, demonstratives and the request frame (教えてください, 知りたい): they say how
#: the question is put, not what it asks. Question words are the ``question`` check's job.
_LIGHT = frozenset({"する", "為る", "出来る", "できる", "居る", "有る", "成る", "御"})
#: ... and their polite and honorific forms, which say the same (うなぎはございますか /
#: ありますか, 入ってもよろしいですか / いいですか: 良い is filler by its part of speech,
#: 非自立可能, and so is the よろしい that says it politely)
JA_FILLER_WORDS = (
    _LIGHT
    | polite_forms(_LIGHT | {"良い"})
    | frozenset({"此の", "其の", "彼の", "どの", "教える", "知る"})
    | frozenset(lx.JA_QUESTION_WORDS)
)


# What a Japanese short unit makes in the units, as far as the word alone tells (remembered
# per word: its id and surface, which fix every field SudachiPy gives; session 22): the kinds
# of _JaPiece
_JA_SKIPPED, _JA_NUMBER, _JA_RELATION, _JA_CONTENT = range(4)
#: the key and reading of the unit a privative noun (:func:`.ja_words.privative`: タコ抜き)
#: makes: those of 無し, which なし meets by its reading
_WITHOUT, _WITHOUT_READING = "無し", "ナシ"


class _JaPiece(NamedTuple):
    """One short unit's part in :func:`units_ja` that does not depend on its neighbours."""

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
        or norm in JA_FILLER_WORDS
        or major == "代名詞"
        or (major == "名詞" and about_question(surface))  # いつ頃: the ``question`` check's
    ):
        return _JaPiece(_JA_SKIPPED, pos, norm, surface)
    dependent = pos[1] == "非自立可能" or norm in HONORIFIC_COMING  # (伺う: as 行く is)
    if pos[1] == "数詞":
        value = _to_number(norm) if norm[:1].isdigit() else numeral_value(surface, norm)
        if value is not None:
            return _JaPiece(_JA_NUMBER, pos, norm, surface, number_key(value))
    if surface[:1] == "何" and major == "名詞" and surface[1:] in COUNTED:
        norm = surface = surface[1:]  # 何分 as one unit, as 何 + 分: the counter
    if major == "接尾辞" and norm in lx.JA_RELATION_SUFFIXES:
        return _JaPiece(_JA_RELATION, pos, norm, surface)
    forms = (norm, m.dictionary_form())
    synonyms = frozenset(m.synonym_group_ids()) or NO_SYNONYMS
    made = (norm, surface, "content", forms, m.reading_form(), synonyms)
    scoped = ja_may_scope(m.surface())  # (the word's own surface: 何分's, not 分's)
    return _JaPiece(_JA_CONTENT, pos, norm, surface, made, dependent, *looked_up(forms), scoped)


_JA_PIECES = WordMemo(_ja_piece)


def units_ja(text: str) -> tuple[Unit, ...]:
    """The minimal-pair units of a Japanese text, read from its SudachiPy short units (each
    morpheme's reading: :func:`_ja_piece`; filler and question words left out); empty
    without SudachiPy."""
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
        key = (m.word_id(), m.surface())
        piece = kept.get(key) or miss(key, m)
        # 剣道のしないも: one noun, シナイ (a verb opens it, し + ない: no other word is read)
        split = split_kana_noun(morphemes, position) if piece.pos[0] == "動詞" else None
        if split is not None:
            word, last = word + 1, position + 1
            out.append(content(split[0], split[0], (split[0],), split[1], position=position,
                                word=word))  # fmt: skip
            continue
        kind = piece.kind
        if kind == _JA_SKIPPED:
            continue
        if piece.dependent and not (
            independent_verb(morphemes, position) or ability_asked(morphemes, position)
        ):
            continue  # てしまう, 取り込む: bound; 五月人形をしまう: a verb of its own
        if piece.norm == GO and casual_can(morphemes, position):
            continue  # 何個までいける？: the casual can, filler as できる is
        if piece.norm in LEAVE and grants_leave(morphemes, position):
            continue  # 停めても構いませんか / 停めてもいいですか: the frame of leave, filler
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
        if piece.norm in lx.JA_PRIVATIVE_NOUNS and privative(morphemes, position):
            out.append(content(_WITHOUT, piece.surface, (_WITHOUT,), _WITHOUT_READING,
                               position=position, word=word))  # fmt: skip
            continue  # タコ抜き: the unit of タコなし's なし, one word said two ways
        noun = major == "名詞"
        fields = (*piece.made, position, word, major in ("接頭辞", "接尾辞"))
        modifier = noun and compounded(morphemes, position)
        scope = noun and piece.may_scope and ja_scope(pos, morphemes, position)
        limit = ja_limit(major, piece.norm, morphemes, position)
        out.append(new_unit(Unit, (*fields, modifier, scope, piece.vector, piece.rarity, "",
                                    limit, "")))  # fmt: skip
    return with_wholes(out)
