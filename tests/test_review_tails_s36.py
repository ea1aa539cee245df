"""Session 36 review of wrong's closed compound against the word it ends in
(:func:`yamabiko.guard.english_tails.ends_in_word`: *grapefruit* / *fruit*, *cupcake* /
*cake*: another or a narrower thing, never one word said otherwise).

WordNet files *site* in the synset of *website* (*web site, website, internet site, site*):
there the last word is a name of the compound, and *Can I find the timetable on your
website?* / *... on your site?*, served on base36 741f30f (``guard-ok``), was refused
``substitution:website->site`` on b59bc8a. A compound and its last word that share a synset
are read by WordNet's tests again.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.english_tails import ends_in_word

GUARD = Guard()

#: (cached, query, lang): the compound and its last word of one synset
SERVED = [
    ("Can I find the timetable on your website?", "Can I find the timetable on your site?", "en"),
    ("Is the booking form on your website?", "Is the booking form on the site?", "en"),
]  # fmt: skip

cosines = cosines_fixture(SERVED)


def test_a_compound_named_by_its_last_word_is_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, 0.75, either_side=True)


def test_a_shared_synset_is_no_compound_of_another_thing() -> None:
    assert not ends_in_word("website", "site")
    assert not ends_in_word("sites", "websites")
    assert ends_in_word("grapefruit", "fruit")  # another fruit, a narrower kind
    assert ends_in_word("cupcake", "cake")
    assert ends_in_word("pineapple", "apple")  # another thing
