"""A turn read clause by clause: a negation counts only in the clause that says it.

A user who takes a request back often gives a reason or an apology in the same turn, and
the reason or the apology holds a grammatical negation of its own: "Half the group can't
make it, so please cancel it.", 行けなくなったので、キャンセルでお願いします,
すみません、取りやめにします (すみません is the negated form of すむ). Read as one text, such a
turn is negated and :func:`~yamabiko.conversation.intent.reversals` read no reversal in it;
the negation belongs to another clause than the reversal. :func:`clauses` cuts a turn at its
sentence ends and at its commas (、 , ;), and :func:`clause_analysis` analyses one clause as the
guard analyses a prompt, so a reading that a negation blocks can be made per clause.

:func:`ja_act_key` (moved here from :mod:`yamabiko.conversation.withdrawn` in session 29,
which still exports it) keys a Japanese verb and the noun made from it (its 連用形) alike:
取りやめ (the noun 取り止め) is the act of 取り止める, お断り that of 断る.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.analysis import analyse
from ..guard.facts import Analysis

__all__ = ["clause_analysis", "clauses", "ja_act_key"]

#: where a clause ends: a sentence end, a comma or a semicolon (ASCII and full-width); a
#: point or a comma before a digit is inside a number (3.5, 1,000)
_CUT = re.compile(r"[!?;。！？；、，]+|[.,]+(?!\d)")
#: the kana a Japanese verb's dictionary form or its noun (連用形) ends in
_JA_KANA = frozenset("うくすつぬふむゆるぐずづぶぷいきしちにひみりぎじぢびぴ")


def clauses(text: str) -> list[str]:
    """The clauses of ``text``: its pieces between sentence ends and commas, stripped, empty
    ones left out (a point or a comma before a digit cuts nothing: 3.5, 1,000)."""
    return [piece.strip() for piece in _CUT.split(text) if piece.strip()]


@lru_cache(maxsize=4096)
def clause_analysis(clause: str, lang: str) -> Analysis:
    """The guard's analysis of one clause, in the language of its turn (``lang``)."""
    return analyse(clause, lang)


def ja_act_key(form: str) -> str:
    """A Japanese verb and the noun made from it as one key (取り外す / 取り外し: 取り外)."""
    stem = form[:-1]
    kanji = any("\u4e00" <= ch <= "\u9fff" for ch in stem)
    return stem if kanji and form[-1] in _JA_KANA else form
