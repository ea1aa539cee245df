"""Pronoun contractions (I'd, I'm, it's, let's) are grammar, not content: the units of the
minimal-pair check and the guard's analysis read them as their full forms."""

from __future__ import annotations

from yamabiko.guard import compare_texts
from yamabiko.guard.english import _expand_en
from yamabiko.guard.units import units


def test_pronoun_contractions_expand_to_filler() -> None:
    assert _expand_en("I'd like it, it's fine, let's go, we'll see") == (
        "I would like it, it is fine, let us go, we will see"
    )
    assert _expand_en("Kyoto's Hilton, don't") == "Kyoto's Hilton, do not"  # possessive kept
    keys = [u.key for u in units("I'd like to book a table for Friday.", "en")]
    assert keys == ["book", "tabl", "friday"]


def test_a_contraction_is_the_same_words_as_its_full_form() -> None:
    verdict = compare_texts("I'm after a cheaper plan", "I am after a cheaper plan", "en")
    assert verdict.accept and verdict.reason == "same-words"
    verdict = compare_texts("I'd like to cancel my plan", "I'd like to renew my plan", "en")
    assert not verdict.accept and verdict.reason == "substitution:cancel->renew"
