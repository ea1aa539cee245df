"""Session 21, late round: the minimal-pair kinds faq-heldout15 showed served, read generally
(``guard/directions.path_changed``, ``guard/ja_tense.until_changed`` with any verb,
``guard/cases`` へ and a counted place's に against から), probed with the pairs of
``wrong_s21c_probes.py`` (other wordings and domains), and the twins each reading must leave
served. Each probe is checked at the real embedder's cosine with the default threshold 0.75,
and both ways round at forced cosines inside the trees' band, where the rules decide."""

from __future__ import annotations

import pytest
from guard_probes import (
    assert_refused_at,
    assert_refused_with_reasons,
    assert_served,
    assert_served_at,
    cosines_fixture,
)
from wrong_s21c_probes import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.cases import case_changed
from yamabiko.guard.directions import path_changed
from yamabiko.guard.ja_tense import until_changed

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)


cosines = cosines_fixture(WRONG, TWINS)


def test_wrong_probes_refused_at_the_real_cosine(cosines) -> None:
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), WRONG)
def test_wrong_probes_refused_in_the_band(cached: str, query: str, lang: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD, lang)


def test_twins_served_at_the_real_cosine(cosines) -> None:
    assert_served(GUARD, [t for t in TWINS if cosines[t[:2]] >= THRESHOLD], cosines, THRESHOLD,
                  either_side=True)  # fmt: skip


@pytest.mark.parametrize(("cached", "query", "lang"), TWINS)
def test_the_readings_leave_twins_alone(cached: str, query: str, lang: str) -> None:
    for a, b in ((query, cached), (cached, query)):
        assert path_changed(a, b) == until_changed(a, b) == case_changed(a, b) == ""


def test_the_heldout15_kinds() -> None:
    """The three pairs faq-heldout15 showed served (now tuning data), at a forced cosine."""
    assert_refused_at(GUARD, "Should the floorboards be sanded along the grain?",
                      "Should the floorboards be sanded across the grain?",
                      "roles:grain:along->across", COSINES, THRESHOLD)  # fmt: skip
    assert_refused_at(GUARD, "仮設トイレは日曜までに設置できますか？",
                      "仮設トイレは日曜まで設置できますか？",
                      "until:設置する:までに->まで", COSINES, THRESHOLD, "ja")  # fmt: skip
    assert_refused_at(GUARD, "階段昇降機で2階へ荷物を運べますか？",
                      "階段昇降機で2階から荷物を運べますか？",
                      "roles:2階:へ->から", COSINES, THRESHOLD, "ja")  # fmt: skip


def test_with_is_a_path_only_after_a_verb_of_motion_or_contact() -> None:
    assert path_changed("Can I row with the current?", "Can I row against the current?")
    assert not path_changed("Can I compare it with the list?", "Can I compare it against the list?")
    assert not path_changed("Can I walk along the river?", "Can I walk alongside the river?")


def test_a_time_keeps_its_point_in_time() -> None:
    """A counter of time (3時) says a point with に: に / から name one start; へ is a goal."""
    assert case_changed("3時に始まりますか", "3時から始まりますか") == ""
    assert case_changed("2階に運べますか", "2階から運べますか") == "2階:から->に"
    assert until_changed("いつまで申し込めますか", "いつまでに申し込めますか") == ""
    assert until_changed("何時まで営業できますか", "何時までに営業できますか") != ""


def test_twins_in_the_band() -> None:
    for cached, query, lang in TWINS:
        if lang == "ja" and "まで" in cached:
            assert_served_at(GUARD, cached, query, COSINES[:1], THRESHOLD, lang)
