"""Session 38 (enpara): two nouns for one kind of person, one of them a WordNet word of that
sense only (:func:`yamabiko.guard.wordnet_one_person.one_person`): *youngsters* / *kids*,
*pharmacist* / *chemist*, *vendors* / *sellers*.

WordNet's synonym test leaves ``noun.person`` out (*child* / *baby*), so the minimal-pair
check refused such pairs as substitutions. The first two served pairs are the tuning sets'
(faq-heldout31, faq-heldout10; refused on the session's base), the third is written here;
the refused pairs are written here: two persons of many senses each (*child* / *baby*,
*director* / *manager*), two age groups, two trades.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.wordnet_one_person import one_person

GUARD = Guard()

#: at or above the threshold, served both ways round (refused on the session's base)
SERVED = [
    ("Is the cooperage tour suitable for youngsters?", "Is the cooperage tour suitable for kids?",
     "en"),
    ("Can the pharmacist check my blood pressure?", "Can the chemist check my blood pressure?",
     "en"),
    ("Do you take commission from vendors at the craft fair?",
     "Do you take commission from sellers at the craft fair?", "en"),
]  # fmt: skip

#: another person: refused with the check's reason
REFUSED = [
    ("Is the pram suitable for a child?", "Is the pram suitable for a baby?", "en",
     "substitution:child->baby"),
    ("Can I speak to the director?", "Can I speak to the manager?", "en",
     "substitution:director->manager"),
    ("Is the escape room suitable for kids?", "Is the escape room suitable for teenagers?", "en",
     "substitution:kids->teenagers"),
    ("Can the pharmacist check my blood pressure?", "Can the nurse check my blood pressure?",
     "en", "substitution:pharmacist->nurse"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_one_sense_person_noun_and_an_early_sense_of_the_other() -> None:
    """*youngster* (one sense) is *kid*'s first, *pharmacist* *chemist*'s second, *vendor*
    *seller*'s first; either order, any inflection."""
    for first, second in (("youngsters", "kids"), ("pharmacist", "chemist"),
                          ("vendor", "sellers"), ("adolescent", "teenager")):  # fmt: skip
        assert one_person(first, second), (first, second)
        assert one_person(second, first), (second, first)


def test_many_senses_each_antonym_ends_or_one_lemma_stay_apart() -> None:
    """Two words of many senses (*child* / *baby*, *director* / *manager*, *kid* / *child*),
    two persons of two synsets (*pharmacist* / *nurse*), ends WordNet marks antonyms
    (*sportsman* / *sportswoman*, one synset in WordNet) and two forms of one lemma are not
    joined."""
    for first, second in (("child", "baby"), ("director", "manager"), ("kid", "child"),
                          ("pharmacist", "nurse"), ("sportsman", "sportswoman"),
                          ("sportsmen", "sportswomen"), ("kid", "kids")):  # fmt: skip
        assert not one_person(first, second), (first, second)
        assert not one_person(second, first), (second, first)
