"""English: where a thing stands, or which way it points, changed around a noun both prompts
name (the guard's ``roles`` step, :func:`.opposites.contrasts`; firm when few other words
change, as for :mod:`.directions`).

* **A preposition of place of another kind** (:func:`place_changed`): a naming word both
  prompts share stands after a preposition of place of one kind on one side (*on*, *under*,
  *above*, *beside* / *next to*, *behind*, *in front of*, *opposite*)
  and of another kind on the other, each side giving it one kind: the ice sculpture stands
  *next to* / *on* the buffet: ``roles:buffet:beside->on``. Prepositions of one kind
  (*under* / *beneath*, *beside* / *near* / *next to*) say one place. Prepositions with other
  common senses are left out (*in*, *at*, *by*, *over*: *over* the phone, *by* Friday), and so
  are *inside* / *outside*: against *on* they may name one surface (engrave *on* / *inside* a
  ring), and against each other the antonym check reads them.
* **Turned away** (:func:`turned_away`): a verb is followed by a naming word as its object,
  or after a goal preposition (*to*, *towards*, *at*), on one side and by *away from* and
  the same word on the other, which says no *away*: face the lake / face *away from* the
  lake: ``roles:lake:to->away``.
"""

from __future__ import annotations

import re

from .directions import DETERMINERS
from .english import stem_en
from .english_scope import nominal

#: preposition of place -> its kind (several words first, so "next to" is no "to")
_PLACES = {
    "in front of": "front", "on top of": "on", "next to": "beside", "close to": "beside",
    "across from": "opposite", "on": "on", "onto": "on",
    "atop": "on", "under": "under", "underneath": "under", "beneath": "under",
    "below": "under", "above": "above", "beside": "beside", "near": "beside",
    "behind": "behind", "opposite": "opposite",
}  # fmt: skip
_PLACE = re.compile(
    f"\\b({'|'.join(sorted(_PLACES, key=len, reverse=True))})\\s+"
    f"((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)"
)
#: words a place preposition may follow and then say no place (depend on, carry on)
_NOT_PLACE_BEFORE = frozenset({"depend", "depends", "rely", "based", "focus", "work", "carry"})


def _places(text: str) -> dict[str, set[str]]:
    """Naming word (a stem; and ``"="`` + the stem -> the word, which names it) -> the kinds
    of the place prepositions right before it in the lower-case ``text`` (a determiner or
    two between at most; a word with none after the preposition must read as a noun:
    :func:`.english_scope.nominal`)."""
    found: dict[str, set[str]] = {}
    for match in _PLACE.finditer(text):
        noun = match.group(3)
        before = text[: match.start()].split()
        if before and before[-1] in _NOT_PLACE_BEFORE:
            continue
        if noun in _PLACES or (not match.group(2) and not nominal(noun)):
            continue  # (on top, near enough)
        key = stem_en(noun)
        if len(key) >= 3:
            found.setdefault(key, set()).add(_PLACES[match.group(1)])
            found.setdefault("=" + key, {noun})
    return found


def place_changed(x_text: str, y_text: str) -> str:
    """``"buffet:beside->on"`` (``x_text``'s kind first) when a naming word both texts share
    stands after a place preposition of one kind on one side and of another kind on the
    other, each side giving it one kind; empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    mine = _places(low_x) if any(p in low_x for p in _PLACES) else {}
    theirs = _places(low_y) if mine and any(p in low_y for p in _PLACES) else {}
    for key in sorted(mine.keys() & theirs.keys()):
        if key[0] == "=":
            continue
        if len(mine[key]) == len(theirs[key]) == 1 and mine[key] != theirs[key]:
            word = min(mine["=" + key])
            return f"{word}:{min(mine[key])}->{min(theirs[key])}"
    return ""


_AWAY = re.compile(f"\\b([a-z]+)\\s+away\\s+from\\s+((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)")
#: goal prepositions that may stand between the verb and its noun (point *at* the street)
_GOAL = "to|towards|toward|at|into|onto"


def _faced(text: str, verb: str, noun: str) -> bool:
    """``verb`` is followed in the lower-case ``text`` by ``noun`` (a word of its stem) as
    its object or after a goal preposition, a determiner or two between at most."""
    pattern = (
        f"\\b{re.escape(verb)}\\s+(?:(?:{_GOAL})\\s+)?(?:(?:{DETERMINERS})\\s+){{0,2}}([a-z]+)"
    )
    return any(stem_en(m.group(1)) == stem_en(noun) for m in re.finditer(pattern, text))


def turned_away(x_text: str, y_text: str) -> str:
    """``"lake:to->away"`` (``x_text``'s side first) when a verb is followed by *away from*
    and a naming word on one side and by the same word as its object or goal on the other,
    which says no *away* (face the lake / face away from the lake; not get away from boredom /
    overcome boredom, another verb); empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if ("away" in low_x) == ("away" in low_y):
        return ""  # (one side alone turns away: a cheap gate)
    away_side, other = (low_x, low_y) if "away" in low_x else (low_y, low_x)
    for match in _AWAY.finditer(away_side):
        verb, noun = match.group(1), match.group(3)
        if len(noun) >= 3 and _faced(other, verb, noun):
            return f"{noun}:away->to" if away_side is low_x else f"{noun}:to->away"
    return ""
