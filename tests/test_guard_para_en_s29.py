"""Session 29 (paraEN): English paraphrases the guard refused at a cosine of 0.75 or more, by
general class, and the minimal pairs of the same shapes that stay refused.

* **Money written two ways** (:func:`yamabiko.guard.en_words.currency_noun`): a currency sign
  is its currency's noun by its Unicode name (£ pound, $ dollar, € euro), so *£10* and *ten
  pounds* make one unit, and *£10* / *ten dollars* two units of measurement.
* **A verb in the place of a light verb** (:mod:`yamabiko.guard.wordnet_light`): *made fresh*
  / *prepared fresh*, WordNet's cook.v.02 holding both.
* **A generic place noun, the noun before it kept** (:mod:`yamabiko.guard.wordnet_places`):
  *the kebab shop* / *the kebab place*; two kinds of place stay apart.

Every pair is written here for the test (none is copied from a held-out set); each served
one was refused before this session (``substitution:£->pounds``, ``insertion:prepared``,
``substitution:shop->place``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.en_words import currency_noun
from yamabiko.guard.minpair import Alignment
from yamabiko.guard.units import units
from yamabiko.guard.wordnet_light import light_aligned, light_synonyms, light_verb
from yamabiko.guard.wordnet_places import built, generic, generic_for

GUARD = Guard()

#: served both ways round at the default embedder's cosine
SERVED = [
    # money: a sign and its noun
    ("Can I get two lattes for $7?", "Can I get two lattes for seven dollars?", "en"),
    ("Is the museum ticket €15?", "Is the museum ticket 15 euros?", "en"),
    ("Is the bike rental £20 a day?", "Is the bike rental 20 quid a day?", "en"),
    ("Can I pay 50 dollars a month?", "Can I pay $50 per month?", "en"),
    # a verb in a light verb's place
    ("Is the dim sum made fresh every day?", "Is the dim sum prepared fresh every day?", "en"),
    # a generic place, the noun before it kept
    ("Does the kebab shop deliver?", "Does the kebab place deliver?", "en"),
    ("Is there a good coffee shop near the station?",
     "Is there a good coffee spot near the station?", "en"),
    ("Does the noodle bar take bookings?", "Does the noodle place take bookings?", "en"),
    ("Does the ramen shop take card payments?", "Does the ramen place take card payments?",
     "en"),
]  # fmt: skip

#: the twins: another amount, another currency, another kind of place, refused both ways
REFUSED = [
    ("Is the day pass £12?", "Is the day pass £15?", "en", "number"),
    ("Can I get two lattes for $7?", "Can I get two lattes for £7?", "en", "category:$7->£7"),
    ("Is the museum ticket €15?", "Is the museum ticket 15 dollars?", "en",
     "category:€15->dollars"),
    ("Is the bike rental £20 a day?", "Is the bike rental 20 dollars a day?", "en",
     "category:£20->dollars"),
    ("Is the bike rental £20 a day?", "Is the bike rental 20 quid a week?", "en",
     "category:day->week"),
    ("Does the ramen shop take card payments?", "Does the ramen restaurant take card payments?",
     "en", "substitution:shop->restaurant"),
    ("Does the noodle bar take bookings?", "Does the noodle restaurant take bookings?", "en",
     "substitution:bar->restaurant"),
    ("Does the kebab shop deliver?", "Does the kebab stall deliver?", "en",
     "substitution:shop->stall"),
    ("Does the kebab shop deliver?", "Does the kebab van deliver?", "en",
     "substitution:shop->van"),
    ("Is the wine bar dog friendly?", "Is the wine shop dog friendly?", "en",
     "substitution:bar->shop"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_currency_sign_is_its_noun() -> None:
    """A sign's Unicode name gives its noun (stemmed as the word would be); other characters
    give none, and the units of *£10* and *10 pounds* share their keys."""
    assert [currency_noun(c) for c in "£$€¥"] == ["pound", "dollar", "euro", "yen"]
    assert currency_noun("%") == currency_noun("a") == ""
    sign = {u.key for u in units("Is it £10?", "en")}
    word = {u.key for u in units("Is it 10 pounds?", "en")}
    assert sign == word == {"pound", "#10"}


def test_a_verb_is_read_in_a_light_verbs_place() -> None:
    """The content verb's commonest senses must hold the light verb, and the two prompts must
    be one sentence but for the verb."""
    assert light_synonyms("made", "prepared")  # cook.v.02
    assert light_synonyms("do", "perform")  # perform.v.01
    for other in ("sold", "frozen", "decorated", "cancelled"):
        assert not light_synonyms("made", other), other
    assert light_verb("prepared", "is the soup prepared fresh?", "is the soup made fresh?")
    # (another word changes too: not one sentence but for the verb)
    assert not light_verb("prepared", "is the soup prepared fresh?", "is the stew made fresh?")
    assert not light_verb("sold", "is the soup sold fresh?", "is the soup made fresh?")


def test_light_aligned_needs_the_prompts_close() -> None:
    """Below the context floor the alignment is left as it is."""
    cached, query = "Is the soup made fresh?", "Is the soup prepared fresh?"
    first, second = units(cached, "en"), units(query, "en")
    added = [u for u in second if u.key not in {v.key for v in first}]
    aligned = Alignment([], added, [], added)
    assert light_aligned(aligned, cached, query, 0.9).wordnet == "light:made->prepared"
    assert light_aligned(aligned, cached, query, 0.8) is aligned


def test_a_generic_place_needs_its_kind_said() -> None:
    """*place* and *spot* are generic, built places are not; the noun before both must be
    the same content word."""
    assert generic("place") and generic("spot") and not generic("venue")
    assert built("bar") and built("shop") and built("gym") and not built("van")
    assert not generic("bar") and not built("place")
    assert generic_for("bar", "the tapas bar?", "place", "the tapas place?")
    assert not generic_for("bar", "the tapas bar?", "place", "the wine place?")
    assert not generic_for("bar", "is the bar open?", "place", "is the place open?")
    assert not generic_for("bar", "the tapas bar?", "restaurant", "the tapas restaurant?")
