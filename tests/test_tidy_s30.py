"""Session 30's review leftovers (tidy): one table of the Japanese auxiliaries of receiving,
the library's evaluation focus default, "4K", and two risks of session 29 pinned down.

Real guard, real SudachiPy / WordNet / embedder; no verdict here is hard-coded into the code
under test: each test states what a reader of the sentence would answer."""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.eval import Pair, evaluate_pairs
from yamabiko.focus_search import DEFAULT_FOCUS
from yamabiko.guard import Guard
from yamabiko.guard.ja_agents import _verbs
from yamabiko.guard.ja_honorifics import honorifics
from yamabiko.guard.ja_receiving import RECEIVING_AUX
from yamabiko.guard.japanese import short_units
from yamabiko.guard.price_cover import price_cover


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


# 5a. a remark that numbers the thread's occasion with another ordinal changes it


def harbour(first_night: bool) -> list[tuple[str, str]]:
    """A table at a harbour grill, booked for the couple's first night in town or for a date
    alone."""
    when = "our first night in Bergen, 3 June" if first_night else "3 June"
    return [
        (f"Could we book a table at the harbour grill for {when} at 8pm?",
         "Certainly. Indoors or on the terrace?"),
        ("On the terrace, please.", "Booked: the terrace on 3 June at 8pm."),
    ]  # fmt: skip


OCCASIONS = [
    # the thread said "our first night": "our second night" moves the booking, whatever the
    # bare "Lovely." after it (served as small talk before session 30)
    ("en-harbour-make-it-second", "entity", 0,
     [*harbour(True), ("Make it our second night instead.", "Lovely.")], harbour(True)),
    ("en-harbour-sorry-second", "entity", 0,
     [*harbour(True), ("Sorry, it's our second night.", "Lovely.")], harbour(True)),
    # no ordinal in the thread: the remark tells the couple's own occasion and the assistant
    # takes nothing up (the risk session 29 named: read as small talk, which this keeps)
    ("en-harbour-own-second", "small-talk", 1,
     [*harbour(False), ("It's our second night in Bergen.", "Lovely.")], harbour(False)),
    # the same ordinal said again is no change
    ("en-harbour-first-again", "small-talk", 1,
     [*harbour(True), ("It's our first night away from the kids in years.", "Enjoy it!")],
     harbour(True)),
]  # fmt: skip


@pytest.mark.parametrize("probe", OCCASIONS, ids=lambda p: p[0])
async def test_an_ordinal_of_the_thread_renumbered(matcher, probe) -> None:
    await assert_probe(matcher, probe)


# 5b. Japanese と between two things in a question


def test_a_coordinating_to_is_read_as_the_phrase_before_to(guard: Guard) -> None:
    """と joining two things (地図と雨具: a map and rain gear), the first replaced by another
    thing with a modifier: the rule of a companion before と reads it (the two questions ask
    about another item, so refusing is right; the reason names the thing before と as a
    companion). In a statement the rule does not read と (a caption's と joins two things
    more often): there the pair is left to the other checks."""
    asked = guard.check(
        "売店で地図と雨具は買えますか", "売店で折りたたみの傘と雨具は買えますか", "ja", 0.80
    )
    assert (asked.accept, asked.reason) == (False, "companion:傘->地図")
    said = guard.check(
        "売店で地図と雨具を買いました", "売店で折りたたみの傘と雨具を買いました", "ja", 0.80
    )
    assert not said.reason.startswith("companion:")


# 2. price_cover: 込み as SudachiPy reads it


def test_komi_of_a_compound_verb_says_no_inclusion() -> None:
    """申し込み / 持ち込み are the acts of 申し込む / 持ち込む (SudachiDict's verbs), not 込み
    "included": applying for an optional tour is not said to be in the price against adding
    it. 送料込み and 税込み still say in, against 別料金 / 別途."""
    assert not price_cover(
        "オプションツアーを申し込みたいです", "オプションツアーを追加したいです", "ja"
    )
    assert (
        price_cover("送料込みの値段ですか", "送料は別料金ですか", "ja") == "inclusion:別料金->込み"
    )
    assert (
        price_cover("税込みの価格ですか", "消費税は別途かかりますか", "ja")
        == "inclusion:別途->込み"
    )


def test_a_fee_for_bringing_in_is_asked_in_or_out() -> None:
    """持ち込み料 (the corkage) said outside the price on one side and in it on the other: the
    持ち込み of the fee's name read as in made both sides in (no refusal by this rule)."""
    query, cached = "持ち込み料は別途かかりますか", "持ち込み料は料金に含まれますか"
    assert price_cover(query, cached, "ja") == "inclusion:含ま->別途"
