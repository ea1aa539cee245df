"""Japanese time clauses of another kind on the same event (the guard's ``roles`` step,
through :func:`.modality.frame_changed`): 食事をしてから / 食事のときに薬を飲む (after / during
the meal), チェックアウトしてから / チェックアウトまで荷物を預ける (after / until), 届く前に /
届いてから (before / after). The prompts share every content word, so the word checks see
nothing, and the embedder puts them at a cosine of 0.93-0.99.

:func:`clause_changed` reads each event of a prompt, a verb heading a subordinate clause
(:func:`.ja_clauses.clause_of`; a verbal noun read with its する: 到着する) or a noun before
の + a time noun (食事のとき) or before まで / までに (チェックアウトまで; a verbal noun keyed
as its verb, so 食事のとき meets 食事をしてから) or with its time written straight after it
(授業中, 閉店前, 退院後: a compound of kanji read as the verbal noun and its time), and the
relation in time its marker says.
The markers fall into five relations of the grammar:

============  =================================================================
relation      markers
============  =================================================================
before        前, までに
until         まで
at / during   ながら, 間, 途中, 中, and 時 / とき / 際 after a verb not in the past
after         てから, 後 / あと, たら, and 時 / とき / 際 after a past verb (した時)
if            ば, と, 場合, なら (a condition: compatible with "at" and "after")
============  =================================================================

A noun that is itself a time (月末, 今日, 前: SudachiPy's 副詞可能) is no event: its まで and
までに name one deadline (月末まで / 月末までに払えますか, 3日前まで / 3日前までに).

Two markers on the same event differ when their relations differ, except "if" against "at"
or "after" (乗る場合 = 乗るとき, 届いたら = 届いた場合) and a concessive (ても) or a clause of
reason, which are not times. Reason ``clause:食事する:てから->時`` (the cached prompt's
marker first). Two events whose order is exchanged by one marker (session 25,
:func:`order_swapped`: 犬を預けてから買い物に行く / 買い物に行ってから犬を預ける) give
``clause:預ける<->行く``. These are closed classes of the grammar (particles and the time
nouns), not words that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .ja_clauses import clause_of
from .japanese import long_units

#: each marker's relation in time (see the module docstring)
RELATION = {
    "前": "before", "までに": "before", "まで": "until",
    "ながら": "during", "間": "during", "途中": "during", "中": "during", "時": "during",
    "際": "during", "てから": "after", "後": "after", "あと": "after", "たら": "after",
    "時-た": "after", "際-た": "after",
    "ば": "if", "と": "if", "場合": "if", "なら": "if",
}  # fmt: skip
#: the time nouns an event's noun meets through の (食事の時, 出発の前, 滞在の間)
_NOUN_TIMES = frozenset({"時", "前", "後", "あと", "間", "際", "途中"})
#: the markers a cheap substring test compares before tokenizing (the same set on both sides:
#: no change of relation, unless a marker is read by the verb's tense, :data:`_TENSED`); the
#: markers of "if" and たら are left out: they differ only from before and until, whose
#: markers are here
_CUES = (
    "前", "まで", "までに", "ながら", "間", "途中", "時", "とき", "際", "てから", "でから",
    "後", "あと", "中",
)  # fmt: skip
_TENSED = frozenset({"時", "とき", "際"})


def clause_changed(query: str, cached: str) -> str:
    """``"E:X->Y"`` when the same event ``E`` is placed in time by markers of different
    relations (``X`` in ``cached``, ``Y`` in ``query``; see the module docstring); empty
    otherwise."""
    mine = set(filter(query.__contains__, _CUES))  # (the markers said, in C)
    theirs = set(filter(cached.__contains__, _CUES))
    ordered = mine == theirs and not mine.isdisjoint(_ORDER_CUES)
    if mine == theirs and not mine & _TENSED and not ordered:
        return ""  # (a cheap test first: the same markers, none read by the verb's tense)
    x = long_units(query)
    found = events(x[1]) if x is not None else {}
    if not found:
        return ""  # (no event of the query: nothing to compare, the cached prompt's units unread)
    y = long_units(cached)
    if y is None:
        return ""
    other_side = events(y[1])
    for event, kind in found.items():
        other = other_side.get(event)
        if other is None or other == kind:
            continue
        if differ(RELATION.get(other, ""), RELATION.get(kind, "")):
            return f"{event}:{_shown(other)}->{_shown(kind)}"
    return order_swapped(found, other_side, x[1], y[1]) if ordered else ""


#: the markers of an order of two events (A てから B, A 前に B), read by :func:`order_swapped`
_ORDER_CUES = frozenset({"てから", "でから", "前", "後", "あと"})


def order_swapped(
    mine: dict[str, str], theirs: dict[str, str], x: Sequence[Any], y: Sequence[Any]
) -> str:
    """``"A<->B"`` (the cached prompt's placed event first) when each side places one event
    before or after the other by the same marker, and the event one side places is the
    other's main verb (犬を預けてから買い物に行く / 買い物に行ってから犬を預ける): the order of
    the two acts exchanged. ``mine`` / ``x`` are the query's events and morphemes, ``theirs``
    / ``y`` the cached prompt's."""
    for kind in set(mine.values()):
        if RELATION.get(kind) not in ("after", "before"):
            continue
        placed = [event for event, k in mine.items() if k == kind]
        other = [event for event, k in theirs.items() if k == kind]
        if len(placed) != 1 or len(other) != 1 or placed == other:
            continue
        if placed[0] in _verbs(y) and other[0] in _verbs(x):
            return f"{other[0]}<->{placed[0]}"
    return ""


def _verbs(morphemes: Sequence[Any]) -> set[str]:
    """Every verb of ``morphemes`` as an event (:func:`_verb_key`; 出来る after a noun as
    the noun's する: チェックインできる is チェックインする)."""
    found = set()
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "動詞":
            continue
        before = morphemes[i - 1].part_of_speech() if i else ()
        if m.normalized_form() == "出来る" and before[:1] == ("名詞",):
            found.add(morphemes[i - 1].normalized_form() + "する")
        else:
            found.add(_verb_key(morphemes, i))
    return found


def differ(old: str, new: str) -> bool:
    """Two relations in time tell different times (an unknown one, empty, tells none)."""
    if not old or not new or old == new:
        return False
    return not ({old, new} <= {"if", "during", "after"} and "if" in (old, new))


def _shown(kind: str) -> str:
    """A marker as the reason shows it (時-た: the 時 of a past verb)."""
    return kind.split("-")[0]


def events(morphemes: Sequence[Any]) -> dict[str, str]:
    """Each event of a prompt and the marker that places it in time: a verb heading a
    subordinate clause (a verbal noun's する read with its noun: 到着する), or a noun before
    の + a time noun or before まで / までに (a verbal noun keyed as its verb)."""
    found: dict[str, str] = {}
    count = len(morphemes)
    for i, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if pos[0] == "動詞":
            kind = clause_of(morphemes, i) or _until(morphemes, i + 1)
            if not kind:
                continue
            if kind in ("時", "際") and _past(morphemes, i):
                kind += "-た"
            found.setdefault(_verb_key(morphemes, i), kind)
        elif pos[0] == "名詞" and pos[1] != "数詞" and i + 1 < count:
            # (a time's own まで / までに is one deadline: 月末まで, 3日前までなら)
            kind = _until(morphemes, i + 1) if pos[2] != "副詞可能" else ""
            nxt = morphemes[i + 1]
            if not kind and nxt.surface() == "の" and i + 2 < count:
                time = morphemes[i + 2]
                if time.part_of_speech()[0] == "名詞" and time.normalized_form() in _NOUN_TIMES:
                    kind = time.normalized_form()
            if not kind:
                kind = _suffixed(m, nxt)
            if kind:
                found.setdefault(_noun_key(m), kind)
            elif (joined := _joined(m)) is not None:
                found.setdefault(*joined)
    return found


#: the time nouns and suffixes written straight after an event's noun (授業中, 閉店前, 退院後)
_SUFFIX_TIMES = frozenset({"中", "前", "後"})


def _suffixed(noun: Any, nxt: Any) -> str:
    """The time written straight after a verbal noun (授業 + 中, 閉店 + 前): its marker, or
    empty."""
    if noun.part_of_speech()[2] != "サ変可能" or nxt.part_of_speech()[0] not in ("名詞", "接尾辞"):
        return ""
    time = nxt.normalized_form()
    return time if time in _SUFFIX_TIMES and nxt.surface() == time else ""


def _joined(noun: Any) -> tuple[str, str] | None:
    """A long unit of a verbal noun and its time (退院後, 工事中, 入学前): the event keyed as
    its verb (退院する) and the marker; None for other nouns (午前, 駅前: two characters)."""
    text = noun.surface()
    if len(text) < 3 or text[-1] not in _SUFFIX_TIMES or noun.part_of_speech()[1] == "数詞":
        return None
    stem = text[:-1]
    if not all("\u4e00" <= c <= "\u9fff" for c in stem):
        return None  # (kanji compounds only: 3日前 and カタカナ後 are not events)
    return stem + "する", text[-1]


def _until(morphemes: Sequence[Any], j: int) -> str:
    """まで / までに at ``j`` (副助詞 まで, then に): the marker, or empty."""
    if j >= len(morphemes) or morphemes[j].surface() != "まで":
        return ""
    if morphemes[j].part_of_speech()[1] != "副助詞":
        return ""
    after = morphemes[j + 1].surface() if j + 1 < len(morphemes) else ""
    return "までに" if after == "に" else "まで"


def _past(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` is in the past (した時, 着いた際): た / だ follows it."""
    j = i + 1
    while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助動詞":
        if morphemes[j].normalized_form() == "た":
            return True
        j += 1
    return False


def _verb_key(morphemes: Sequence[Any], i: int) -> str:
    """The verb at ``i`` as an event: its normalised form, a verbal noun's する with its noun
    (到着する; past a を: 食事をする)."""
    verb = morphemes[i].normalized_form()
    if verb == "為る" and i > 0:
        k = i - 1 if morphemes[i - 1].surface() != "を" else max(i - 2, 0)
        return morphemes[k].normalized_form() + "する"
    return verb


def verbs_said(
    morphemes: Sequence[Any],
    bound: Callable[[Sequence[Any], int], bool],
    said_after: Callable[[Sequence[Any], int], str],
    keep_first: bool = False,
) -> dict[str, str]:
    """Each verb of ``morphemes`` as an event (:func:`_verb_key`) with what ``said_after``
    reads after it (given the index of the next morpheme; verbs it reads nothing after are
    left out), ``""`` when the prompt says the verb twice in two ways (``keep_first``: the
    first reading instead). A verb SudachiPy may read as an auxiliary (非自立可能) is left
    out where ``bound`` says it is one."""
    verbs: dict[str, str] = {}
    for i, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if pos[0] != "動詞" or (pos[1] == "非自立可能" and bound(morphemes, i)):
            continue
        kind = said_after(morphemes, i + 1)
        if kind:
            key = _verb_key(morphemes, i)
            if keep_first:
                verbs.setdefault(key, kind)
            else:
                verbs[key] = kind if verbs.get(key, kind) == kind else ""
    return verbs


def _noun_key(noun: Any) -> str:
    """A noun as an event: a verbal noun (サ変可能: 食事, 出発) as its verb (食事する)."""
    norm = noun.normalized_form()
    return norm + "する" if noun.part_of_speech()[2] == "サ変可能" else norm
