"""A Japanese place named by what is done there, said as a compound on one side and as a
clause on the other (session 34, lateJA): 休憩室 / 休憩する場所, 会議室 / 会議ができる場所,
自習室 / 自習できるところ.

A verbal noun (SudachiPy's サ変可能: 休憩, 会議, 更衣) joined to a place suffix (室, 場, 所:
SudachiPy's mode-A split of 休憩室 is 休憩 + 室) names the place where that act is done; the
same place is said as the act in a relative clause on a place noun: the verbal noun, する or
できる (が できる too), then 場所 or ところ. The minimal-pair check finds the same act and
accepts such a pair; the boosted trees refuse it (``learned:0.25`` on 休憩室 / 休憩する場所),
as a place noun and a verb stand where a suffix stood.

:func:`place_for_act` reads two Japanese prompts as one question when, after the short units
both say alike from the start and from the end (their normalised forms), one side's rest is a
place suffix after a verbal noun and the other's the clause on a place noun; the verbal noun
is the same word on both sides or one SudachiPy synonym group joins the two (only the
dictionary says that two acts are one: 更衣 / 着替える share no group, and stay refused).
Anything else left on either side (a negation, a past tense, another act: 更衣室 / 休憩する場所,
another place noun) leaves the pair to the trees. :func:`place_for_served` serves the trees'
refusal of such a pair, ``place-for:<score>`` (in the verified band
``verified-band:<cosine>:<score>:place-for``).
"""

from __future__ import annotations

from typing import Any

from ..models import Verdict
from .boosted import refusal_served
from .ja_synonyms import groups
from .japanese import short_units
from .shared_ends import shared_ends

#: place suffixes that turn a verbal noun into the place of its act (normalised forms): a room
#: or an area; not 所, which names an institution as often (研究所, 発電所, 保育所: session 34
#: review, served against 研究できる場所)
PLACE_SUFFIXES = frozenset({"室", "場"})
#: place nouns a relative clause names the place with (normalised: ところ is 所)
PLACE_NOUNS = frozenset({"場所", "所"})
#: what may stand between the verbal noun and the place noun (normalised): する, できる, が できる
_CLAUSES = (("為る",), ("出来る",), ("が", "出来る"))


def place_for_act(first: str, second: str) -> bool:
    """``first`` and ``second`` say the same but one names a place by a verbal noun and a
    place suffix (休憩室) where the other says the act in a clause on a place noun (休憩する
    場所, 休憩できるところ): see the module docstring."""
    if first.isascii() or second.isascii():
        return False
    left, right = short_units(first, keep=False), short_units(second, keep=False)
    if not left or not right:
        return False
    return _compound_and_clause(left, right) or _compound_and_clause(right, left)


def _compound_and_clause(compound: list[Any], clause: list[Any]) -> bool:
    """``compound``'s units differ from ``clause``'s only by a verbal noun + place suffix
    where ``clause`` says the verbal noun (or a synonym of it) + する / できる + a place noun."""
    x = [m.normalized_form() for m in compound]
    y = [m.normalized_form() for m in clause]
    start, end = shared_ends(x, y)
    if start and len(x) - end - start == 1:
        start -= 1  # the verbal noun said alike on both sides: read it with the rest
    said, told = x[start : len(x) - end], y[start : len(y) - end]
    if len(said) != 2 or len(told) < 3 or said[1] not in PLACE_SUFFIXES:
        return False
    if told[-1] not in PLACE_NOUNS or tuple(told[1:-1]) not in _CLAUSES:
        return False
    noun, verb_noun = compound[start], clause[start]
    if not (_verbal_noun(noun) and _verbal_noun(verb_noun)):
        return False
    return said[0] == told[0] or bool(groups(noun.surface()) & groups(verb_noun.surface()))


def _verbal_noun(unit: Any) -> bool:
    """SudachiPy reads ``unit`` as a noun that takes する (サ変可能: 休憩, 会議)."""
    pos = unit.part_of_speech()
    return pos[0] == "名詞" and pos[2] == "サ変可能"


def place_for_served(
    found: Verdict | None, checked: Verdict, cached: str, query: str, similarity: float
) -> Verdict | None:
    """The boosted trees' refusal ``found`` of two Japanese prompts the minimal-pair check
    accepted (its verdict ``checked``), served when one names a place by its act where the
    other says the act (:func:`place_for_act`: ``place-for:<score>``, in the verified band
    ``verified-band:<cosine>:<score>:place-for``); any other verdict (none, an acceptance, a
    pair the check refused, English prompts) as it was."""
    if found is None or not checked.accept:
        return found
    served = refusal_served(found, similarity, "place-for")
    return served if served is not None and place_for_act(cached, query) else found
