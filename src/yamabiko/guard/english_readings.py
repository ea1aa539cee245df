"""An English prompt read another way after the minimal-pair check refused the pair (session
34, lateEN): where the refusal names a word the other prompt says in other words, the
minimal-pair stage compares the pair with that prompt read (:func:`read_again`);
either prompt may be the one read, the query first.

Two readings, each stated in its module: a texting digit in a function word's slot
(:func:`.english_textese.textese_read`, *poems 2 open mic* / *poems to the open mic*:
``textese:2->to``) and a person's address as the goal of *to*
(:func:`.english_destination.destination_read`, *to my mother's address* / *to my mother*:
``destination:address``); since session 37 a word written together with the filler before it
where the refusal is a substitution of other words (:func:`.english_forms.run_together_read`,
*assemble garden furniture aswell* / *deliver garden furniture as well*: the trees are asked
of the prompts spelled alike).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..models import Verdict
from .english_destination import destination_read
from .english_forms import run_together_read
from .english_textese import TEXTING_DIGITS, textese_read
from .stored import side_of

if TYPE_CHECKING:
    from . import Guard
    from .minpair_stage import Side

    #: the minimal-pair stage's own signature (:func:`.minpair_stage.minpair_stage`)
    Stage = Callable[[Guard, Side, Side, float, bool], tuple[Verdict | None, Verdict | None]]

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
        glued = kind == "substitution" and mine.count(" ") < theirs.count(" ")  # (a word less)
        if glued and (apart := run_together_read(mine, theirs)):
            return is_query, apart[0], f"equivalent-words:run-together:{apart[1]}"
    return None


def read_again(
    stage: Stage, guard: Guard, read: tuple[bool, str, str], mine: Side, theirs: Side,
    similarity: float, served: bool,
) -> tuple[Verdict | None, Verdict | None]:  # fmt: skip
    """The verdicts of the minimal-pair ``stage`` with one prompt as ``read``
    (:func:`english_reading`: the query or not, the text, the reason served under where no
    model's acceptance is given); the stage is passed in, as it imports this module."""
    is_query, text, reason = read
    side = side_of(guard, text, "en")
    mine, theirs = (side, theirs) if is_query else (mine, side)
    ending, served_by = stage(guard, mine, theirs, similarity, served)
    if ending is not None:
        return ending, None
    return None, served_by or Verdict(True, reason)
