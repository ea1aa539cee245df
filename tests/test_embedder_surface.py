"""Session 23: the default embedder embeds a prompt's surface form
(:mod:`yamabiko.embedders.surface`), so that a casual text (lower case, no question mark)
and the same question written out get close vectors.

Every pair is written here for the test (none is taken from an evaluation file). The guard
is the real one and the cosine the default embedder's. Before the surface form each
paraphrase below was refused: *is parking free for hotel guests* was at 0.71, below the
threshold; the other four reached it and the trees refused them (``learned:0.45`` to
``learned:0.61``). The refused twins (another thing, an opposite verb) stay refused with
their reason at the higher cosine the surface form gives them.
"""

from __future__ import annotations

import numpy as np
import pytest
from guard_probes import ProbeFile
from store_entries import entry

from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.surface import SURFACE_VERSION, surface_form
from yamabiko.errors import EmbedderMismatchError
from yamabiko.guard import Guard
from yamabiko.stores.local import LocalStore

#: the same question, once written out, once texted: served (both ways)
SERVED = [
    ("Is parking free for hotel guests?", "is parking free for hotel guests", "en"),
    ("Do you deliver to rural areas?", "do you deliver to the countryside", "en"),
    ("Can you engrave a name on a watch?", "can you engrave a watch with a name", "en"),
    ("Can you resole leather boots?", "can u resole leather boots", "en"),
    ("Do you tune pianos at home?", "do u tune pianos at home", "en"),
]

#: another question, texted: refused with the reason (the first prompt's words first)
REFUSED = [
    (
        "Can you resole leather boots?",
        "can u resole leather bags",
        "en",
        "substitution:boots->bags",
    ),
    (
        "Is parking free for hotel guests?",
        "is parking free for hotel staff",
        "en",
        "substitution:guests->staff",
    ),
    (
        "How long does a tattoo take to heal?",
        "how long does a piercing take to heal",
        "en",
        "substitution:tattoo->piercing",
    ),
    (
        "What time does the bakery open on Saturdays?",
        "what time does the bakery close saturdays",
        "en",
        "antonym",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the casual paraphrases served, the
    casual twins refused."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("can u resole leather boots", "Can u resole leather boots?"),
        ("  how   long does it take ", "How long does it take?"),
        ("whats the fee", "Whats the fee"),  # a contracted interrogative: not read as one
        ("isnt it open today", "Isnt it open today?"),
        ("Do you deliver.", "Do you deliver."),  # its own end punctuation stays
        ("opening hours sunday", "Opening hours sunday"),  # no question opener: no mark
        ("iPhone screen repair cost", "iPhone screen repair cost"),  # a capital inside: as is
        ("do you sell café au lait", "Do you sell café au lait?"),  # Latin-1 letters
        ("  配送は何日かかりますか ", "配送は何日かかりますか"),  # Japanese: trimmed only
        ("", ""),
    ],
)
def test_surface_form(text: str, form: str) -> None:
    assert surface_form(text) == form


def test_the_embedder_embeds_the_surface_form(embedder) -> None:
    """The vector of a casual text is the vector of its surface form, and the name says which
    form: a store filled before it cannot be mistaken for one filled after."""
    casual, written = "can u resole leather boots", "Can u resole leather boots?"
    model = USEMultilingual()
    vectors = model.embed_sync([casual, written])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
    assert model.name == f"use-multilingual-v3-{SURFACE_VERSION}" == embedder.name


async def test_a_store_filled_before_the_surface_form_refuses_it(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    old = LocalStore(path)
    await old.open("use-multilingual-v3", 512)  # the name before the surface form
    vector = np.zeros((1, 512), dtype=np.float32)
    vector[0, 0] = 1.0
    await old.put_many([entry(0)], vector)
    await old.close()
    with pytest.raises(EmbedderMismatchError, match="use-multilingual-v3"):
        await LocalStore(path).open(USEMultilingual.name, 512)
