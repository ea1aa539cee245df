"""Session 25 (late2EN, after the record run): a substitution of a word by its WordNet antonym
is not the models' to serve; an irregular participle after the subject of a perfect question.

The minimal-pair check rejects *what if I remember / forgot my PIN* as a substitution, and
the boosted trees (or, above their band, the rescue model) served it as a rewording
(``learned-accept:0.71`` at the real cosine 0.91). ``english_antonyms.substituted_antonym``
reads the substitution's words and WordNet's antonym pointers in their tagged senses; the
minimal-pair stage then keeps the rejection as ``antonym:remember->forgot``. A negation that
says the antonym (*not attached* / *detached*, ``negation_readings.negated_opposite``) is not
such a substitution and stays served.

``units._perfect_subject``: an irregular participle with the subject between the auxiliary
and it (*has the guide led the walk*) is read as its verb, as right after the auxiliary (has
led): the question opens with has / have / had, a determiner and one or two content words
follow, and after the participle comes a determiner, a preposition or the end, not a noun
(*has the shop ground coffee*: ground stays a word of its own).

Probes written for this work (PUK, code: served by the trees at a forced cosine 0.94 before;
the perfect questions: refused as ``substitution:led->lead`` before), with the pair that
showed the antonym serve at its real cosine."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.english_antonyms import substituted_antonym
from yamabiko.guard.units import units

GUARD = Guard()
#: the rules alone (no trees): what reading the participle changes
RULES = Guard(learned=False)
THRESHOLD = 0.75

#: (cached, query, reason): refused at a forced cosine the trees served them at before
FORCED = [
    ("What if I remember my PUK?", "What if I forgot my PUK?", "antonym:remember->forgot"),
    ("What if I remember my code?", "What if I forgot my code?", "antonym:remember->forgot"),
]
#: (cached, query, lang, reason): refused at the real embedder's cosine (served before)
REFUSED = [
    ("What if I remember my PIN?", "What if I forgot my PIN?", "en", "antonym:remember->forgot"),
]
#: (cached, query, lang): a negated word against its antonym stays served
SERVED = [
    ("Do you insure detached garages?",
     "Do you insure garages that are not attached to the house?", "en"),
]  # fmt: skip

#: (cached, query, lang): a perfect question with the subject before an irregular participle
PERFECT = [
    ("Did the guide lead the walk?", "Has the guide led the walk?", "en"),
    ("Did the night porter light the lamps?", "Has the night porter lit the lamps?", "en"),
]
#: (cached, query, lang, reason): another verb after the same subject stays refused
PERFECT_REFUSED = [
    ("Has the guide led the walk?", "Has the guide cancelled the walk?", "en",
     "substitution:led->cancelled"),
]  # fmt: skip

cosines = probes.cosines_fixture(REFUSED, SERVED, PERFECT, PERFECT_REFUSED)


def test_antonym_substitution_not_rescued_at_forced_cosines() -> None:
    for cached, query, reason in FORCED:
        probes.assert_refused_at(GUARD, cached, query, reason, (0.94,), THRESHOLD)


def test_antonym_substitution_refused_at_real_cosine(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_negated_antonym_still_served(cosines) -> None:
    probes.assert_served(GUARD, SERVED, cosines, THRESHOLD)


def test_substituted_antonym_reads_the_reason() -> None:
    assert (
        substituted_antonym(
            "substitution:remember->forgot", "what if i forgot my pin", "what if i remember my pin"
        )
        == "remember->forgot"
    )
    # either way round, any inflection WordNet's lemmas reach
    assert substituted_antonym("substitution:forgets->remembered", "b", "a") == (
        "forgets->remembered"
    )
    # two words that are no antonyms: the trees may still judge it
    assert substituted_antonym("substitution:remember->recall", "b", "a") == ""
    # not a substitution, or no English words
    assert substituted_antonym("insertion:forgot", "b", "a") == ""
    assert substituted_antonym("substitution:忘れた->覚えた", "b", "a") == ""
    # a lowered degree of the antonym says the word (less expensive / cheaper), either side
    assert (
        substituted_antonym(
            "substitution:cheaper->less+expensive",
            "is the train less expensive than the coach",
            "is the train cheaper than the coach",
        )
        == ""
    )
    assert (
        substituted_antonym(
            "substitution:cheaper->more+expensive",
            "is the train more expensive than the coach",
            "is the train cheaper than the coach",
        )
        == "cheaper->expensive"
    )
    # the antonym said by a negation on the other side (not attached / detached)
    assert (
        substituted_antonym(
            "substitution:detached->attached", "garages that are not attached", "detached garages"
        )
        == ""
    )


def _keys(text: str) -> list[str]:
    return [u.key for u in units(text, "en") if u.kind == "content"]


def test_participle_after_the_subject_of_a_perfect_question() -> None:
    assert "lead" in _keys("Has the guide led the walk?")
    assert "light" in _keys("Had the night porter lit the lamps?")
    assert "sweep" in _keys("Have the cleaners swept?")
    # a noun after it: the object of has (has the shop ground coffee)
    assert "ground" in _keys("Has the shop ground coffee?")
    # no have-form opening the question, or a preposition inside the subject
    assert "bit" in _keys("Is the drill bit in the box?")
    assert "led" in _keys("Has the walk with led lights a route?")


def test_perfect_question_served_by_the_rules(cosines) -> None:
    probes.assert_served(RULES, PERFECT, cosines, THRESHOLD, either_side=True)


def test_perfect_question_with_another_verb_refused(cosines) -> None:
    probes.assert_refused_with_reasons(RULES, PERFECT_REFUSED, cosines, THRESHOLD)
