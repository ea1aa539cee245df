"""Session 25 (paraEN): a negated word against its WordNet antonym is no added negation.

``negation_readings.negated_opposite``: one prompt negates a word (a negation right before
it: *not attached*, *can't remember*) that the other does not say, and the other says instead
a word WordNet marks its antonym (*detached*, *forgot*) as a verb, adjective or adverb: the
negation is said by that word, so the ``negation`` check lets the pair through to the other
checks. The same word negated on one side and said on the other (*attached* / *not
attached*) stays a negation; a noun after a negation is not read (*not answer my
questions*: WordNet opposes the nouns answer and question).

Probes written for this work (other domains than the held-out pair that showed it: a
detached garage for an EV charger). At the real embedder's cosine and the default 0.75."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.negation_readings import negated_opposite, negation_explained

GUARD = Guard()
#: the rules alone (no trees): what the negation reading changes, both ways round
RULES = Guard(learned=False)
THRESHOLD = 0.75

#: (cached, query, lang): served now (refused as ``negation`` before)
SERVED = [
    ("Do you insure detached garages?",
     "Do you insure garages that are not attached to the house?", "en"),
    ("Can you fit an alarm to a detached garage?",
     "Can you fit an alarm to a garage that isn't attached to the house?", "en"),
    ("Can you wire up a detached workshop?",
     "Can you wire up my workshop? It's not attached to the house.", "en"),
]  # fmt: skip

#: (cached, query, lang, reason): still refused, both ways round
REFUSED = [
    ("Is the garage attached to the house?", "Is the garage not attached to the house?", "en",
     "negation"),
    ("Can I retake the exam if I passed?", "Can I retake the exam if I didn't pass?", "en",
     "negation"),
    ("Do you insure detached garages?", "Do you insure attached garages?", "en",
     "antonym:detached->attached"),
]  # fmt: skip

cosines = probes.cosines_fixture(SERVED, REFUSED)


def test_negated_opposite_served(cosines) -> None:
    probes.assert_served(GUARD, SERVED, cosines, THRESHOLD)


def test_negated_opposite_passes_the_rules_both_ways(cosines) -> None:
    probes.assert_served(RULES, SERVED, cosines, THRESHOLD, either_side=True)


def test_twins_still_refused(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_negated_opposite_reads_words() -> None:
    assert negated_opposite("it's not attached to the house", "a detached garage") == (
        "attached->detached"
    )
    assert negated_opposite("what if i can't remember my pin", "what if i forgot my pin") == (
        "remember->forgot"
    )
    # the negated word said by both sides: a negation, not a word for it
    assert negated_opposite("is the garage not attached", "is the garage attached") == ""
    # a noun after the negation (answer / question are WordNet's noun antonyms)
    assert negated_opposite("why do people not answer", "why do people ask questions") == ""
    # no antonym said: another word (cheap is no antonym of open)
    assert negated_opposite("is the shop not open", "is the shop cheap") == ""
    # the negation counted once more on one side is explained by the word
    assert negation_explained("Is the shed not attached?", "Is the shed detached?", 1, "en")
    assert not negation_explained("Is the shed not attached?", "Is the shed attached?", 1, "en")
