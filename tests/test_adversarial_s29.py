"""Session 29's own minimal pairs in new shapes (``tests/data/adversarial_s29.jsonl``): the set
itself, the story of a body part or a state of health that is now refused (English), and the
shapes the guard already refused when the set was written, as regression. Pairs here are
written for this test (not the set's and not a held-out set's); the real guard, both orders."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.story_events import health_nouns, story_event

DATA = Path(__file__).parent / "data" / "adversarial_s29.jsonl"

#: (story prompt, bare question, the noun the reason names): a happening to the asker's body
#: or health, told before a question of permission or suitability
EVENTS = [
    ("I sprained my ankle at the weekend; can I still do the salsa class tonight?",
     "Can I still do the salsa class tonight?", "ankle"),
    ("My daughter had an operation in March, so can she join the junior rowing squad?",
     "Can she join the junior rowing squad?", "operation"),
    ("I came down with a fever on Tuesday - is it okay to keep my spa booking?",
     "Is it okay to keep my spa booking?", "fever"),
]  # fmt: skip

#: (story prompt, bare question): an event that is no body part or state of health
BACKGROUND = [
    ("I booked a table for eight last week; can I change the time?",
     "Can I change the time of my booking?"),
    ("My sister recommended your studio, so can I book a trial lesson?",
     "Can I book a trial lesson?"),
]  # fmt: skip

#: shapes the guard refused when the set was written (session 29): only / also, except /
#: including, at least / at most, a refund / a charge, 以上 / 未満, てから / る前に, でも / だけ
REFUSED = [
    ("Do you only stock left-handed guitars?", "Do you also stock left-handed guitars?"),
    ("Is the gallery free every day except Monday?",
     "Is the gallery free every day including Monday?"),
    ("Is the canoe trip at least three hours?", "Is the canoe trip at most three hours?"),
    ("Do you refund the booking fee if it snows?", "Do you charge the booking fee if it snows?"),
    ("Will my own sandwiches be allowed in the stadium?",
     "Will my own sandwiches be banned in the stadium?"),
    ("貸しボートは十二歳以上が乗れますか", "貸しボートは十二歳未満が乗れますか"),
    ("天ぷらは衣をつけてから冷やしますか", "天ぷらは衣をつける前に冷やしますか"),
    ("日曜日でも窓口は開いていますか", "日曜日だけ窓口は開いていますか"),
]  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard."""
    return Guard()


def test_set_sizes_and_shapes() -> None:
    """At least 60 minimal pairs and 12 paraphrases per language, no pair twice, and no text
    repeated from a set under benchmarks/data."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    sizes = Counter((r["lang"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert sizes[(lang, "minimal-pair")] >= 60
        assert sizes[(lang, "paraphrase")] >= 12
    pairs = [(r["a"], r["b"]) for r in rows]
    assert len(set(pairs)) == len(pairs)
    assert all(r["label"] == (r["kind"] == "paraphrase") for r in rows)
    older = set()
    for path in (Path(__file__).parent.parent / "benchmarks" / "data").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            older.update(v for k, v in row.items() if k in ("a", "b") and isinstance(v, str))
    assert not older & {t for pair in pairs for t in pair}


@pytest.mark.parametrize(("story", "bare", "noun"), EVENTS)
def test_health_story_refused(guard: Guard, story: str, bare: str, noun: str) -> None:
    """Refused both ways at a cosine in the serving band, naming the body part or state."""
    assert story_event(story, bare, "en") == f"story-event:{noun}"
    for query, cached in ((story, bare), (bare, story)):
        verdict = guard.check(query, cached, similarity=0.85, threshold=0.75)
        assert not verdict.accept
        assert verdict.reason.startswith(("story-event:", "story-condition:"))


@pytest.mark.parametrize(("story", "bare"), BACKGROUND)
def test_background_event_kept(guard: Guard, story: str, bare: str) -> None:
    """An event with no body part or state of health is not refused for it."""
    assert story_event(story, bare, "en") == ""
    for query, cached in ((story, bare), (bare, story)):
        verdict = guard.check(query, cached, similarity=0.85, threshold=0.75)
        assert not verdict.reason.startswith("story-event:")


def test_health_nouns_read_wordnet() -> None:
    """Body parts and states after a possessive or an article; not other nouns."""
    assert health_nouns("I hurt my knee and caught a cold") == ["knee", "cold"]
    assert health_nouns("I lost my ticket and my car broke down") == []


@pytest.mark.parametrize(("a", "b"), REFUSED)
def test_new_shapes_already_refused(guard: Guard, a: str, b: str) -> None:
    """Minimal pairs of the set's shapes the guard refused before this session's rule."""
    for query, cached in ((a, b), (b, a)):
        assert not guard.check(query, cached, similarity=0.9, threshold=0.75).accept
