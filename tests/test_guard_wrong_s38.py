"""Session 38 (wrong): wrong serves refused by a general reading.

- A gerund of another verb in the polite frame *would you mind* + gerund is read as the plain
  frame of its own verb (:func:`yamabiko.guard.english_polite.polite_read`): *Would you mind
  checking a copy of the invoice?* / *Could you send me a copy of the invoice?* was served
  ``guard-ok`` (the units saw *mind* and *checking* against *send*: a rewording no model saw).
- The pro-verb *do* with an object WordNet's examples give a *do* sense of its own (*dress my
  hair*: dress, arrange, set, do, coif) names that act, and another verb is another service
  (:func:`yamabiko.guard.english_pro_verb.do_names_another_act`): *Do you do hair?* / *Do you
  dye hair?* was served ``fragment:0.21``.
- A word written together with the filler before it is that filler and the word only when the
  other prompt says that filler before it (:func:`yamabiko.guard.hyphened.glued_kept`): *is it
  cheaper thanstudents?* was served against *for students*.
- *cheap* and *expensive* read a price (:mod:`yamabiko.guard.wordnet_also`'s ``_priced``:
  WordNet files *price*'s amount of money second), so *expensive* is no longer joined by *also
  see* to *valuable*.

Every pair is written for this test (none from a set); the real guard, WordNet, the word
vectors, the boosted trees and the default embedder.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_polite import polite_read
from yamabiko.guard.english_pro_verb import do_names_another_act
from yamabiko.guard.wordnet_also import _priced, also_seen_adjectives

GUARD = Guard()

#: served on main b15335d, refused here both ways: (cached, query, lang, the query's reason)
REFUSED = [
    ("Could you send me a copy of the invoice?",
     "Would you mind checking a copy of the invoice?", "en",
     "polite-frame:substitution:send->check"),
    ("Could you email me the receipt?", "Would you mind checking the receipt?", "en",
     "polite-frame:substitution:email->check"),
    ("Do you do hair?", "Do you dye hair?", "en", "learned:0.21"),
    ("Can you do my hair for the wedding?", "Can you dye my hair for the wedding?", "en",
     "learned:0.20"),
    ("Do you do hair for weddings?", "Do you cut hair for weddings?", "en", "learned:0.30"),
    ("Is it cheaper for students?", "is it cheaper thanstudents?", "en",
     "substitution:students->thanstudents"),
    ("Is breakfast included for children?", "is breakfast included tochildren?", "en",
     "substitution:children->tochildren"),
]  # fmt: skip
#: the twins: still served both ways
SERVED = [
    ("Could you send me a copy of the invoice?",
     "Would you mind sending me a copy of the invoice?", "en"),
    ("Can you help me with my booking?", "Would you mind helping me with my booking?", "en"),
    ("Do you do gutters?", "Do you clean gutters?", "en"),
    ("Do you do the windows too?", "Do you clean the windows too?", "en"),
    ("Do you deliver sofas as well?", "do you deliver sofas aswell?", "en"),
    ("Can I pay by card?", "can i pay bycard?", "en"),
    ("Is it open on weekends?", "is it open onweekends?", "en"),
    ("Is the museum cheap?", "Is the museum inexpensive?", "en"),
    ("Is the ticket cheap?", "Is the ticket affordable?", "en"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """Each refused pair reaches the threshold and is refused both ways with its reason; the
    twins (the same verb in both frames, a filler glued the other prompt says apart, *cheap*
    said otherwise) are served both ways."""

    guard = GUARD
    threshold = 0.75
    served = SERVED
    refused = REFUSED


def test_a_gerund_of_another_verb_is_read_as_its_own_request() -> None:
    """The frame takes the other prompt's modal and the gerund's own verb."""
    read = polite_read("Would you mind checking a copy of the invoice?",
                       "Could you send me a copy of the invoice?")  # fmt: skip
    assert read == ("Could you check a copy of the invoice?", True)
    assert polite_read("Would you mind if I paid later?", "Can I pay later?") is None


def test_do_with_an_object_of_its_own_sense() -> None:
    """*do hair* is WordNet's *dress my hair*; *do the hob* and *do gutters* (cleaned out in
    the example, by no *do* sense) name no act of their own."""
    assert do_names_another_act("dye", ("hair",))
    assert do_names_another_act("curl", ("my", "hair"))
    assert not do_names_another_act("arrange", ("my", "hair"))  # the sense's own lemma
    assert not do_names_another_act("clean", ("the", "hob", "too"))
    assert not do_names_another_act("clean", ("gutters",))


def test_a_price_read_in_the_second_sense_of_price() -> None:
    """*cheap*, *expensive* read a price by *price*; *friendly*, *valuable* do not, and
    *expensive* / *valuable* are no longer one adjective by *also see*."""
    assert _priced("cheap") and _priced("expensive") and _priced("free")
    assert not _priced("friendly") and not _priced("valuable") and not _priced("loud")
    assert not also_seen_adjectives("expensive", "valuable")
    assert also_seen_adjectives("friendly", "welcoming")
    assert also_seen_adjectives("noisy", "loud")
