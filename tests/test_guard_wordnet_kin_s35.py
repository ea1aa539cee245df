"""Session 35 (enpara): two English words WordNet reads as one by a narrow relation
(:mod:`yamabiko.guard.wordnet_kin`): a noun of one sense and an untagged name of it (*photos*
/ *pics*), and two adjective satellites of one head (*scenic* / *picturesque*). The base
(d2650db) refused the served pairs ``substitution:photos->pics`` and
``substitution:scenic->picturesque``.

Their twins keep the check's reason: another thing (*videos*), another quality (*steep*), two
colours (satellites of one head too, but nouns as well). Every pair is written here for the
test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.wordnet_kin import one_sense_named, sister_satellites

GUARD = Guard()

#: served both ways round at the default embedder's cosine (refused on d2650db)
SERVED = [
    ("Can we have photos with the Easter bunny?", "Can we have pics with the Easter bunny?",
     "en"),
    ("Can I get my wedding photos printed?", "can i get my wedding pics printed", "en"),
    ("Is the coastal walk scenic?", "Is the coastal walk picturesque?", "en"),
]  # fmt: skip

#: the twins: refused both ways round with the check's reason
REFUSED = [
    ("Can we have photos with the Easter bunny?", "Can we have videos with the Easter bunny?",
     "en", "substitution:photos->videos"),
    ("Is the coastal walk scenic?", "Is the coastal walk steep?", "en",
     "substitution:scenic->steep"),
    ("Is the coastal walk scenic?", "Is the coastal walk muddy?", "en",
     "substitution:scenic->muddy"),
    ("Do you sell the yellow balloons?", "Do you sell the pink balloons?", "en", "category"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_noun_of_one_sense_and_an_untagged_name_of_it() -> None:
    """*photo* has one (tagged) sense, which *pic*, untagged, has among its two; a word's own
    family (a lemma that begins the other) and two tagged nouns are not read."""
    assert one_sense_named("photos", "pics")
    assert one_sense_named("pic", "photo")
    assert one_sense_named("glasses", "specs")
    assert not one_sense_named("photos", "videos")
    assert not one_sense_named("fast", "fasting")  # one word's family
    assert not one_sense_named("us", "usa")  # the pronoun against the country
    assert not one_sense_named("photos", "photos")


def test_two_satellites_of_one_head_that_are_no_nouns() -> None:
    """*scenic* and *picturesque* are satellites of *beautiful*; colours and metals are
    satellites of one head too, and nouns, and participles are kinds of an act (*steamed* /
    *deep-fried*), so they stay apart; a satellite of another
    head (*steep*) or a head and its satellite (the older test's) is not read here."""
    assert sister_satellites("scenic", "picturesque")
    assert not sister_satellites("scenic", "steep")
    assert not sister_satellites("yellow", "pink")
    assert not sister_satellites("gold", "silver")
    assert not sister_satellites("steamed", "deep-fried")  # participles of *cooked*
    assert not sister_satellites("large", "huge")  # a head and its satellite
