"""Session 38 (enpara): two nouns for one kind of person, one of them a WordNet word of that
sense only (:func:`yamabiko.guard.wordnet_one_person.one_person`): *youngsters* / *kids*,
*vendors* / *sellers* (*pharmacist* / *chemist* apart again since review2).

WordNet's synonym test leaves ``noun.person`` out (*child* / *baby*), so the minimal-pair
check refused such pairs as substitutions. The first served pair is the tuning sets'
(faq-heldout31; refused on the session's base; faq-heldout10's *pharmacist* / *chemist* is
refused again since review2), the second is written here;
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
    """*youngster* (one sense) is *kid*'s first, *vendor* *seller*'s first; either order,
    any inflection. (*pharmacist* / *chemist*, joined here when the rule landed, is apart
    since session 38's review2: *chemist*'s first sense is another person, the scientist,
    see tests/test_review2_one_person_s38.py.)"""
    for first, second in (("youngsters", "kids"), ("vendor", "sellers"),
                          ("adolescent", "teenager")):  # fmt: skip
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
