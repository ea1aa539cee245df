"""Question focus (session 28): a prompt that tells a story before its question matches the
bare question (``yamabiko/focus.py``, ``yamabiko/focus_search.py``). Pairs written for these
tests; cosines from the real default embedder, verdicts from the real default guard, the cache
on every real store."""

from __future__ import annotations

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.config.cache import cache_settings
from yamabiko.focus import checked_with_focus, focus_texts, pair_similarity, question_focus
from yamabiko.focus_search import (
    FocusCandidate,
    focus_id,
    focus_record,
    is_focus_id,
    merge,
    root_id,
)
from yamabiko.guard.verified_band import VerifiedBand
from yamabiko.models import Candidate
from yamabiko.policy import Policy

#: no presets: a few of these prompts would be kept per user by default
OPEN = Policy(presets=False)

#: (cached, query): the same question, one side with a story first; below the default
#: threshold as whole prompts (misses without focus)
SAME = [
    ("We have just bought an old Victorian house with a big garden and the lawn is full of "
     "moss - do you offer a lawn scarifying service?",
     "Do you offer a lawn scarifying service?"),
    ("竹細工の体験は予約が必要ですか？",
     "来月、海外から友人が三人遊びに来るので、日本らしい思い出を作ってあげたくて色々と"
     "調べているのですが、竹細工の体験は予約が必要ですか？"),
]  # fmt: skip
#: (cached, query): a story before ANOTHER question, or a question about the asker whose
#: answer the story decides: never served
DIFFERENT = [
    ("Do you sell gift vouchers for the pottery classes?",
     "My best friend turns forty next month and she has been talking about trying pottery for "
     "ages, so I wanted to ask - do you sell gift vouchers for the painting classes?"),
    ("竹細工の体験は予約が必要ですか？",
     "来月、海外から友人が遊びに来るので、日本らしい思い出を作ってあげたいのですが、"
     "陶芸の体験は予約が必要ですか？"),
    ("My dog is coming with me - can I sit inside?", "Can I sit inside?"),
    ("We will be arriving after midnight on Friday - can we still check in?",
     "Can we still check in?"),
    ("小麦アレルギーがあるのですが、このケーキは食べられますか？", "このケーキは食べられますか？"),
]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def _servers_first(request):
    """Start the network stores' servers before this module's caches start their threads: a
    server started (forked) while another thread runs numpy can hang in OpenBLAS's fork
    handler."""
    for name in ("valkey_server", "valkey_cluster", "postgres_server"):
        request.getfixturevalue(name)


def test_the_focus_is_the_question_after_the_story():
    assert question_focus(SAME[0][0]) == "Do you offer a lawn scarifying service?"
    assert question_focus(SAME[1][1], "ja") == "竹細工の体験は予約が必要ですか？"
    assert question_focus(DIFFERENT[1][1]) == "陶芸の体験は予約が必要ですか？"
    told = "Our boiler broke last night. The house is freezing. Can you send an engineer today?"
    assert question_focus(told) == "Can you send an engineer today?"


def test_a_bare_question_or_a_short_greeting_has_no_focus():
    assert question_focus("Do you offer a lawn scarifying service?") is None
    assert question_focus("Hi - do you open on Sundays?") is None
    assert question_focus("竹細工の体験は予約が必要ですか？", "ja") is None


def test_a_prompt_that_asks_two_questions_has_no_focus():
    # the first question is asked too: the second alone is another question
    two = "How long do hamsters usually live? What do they need in their cage to stay healthy?"
    assert question_focus(two) is None
    assert question_focus("体験は何時からですか？当日の予約でも大丈夫ですか？", "ja") is None


def test_a_question_about_the_asker_or_pointing_into_the_story_has_no_focus():
    for prompt in ("My dog is coming with me - can I sit inside?",
                   "I've got a box of old vinyl records - is that something you would buy?",
                   "My son is only three - can he go on the climbing wall?",
                   "小麦アレルギーがあるのですが、このケーキは食べられますか？",
                   "一人で参加するのですが、自分で道具を持っていく必要はありますか？"):  # fmt: skip
        assert question_focus(prompt) is None, prompt


def test_merge_joins_a_focus_record_to_its_entry_and_never_pairs_two_focuses():
    told = "We moved house last month - do you deliver on Sundays?"
    whole = [Candidate("a", told, 0.66), Candidate(focus_id("a"), told, 0.97),
             Candidate("b", "Do you deliver?", 0.70),
             Candidate(focus_id("c"), "Hi - do you deliver?", 0.96)]  # fmt: skip
    focused = [Candidate(focus_id("d"), "a story - other?", 0.99), Candidate("b", "x", 0.91)]
    found = merge(whole, focused, "the query", "the query's focus", "en")
    listed = [(c.id, round(c.similarity, 2), isinstance(c, FocusCandidate)) for c in found]
    # "c"'s record is none this version makes ("Hi" is too short a story): left out; "d"'s
    # would pair two focuses: left out; the whole candidates stay after the focus ones
    assert listed == [("a", 0.97, True), ("b", 0.91, True), ("b", 0.70, False),
                      ("a", 0.66, False)]  # fmt: skip
    a, b = found[0], found[1]
    assert isinstance(a, FocusCandidate) and isinstance(b, FocusCandidate)
    assert (a.focus_query, a.focus_cached) == ("the query", "Do you deliver on Sundays?")
    assert (b.focus_query, b.focus_cached) == ("the query's focus", "x")
    assert a.response is None and a.prompt == told  # the record's empty answer is not served
    assert root_id(focus_id("a")) == "a" and is_focus_id(focus_id("a")) and not is_focus_id("a")


def test_a_focus_record_keeps_the_whole_prompt_and_names_its_entry():
    from yamabiko.models import Entry

    entry = Entry("e1", "p", "c", "ns", None, "en", "story - question?", "answer", 1.0, None)
    record = focus_record(entry)
    assert record.id == focus_id("e1") and record.prompt == entry.prompt
    assert record.response == "" and record.metadata["focus_of"] == "e1"


@pytest.mark.parametrize(("cached", "query"), SAME)
async def test_the_same_question_after_a_story_is_served_on_every_store(
    embedder, store_factory, cached, query
):
    va, vb = await embedder.embed([cached, query])
    assert float(va @ vb) < 0.70  # a miss as whole prompts
    store = await store_factory()
    async with AsyncSemanticCache(embedder, store=store, policy=OPEN) as cache:
        await cache.store(cached, "the answer")
        found = await cache.probe(query)
        assert found.hit is not None and found.hit.response == "the answer"
        assert str(found.why).startswith("hit:focus:"), found.why
        counts = cache.counters()
        assert counts["focus:hits"] == 1
        listed = await cache.entries()
        assert [e.prompt for e in listed] == [cached]  # the focus record is not listed
        records = 1 if question_focus(cached) is not None else 0  # the story side has one
        assert await cache.invalidate(id=listed[0].id) == 1 + records
        assert (await cache.probe(query)).hit is None


@pytest.mark.parametrize(("cached", "query"), DIFFERENT)
async def test_another_question_or_one_the_story_decides_is_not_served(
    embedder, tmp_path, cached, query
):
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", policy=OPEN) as cache:
        await cache.store(cached, "the answer")
        found = await cache.probe(query)
        assert found.hit is None, (found.why, found.best_similarity)


async def test_focus_off_reads_a_store_filled_with_it_on_as_whole_prompts(embedder, tmp_path):
    cached, query = SAME[1]
    path = tmp_path / "c.sqlite3"
    async with AsyncSemanticCache(embedder, path=path, policy=OPEN) as cache:
        await cache.store(query, "the answer")  # the story side stored: it has a focus record
    async with AsyncSemanticCache(embedder, path=path, policy=OPEN, focus=False) as cache:
        found = await cache.probe(cached)
        assert found.hit is None and "focus:hits" not in cache.counters()
        assert found.best_similarity is not None and found.best_similarity < 0.75
    async with AsyncSemanticCache(embedder, path=path, policy=OPEN) as cache:
        assert (await cache.probe(cached)).hit is not None


async def test_a_bulk_load_writes_focus_records(embedder, tmp_path):
    from yamabiko.bulk import store_many

    cached, query = SAME[0]
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", policy=OPEN) as cache:
        result = await store_many(cache, [{"prompt": cached, "response": "the answer"}])
        assert result.stored == 1
        found = await cache.probe(query)
        assert found.hit is not None and str(found.why).startswith("hit:focus:")


async def test_the_eval_takes_the_cosine_and_the_verdict_the_cache_does(embedder, tmp_path, guard):
    """Each pair through a real cache on a real store, and through the evaluation's code (the
    way ``benchmarks/minpair_quality.py --focus`` and ``yamabiko eval pairs`` take it): the
    same cosine and the same served / not served."""
    band = VerifiedBand(0.05)
    pairs = SAME + DIFFERENT
    texts = sorted({t for pair in pairs for t in pair})
    focus = focus_texts(texts)
    wanted = sorted(set(texts) | set(focus.values()))
    table = dict(zip(wanted, await embedder.embed(wanted), strict=True))
    for number, (cached, query) in enumerate(pairs):
        lang = "ja" if any(ord(ch) > 0x3000 for ch in cached) else "en"
        whole, focus_sim, fpair = pair_similarity(table.__getitem__, cached, query, focus)
        served = _served_by_eval(guard, band, cached, query, lang, whole, None)
        if focus_sim is not None:  # the focus candidate first, the whole one after it
            served = served or _served_by_eval(guard, band, cached, query, lang, focus_sim, fpair)
        sim = whole if focus_sim is None else focus_sim
        path = tmp_path / f"c{number}.sqlite3"
        async with AsyncSemanticCache(embedder, path=path, policy=OPEN) as cache:
            await cache.store(cached, "the answer")
            found = await cache.probe(query)
        assert found.best_similarity == pytest.approx(sim, abs=1e-4), (cached, query)
        assert (found.hit is not None) == (number < len(SAME)) == served, (cached, query)


def _served_by_eval(guard, band, cached, query, lang, sim, fpair) -> bool:
    """The evaluation's decision at the defaults (threshold 0.75, band 0.05)."""
    if sim >= 0.75:
        check = lambda q, c: guard.check(q, c, lang, sim)  # noqa: E731
    elif band.covers(sim, 0.75):
        check = lambda q, c: band.check(guard, q, c, lang, sim, 0.75)  # noqa: E731
    else:
        return False
    return checked_with_focus(check, query, cached, fpair).accept


def test_the_config_file_and_the_environment_set_focus():
    assert cache_settings({"focus": False}, {}).focus is False
    assert cache_settings({}, {"YAMABIKO_FOCUS": "true"}).focus is True
    assert cache_settings({}, {}).focus is None  # the library's default
