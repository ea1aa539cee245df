"""Session 33 (words): what the words a process meets first cost inside a lookup.

- :meth:`Guard.warm_up` makes WordNet's adjectives of recurrence (annual -> year,
  :func:`~yamabiko.guard.english_extent.recurrence`), a pass over ``data.adj`` that the first
  check reaching :func:`~yamabiko.guard.english_extent.time_unit` paid inside its lookup
  (~30 ms) before; the table it makes is the one the lazy path makes, entry for entry.
- ``benchmarks/bench_lookup_words.py``'s miss timer: an LRU's values are the function's, a miss
  is timed once and a hit never, and only word-level calls count as words.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_lookup_words as words
import pytest

from yamabiko.guard import Guard, english_extent, prefix_opposites


def _forget_recurrence() -> None:
    english_extent._recurring.clear()
    english_extent.time_unit.cache_clear()


@pytest.fixture(scope="module")
def warmed() -> tuple[bool, dict[str, int]]:
    """Whether a warm-up begun without the table made it, and the table it made."""
    _forget_recurrence()
    Guard().warm_up()
    made = bool(english_extent._recurring)
    return made, dict(english_extent.recurrence())


def test_warm_up_makes_the_adjectives_of_recurrence(warmed: tuple[bool, dict[str, int]]) -> None:
    made, table = warmed
    assert made, "the warm-up left the table to the first lookup"
    assert table["annual"] == table["yearly"]


def test_the_warm_table_is_the_one_the_lazy_path_makes(
    warmed: tuple[bool, dict[str, int]],
) -> None:
    _, warm = warmed
    _forget_recurrence()
    year = english_extent.time_unit("yearly")  # the lazy path: made on first need
    assert english_extent._recurring[0] == warm
    assert year == warm["yearly"] == english_extent.time_unit("annual") != 0
    assert english_extent.time_unit("monthly") not in (0, year)
    assert english_extent.time_unit("annually") == 0  # an adverb: not in the table


def test_the_miss_timer_times_each_miss_once_and_keeps_the_values() -> None:
    cached = words.timed_lru_cache(64)(prefix_opposites._negated_base.__wrapped__)
    asked = ["unsafe", "unsafe", "nonsmoking", "safe", "unsafe"]
    words.MISSES.clear()
    words.STATE[:] = [True, 0, 0, 0.0]
    try:
        got = [cached(word) for word in asked]
    finally:
        words.STATE[0] = False
    assert got == [prefix_opposites._negated_base(word) for word in asked]
    assert [(name, key) for name, key, _, _ in words.MISSES] == [
        ("prefix_opposites._negated_base", "unsafe"),
        ("prefix_opposites._negated_base", "nonsmoking"),
        ("prefix_opposites._negated_base", "safe"),
    ]
    assert words.STATE[2] == 3 and words.STATE[3] > 0


def test_only_word_level_calls_are_words() -> None:
    assert words._of_words(("unsafe",)) and words._of_words(("lemma", 0))
    assert words._of_words(("波間",))
    assert not words._of_words(("What is a rice puller?",))
    assert not words._of_words(("テーブルの上に料理とワインが置いてあります。",))
    assert not words._of_words(())
