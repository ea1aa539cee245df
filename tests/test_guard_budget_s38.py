"""Session 38: the guard's budget of CPU time per check (``guard/budget.py``).

A check given ``budget_ms`` reads the thread's CPU clock at its stage boundaries and, past the
budget, stops and refuses (``guard-budget``): the lookup misses and the model answers. The
budget is off unless asked for (the class's default, the verdict tests', ``yamabiko eval``'s and
``minpair_quality.py``'s), so every verdict the project measures is the same on a loaded
machine. These tests use the real guard (SudachiPy, WordNet, the word vectors, the default
models); a tiny budget (a microsecond) is past at the first checkpoint of any check, a huge one
(ten seconds) never on these pairs, so neither depends on the machine's speed. The pairs are
faq-pairs.jsonl's (the first tuning set): paraphrases the guard serves at cosine 0.85 and
minimal pairs and role swaps it refuses.
"""

from __future__ import annotations

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.config.cache import cache_settings
from yamabiko.config.settings import Settings
from yamabiko.errors import ConfigError, InvalidInputError
from yamabiko.guard import Guard
from yamabiko.guard.budget import REASON, check_budget, checkpoint
from yamabiko.guard.second_opinion import SecondOpinionGuard
from yamabiko.verify import default_verifier

TINY, HUGE = 0.001, 10_000.0

#: faq-pairs.jsonl: (cached, query, lang, the verdict's reason at cosine 0.85 without a budget)
SERVED = [
    ("How do I reset my password?", "I forgot my password, how can I reset it?", "en",
     "guard-ok"),
    ("How long does standard shipping take?", "How many days does standard delivery take?",
     "en", "learned-accept:0.92"),
    ("Can I pay in instalments?", "Is it possible to pay in installments?", "en", "guard-ok"),
    ("送料はいくらですか？", "配送料はいくらかかりますか？", "ja", "guard-ok"),
    ("荷物の配送状況を確認するには？", "荷物が今どこにあるか確認する方法は？", "ja",
     "learned-accept:0.99"),
]  # fmt: skip
REFUSED = [
    ("Can I take ibuprofen with coffee?", "Can I take ibuprofen with alcohol?", "en",
     "substitution:coffee->alcohol"),
    ("How do I move money from savings to checking?",
     "How do I move money from checking to savings?", "en", "roles:check<->sav"),
    ("早朝の便はありますか？", "深夜の便はありますか？", "ja", "substitution:早朝->深夜"),
    ("東京から大阪までの運賃は？", "大阪から東京までの運賃は？", "ja", "roles:大阪<->東京"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), SERVED + REFUSED)
def test_no_budget_and_a_huge_one_give_the_same_verdict(cached, query, lang, reason) -> None:
    """Without a budget (the default) and with one no check reaches, the same reason."""
    assert Guard().budget_ms is None
    assert Guard().check(query, cached, lang, 0.85).reason == reason
    huge = Guard(budget_ms=HUGE)
    assert huge.check(query, cached, lang, 0.85).reason == reason
    assert huge.counters()["guard:budget-refused"] == 0


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), SERVED + REFUSED)
def test_a_tiny_budget_refuses_every_check(cached, query, lang, reason) -> None:
    """Past its budget a check refuses with ``guard-budget`` whatever it would have said, and
    the refusal is counted."""
    tiny = Guard(budget_ms=TINY)
    verdict = tiny.check(query, cached, lang, 0.85)
    assert (verdict.accept, verdict.reason) == (False, REASON)
    assert tiny.counters()["guard:budget-refused"] == 1


def test_identical_prompts_are_served_before_any_checkpoint() -> None:
    """The same text is served at once (no stage runs), whatever the budget."""
    assert Guard(budget_ms=TINY).check("Can I pay in instalments?", "Can I pay in instalments?",
                                       "en").reason == "identical"  # fmt: skip


def test_a_nested_check_spends_its_callers_budget() -> None:
    """A polite frame read again (*would you mind telling me* / *can you tell me*: session
    37's pair) is checked by a nested check: its refusal is the outer check's, counted once,
    not ``polite-frame:guard-budget``."""
    cached = "Can you tell me how much the sofa reupholstering costs?"
    query = "Would you mind telling me how much the armchair reupholstering costs?"
    found = Guard().check(query, cached, "en", 0.85).reason
    assert found == "polite-frame:substitution:sofa->armchair"
    tiny = Guard(budget_ms=TINY)
    assert tiny.check(query, cached, "en", 0.85).reason == REASON
    assert tiny.counters()["guard:budget-refused"] == 1


def test_checkpoint_outside_a_budgeted_check_does_nothing() -> None:
    checkpoint()  # (no check running: no budget to pass)
    assert Guard().counters() == {"guard:wordnet": Guard().counters()["guard:wordnet"]}


@pytest.mark.parametrize("value", [0, -1, 20_000, True, "2"])
def test_a_budget_must_be_a_positive_number_of_milliseconds(value) -> None:
    with pytest.raises(InvalidInputError, match="milliseconds"):
        Guard(budget_ms=value)
    assert check_budget(None) is None and check_budget(2) == 2.0


def test_the_default_verifier_takes_a_budget() -> None:
    assert default_verifier().budget_ms is None  # type: ignore[attr-defined]
    assert default_verifier(budget_ms=2.5).budget_ms == 2.5  # type: ignore[attr-defined]
    second = default_verifier(second_opinion=True, budget_ms=3)
    assert isinstance(second, SecondOpinionGuard) and second.budget_ms == 3.0


def test_the_cache_setting_guard_budget_ms() -> None:
    """``[cache] guard_budget_ms`` and ``YAMABIKO_GUARD_BUDGET_MS``: unset is no budget; a
    value builds the cache's guard with it; anything but a positive number is an error."""
    assert cache_settings({}, {}).guard_budget_ms is None
    assert cache_settings({"guard_budget_ms": 2.5}, {}).guard_budget_ms == 2.5
    assert cache_settings({}, {"YAMABIKO_GUARD_BUDGET_MS": "3"}).guard_budget_ms == 3.0
    with pytest.raises(ConfigError, match="guard_budget_ms"):
        cache_settings({"guard_budget_ms": "-1"}, {})
    built = Settings(cache=cache_settings({"guard_budget_ms": 2.5}, {})).build_cache()
    assert isinstance(built.verifier, Guard) and built.verifier.budget_ms == 2.5
    plain = Settings(cache=cache_settings({}, {})).build_cache()
    assert isinstance(plain.verifier, Guard) and plain.verifier.budget_ms is None


async def test_a_lookup_past_the_budget_misses_and_is_counted(tmp_path, embedder) -> None:
    """Inside a real lookup: the guard's refusal for its budget is a miss,
    ``rejected:guard-budget``, and the cache's counters say how many there were; without a
    budget the same paraphrase is served."""
    cached, query = SERVED[0][0], SERVED[0][1]
    for budget, reason in ((None, "hit"), (TINY, "rejected:guard-budget")):
        guard = Guard(budget_ms=budget)
        path = tmp_path / f"{budget}.sqlite3"
        async with AsyncSemanticCache(embedder, path=path, verifier=guard) as cache:
            await cache.store(cached, "Use the reset link on the sign-in page.")
            lookup = await cache.probe(query)
            assert lookup.reason == reason
            counters = cache.counters()
            assert counters.get("guard:budget-refused") == (None if budget is None else 1)
