"""Direction and route: the guard's ``roles`` reasons for a way travelled the other way.

* **English, one direction preposition changed** (:func:`direction_changed`): a naming word
  both prompts share stands after a preposition of the goal (to, into, towards, onto) on one
  side and after one of the source (from, out of) on the other, and neither side also gives
  it the other role, and no word is replaced ("ferry crossings *to* the island" / "*from*
  the island": ``roles:island:to->from``; not "catch worms from dogs" / "pass worms to
  dogs", whose verbs differ: :func:`.opposites.contrasts` asks). A prompt that names both
  ends in another order ("to B from A" / "from A to B") keeps each word's preposition, so
  it is no change.
* **Japanese, a route's ends exchanged** (:func:`route_swapped`): the whole noun before から
  on one side is the whole noun before に / へ / まで on the other, and the other way round
  (光回線からケーブル回線に / ケーブル回線から光回線に: ``roles:光回線<->ケーブル回線``). The case
  roles of the analysis keep a compound's head alone (回線), which both ends share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: goal and source prepositions as the English frame marks them (roles.py)
_GOAL = frozenset({"to", "into", "towards", "toward", "onto"})
_SOURCE = frozenset({"from"})
#: a whole Japanese noun (kanji, katakana, Latin letters, digits) before a route particle
_NOUN = "[一-龥々〆ヵヶァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9０-９]+"
_FROM = re.compile(f"({_NOUN})から")
_TO = re.compile(f"({_NOUN})(?:に|へ|まで)")


def _kinds(frame: Sequence[tuple[str, str]]) -> dict[str, set[str]]:
    """naming word -> the direction kinds (goal / source) of the prepositions before it."""
    found: dict[str, set[str]] = {}
    for key, mark in frame:
        kind = "to" if mark in _GOAL else "from" if mark in _SOURCE else ""
        if kind:
            found.setdefault(key, set()).add(kind)
    return found


_DETERMINERS = "(?:(?:the|a|an|my|your|our|their|his|her|its|this|that)\\s+)?"


def _after_preposition(text: str, kind: str, key: str) -> bool:
    """``key`` (a stem) follows a preposition of ``kind`` in ``text``, a determiner between
    at most (to the island; not "to be an animal", an infinitive)."""
    words = "|".join(_GOAL if kind == "to" else _SOURCE)
    pattern = f"\\b(?:{words})\\s+{_DETERMINERS}{re.escape(key)}"
    return re.search(pattern, text.lower()) is not None


def direction_changed(
    x: Sequence[tuple[str, str]], y: Sequence[tuple[str, str]], x_text: str, y_text: str
) -> str:
    """English frames (``Analysis.frame``) and texts: ``"island:to->from"`` when a shared
    naming word is the goal on one side and the source on the other, right after the
    preposition; empty: none."""
    mine, theirs = _kinds(x), _kinds(y)
    if not mine or not theirs:
        return ""
    for key, kinds in mine.items():
        others = theirs.get(key)
        if others and len(kinds) == len(others) == 1 and kinds != others:
            one, other = min(kinds), min(others)
            if _after_preposition(x_text, one, key) and _after_preposition(y_text, other, key):
                return f"{key}:{one}->{other}"
    return ""


def route_swapped(x: str, y: str) -> str:
    """Japanese texts: ``"X<->Y"`` when X から … Y に on one side is Y から … X に on the
    other (whole nouns); empty: none."""
    if "から" not in x or "から" not in y:
        return ""
    from_x, to_x = set(_FROM.findall(x)), set(_TO.findall(x))
    from_y, to_y = set(_FROM.findall(y)), set(_TO.findall(y))
    for start in sorted(from_x - from_y):
        if start not in to_y:
            continue
        for end in sorted((to_x & from_y) - to_y - {start}):
            return f"{start}<->{end}"
    return ""
