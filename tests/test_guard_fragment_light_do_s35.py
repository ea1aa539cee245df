"""Session 35 (lateEN): an event named by its activity and taken part in with the light verb
*do*, *Can teenagers enter the rowing race?* / *can teenagers do the rowing*
(:func:`yamabiko.guard.english_fragments.bare_question`).

The minimal-pair check accepted such a pair and the boosted trees refused it (``learned``,
0.41-0.54 on the session's base a67d8ed). The longer prompt is read without its event's noun
after the gerund (WordNet: a ``noun.event`` sense) and its verb of taking part (a synset of
*participate*) as *do*; the trees' refusal is then served as a bare question
(``fragment:<score>``). Another person, another activity, another day or a verb that takes no
part (*watch*) leave the pair to the checks and the trees.

Every pair is written here for the test (none is copied from a held-out set).
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question

GUARD = Guard()

#: the question and its *do the ACTIVITY* fragment: served both ways round (refused on a67d8ed)
SERVED = [
    ("Can teenagers enter the rowing race?", "can teenagers do the rowing", "en"),
    ("Is there a fee to enter the dancing competition?", "is there a fee to do the dancing",
     "en"),
    ("Can teenagers enter the rowing race on Sunday?", "can teenagers do the rowing on sunday",
     "en"),
]  # fmt: skip

#: another day: refused with the check's reason, both ways round
REFUSED = [
    ("Can teenagers enter the rowing race on Sunday?", "can teenagers do the rowing on saturday",
     "en", "date"),
]  # fmt: skip

#: another person, another activity, a verb that takes no part: still refused (the trees)
TWINS = [
    ("Can teenagers enter the rowing race?", "can adults do the rowing"),
    ("Can teenagers enter the rowing race?", "can teenagers do the sailing"),
    ("Can teenagers enter the rowing race?", "can teenagers watch the rowing"),
    ("Is there a fee to enter the dancing competition?", "is there a fee to watch the dancing"),
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


def test_the_event_noun_and_the_verb_of_taking_part_are_read() -> None:
    """A ``noun.event`` noun after the gerund is dropped and *enter* read as *do*, either side
    round; a noun that names no event (*pool*), a verb that takes no part (*watch*, *leave*) or a
    word more are not."""
    assert bare_question("Can teenagers enter the rowing race?", "can teenagers do the rowing")
    assert bare_question("can teenagers do the rowing", "Can teenagers enter the rowing race?")
    assert bare_question("Can kids enter the cycling tournament?", "can kids do the cycling")
    assert not bare_question("Can kids enter the swimming pool?", "can kids do the swimming")
    assert not bare_question("Can kids watch the rowing race?", "can kids do the rowing")
    assert not bare_question("Can kids leave the rowing race?", "can kids do the rowing")
    # session 36 (lateEN): the contest's noun is dropped whether or not *do* is said across
    assert bare_question("Can kids enter the rowing race?", "can kids enter the rowing")
    assert not bare_question("Can kids enter the rowing race?", "can kids do the rowing today")
