"""A fact said back on one side, said on the other in a phrase of its own words (session 35).

The last check of stated facts (:func:`~yamabiko.conversation.facts.compare_stated`, ``fact``)
refuses when a word a user said and the assistant repeated back is stated nowhere on the other
side, not even by a word that takes its place
(:func:`~yamabiko.conversation.counterparts.counterparts`). A thread said in other words says
such a detail in a phrase: *a double kayak* / *a two-person kayak*, *the first half* / *before
the interval*. Word vectors read the words one by one and pair neither.

:func:`phrase_scores` reads the phrases instead: each lost word with the content words right
around it in the user turn that says it (its head and modifiers), against the same window
around each word of the other side that this side never says (the words taking its place),
all embedded in one call by the cache's own embedder (the sentence model, given as a function
of a list of texts). A lost word's score is its phrase's best cosine; the pair's score the
lowest over the lost words of both sides. The caller serves only from a cut (:data:`NEAR`),
only where every earlier check of the stated facts passed (no number, name, date, span or
person said on one side only), and never where a window holds a number. Costs one model call
(in the caller's thread), only on a pair the fact step would refuse.

Off by default (session 35): over the 30 conversation sets the phrase scores of a reworded
pair and of its entity-reworded twin are the same where both lose the same word (*double*
kayak 0.706 / 0.706, *book* 0.708 / 0.708), and no cut serves more than 2 reworded pairs
with no different-context pair served (docs/quality.md, "Session 35: ... (phrase)").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..guard.units import Unit

__all__ = ["NEAR", "WIDTH", "phrase_of", "phrase_scores", "said_in_phrases"]

#: the cosine from which a lost fact's phrase is said by the other side's; None: the step is
#: off (the default: the session 35 sweep found no cut that separates a reworded fact from its
#: changed twin, ``benchmarks/phrase_sweep.py`` and docs/quality.md)
NEAR: float | None = None

#: content words taken on each side of a lost word (its head and modifiers, roughly)
WIDTH = 1


def phrase_of(unit: Unit, texts: Sequence[str], units: Callable[[str], Sequence[Unit]]) -> str:
    """``unit`` with the :data:`WIDTH` content or number units around it in the first of
    ``texts`` whose units hold its key, joined as the text writes them (no space between
    Japanese units); ``""`` when no text says it or the window holds a number."""
    for text in texts:
        found = [u for u in units(text) if u.kind != "relation"]
        at = next((i for i, u in enumerate(found) if u.key == unit.key), None)
        if at is None:
            continue
        window = found[max(0, at - WIDTH) : at + WIDTH + 1]
        if any(u.kind == "number" for u in window):
            return ""
        joiner = "" if all(not u.text.isascii() for u in window) else " "
        return joiner.join(u.text for u in window)
    return ""


def phrase_scores(
    lost: Sequence[Sequence[Unit]],
    texts: Sequence[Sequence[str]],
    others: Sequence[Sequence[Unit]],
    *,
    units: Callable[[str], Sequence[Unit]],
    embed: Callable[[list[str]], np.ndarray],
) -> float:
    """The lowest, over the lost units of both sides (``lost[k]``, said in ``texts[k]``), of
    the best cosine between a lost unit's phrase and the phrase of a unit only the other
    side says (``others[k]``: the other side's units this side never says, in
    ``texts[1 - k]``); ``-1.0`` when a phrase cannot be read (a number in it, or no word on
    the other side to take its place)."""
    mine: list[list[str]] = []
    theirs: list[list[str]] = []
    for k in (0, 1):
        for unit in lost[k]:
            phrase = phrase_of(unit, texts[k], units)
            if not phrase:
                return -1.0
            mine.append([phrase])
            candidates = {phrase_of(u, texts[1 - k], units) for u in others[k]} - {""}
            if not candidates:
                return -1.0
            theirs.append(sorted(candidates))
    if not mine:
        return -1.0
    flat = [p for group in mine for p in group] + [p for group in theirs for p in group]
    order = {text: i for i, text in enumerate(dict.fromkeys(flat))}
    vectors = np.asarray(embed(list(order)), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    worst = 1.0
    for (phrase,), candidates in zip(mine, theirs, strict=True):
        rows = vectors[[order[c] for c in candidates]]
        worst = min(worst, float(np.max(rows @ vectors[order[phrase]])))
    return worst


def said_in_phrases(
    lost: Sequence[Sequence[Unit]],
    texts: Sequence[Sequence[str]],
    others: Callable[[], Sequence[Sequence[Unit]]],
    *,
    units: Callable[[str], Sequence[Unit]],
    embed: Callable[[list[str]], np.ndarray] | None,
) -> float | None:
    """:func:`phrase_scores` when it reaches :data:`NEAR` (every lost fact said in a phrase of
    the other side's own), else None; None, at no cost, without an embedder or a cut
    (``others`` gives the other side's words only when asked)."""
    if embed is None or NEAR is None:
        return None
    score = phrase_scores(lost, texts, others(), units=units, embed=embed)
    return score if score >= NEAR else None
