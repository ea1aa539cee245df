"""The minimal-pair alignment made cheaper, session 23, every verdict the same.

* :func:`~yamabiko.guard.ja_readings.joined_readings` looks for a run of units whose readings
  join to a word of the other side (盆栽 / ぼん + さい) only when some side has a word in
  kana beside another content word (:func:`~yamabiko.guard.ja_readings._may_run`): a run needs
  one.
* The screen reads what its Japanese pre-test needs of each word once per unit
  (:func:`~yamabiko.guard.screen._form`) and screens English leftovers from
  :data:`~yamabiko.guard.screen._SCREENED_PAIRS_EN` pairs on (Japanese ones from
  :data:`~yamabiko.guard.screen._SCREENED_PAIRS`); a screened alignment is the alignment
  that scores every pair.
"""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard.ja_readings import _conjugated_run, _may_run, _run_reading, joined_readings
from yamabiko.guard.minpair import DEFAULT, MinimalPairCheck
from yamabiko.guard.screen import _SCREENED_PAIRS, _SCREENED_PAIRS_EN
from yamabiko.guard.spelling import drop_matched
from yamabiko.guard.units import Unit, units
from yamabiko.guard.unshared import unshared


class _EveryPair(MinimalPairCheck):
    """The default check without the screen: its own ``_equivalence`` makes the alignment
    score every pair of leftover units one at a time."""

    def _equivalence(self, a: Unit, b: Unit) -> float | None:
        return super()._equivalence(a, b)


def _walked(left: list[Unit], right: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """What :func:`joined_readings` gave before its test: both walks on every pair."""
    left, right = list(left), list(right)
    if len(left) + len(right) < 3 or not any(u.reading for u in left):
        return left, right
    if not any(u.reading for u in right):
        return left, right
    left, right = drop_matched(left, right, _run_reading)
    return drop_matched(left, right, _conjugated_run)


def test_joined_readings_skip_only_sides_without_a_run() -> None:
    """On every Japanese pair of the golden sample and a pair spelt in kana (盆栽 / ぼんさい),
    :func:`joined_readings` equals both walks over every unit; the test skips most pairs and
    never one whose units a run explains."""
    pairs = [(cached, query) for _, _, query, cached, lang, _ in sample() if lang == "ja"]
    pairs.append(("盆栽の育て方を教えて", "ぼんさいの育て方を教えて"))
    skipped = runs = 0
    for cached, query in pairs:
        left, right = unshared(units(cached, "ja"), units(query, "ja"))
        assert joined_readings(left, right) == _walked(left, right), (cached, query)
        found = drop_matched(list(left), list(right), _run_reading)
        if len(found[0]) + len(found[1]) < len(left) + len(right):
            runs += 1
            assert _may_run(left) or _may_run(right), (cached, query)
        skipped += not (_may_run(left) or _may_run(right))
    assert runs >= 2 and skipped > 500, (runs, skipped)


def test_a_run_needs_a_kana_word_beside_another() -> None:
    """:func:`_may_run` is True for ぼん + さい (kana, side by side) and False for the same
    words apart or in kanji."""
    together = units("ぼんさいの育て方", "ja")
    assert _may_run(together)
    assert not _may_run(units("盆栽の育て方", "ja"))
    apart = [u for u in together if u.text != "さい"]
    assert not _may_run(apart)


def test_screened_alignments_are_the_alignments_of_every_pair() -> None:
    """On every pair of the golden sample, the default check's alignment (English leftovers
    screened from six pairs on) equals the alignment that scores every pair, and English
    pairs below the Japanese threshold were screened."""
    every = _EveryPair()
    english = 0
    for _, _, query, cached, lang, _ in sample():
        if lang not in ("en", "ja"):
            continue
        first, second = units(cached, lang), units(query, lang)
        assert DEFAULT.align(first, second) == every.align(first, second), (cached, query)
        left, right = unshared(first, second)
        pairs = len(left) * len(right)
        english += lang == "en" and _SCREENED_PAIRS_EN <= pairs < _SCREENED_PAIRS
    assert english > 50, english
