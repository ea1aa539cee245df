"""A part of a request dropped without a negated request: *forget the MOT, just the service*,
*leave the hedge as it is*, *scrap the wrapping*, 回収はいいです, 色は今のままでいいです,
配送はなしで.

:mod:`yamabiko.conversation.withdrawn` reads a withdrawal said as a negated request (*please
don't X*, はやめて, ないでください). A user also drops part of what they asked for by a verb
of leaving out in a request, or by saying a thing is fine as it is, and then no negation and
no word of reversal is said:

- English: a clause that opens (after *actually*, *oh*, *just*, *please*, …, or a subject
  of a request: *I'll*, *we'll*, *let's*, *you can*) with a verb of leaving out and its
  object: *forget (about) the X*, *scrap / skip / ditch the X*, *leave out the X*, *never
  mind the X*; *leave the X as it is / alone / out / off*; *the X is fine as it is*, *the X
  can stay as it is*. (Not *drop*: *I'll drop the car at 9* delivers it.) What is dropped
  is the object's content words (the guard's stems).
- Japanese: a noun marked by は / も and then いい / 結構 / 大丈夫 / なし / 不要 ending the
  clause (です, で, 。; not ね / よ / か / が: 景色はいいですね praises, 表示は大丈夫ですが
  reports), or by は and then 今のまま; a noun and なし (配送なしで).

:func:`compare_dropped` refuses when one side drops a thing that its users do not ask for
again afterwards, and the other side states it (a user turn or a reply sentence that asks
nothing, neither negated) and drops it nowhere: ``history:act:dropped:MOT``. A thing one side
drops and the other never names changes nothing (the other side asked only for the rest).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..guard import ja_synonyms
from ..guard.facts import Analysis
from ..guard.japanese import long_units
from ..models import Verdict
from .fact_words import SENTENCE
from .history import Exchange
from .smalltalk import asks

__all__ = ["JA_FINE", "LEAVE_OUT_VERBS", "compare_dropped", "dropped"]

#: what may open a clause before its verb (*actually, forget the MOT*; *I'll skip the sofa*)
_OPEN = (
    r"(?:(?:^|[.;:,!?(\-–—]\s*|\b(?:actually|oh|just|please|so|and|but|then|ok|okay|no)\s+)"
    r"|\b(?:i|we)(?:'ll|’ll|\s+will|'d\s+rather|\s+can)\s+|\blet'?s\s+|\byou\s+can\s+)"
)
#: a verb of leaving out in a request (read by :mod:`yamabiko.conversation.declined` too)
LEAVE_OUT_VERBS = (
    r"(?:please\s+)?(?:just\s+)?(?:forget(?:\s+about)?|scrap|skip|ditch|leave\s+out|"
    r"never\s+mind(?:\s+about)?)"
)
#: a verb of leaving out in a request and its object
_LEAVE_OUT = re.compile(
    _OPEN + LEAVE_OUT_VERBS + r"\s+((?:the|my|our|that|those|this|these)\s+[^.,;:!?]+)",
    re.IGNORECASE,
)
#: *leave the X as it is / alone / out*; *the X is fine as it is / can stay as it is*
_AS_IT_IS = re.compile(
    r"\bleave\s+((?:the|my|our|that|those|this|these)\s+[^.,;:!?]+?)\s+"
    r"(?:as\s+(?:it|they)\s+(?:is|are)|as\s+is|alone|out|off)\b"
    r"|\b((?:the|my|our|that|those|this|these)\s+[^.,;:!?]+?)\s+(?:is|are|can\s+stay|"
    r"can\s+remain)\s+(?:fine\s+)?as\s+(?:it|they)\s+(?:is|are)\b",
    re.IGNORECASE,
)
#: the words after which an English object's head ends (*forget the MOT and just do the
#: service*; *skip the recovering of the armchair*: the recovering)
_OBJECT_END = re.compile(
    r"\s+(?:and|but|just|then|so|as|please|instead|of|for|on|in|at|with|from|to)\b.*",
    re.IGNORECASE,
)
#: what a Japanese noun marked by は / も is, when the user no longer wants it
JA_FINE = frozenset({"良い", "結構", "大丈夫", "なし", "無し", "不要"})
#: what may follow such a predicate within a dropping clause
_JA_ENDS = frozenset({"です", "だ", "で", "。", "、", "!", "！"})


def _en_dropped(text: str, analyse: Callable[[str], Analysis]) -> set[str]:
    """The content words of the things an English ``text`` drops."""
    phrases = [m.group(1) for m in _LEAVE_OUT.finditer(text)]
    phrases += [m.group(1) or m.group(2) for m in _AS_IT_IS.finditer(text)]
    found: set[str] = set()
    for phrase in phrases:
        phrase = _OBJECT_END.sub("", phrase)
        found |= set(analyse(phrase).content)
    return found


def _ja_noun(m: Any) -> bool:
    """A long unit that names a thing or a service (a common noun, not of time)."""
    pos = m.part_of_speech()
    return pos[0] == "名詞" and pos[1] in ("普通名詞", "固有名詞") and pos[2] != "副詞可能"


def _ja_dropped(text: str) -> set[str]:
    """The normalised forms of the things a Japanese ``text`` drops."""
    units = long_units(text, keep=False)
    ms = list(units[1]) if units else []
    found = set()
    for k in range(1, len(ms)):
        form = ms[k].normalized_form()
        if form == "今" and k + 2 < len(ms) and ms[k + 2].surface() == "まま":
            pass  # 色は今のままで
        elif form in JA_FINE:
            after = ms[k + 1].normalized_form() if k + 1 < len(ms) else "。"
            rest = ms[k + 2].surface() if k + 2 < len(ms) else "。"
            if after not in _JA_ENDS or rest in ("ね", "よ", "か", "が", "けど", "けれど"):
                continue
        else:
            continue
        noun = _topic(ms, k, bare=form in ("なし", "無し"))
        if noun:
            found.add(noun)
    return found


def _topic(ms: Sequence[Any], k: int, *, bare: bool) -> str:
    """The noun marked by は / も nearest before ``ms[k]`` in its clause, past nouns of time
    (ワックスは今回はなしで), or with ``bare`` the noun right before (配送なしで)."""
    if bare and _ja_noun(ms[k - 1]):
        return str(ms[k - 1].normalized_form())
    for j in range(k - 1, 0, -1):
        if ms[j].part_of_speech()[1] in ("読点", "句点"):
            break
        if ms[j].surface() in ("は", "も") and _ja_noun(ms[j - 1]):
            return str(ms[j - 1].normalized_form())
    return ""


@lru_cache(maxsize=4096)
def _dropped(text: str, lang: str | None, analyse: Callable[[str], Analysis]) -> frozenset[str]:
    return frozenset(_ja_dropped(text) if lang == "ja" else _en_dropped(text, analyse))


def dropped(text: str, analyse: Callable[[str], Analysis]) -> frozenset[str]:
    """What ``text`` drops from a request (see the module docstring): English content stems,
    Japanese normalised forms."""
    if asks(text):
        return frozenset()
    return _dropped(text, analyse(text).lang, analyse)


def _said(thing: str, words: set[str], lang: str | None) -> bool:
    """``thing`` among ``words`` (Japanese: or one of its SudachiPy synonym group: 色 /
    カラー)."""
    if thing in words:
        return True
    if lang != "ja":
        return False
    return ja_synonyms.shares_group(thing, words)


def _read(side: Sequence[Exchange], analyse: Callable[[str], Analysis]) -> tuple[set, set]:
    """(what a side's users drop and do not ask for again later, what the side states)."""
    gone: set[str] = set()
    states: set[str] = set()
    for x in side:
        for sentence in (s.strip() for s in SENTENCE.findall(x.user or "")):
            if not sentence:
                continue
            a = analyse(sentence)
            now = dropped(sentence, analyse)
            words = _words(sentence, a)
            gone = (gone - words) | now  # asked for again: no longer dropped
            if not a.negations and not asks(sentence):
                states |= words - now
        for sentence in (s.strip() for s in SENTENCE.findall(x.reply or "")):
            a = analyse(sentence) if sentence else None
            if a is not None and not a.negations and not asks(sentence):
                states |= _words(sentence, a) - dropped(sentence, analyse)
    return gone, states


def _words(sentence: str, a: Analysis) -> set[str]:
    """A sentence's content words (English stems, Japanese normalised long units)."""
    return set(a.content) if a.lang != "ja" else set(_ja_words(sentence))


@lru_cache(maxsize=4096)
def _ja_words(sentence: str) -> frozenset[str]:
    """The normalised forms of the nouns of a Japanese sentence."""
    units = long_units(sentence, keep=False)
    return frozenset(m.normalized_form() for m in (units[1] if units else ()) if _ja_noun(m))


def compare_dropped(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """Does one side drop a thing the other side states (see the module docstring)?"""
    if not any(dropped(s, analyse) for x in (*q, *c) for s in SENTENCE.findall(x.user or "")):
        return Verdict(True, "history:same")  # nothing dropped: the common case, read cheaply
    read_q, read_c = _read(q, analyse), _read(c, analyse)
    lang = next((analyse(x.user).lang for x in (*q, *c) if x.user), None)
    for (gone, _), (their_gone, their_states) in ((read_q, read_c), (read_c, read_q)):
        for thing in sorted(gone):
            if _said(thing, their_states, lang) and not _said(thing, their_gone, lang):
                return Verdict(False, f"history:act:dropped:{thing}")
    return Verdict(True, "history:same")
