"""A Japanese request to be told a price, read as the question いくら (session 28).

体験にかかる費用をお教えいただけますでしょうか asks what 体験料はいくらですか asks: how much.
The ``question`` check read the request (:mod:`.question_words`) only when the other prompt
asked its question word of the very noun told (初穂料をお教え / 初穂料はいくら), because 教える
is also *teach* (ピアノを教えていただけますか asks no price). A price has other names, and
:func:`price_told` reads the request as いくら when

- the noun told names a price: its last word shares a SudachiDict synonym group with
  :data:`PRICE_WORD` (料金: 値段, 価格, 代金 in one group, 費用 in another), and
- the two prompts name the same things otherwise: their nouns (SudachiPy short units, less
  the price words, the function nouns and the question words) are one set, so that the price
  is the price of one thing (体験にかかる費用 / 体験料: 体験; not 午前の体験の費用 / 午後の体験料,
  nor 入会の費用 / 退会の料金, where the request would otherwise hide a replaced word).

A noun suffix (料 of 体験料, 費 of 参加費) is no noun here; the ``question`` check compares the
kinds of answer, the other checks the rest of the words. Nor is the fee the honorific prefix
お makes a noun of (session 37): お代 (体験にかかるお代をお教えいただけますか) is the fee 代 of
電車代 said alone, お金 the 金 of 入会金, each a price as 料金 is; SudachiPy reads them お + 代 and
お + 金 and gives 代 no synonym group (代 also counts generations, 10代), so only the prefix
right before the suffix says the price (:func:`_prefixed_fee`).

A request may leave out what the whole FAQ is about (紅葉狩りツアーのキャンセル料はいくら /
取り消す場合の料金をお教えいただけますか; 缶バッジ作りの体験料はいくら / 体験の料金をお伺い…):
its nouns may be fewer than the question's when the thing priced (:func:`_priced`: the word
right before the price suffix or price word, キャンセル of キャンセル料, 体験 of 体験料) is named
in the request by the same word or one of its SudachiDict synonym group (取り消す: キャンセル),
session 28. 着物レンタルのキャンセル料 / 着物の料金 and ヨガ教室の体験料 / 教室の料金 price
another thing and stay apart.
"""

from __future__ import annotations

from typing import Any

from . import lexicon as lx
from .ja_synonyms import groups as synonym_groups
from .japanese import _sudachi, short_units

#: the word whose SudachiDict synonym groups are those of a price: what いくら asks for
PRICE_WORD = "料金"
#: noun suffixes that make a fee of the noun before them (体験料, 参加費, 電車代, 入会金)
_FEE_SUFFIXES = frozenset({"料", "費", "代", "金", "賃"})
#: the parts of speech (the first two) of a noun the two prompts must share
_NOUNS = frozenset({("名詞", "普通名詞"), ("名詞", "固有名詞")})


def names_price(morpheme_groups: object) -> bool:
    """``morpheme_groups`` (a morpheme's synonym group ids) hold one of :data:`PRICE_WORD`'s:
    the word names a price or a cost (費用, 値段, 代金); 時間, 住所 and ピアノ do not."""
    return not synonym_groups(PRICE_WORD).isdisjoint(morpheme_groups)  # type: ignore[arg-type]


def _nouns(text: str) -> frozenset[str] | None:
    """The normalized forms of ``text``'s nouns (short units) that are neither a price, a
    function noun nor a question word; None without SudachiPy."""
    found = short_units(text, keep=False)
    if found is None:
        return None
    return frozenset(
        m.normalized_form() for at, m in enumerate(found)
        if tuple(m.part_of_speech()[:2]) in _NOUNS
        and m.normalized_form() not in lx.JA_FUNCTION_NOUNS
        and m.normalized_form() not in lx.JA_QUESTION_WORDS
        and not names_price(m.synonym_group_ids())
        and not _fee_after_prefix(found, at)
    )  # fmt: skip


def _fee_after_prefix(found: list[Any], at: int) -> bool:
    """The short unit ``found[at]`` is a fee suffix (:data:`_FEE_SUFFIXES`) said alone right
    after the honorific prefix お / 御 (SudachiPy's 接頭辞, normalized 御): お代, お金."""
    before = found[at - 1] if at else None
    return (
        found[at].surface() in _FEE_SUFFIXES
        and before is not None
        and before.part_of_speech()[0] == "接頭辞"
        and before.normalized_form() == "御"
    )


def _prefixed_fee(noun: str, told: str) -> bool:
    """``noun`` is a fee suffix ``told`` says alone after the honorific prefix (お代を)."""
    found = (short_units(told, keep=False) or []) if noun in _FEE_SUFFIXES else []
    return any(m.surface() == noun and _fee_after_prefix(found, at) for at, m in enumerate(found))


def price_told(noun: str, told: str, asked: str) -> bool:
    """``noun``, which the prompt ``told`` asks to be told (費用 of 費用をお教えください), names
    a price (its last long unit: :func:`names_price`), and ``told`` and ``asked`` (the prompt
    that asks いくら) name the same nouns otherwise (:func:`_nouns`)."""
    loaded = None if noun.isascii() else _sudachi()
    if loaded is None:
        return False
    found = loaded[0].tokenize(noun, loaded[1])
    if not found or not (names_price(found[-1].synonym_group_ids()) or _prefixed_fee(noun, told)):
        return False
    mine, theirs = _nouns(told), _nouns(asked)
    if mine is None or theirs is None:
        return False
    return mine == theirs or (mine < theirs and _priced_named(asked, told, loaded))


def _priced(asked: str) -> Any:
    """The morpheme (short unit) of ``asked`` that names the thing priced: the noun right
    before its first fee suffix (:data:`_FEE_SUFFIXES`) or price word, an の between them
    skipped (キャンセル of キャンセル料, 駐車場 of 駐車場の料金); None when there is none."""
    found = short_units(asked, keep=False) or []
    for at, m in enumerate(found):
        fee = m.part_of_speech()[0] == "接尾辞" and m.surface() in _FEE_SUFFIXES
        if not fee and not (m.part_of_speech()[0] == "名詞" and names_price(m.synonym_group_ids())):
            continue
        before = at - 2 if at >= 2 and found[at - 1].surface() == "の" else at - 1
        if before >= 0 and tuple(found[before].part_of_speech()[:2]) in _NOUNS:
            return found[before]
        return None
    return None


def _priced_named(asked: str, told: str, loaded: Any) -> bool:
    """The thing ``asked`` prices (:func:`_priced`) is named in ``told``: a word (mode C) of
    the same normalized form or sharing a SudachiDict synonym group with it (取り消す for
    キャンセル)."""
    priced = _priced(asked)
    if priced is None:
        return False
    form, groups = priced.normalized_form(), set(priced.synonym_group_ids())
    return any(
        m.normalized_form() == form or not groups.isdisjoint(m.synonym_group_ids())
        for m in loaded[0].tokenize(told, loaded[1])
    )
