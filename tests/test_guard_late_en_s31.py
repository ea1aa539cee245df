"""Session 31 (lateEN, heldout25's misses): a rarer WordNet name of one kind of person.

The minimal-pair check leaves WordNet's people file out of its synonym tests on purpose
(:data:`yamabiko.guard.wordnet.EXCLUDED`): one person synset holds words a question asks
about apart (*partner* / *spouse*, the first tagged sense of both). Two person nouns are now
one when one of them is a word WordNet tags in no part of speech (*novice*: its senses come
in no order of use) whose person senses hold the other word's one tagged noun sense
(:func:`yamabiko.guard.english_persons.rarer_name`), and only when the two prompts are at
the embedder's ``CONTEXT_FLOOR`` or closer (the reason, refused below it, names the words).
Two tagged words stay apart, and so does a word tagged in two senses (*contributor*: a donor,
a writer) against a rarer one (*subscriber*).

Every pair is written here for the test (none is copied from a held-out set); each served
pair was refused on the session's base (``substitution:...``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_persons import rarer_name

GUARD = Guard()

#: a rarer name of the same person: served both ways round
SERVED = [
    ("Is the pottery class good for novices?", "Is the pottery class good for beginners?",
     "en"),
    ("Are novices welcome at the chess club?", "Are beginners welcome at the chess club?",
     "en"),
    ("Is the salsa night fine for a beginner?", "Is the salsa night fine for a novice?", "en"),
]  # fmt: skip

#: two tagged words of one first sense, or persons of two kinds: refused with the reason
REFUSED = [
    ("Can my partner come to the dinner?", "Can my spouse come to the dinner?", "en",
     "substitution:partner->spouse"),
    ("Is the pottery class good for novices?", "Is the pottery class good for experts?",
     "en", "category:novices->experts"),
    ("Do subscribers get the yearbook?", "Do contributors get the yearbook?", "en",
     "substitution:subscribers->contributors"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_rarer_name_holds_the_first_sense() -> None:
    """*novice* (no tagged sense) has *beginner*'s first tagged sense among its person
    senses, either order, any inflection."""
    assert rarer_name("novice", "beginner")
    assert rarer_name("beginners", "novices")


def test_two_tagged_words_or_other_persons_stay_apart() -> None:
    """Two tagged words of one first sense, persons of other senses, one lemma, a word that
    is no person: no rarer name."""
    assert not rarer_name("partner", "spouse")
    assert not rarer_name("novice", "expert")
    assert not rarer_name("novice", "novices")
    assert not rarer_name("novice", "course")
    assert not rarer_name("subscriber", "contributor")  # contributor: two tagged senses


def test_below_the_context_floor_the_words_are_named() -> None:
    """Read far apart by the prompts' cosine, the pair is refused as a substitution."""
    verdict = GUARD.check("Is the pottery class good for beginners?",
                          "Is the pottery class good for novices?", "en", 0.80, 0.75)  # fmt: skip
    assert (verdict.accept, verdict.reason) == (False, "substitution:novices->beginners")
