"""Helpers of the conversation-matching tests: turns written as (user, reply) pairs, and one
comparison of two histories through ``ConversationMatcher`` (cached side first), as a lookup
makes it."""

from __future__ import annotations

from collections.abc import Mapping

from yamabiko.conversation import ConversationMatcher, History
from yamabiko.guard.analysis import AnalysisCache


def turns(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    """Messages of a conversation given as (user text, assistant reply) pairs."""
    out = []
    for user, reply in pairs:
        out += [("user", user), ("assistant", reply)]
    return out


def messages(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    """The same conversation as chat messages (``{"role", "content"}``), as a library
    caller passes it in ``context={"history": ...}``."""
    return [{"role": role, "content": text} for role, text in turns(*pairs)]


async def compare(
    matcher: ConversationMatcher, cached: list, query: list, follow_up: str = ""
) -> tuple[bool, str]:
    """(accept, reason) of ``query``'s history against the stored record of ``cached``'s,
    before the question ``follow_up`` (empty: not known)."""
    stored: History = await matcher.build(cached)
    asked: History = await matcher.build(query)
    verdict = matcher.compare(asked, stored.to_json(), follow_up)
    return verdict.accept, verdict.reason


async def both_ways(
    matcher: ConversationMatcher, a: list, b: list, follow_up: str = ""
) -> list[tuple[bool, str]]:
    """The comparison with ``a`` cached and with ``b`` cached (before ``follow_up``)."""
    return [await compare(matcher, a, b, follow_up), await compare(matcher, b, a, follow_up)]


async def assert_probe(
    matcher: ConversationMatcher, probe: tuple, reasons: Mapping[str, str] | None = None
) -> None:
    """A probe ``(name, kind, label, a, b)`` decided as its label says with either side
    cached, and with the reason ``reasons`` gives for its name (a prefix), if any."""
    name, kind, label, a, b = probe
    for accept, reason in await both_ways(matcher, turns(*a), turns(*b)):
        assert accept == bool(label), (kind, reason)
        if reasons and name in reasons:
            assert reason.startswith(reasons[name]), reason


async def assert_known_miss(matcher: ConversationMatcher, probe: tuple) -> None:
    """A known miss ``(name, kind, label, a, b)`` decided against its label both ways round
    (when one starts passing, move it out of its file's known misses)."""
    _name, _kind, label, a, b = probe
    for accept, _reason in await both_ways(matcher, turns(*a), turns(*b)):
        assert accept != bool(label)


def text_analysis():
    """A text's analysis, through an :class:`AnalysisCache` of its own."""
    cache = AnalysisCache(256)
    return lambda text: cache.get(text, None)


def party_order(thing: str, turns_: int) -> list[tuple[str, str]]:
    """An order of ``thing`` for a party, stated in one turn or asked for in two."""
    if turns_ == 1:
        return turns((f"I'd like to order {thing} for the party on Saturday 14 June.",
                      f"Ordered: {thing} for the party on Saturday 14 June."))  # fmt: skip
    return turns(
        (f"We're having a party and I'd like {thing}, please.", "Lovely. When is it for?"),
        ("It's Saturday 14 June.", f"Ordered: {thing} for the party on Saturday 14 June."),
    )
