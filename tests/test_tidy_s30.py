"""Session 30's review leftovers (tidy): one table of the Japanese auxiliaries of receiving,
the library's evaluation focus default, "4K", and two risks of session 29 pinned down.

Real guard, real SudachiPy / WordNet / embedder; no verdict here is hard-coded into the code
under test: each test states what a reader of the sentence would answer."""

from __future__ import annotations

import pytest

from yamabiko.eval import Pair, evaluate_pairs
from yamabiko.focus_search import DEFAULT_FOCUS
from yamabiko.guard import Guard
from yamabiko.guard.ja_agents import _verbs
from yamabiko.guard.ja_honorifics import honorifics
from yamabiko.guard.ja_receiving import RECEIVING_AUX
from yamabiko.guard.japanese import short_units


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


# 1. the auxiliaries of receiving: one table


@pytest.mark.parametrize(
    "text", ["教えてくださる", "教えてください", "教えて下さい", "教えてくださった",
             "教えていただけますか", "教えて頂ける", "教えてもらえる", "教えてくれた"]
)  # fmt: skip
def test_every_spelling_of_a_receiving_auxiliary_normalises_into_the_table(text: str) -> None:
    """The table names each auxiliary once, by SudachiPy's normalised form: the kana and
    kanji spellings and the inflections all reach it (so no kana spelling, such as the
    くださる one rule kept beside 下さる, is needed)."""
    aux = short_units(text)[2]  # 教え + て + the auxiliary
    assert aux.normalized_form() in RECEIVING_AUX, (text, aux.normalized_form())


def test_rules_read_the_shared_table(guard: Guard) -> None:
    """The agents' reading (causative + くださる: leave asked; て + くださる: a request), the
    honorific frame (お + verb + くださる) and the giving direction (あげる / くださる) all
    read the same table."""
    assert _verbs("写真を撮らせてくださいますか") == {"撮る": "leave"}
    assert _verbs("写真を撮ってくださいますか") == {"撮る": "request"}
    assert honorifics("資料をお送りくださいますか")[2] == {"送る"}
    asked = guard.check("写真を撮らせてくださいますか", "写真を撮ってくださいますか", "ja", 0.9)
    assert (asked.accept, asked.reason) == (False, "request:撮る")
    given = guard.check("友達に本をあげました", "友達が本をくださいました", "ja", 0.9)
    assert (given.accept, given.reason) == (False, "giving:くださる->あげる")


# 3. the library's evaluation takes the question focus as the cache does


def test_evaluate_pairs_follows_the_cache_focus_default(embedder) -> None:
    """``evaluate_pairs`` without ``focus`` measures the cosine the cache compares (the
    question focus on, :data:`DEFAULT_FOCUS`); ``focus=False`` still gives the whole prompts'
    cosine alone. A question after a long preamble is nearer its bare form by its focus."""
    pairs = [
        Pair("We are driving up from the coast with two kids and a dog this weekend. What time "
             "does the museum open on Sunday?", "When does the museum open on Sundays?", 1, "en"),
        Pair("I was at your shop last week and the staff were lovely. Do you sell gift cards?",
             "Can I buy a gift card from you?", 1, "en"),
        Pair("Do you sell gift cards?", "Do you sell greeting cards?", 0, "en"),
    ]  # fmt: skip
    default = evaluate_pairs(pairs, embedder.inner, guard=False, progress=False)
    whole = evaluate_pairs(pairs, embedder.inner, guard=False, progress=False, focus=False)
    assert default["focus"] is DEFAULT_FOCUS is True and whole["focus"] is False
    rows = zip(
        default["modes"]["threshold_only"]["curve"],
        whole["modes"]["threshold_only"]["curve"],
        strict=True,
    )
    served = [(on["served"], off["served"]) for on, off in rows]
    assert all(on >= off for on, off in served)  # the best of the whole and focus cosines
    assert any(on > off for on, off in served)  # a preamble's question lifted by its focus


# 4. "4K": a format, not four thousand


@pytest.mark.parametrize(
    ("query", "cached"),
    [("Do you sell 4K TVs?", "Do you sell 4000 TVs?"),
     ("Does the camera record 4K video?", "Does the camera record 4,000 videos?"),
     ("Can I watch the match in 4K?", "Can I watch the match in 8K?")],
)  # fmt: skip
def test_a_video_format_is_no_number_of_thousands(guard: Guard, query: str, cached: str) -> None:
    """One digit with a capital K and no currency sign names a format (4K, 8K): a 4K TV is
    no count of 4,000 TVs (served while 4K read as 4000), and 4K is still not 8K."""
    verdict = guard.check(query, cached, "en", 0.85)
    assert (verdict.accept, verdict.reason) == (False, "number")


@pytest.mark.parametrize(
    ("query", "cached"),
    [("Can I get a $4K loan?", "Can I get a $4,000 loan?"),
     ("Which phone is best under 5k?", "Which phone is best under 5,000?")],
)  # fmt: skip
def test_an_amount_in_thousands_still_reads_as_its_number(
    guard: Guard, query: str, cached: str
) -> None:
    """After a currency sign, or with a small k, the suffix still says thousands."""
    assert guard.check(query, cached, "en", 0.9).accept
