"""Session 36 review of two readings of :func:`yamabiko.guard.english_fragments.bare_question`
that served different questions as one bare question (``fragment:<score>``) where base36
741f30f refused them (``learned:``).

Session 35's lateEN reading (*Can kids enter the rowing race?* / *can kids do the rowing*)
dropped any WordNet ``noun.event`` noun after the gerund, so a stage or a narrower kind of a
contest and an event that is no contest were dropped too: *Can kids enter the swimming final?* /
*can kids do the swimming*, *Can I do the shopping trip?* / *can I do the shopping*. Only the
synset of *contest* and the kinds filed right under it (*race*, *championship*, *tournament*)
name the activity's event.

Session 36's enpara reading (*Do you clean the hob as well?* / *do u do the hob too*) took any
verb whose first sense is filed in ``verb.contact``, ``verb.change`` or ``verb.creation``, and
those files also hold the verbs that take the thing away, unmake it, end it or put another in
its place: *do the wallpaper* hangs it, *do the windows* cleans them.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question

GUARD = Guard()

#: a stage or a narrower kind of the contest, or an event that is no contest
EVENTS = [
    ("Can kids enter the swimming final?", "can kids do the swimming"),
    ("Can kids enter the swimming heat?", "can kids do the swimming"),
    ("Can kids enter the swimming relay?", "can kids do the swimming"),
    ("Can kids enter the running marathon?", "can kids do the running"),
    ("Can I do the shopping trip?", "can I do the shopping"),
    ("Do you do the wedding party?", "do you do the wedding"),
]  # fmt: skip

#: a verb that takes away, unmakes, ends or replaces the thing against the pro-verb do
TAKEN_AWAY = [
    ("Do you remove the wallpaper as well?", "do u do the wallpaper too"),
    ("Do you replace the windows as well?", "do you do the windows too"),
    ("Do you dismantle the shed as well?", "do you do the shed too"),
    ("Do you demolish the garage as well?", "do you do the garage too"),
    ("Do you break the contract?", "do you do the contract"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cosines(embedder: object) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, EVENTS, TAKEN_AWAY)


def test_a_stage_or_another_event_is_no_bare_question() -> None:
    """The reading keeps a stage, a narrower kind or an event that is no contest: the two
    prompts are not one bare question, either side round; the contest itself still is."""
    for cached, query in EVENTS:
        assert not bare_question(cached, query), (cached, query)
        assert not bare_question(query, cached), (cached, query)
    assert bare_question("Can kids enter the swimming race?", "can kids do the swimming")
    assert bare_question("Can kids enter the dancing competition?", "can kids do the dancing")
    assert bare_question("can kids do the boxing", "Can kids enter the boxing championship?")


def test_a_verb_that_takes_the_thing_away_is_no_pro_verb() -> None:
    """No bare question, either side round; a verb that works on the thing and leaves it
    there still is one (*clean*, *repair*, *repaint*)."""
    for cached, query in TAKEN_AWAY:
        assert not bare_question(cached, query), (cached, query)
        assert not bare_question(query, cached), (cached, query)
    assert bare_question("Do you clean the windows as well?", "do you do the windows too")
    assert bare_question("Can you repair the gate?", "can you do the gate")
    assert bare_question("do you do the shed too", "Do you repaint the shed as well?")


def test_the_wrong_pairs_are_refused(cosines: dict[tuple[str, str], float]) -> None:
    """Each pair reaches the threshold, and the guard refuses the short question against the
    long one with the trees' reason, never as a bare question."""
    for cached, query in EVENTS + TAKEN_AWAY:
        cosine = cosines[cached, query]
        assert cosine >= 0.75, (cached, query, cosine)
        verdict = GUARD.check(query, cached, "en", cosine, 0.75)
        assert not verdict.accept, (cached, query, verdict)
        assert verdict.reason.startswith("learned:"), (cached, query, verdict)
