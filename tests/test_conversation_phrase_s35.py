"""Session 35 (phrase): a fact said back on one side, said on the other in a phrase of its own,
compared by the cache's own embedder (:mod:`yamabiko.conversation.phrases`).

The step is off by default (``phrases.NEAR`` is None): the sweep over the 30 conversation sets
found no cut that keeps a reworded fact apart from its changed twin. These tests show that
the default leaves the fact step's refusal as it was, and read the step itself with the real
default embedder and matcher at a cut set for the test: a bike said by another kind's name
(*road* / *racing* bike, 0.70) served with its score in the reason, and a twin that names
another kind (*mountain* bike, 0.60) refused; a window holding a number is not read.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import phrases
from yamabiko.conversation.phrases import phrase_of, phrase_scores


def bike() -> list[tuple[str, str]]:
    """A bike service in one turn."""
    return [
        ("Can you service my road bike this Saturday?", "Yes: a road bike service this Saturday."),
    ]  # fmt: skip


def bike_reworded(kind: str = "racing") -> list[tuple[str, str]]:
    """A bike service in two turns, the bike named by ``kind``."""
    return [
        (f"I'd like my {kind} bike serviced.", "Sure. When would suit?"),
        ("This Saturday.", f"Noted: a {kind} bike service on Saturday."),
    ]  # fmt: skip


async def test_off_by_default(matcher) -> None:
    """No cut: the fact step refuses as before, whatever the phrases say."""
    assert phrases.NEAR is None
    for accept, reason in await both_ways(matcher, turns(*bike()), turns(*bike_reworded())):
        assert not accept and reason.startswith("history:facts-fact:"), reason


@pytest.mark.parametrize(("kind", "served"), [("racing", True), ("mountain", False)])
async def test_phrase_step_at_a_cut(matcher, monkeypatch, kind: str, served: bool) -> None:
    """At a cut of 0.65 the reworded bike is served by its phrases (``history:phrase:``) and
    the twin naming another kind is refused by the fact step."""
    monkeypatch.setattr(phrases, "NEAR", 0.65)
    for accept, reason in await both_ways(matcher, turns(*bike()), turns(*bike_reworded(kind))):
        assert accept == served, reason
        prefix = "history:phrase:" if served else "history:facts-fact:"
        assert reason.startswith(prefix), reason


def test_phrase_of(matcher) -> None:
    """A lost word with the content words around it, as the text writes them; nothing where
    the window holds a number or no text says the word."""
    units = matcher.comparer._turn_units
    road = next(u for u in units("Can you service my road bike?") if u.text == "road")
    assert phrase_of(road, ["Can you service my road bike?"], units) == "service road bike"
    assert phrase_of(road, ["I'd like 2 road bikes serviced."], units) == ""
    assert phrase_of(road, ["A tandem, please."], units) == ""
    japanese = "ヨガ教室は初心者でも大丈夫ですか？"
    beginner = next(u for u in units(japanese) if u.text == "初心")
    assert phrase_of(beginner, [japanese], units) == "教室初心大丈夫"  # the units: 者 is a suffix


def test_phrase_scores(matcher, embedder) -> None:
    """The lowest best cosine over the lost words; -1 where a phrase cannot be read."""
    units = matcher.comparer._turn_units
    embed = embedder.inner.embed_sync
    mine = ["Can you service my road bike?"]
    same = ["Could you service my road bike?"]
    road = next(u for u in units(mine[0]) if u.text == "road")
    other = [u for u in units(same[0]) if u.text == "road"]
    score = phrase_scores([[road], []], [mine, same], [other, []], units=units, embed=embed)
    assert score > 0.99
    assert phrase_scores([[road], []], [mine, same], [[], []], units=units, embed=embed) == -1.0
