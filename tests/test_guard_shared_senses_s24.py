"""Session 24, after the record run (para2EN): two English verbs that WordNet joins outside
the first tagged senses the synonym rules read (``wordnet_verbs.shared_senses``):

- two tagged verbs sharing two synsets among the first four senses of each (rent / hire:
  lease.v.04 and rent.v.04; endure / suffer), with the word vectors at 0.6 or closer;
- two untagged verbs, one of a single sense that is a sense of the other, of at most two
  (vaccinate / immunise, in either spelling).

One synset shared that far down is not enough (repair / restore, learn / study), nor two
shared with the word vectors far apart (charter / rent 0.35, hire / lease 0.56). Probes are
written for this work (other domains than the held-out sets that showed the misses) and
checked at the real embedder's cosine with the default threshold 0.75, both ways round."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.wordnet_verbs import shared_senses

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): refused as substitutions before this work, served now both ways
PARAPHRASES = [
    ("Can I rent a kayak at the lake?", "Can I hire a kayak at the lake?", "en"),
    ("Do we need to hire a van for the move?", "Do we need to rent a van for the move?", "en"),
    ("Has the puppy been vaccinated against rabies?",
     "Has the puppy been immunised against rabies?", "en"),
    ("Are your staff vaccinated?", "Are your staff immunized?", "en"),
    ("How long can a plant endure frost?", "How long can a plant suffer frost?", "en"),
]  # fmt: skip

#: (cached, query, lang, reason): another act, or too far apart by the vectors: still refused
REFUSED = [
    ("Do you repair antique clocks?", "Do you restore antique clocks?", "en",
     "substitution:repair->restore"),
    ("Can I learn French online?", "Can I study French online?", "en",
     "substitution:learn->study"),
    ("Can I lease a car for a month?", "Can I hire a car for a month?", "en",
     "substitution:lease->hire"),
    ("Can I rent a boat?", "Can I charter a boat?", "en", "substitution:rent->charter"),
    ("Who hired the new manager?", "Who rented the new manager?", "en",
     "substitution:hired->rented"),
]  # fmt: skip

cosines = probes.cosines_fixture(PARAPHRASES, REFUSED)


def test_paraphrases_served_both_ways(cosines) -> None:
    probes.assert_served(GUARD, PARAPHRASES, cosines, THRESHOLD, either_side=True)


def test_other_acts_still_refused(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_shared_senses() -> None:
    assert shared_senses("rent", "hire") and shared_senses("hired", "rented")
    assert shared_senses("vaccinated", "immunised") and shared_senses("immunize", "vaccinate")
    assert shared_senses("endure", "suffer")
    # one synset shared within four senses: not enough
    for first, second in (("repair", "restore"), ("learn", "study"), ("require", "want")):
        assert not shared_senses(first, second), (first, second)
    # one verb in two forms, a phrasal verb, two words WordNet marks antonyms
    assert not shared_senses("rent", "rented")
    assert not shared_senses("rent out", "hire")
    assert not shared_senses("buy", "sell")


def test_minimal_pair_reason_names_the_pair() -> None:
    verdict = compare_texts("Can we rent a wetsuit?", "Can we hire a wetsuit?", "en")
    assert (verdict.accept, verdict.reason) == (True, "equivalent-words:wordnet:rent->hire")
    # the vectors' floor: charter / rent share two senses but lie 0.35 apart
    verdict = compare_texts("Can we rent a yacht?", "Can we charter a yacht?", "en")
    assert (verdict.accept, verdict.reason) == (False, "substitution:rent->charter")
