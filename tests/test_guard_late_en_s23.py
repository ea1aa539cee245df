"""Session-23 English spelling variants: the older British -xion for -ction (connexion /
connection, reflexion / reflection, inflexion / inflection), which WordNet lists as lemmas of
one synset.

Two checks refused them: ``wordnet._respelt`` did not take -xion / -ction for a respelling,
so :func:`~yamabiko.guard.wordnet.variant` said no, and the look-alike test of ``names.py``
(ethanol / methanol) read connexion / connection as two words spelt alike whose consonant
skeletons differ (``category``). Now WordNet's variants are one word to both. A look-alike
that is no variant (connection / collection, reflection / deflexion) is still refused.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (WordNet, the word table, the default models) and the cosine the default
embedder's. On the code before this change each paraphrase below is refused (``category``
or ``substitution``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard, wordnet
from yamabiko.guard.minpair import compare_texts

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    (
        "Why does my laptop keep losing its wifi connection?",
        "Why does my laptop keep losing its wifi connexion?",
        "en",
    ),
    (
        "Can a technician repair the loose connection in my fuse box?",
        "Can a technician repair the loose connexion in my fuse box?",
        "en",
    ),
    (
        "Do you sell mirrors with no reflection on the glass?",
        "Do you sell mirrors with no reflexion on the glass?",
        "en",
    ),
]

#: a different question: refused, with the reason (the first prompt's words first)
REFUSED = [
    (
        "Why does my laptop keep losing its wifi connexion?",
        "Why does my laptop keep losing its wifi collection?",
        "en",
        "substitution:connexion->collection",
    ),
    (
        "Can a technician repair the loose connexion in my fuse box?",
        "Can a technician repair the loose correction in my fuse box?",
        "en",
        "substitution:connexion->correction",
    ),
    (
        "Do you sell mirrors with no reflexion on the glass?",
        "Do you sell mirrors with no deflection on the glass?",
        "en",
        "substitution:reflexion->deflection",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the paraphrases served,
    the twins refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def test_xion_and_ction_are_one_word_to_wordnet() -> None:
    assert wordnet.variant("connexion", "connection")
    assert wordnet.variant("connections", "connexions")  # lemmatised
    assert wordnet.variant("inflexion", "inflection")
    assert wordnet.variant("reflexion", "reflection")
    assert not wordnet.variant("connexion", "collection")  # no synset shared
    assert not wordnet.variant("reflexion", "deflection")
    assert not wordnet.variant("connexion", "connexion")


def test_minimal_pair_check_pairs_the_variant_only() -> None:
    assert compare_texts("my broadband connexion", "my broadband connection", "en").accept
    verdict = compare_texts("my broadband connexion", "my broadband collection", "en")
    assert not verdict.accept
