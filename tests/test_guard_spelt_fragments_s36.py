"""Session 36 (lateEN): three spellings of one question the guard did not read as one.

- an abbreviation WordNet files with its word, *pottery studio opening hrs?* for *What are the
  opening hours of the pottery studio?* (the trees refused it, ``learned``; now
  ``fragment:<score>``, :func:`yamabiko.guard.english_fragments.bare_question`);
- a word written together with the filler word before it, *aswell* for *as well* (the
  minimal-pair check refused ``substitution:well->aswell``; now
  ``equivalent-words:run-together:well->aswell``,
  :func:`yamabiko.guard.english_forms.run_together`);
- an existential question said as its noun compound, *rowing medal?* for *Is there a medal
  for the rowing race?* (*there* a frame word, *for* read as *of*, the contest's noun after
  the gerund dropped without a *do* across): in the verified band, ``verified-band:...:
  fragment``.

Another object, another activity, another time or another person stays refused. Every pair
is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
BAND = VerifiedBand()

#: at or above the threshold, served both ways round (refused on the session's base)
SERVED = [
    ("What are the opening hours of the pottery studio?", "pottery studio opening hrs?", "en"),
    ("What are the visiting hours of the hospice?", "hospice visiting hrs?", "en"),
    ("Do you clean oven racks as well?", "do you clean oven racks aswell?", "en"),
    ("Do you stock vegan cheese as well?", "do you stock vegan cheese aswell?", "en"),
    ("Is there a medal for the log sawing championship?", "log sawing medal?", "en"),
]  # fmt: skip

#: another time, another object: refused with the check's reason, both ways round
REFUSED = [
    ("What are the opening hours of the climbing gym?", "climbing gym opening hrs on sunday?",
     "en", "condition:sunday"),
    ("Do you clean oven racks as well?", "do you clean oven doors aswell?", "en",
     "substitution:racks->doors"),
    ("Do you stock vegan cheese as well?", "do you stock vegan butter aswell?", "en",
     "substitution:cheese->butter"),
]  # fmt: skip

#: in the verified band (0.70-0.75): the noun compound served, another activity refused
BAND_SERVED = [("Is there a medal for the rowing race?", "rowing medal?")]
BAND_REFUSED = [
    ("Is there a medal for the rowing race?", "sailing medal?"),
    ("Is there a trophy for the egg rolling contest?", "egg throwing trophy?"),
]


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


@pytest.fixture(scope="module")
def band_cosines(embedder: object) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair of the band."""
    return pair_cosines(embedder, BAND_SERVED, BAND_REFUSED)


def test_the_band_serves_the_compound_and_refuses_another_activity(
    band_cosines: dict[tuple[str, str], float],
) -> None:
    """Each band pair sits in the band; the compound is served as a fragment both ways round,
    another activity is refused by the trees both ways round."""
    for pairs, served in ((BAND_SERVED, True), (BAND_REFUSED, False)):
        for cached, query in pairs:
            cosine = band_cosines[cached, query]
            assert BAND.covers(cosine, 0.75), (cached, query, cosine)
            for a, b in ((query, cached), (cached, query)):
                verdict = BAND.check(GUARD, a, b, "en", cosine, 0.75)
                assert verdict.accept == served, (a, b, cosine, verdict)
                if served:
                    assert verdict.reason.endswith(":fragment"), verdict


def test_an_abbreviation_is_read_only_as_its_own_word() -> None:
    """*hrs* is *hours* (WordNet's *hr* in *hour*'s synset), not in another number (*hr*), and
    another noun is not read."""
    asked = "What are the opening hours of the kiln room?"
    assert bare_question(asked, "kiln room opening hrs")
    assert not bare_question(asked, "kiln room opening hr")
    assert not bare_question(asked, "kiln room opening mins")
    assert not bare_question(asked, "kiln shop opening hrs")


def test_an_existential_question_said_as_its_compound() -> None:
    """*Is there a X for the Y?* is *Y X?*; not in the past, not with another word."""
    assert bare_question("Is there a fee for the pottery class?", "pottery class fee")
    assert bare_question("Is there a prize for the sack racing contest?", "sack racing prize")
    assert not bare_question("Was there a fee for the pottery class?", "pottery class fee")
    assert not bare_question("Is there a fee for the pottery class?", "pottery course fee")
    assert not bare_question("Is there a prize for the sack racing final?", "sack racing prize")


def test_a_run_together_spelling_is_the_two_words() -> None:
    """*aswell* / *as well*, *infact* / *in fact* are one word's spelling; a word of its own
    (*anytime*) and another word beside it are not."""
    well = compare_texts("Can I bring my kite as well?", "can i bring my kite aswell?", "en")
    assert (well.accept, well.reason) == (True, "equivalent-words:run-together:well->aswell")
    fact = compare_texts("Is the deposit in fact refundable?", "is the deposit infact refundable?",
                         "en")  # fmt: skip
    assert (fact.accept, fact.reason) == (True, "equivalent-words:run-together:fact->infact")
    other = compare_texts("Can I bring my kite as well?", "can i bring my drone aswell?", "en")
    assert (other.accept, other.reason) == (False, "substitution:kite->drone")
    anytime = compare_texts("Can I cancel at any time?", "can i cancel at anytime?", "en")
    assert not anytime.accept
