"""Session 29 (lateConvo): a promise in a reply to a remark after the thread ("We'll make sure
they come out beautifully!") acts on a thing of the thread only when its object is a noun (or a
word WordNet does not know, a name): the *sure* of *make sure* is an adjective, even when the
thread's assistant opened with "Sure." (``tails.promised_acts``). Before this change the
promise read *make* with the object *sure* and refused the history that adds the remark
(``history:tail-act:make``). A promise to act on a noun of the thread ("We'll move the firing
to Saturday.") is still an act. Probes written for these tests (domains no held-out set has),
with the real default embedder, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.tails import promised_acts


def kiln() -> list[tuple[str, str]]:
    """A kiln firing for a batch of mugs, in two exchanges (the assistant opens with Sure)."""
    return [
        ("Could I book a kiln firing for twelve mugs on Friday?",
         "Sure. A glaze firing or a bisque firing?"),
        ("Glaze, please.", "Noted: a glaze firing for twelve mugs on Friday."),
    ]  # fmt: skip


def harp() -> list[tuple[str, str]]:
    """A harp restrung, in two exchanges (the assistant opens with Sure)."""
    return [
        ("Can you restring my lever harp this month?", "Sure. Nylon or gut strings?"),
        ("Nylon, please.", "Noted: a full restring of your lever harp in nylon this month."),
    ]  # fmt: skip


PROBES = [
    ("en-kiln-make-sure", "small-talk", 1,
     [*kiln(), ("My students painted every one of these mugs.",
                "We'll make sure they come out beautifully!")],
     kiln()),
    ("en-harp-make-sure", "small-talk", 1,
     [*harp(), ("My grandmother played this harp at her wedding.",
                "We'll make sure it sounds as sweet as ever!")],
     harp()),
    # twin: the promise acts on a noun of the thread (the firing moved): still refused
    ("en-kiln-moved", "intent", 0,
     [*kiln(), ("The mugs won't be dry by then.", "We'll move the firing to Saturday.")],
     kiln()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_a_promise_acts_on_a_noun() -> None:
    """The object of a promise is a noun of the thread or a word WordNet does not know."""
    thread = frozenset({"sure", "a", "kiln", "firing", "for", "twelve", "mugs", "biltong"})
    assert not promised_acts("We'll make sure they come out beautifully!", thread)
    assert promised_acts("We'll move the firing to Saturday.", thread) == {"move"}
    assert promised_acts("I'll pack the biltong tonight.", thread) == {"pack"}
    assert promised_acts("We'll make sure the kiln is ready.", thread) == {"make"}
