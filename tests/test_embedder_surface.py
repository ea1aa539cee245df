"""Session 23: the default embedder embeds a prompt's surface form
(:mod:`yamabiko.embedders.surface`), so that a casual text (lower case, no question mark)
and the same question written out get close vectors.

Every pair is written here for the test (none is taken from an evaluation file). The guard
is the real one and the cosine the default embedder's. Before the surface form each
paraphrase below was refused: *is parking free for hotel guests* was at 0.71, below the
threshold; the other four reached it and the trees refused them (``learned:0.45`` to
``learned:0.61``). The refused twins (another thing, an opposite verb) stay refused with
their reason at the higher cosine the surface form gives them.

Session 26 (``surface2``): an interrogative or auxiliary contracted with a verb opens a question
too (*when's the pool open sundays*), a run of end marks holding a question mark is one, curly
quotes no longer keep an English text from the rules, and a Japanese question closed by か
without a mark gets one. The paraphrases of :data:`SERVED_S26` were each missed on the
``surface1`` form (below the threshold, or refused by the trees at ``learned:0.52`` /
``learned:0.76``); :data:`KNOWN_WRONG_S26` is a twin the higher cosine now lets the trees serve.
"""

from __future__ import annotations

import numpy as np
import pytest
from guard_probes import ProbeFile, pair_cosines
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


#: session 26: the same question, once texted with a contracted opener, served (both ways)
SERVED_S26 = [
    ("When does the pool open on Sundays?", "when's the pool open sundays", "en"),
    ("How much is a day pass for the climbing wall?", "what's a climbing wall day pass cost", "en"),
    ("When will my order arrive?", "when's my order coming", "en"),
]

#: session 26: another question with a contracted opener or a Japanese question without its
#: mark, refused with the reason at the cosine the new form gives it
REFUSED_S26 = [
    ("When does the pool close on Sundays?", "when's the pool open sundays", "en", "antonym"),
    ("子供の料金はいくらですか", "大人の料金はいくらですか？", "ja", "substitution:子供->大人"),
]

#: session 26: a twin the contracted opener lifts over the threshold (0.70 -> 0.80) that the
#: trees serve (``learned-accept``): day / week is theirs to refuse; listed so a fix shows
KNOWN_WRONG_S26 = [
    (
        "How much is a day pass for the climbing wall?",
        "what's a climbing wall week pass cost",
        "en",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the casual paraphrases served, the
    casual twins refused."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


class TestProbesS26(ProbeFile):
    """Session 26's probes: casual paraphrases with a contracted opener served, twins refused."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED_S26, REFUSED_S26


def test_known_wrong_serves_s26(embedder) -> None:
    """The known wrong serve above reaches the threshold and is still served: when the trees
    learn to refuse it this fails, and the pair leaves the list."""
    guard = Guard()
    for cached, query, lang in KNOWN_WRONG_S26:
        cosine = pair_cosines(embedder, [(cached, query)])[cached, query]
        assert cosine >= 0.75, (cached, query, cosine)
        assert guard.check(query, cached, lang, cosine, 0.75).accept, (cached, query)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("can u resole leather boots", "Can u resole leather boots?"),
        ("  how   long does it take ", "How long does it take?"),
        ("whats the fee", "What's the fee?"),  # the apostrophe restored (session 27)
        ("what's the fee", "What's the fee?"),  # a contracted interrogative (session 26)
        ("who’ll collect it", "Who’ll collect it?"),  # a curly apostrophe (session 26)
        ("it's open today", "It's open today"),  # *it* opens no question
        ("how long for a refund??", "How long for a refund?"),  # one mark (session 26)
        ("really?!", "Really?"),
        ("wait...", "Wait..."),  # no question mark in the run: as it is
        ("isnt it open today", "Isnt it open today?"),
        ("Do you deliver.", "Do you deliver."),  # its own end punctuation stays
        ("opening hours sunday", "Opening hours sunday"),  # no question opener: no mark
        ("iPhone screen repair cost", "iPhone screen repair cost"),  # a capital inside: as is
        ("do you sell café au lait", "Do you sell café au lait?"),  # Latin-1 letters
        ("  配送は何日かかりますか ", "配送は何日かかりますか?"),  # か closes a question
        ("駐車場はありますか。", "駐車場はありますか?"),  # its full stop becomes the mark
        ("駐車場はありますか？", "駐車場はありますか？"),  # its own mark stays
        ("住所を教えてください。", "住所を教えてください。"),  # no question: as it is
        ("这是什么。", "这是什么。"),  # no kana (Chinese): trimmed only
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
    vectors = model.embed_sync([casual, written, "駐車場はありますか", "駐車場はありますか？"])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
    assert np.allclose(vectors[2], vectors[3], atol=1e-6)  # a Japanese question's mark
    assert model.name == f"use-multilingual-v3-{SURFACE_VERSION}" == embedder.name


#: the default embedder's names before its current surface form: before session 23's form,
#: then every earlier version of it (surface1: session 23, surface2: 26, surface3: 27)
OLDER_NAMES = ["use-multilingual-v3"] + [
    f"use-multilingual-v3-surface{version}"
    for version in range(1, int(SURFACE_VERSION.removeprefix("surface")))
]


@pytest.mark.parametrize("old_name", OLDER_NAMES)
async def test_a_store_filled_before_the_surface_form_refuses_it(tmp_path, old_name) -> None:
    """A store filled under the bare name or any earlier surface form refuses the embedder,
    naming the old form."""
    path = tmp_path / "old.sqlite3"
    old = LocalStore(path)
    await old.open(old_name, 512)
    vector = np.zeros((1, 512), dtype=np.float32)
    vector[0, 0] = 1.0
    await old.put_many([entry(0)], vector)
    await old.close()
    with pytest.raises(EmbedderMismatchError, match=old_name):
        await LocalStore(path).open(USEMultilingual.name, 512)
