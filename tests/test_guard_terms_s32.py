"""Session 32 (enReuse2): a noun WordNet glosses as another name of the thing the other side
names (*loo*: "a toilet in Britain"; *brolly*: "colloquial terms for an umbrella").

The two words share no synset and the rare one's own vector says nothing (loo / toilet 0.06),
so the minimal-pair check refused them as a substitution. WordNet's gloss of the name is its
hypernym alone with a label of region or register (:func:`yamabiko.guard.wordnet_terms.term_for`);
a kind is glossed by what sets it apart (*espresso*), and a word that shares the name's
synset in a later sense of its own (*closet*) is no name of the room. As a rarer person name
(session 31), the pair is taken only when the two prompts are at the embedder's
``CONTEXT_FLOOR`` or closer; below it the reason names the words.

Every pair is written here for the test (none is copied from a held-out set); each served
pair was refused on the session's base (``substitution:toilet->loo`` ...).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units
from yamabiko.guard.wordnet_terms import term_for

GUARD = Guard()

#: another name of one thing, at the context floor or above: served both ways round
SERVED = [
    ("Does the ferry to the island have a toilet on board?",
     "Does the ferry to the island have a loo on board?", "en"),
    ("Is there a toilet at the campsite reception?",
     "Is there a loo at the campsite reception?", "en"),
    ("Does the walking tour go ahead in the rain, and should I bring an umbrella?",
     "Does the walking tour go ahead in the rain, and should I bring a brolly?", "en"),
    ("Is there a cafe inside the museum?", "Is there a caff inside the museum?", "en"),
]  # fmt: skip

#: another thing, a kind of the thing, a word of the name's synset in another reading
REFUSED = [
    ("Does the ferry to the island have a toilet on board?",
     "Does the ferry to the island have a shower on board?", "en",
     "substitution:toilet->shower"),
    ("Does the ferry to the island have a toilet on board?",
     "Does the ferry to the island have a closet on board?", "en",
     "substitution:toilet->closet"),
    ("Can guests borrow an umbrella from the hotel reception desk?",
     "Can guests borrow a raincoat from the hotel reception desk?", "en",
     "substitution:umbrella->raincoat"),
    ("Does the garden centre cafe serve coffee?",
     "Does the garden centre cafe serve espresso?", "en", "substitution:coffee->espresso"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_gloss_that_names_the_hypernym_pairs_the_words() -> None:
    """*loo*, *brolly*, *caff* and *vac* are glossed as names of their hypernym, the other
    word's commonest reading; either order, any inflection."""
    assert term_for("loo", "toilet")
    assert term_for("toilets", "loos")
    assert term_for("brolly", "umbrella")
    assert term_for("caff", "cafe")
    assert term_for("vac", "vacation")


def test_kinds_later_senses_and_one_lemma_stay_apart() -> None:
    """A kind glossed by what sets it apart (espresso, minicab), a name only in a late sense
    (*gnat*, first the insect; *pot*), a word of the name's synset whose first reading is
    another thing (*closet*), two forms of one lemma: no other name."""
    assert not term_for("espresso", "coffee")
    assert not term_for("minicab", "taxi")
    assert not term_for("gnat", "mosquito")
    assert not term_for("pot", "belly")
    assert not term_for("closet", "toilet")
    assert not term_for("toilet", "toilets")


def test_the_alignment_names_the_pair() -> None:
    """At the context floor the check explains the pair as ``term-for`` (the reason the
    verdict carries); below it the two words are left, a substitution."""
    first = units("Is there a toilet on the night bus?", "en")
    second = units("Is there a loo on the night bus?", "en")
    assert DEFAULT.compare(first, second, 0.9).reason == "equivalent-words:term-for:toilet->loo"
    assert DEFAULT.compare(first, second, 0.8).reason == "substitution:toilet->loo"


def test_below_the_context_floor_the_words_are_named() -> None:
    """Read far apart by the prompts' cosine, the pair is refused as a substitution."""
    verdict = GUARD.check("Can guests borrow a brolly from the hotel reception desk?",
                          "Can guests borrow an umbrella from the hotel reception desk?", "en",
                          0.818, 0.75)  # fmt: skip
    assert (verdict.accept, verdict.reason) == (False, "substitution:umbrella->brolly")
