"""Japanese: what a suffix after a noun makes of it (the guard's ``roles`` step,
:func:`.opposites.contrasts`; firm).

* **Bound for against leaving from** (:func:`bound_changed`): 行き (ゆき, 行) after a
  place names where a service goes, 発 where it leaves from: アイルランド行きのフェリー /
  アイルランド発のフェリー ask about two services. The same noun stands before 行き on one
  side and before 発 on the other, each side giving it one of them:
  ``roles:アイルランド:行き->発``. The suffix must close the noun (の, a katakana or kana
  word, or the end after it), so 発行 / 発送 / 行事 are not read.
* **Except a noun against the noun** (:func:`except_dropped`): 以外 (外, 除く) after a noun
  says "everything but it": 大型犬以外の犬 / 大型犬 ask about the other dogs and about
  these. One side says 以外 after a noun the other side also says, where the other side has
  no 以外, and the texts are the same once the one side's 以外 and the の / を that follows
  are cut: ``scope:大型犬+以外``.

Both read the text with a regular expression after a substring gate (no tokenising).
"""

from __future__ import annotations

import re

#: a whole noun (kanji, katakana, Latin letters, digits), as in :mod:`.directions`
_NOUN = "[一-龥々〆ヵヶァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9０-９]+?"
#: what may close the suffix: の, a kana or katakana word, punctuation, the end
_CLOSE = "(?=の|[ぁ-んァ-ヴ]|[、。？?！!\\s]|$)"
_BOUND = re.compile(f"({_NOUN})(行き|ゆき|発){_CLOSE}")
_KIND = {"行き": "行き", "ゆき": "行き", "発": "発"}


def _bounds(text: str) -> dict[str, set[str]]:
    """noun -> the kinds (行き, 発) of the suffixes right after it in ``text``."""
    found: dict[str, set[str]] = {}
    for match in _BOUND.finditer(text):
        found.setdefault(match.group(1), set()).add(_KIND[match.group(2)])
    return found


def bound_changed(x: str, y: str) -> str:
    """``"アイルランド:行き->発"`` (``x``'s suffix first) when a noun both texts say is
    bound for on one side and leaving from on the other; empty: none."""
    if "発" not in x + y or not ("行き" in x + y or "ゆき" in x + y):
        return ""  # (substrings: a cheap gate)
    mine, theirs = _bounds(x), _bounds(y)
    for noun in sorted(mine.keys() & theirs.keys()):
        kinds, others = mine[noun], theirs[noun]
        if len(kinds) == len(others) == 1 and kinds != others:
            return f"{noun}:{min(kinds)}->{min(others)}"
    return ""


#: "but" after a noun
_EXCEPT = re.compile(f"({_NOUN})以外")
#: the particles set aside when the rest of two texts is compared
_PARTICLES = re.compile("[のをがはも、]")


def except_dropped(x: str, y: str) -> str:
    """``"大型犬+以外"`` when one text says 以外 after a noun and the other text says the
    same without it (the noun kept, particles aside, and the head the noun restates after
    以外 の left out: 大型犬以外の犬 / 大型犬); empty: none."""
    if ("以外" in x) == ("以外" in y):
        return ""  # (substrings: a cheap gate)
    said, other = (x, y) if "以外" in x else (y, x)
    if len(said) > _MAX_CHARS:
        return ""
    bare = _PARTICLES.sub("", other)
    for match in _EXCEPT.finditer(said):
        noun = match.group(1)
        if noun not in other:
            continue
        cut = _PARTICLES.sub("", said[: match.end() - 2] + said[match.end() :])
        if cut == bare or _restated(cut, bare, noun):
            return f"{noun}+以外"
    return ""


#: the longest text read for 以外 (a longer one asks more than one thing)
_MAX_CHARS = 60


def _restated(longer: str, shorter: str, noun: str) -> bool:
    """``shorter`` is ``longer`` without one block of characters that ``noun`` contains (the
    head restated after 以外の: 犬 of 大型犬)."""
    extra = len(longer) - len(shorter)
    if not 0 < extra <= len(noun):
        return False
    return any(
        longer[i : i + extra] in noun and longer[:i] + longer[i + extra :] == shorter
        for i in range(len(shorter) + 1)
    )
