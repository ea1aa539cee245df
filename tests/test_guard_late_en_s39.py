"""Session 39 (lateEN): heldout33's English paraphrases refused at 0.75, read for a general
resource, and the adversarial probes any such reading must keep refused.

Five shapes were measured over all 34 FAQ sets and qqp-dev (docs/quality.md, session 39,
lateEN); none was built, because each general reading either serves only heldout33's own
pair or also joins words whose answers differ:

- *breastfeeding* / *nursing*: WordNet's only link is *nursing*'s third, untagged sense
  (its first is a nurse's work). The general form of that reading (a word of one WordNet
  sense that is a later sense of the other) also joins *headphones* / *phone* and
  *locomotive* / *engine*;
- *Sunday* / *sun*: WordNet lists *Sun* in Sunday's synset, but no other FAQ pair in 34 sets
  (nor in qqp-dev) writes a weekday that way: a rule would be a patch for one pair;
- *minimum age* / *age limit*: *age limit* is as much a maximum (heldout11 pairs *maximum
  age* with *upper age limit*), so no reading serves one and refuses the other;
- *is X allowed* / *can I bring X*: the other 21 FAQ pairs of that shape are served already;
  the hurling pair also drops *stadium*;
- *storm chasing tour* / *storm chase*: the trees' score (learned:0.45-0.48), no rule.

The probes below are written here for the test; the guard, its trees, WordNet and the embedder
are the real ones. Each adversarial pair's cosine reaches the default threshold and each is
refused whichever side is cached, with the reason the guard gives today.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, cosines_fixture

from yamabiko.guard import Guard

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): what a reading of heldout33's shapes must still refuse
REFUSED = [
    # an age limit is no minimum age more than it is a maximum one
    ("What is the maximum age for the storm chasing tour?", "storm chase tour age limit?",
     "en", "substitution:maximum->limit"),
    ("What is the minimum age for the storm chasing tour?",
     "What is the maximum age for the storm chasing tour?", "en", "antonym"),
    # a weekday against another, or against the sun itself
    ("What time does the hackathon finish on Sunday?",
     "What time does the hackathon finish on Saturday?", "en", "date"),
    ("Is the hackathon on Sunday?", "Is the hackathon in the sun?", "en",
     "substitution:Sunday->sun"),
    ("Do I need sun cream for the hackathon on Sunday?", "Do I need sun cream for the hackathon?",
     "en", "condition:Sunday"),
    # bringing a thing is not buying it
    ("Can I bring my own camera on the storm chasing tour?",
     "Can I buy my own camera on the storm chasing tour?", "en", "substitution:bring->buy"),
    ("Can I bring food into the stadium?", "Can I buy food in the stadium?", "en",
     "substitution:bring+into->buy"),
    ("Are dogs allowed on the train?", "Can I buy a dog on the train?", "en",
     "substitution:allowed->buy"),
    # a word's later WordNet sense is not its meaning here
    ("Does the hospital offer nursing jobs?", "Does the hospital offer breastfeeding jobs?",
     "en", "substitution:nursing->breastfeeding"),
    ("Can you fix my car engine?", "Can you fix my car locomotive?", "en",
     "substitution:engine->locomotive"),
    ("Can I charge my phone here?", "Can I charge my headphones here?", "en",
     "substitution:phone->headphones"),
]  # fmt: skip

#: (cached, query, lang, reason): heldout33's paraphrases still refused (the misses the
#: section reads); a reading that serves one must change this list with a measured reason
KNOWN_MISSES = [
    ("Does the doula help with breastfeeding afterwards?",
     "Does the doula help with nursing afterwards?", "en",
     "substitution:breastfeeding->nursing"),
    ("What is the minimum age for the storm chasing tour?", "storm chase tour age limit?", "en",
     "substitution:minimum->limit"),
    ("Can I bring my own camera on the storm chasing tour?",
     "can i bring my own camera on the storm chase", "en", "learned:0.48"),
]  # fmt: skip

cosines = cosines_fixture(REFUSED, KNOWN_MISSES)


def test_adversarial_probes_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_heldout33_misses_still_refused(cosines: dict[tuple[str, str], float]) -> None:
    """Pinned so that a change serving one of them is seen (and its pin moved honestly)."""
    assert_refused_with_reasons(GUARD, KNOWN_MISSES, cosines, THRESHOLD, either_side=True)
