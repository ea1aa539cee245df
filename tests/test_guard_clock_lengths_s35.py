"""Session 35 (wrongja): one number said as a clock's hour on one side and as a length of
time's count on the other (``guard/english_clock_lengths.py``).

*The tour runs from 1 till 4pm* / *The tour runs four hours starting at 1pm* say 1 and 4 on
both sides, so the ``number`` check passed them and the boosted trees served the pair
(``learned-accept:0.91``): one tour ends at four, the other lasts four hours. Now the value's
two roles are read and the pair is refused ``clock-length:4``.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.english_clock_lengths import clock_length_changed

GUARD = Guard()
THRESHOLD = 0.75

#: served before (``learned-accept``)
REFUSED = [
    ("The tour runs from 1 till 4pm.", "The tour runs four hours starting at 1pm.", "en",
     "clock-length:4"),
    ("Is the tour from 1 till 4pm?", "Is the tour four hours starting at 1pm?", "en",
     "clock-length:4"),
]  # fmt: skip

cosines = cosines_fixture(REFUSED)


def test_a_clock_time_against_a_length_is_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


#: one prompt says the value both ways, the other's length is another number, no length is
#: said, or the prompts are not English: nothing found
UNREAD = [
    ("Does the 4pm tour last four hours?", "Is the tour at 4pm four hours long?", "en"),
    ("Is the workshop 3 hours long, starting at 3 pm?", "Does the workshop run from 3 to 6pm?",
     "en"),
    ("How long is the tour?", "Is the tour from 1 till 4pm?", "en"),
    ("4時から2時間ですか", "2時までですか", "ja"),
]  # fmt: skip


def test_the_roles_of_a_number() -> None:
    found = clock_length_changed("Can I book a 2 hour slot?", "Can I book the 2pm slot?", "en")
    assert found == "clock-length:2"
    for query, cached, lang in UNREAD:
        assert clock_length_changed(query, cached, lang) == "", query
        assert clock_length_changed(cached, query, lang) == "", cached
