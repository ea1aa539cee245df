"""The time of a Japanese question embedded in a sentence (session 39, review2; read through
:func:`.ja_tense.past_changed`, reason ``past:V:た->る``).

荷物が届いたか確認できますか (can you check whether it arrived) / 荷物が届くか確認できますか
(whether it will arrive), 電車が出たかどうか教えてください / 出るかどうか: the sentence's own
last verb (確認できる, 教える) is the same on both sides, so :func:`.ja_tense.past_changed`,
which reads that verb, finds nothing; the difference is the embedded question's verb, past on
one side and plain on the other, right before the か that closes the embedded question.

:func:`clause_past_changed` reads only the one place where the two texts' SudachiPy long units
differ: that place must be the same verb (by its normalized form) with た on one side and in its
plain form on the other, and the unit right after it the particle か with more of the sentence
after it (an embedded question, not the sentence's own end). Any other difference (a verb of
another word, た before 時 or 後, a conditional たら) reads nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .ja_doers import _units
from .shared_ends import shared_ends

#: the plain (non-past) form's conjugation, as SudachiPy names it
_PLAIN = "終止形-一般"


def clause_past_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` (``cached``'s form first) when the two Japanese texts differ only in an
    embedded question's verb ``V`` said in the past (``た``) on one side and plain (``る``) on
    the other, right before the particle か (see the module docstring); empty otherwise."""
    if "か" not in query or "か" not in cached:
        return ""
    old, new = _units(cached), _units(query)
    if not old or not new:
        return ""
    start, end = shared_ends([m.surface() for m in old], [m.surface() for m in new])
    old_part, new_part = old[start : len(old) - end], new[start : len(new) - end]
    after = old[len(old) - end :]  # (the same on both sides)
    if not _embedded_question(after):
        return ""
    old_form, new_form = _form(old_part), _form(new_part)
    if not old_form or not new_form or old_form[0] != new_form[0]:
        return ""
    if {old_form[1], new_form[1]} != {"た", "る"}:
        return ""
    return f"{new_form[0]}:{old_form[1]}->{new_form[1]}"


def _embedded_question(after: Sequence[Any]) -> bool:
    """``after`` opens with the particle か and goes on with more than symbols."""
    if not after or after[0].surface() != "か" or after[0].part_of_speech()[0] != "助詞":
        return False
    return any(m.part_of_speech()[0] not in ("補助記号", "空白") for m in after[1:])


def _form(part: Sequence[Any]) -> tuple[str, str] | None:
    """A verb alone in its plain form (``(lemma, "る")``) or a verb + た (``(lemma, "た")``);
    None for any other run of units."""
    if not part or part[0].part_of_speech()[0] != "動詞":
        return None
    verb = part[0].normalized_form()
    if len(part) == 1 and part[0].part_of_speech()[5] == _PLAIN:
        return verb, "る"
    past = len(part) == 2 and part[1].normalized_form() == "た"
    return (verb, "た") if past and part[1].part_of_speech()[5] == _PLAIN else None
