"""Doing a thing beforehand against being in the state of it (the guard's ``roles`` step,
through :func:`.modality.frame_changed`): 予約しておいた方がいいですか (should I book ahead)
against 予約していますか (is it booked / are you booking), 書類を用意しておきますか / 書類を
用意していますか. The same verb carries ておく (done in advance, for later: しておく,
しとく) on one side and ている (a state or an action under way: している, してる) on the
other; the content words are the same, the embedder puts them at 0.8-0.95, and one asks
what to do, the other what is the case.

:func:`aspect_changed` reads each verb of SudachiPy's long units (a verbal noun keyed with its
する) and the aspect auxiliary after it: て + おく or the contracted とく / どく (SudachiPy
reads 読んどいて as ど + いる: read as おく too), against て + いる or the contracted てる /
でる. The plain verb is compared with neither (予約した方がいい = 予約しておいた方がいい;
営業しますか = 営業していますか). Reason ``aspect:予約する:ておく->ている`` (the cached
prompt's first). A closed class of the grammar, not words that failed.

てある (a thing left in the state someone's act put it in: 予約してありますか, is it booked)
is read too: against ておく (予約しておきますか, shall I book ahead; 掃除しておいてもらえますか)
it asks what is the case where the other asks what to do (``aspect:予約する:てある->ておく``);
against ている it says the same state (予約してありますか = 予約していますか), no change.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ja_doers import _units
from .ja_time import verbs_said

#: the contracted auxiliaries (SudachiPy's normalised forms): ておく's and ている's
_AHEAD_AUX = frozenset({"とく", "どく"})
_STATE_AUX = frozenset({"てる", "でる"})
#: the bound verbs after て: おく (ahead), いる (state)
_AHEAD_VERB = frozenset({"置く", "おく"})
_STATE_VERB = frozenset({"居る", "いる"})
#: the bound verb after て of a state left by an act: ある (予約してある)
_DONE_VERB = frozenset({"有る", "ある"})
#: what a text must say for ておく (a substring gate): ておく, でおく, しとく, 読んどく ...
_AHEAD_HINTS = ("てお", "でお", "とく", "とい", "とき", "どく", "どい", "どき", "とか", "どか")


def aspect_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` when the verb ``V`` says ておく on one side and ている or てある on the
    other (``X`` the cached prompt's); empty otherwise."""
    if not (_hinted(query, cached) or _hinted(cached, query)):
        return ""  # (a cheap test first)
    mine, theirs = _aspects(query), _aspects(cached)
    for verb, kind in mine.items():
        other = theirs.get(verb, "")
        if other and kind and other != kind and {other, kind} != {"state", "done"}:
            return f"{verb}:{_SHOWN[other]}->{_SHOWN[kind]}"
    return ""


_SHOWN = {"ahead": "ておく", "state": "ている", "done": "てある"}
#: what a text must say for ている (a substring gate): ている, でいる, してる, 読んでる
_STATE_HINTS = ("てい", "でい", "て居", "で居", "てる", "でる")
#: what a text must say for てある (a substring gate): してある, 書いてあります, 読んである
_DONE_HINTS = ("てあ", "であ", "て有", "で有")


def _hinted(ahead: str, state: str) -> bool:
    """``ahead`` says the kana of ておく and ``state`` those of ている or てある."""
    return any(map(ahead.__contains__, _AHEAD_HINTS)) and any(
        map(state.__contains__, _STATE_HINTS + _DONE_HINTS)
    )


@lru_cache(maxsize=1024)
def _aspects(text: str) -> dict[str, str]:
    """Each verb of ``text`` followed by an aspect auxiliary: ``"ahead"`` (ておく) or
    ``"state"`` (ている) or ``"done"`` (てある); ``""`` when the verb says two."""
    return verbs_said(_units(text), _after_te, _aspect)


def _aspect(morphemes: Sequence[Any], j: int) -> str:
    """The aspect said by the auxiliary at ``j`` (after a verb): see :func:`_aspects`."""
    if j >= len(morphemes):
        return ""
    first = morphemes[j]
    norm = first.normalized_form()
    if norm in _AHEAD_AUX:
        return "ahead"
    if norm in _STATE_AUX:
        return "state"
    if first.surface() not in ("て", "で", "ど") or j + 1 >= len(morphemes):
        return ""
    verb = morphemes[j + 1]
    if verb.part_of_speech()[0] != "動詞":
        return ""
    if verb.normalized_form() in _AHEAD_VERB:
        return "ahead"
    if verb.normalized_form() in _STATE_VERB:
        return "ahead" if first.surface() == "ど" else "state"  # (読んどいて: ど + いる)
    if verb.normalized_form() in _DONE_VERB and first.surface() != "ど":
        return "done"
    return ""


def _after_te(morphemes: Sequence[Any], i: int) -> bool:
    """The bound verb at ``i`` follows て / で (an auxiliary verb: おく, いる, しまう)."""
    return i > 0 and morphemes[i - 1].surface() in ("て", "で", "ど")
