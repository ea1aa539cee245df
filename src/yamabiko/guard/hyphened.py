"""A hyphened English compound against its words written apart (session 29).

*the all-time greatest song* / *the greatest song of all time*, *flu-like symptoms* / *flu like
symptoms*, *one-third of the population* / *one third of ...*, *must-read books* / *books you
must read*: the minimal-pair units keep a hyphened word whole and leave out stop words, so the
check saw *all-time* replaced by *time* (``substitution:time->all-time``). One word left
on each side, a hyphened word on one whose parts the other prompt writes as consecutive words
in the same order, and the other side's word one of those parts: the same words spelled two
ways. A part the other prompt does not write (*B-school* / *school*, *e-books* / *books*,
*self-love* / *love myself*) keeps the substitution.

:func:`glued_kept` reads the other spelling the check explains by its units alone, a word
written together with the filler before it (*aswell* / *as well*:
:func:`.english_forms.run_together`), against the texts: the filler the glued word begins
with must be the word the other prompt says before it. The units do not keep the word they
skip, so the check took *is it cheaper thanstudents?* for *Is it cheaper for students?*
(session 38, wrong); the pair is left to the check as two words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .english_forms import run_together_read

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


#: how the check's alignment names a word written together with the filler before it
_RUN_TOGETHER = "run-together:"


def glued_kept(aligned: Alignment, cached: str, query: str) -> Alignment:
    """``aligned`` (of ``cached``, left, and ``query``, right), unless the check explained it
    by a run-together word (``run-together:well->aswell``) whose filler head the other prompt
    does not say right before the word (:func:`.english_forms.run_together_read`: *than* +
    *students* against *for students*); then the same alignment with the two words left
    unexplained, as the check leaves two different words."""
    if not aligned.wordnet.startswith(_RUN_TOGETHER):
        return aligned
    if run_together_read(query, cached) or run_together_read(cached, query):
        return aligned
    first, _, second = aligned.wordnet[len(_RUN_TOGETHER) :].partition("->")
    left = [u for u in aligned.left if u.text == first][:1]
    right = [u for u in aligned.right if u.text == second][:1]
    return aligned._replace(rest_left=left, rest_right=right, wordnet="")
