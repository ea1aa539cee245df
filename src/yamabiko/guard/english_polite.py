"""Two polite frames of one English request read as one (session 37, lateEN): *Would you
mind telling me how long the repair will take?* asks what *Can you tell me how long the
repair will take?* asks. The guard refused the pair ``question``: the gerund *telling* opens
no indirect question the way *tell me how* does, so one side asked a yes / no question and
the other how long; and the minimal-pair units count *mind* as a word one side adds.

*Would you* / *do you* / *will you* + *mind* + a gerund is the construction of a polite
request: it asks leave to have the gerund's act done, and the act is what is asked.
:func:`polite_read` reads such a frame as the other prompt's own frame of a plain request
(*can* / *could* / *will* / *would you* + a verb) when the gerund is a form of that verb by
WordNet (*telling* / *tell*, *sending* / *send*); the whole check then compares the prompt so
read (``polite-frame:<the read pair's reason>``), and everything after the frame is compared
as written: *would you mind telling me how much the hire costs* / *can you tell me how much
the service costs* is refused as the plain pair is. *Would you mind if I ...* and *mind the
step* stay as they are.

A gerund of another verb is read the same way, as the plain frame of its own verb (session
38, wrong): *Would you mind checking a copy of the invoice?* / *Could you send me a copy of
the invoice?* was served ``guard-ok`` (the units saw *mind* and *checking* against *send*, a
rewording, and no model looked), and is now the pair *could you check* / *could you send*,
which the check refuses (``polite-frame:substitution:send->check``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Verdict
from . import wordnet

if TYPE_CHECKING:
    from . import Guard

#: would / do / will you mind + a gerund: a polite request (its verb: group 1)
_FRAME = re.compile(r"\b(?:would|do|will) you mind ([a-z]+ing)\b", re.IGNORECASE)
#: can / could / will / would you + a verb: a plain request (its verb: group 1)
_PLAIN = re.compile(r"\b(?:can|could|will|would) you (?:please )?([a-z]+)\b", re.IGNORECASE)
_VERB = 1  # WordNet's part of speech for a verb (:data:`.wordnet.POS`)


def polite_read(query: str, cached: str) -> tuple[str, bool] | None:
    """One prompt's *would you mind* + gerund frame read as the other prompt's plain frame of
    the same verb (see the module docstring): the read text and whether it is the query;
    None: no such pair of frames."""
    if "mind" not in query and "mind" not in cached:
        return None  # (most pairs: two scans in C; the frame's mind follows you, lower case)
    for mine, theirs, is_query in ((query, cached, True), (cached, query, False)):
        frame = _FRAME.search(mine)
        if frame is None or _FRAME.search(theirs):
            continue
        plain, bases = _PLAIN.search(theirs), _bases(frame.group(1))
        if plain is None or not bases:
            continue
        verb = plain.group(1) if plain.group(1).lower() in bases else bases[0]  # or another act
        read = plain.group(0)[: plain.start(1) - plain.start()] + verb
        return mine[: frame.start()] + read + mine[frame.end() :], is_query
    return None


def _bases(gerund: str) -> tuple[str, ...]:
    """The verb lemmas WordNet takes ``gerund`` for a form of (*telling*: tell)."""
    return tuple(b for b in wordnet.lemmas_of(gerund.lower(), _VERB) if b != gerund.lower())


def polite_check(
    guard: Guard, read: tuple[str, bool], query: str, cached: str, similarity: float,
    threshold: float | None, stored: str | None,
) -> Verdict:  # fmt: skip
    """``guard``'s verdict on the pair with one prompt ``read`` (:func:`polite_read`: the text
    and whether it is the query), the reason prefixed ``polite-frame:``; the cached prompt's
    ``stored`` analysis is read only while that prompt is compared as written."""
    text, is_query = read
    if is_query:
        verdict = guard.check(text, cached, "en", similarity, threshold, stored)
    else:
        verdict = guard.check(query, text, "en", similarity, threshold)
    return Verdict(verdict.accept, f"polite-frame:{verdict.reason}")
