"""Session 36 review of session 35's lateEN reading (*Can kids enter the rowing race?* /
*can kids do the rowing*, :func:`yamabiko.guard.english_fragments.bare_question`).

The reading dropped any WordNet ``noun.event`` noun after the gerund, so a stage or a narrower
kind of a contest and an event that is no contest at all were dropped too, and the trees'
refusal of a different question was served as a bare question (``fragment:<score>``):
*Can kids enter the swimming final?* / *can kids do the swimming*, *... the swimming relay*,
*Can I do the shopping trip?* / *can I do the shopping*. Only the synset of *contest* and the
kinds filed right under it (*race*, *championship*, *tournament*) name the activity's event.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question

GUARD = Guard()

#: a stage or a narrower kind of the contest, or an event that is no contest: another question
#: (served as ``fragment:`` on base36 741f30f), refused again in both directions
WRONG = [
    ("Can kids enter the swimming final?", "can kids do the swimming"),
    ("Can kids enter the swimming heat?", "can kids do the swimming"),
    ("Can kids enter the swimming relay?", "can kids do the swimming"),
    ("Can kids enter the running marathon?", "can kids do the running"),
    ("Can I do the shopping trip?", "can I do the shopping"),
    ("Do you do the wedding party?", "do you do the wedding"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cosines(embedder: object) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, WRONG)


def test_a_stage_or_another_event_is_no_bare_question() -> None:
    """The reading keeps a stage, a narrower kind or an event that is no contest: the two
    prompts are not one bare question, either side round; the contest itself still is."""
    for cached, query in WRONG:
        assert not bare_question(cached, query), (cached, query)
        assert not bare_question(query, cached), (cached, query)
    assert bare_question("Can kids enter the swimming race?", "can kids do the swimming")
    assert bare_question("Can kids enter the dancing competition?", "can kids do the dancing")
    assert bare_question("can kids do the boxing", "Can kids enter the boxing championship?")


def test_the_wrong_pairs_are_refused(cosines: dict[tuple[str, str], float]) -> None:
    """Each pair reaches the threshold, and the guard refuses the short question against the
    long one with the trees' reason, never as a bare question."""
    for cached, query in WRONG:
        cosine = cosines[cached, query]
        assert cosine >= 0.75, (cached, query, cosine)
        verdict = GUARD.check(query, cached, "en", cosine, 0.75)
        assert not verdict.accept, (cached, query, verdict)
        assert verdict.reason.startswith("learned:"), (cached, query, verdict)
