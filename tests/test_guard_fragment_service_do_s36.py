"""Session 36 (enpara): a service's verb said with the pro-verb *do*, *Do you polish the
brass handles as well?* / *do u do the brass handles too*, and a fragment that ends with *how
much* (:func:`yamabiko.guard.english_fragments.bare_question`).

The minimal-pair check accepted such a pair and the boosted trees refused it (``learned``).
The verb after *you* is read as *do* where the other prompt says *you do* and the verb's first
tagged WordNet sense acts on a thing (``verb.contact``, ``verb.change``, ``verb.creation``);
*as well* / *also* at the end as *too*; nouns as their lemmas. The trees' refusal is then
served as a bare question (``fragment:<score>``). A verb of another kind (*sell*, *book*),
another object or another day leave the pair to the checks and the trees.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question

GUARD = Guard()

#: the question and its *do u do X too* fragment: served both ways round (refused on 741f30f)
SERVED = [
    ("Do you clean the extractor fan as well?", "do u do the extractor fan too", "en"),
    ("Do you polish wooden floors as well?", "do u do the wooden floor too", "en"),
    ("Do you repaint garden fences as well?", "do you do garden fences too", "en"),
    ("How much is a henna tattoo?", "henna tattoo how much", "en"),
]  # fmt: skip

#: another day: refused with the check's reason, both ways round
REFUSED = [
    ("Do you clean the extractor fan on Sundays?", "do u do the extractor fan on mondays",
     "en", "date"),
]  # fmt: skip

#: a narrower object: still refused (the trees or the checks); a verb that acts on no thing is
#: not read as *do* (below: *do you do X* for *do you sell X* is the guard's as before)
TWINS = [
    ("Do you clean the extractor fan as well?", "do u do the extractor fan filter too"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


@pytest.fixture(scope="module")
def twin_cosines(embedder: object) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each twin."""
    return pair_cosines(embedder, TWINS)


def test_the_twins_stay_refused(twin_cosines: dict[tuple[str, str], float]) -> None:
    """Each twin reaches the threshold and is refused, never as a bare question."""
    for cached, query in TWINS:
        cosine = twin_cosines[cached, query]
        assert cosine >= 0.75, (cached, query, cosine)
        verdict = GUARD.check(query, cached, "en", cosine, 0.75)
        assert not verdict.accept, (cached, query, verdict)
        assert not bare_question(cached, query), (cached, query)


def test_the_pro_verb_is_read_for_a_verb_that_works_on_a_thing() -> None:
    """*clean* / *paint* / *repair* read as the other side's *you do*, either side round;
    *sell*, *book*, *watch*, a *do* that is no pro-verb (*what do you do*), another object or a
    word more are not."""
    assert bare_question("Do you clean the oven too?", "do you do the oven as well")
    assert bare_question("do you do the oven as well", "Do you clean the oven too?")
    assert bare_question("Can you paint the shed?", "can you do the shed")
    assert bare_question("Can you repair the gate?", "can you do the gate")
    assert not bare_question("Can you sell the gate?", "can you do the gate")
    assert not bare_question("Can you book the hall?", "can you do the hall")
    assert not bare_question("Can you watch the kids?", "can you do the kids")
    assert not bare_question("Can you paint the shed?", "can you do the fence")
    assert not bare_question("Can you paint the shed?", "can you do the shed today")
    assert not bare_question("What do you paint?", "what do you do")


def test_how_much_at_the_end_asks_the_price() -> None:
    """A fragment ending with *how much* is read as the price question of what it names; a
    *how much* inside the words is not a price by that alone."""
    assert bare_question("How much is a henna tattoo?", "henna tattoo how much")
    assert bare_question("henna tattoo how much", "What is the price of a henna tattoo?")
    assert not bare_question("How much is a henna tattoo?", "henna tattoo how long")
