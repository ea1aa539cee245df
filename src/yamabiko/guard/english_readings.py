"""An English prompt read another way after the minimal-pair check refused the pair (session
34, lateEN): where the refusal names a word the other prompt says in other words, the
minimal-pair stage compares the pair with that prompt read (``minpair_stage._read_again``);
either prompt may be the one read, the query first.

Two readings, each stated in its module: a texting digit in a function word's slot
(:func:`.english_textese.textese_read`, *poems 2 open mic* / *poems to the open mic*:
``textese:2->to``) and a person's address as the goal of *to*
(:func:`.english_destination.destination_read`, *to my mother's address* / *to my mother*:
``destination:address``).
"""

from __future__ import annotations

from ..models import Verdict
from .english_destination import destination_read
from .english_textese import TEXTING_DIGITS, textese_read

#: the check's refusals of a digit one side adds, which may be a texting *2* / *4* (to, for)
DIGIT_ADDED = frozenset(f"{kind}:{d}" for d in TEXTING_DIGITS for kind in ("insertion", "deletion"))


def english_reading(verdict: Verdict, query: str, cached: str) -> tuple[bool, str, str] | None:
    """One prompt read another way where the check's refusal ``verdict`` is a texting digit
    or a person's address as a goal: whether the read prompt is the query, the read text and
    the reason the pair serves under; None: no reading."""
    kind, _, word = verdict.reason.partition(":")
    for mine, theirs, is_query in ((query, cached, True), (cached, query, False)):
        if verdict.reason in DIGIT_ADDED and (digit := textese_read(mine, theirs)):
            return is_query, digit[0], f"textese:{digit[1]}->{digit[2]}"
        if kind == "part" and (goal := destination_read(mine, theirs, word)):
            return is_query, goal[0], f"destination:{goal[2]}"
    return None
