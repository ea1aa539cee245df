"""Restrictions a prompt adds or drops that the minimal-pair check counts as mere detail or
rewording, firm in the band (the trees may not serve them; :func:`.scope.condition_added`):

* **every / only** (:func:`quantifier_narrowed`, English): one side asks about every thing
  of a kind (all, every, any, each) and the other restricts it (only), or puts an added
  word where the other has all / every / each, in front of the same noun ("cover *all* vet
  fees" / "cover *emergency* vet fees"; not all day, all of my):  ``scope:all->only``,
  ``narrowing:emergency``.
  Japanese: a word for the whole (全体, 全部, すべて) one side has and the other lacks, in a
  pair the check rejected (改修全体 / 手すりの設置: ``scope:全体``; the rescue may not serve it).
* **a cause** (:func:`cause_dropped`, English): the words one side adds are a cause in the
  question's own sentence ("cancelled *because of the weather*"): ``condition:weather``.
* **per unit** (:func:`per_unit_changed`): both sides price or count per unit (ごと, 毎,
  あたり, につき; per) of another unit (車1台ごと / 1人ごと, numerals left out:
  ``unit:車台->人``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .units import Unit

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_UNIVERSAL = frozenset({"all", "every", "any", "each"})
_ONLY = "only"
#: the quantifiers a word put in their place narrows (not "any": without any money)
_ALL = frozenset({"all", "every", "each"})
#: nouns "all" makes an adverb of (all day, all the time)
_ADVERBIAL = frozenset({"time", "day", "night", "week", "year", "month", "morning", "along"})
_CAUSE = re.compile(r"\b(?:because(?: of)?|due to|owing to|as a result of)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+")
_PER_JA = re.compile(r"([一-龥々ァ-ヴーA-Za-z0-9０-９]+)(?:ごと|毎|あたり|当たり|につき)")
_PER_EN = re.compile(r"\b(?:per|for each|for every)\s+([a-z]+)")
_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def quantifier_narrowed(x: str, y: str, added: Sequence[Unit]) -> str:
    """English: ``"all->only"`` when one side has a universal quantifier and not *only*, the
    other *only* and no quantifier; ``"emergency"`` when an ``added`` word stands in front
    of the noun the other side's quantifier is about. Empty: neither."""
    low_x, low_y = x.lower(), y.lower()
    if not any(q in low_x or q in low_y for q in _UNIVERSAL):  # (a substring: cheap)
        return ""
    for one, other in ((low_x, low_y), (low_y, low_x)):
        mine, theirs = _WORD.findall(one), _WORD.findall(other)
        universal = [w for w in mine if w in _UNIVERSAL]
        if not universal or _ONLY in mine:
            continue
        if _ONLY in theirs and not _UNIVERSAL.intersection(theirs):
            return f"{universal[0]}->only"
        if not added or _UNIVERSAL.intersection(theirs):
            continue
        texts = {u.text.lower() for u in added}
        for i, word in enumerate(mine[:-1]):
            j = i + 2 if mine[i + 1] == "the" else i + 1  # (all the classes)
            if word not in _ALL or j == len(mine) or mine[j] in _ADVERBIAL:
                continue
            noun = mine[j]
            for k in range(1, len(theirs)):
                if theirs[k] == noun and theirs[k - 1] in texts:
                    return theirs[k - 1]
    return ""


_JA_WHOLE = ("全体", "全部", "全て", "すべて", "全額", "全員")


def universal_dropped(x: str, y: str) -> str:
    """Japanese: the word for the whole that one text has and the other lacks; empty: none."""
    for word in _JA_WHOLE:
        if (word in x) != (word in y):
            return word
    return ""


def cause_dropped(text: str, other: str, added: Sequence[Unit]) -> str:
    """English: the ``added`` words (all of them) stand in a cause (because of, due to) in
    the last sentence of ``text``, and ``other`` gives no cause: their names joined by
    ``+``; empty: no."""
    if not added or not added[0].key.isascii() or _CAUSE.search(other.lower()):
        return ""
    last = _SENTENCE_END.split(text.lower())[-1]
    marker = _CAUSE.search(last)
    if marker is None:
        return ""
    after = set(_words(last[marker.start() :]))  # (due to: a unit too)
    if all(u.text.lower() in after for u in added):
        return "+".join(u.text for u in added)
    return ""


_PER_MARKERS = ("ごと", "毎", "あたり", "当たり", "につき")


def _units_per(text: str, lang: str) -> set[str]:
    """The units a text counts per, numerals left out (車1台ごと: 車台; per person)."""
    if lang == "ja":
        if not any(marker in text for marker in _PER_MARKERS):
            return set()
        return {_NUMERALS.sub("", m) for m in _PER_JA.findall(text)} - {""}
    text = text.lower()  # (per night = per nights)
    found = _PER_EN.findall(text) if "per " in text or "for e" in text else []
    return {word.removesuffix("s") for word in found}


def per_unit_changed(x: str, y: str) -> str:
    """Both texts count per unit, per different units: ``"X->Y"`` (as written); empty:
    the same, or one side does not."""
    lang = "en" if x.isascii() and y.isascii() else "ja"
    mine = _units_per(x, lang)
    theirs = _units_per(y, lang) if mine else set()
    if not mine or not theirs or mine & theirs:
        return ""
    return f"{min(mine)}->{min(theirs)}"
