"""A Japanese condition against a concession on the same event (the guard's ``roles`` step,
through :func:`.modality.frame_changed`): 雨が降ったら中止ですか (is it called off if it rains)
against 雨が降っても中止ですか (is it called off even if it rains), 遅刻したら / 遅刻しても
入場できますか. The prompts share every content word and the embedder puts them at 0.98-0.99;
yet a condition asks what follows from the event, and a concession asks what holds despite
it: the answers are each other's opposite as often as not.

:func:`concession_changed` reads each event (a verb or adjective heading a subordinate clause,
:func:`.ja_clauses.clause_of`; a verbal noun keyed with its する) and its closer: ても (and
たとしても) is a concession; たら, ば, と, なら and 場合 are conditions. The same event closed by
one kind on one side and by the other kind on the other side differs, unless

* the clause is negated on both sides (予約しなかったら / 予約しなくても入れますか: either
  way it asks whether booking is needed), or
* the question's own predicate is negated on one side only (会員でなければ使えませんか /
  会員でなくても使えますか: the same fact asked from both ends).

An adjectival noun (形状詞) closed by なら / であれば / だったら or でも heads a clause too
(session 24): パスポートが切れても / パスポートが有効なら出国できますか, a concession on one event
against a condition on another (:func:`_other_events`).

Reason ``clause:降る:たら->ても`` (the cached prompt's closer first). These are closed classes
of the grammar (the conjunctive particles), not words that failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ja_clauses import clause_of
from .ja_doers import _units
from .ja_time import _verb_key as verb_key
from .lexicon import JA_NEGATION_AUX

#: the closers of a condition (ても is the concession)
_CONDITIONS = frozenset({"たら", "ば", "と", "なら", "場合"})
#: negation: the auxiliaries (ない, ず, ん) and the bound adjective ない (でなければ)
_NEGATION = JA_NEGATION_AUX | {"無い"}
#: what ends a text after its last predicate (auxiliaries, final particles, symbols)
_TAIL = frozenset({"助動詞", "補助記号", "空白"})


def concession_changed(query: str, cached: str) -> str:
    """``"E:X->Y"`` when the event ``E`` is a condition on one side and a concession on the
    other (``X`` in ``cached``, ``Y`` in ``query``: たら, ば, と, なら, 場合, ても); empty
    otherwise (see the module docstring)."""
    if not (_concessive(query) or _concessive(cached)):
        return ""  # (a cheap test first: ても / でも on either side, which may be the ても
        # of a request on both: 修理してもらえますか)
    mine, theirs = _events(query), _events(cached)
    if not mine or not theirs or _negated_end(query) != _negated_end(cached):
        return ""
    for event, (kind, negated) in mine.items():
        other = theirs.get(event)
        if other is None or (other[1] and negated):
            continue
        if {kind, other[0]} & _CONDITIONS and "ても" in (kind, other[0]):
            return f"{event}:{other[0]}->{kind}"
    return _other_events(mine, theirs)


def _other_events(mine: dict[str, tuple[str, bool]], theirs: dict[str, tuple[str, bool]]) -> str:
    """``"E:X->F:Y"`` when the two sides share no event, every clause of one side is a
    concession and every clause of the other a condition (保証書をなくしても / 保証書があれば
    修理できますか: even if it is lost, against if one has it): the answer holds despite one
    event on one side and follows from another event on the other; empty otherwise."""
    if not mine.keys().isdisjoint(theirs):
        return ""
    kinds, other_kinds = {k for k, _ in mine.values()}, {k for k, _ in theirs.values()}
    even = {"ても"}
    if not (kinds == even and other_kinds <= _CONDITIONS) and not (
        other_kinds == even and kinds <= _CONDITIONS
    ):
        return ""  # (two concessions, two conditions, or both kinds on one side)
    (event, (kind, _)), (other, (before, _)) = next(iter(mine.items())), next(iter(theirs.items()))
    return f"{other}:{before}->{event}:{kind}"


def _concessive(text: str) -> bool:
    """``text`` says ても or でも (a cheap test)."""
    return "ても" in text or "でも" in text


@lru_cache(maxsize=1024)
def _events(text: str) -> dict[str, tuple[str, bool]]:
    """Each event of ``text`` closed by a condition or a concession: the closer and whether
    the clause is negated (降らなくても)."""
    morphemes = _units(text)
    found: dict[str, tuple[str, bool]] = {}
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] == "形状詞":
            if kind := _state_closer(morphemes, i):  # 有効なら / 有効でも
                found.setdefault(m.normalized_form(), (kind, False))
            continue
        if m.part_of_speech()[0] not in ("動詞", "形容詞"):
            continue
        kind = "ても" if _even_so(morphemes, i) else clause_of(morphemes, i)
        if kind == "場合" and _case_even_so(morphemes, i):
            kind = "ても"  # 紛失した場合でも: a concession, said with 場合
        if kind != "ても" and kind not in _CONDITIONS:
            continue
        found.setdefault(verb_key(morphemes, i), (kind, _negated_after(morphemes, i)))
    return found


def _state_closer(morphemes: Sequence[Any], i: int) -> str:
    """The closer of a clause headed by the adjectival noun (形状詞) at ``i``: なら (and
    であれば, だったら) is a condition, でも a concession (パスポートが有効なら / 有効でも);
    empty: none."""
    tail = "".join(m.surface() for m in morphemes[i + 1 : i + 4])
    if tail.startswith(("なら", "であれば", "だったら")):
        return "なら"
    return "ても" if tail.startswith("でも") else ""


def _even_so(morphemes: Sequence[Any], i: int) -> bool:
    """The predicate at ``i`` is closed by としても after its auxiliaries (遅刻したとしても)."""
    j = i + 1
    while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助動詞":
        j += 1
    tail = [m.surface() for m in morphemes[j : j + 4]]
    return tail == ["と", "し", "て", "も"]


def _case_even_so(morphemes: Sequence[Any], i: int) -> bool:
    """The clause at ``i`` ends in 場合 followed by でも or も (紛失した場合でも)."""
    tail = [m.surface() for m in morphemes[i + 1 : i + 6]]
    if "場合" not in tail:
        return False
    after = tail[tail.index("場合") + 1 :]
    return after[:1] == ["も"] or after[:2] == ["で", "も"]


def _negated_after(morphemes: Sequence[Any], i: int) -> bool:
    """A negation follows the predicate at ``i`` inside its clause (降らなくても, 来なければ)."""
    for m in morphemes[i + 1 : i + 5]:
        pos = m.part_of_speech()
        if m.normalized_form() in _NEGATION and pos[0] in ("助動詞", "形容詞"):
            return True
        if pos[0] == "助詞":
            return False
    return False


def _negated_end(text: str) -> bool:
    """The text's own (last) predicate is negated: 使えませんか, 中止ではないですか."""
    morphemes = _units(text)
    for m in reversed(morphemes):
        pos = m.part_of_speech()
        if m.normalized_form() in _NEGATION and pos[0] in ("助動詞", "形容詞"):
            return True
        if pos[0] not in _TAIL and pos[1] not in ("終助詞", "準体助詞", "係助詞"):
            return False
    return False
