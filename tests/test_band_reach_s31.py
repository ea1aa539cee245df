"""benchmarks/band_reach.py (session 31): a setting (threshold / band width / band floor) serves
a pair as the cache would, with the default guard and the verified band's own check; the
cosines are those the default embedder gives the two FAQ pairs (faq-heldout7, faq-heldout10)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from band_reach import Setting, check_pair, served_by

from yamabiko.eval.data import Pair
from yamabiko.guard import Guard
from yamabiko.guard.verified_band import VerifiedBand

DEFAULT = Setting.parse("0.75/0.05/0.70")
WIDE = Setting.parse("0.75/0.10/0.65")
LOWER_THRESHOLD = Setting.parse("0.72/0.05/0.67")


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


@pytest.fixture(scope="module")
def band() -> VerifiedBand:
    """The band as the benchmark checks it: reaching 0.60 below the default threshold."""
    return VerifiedBand(width=0.15, floor=0.60)


@pytest.mark.parametrize("setting", [DEFAULT, WIDE, LOWER_THRESHOLD, Setting.parse("0.75/0/0.70")])
def test_a_setting_reaches_as_low_as_the_cache_band_would(setting):
    cache_band = VerifiedBand(width=setting.width, floor=setting.floor)
    assert setting.lowest == cache_band.lowest(setting.threshold)


def test_a_paraphrase_below_the_floor_is_served_only_by_a_band_reaching_it(guard, band):
    pair = Pair(
        "Do you supply the fabric for reupholstering a sofa?",
        "If I want my sofa re-covered, do I have to provide my own material?",
        1,
        "en",
    )
    checked = check_pair(guard, band, pair, 0.667, None, 0.60)
    assert checked.band.accept and checked.band.reason.startswith("verified-band:0.667:")
    assert served_by([checked], DEFAULT) is None  # under the floor of 0.70
    assert served_by([checked], WIDE) is checked.band


def test_at_or_above_a_lowered_threshold_the_guard_decides_without_the_band(guard, band):
    """A minimal pair at 0.733 that the band refuses: under the default it is not served;
    under a threshold of 0.72 the guard's own verdict there decides (the boosted trees only
    decide from 0.75, so the rules alone judge it)."""
    pair = Pair("Is water charged per cubic metre?", "Is water charged per household?", 0, "en")
    checked = check_pair(guard, band, pair, 0.733, None, 0.60)
    assert not checked.band.accept
    assert served_by([checked], DEFAULT) is None
    expected = checked.guard if checked.guard.accept else None
    assert served_by([checked], LOWER_THRESHOLD) is expected
    assert checked.guard == guard.check(pair.b, pair.a, "en", 0.733)
