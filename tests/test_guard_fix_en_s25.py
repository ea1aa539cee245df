"""Session 25 (fixEN, after the record run): a past form ends the subject of a perfect question.

late2EN's ``units._perfect_subject`` reads an irregular participle after the subject of a
perfect question as its verb (*has the guide led the walk*: lead), and lateEN's rule reads one
before "?" after an auxiliary (*is the stove lit?*: light). Both took *left* in *has the car
turned left?* for the participle of leave, when the perfect's verb is *turned* and *left* the
way it turned. ``english_forms.past_form`` (WordNet: an irregular past form, or a word ending
-ed that verb morphy reads as another verb, and no noun) now stops both rules when the word
right before is such a form; a past form before the subject's noun (*the printed form*) is
the subject's and leaves the rule as it was.

Probes written for this work: before, the rules alone served *did the car turn and leave* for
*has the car turned left* (both read turn, leave)."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.english_forms import past_form
from yamabiko.guard.units import units

#: the rules alone (no trees): what reading the participle changes
RULES = Guard(learned=False)
THRESHOLD = 0.75
FORCED = (0.8, 0.94)

#: (cached, query): left the direction, refused against leave by the rules (served before)
REFUSED = [
    ("Has the car turned left?", "Did the car turn and leave?"),
    ("Have the kids gone left?", "Did the kids go and leave?"),
    ("Has the bus stopped left of the gate?", "Did the bus stop and leave the gate?"),
]
#: (cached, query): the same question in the perfect and the past, served by the rules
SERVED = [
    ("Has the car turned left?", "Did the car turn left?"),
    ("Has the bus stopped left of the gate?", "Did the bus stop left of the gate?"),
    ("Has the guide led the walk?", "Did the guide lead the walk?"),
    ("Have the staff lit the stove?", "Did the staff light the stove?"),
    ("Has the handler led the reindeer?", "Did the handler lead the reindeer?"),
]


def _keys(text: str) -> list[str]:
    return [u.key for u in units(text, "en") if u.kind == "content"]


def test_past_form_reads_wordnet() -> None:
    for word in ("turned", "stopped", "gone", "parked"):
        assert past_form(word), word
    # nouns (a subject's word), base forms, and -ed words that are no verb's form
    for word in ("bit", "seed", "left", "guide", "staff", "shed", "red", "handler"):
        assert not past_form(word), word


def test_left_after_a_past_form_stays_left() -> None:
    assert "left" in _keys("Has the car turned left?")
    assert "left" in _keys("Have the kids gone left?")
    assert "left" in _keys("Has the bus stopped left of the gate?")
    assert "left" in _keys("Is the car parked left?")


def test_participle_after_the_subject_still_read() -> None:
    assert "lead" in _keys("Has the guide led the walk?")
    assert "light" in _keys("Have the staff lit the stove?")
    assert "lead" in _keys("Has the handler led the reindeer?")
    assert "leav" in _keys("Has the car left?")
    assert "leav" in _keys("Has the bus driver left?")
    # a past form before the subject's noun is the subject's: the rule reads on
    assert "go" in _keys("Has the printed form gone?")
    # a noun that is also a past form (bit: bite) ends no subject
    assert "break" in _keys("Has the drill bit broken?")
    # after and: the second verb of the perfect (turned and left: departed)
    assert "leav" in _keys("Has the car turned and left?")


def test_left_against_leave_refused_by_the_rules() -> None:
    for cached, query in REFUSED:
        probes.assert_refused_at(
            RULES, cached, query, "substitution:left->leave", FORCED, THRESHOLD
        )


def test_perfect_and_past_still_served_by_the_rules() -> None:
    for cached, query in SERVED:
        probes.assert_served_at(RULES, cached, query, FORCED, THRESHOLD)
