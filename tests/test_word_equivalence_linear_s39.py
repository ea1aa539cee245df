"""Session 39 (hygiene): the minimal-pair alignment scores each kind of word once.

``WordEquivalence._pair_equivalents`` scored every pair of the two prompts' leftover units and
sorted them: a prompt of 700 × *vs* against one of 600 × *versus* made 420,000 scores and took
~20 s (session 38's review2). A unit said again in another place is the same word to every
equivalence test (none reads ``position`` or ``word``), so now each kind of unit is scored once
against each kind of the other side's, and the best-first walk pairs the units of those kinds
as the walk over every pair did (:func:`_best_first`, checked here against that walk).
"""

from __future__ import annotations

import random

from yamabiko.guard import Guard
from yamabiko.guard.minpair import MinimalPairCheck
from yamabiko.guard.units import Unit, units
from yamabiko.guard.unshared import unshared
from yamabiko.guard.word_equivalence import _best_first, _classes


class _Counted(MinimalPairCheck):
    """The default check, counting the scores the alignment asks (the screen stays on: only
    ``_equivalence`` decides it)."""

    def _equivalence_given(self, a: Unit, b: Unit, known: object) -> float | None:
        _SCORED.append((a.key, b.key))
        return super()._equivalence_given(a, b, known)


_SCORED: list[tuple[str, str]] = []


def _every_pair(scores: dict[tuple[int, int], float], n: int, m: int) -> tuple[set, set]:
    """The walk before: every pair (score, i, j), highest first, each pair of free units."""
    scored = sorted(((s, i, j) for (i, j), s in scores.items()), reverse=True)
    used_left: set[int] = set()
    used_right: set[int] = set()
    for _, i, j in scored:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
    return used_left, used_right


def test_the_kinds_walk_pairs_the_units_the_walk_over_every_pair_did() -> None:
    """10,000 random prompts of repeated kinds and tied scores: the same units paired."""
    rng = random.Random(39)
    for _ in range(10_000):
        mine = rng.choices(range(rng.randint(1, 4)), k=rng.randint(1, 9))  # a kind per unit
        theirs = rng.choices(range(rng.randint(1, 4)), k=rng.randint(1, 9))
        kinds = {(a, b): rng.choice([None, 0.7, 0.8, 0.8, 1.0, 1.5])
                 for a in set(mine) for b in set(theirs)}  # fmt: skip
        members_left = [[i for i, k in enumerate(mine) if k == kind] for kind in range(4)]
        members_right = [[j for j, k in enumerate(theirs) if k == kind] for kind in range(4)]
        scored = [(s, a, b) for (a, b), s in kinds.items() if s is not None]
        every = {(i, j): kinds[(a, b)] for i, a in enumerate(mine) for j, b in enumerate(theirs)
                 if kinds[(a, b)] is not None}  # fmt: skip
        expected = _every_pair(every, len(mine), len(theirs))
        assert _best_first(scored, members_left, members_right) == expected, (mine, theirs)


def test_a_unit_said_again_is_one_kind() -> None:
    said = units("Is the tea better than the tea or the coffee?", "en")
    firsts, members = _classes(list(said))
    assert [u.key for u in firsts].count("tea") == 1
    assert sorted(i for kind in members for i in kind) == list(range(len(said)))


def test_a_long_repeated_prompt_is_aligned_with_few_scores() -> None:
    """700 × *vs* against 600 × *versus*: the alignment asks one score per pair of kinds, not
    one per pair of units (420,000 before)."""
    check = _Counted()
    left, right = unshared(units(" ".join(["vs"] * 700), "en"),
                           units(" ".join(["versus"] * 600), "en"))  # fmt: skip
    assert len(left) * len(right) >= 400_000
    _SCORED.clear()
    rest_left, rest_right = check._pair_equivalents(left, right)
    assert len(_SCORED) <= 10, len(_SCORED)
    assert len(rest_left) + len(rest_right) < len(left) + len(right)  # (vs / versus paired)
    _SCORED.clear()
    guard = Guard(minimal_pairs=check)
    guard.check(" ".join(["vs"] * 700), " ".join(["versus"] * 600), "en", 0.9)
    assert 0 < len(_SCORED) <= 100, len(_SCORED)
