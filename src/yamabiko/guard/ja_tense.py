"""How long an act lasts, read from the grammar around one verb (the guard's ``roles`` step,
through :func:`.modality.frame_changed`). Japanese pairs that share every content word and sit
at a cosine of 0.9-0.99, yet ask different things:

* **ている against the past** of a verb of activity (:func:`tense_changed`): 薬を飲んでいますか
  (are you on medication) / 薬を飲みましたか (did you take it), タバコを吸っていますか /
  吸いましたか. With a verb of change the two ask one thing (荷物は届いていますか = 届きました
  か, 引っ越していますか = 引っ越しましたか): ている says the state the change left.
  Reason ``tense:飲む:ている->た``.
* **ている against the plain verb after もう** (:func:`tense_changed`): もう引っ越していますか
  (have you moved already) / もう引っ越しますか (are you moving so soon). Without もう the plain
  verb is often a habit (日曜日は営業しますか = 営業していますか) and is not compared.
  Reason ``tense:引っ越す:ている->る``.
* **まで against までに** before the same verb (:func:`until_changed`): 水曜日まで入院
  しますか (stay in hospital until Wednesday) / 水曜日までに入院しますか (be admitted by
  Wednesday); with a verb of change too (session 21, late round): 日曜までに設置できますか
  (installed by Sunday) / 日曜まで設置できますか (kept installed until Sunday), 月末まで /
  月末までに借りられますか. Reason ``until:入院する:まで->までに``. Only where the bound is
  asked by a question word (いつまで / いつまでに申し込めますか, 何時まで): there a verb of
  change asks one deadline both ways, and only a verb of activity is compared.

* **the past against the plain verb** (:func:`past_changed`, session 39): 荷物は届きましたか
  (did it arrive) / 荷物は届きますか (will it arrive), 修理にどのくらい時間がかかりましたか /
  かかりますか: the same last verb, た on one side and nothing but ます on the other, asks
  what happened against what happens or will. Reason ``past:届く:た->る``. ている is left to
  the readings above (a state the change left may be the past's answer), and ability and
  permission to :func:`.modality.done_changed` (予約できましたか / できますか, asked first).

Which verbs are of activity is read from SudachiPy's dictionary, not from a list: a verbal noun
is one when the dictionary holds the noun + 中 ("in the middle of") as one word (営業中, 入院中,
工事中, 販売中: an act that lasts); a native verb (飲む, 吸う) when its object is said with を
before it in the question and it is not a verbal noun (the act is done to a thing; 届く,
引っ越す, 結婚する take none). Both are partial readings (運動する, 預ける are not found: see
docs/quality.md, session 21); each errs towards serving.

Only the question's own (last) predicate is read, and only in a question (か, の, ?): in a
description (男性が子供を抱いています / 抱いた男性) ている and た often say one picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ja_clause_tense import clause_past_changed
from .ja_doers import _units
from .ja_time import _verb_key
from .ja_words import before_ending, ends_asking
from .japanese import _sudachi
from .lexicon import JA_QUESTION_WORDS

#: the bound verbs after て that say a state (いる) and the contracted ている (てる, でる)
_STATE_VERB = frozenset({"居る", "いる"})
_STATE_AUX = frozenset({"てる", "でる"})
#: the adverb that makes a plain verb the near future and ている a state already reached
_ALREADY = "もう"


def tense_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` when the question's last verb ``V`` (the same on both sides) says ている on
    one side and the past (``た``) on the other, ``V`` a verb of activity; or ている on one side
    and the plain verb on the other, both after もう (``る``); empty otherwise."""
    if not any(hint in query + cached for hint in _STATE_HINTS):
        return ""  # (a cheap test first: ている's kana on either side)
    mine = _last_verb(query)
    if not mine:
        return ""  # (the cached prompt's last verb is read only when the query has one)
    theirs = _last_verb(cached)
    if not theirs or mine[0] != theirs[0] or mine[1] == theirs[1]:
        return ""
    verb, forms = mine[0], {mine[1], theirs[1]}
    if forms == {"ている", "た"} and (mine[2] or theirs[2] or _lasting(verb)):
        return f"{verb}:{theirs[1]}->{mine[1]}"
    if forms == {"ている", "る"} and _ALREADY in query and _ALREADY in cached:
        return f"{verb}:{theirs[1]}->{mine[1]}"
    return ""


def past_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` when the question's last verb ``V`` (the same on both sides) says the past
    (``た``) on one side and the plain non-past (``る``) on the other; empty otherwise."""
    mine = _last_verb(query)
    theirs = _last_verb(cached) if mine else None
    if not mine or not theirs or mine[0] != theirs[0] or {mine[1], theirs[1]} != {"た", "る"}:
        return clause_past_changed(query, cached)  # 届いたか確認できますか (ja_clause_tense)
    return f"{mine[0]}:{theirs[1]}->{mine[1]}"


#: ている's kana (a substring gate): ている, でいる, てる, でる, the contracted てます
_STATE_HINTS = ("てい", "でい", "てる", "でる", "て居", "で居", "てま", "でま")


@lru_cache(maxsize=1024)
def _last_verb(text: str) -> tuple[str, str, bool] | None:
    """The question's last verb (keyed as :func:`.ja_time._verb_key`), its form (``ている``,
    ``た``, ``る``: the plain non-past) and whether a native verb has its object (を) said;
    None when ``text`` is no question or ends in another form."""
    morphemes = _units(text)
    if not morphemes or not ends_asking(text, casual=True):  # (入院してるの)
        return None
    j = before_ending(morphemes)  # back over ます, た, てる, か, の, ?
    if j < 0 or morphemes[j].part_of_speech()[0] != "動詞":
        return None
    form = _form(morphemes, j)
    if (
        morphemes[j].normalized_form() in _STATE_VERB
        and j >= 2
        and morphemes[j - 1].surface()
        in (
            "て",
            "で",
        )
    ):
        j -= 2  # 飲んでいます: the verb before て + いる
        if morphemes[j].part_of_speech()[0] != "動詞":
            return None
        form = "ている" if _form(morphemes, j + 2) == "る" else ""
    elif _contracted(morphemes, j):
        form = "ている" if form == "る" else ""  # 吸ってます, 入院してるの (not 吸ってました)
    if not form:
        return None
    key = _verb_key(morphemes, j)
    acted_on = not key.endswith("する") and any(m.surface() == "を" for m in morphemes[:j])
    return key, form, acted_on


def _form(morphemes: Sequence[Any], j: int) -> str:
    """The tense said after the verb at ``j``: ``た`` (the past, with or without ます), ``る``
    (nothing but ます, です, final particles), or empty (a negation, a wish, a passive...)."""
    tense = "る"
    for m in morphemes[j + 1 :]:
        norm = m.normalized_form()
        if m.part_of_speech()[0] != "助動詞":
            break
        if norm == "た":
            tense = "た"
        elif norm not in ("ます", "です") and norm not in _STATE_AUX:
            return ""
    return tense


def _contracted(morphemes: Sequence[Any], j: int) -> bool:
    """The verb at ``j`` is followed by the contracted ている (てる / でる)."""
    return j + 1 < len(morphemes) and morphemes[j + 1].normalized_form() in _STATE_AUX


def until_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` when the same noun + まで on one side and + までに on the other bound the
    same verb ``V`` (of activity only where a question word asks the bound; see the module
    docstring); empty otherwise."""
    if ("までに" in query) == ("までに" in cached) or "まで" not in query + cached:
        return ""  # (a cheap test first: までに on one side only)
    mine, theirs = _bounded(query), _bounded(cached)
    for (noun, verb), marker in mine.items():
        other = theirs.get((noun, verb))
        if other and other != marker and (_lasting(verb) or not _asked(query, noun)):
            return f"{verb}:{other}->{marker}"
    return ""


def _asked(text: str, noun: str) -> bool:
    """The bound before まで is asked by a question word (いつまで, 何時までに, 何日まで):
    ``noun`` (its normalised form) is one, or 何 stands right before it in ``text``."""
    return noun in JA_QUESTION_WORDS or "何" in noun or any(
        m.surface() == "何" and k + 1 < len(found) and found[k + 1].normalized_form() == noun
        for found in (_units(text),)
        for k, m in enumerate(found)
    )


@lru_cache(maxsize=1024)
def _bounded(text: str) -> dict[tuple[str, str], str]:
    """Each (noun, verb) of ``text`` where the noun + まで or までに (not までの, までなら)
    bounds the next verb: the marker."""
    morphemes = _units(text)
    found: dict[tuple[str, str], str] = {}
    pending: tuple[str, str] | None = None
    for i, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if m.surface() == "まで" and pos[1] == "副助詞" and i > 0:
            after = morphemes[i + 1].surface() if i + 1 < len(morphemes) else ""
            if after in ("の", "なら", "だ", "です", "で"):
                pending = None
                continue
            pending = (morphemes[i - 1].normalized_form(), "までに" if after == "に" else "まで")
        elif pending is not None and pos[0] == "動詞" and not _bound(morphemes, i):
            found[pending[0], _potential_key(morphemes, i)] = pending[1]
            pending = None
        elif pending is not None and pos[1] in ("接続助詞", "句点", "読点"):
            pending = None  # (the まで belongs to another clause's verb)
    return found


def _potential_key(morphemes: Sequence[Any], i: int) -> str:
    """The verb at ``i`` as :func:`.ja_time._verb_key` keys it, but a verbal noun's potential
    (設置できる, 営業できる) keyed as the noun's する (設置する), the act it makes possible."""
    key = _verb_key(morphemes, i)
    if key == "出来る" and i > 0 and morphemes[i - 1].part_of_speech()[2] == "サ変可能":
        return morphemes[i - 1].normalized_form() + "する"
    return key


def _bound(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` is an auxiliary verb after て (預かってもらう: もらう)."""
    return (
        i > 0
        and morphemes[i - 1].surface() in ("て", "で")
        and (morphemes[i].part_of_speech()[1] == "非自立可能")
    )


@lru_cache(maxsize=1024)
def _lasting(verb: str) -> bool:
    """``verb`` (a key of :func:`.ja_time._verb_key`) is a verbal noun whose act lasts: the
    dictionary holds the noun + 中 as one noun (営業中, 入院中)."""
    if not verb.endswith("する") or len(verb) < 3:
        return False
    loaded = _sudachi()  # (not long_units: its few recent texts are the check's prompts)
    if loaded is None:
        return False
    found = loaded[0].tokenize(verb[:-2] + "中", loaded[1])
    return len(found) == 1 and found[0].part_of_speech()[0] == "名詞"
