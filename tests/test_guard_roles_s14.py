"""Session-14 role swaps of the guard (``guard/roles.py``): the bare object of a verb
exchanged with its for- / to- / into-phrase ("trade A for B" / "trade B for A"), whatever
determiners the two objects carry, and the owner of a possessive exchanged with another noun
("the florist borrows the hotel's vases" / "the hotel borrows the florist's vases").

Every example is written here for the test (none is taken from an evaluation file). The
counterexamples keep each word's role (a passive clause, "the hotel's vases" / "the vases
of the hotel", phrases moved with their prepositions, double objects) and must stay served.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import analyse
from yamabiko.guard.roles import frames_swapped, swapped_roles


@pytest.mark.parametrize(
    ("query", "cached", "swapped"),
    [
        # the bare object against the for- / into- / to-phrase, determiners differing or not
        ("Can I trade my bowling alley tokens for a climbing pass?",
         "Can I trade a climbing pass for bowling alley tokens?", "token<->pass"),
        ("Can I swap a gift card for store credit?", "Can I swap store credit for a gift card?",
         "card<->credit"),
        ("Can I convert my air miles into hotel points?",
         "Can I convert hotel points into my air miles?", "hotel<->air"),
        ("How do I exchange dollars for yen?", "How do I exchange yen for dollars?",
         "dollar<->yen"),
        ("Can I move my savings to the current account?",
         "Can I move the current account to my savings?", "current<->sav"),
        # the owner of a possessive exchanged with the subject, or with a for-phrase
        ("Can the florist borrow the hotel's vases?", "Can the hotel borrow the florist's vases?",
         "florist<->hotel"),
        ("Will the landlord repair the tenant's boiler?",
         "Will the tenant repair the landlord's boiler?", "landlord<->tenant"),
        ("Can the youth club use the church hall's kitchen?",
         "Can the church hall use the youth club's kitchen?", "hall<->club"),
        ("Can I book the gym's studio for the dance school?",
         "Can I book the dance school's studio for the gym?", "gym<->school"),
        # a person pronoun as one of them
        ("Can I drive my brother's van?", "Can my brother drive my van?", "i<->brother"),
    ],
)  # fmt: skip
def test_exchanged_objects_and_owners_are_a_swap(guard, query, cached, swapped) -> None:
    """The same words in exchanged roles: rejected with the swap named, in the trees' band
    and above it, and the same the other way round."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == f"roles:{swapped}"
        assert guard.check(cached, query, None, cosine).reason.startswith("roles:")


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        # a passive clause with the same roles
        ("Can I exchange my voucher for credit?", "Can my voucher be exchanged for credit?"),
        ("Can I swap store credit for a gift card?",
         "Can store credit be swapped for a gift card?"),
        # possessive against of-phrase: the same owner
        ("Can the florist borrow the hotel's vases?",
         "Can the florist borrow the vases of the hotel?"),
        ("Can the florist borrow the hotel's vases?",
         "Can the hotel's vases be borrowed by the florist?"),
        # phrases moved with their markers keep their roles
        ("Can I book the gym's studio for the dance school?",
         "Can I book for the dance school the studio of the gym?"),
        ("Can I use the hotel's vases for the florist?",
         "Can I use for the florist the vases of the hotel?"),
        ("Can I book the gym's studio for the dance school?",
         "For the dance school, can I book the gym's studio?"),
        ("Can I convert my air miles into hotel points?",
         "Into hotel points, can I convert my air miles?"),
        # a double object against a to- / for-phrase: one giver, one receiver
        ("Can I send a parcel to my cousin?", "Can I send my cousin a parcel?"),
        ("Can I buy a ticket for my nephew?", "Can I buy my nephew a ticket?"),
        # the verb is not seen: getting credit for a voucher is giving the voucher for credit
        ("Can I have store credit for my voucher?", "Can I give my voucher for store credit?"),
        # an owner of two words against its last word: one owner
        ("Does the Apple Store's repair cover an Apple Watch?",
         "Does Apple's repair cover a watch from the store?"),
        # another owner that is not named on the other side: a pronoun for the same person
        ("Can my daughter keep her school's laptop?", "Can my daughter keep the school laptop?"),
    ],
)  # fmt: skip
def test_same_roles_reworded_are_no_swap(guard, query, cached) -> None:
    """Rewordings that keep who does what to whom: the roles check finds no swap, and the
    guard gives no roles reason."""
    assert swapped_roles(analyse(query, "en"), analyse(cached, "en")) == ""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert not guard.check(query, cached, None, cosine).reason.startswith("roles:")


def test_side_by_side_objects_need_a_verb_and_a_for_or_to_phrase() -> None:
    """Side by side (no naming word between the blocks), a bare object and a for- / to-phrase
    exchange roles after a verb; a with-phrase (combine A with B = combine B with A) and
    words of one phrase (failed democracies / democracies failing) exchange none."""

    def swapped(x: str, y: str) -> str:
        return frames_swapped(analyse(x, "en").frame, analyse(y, "en").frame)

    assert swapped("Can I exchange rice for beans?", "Can I exchange the beans for rice?") == (
        "ric<->bean"
    )
    assert swapped("Can I combine the voucher with a discount?",
                   "Can I combine a discount with the voucher?") == ""  # fmt: skip
    assert (
        swapped("Which books list failed democracies?", "Which books list democracies failing?")
        == ""
    )
