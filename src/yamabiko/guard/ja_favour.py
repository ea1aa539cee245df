"""Japanese: the doer of a favour said from either end (the guard's ``roles`` step).

A favour is said two ways with the same doer: from the giver's end, the doer marked with が
before the verb's て + くれる / くださる (先生が写真を撮ってくれますか: will the teacher take
it for me), and from the receiver's end, the doer marked with に before the verb's て +
もらう / いただく (先生に写真を撮ってもらえますか: can I have the teacher take it). The
particle of the doer changes from が to に, and the case roles read that as the noun taking
another noun's に (写真立てに写真を入れてくれる / 写真立ての写真は先生に入れてもらえる:
``roles:写真立て<->先生``), which it is not: the doer is one on both sides.

:func:`favour_doer_kept` tells the ``roles`` step so for a swap it found, when one of the two
words is that doer: marked が before a verb + て + a giving-to-me auxiliary on one side, and に
before the same verb + て + a receiving auxiliary on the other. The check then goes on; a pair
it serves with nothing else to say is served ``favour-doer:先生:撮る``. Any other exchange of roles
stands (先生に撮ってもらう / 生徒に撮ってもらう: another doer; 先生が撮ってくれる / 先生に撮って
くれる: くれる's に is the receiver, not the doer).

Cost: read only for a Japanese swap already found; SudachiPy's long units of the two prompts
(cached for the check).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .ja_receiving import RECEIVER_SUBJECT, RECEIVING_AUX
from .japanese import long_units

#: after a verb's て: the doer gives the favour to the speaker (撮ってくれる, 撮ってくださる):
#: the doer is the subject, marked が (:mod:`.ja_receiving`'s givers: 呉れる, 下さる; SudachiPy
#: normalises every spelling, くださる too, to these forms)
GIVING_TO_ME = RECEIVING_AUX - RECEIVER_SUBJECT
#: after a verb's て: the speaker receives the favour (撮ってもらう, 撮っていただく): the doer
#: is marked に (:mod:`.ja_receiving`'s receivers: 貰う, 頂く)
RECEIVING = RECEIVER_SUBJECT


def favour_doer_kept(query: str, cached: str, swapped: str) -> str:
    """``"店員:入れる"`` (the doer and the verb) when one of the two words of ``swapped``
    (``"X<->Y"``) is the doer of one favour in both prompts: marked が before a verb + て +
    くれる / くださる in one, に before the same verb + て + もらう / いただく in the other (see
    the module docstring); else ""."""
    words = swapped.split("<->")
    if len(words) != 2:
        return ""
    found = long_units(query), long_units(cached)
    if found[0] is None or found[1] is None:
        return ""
    doers = [_doers(f[1]) for f in found]
    for word in words:
        for giving, receiving in ((doers[0], doers[1]), (doers[1], doers[0])):
            verbs = {v for w, p, v in giving if w == word and p == "が"}
            both = verbs & {v for w, p, v in receiving if w == word and p == "に"}
            if both:
                return f"{word}:{min(both)}"
    return ""


def _doers(morphemes: Sequence[Any]) -> set[tuple[str, str, str]]:
    """``(noun, particle, verb)`` for each noun marked が whose next verb takes て + a
    giving-to-me auxiliary, and each noun marked に whose next verb takes て + a receiving
    auxiliary (a noun's suffix, さん of 先生さん, between it and the particle)."""
    out: set[tuple[str, str, str]] = set()
    count = len(morphemes)
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "名詞":
            continue
        j = i + 1
        while j < count and morphemes[j].part_of_speech()[0] == "接尾辞":
            j += 1
        if j >= count or morphemes[j].surface() not in ("が", "に"):
            continue
        particle = morphemes[j].surface()
        verb = _next_verb(morphemes, j + 1)
        if verb is None:
            continue
        aux = _aux_after_te(morphemes, verb)
        wanted = GIVING_TO_ME if particle == "が" else RECEIVING
        if aux in wanted:  # (the noun as written and as normalized: a swap names either)
            action = morphemes[verb].normalized_form()
            out.update((noun, particle, action) for noun in (m.surface(), m.normalized_form()))
    return out


def _next_verb(morphemes: Sequence[Any], start: int) -> int | None:
    """The index of the first verb at or after ``start`` (切る too, which SudachiPy marks
    非自立可能 for 使い切る: the auxiliary after it comes later), else None."""
    for k in range(start, len(morphemes)):
        pos = morphemes[k].part_of_speech()
        if pos[0] == "動詞":
            return k
        if pos[0] == "補助記号":
            return None  # (a clause ended)
    return None


def _aux_after_te(morphemes: Sequence[Any], verb: int) -> str:
    """The normalized form of the auxiliary verb after the て / で that follows ``verb``."""
    if verb + 2 >= len(morphemes) or morphemes[verb + 1].surface() not in ("て", "で"):
        return ""
    after = morphemes[verb + 2]
    return after.normalized_form() if after.part_of_speech()[0] == "動詞" else ""
