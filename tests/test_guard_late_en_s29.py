"""Session 29 (lateEN, after the record run): English paraphrases refused by general cause.

* **A closed compound and its own head** (:func:`yamabiko.guard.wordnet_heads.kind_named`):
  *the photography masterclass* / *the photography class*: WordNet's ``master_class`` is a
  class; a bathroom is a room and a boathouse a shed, but a made thing is asked about by its
  kind, and a shed is no house: both stay refused.
* **A word WordNet defines as a kind of the other**: *a gift voucher* / *a gift certificate*
  (voucher: "a negotiable certificate ..."); *a gift box* / *a gift card* stay refused.
* **A clipped word beside another change** (:func:`yamabiko.guard.english_forms.clipped_dropped`):
  *min* / *minimum* and *masterclass* / *class* in one pair; *max* / *minimum*, *pans* /
  *pancakes* stay refused.

Every pair is written here for the test (none is copied from a held-out set); each served
one was refused on the session's base (``substitution:masterclass->class``,
``substitution:voucher->certificate``, ``substitution:minimum+masterclass->min+class``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_forms import clipped_dropped
from yamabiko.guard.minpair import Alignment
from yamabiko.guard.units import units
from yamabiko.guard.wordnet import load
from yamabiko.guard.wordnet_heads import HEAD_FLOOR, _genus, _noun_offsets, head_aligned, kind_named

GUARD = Guard()

#: served both ways round at the default embedder's cosine
SERVED = [
    # a closed compound and its head, the same noun before both
    ("Can I pay for the photography masterclass in instalments?",
     "Can I pay for the photography class in instalments?", "en"),
    ("Does the photography masterclass include lunch?",
     "Does the photography class include lunch?", "en"),
    ("How much is the pottery masterclass?", "How much is the pottery class?", "en"),
    # a word WordNet defines as a kind of the other
    ("Do you sell a spa gift voucher?", "Do you sell a spa gift certificate?", "en"),
    ("Can I use my bowling gift voucher online?",
     "Can I use my bowling gift certificate online?", "en"),
    ("How long is the pottery workshop?", "How long is the pottery course?", "en"),
    # a short form beside another change
    ("What is the minimum age for the photography masterclass?",
     "What is the min age for the photography class?", "en"),
    ("Is there a minimum spend for the wine masterclass?",
     "Is there a min spend for the wine class?", "en"),
    ("What is the minimum age for the photography masterclass?",
     "photography class min age?", "en"),
]  # fmt: skip

#: the twins: another thing after the same noun, another limit, a kind asked apart
REFUSED = [
    ("Can I pay for the photography masterclass in instalments?",
     "Can I pay for the photography bar in instalments?", "en", "substitution:masterclass->bar"),
    ("Can I use my bowling gift voucher online?", "Can I use my bowling gift box online?", "en",
     "substitution:voucher->box"),
    ("Can I use my bowling gift voucher online?", "Can I use my bowling gift card online?",
     "en", "substitution:voucher->card"),
    ("Is the hotel bathroom cleaned daily?", "Is the hotel room cleaned daily?", "en",
     "substitution:bathroom->room"),
    ("Is the lakeside boathouse open?", "Is the lakeside house open?", "en",
     "substitution:boathouse->house"),
    ("Can the bride's grandmother sit at the front?",
     "Can the bride's mother sit at the front?", "en", "category"),
    ("Do you repair vintage wristwatches?", "Do you repair vintage watches?", "en",
     "substitution:wristwatches->watches"),
    ("What is the maximum age for the photography masterclass?",
     "What is the min age for the photography class?", "en",
     "substitution:maximum+masterclass->min+class"),
    ("Is there a minimum spend for the wine masterclass?",
     "Is there a max spend for the wine class?", "en",
     "substitution:minimum+masterclass->max+class"),
    ("What are the opening hours of the ferry office?",
     "What are the delivery hours of the ferry office?", "en",
     "substitution:opening->delivery"),
    ("Do you sell pancakes?", "Do you sell pans?", "en", "substitution:pancakes->pans"),
    ("Is the art class for adults?", "Is the artist class for adults?", "en",
     "substitution:art->artist"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_compound_under_its_own_head() -> None:
    """WordNet's collocation of the closed compound's parts lies under the head (master
    class); a shed, a grandparent and a room (a made thing) are not read; the two words the
    other way round are no compound."""
    assert _noun_offsets("master_class")
    assert not _noun_offsets("masterclass_nothing")
    assert kind_named("masterclass", "class")
    assert not kind_named("class", "masterclass")
    assert not kind_named("boathouse", "house")  # a shed
    assert not kind_named("grandmother", "mother")  # a grandparent, a person
    assert not kind_named("bathroom", "room")  # a made thing: asked apart
    assert not kind_named("wristwatch", "watch")


def test_a_gloss_names_the_kind() -> None:
    """The genus of a gloss is its last word before the first stop word or bracket, the
    article skipped; voucher's third sense names a certificate, no sense names a box."""
    tables = load()
    assert tables is not None and tables.noun_senses
    offsets = tables.noun_senses["voucher"]
    assert "certificate" in [_genus(tables.noun_data, o) for o in offsets]
    assert kind_named("voucher", "certificate")
    assert not kind_named("voucher", "box")
    assert not kind_named("certificate", "voucher")


def test_the_frame_and_the_floor() -> None:
    """The reading wants the same content word before both words (no frame: not read) and
    the prompts' cosine at the floor or closer."""
    cached, query = "How much is the pottery masterclass?", "How much is the pottery class?"
    first, second = units(cached, "en"), units(query, "en")
    left = [u for u in first if u.text == "masterclass"]
    right = [u for u in second if u.text == "class"]
    aligned = Alignment(left, right, left, right)
    found = head_aligned(aligned, cached, query, HEAD_FLOOR)
    assert (found.rest_left, found.rest_right, found.wordnet) == ([], [], "kind:masterclass->class")
    assert head_aligned(aligned, cached, query, HEAD_FLOOR - 0.01) is aligned
    bare, bare_query = "How much is a masterclass?", "How much is a class?"
    assert head_aligned(aligned, bare, bare_query, 0.95) is aligned  # no noun before
    other = "How much is the cooking class?"
    assert head_aligned(aligned, cached, other, 0.95) is aligned  # another noun before


def test_a_clipped_word_beside_another_change() -> None:
    """With two words left each side, a word and its clipping (*min* / *minimum*) are taken
    out of both, so the other change is read alone; *max* / *minimum* and *pans* / *pancakes*
    are no clipping, and a clipped pair with one word each side is the alignment's own."""
    first = units("What is the minimum age for the photography masterclass?", "en")
    second = units("What is the min age for the photography class?", "en")
    left = [u for u in first if u.text in ("minimum", "masterclass")]
    right = [u for u in second if u.text in ("min", "class")]
    kept = clipped_dropped(left, right)
    assert [[u.text for u in side] for side in kept] == [["masterclass"], ["class"]]
    other = units("What is the max age for the photography class?", "en")
    right = [u for u in other if u.text in ("max", "class")]
    assert clipped_dropped(left, right) == (left, right)
    pans = units("Do you sell pans and cups?", "en")
    cakes = units("Do you sell pancakes and mugs?", "en")
    left = [u for u in cakes if u.text in ("pancakes", "mugs")]
    right = [u for u in pans if u.text in ("pans", "cups")]
    assert clipped_dropped(left, right) == (left, right)
