"""The verb a Japanese question of how asks about, said as V方 on one side and after どう on
the other (session 35, lateJA).

A noun of manner, a verb's stem with 方 (使い方, 買い方, 直し方: "the way to V"), asks how to do
that verb: 使い方がわかりません and 使い方を教えてください ask what どうやって使うんですか asks.
The analysis keeps 使い方 as one noun (SudachiDict lists it whole), so the verb inside it was
compared with nothing, and a direct question of how of *another* verb passed: 使い方がわかりません
against どうやって直すんですか (a repair) or どう掃除するんですか (a cleaning) was served, the
other side's 直す (a verb SudachiPy marks 非自立可能, as in 書き直す) and 掃除 (a verbal noun
before する) being no predicate of the analysis either.

So each side's verb of manner is read by construction: on one side the verb of its V方 (the
stem said before ます, 使い + ます, read by SudachiPy: 使う; or a stem SudachiPy already cuts
before the suffix 方: 直し + 方), on the other the first verb after the question word of how
(どう, どうやって, どのように), or the verbal noun before its する (どう掃除する: 掃除). The pair
is refused when the two verbs are neither one word (its normalized form), nor a compound verb
and the verb that ends it (支払う / 払う), nor of one synonym group of SudachiDict (使う / 利用,
直す / 修理, 買う / 購入 share one). する itself (仕方, どうすれば) names no act and is not
compared. Only a prompt with V方 and no question word of
how is compared with one that has the question word and no V方. Reason ``how:直す->使う``
(the cached prompt's verb first).

Session 36 (review): a V方 whose object is a verbal noun said with の (予約の取り方, 連絡の
取り方, 電話のかけ方) asks that act, said with a light verb (予約を取る: 予約する); against a
question of how of that noun (どうやって予約すればいいですか) it is one act, not 取る against
予約 (refused ``how:予約->取る`` on 741f30f; served before 3707441).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .facts import Analysis
from .ja_synonyms import groups
from .japanese import _tokenize_word, long_units

#: the question words of how that open a direct question of manner (どうやって, どのように)
HOW_WORDS = ("どう", "どの")
#: verbs that name no act of their own here: する (仕方, どうすれば), やる (どうやって), できる
_NO_ACT = frozenset({"為る", "遣る", "出来る"})


@lru_cache(maxsize=2048)
def _stem_verb(stem: str) -> str:
    """The verb whose stem (連用形) ``stem`` is (使い: 使う), read as SudachiPy reads the stem
    before ます; empty when SudachiPy reads no verb of that stem there."""
    morphemes = _tokenize_word(stem + "ます")
    first = morphemes[0] if len(morphemes) else None
    if first is None or first.surface() != stem or first.part_of_speech()[0] != "動詞":
        return ""
    return str(first.normalized_form())


def manner_noun_verb(morphemes: Sequence[Any]) -> str:
    """The verb of the first V方 of ``morphemes`` (long units): 使い方 -> 使う, 直し + 方 ->
    直す, 申し込み + 方 -> 申し込む; empty when there is none (or its verb names no act, する)."""
    return _manner_at(morphemes)[1]


def _manner_at(morphemes: Sequence[Any]) -> tuple[int, str]:
    """Where the first V方 of ``morphemes`` starts and its verb (:func:`manner_noun_verb`);
    ``(-1, "")`` when there is none or its verb names no act."""
    for i, m in enumerate(morphemes):
        surface = m.surface()
        if m.part_of_speech()[1] == "名詞的" and surface == "方" and i:
            before = morphemes[i - 1]
            if before.part_of_speech()[0] == "動詞" and before.part_of_speech()[5].startswith(
                "連用形"
            ):
                verb = str(before.normalized_form())
                return (-1, "") if verb in _NO_ACT else (i - 1, verb)
        elif len(surface) > 1 and surface.endswith("方") and m.part_of_speech()[0] == "名詞":
            verb = _stem_verb(surface[:-1])
            if verb:
                return (-1, "") if verb in _NO_ACT else (i, verb)
    return -1, ""


def manner_object(morphemes: Sequence[Any]) -> str:
    """The verbal noun a V方 takes as its object with の (予約の取り方, 電話のかけ方: 予約, 電話),
    the act said with a light verb; empty when the V方 follows no such noun and の."""
    at = _manner_at(morphemes)[0]
    if at < 2 or morphemes[at - 1].surface() != "の":
        return ""
    noun = morphemes[at - 2]
    return str(noun.normalized_form()) if noun.part_of_speech()[2] == "サ変可能" else ""


def _asks_how(morphemes: Sequence[Any], i: int) -> bool:
    """The morpheme at ``i`` opens a question of how: どう (not どうして, why) or どの + よう."""
    m = morphemes[i]
    if m.surface() == "どう":
        following = morphemes[i + 1].surface() if i + 1 < len(morphemes) else ""
        return following != "し" or i + 2 >= len(morphemes) or morphemes[i + 2].surface() != "て"
    return m.surface() == "どの" and i + 1 < len(morphemes) and morphemes[i + 1].surface() == "よう"


def asked_how_verb(morphemes: Sequence[Any]) -> str:
    """The verb a direct question of how asks (どうやって直す: 直す, どう掃除する: 掃除,
    どうやって申し込めますか: 申し込む, SudachiPy's normalized form of a potential being its
    verb's): the first verb after the question word of how in its clause (long units), or
    the verbal noun before its する; empty when there is none or it names no act
    (どうすれば)."""
    start = next((i for i in range(len(morphemes)) if _asks_how(morphemes, i)), -1)
    if start < 0:
        return ""
    for j in range(start + 1, len(morphemes)):
        m = morphemes[j]
        pos = m.part_of_speech()
        if pos[1] == "終助詞" or pos[0] == "補助記号":
            return ""  # (the clause the question word opens has ended)
        if pos[0] != "動詞":
            continue
        verb = str(m.normalized_form())
        if verb == "遣る" and j + 1 < len(morphemes) and morphemes[j + 1].surface() == "て":
            continue  # どうやって: the question word's own verb
        if verb in _NO_ACT:
            before = morphemes[j - 1]
            if j - 1 > start and before.part_of_speech()[2] == "サ変可能":
                return str(before.normalized_form())  # どう掃除する: 掃除
            return ""
        return verb
    return ""


def _one_act(first: str, second: str) -> bool:
    """``first`` and ``second`` name one act: one word, one ending the other (a compound verb
    headed by the other, 支払う / 払う), or one synonym group of SudachiDict."""
    if first.endswith(second) or second.endswith(first):
        return True
    return not groups(first).isdisjoint(groups(second))


def _verbs(text: str) -> tuple[str, str, str]:
    """``text``'s verb of its V方, the verb its question word of how asks and the verbal
    noun its V方 takes with の (:func:`manner_object`)."""
    found = long_units(text)
    morphemes = found[1] if found is not None else ()
    return manner_noun_verb(morphemes), asked_how_verb(morphemes), manner_object(morphemes)


def how_verb_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"直す->使う"`` (the cached prompt's verb first) when one prompt asks how by a V方 and
    the other by a question word of how, of verbs that name two acts (see the module
    docstring); empty when not (or not Japanese). A V方 whose object is the verbal noun the
    other side asks says that act with a light verb (予約の取り方 / どうやって予約すれば):
    one act."""
    if a.lang != "ja" or b.lang != "ja":
        return ""
    query_manner, query_asked, query_object = _verbs(query)
    cached_manner, cached_asked, cached_object = _verbs(cached)
    if query_manner and not query_asked and cached_asked and not cached_manner:
        on_query, on_cached, named = query_manner, cached_asked, query_object
    elif cached_manner and not cached_asked and query_asked and not query_manner:
        on_query, on_cached, named = query_asked, cached_manner, cached_object
    else:
        return ""
    if _one_act(on_query, on_cached) or named in (on_query, on_cached):
        return ""
    return f"{on_cached}->{on_query}"
