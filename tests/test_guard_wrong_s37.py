"""Session 37 (wrong): wrong serves refused by their general cause.

- A comparative against a positive adjective before the same noun
  (:func:`yamabiko.guard.english_comparatives.graded_apart`), where session 36's rule did not
  reach: WordNet's later-sense reading (:mod:`yamabiko.guard.wordnet_usage`) took *bigger*
  for *large* (their first synset's example, *a big (or large) pool*); one more word on a side
  (*in winter*, *for tonight*) made the pair a rewording past the minimal-pair limit; the
  trees' rescue of *smaller* / *little*, and of *larger* / *big* beside another word.
- A word written together with the filler before it (*aswell*) let the boosted trees, which
  read character n-grams, serve a substitution of two acts they refuse between the same
  prompts spelled alike (:func:`yamabiko.guard.english_forms.run_together_read`: the pair is
  read again with the word spelled apart).

Every pair is written for this test (none from a held-out set); real guard, WordNet, the
word vectors, the boosted trees and the default embedder.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_comparatives import graded_apart
from yamabiko.guard.english_forms import run_together_read

GUARD = Guard()

#: served on main 4b5d734 (guard-ok or a model's acceptance), refused here both ways:
#: (cached, query, lang, the reason the query is refused with)
REFUSED = [
    ("Is the large pool heated?", "Is the bigger pool heated?", "en",
     "substitution:large->bigger"),
    ("Is the little room cheaper?", "Is the smaller room cheaper?", "en",
     "contrast:little->smaller"),
    ("Is the large pool heated?", "Is the bigger pool heated in winter?", "en",
     "contrast:large->bigger"),
    ("Can I book a large table?", "Can I book a bigger table for tonight?", "en",
     "contrast:large->bigger"),
    ("Do you stock big sizes?", "Do you sell larger sizes?", "en", "contrast:big->larger"),
    ("do you assemble garden benches aswell", "Do you deliver garden benches as well?", "en",
     "substitution:assemble->deliver"),
    ("Do you install kitchen cabinets aswell?", "Do you deliver kitchen cabinets as well?",
     "en", "substitution:install->deliver"),
    ("do you paint wooden sheds aswell?", "Do you build wooden sheds as well?", "en",
     "substitution:paint->build"),
]  # fmt: skip
#: paraphrase twins: still served both ways
SERVED = [
    ("Is the bigger pool heated?", "Is the larger pool heated?", "en"),
    ("Is the large pool heated?", "Is the big pool heated?", "en"),
    ("Can I book a big table for tonight?", "Can I book a large table for tonight?", "en"),
    ("Do you have a bigger room?", "Have you got a larger room?", "en"),
    ("Is the vindaloo very hot?", "Is the vindaloo very spicy?", "en"),
    ("Do you deliver sofas as well?", "do you deliver sofas aswell?", "en"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """Each refused pair reaches the threshold and is refused both ways, naming the two
    words; the twins (two comparatives, two positives, a later sense its example shows,
    *aswell* alone) are served both ways."""

    guard = GUARD
    threshold = 0.75
    served = SERVED
    refused = REFUSED


def test_graded_apart() -> None:
    """One place graded two ways; a positive graded by *less* is a comparative too."""
    cached, query = "Is there a less expensive option?", "Is there a cheaper option?"
    assert graded_apart(["less", "expensive"], cached, ["cheaper"], query) == ""
    found = graded_apart(
        ["large"], "Is the large pool open?", ["bigger"], "Is the bigger pool open?"
    )
    assert found == "large->bigger"
    # before another word on each side: no one place graded two ways
    assert graded_apart(["large"], "Is the large pool open?", ["bigger"], "Is it bigger?") == ""


def test_run_together_read() -> None:
    """The glued word is spelled apart where the other prompt says the two words; a word of
    its own (*incase*: WordNet's *encase*), or a prompt without the two words, is not read."""
    found = run_together_read("do you fit carpets aswell?", "Do you clean carpets as well?")
    assert found == ("do you fit carpets as well?", "well->aswell")
    assert run_together_read("Do you clean carpets as well?", "do you fit carpets aswell?") is None
    assert run_together_read("can i pay incase", "can i pay in case") is None
    assert run_together_read("do you fit carpets aswell?", "Do you clean carpets too?") is None
