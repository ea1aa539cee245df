"""Session 28 (lateConvo): a remark after the thread that tells a length of time in the
perfect ("She has been our manager for eighteen months.", "We've lived in this house for nine
years.") tells a past of its own, no length asked for: the history that adds it is served
against the one without it (:func:`~yamabiko.conversation.lengths.told_spans`, read by
``Structure._told_aside``). Probes written for these tests, with the real default embedder,
decided both ways round; each is refused by the code before this change
(``history:facts-named`` / ``history:facts-span``). A length said without a perfect ("Three
nights, then.") stays a value of the request (the unit test).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.lengths import told_spans


def cake() -> list[tuple[str, str]]:
    """A retirement cake ordered in two exchanges."""
    return [
        ("Can I order a retirement cake for 30 people for Friday 12 July?",
         "Of course. Sponge or fruit?"),
        ("Sponge, please.", "Ordered: a sponge retirement cake for 30 on 12 July."),
    ]  # fmt: skip


def mixer() -> list[tuple[str, str]]:
    """A cement mixer hired for two weeks."""
    return [
        ("Can I hire a cement mixer for two weeks from Monday 3 June?",
         "Of course. Petrol or electric?"),
        ("Electric, please.", "Booked: an electric cement mixer for two weeks from 3 June."),
    ]  # fmt: skip


PROBES = [
    ("en-cake-told-months", "small-talk", 1,
     [*cake(), ("She has been our manager for eighteen months.", "What a lovely send-off!")],
     cake()),
    ("en-mixer-told-years", "small-talk", 1,
     [*mixer(), ("We've lived in this house for nine years.", "Sounds like a big project!")],
     mixer()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_told_spans() -> None:
    assert told_spans("She's been with us twelve years.") == {("month", 12.0)}
    assert told_spans("We've lived here for 10 years.") == {("month", 10.0)}
    assert not told_spans("Three nights, then.")  # a length asked for
    assert not told_spans("I'd like it for two weeks.")
    assert not told_spans("She has a two-year-old.")  # an age, no length
