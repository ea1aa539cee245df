"""Session 28, last round (lateEN2): two nouns of one use that WordNet joins through a
derivation link, and two parts of a day that WordNet makes one a part of the other. Pairs
written here for the test (none taken from an evaluation file); the guard is the real one
and the cosine the default embedder's.

*rental* derives from the verb synsets *rent, hire, charter, lease*; *hire* used as a noun is
the verb *hire*, whose third sense is one of them (:func:`~yamabiko.guard.wordnet_derived.
derived_one_use`): a bike hire is a bike rental. *hire* / *lease* share the link too but stay
apart by the word vectors (the floor two verbs are held to). *evening* has a sense that is a
part of *night*'s first, the time after sunset, a part of the day
(:func:`~yamabiko.guard.wordnet_parts.part_of_day_within`): after the same weekday, *Friday
evenings* and *Friday nights* are one opening time; morning / night, afternoon / evening and
another weekday stay two dates.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.wordnet_derived import derived_one_use, derived_verbs
from yamabiko.guard.wordnet_parts import one_time_after_date, part_of_day_within

#: served both ways (each refused before: substitution:rental->hire, date)
SERVED = [
    ("Can I extend my bike hire?", "Can I extend my bike rental?", "en"),
    ("Is the pool open on Friday evenings?", "Is the pool open on Friday nights?", "en"),
    ("Is the gallery cafe open on Thursday evenings?",
     "gallery cafe open thursday night?", "en"),
]  # fmt: skip

#: other things, other times: still refused with these reasons
REFUSED = [
    ("Can I cancel my boat hire?", "Can I cancel my boat lease?", "en",
     "substitution:hire->lease"),
    ("Can I cancel my car hire?", "Can I cancel my car purchase?", "en",
     "substitution:hire->purchase"),
    ("Is the pool open on Friday afternoons?", "Is the pool open on Friday evenings?", "en",
     "date"),
    ("Is the gym open on Saturday mornings?", "Is the gym open on Saturday nights?", "en",
     "date"),
    ("Is the museum open on Monday nights?", "Is the museum open on Tuesday evenings?", "en",
     "date"),
    ("Is the cafe open on weekends?", "Is the cafe open on Saturdays?", "en", "date"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine, both ways round."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_derived_one_use_reads_the_derivation_links() -> None:
    """rental derives from a verb sense of hire; purchase from none of hire's."""
    assert derived_verbs("rental") and not derived_verbs("hire")
    assert derived_one_use("hire", "rental") and derived_one_use("rental", "hire")
    assert not derived_one_use("hire", "purchase")
    assert not derived_one_use("rental", "rentals")  # (one lemma)


def test_part_of_day_within_needs_a_part_of_the_day() -> None:
    """evening is a part of night, itself a part of the day; morning / evening are not
    parts of each other, nor Saturday a part of a day."""
    assert part_of_day_within("evening", "night") and part_of_day_within("nights", "evenings")
    assert not part_of_day_within("morning", "evening")
    assert not part_of_day_within("afternoon", "evening")
    assert not part_of_day_within("saturday", "weekend")


def test_one_time_after_date_needs_the_same_date_before() -> None:
    """The two words must follow the same date word."""
    cached = ("open", "on", "sunday", "evenings")
    assert one_time_after_date("evenings", "nights", cached, ("open", "on", "sunday", "nights"))
    assert not one_time_after_date("evenings", "nights", cached, ("open", "on", "monday", "nights"))
    assert not one_time_after_date("evenings", "nights", cached, ("open", "at", "nights"))
