"""The guard's ``predicate`` check: where a morphological analyser tells verbs apart
(Japanese), a verb or adjective replaced by another one on both sides is another action or
state, unless each one is equivalent to a word of the other side by the minimal-pair check's
word equivalence (family, reading, synonym group, word vectors: 預ける / 預かる) or a compound
verb the other side says apart (持ち帰る / 持って帰る: :func:`~.compounds.verb_parts`). The request
frame (教えてください / 知りたい) is filler here as in the alignment.
"""

from __future__ import annotations

from collections.abc import Callable

from .compounds import verb_parts
from .facts import Analysis
from .minpair import MinimalPairCheck
from .relations import unmatched_in
from .units import _JA_FILLER_WORDS, Unit


def same_predicate(
    a: Analysis,
    b: Analysis,
    units: Callable[[], list[tuple[Unit, ...]]],
    check: MinimalPairCheck | None,
) -> bool:
    """True when ``a`` and ``b`` ask for the same action or state; ``units``: makes the two
    prompts' units (``[b's, a's]``), asked only when both sides replace a predicate;
    ``check``: whose word equivalence excuses a replacement (None: none does)."""
    only_a = unmatched_in(a.predicates - _JA_FILLER_WORDS, b)
    only_b = unmatched_in(b.predicates - _JA_FILLER_WORDS, a)
    if not (only_a and only_b):
        return True
    only_a, only_b = _said_apart(a.predicates, only_a, only_b, b.predicates)
    only_b, only_a = _said_apart(b.predicates, only_b, only_a, a.predicates)
    if not (only_a and only_b):
        return True
    if check is None:
        return False
    units_b, units_a = units()
    return _equivalent_to_some(check, only_a, units_a, units_b) and (
        _equivalent_to_some(check, only_b, units_b, units_a)
    )


def _equivalent_to_some(
    check: MinimalPairCheck, words: set[str], mine: tuple[Unit, ...], theirs: tuple[Unit, ...]
) -> bool:
    """Every one of ``words`` is, as one of ``mine``, equivalent to another word of
    ``theirs``."""
    equivalence = check._equivalence
    for word in words:
        own = [u for u in mine if u.key == word or word in u.forms]
        if not own or not any(
            equivalence(u, t) is not None for u in own for t in theirs if t.key != u.key
        ):
            return False
    return True


def _said_apart(
    own: frozenset[str], mine: set[str], theirs: set[str], said: frozenset[str]
) -> tuple[set[str], set[str]]:
    """``mine`` (the unmatched of ``own``, one side's predicates) less each compound verb of
    ``own`` that the other side says apart (``said``: its predicates; 持ち帰る / 持つ + 帰る),
    and ``theirs`` less those parts."""
    for word in own:
        parts = verb_parts(word, said) if len(word) > 2 else ()
        if parts:
            mine = mine - {word}
            theirs = theirs - set(parts)
    return mine, theirs
