"""The borderline band, the LLM judge (through the fake upstream over real HTTP), alias
promotion and learned thresholds, on both stores, with the real embedder."""

from __future__ import annotations

import pytest
from servers import free_port

from yamabiko import AsyncSemanticCache
from yamabiko.embedders import USEMultilingual
from yamabiko.errors import ConfigError, InvalidInputError
from yamabiko.models import Evidence
from yamabiko.stores.local import LocalStore
from yamabiko.testing.fake_upstream import start_fake_upstream
from yamabiko.verify import JudgeBudget, LLMJudge, Review, learned_threshold
from yamabiko.verify.config import build_review
from yamabiko.verify.judge import FORMATS, parse_verdict
from yamabiko.verify.learned import confirmations_needed

CACHED = "How do I reset my password?"
ANSWER = "Open Settings, then Account, then Reset password."
PARA = "Help, I forgot my password. Reset?"  # cosine ~0.83 to CACHED: in the band
CLOSE = "What is the way to reset a password?"  # cosine ~0.90 to CACHED: a hit at 0.90
REWORDED = "I forgot my password, how can I change it?"  # ~0.82; a 1-for-2 word change
BEDROCK_KEYS = {"access_key_id": "AKIDJUDGETEST", "secret_access_key": "judge-test-secret"}
#: These tests put the band at [0.75, 0.90): the global threshold they were written for.
GLOBAL = 0.90


@pytest.fixture(scope="module")
def fake():
    server = start_fake_upstream()
    yield server
    server.stop()


def judge_at(fake, fmt: str = "openai", **options) -> LLMJudge:
    url = fake.url + "/v1" if fmt == "openai" else fake.url
    if fmt == "bedrock":  # signed; this fake does not check signatures (test_judge_bedrock does)
        options.setdefault("aws", {"region": "us-east-1", **BEDROCK_KEYS})
    return LLMJudge(url, "judge-model", format=fmt, price_per_1k_tokens=0.5, **options)


async def twin(store, request):
    """The same store opened a second time, as another process would."""
    from yamabiko.stores.postgres import PostgresStore
    from yamabiko.stores.valkey import ValkeyStore

    if isinstance(store, LocalStore):
        other = LocalStore(store.path)
    elif isinstance(store, PostgresStore):
        other = PostgresStore(store.url, table=store.table, timeout=2.0)
    else:
        assert isinstance(store, ValkeyStore)
        other = ValkeyStore(store.url, prefix=store.prefix, cluster=store.is_cluster, timeout=2.0)
    await other.open(USEMultilingual.name, 512)
    return other


# -- the estimator -----------------------------------------------------------------------------


def ev(similarity: float, correct: bool = True) -> Evidence:
    return Evidence(similarity, correct, "judge", 0.0)


def test_learned_threshold_drops_only_with_enough_confirmations_and_tightens_on_a_wrong_hit():
    g, floor = 0.90, 0.75
    assert learned_threshold([], g, floor=floor, max_error_rate=0.01).source == "global"
    assert confirmations_needed(0.01) == 98 and confirmations_needed(0.05) == 18
    few = [ev(0.82 + i * 0.001) for i in range(17)]
    assert learned_threshold(few, g, floor=floor, max_error_rate=0.05).value == g
    enough = [*few, ev(0.85)]
    learned = learned_threshold(enough, g, floor=floor, max_error_rate=0.05)
    assert (learned.value, learned.source, learned.n) == (0.85, "learned", 18)
    assert str(learned) == "threshold=0.85 source=learned n=18"
    # a wrong verdict inside the band counts against every threshold above it
    assert (
        learned_threshold([*enough, ev(0.80, False)], g, floor=floor, max_error_rate=0.05).value
        == g
    )
    # evidence below the band's floor is ignored
    assert (
        learned_threshold([ev(0.5, False), *enough], g, floor=floor, max_error_rate=0.05).value
        == 0.85
    )
    # a hit reported wrong at 0.95 raises the entry's threshold above it
    tight = learned_threshold([*enough, ev(0.95, False)], g, floor=floor, max_error_rate=0.05)
    assert tight.value == pytest.approx(0.955) and tight.source == "learned"


def test_verdict_parsing_fails_closed():
    assert parse_verdict('{"verdict": "yes"}') is True
    assert parse_verdict('Sure. {"verdict":"NO"}') is False
    assert parse_verdict("Yes.") is True
    for unclear in ("", "maybe", "yes and no", '{"verdict": "perhaps"}'):
        assert parse_verdict(unclear) is None


def test_bad_settings_get_clear_errors():
    with pytest.raises(InvalidInputError, match="verify mode"):
        Review(mode="later")
    with pytest.raises(InvalidInputError, match="needs a verifier"):
        Review(mode="sync")
    with pytest.raises(InvalidInputError, match="max_error_rate"):
        Review(max_error_rate=1.5)
    with pytest.raises(InvalidInputError, match="share_of_misses"):
        JudgeBudget(share_of_misses=0)
    with pytest.raises(InvalidInputError, match="judge format"):
        LLMJudge("http://127.0.0.1:1/v1", "m", format="cohere")
    with pytest.raises(ConfigError, match="unknown settings"):
        build_review({"verify_form": 0.8})
    with pytest.raises(ConfigError, match="not set"):
        build_review({"judge": {"url": "http://x/v1", "model": "m", "api_key_env": "NOPE"}}, env={})
    review = build_review(
        {"verify_from": 0.8, "mode": "sync", "judge": {"url": "http://x/v1", "model": "m"}}
    )
    assert review is not None and review.mode == "sync" and review.verifier.model == "m"
    assert build_review({"learn": True}).mode is None  # no judge: thresholds from feedback only


# -- the band through a real cache ---------------------------------------------------------------


async def test_async_judge_promotes_an_alias_linked_for_invalidation(store_factory, embedder, fake):
    fake.app.judge_labels = {(CACHED, PARA): True}
    store = await store_factory()
    review = Review(judge_at(fake), verify_from=0.75)
    cache = AsyncSemanticCache(embedder, store, review=review, ttl=600, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER, tags=["faq"])
    calls = len(fake.app.calls)
    first = await cache.probe(PARA)
    assert first.hit is None and first.reason == "verifying"
    assert first.threshold is not None and first.threshold.source == "global"
    await review.drain()
    assert len(fake.app.calls) == calls + 1
    sent = fake.app.calls[-1]["body"]["messages"][0]["content"]
    assert CACHED in sent and ANSWER in sent and PARA in sent
    again = await cache.probe(PARA)
    assert again.hit is not None and again.hit.response == ANSWER
    alias = again.hit.entry
    assert alias.metadata["alias_of"] == entry.id and alias.prompt == PARA
    assert alias.expires_at == pytest.approx(entry.expires_at) and alias.tags == ("faq",)
    rows = (await store.evidence([entry.id]))[entry.id]
    assert [(r.source, r.correct, r.ref) for r in rows] == [("alias", True, alias.id)]
    counters = cache.counters()
    assert counters["verify:promoted"] == 1 and counters["judge:calls"] == 1
    assert counters["judge:tokens_in"] > 0 and counters["judge:cost"] > 0
    # the alias goes with its entry
    assert await cache.invalidate(id=entry.id) == 2
    assert (await cache.probe(PARA)).reason != "hit"
    await review.aclose()


async def test_judge_no_teaches_a_wrong_verdict_and_the_budget_caps_calls(
    store_factory, embedder, fake
):
    fake.app.judge_labels = {}
    store = await store_factory()
    review = Review(judge_at(fake), verify_from=0.75, budget=JudgeBudget(calls_per_minute=1))
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER)
    assert (await cache.probe(PARA)).reason == "verifying"
    await review.drain()
    rows = (await store.evidence([entry.id]))[entry.id]
    assert [(r.source, r.correct) for r in rows] == [("judge", False)]
    second = await cache.probe(PARA)  # the entry is known wrong here: not judged again
    assert second.hit is None and second.reason == "below-threshold"
    other = {"namespace": "other"}  # the same question as another entry, without evidence
    await cache.store(CACHED, ANSWER, context=other)
    third = await cache.probe(PARA, context=other)
    assert third.hit is None and third.reason == "below-threshold"  # over budget
    counters = cache.counters()
    assert counters["verify:no"] == 1 and counters["verify:known_wrong"] == 1
    assert counters["verify:budget_exhausted"] == 1
    assert counters.get("verify:promoted", 0) == 0
    await review.aclose()


@pytest.mark.parametrize("fmt", FORMATS)
async def test_sync_mode_serves_what_the_judge_accepts_in_each_format(
    tmp_path, embedder, fake, fmt
):
    fake.app.judge_labels = {(CACHED, PARA): True}
    budget = JudgeBudget(share_of_misses=1.0, burst=5)
    review = Review(judge_at(fake, fmt), verify_from=0.75, mode="sync", budget=budget)
    cache = AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", review=review, min_similarity=GLOBAL
    )
    entry = await cache.store(CACHED, ANSWER)
    found = await cache.probe(PARA)
    assert found.hit is not None and found.hit.entry.id == entry.id
    assert found.hit.verdict.reason == "judge" and found.timings.verify_ms > 0
    assert cache.counters()["verify:yes"] == 1
    fake.app.judge_labels = {}
    other = await cache.probe("Help, I lost my password. Reset?")
    assert other.hit is None and other.reason == "rejected:judge"
    await cache.close()


async def test_sync_mode_records_its_verdicts_on_both_stores(store_factory, embedder, fake):
    fake.app.judge_labels = {(CACHED, PARA): True}
    store = await store_factory()
    review = Review(judge_at(fake, "gemini"), verify_from=0.75, mode="sync")
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER)
    found = await cache.probe(PARA)
    assert found.hit is not None and found.hit.verdict.reason == "judge"
    rows = (await store.evidence([entry.id]))[entry.id]
    assert [(r.source, r.correct) for r in rows] == [("judge", True)]
    assert rows[0].similarity == pytest.approx(found.hit.similarity)
    await review.aclose()


async def test_judge_down_or_slow_is_no_verdict_and_never_breaks_the_lookup(
    tmp_path, embedder, fake
):
    down = LLMJudge(f"http://127.0.0.1:{free_port()}/v1", "judge-model", timeout_s=2.0)
    review = Review(down, verify_from=0.75, mode="sync", budget=JudgeBudget(burst=5))
    cache = AsyncSemanticCache(
        embedder, path=tmp_path / "d.sqlite3", review=review, min_similarity=GLOBAL
    )
    entry = await cache.store(CACHED, ANSWER)
    found = await cache.probe(PARA)
    assert found.hit is None and found.reason == "rejected:judge-error"
    review.mode = "async"
    assert (await cache.probe(PARA)).reason == "verifying"
    await review.drain()
    assert await cache.backend.evidence([entry.id]) == {}  # no verdict teaches nothing
    assert cache.counters()["judge:errors"] == 2
    fake.app.judge_labels = {(CACHED, PARA): True}
    fake.app.latency = 1.0
    try:
        slow = Review(judge_at(fake, timeout_s=0.2), verify_from=0.75, mode="sync")
        cache.review = slow
        found = await cache.probe(PARA)  # the fake would say yes after 1 s
        assert found.reason == "rejected:judge-timeout"
    finally:
        fake.app.latency = 0.0
    await slow.aclose()
    await cache.close()


async def test_learned_thresholds_from_feedback_are_shared_and_survive_a_restart(
    store_factory, embedder, request
):
    store = await store_factory()
    review = Review(verify_from=0.75, max_error_rate=0.05)  # no judge: feedback teaches
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER)
    before = await cache.probe(PARA)
    assert before.hit is None and str(before.threshold) == "threshold=0.90 source=global n=0"
    for i in range(18):  # 18 confirmations without a wrong one: the bound allows 0.05
        assert await cache.feedback(entry.id, correct=True, similarity=0.80 + i * 0.001)
    other = await twin(store, request)
    try:
        elsewhere = AsyncSemanticCache(
            embedder,
            other,
            review=Review(verify_from=0.75, max_error_rate=0.05),
            min_similarity=GLOBAL,
        )
        hit = await elsewhere.probe(PARA)
        assert hit.hit is not None and hit.hit.entry.id == entry.id
        assert hit.threshold.source == "learned" and hit.threshold.n == 18
        assert hit.threshold.value == pytest.approx(0.817, abs=1e-3)
        assert elsewhere.counters()["verify:learned_hits"] == 1
        # one hit reported wrong at its similarity: the entry stops serving there
        assert await elsewhere.feedback(entry.id, correct=False, similarity=hit.hit.similarity)
        assert (await cache.probe(PARA)).hit is None
        # a wrong hit above the global threshold tightens the entry for everyone
        close = await cache.probe(CLOSE)
        assert close.hit is not None
        await cache.feedback(entry.id, correct=False, similarity=close.hit.similarity)
        after = await elsewhere.probe(CLOSE)
        assert after.hit is None and after.threshold.value > close.hit.similarity
        assert (await elsewhere.probe(CACHED)).hit is not None  # the exact question still hits
    finally:
        await other.close()
    with pytest.raises(InvalidInputError, match="similarity"):
        await cache.feedback(entry.id, correct=True, similarity=2)
    assert not await cache.feedback("no-such-entry", correct=True, similarity=0.9)


# -- through the gateway -------------------------------------------------------------------------


def test_gateway_answers_at_once_promotes_in_the_background_and_takes_feedback(embedder, tmp_path):
    import dataclasses

    import httpx
    from gateway_support import running_stack, wait_for

    from yamabiko.guard import Guard

    def chat(url, text):
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
        return httpx.post(f"{url}/v1/chat/completions", json=body, timeout=120)

    def promoted() -> int:
        stats = httpx.get(f"{stack.url}/yamabiko/stats", headers=stack.admin_headers, timeout=60)
        return stats.json()["verify"].get("verify:promoted", 0)

    # generous budgets: a loaded machine must not turn the lookups into store timeouts
    budgets = {"lookup_budget": 60.0, "write_budget": 60.0}
    with running_stack(embedder, tmp_path, cache_options=budgets) as stack:
        # the judge is this stack's fake upstream; its verdict is held until the test says
        judge = LLMJudge(
            stack.fake_server.url + "/v1",
            "judge-model",
            headers={"X-Fake-Hold": "verdict"},
            timeout_s=300,
        )
        cache = stack.app.cache
        cache.defaults = dataclasses.replace(cache.defaults, min_similarity=GLOBAL)
        # this test is about the band, not the guard: the rules without the minimal-pair
        # check, which would reject reset -> forgot + change before the judge sees it
        cache.matcher.verifier = Guard([c for c in Guard.CHECKS if c != "minpair"])
        stack.app.cache.review = Review(judge, verify_from=0.75)
        stack.app.cache.review.use_client(stack.app.upstream().client)  # as at start-up
        assert judge._client is stack.app.upstream().client and not judge._own_client
        stack.fake.judge_labels = {(CACHED, REWORDED): True}
        assert chat(stack.url, CACHED).headers["x-yamabiko-cache"] == "miss"
        judged = stack.fake.calls_to("/chat/completions")
        miss = chat(stack.url, REWORDED)
        # answered while the verdict is held at the upstream: it was not waited for
        assert miss.headers["x-yamabiko-cache"] == "miss"
        assert wait_for(lambda: stack.fake.calls_to("/chat/completions") == judged + 2)
        assert promoted() == 0
        stack.fake.release("verdict")
        assert wait_for(lambda: promoted() == 1)
        hit = chat(stack.url, REWORDED)
        assert hit.headers["x-yamabiko-cache"] == "hit"
        assert hit.headers["x-yamabiko-threshold"] == "0.9000; source=global; n=0"
        # an exact repeat takes the shortcut to the answer stored for it on its miss; the alias
        # (the same vector, the cached question's answer) serves the rephrasings that follow
        assert hit.json()["choices"][0]["message"]["content"] == f"Fake answer to: {REWORDED}"
        metrics = httpx.get(f"{stack.url}/metrics", headers=stack.admin_headers).text
        assert 'yamabiko_verify_total{event="promoted"} 1' in metrics
        assert 'yamabiko_judge_total{kind="calls"} 1' in metrics
        # a verdict with the hit's similarity is evidence: the entry stays
        entry_id = hit.headers["x-yamabiko-entry"]
        body = {"entry_id": entry_id, "wrong": True, "similarity": 0.97}
        response = httpx.post(
            f"{stack.url}/yamabiko/feedback", json=body, headers=stack.admin_headers
        )
        assert response.json() == {"recorded": True, "removed": 0}
        again = chat(stack.url, REWORDED)
        assert again.headers["x-yamabiko-cache"] == "hit"  # similarity 1.0 > 0.975
        assert again.headers["x-yamabiko-threshold"].startswith("0.9750; source=learned; n=1")
        bad = {"entry_id": entry_id, "wrong": "yes", "similarity": 0.9}
        response = httpx.post(
            f"{stack.url}/yamabiko/feedback", json=bad, headers=stack.admin_headers
        )
        assert response.status_code == 400
        bad = {"entry_id": entry_id, "similarity": 7}
        response = httpx.post(
            f"{stack.url}/yamabiko/feedback", json=bad, headers=stack.admin_headers
        )
        assert response.status_code == 400 and "similarity" in response.json()["error"]["message"]


def test_config_file_verify_section_builds_the_review(tmp_path, monkeypatch):
    from yamabiko.config import load_settings

    config = tmp_path / "yamabiko.toml"
    config.write_text(
        "[cache]\npath = 'c.sqlite3'\n[verify]\nverify_from = 0.78\nmax_error_rate = 0.05\n"
        "[verify.judge]\nformat = 'anthropic'\nurl = 'http://127.0.0.1:9/'\n"
        "model = 'claude-x'\napi_key_env = 'JUDGE_KEY'\nshare_of_misses = 0.1\n"
    )
    monkeypatch.setenv("JUDGE_KEY", "sk-test")
    cache = load_settings(config, env={"JUDGE_KEY": "sk-test"}).build_cache()
    review = cache.review
    assert review is not None and review.mode == "async" and review.verify_from == 0.78
    assert review.verifier.format == "anthropic" and review.verifier.api_key == "sk-test"
    assert review.budget.share_of_misses == 0.1 and review.max_error_rate == 0.05


def test_budget_counts_calls_per_minute_and_share_of_misses():
    budget = JudgeBudget(calls_per_minute=2, share_of_misses=0.5, burst=2)
    assert budget.take(now=0.0)  # a full bank (2) to start with
    assert budget.take(now=0.0)
    assert not budget.take(now=0.0)  # no misses yet
    for _ in range(8):  # 8 misses earn 4 calls, but at most 2 are banked
        budget.note_miss()
    assert not budget.take(now=1.0)  # two calls in the last minute
    assert budget.take(now=61.0)  # the minute moved on
    assert budget.take(now=61.0)
    assert not budget.take(now=62.0)  # the bank is empty: 4 calls for 8 misses
    budget.note_miss()
    budget.note_miss()
    assert budget.take(now=125.0) and budget.calls == 5
    with pytest.raises(InvalidInputError, match="burst"):
        JudgeBudget(burst=0)


def test_eval_workload_with_a_real_judge_through_an_upstream(fake, embedder):
    from shared_data import PAIRS

    from yamabiko.eval import evaluate_workload
    from yamabiko.eval.judged import JudgeSpec

    fake.app.judge_labels = {}  # this judge says no to everything
    before = len(fake.app.calls)
    spec = JudgeSpec(
        kind="openai", url=fake.url + "/v1", model="judge-model", mode="sync",
        share_of_misses=1.0, verify_from=0.75,
    )  # fmt: skip
    report = evaluate_workload(  # the band [0.75, 0.80): the threshold is set, not the default
        [PAIRS / "qqp-dev.jsonl"], max_queries=120, intent_share=0.0, seed=4, compare=False,
        embedder=embedder.inner, progress=False, judge=spec, warmup=60, min_similarity=0.80,
    )  # fmt: skip
    guard, judged = report["runs"]["guard"], report["runs"]["judge"]
    calls = judged["verification"]["judge:calls"]
    assert calls >= 1 and len(fake.app.calls) - before == calls
    assert judged["verification"]["verify:no"] == calls
    assert judged["hits"] == guard["hits"]  # a judge that always says no changes nothing


def test_the_band_follows_the_threshold_unless_set() -> None:
    review = Review(LLMJudge("http://127.0.0.1:9/v1", "m"))
    assert review.band_from(0.80) == pytest.approx(0.70)
    assert review.in_band(0.75, 0.80) and not review.in_band(0.69, 0.80)
    assert review.band_from(0.90) == pytest.approx(0.80)
    assert Review(LLMJudge("http://127.0.0.1:9/v1", "m"), verify_from=0.6).band_from(0.9) == 0.6


def test_pacing_spends_the_budget_on_the_likeliest_yes() -> None:
    from yamabiko.verify.select import Pacing

    pacing = Pacing(window=100, warm=10)
    chosen = []
    for i in range(200):  # one band candidate per miss, the budget pays for one in five
        pacing.note_miss()
        similarity = 0.70 + (i * 37 % 100) / 1000  # 0.700 .. 0.799, spread over the stream
        if pacing.choose(similarity, share_of_misses=0.2):
            chosen.append(similarity)
    late = chosen[10:]
    assert 0.15 * 190 <= len(late) <= 0.3 * 190  # about the share the budget pays for
    assert min(late) >= 0.77  # only the top of the band
    generous = Pacing(warm=10)
    for _ in range(50):
        generous.note_miss()
        generous.note_miss()
        assert generous.choose(0.71, share_of_misses=0.5)  # affords every candidate
    # the bank's level moves the cut: a filling bank takes more, an emptying one fewer
    taken = {}
    for fill in (0.1, 0.5, 0.9):
        pacing = Pacing(window=100, warm=10)
        taken[fill] = 0
        for i in range(200):
            pacing.note_miss()
            taken[fill] += pacing.choose((i * 37 % 100) / 100, share_of_misses=0.2, fill=fill)
    assert taken[0.1] < taken[0.5] < taken[0.9]


def test_a_full_bank_spends_a_call_the_pacing_would_skip() -> None:
    from yamabiko.models import Candidate

    budget = JudgeBudget(share_of_misses=0.2, burst=2)
    assert budget.full and budget.fill == 1.0  # a full bank to start
    assert budget.take(now=0.0) and not budget.full and budget.fill == 0.5
    review = Review(LLMJudge("http://127.0.0.1:9/v1", "m"), mode="sync", budget=budget)
    low, high = Candidate("a", "q", 0.81), Candidate("b", "q", 0.89)
    for _ in range(30):  # the pacing has seen high scores only: a low one is not chosen...
        review.note_miss()
        review.pacing.choose(0.89, 0.2)
    budget._tokens = 0.0
    review.note_miss()
    assert not review._take(low, 0.0) and review.counts["not_selected"] == 1
    for _ in range(9):  # ...until the bank is full: then the call would be lost, so it is spent
        review.note_miss()
    assert budget.full and review._take(low, 0.0) and review.counts["bank_full"] == 1
    assert review._take(high, 0.9) and not review._take(high, 0.9)  # the bank is empty again
    assert review.counts["budget_exhausted"] == 1 and budget.calls == 3


def test_band_candidates_are_ranked_by_their_margin_to_the_next_candidate() -> None:
    from yamabiko.models import Candidate

    judge = LLMJudge("http://127.0.0.1:9/v1", "m")
    alone = Candidate("a", "q", 0.84)
    crowd = [Candidate("b", "q", 0.86), Candidate("c", "q", 0.85), Candidate("d", "q", 0.84)]
    review = Review(judge)  # select=True: by margin
    assert review.selector == "margin"
    assert review.band_score(alone, [alone, Candidate("x", "q", 0.60)]) == pytest.approx(0.24)
    assert review.band_score(crowd[0], crowd) == pytest.approx(0.01)
    assert review.band_score(crowd[2], crowd) == pytest.approx(-0.02)  # below a rejected one
    assert review.band_score(alone, [alone]) == 1.0
    # an entry of the search found wrong before (here another one): the margin loses 0.10
    wrong = {"c": [Evidence(0.83, False, "judge", 0.0)], "b": [Evidence(0.9, True, "judge", 0.0)]}
    assert review.band_score(crowd[0], crowd, wrong) == pytest.approx(0.01 - 0.10)
    assert review.band_score(crowd[0], crowd, {"b": wrong["b"]}) == pytest.approx(0.01)
    # a sync yes becomes an alias only when its candidate was the nearest (score >= 0)
    assert review._promotable(0.24) and review._promotable(0.0)
    assert not review._promotable(-0.02) and not review._promotable(0.01 - 0.10)
    assert Review(judge, select="similarity")._promotable(0.81)
    assert Review(judge, select="similarity").band_score(crowd[0], crowd) == 0.86
    assert Review(judge, select=False).pacing is None
    with pytest.raises(InvalidInputError, match="select is 'best'"):
        Review(judge, select="best")
    with pytest.raises(ConfigError, match=r"verify\.select"):
        build_review({"select": "best"})
    assert build_review({"select": "similarity"}).selector == "similarity"


async def test_an_entry_found_wrong_is_not_judged_again_at_that_similarity(
    store_factory, embedder, fake
):
    fake.app.judge_labels = {}  # the judge says no
    store = await store_factory()
    budget = JudgeBudget(share_of_misses=1.0, burst=5)
    review = Review(judge_at(fake), verify_from=0.75, mode="sync", budget=budget)
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER)
    calls = len(fake.app.calls)
    assert (await cache.probe(PARA)).reason == "rejected:judge"
    assert len(fake.app.calls) == calls + 1
    again = await cache.probe(PARA)  # the same similarity: known wrong, no second call
    assert again.hit is None and again.reason == "below-threshold"
    assert len(fake.app.calls) == calls + 1
    assert cache.counters()["verify:known_wrong"] == 1
    rows = (await store.evidence([entry.id]))[entry.id]
    assert [(r.source, r.correct) for r in rows] == [("judge", False)]
    await review.aclose()


async def test_sync_promotion_stores_the_verified_prompt_as_an_alias(store_factory, embedder, fake):
    fake.app.judge_labels = {(CACHED, PARA): True}
    store = await store_factory()
    budget = JudgeBudget(share_of_misses=1.0, burst=5)
    review = Review(judge_at(fake, "anthropic"), verify_from=0.75, mode="sync", budget=budget,
                    promote_sync=True)  # fmt: skip
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER, tags=["faq"])
    found = await cache.probe(PARA)  # answered at once by the judge's yes
    assert found.hit is not None and found.hit.entry.id == entry.id
    await review.drain()  # the alias is written in the background
    rows = (await store.evidence([entry.id]))[entry.id]
    assert [(r.source, r.correct) for r in rows] == [("alias", True)]
    calls = len(fake.app.calls)
    again = await cache.probe(PARA)  # now the alias itself: no judge call
    assert again.hit is not None and again.hit.entry.metadata["alias_of"] == entry.id
    assert again.hit.response == ANSWER and len(fake.app.calls) == calls
    assert cache.counters()["verify:promoted"] == 1
    assert await cache.invalidate(id=entry.id) == 2
    await review.aclose()


async def test_an_exact_repeat_takes_the_shortcut_unless_its_entry_was_reported_wrong_there(
    store_factory, embedder, request
):
    store = await store_factory()
    review = Review(verify_from=0.75)  # learns from feedback
    cache = AsyncSemanticCache(embedder, store, review=review, min_similarity=GLOBAL)
    entry = await cache.store(CACHED, ANSWER)
    found = await cache.probe(CACHED)  # the shortcut: no embedding, no search
    assert found.hit is not None and found.hit.verdict.reason == "exact"
    assert found.hit.entry.id == entry.id and found.timings.embed_ms == 0.0
    assert str(found.threshold) == "threshold=0.90 source=global n=0"
    other = await twin(store, request)
    try:  # another process records a wrong hit of this entry at similarity 1
        elsewhere = AsyncSemanticCache(
            embedder, other, review=Review(verify_from=0.75), min_similarity=GLOBAL
        )
        assert await elsewhere.feedback(entry.id, correct=False, similarity=0.9995)
    finally:
        await other.close()
    again = await cache.probe(CACHED)  # the shortcut leaves it to the normal path
    assert again.hit is None or again.hit.verdict.reason != "exact"
    assert again.threshold is not None and again.threshold.source == "learned"
    assert again.threshold.value == pytest.approx(1.0)
    # a confirmation elsewhere changes nothing for a prompt that was never reported wrong
    await cache.store(CLOSE, "another answer")
    assert await cache.feedback(entry.id, correct=True, similarity=0.95)
    assert (await cache.probe(CLOSE)).hit.verdict.reason == "exact"
