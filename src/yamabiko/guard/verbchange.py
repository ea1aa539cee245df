"""A changed Japanese verb the rescue cannot explain (:meth:`.boosted.BoostedModel.verdict`).

The rescue serves a minimal pair the check rejected when the trees score it high enough. When
the one thing changed is a verb replaced by another verb (a サ変 noun used as one counts:
追加できる) and nothing explains the pair — no SudachiPy synonym group, no kanji in common
(確認 / 確かめる), word vectors (both words in the table) below :data:`EXPLAINED` — the pair
may be an antonym the resources do not know (特約を追加できますか / 特約を外せますか) when
both verbs follow the same argument and particle (特約を) in two questions: the rescue does
not serve it.
"""

from __future__ import annotations

from . import wordvec
from .ja_words import ends_asking
from .units import Unit

#: word-vector cosine from which a changed verb pair counts as explained
EXPLAINED = 0.5
_VERB_ENDINGS = frozenset("うくぐすつぬぶむる")
_SURU = ("する", "し", "でき", "さ", "せ", "出来")


def _kanji(text: str) -> set[str]:
    return {c for c in text if "\u4e00" <= c <= "\u9fff"}


def _verbal(unit: Unit, text: str) -> bool:
    """A verb (its dictionary form ends in a u-row kana) or a サ変 noun used as one."""
    form = unit.forms[0] if unit.forms else unit.text
    if form and form[-1] in _VERB_ENDINGS:
        return True
    at = text.find(unit.text)
    return at >= 0 and text.startswith(_SURU, at + len(unit.text))


def _asks(text: str) -> bool:
    """A question: a question mark anywhere (a request may follow it), or a question's end
    (:func:`.ja_words.ends_asking`)."""
    return "？" in text or "?" in text or ends_asking(text)


def _before(unit: Unit, text: str) -> str:
    """The two characters before the unit in the text (its argument's end and particle)."""
    at = text.find(unit.text)
    return text[max(at - 2, 0) : at] if at > 0 else ""


def unexplained_verbs(left: list[Unit], right: list[Unit], first: str, second: str) -> bool:
    """One Japanese verb of ``first`` replaced by one of ``second`` (the units the alignment
    left unexplained) after the same argument and particle (特約を), with nothing that
    explains the pair."""
    if len(left) != 1 or len(right) != 1 or not (_asks(first) and _asks(second)):
        return False  # (a description: グローブをはめた男性 / つけた男性)
    x, y = left[0], right[0]
    if x.key.isascii() or y.key.isascii() or x.text in second or y.text in first:
        return False
    if not (_verbal(x, first) and _verbal(y, second)):
        return False
    context = _before(x, first)
    if len(context) < 2 or context != _before(y, second) or not "ぁ" <= context[-1] <= "ゖ":
        return False
    if not x.synonyms.isdisjoint(y.synonyms):
        return False
    if _kanji(x.text + "".join(x.forms)) & _kanji(y.text + "".join(y.forms)):
        return False
    i, j = x.vector, y.vector  # (a word the vectors lack: left to the trees, はめる)
    return i is not None and j is not None and wordvec.similarity(i, j) < EXPLAINED
