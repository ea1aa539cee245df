"""Session 39 (enpara): a rare word with a doubled letter written once, where the slip is a
token only the word table lists (*sils* / *sills*, faq-heldout15, refused
``substitution:sills->sils`` at 0.970).

``spelling._doubled_slip`` read *pas* / *pass* as one word when the slip is rare and the word
common. *sill* is rare itself (the table's tail), and so is *sil*, which the table lists
(the web's text spells it for many things) but no lexicon knows, so neither the doubled-letter
test nor the known-against-unknown tests joined them. Now a rare word WordNet lists and its
undoubled spelling, rarer still and no word of any lexicon, are one word. The slip must not
be a known word with an ending (*carers* is *car* + *ers* and a word of its own), nor any
word the lexicons list (*holy* / *holly*, *coma* / *comma* stay two words). (*carers* /
*careers* is served on main already, by another of the slip tests: not this rule's, left.)

Checked by the default guard above the trees' band (0.96), where the rules alone decide, and
at 0.85."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.spelling import _doubled_slip, _table_only

HIGH, MID = 0.96, 0.85

SERVED = [
    # faq-heldout15
    ("Do you clean the window frames and sills too?",
     "Do you clean the window frames and sils too?"),
    # written for these tests
    ("Do you clean the window sill too?", "Do you clean the window sil too?"),
    ("Do you sell dill seeds?", "Do you sell dil seeds?"),
]  # fmt: skip

REFUSED = [
    ("Is the holy well open to visitors?", "Is the holly well open to visitors?"),
    ("Is the window sill included?", "Is the window frame included?"),
    ("Do you sell dill seeds?", "Do you sell fennel seeds?"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_a_rare_word_and_its_tail_token_slip_are_served(cached: str, query: str) -> None:
    guard = Guard()
    for similarity in (HIGH, MID):
        assert guard.check(query, cached, "en", similarity).accept
        assert guard.check(cached, query, "en", similarity).accept


@pytest.mark.parametrize(("cached", "query"), REFUSED)
def test_two_words_the_lexicons_know_stay_apart(cached: str, query: str) -> None:
    guard = Guard()
    for similarity in (HIGH, MID):
        assert not guard.check(query, cached, "en", similarity).accept
        assert not guard.check(cached, query, "en", similarity).accept


def test_only_a_token_no_lexicon_reads_is_a_slip() -> None:
    assert _table_only("sil") and _table_only("dil")
    # a word a lexicon lists, or a known word with an ending, is a word of its own
    for word in ("carers", "holy", "coma", "mets", "sill"):
        assert not _table_only(word)


def test_a_rare_word_needs_a_rarer_slip() -> None:
    assert _doubled_slip("sil", 0.997, "sill", 0.996)  # the rarities the units carry
    assert not _doubled_slip("sil", 0.990, "sill", 0.996)  # the slip commoner than the word
    assert not _doubled_slip("carers", 0.975, "careers", 0.847)  # carers: car + ers
    assert _doubled_slip("pas", 0.95, "pass", 0.5)  # the common word, as before
