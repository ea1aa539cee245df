"""Two histories that do not line up, compared by the facts that matter for the question.

A thread said in other words rarely lines up exchange by exchange: one side gives the plan,
the date and the party size in one turn, the other in three answers to the assistant's
questions, in other words ("seven-night" / "7-nighter", 小４ / 小学四年生). Then
:mod:`yamabiko.conversation_match` cannot pair the turns (``history:topic``,
``history:extra``) and the turn rules, made for minimal pairs, do not apply. What a
follow-up question depends on is what the user *stated*: names, numbers, dates, people and
other key nouns, a reversal, and the facts the assistant confirmed. :func:`compare_stated`
compares those, each side against everything the other side states (its user turns and the
sentences of its replies that ask nothing: an assistant's offer, "30 minutes or an hour?",
says both options without choosing one). The first check that fails names what differed
(``history:facts-<check>``):

1. ``named``: every number and name a user states is said on the other side (the same
   word, an equivalent word by the guard's minimal-pair check, or a number of the same
   value, number words inside compounds included: "three-bedroom" says 3).
2. ``date``: every date a user states is said on the other side.
3. ``person``: every word of the guard's categories (family members, animals, vehicles,
   subjects, ...) that a user states is said on the other side ("for my daughter" on one side
   only is another person).
4. ``answer``: a yes or a no (by the written short answers; a negated turn is a no) on one
   side only.
5. intent: a reversal on one side only (:func:`~yamabiko.conversation_intent.compare_intents`).
6. ``fact``: every content word a user said and the assistant repeated back is said on the
   other side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .conversation_history import Exchange
from .conversation_intent import compare_intents
from .conversation_smalltalk import asks
from .guard import lexicon as lx
from .guard.analysis import AnalysisCache
from .guard.facts import Analysis
from .guard.relations import category_members, unmatched
from .guard.units import Unit
from .models import Verdict

__all__ = ["compare_stated", "stated", "strict_minimal_pair", "unit_names"]

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z]+")


def stated(side: Sequence[Exchange]) -> list[str]:
    """What one side states: its user turns and the sentences of its replies that ask
    nothing (an offer of options or a question states no choice)."""
    out = []
    for x in side:
        if x.user:
            out.append(x.user)
        out += [s.strip() for s in _SENTENCE.findall(x.reply) if s.strip() and not asks(s)]
    return out


def compare_stated(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    *,
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
    said_back: Callable[[Sequence[Exchange]], list[Unit]],
    analyse: Callable[[str], Analysis],
    polarity: Callable[[Exchange], int],
) -> Verdict:
    """Do ``q`` and ``c`` state the same facts (see the module docstring)? ``units``: a
    text's minimal-pair units; ``unsaid``: my units that the other side's units never say;
    ``said_back``: a side's user words its replies repeat; ``analyse``: a text's cached guard
    analysis; ``polarity``: -1 for an exchange whose user turn is a "no"."""
    said = {id(side): stated(side) for side in (q, c)}
    everything = {key: [u for text in texts for u in units(text)] for key, texts in said.items()}
    for mine, theirs in ((q, c), (c, q)):
        users = [x.user for x in mine if x.user]
        their_text, their_units = said[id(theirs)], everything[id(theirs)]
        values = _values(their_text, analyse)
        named = [u for text in users for u in _named(units(text), analyse(text))]
        lost = [u for u in unsaid(named, their_units) if _value(u) not in values]
        if lost:
            return Verdict(False, f"history:facts-named:{unit_names(lost)}")
        dates = {d for text in users for d in analyse(text).dates}
        if dates - {d for text in their_text for d in analyse(text).dates}:
            return Verdict(False, "history:facts-date")
        if _categories(users, analyse) - _categories(their_text, analyse):
            return Verdict(False, "history:facts-person")
        if _answers(mine, analyse, polarity) - _answers(theirs, analyse, polarity):
            return Verdict(False, "history:facts-answer")
    found = compare_intents(
        [x.user for x in q if x.user], [x.user for x in c if x.user],
        said[id(q)], said[id(c)], analyse,
    )  # fmt: skip
    if not found.accept:
        return found
    for mine, theirs in ((q, c), (c, q)):
        lost = unsaid(said_back(mine), everything[id(theirs)])
        if lost:
            return Verdict(False, f"history:facts-fact:{unit_names(lost)}")
    return Verdict(True, "history:same")


def _named(found: Iterable[Unit], analysis: Analysis) -> list[Unit]:
    """The units of a turn that are numbers or names (the analysis' strong words)."""
    strong = {s.lower() for s in analysis.strong}
    return [u for u in found if u.kind == "number" or u.key.lower() in strong
            or u.text.lower() in strong]  # fmt: skip


def _values(texts: Iterable[str], analyse: Callable[[str], Analysis]) -> set[float]:
    """Every number the texts say: the analysis' numbers, digits inside words (7-nighter,
    小４) and number words inside compounds (three-bedroom, two-person)."""
    out: set[float] = set()
    for text in texts:
        out.update(analyse(text).numbers)
        out.update(float(d) for d in _DIGITS.findall(text))
        out.update(
            float(lx.EN_NUMBER_WORDS[w])
            for w in _WORD.findall(text.lower())
            if w in lx.EN_NUMBER_WORDS
        )
    return out


def _value(unit: Unit) -> float | None:
    """The value of a number unit (``#7``), None for any other unit."""
    if unit.kind != "number":
        return None
    try:
        return float(unit.key.lstrip("#"))
    except ValueError:
        return None


def _categories(texts: Iterable[str], analyse: Callable[[str], Analysis]) -> set[str]:
    """The members of the guard's categories (family, animals, vehicles, ...) the texts say."""
    return {member for text in texts for member in category_members(analyse(text))}


def _answers(
    side: Sequence[Exchange],
    analyse: Callable[[str], Analysis],
    polarity: Callable[[Exchange], int],
) -> set[int]:
    """The kinds of answer the side's user turns give: 1 for a yes, -1 for a no or a negated
    turn."""
    out = {polarity(x) for x in side if x.user} - {0}
    if any(x.user and analyse(x.user).negations for x in side):
        out.add(-1)
    return out


def unit_names(found: Sequence[Unit]) -> str:
    """The units' texts joined by ``+`` (for a miss reason)."""
    return "+".join(u.text for u in found)


def strict_minimal_pair(
    analyses: AnalysisCache[Analysis], first: str, second: str, max_changes: int
) -> Verdict:
    """Two texts that share words and differ in at most ``max_changes`` content words on each
    side must not differ at all (every changed word counts)."""
    if first == second:
        return Verdict(True)
    a, b = analyses.get(first, None), analyses.get(second, None)
    only_a, only_b = unmatched(a.content, b.content), unmatched(b.content, a.content)
    shared = set(a.content) & set(b.content)
    if not shared or len(only_a) > max_changes or len(only_b) > max_changes:
        return Verdict(True)  # reworded throughout: not a minimal pair
    if only_a and only_b:
        return Verdict(False, f"substitution:{min(only_a)}->{min(only_b)}")
    if only_a or only_b:
        return Verdict(False, f"insertion:{min(only_a or only_b)}")
    return Verdict(True)
