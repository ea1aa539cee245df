"""A request declined as a whole, in a clause that says no word of reversal and names no thing.

A user takes a whole request back in a clause of its own whose object stands for all of it
(*actually, scrap that*, *let's drop it*, *forget it*) or whose subject does (*the whole
thing is off*, *the booking's off*), or, in Japanese, by a word of sufficiency with no thing
marked by は (やっぱりいいです, 今回は結構です, やっぱりなしで). No word of reversal is said
(:data:`~yamabiko.conversation.intent.REVERSAL_EN`), and
:mod:`yamabiko.conversation.dropped` reads only a named thing dropped (*forget the MOT*,
回収はいいです). :func:`declined` reads such a clause, with the same verbs of leaving out
(:data:`~yamabiko.conversation.dropped.LEAVE_OUT_VERBS`) and words of sufficiency
(:data:`~yamabiko.conversation.dropped.JA_FINE`) that dropping reads, and
:func:`~yamabiko.conversation.intent.reversals` counts what it finds as a reversal:

- English: a clause (:func:`~yamabiko.conversation.clauses.clauses`) that is only a verb of
  leaving out, or *drop* / *call off*, with *it*, *that*, *this*, *everything*, *the whole
  thing* or *the lot* (*drop it off* and *I'll drop it at 9* are no such clause: the clause
  goes on); or *it / that / everything / the whole thing* or a noun of an act, an event or a
  group (WordNet's first noun sense: *booking*, *trip*, *party*, *table*) with *is / was /
  's off* and nothing more (*the oven is off*, an artifact, reports a fault).
- Japanese: a clause whose last content word is a word of sufficiency ending it (です, で,
  お願いします; not ね / よ / か / が: いいですね praises) after only adverbs (やっぱり, もう)
  and nouns of time marked by は (今回は), an adverb among them: a bare いいです, それでいいです
  and はい、いいです agree; 中はけっこうです drops the inside (SudachiPy files 中 with the
  nouns of time), read by :mod:`yamabiko.conversation.dropped`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.japanese import long_units
from ..guard.wordnet_first import first_lexnames
from .clauses import clauses
from .dropped import JA_FINE, LEAVE_OUT_VERBS

__all__ = ["declined"]

#: words that may open a clause before its verb (*I'll*, *let's*, *just*, *so*)
_EN_OPEN = (
    r"^(?:(?:so|and|but|then|actually|oh|ok|okay|well|hmm|just|please)\s+)*"
    r"(?:(?:i|we)(?:'ll|’ll|\s+will|'d\s+rather|\s+can)\s+|let'?s\s+|let\s+us\s+|you\s+can\s+)?"
)
#: what stands for the whole request as an object or a subject
_WHOLE = r"(?:it|that|this|everything|the\s+whole\s+thing|the\s+lot)"
#: what may end such a clause after its object or *off*
_EN_END = r"(?:\s+(?:after\s+all|then|now|for\s+now|this\s+time|altogether|i'm\s+afraid))?$"
#: the whole request dropped: *scrap that*, *let's drop it*, *call it all off*
_EN_DROP = re.compile(
    _EN_OPEN + r"(?:(?:" + LEAVE_OUT_VERBS + r"|(?:just\s+)?drop)\s+" + _WHOLE
    + r"|call\s+(?:" + _WHOLE + r"\s+(?:all\s+)?off|off\s+" + _WHOLE + r"))" + _EN_END,
    re.IGNORECASE,
)
#: the whole request called off: *the whole thing is off*, *the booking's off*
_EN_OFF = re.compile(
    r"^(?:(?:so|and|but|sorry|actually|i'm\s+afraid)\s+)*(?:" + _WHOLE
    + r"|(?:the|our|my)\s+([a-z]+))(?:'s|’s|\s+is|\s+was|\s+has\s+been)\s+(?:all\s+)?off"
    + _EN_END,
    re.IGNORECASE,
)
#: WordNet's lexicographer files of a noun that can be called off (a booking, a trip, a party)
_CALLED_OFF = frozenset({"noun.act", "noun.event", "noun.group"})
#: what may follow a Japanese word of sufficiency in the clause that declines
_JA_AFTER = frozenset({"です", "だ", "で", "ます", "御", "願う", "為る", "下さる", "致す"})


def declined(text: str, lang: str | None) -> frozenset[str]:
    """The words by which ``text`` (in ``lang``) declines a whole request (see the module
    docstring): the verb or *off* in English, the word of sufficiency in Japanese."""
    return _declined(text, lang or "en")


@lru_cache(maxsize=4096)
def _declined(text: str, lang: str) -> frozenset[str]:
    read = _ja_clause if lang == "ja" else _en_clause
    return frozenset(word for clause in clauses(text) for word in (read(clause),) if word)


def _en_clause(clause: str) -> str:
    """The verb (or *off*) by which one English clause declines the whole request, else ""."""
    clause = clause.lower().replace("’", "'")
    found = _EN_DROP.match(clause)
    if found:
        verb = _verb(found.group(0))
        return "call+off" if verb == "call" else verb
    found = _EN_OFF.match(clause)
    if found and (found.group(1) is None or _called_off(found.group(1))):
        return "off"
    return ""


def _verb(clause: str) -> str:
    """The verb of a clause :data:`_EN_DROP` read (the first word after its openers)."""
    words = re.sub(_EN_OPEN, "", clause).split()
    return words[0] if words else ""


@lru_cache(maxsize=1024)
def _called_off(noun: str) -> bool:
    """``noun``'s first WordNet sense is an act, an event or a group (booking, trip, party)."""
    names = first_lexnames(noun, 0)
    return bool(names) and names[0] in _CALLED_OFF


def _ja_clause(clause: str) -> str:
    """The word of sufficiency by which one Japanese clause declines the whole request, else
    "" (adverbs and nouns of time with は before it, at least one; nothing but a copula or
    お願いします after it)."""
    units = long_units(clause, keep=False)
    ms = list(units[1]) if units else []
    at = next((k for k, m in enumerate(ms) if m.normalized_form() in JA_FINE), -1)
    if at < 1 or any(m.normalized_form() not in _JA_AFTER for m in ms[at + 1 :]):
        return ""
    before = ms[:at]
    for k, m in enumerate(before):
        pos = m.part_of_speech()
        if pos[0] == "副詞" or (pos[2] == "副詞可能" and ms[k + 1].surface() in ("は", "も")):
            continue
        if m.surface() in ("は", "も") and k and before[k - 1].part_of_speech()[2] == "副詞可能":
            continue
        return ""
    if not any(m.part_of_speech()[0] == "副詞" for m in before):
        return ""  # 中はけっこうです: a noun (中 may name a time too) and no adverb
    return str(ms[at].normalized_form())
