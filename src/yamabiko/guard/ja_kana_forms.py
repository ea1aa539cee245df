"""The potential said in two words, V-る + こと + は / が + できる closing a Japanese prompt
(:func:`ability_asked`, session 21, Japanese review), read for the units: 借りることはできますか
asks what 借りられますか asks. SudachiPy normalizes most kana spellings of the function nouns to
their kanji (もの -> 物, ため -> 為), which :data:`.lexicon.JA_FUNCTION_NOUNS` lists, but keeps
こと as こと, so the units kept こと as a content word added to 借りられますか and the trees refused
the twin; and it marks some verbs as possibly bound (来る, 行く, 見る), so 来ることはできますか
lost its verb. In the construction the noun is left out and the verb kept. A kana noun is a
function noun when its reading is one of those nouns' (:func:`kana_function_noun`: こと = 事).
こと elsewhere stays a content word as before (登録したことが知られる): the trees are tuned on it.

The casual いける (session 28, :func:`casual_can`): the potential of 行く in kana closing a
question with no place to go to (福袋って何個までいける？, カードっていける？) asks whether a thing
can be done or is all right, as できる does, which is filler; with a goal (駅までいける？,
会場にいける？) it stays the verb of going.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from . import lexicon as lx
from .ja_words import closes, kana_noun_split, kanji_number
from .japanese import _sudachi


def _kana(text: str) -> bool:
    """Every character of ``text`` is hiragana or katakana (the long-vowel mark included)."""
    return bool(text) and all("\u3041" <= c <= "\u30ff" for c in text)


@lru_cache(maxsize=1)
def _function_readings() -> frozenset[str]:
    """The readings (katakana) of the function nouns of :data:`.lexicon.JA_FUNCTION_NOUNS`
    that SudachiPy reads as one word (empty when SudachiPy is not installed)."""
    loaded = _sudachi()
    if loaded is None:
        return frozenset()
    tokenizer, mode = loaded
    readings = set()
    for noun in lx.JA_FUNCTION_NOUNS:
        found = tokenizer.tokenize(noun, mode)
        if len(found) == 1 and found[0].part_of_speech()[0] == "名詞":
            readings.add(found[0].reading_form())
    return frozenset(readings)


def kana_function_noun(morpheme: Any) -> bool:
    """A SudachiPy noun ``morpheme`` written in kana and left as written by the dictionary's
    normalization, whose reading is a function noun's (こと = 事)."""
    surface = morpheme.surface()
    return (
        morpheme.part_of_speech()[0] == "名詞"
        and morpheme.normalized_form() == surface
        and _kana(surface)
        and morpheme.reading_form() in _function_readings()
    )


def ability_asked(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` (SudachiPy short units) asks for an ability through a function
    noun: V-る + こと + は / が / も + できる, closing the prompt (来ることはできますか: the
    potential 来られますか said in two words). Its verb is the prompt's own, not bound."""
    if i < 0 or i + 3 >= len(morphemes) or morphemes[i].part_of_speech()[0] != "動詞":
        return False  # (the verb first: most units asked about are nouns, no て read)
    if i and morphemes[i - 1].surface() in ("て", "で"):
        return False
    noun = morphemes[i + 1]
    if not (noun.normalized_form() in lx.JA_FUNCTION_NOUNS or kana_function_noun(noun)):
        return False
    k = i + 2
    while k < len(morphemes) and morphemes[k].part_of_speech()[0] == "助詞":
        k += 1
    if k == i + 2 or k >= len(morphemes) or morphemes[k].normalized_form() != "出来る":
        return False
    return closes(morphemes, k)


def split_kana_noun(morphemes: Sequence[Any], i: int) -> tuple[str, str] | None:
    """The surface and reading (katakana) of a kana noun that SudachiPy cut into the verb at
    ``i`` and a negative auxiliary after it (剣道のしないも: しない, シナイ, the reading of
    竹刀; :func:`.ja_words.kana_noun_split`), or None: the units read it as one noun, so that
    the kanji spelling on the other side pairs with it by its reading."""
    if i + 1 >= len(morphemes) or not kana_noun_split(morphemes, i + 1):
        return None
    verb, aux = morphemes[i], morphemes[i + 1]
    return verb.surface() + aux.surface(), verb.reading_form() + aux.reading_form()


#: the normalized form of 行く, whose potential いける is the casual *can / is it all right*
GO = "行く"
#: the negative auxiliaries (normalized): いけない after ては / なければ forbids or obliges
_NOT = frozenset({"ない", "ず", "ぬ"})
#: the particles that name where one goes (会場に, 駅へ); まで does after a place, not a count
_GOALS = frozenset({"に", "へ"})


def casual_can(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` (SudachiPy short units) is the casual いける: the potential of 行く
    written in kana, closing the prompt, with no goal in its clause (no に or へ, and a まで
    right before it only after a count or a time: 何個まで, 3枚まで, 何時まで). It asks *can I
    / is it all right* (福袋は何個までいける？ = 何個まで買えますか; カードっていける？), which the
    units read as they read できる: filler. 駅までいける？ and 会場にいける？ ask about going;
    a negated いけない (食べてはいけませんか) is the frame of a prohibition and stays."""
    m = morphemes[i]
    if m.normalized_form() != GO or m.dictionary_form() != "いける":
        return False  # (いける: the potential written in kana; 行ける stays the verb of going)
    if not closes(morphemes, i) or any(n.normalized_form() in _NOT for n in morphemes[i + 1 :]):
        return False  # (食べてはいけませんか: the frame that forbids, a negation's)
    k = i - 1
    while k >= 0 and morphemes[k].part_of_speech()[0] not in ("動詞", "助動詞", "補助記号"):
        if morphemes[k].part_of_speech()[1] == "格助詞" and morphemes[k].surface() in _GOALS:
            return False
        k -= 1
    if i and morphemes[i - 1].surface() == "まで":
        return i > 1 and _count_or_time(morphemes[i - 2])
    return True


def _count_or_time(morpheme: Any) -> bool:
    """``morpheme`` says a number of things or a time (3, 何個, 1人, 二枚, 個 after a number), not
    a place: a numeral, a counter, or a noun written from a digit, a kanji numeral or 何."""
    pos = morpheme.part_of_speech()
    surface = morpheme.surface()
    if pos[1] == "数詞" or pos[0] == "接尾辞":
        return True
    return surface[:1].isdigit() or surface[:1] == "何" or kanji_number(surface) is not None
