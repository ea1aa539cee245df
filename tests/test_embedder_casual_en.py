"""Session 27: casual English spellings of closed classes written out for the default embedder
(:mod:`yamabiko.casual_en`): an interrogative or demonstrative contracted with *is*
without its apostrophe (*whats*, *wheres*), and texting spellings of function words (*r*,
*b4*, *w/*, *w/o*, *thru*, *abt*, *cuz*).

Every pair is written here for the test (none is taken from an evaluation file). The guard
is the real one and the cosine the default embedder's. On the ``surface2`` form each
paraphrase of :data:`SERVED` was missed: *r the tickets refundable* at 0.73 and *r the kayaks
ok for beginners* at 0.74 (under the threshold: *r* opened no question). The twins of
:data:`REFUSED` were under the threshold; written out they reach it and the guard refuses them
with their reason (the last one the trees served until session 27, wrong: the swap inside the
reworded price question, :mod:`yamabiko.guard.english_swaps`); :data:`KNOWN_MISSES` a
paraphrase the guard refuses since it reads the written-out words too.
"""

from __future__ import annotations

import numpy as np
import pytest
from guard_probes import ProbeFileWithMisses, pair_cosines

from yamabiko.casual_en import CONTRACTIONS, TEXTING, written_out
from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.surface import SURFACE_VERSION, surface_form
from yamabiko.guard import Guard, wordnet

#: the same question, once written out, once texted: served (both ways)
SERVED = [
    ("Are the tickets refundable?", "r the tickets refundable", "en"),
    ("Are the kayaks suitable for beginners?", "r the kayaks ok for beginners", "en"),
]

#: a texted paraphrase the embedder brings over the threshold that the guard refuses as it
#: refuses the same question written out (*Where's the parking at the stadium?*: ``question``,
#: where against a yes/no question). Served on 1c80226, when the guard read *wheres* as a
#: noun; since the guard reads the written-out words (session 27, casualGuard) it asks where
KNOWN_MISSES = [
    ("Is there parking at the stadium?", "wheres the parking at the stadium", "en"),
]

#: another question, texted, lifted over the threshold: refused with the reason
REFUSED = [
    (
        "Are pets allowed in the cabins?",
        "r pets allowed in the tents",
        "en",
        "substitution:cabins->tents",
    ),
    (
        "Are children allowed on the climbing wall?",
        "r adults allowed on the climbing wall",
        "en",
        "category:children->adults",
    ),
    ("What time does the last ferry leave?", "whats the time of the first ferry", "en", "antonym"),
    (
        "What is the minimum age for the go-kart track?",
        "whats the maximum age for go karting",
        "en",
        "antonym",
    ),
    # lifted 0.74 -> 0.82: the trees served the merged tandem+cost->price+solo until session 27
    ("How much does a tandem skydive cost?", "whats the price of a solo skydive", "en",
     "substitution:tandem->solo"),
]  # fmt: skip


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the texted paraphrases served, the
    texted twins refused, the known miss still refused."""

    guard, threshold = Guard(), 0.75
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


#: (texted, written out by the rule, the question written out by hand, the cosine of the
#: texted form to that question must reach): on ``surface2`` each was lower (in brackets)
RISES = [
    ("wheres the nearest charging point", "Where's the nearest charging point?",
     "Where is the nearest charging point?", 0.95),  # (0.83)
    ("whats the max weight for the zipline", "What's the max weight for the zipline?",
     "What is the weight limit for the zip line?", 0.78),  # (0.72)
    ("r dogs allowed in the beer garden", "Are dogs allowed in the beer garden?",
     "Are dogs allowed in the beer garden?", 0.95),  # (0.74)
    ("how long b4 i can walk on the new driveway",
     "How long before i can walk on the new driveway?",
     "How long until I can walk on the new driveway?", 0.95),  # (0.93)
    ("can i come w/ my dog", "Can i come with my dog?", "Can I come with my dog?", 0.97),  # (0.94)
    ("can i park w/o a permit", "Can i park without a permit?",
     "Can I park without a permit?", 0.98),  # (0.95)
    ("any info abt parking", "Any info about parking",
     "Is there any information about parking?", 0.75),  # (0.70)
    ("can i get a refund coz of the weather", "Can i get a refund because of the weather?",
     "Can I get a refund because of the weather?", 0.99),  # (0.97)
]  # fmt: skip


@pytest.mark.parametrize(("texted", "form", "written", "bound"), RISES)
def test_the_cosine_to_the_written_out_form_rises(
    embedder, texted: str, form: str, written: str, bound: float
) -> None:
    """Each rewrite gives the texted prompt the vector of its written-out form, and that
    vector is nearer the same question written out by hand."""
    assert surface_form(texted) == form
    vectors = USEMultilingual().embed_sync([texted, form])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
    cosine = pair_cosines(embedder, [(written, texted)])[written, texted]
    assert cosine >= bound, (texted, cosine)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("whats the fee", "What's the fee?"),  # no longer *Whats the fee* (surface2)
        ("Whats the fee", "What's the fee?"),  # the capital kept
        ("hows the surf today", "How's the surf today?"),
        ("thats too late, whens the next one", "That's too late, when's the next one"),
        ("r u open", "Are u open?"),  # *u*: measured, not spelt out
        ("how long r repairs guaranteed for", "How long are repairs guaranteed for?"),
        ("(r they free)", "(are they free)"),
        ("can we taste it b4?", "Can we taste it before?"),
        ("tea w/o milk, thru the hatch", "Tea without milk, through the hatch"),
        ("U-boat museum tickets", "U-boat museum tickets"),  # no rule: as it is
        ("R&B night tickets", "R&B night tickets"),
        ("r&b night tickets", "R&b night tickets"),  # *r* joined to *&b*: no word
        ("R kids allowed", "R kids allowed"),  # capital *R*: the letter, the language
        ("r-value of loft insulation", "R-value of loft insulation"),
        ("I'm at 5 yo-yo tricks", "I'm at 5 yo-yo tricks"),
        ("Why is the area 2*pi*r*r", "Why is the area 2*pi*r*r?"),  # *r* between symbols
        ("Solve for r = 28", "Solve for r = 28"),  # *r* before a symbol
        ("the whys and wherefores", "The whys and wherefores"),  # a word of its own
        ("W/O number on the form", "W/O number on the form"),  # capitals stay
        ("b4x cable", "B4x cable"),
    ],
)
def test_surface_form(text: str, form: str) -> None:
    assert surface_form(text) == form


def test_the_closed_classes_are_no_english_words() -> None:
    """A rewrite replaces no word of its own: no contraction written without its apostrophe
    is itself a WordNet entry, and every texting spelling is written out, lower case, as
    the word it spells."""
    assert wordnet.available()
    for texted in CONTRACTIONS:
        assert texted not in wordnet.lemmas(texted), texted
    for texted, word in TEXTING.items():
        assert texted == texted.lower() and word.isalpha() and word.islower(), texted
        assert written_out(f"{texted} them") == f"{word} them"


def test_the_embedder_name_says_the_form() -> None:
    assert USEMultilingual.name == f"use-multilingual-v3-{SURFACE_VERSION}"
    assert SURFACE_VERSION != "surface2"
