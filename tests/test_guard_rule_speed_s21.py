"""Work the comparison no longer does, session 21: each cut against what it relies on, on
every pair of the golden sample (both orders) and on wordings written here.

- ``modifiers.en_measure_added``: the word-count test runs before the plural nouns are read
  as singulars (``_singular``, a WordNet look-up per plural word), which keeps the count;
- ``ja_time.clause_changed``: the cached prompt's events are read only when the query has
  some (the loop runs over the query's alone).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest
from guard_verdicts import sample

from yamabiko.guard import analyse
from yamabiko.guard.japanese import long_units
from yamabiko.guard.modifiers import en_words

modifiers = importlib.import_module("yamabiko.guard.modifiers")
ja_time = importlib.import_module("yamabiko.guard.ja_time")


def _texts(lang: str) -> list[tuple[str, str]]:
    found = []
    for _, _, query, cached, pair_lang, _ in sample():
        if (pair_lang or analyse(query, None).lang) == lang:
            found += [(query, cached), (cached, query)]
    return found


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[Any]:
    """Replace ``module.name`` by itself, recording each first argument it is called with."""
    calls: list[Any] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(first: Any, *rest: Any) -> Any:
        calls.append(first)
        return real(first, *rest)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_singulars_keep_the_word_count() -> None:
    """What the early count test relies on, on every English prompt of the sample."""
    texts = {t for pair in _texts("en") for t in pair}
    for text in texts:
        words = en_words(text)
        assert len(modifiers._singular(words)) == len(words), text
    assert len(texts) > 1000


def test_the_measure_rule_reads_singulars_only_for_counts_two_to_four_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counting(monkeypatch, modifiers, "_singular")
    rule = modifiers.en_measure_added.__wrapped__  # (its kept results left out)
    assert rule("How much is a course of antibiotics?", "How much are antibiotics?") == "course"
    assert len(calls) == 2
    calls.clear()
    assert rule("How much are the antibiotics?", "How much are antibiotics?") == ""
    assert rule("How much is a full course of the antibiotics?", "How much?") == ""
    assert calls == []  # one word apart, six apart: no measure noun with "of" to find


def _clause_changed_s20(query: str, cached: str) -> str:
    """``clause_changed`` as session 20 had it: both prompts' events read."""
    mine = {cue for cue in ja_time._CUES if cue in query}
    theirs = {cue for cue in ja_time._CUES if cue in cached}
    if mine == theirs and not mine & ja_time._TENSED:
        return ""
    x, y = long_units(query), long_units(cached)
    found, other_side = ja_time.events(x[1]), ja_time.events(y[1])
    for event, kind in found.items():
        other = other_side.get(event)
        if other is None or other == kind:
            continue
        if ja_time.differ(ja_time.RELATION.get(other, ""), ja_time.RELATION.get(kind, "")):
            return f"{event}:{ja_time._shown(other)}->{ja_time._shown(kind)}"
    return ""


def test_the_time_clause_rule_decides_as_before_on_every_japanese_pair() -> None:
    pairs = _texts("ja")
    found = [ja_time.clause_changed(q, c) for q, c in pairs]
    assert found == [_clause_changed_s20(q, c) for q, c in pairs]
    assert len(pairs) > 1000


def test_the_time_clause_rule_reads_the_cached_events_only_after_the_querys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counting(monkeypatch, ja_time, "events")
    assert ja_time.clause_changed("何時に開きますか？", "何時から開いていますか？") == ""
    assert len(calls) == 1  # the query places no event in time
    found = ja_time.clause_changed("食事の前に飲みますか？", "食事をしてから飲みますか？")
    assert found == "食事する:てから->前" and len(calls) == 3
