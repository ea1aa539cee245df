"""A hyphened English compound against its words written apart (session 29).

*the all-time greatest song* / *the greatest song of all time*, *flu-like symptoms* / *flu like
symptoms*, *one-third of the population* / *one third of ...*, *must-read books* / *books you
must read*: the minimal-pair units keep a hyphened word whole and leave out stop words, so the
check saw *all-time* replaced by *time* (``substitution:time->all-time``). One word left
on each side, a hyphened word on one whose parts the other prompt writes as consecutive words
in the same order, and the other side's word one of those parts: the same words spelled two
ways. A part the other prompt does not write (*B-school* / *school*, *e-books* / *books*,
*self-love* / *love myself*) keeps the substitution.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .minpair import Alignment

_PARTS = re.compile(r"[a-z0-9]+")


def hyphen_aligned(aligned: Alignment, cached: str, query: str) -> Alignment:
    """``aligned`` (the check's alignment of the units of ``cached``, left, and ``query``,
    right) with its one word on each side explained when one is a hyphened compound that the
    other prompt writes apart (see the module docstring); ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if len(left) != 1 or len(right) != 1:
        return aligned
    x, y = left[0].text.lower(), right[0].text.lower()
    for whole, part, other in ((x, y, query), (y, x, cached)):
        if "-" not in whole or "-" in part:
            continue
        parts = whole.split("-")
        if part not in parts or not all(_PARTS.fullmatch(p) for p in parts):
            continue
        apart = r"\b" + r"\s+".join(map(re.escape, parts)) + r"\b"
        if re.search(apart, other.lower()):
            return aligned._replace(rest_left=[], rest_right=[], wordnet=f"hyphen:{x}->{y}")
    return aligned
