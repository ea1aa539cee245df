"""Session 27 (lateEN, after the record run): two English wrong serves of heldout21, by cause.

* **A phrase of time dropped** (:func:`yamabiko.guard.restrictions.time_dropped`, and
  :func:`~yamabiko.guard.restrictions.cause_dropped` reading *8pm* and *19:30*): one prompt
  asks *after 8pm*, *until 9pm* or *on Sundays* and the other asks without the time. Before,
  a clock time glued to its am / pm (*8pm*) was not found in the text (the units split it, the
  search for the word did not), a time in digits alone (*after 19:30*) read as a clause of
  courtesy, and above the boosted trees' band (0.95) a drop of more than one word
  (``not-minimal``) was never read for a condition: served at 0.96 and 0.98 (``guard-ok``).
* **Two noun phrases exchange their modifiers across two slots**
  (:func:`yamabiko.guard.role_modifiers.modifier_blocks_swapped`): *the dark chocolate sponge in the
  bottom tier and the lemon sponge in the top tier* / the two sponges exchanged. The swap of
  two single words was read (red wine / white wine); blocks of two words against one were
  not (served, ``guard-ok`` at 0.99).

Every pair is written here for the test.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses, assert_refused_at

from yamabiko.guard import Guard
from yamabiko.guard.restrictions import _word_at
from yamabiko.guard.role_modifiers import modifier_blocks_swapped

GUARD = Guard()

#: (with the time, without it, reason): refused at forced cosines below and above the trees'
#: band, both ways round; each was served at 0.96 before
TIME_DROPPED = [
    ("Can teenagers use the climbing wall on their own without an instructor after 7pm?",
     "Can teenagers use the climbing wall on their own without an instructor?",
     "condition:after+7+pm"),
    ("Can children play on the arcade machines without an adult after 8pm?",
     "Can children play on the arcade machines without an adult?", "condition:after+8+pm"),
    ("Can children skate at the ice rink without an adult until 9pm?",
     "Can children skate at the ice rink without an adult?", "condition:until+9+pm"),
    ("Can children skate at the ice rink without an adult after 19:30?",
     "Can children skate at the ice rink without an adult?", "condition:after+19+30"),
    ("Can children skate at the ice rink without an adult on Sundays?",
     "Can children skate at the ice rink without an adult?", "condition:Sundays"),
    # more than sixteen words: no clause of condition is read, the phrase of time is
    ("Are under-16s allowed to stay in the bowling alley without a parent or guardian after 9pm?",
     "Are under-16s allowed to stay in the bowling alley without a parent or guardian?",
     "condition:after+9+pm"),
]  # fmt: skip


def test_a_dropped_phrase_of_time_is_refused() -> None:
    """A clock time or a date one prompt asks with is a condition the other drops, above the
    trees' band too."""
    for timed, untimed, reason in TIME_DROPPED:
        assert_refused_at(GUARD, untimed, timed, reason, (0.9, 0.96, 0.98), 0.75)


def test_a_clock_time_is_found_where_the_units_split_it() -> None:
    """*8pm* holds the units *8* and *pm*: each is found at its place in the text when the
    search splits digits from letters (as ``\\b`` does not)."""
    text = "can kids swim after 8pm?"
    assert _word_at("8", text, digits=True) == text.index("8pm")
    assert _word_at("pm", text, digits=True) == text.index("pm")
    assert _word_at("8", text) == -1
    assert _word_at("swim", "swimming", digits=True) == -1  # (a word inside a word)


def test_modifier_blocks_exchanged_before_one_head() -> None:
    """Blocks of unequal length exchanged before the same head, a word between the slots;
    not when nothing stands between them, nor when the slots move with their blocks."""
    x = ("dark", "chocolat", "spong", "go", "bottom", "tier", "lemon", "spong", "top", "tier")
    y = ("lemon", "spong", "go", "bottom", "tier", "dark", "chocolat", "spong", "top", "tier")
    assert modifier_blocks_swapped(x, y) == "chocolat<->lemon"
    assert modifier_blocks_swapped(y, x) == "lemon<->chocolat"
    moved = ("lemon", "spong", "go", "top", "tier", "dark", "chocolat", "spong", "bottom", "tier")
    assert modifier_blocks_swapped(x, moved) == ""  # the phrases moved whole: one question
    assert modifier_blocks_swapped(y, moved) == "bottom<->top"  # the tiers exchanged
    adjacent = ("sell", "dark", "chocolat", "bar", "milk", "bar")
    exchanged = ("sell", "milk", "bar", "dark", "chocolat", "bar")
    assert modifier_blocks_swapped(adjacent, exchanged) == ""  # (no slot between them)


_SPONGES = (
    "Can the dark chocolate sponge go in the bottom tier and the lemon sponge in the top tier?"
)

#: the same question (the phrases moved whole; one time written two ways)
SERVED = [
    (_SPONGES,
     "Can the lemon sponge go in the top tier and the dark chocolate sponge in the bottom tier?",
     "en"),
    ("Can I bring my dog to the beer garden before 11am?",
     "Can I bring my dog to the beer garden before 11 am?", "en"),
    # a known miss until session 28 (synEN: carry read in the frame of its stock sense's
    # example, *Do you carry kerosene heaters?*; wordnet_usage.py)
    ("Do you stock gluten-free bread?", "Do you carry gluten-free bread?", "en"),
]  # fmt: skip

#: two modifiers exchanged between two slots (served before, ``guard-ok``)
REFUSED = [
    (_SPONGES,
     "Can the lemon sponge go in the bottom tier and the dark chocolate sponge in the top tier?",
     "en", "roles:lemon<->chocolat"),
    ("Should the smoked salmon sandwiches go on the first tray and the egg sandwiches on the "
     "second tray?",
     "Should the egg sandwiches go on the first tray and the smoked salmon sandwiches on the "
     "second tray?", "en", "roles:egg<->salmon"),
    ("Can the large oak table go by the window and the small table by the door?",
     "Can the small table go by the window and the large oak table by the door?", "en",
     "roles:small<->oak"),
]  # fmt: skip

#: paraphrases still refused, by cause: the jalfrezi pair is at 0.756, below the cosine
#: from which session 28's later-sense reading is taken (``wordnet_usage.USAGE_FLOOR``, 0.8:
#: the embedder does not know the dish); rearrange and reschedule share no synset
KNOWN_MISSES = [
    ("Is the jalfrezi very hot?", "Is the jalfrezi very spicy?", "en"),
    ("Can I rearrange my massage appointment?", "Can I reschedule my massage appointment?", "en"),
]


class TestProbes(ProbeFileWithMisses):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES
