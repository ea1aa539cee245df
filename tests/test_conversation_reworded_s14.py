"""Session 14: earlier turns said in other words, through the library (``AsyncSemanticCache``
with ``context={"history": [...]}``, the embedded store, the real default embedder).

A thread whose values are written differently (Sat / Saturday 14 June, two of us / 2 people, a
fortnight / two weeks, 二泊 / 2泊), that opens a sentence with a capital (Looking to ...), or
whose replaced word the assistant confirms the same way is served; the same thread with
another day, another length of stay, another count, a reversal (止める, cancel) or a word of
direction changed (into / out of) is not. English and Japanese; the examples are written for
this test, not taken from the evaluation sets.
"""

from __future__ import annotations

import pytest
from conversation_turns import messages

from yamabiko import AsyncSemanticCache
from yamabiko.conversation.intent import reversals
from yamabiko.conversation.lengths import spans
from yamabiko.conversation.values import text_dates, values
from yamabiko.guard import Guard
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.guard.facts import Analysis

KAYAK = messages(
    ("We'd like to hire a double kayak on Sat 14 June, for the two of us.",
     "Lovely: a double kayak, Saturday 14 June, two paddlers."),
)  # fmt: skip
KAYAK_ASKED = messages(
    ("Can I book a kayak for this weekend?", "Sure. Which day, and single or double?"),
    ("Saturday the 14th of June, a double - 2 people.",
     "Great, a double kayak for two on Saturday 14 June."),
)  # fmt: skip
KAYAK_SUNDAY = messages(
    ("Can I book a kayak for this weekend?", "Sure. Which day, and single or double?"),
    ("Sunday the 15th of June, a double - 2 people.",
     "Great, a double kayak for two on Sunday 15 June."),
)  # fmt: skip
CABIN = messages(
    ("I want to rent the lakeside cabin for a fortnight in August, three adults.",
     "Noted: lakeside cabin, two weeks in August, 3 adults."),
)  # fmt: skip
CABIN_ASKED = messages(
    ("Is the lakeside cabin free in August?", "It is. How long, and how many guests?"),
    ("Two weeks, and there will be three of us, all adults.",
     "OK: the lakeside cabin for 14 nights in August, three adults."),
)  # fmt: skip
CABIN_LONGER = messages(
    ("Is the lakeside cabin free in August?", "It is. How long, and how many guests?"),
    ("Three weeks, and there will be three of us, all adults.",
     "OK: the lakeside cabin for 21 nights in August, three adults."),
)  # fmt: skip
ONSEN = messages(("箱根の旅館に二泊したいです。大人二人です。", "箱根で2泊、大人2名様ですね。"))
ONSEN_ASKED = messages(
    ("箱根の旅館を予約したいです。", "ありがとうございます。日数と人数を教えてください。"),
    ("2泊で、大人2人です。", "2泊、大人2名様で承ります。"),
)  # fmt: skip
ONSEN_LONGER = messages(
    ("箱根の旅館を予約したいです。", "ありがとうございます。日数と人数を教えてください。"),
    ("3泊で、大人2人です。", "3泊、大人2名様で承ります。"),
)  # fmt: skip
GROOM = messages(
    ("Hi! Looking to book a wash and trim for my terrier next Tues - his coat is quite matted.",
     "Sure: wash and trim for your terrier on Tuesday."),
)  # fmt: skip
GROOM_ASKED = messages(
    ("Can I get a wash and trim for my terrier on Tuesday next week?",
     "Yes. Anything we should know?"),
    ("His coat is really matted.",
     "Noted: a wash and trim for a terrier with a matted coat, Tuesday."),
)  # fmt: skip
GROOM_CANCEL = messages(
    ("I need to cancel the wash and trim for my terrier next Tuesday.",
     "Sure. Anything we should know?"),
    ("His coat is really matted.",
     "Noted: a wash and trim for a terrier with a matted coat, Tuesday."),
)  # fmt: skip
GAS = messages(
    ("来月から新しい部屋でガスを使い始めたいです。", "かしこまりました。ご住所を教えてください。"),
    ("札幌市北区の205号室です。", "札幌市北区205号室ですね。"),
)  # fmt: skip
GAS_STOP = messages(
    ("来月で今の部屋のガスを止めたいです。", "かしこまりました。ご住所を教えてください。"),
    ("札幌市北区の205号室です。", "札幌市北区205号室ですね。"),
)  # fmt: skip
MONEY_OUT = messages(
    ("I want to move money out of my current account.",
     "I can help you move money out of your current account."),
)  # fmt: skip
MONEY_IN = messages(
    ("I want to move money into my current account.",
     "I can help you move money into your current account."),
)  # fmt: skip

# a replaced word, a swap and a changed verb under replies that confirm nothing specific
SPA_MASSAGE = messages(
    ("I'd like to book a massage for Friday.", "Of course! What time suits you?"),
)  # fmt: skip
SPA_FACIAL = messages(("I'd like to book a facial for Friday.", "Of course! What time suits you?"))
TRANSFER_OUT = messages(
    ("Please move 300 pounds from my savings to my current account.", "Certainly, one moment."),
)  # fmt: skip
TRANSFER_IN = messages(
    ("Please move 300 pounds from my current account to my savings.", "Certainly, one moment."),
)  # fmt: skip
ORDER_CHECK = messages(
    ("先週の注文を確認したいです。", "承知しました。注文番号を教えてください。"),
)  # fmt: skip
ORDER_CHANGE = messages(
    ("先週の注文を変更したいです。", "承知しました。注文番号を教えてください。"),
)  # fmt: skip

_ANALYSES: AnalysisCache[Analysis] = AnalysisCache(256)


def _analyse(text: str) -> Analysis:
    """The guard's analysis of ``text`` (as the conversation matcher makes it)."""
    return _ANALYSES.get(text, None)


QUESTION = {"en": "How much will that cost in total?", "ja": "料金は全部でいくらですか？"}


async def _served(cache: AsyncSemanticCache, lang: str, cached: list, asked: list) -> str:
    """Store the question after ``cached``; look it up after ``asked``: "hit" or the reason."""
    namespace = f"ns-{id(cached)}-{id(asked)}"
    await cache.store(
        QUESTION[lang], "the answer", context={"namespace": namespace, "history": cached}
    )
    found = await cache.probe(QUESTION[lang], context={"namespace": namespace, "history": asked})
    return "hit" if found.hit is not None else found.reason


@pytest.fixture
async def cache(tmp_path, embedder):
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", conversation="semantic", verifier=Guard()
    ) as c:
        yield c


@pytest.mark.parametrize(
    ("lang", "one", "other"),
    [("en", KAYAK, KAYAK_ASKED), ("en", CABIN, CABIN_ASKED), ("ja", ONSEN, ONSEN_ASKED),
     ("en", GROOM, GROOM_ASKED)],
    ids=["weekday-abbreviated", "fortnight", "nights-in-kanji", "sentence-opening-capital"],
)  # fmt: skip
async def test_the_same_thread_in_other_words_is_served(cache, lang, one, other) -> None:
    assert await _served(cache, lang, one, other) == "hit"
    assert await _served(cache, lang, other, one) == "hit"


@pytest.mark.parametrize(
    ("lang", "one", "other", "why"),
    [
        ("en", KAYAK, KAYAK_SUNDAY, "rejected:history:facts-"),
        ("en", CABIN, CABIN_LONGER, "rejected:history:facts-span:"),
        ("ja", ONSEN, ONSEN_LONGER, "rejected:history:facts-span:"),
        ("en", GROOM, GROOM_CANCEL, "rejected:history:intent:cancel"),
        ("ja", GAS, GAS_STOP, "rejected:history:intent:止める"),
        # (into / out of the account: since session 18 the guard's direction rule names it)
        ("en", MONEY_OUT, MONEY_IN, ("rejected:history:substitution:", "rejected:history:roles:")),
    ],
    ids=["another-day", "another-length", "another-number-of-nights", "cancel", "stop",
         "direction"],
)  # fmt: skip
async def test_another_value_or_intent_in_other_words_is_not_served(
    cache, lang, one, other, why
) -> None:
    for cached, asked in ((one, other), (other, one)):
        assert (await _served(cache, lang, cached, asked)).startswith(why)


@pytest.mark.parametrize(
    ("lang", "one", "other"),
    [("en", SPA_MASSAGE, SPA_FACIAL), ("en", TRANSFER_OUT, TRANSFER_IN),
     ("ja", ORDER_CHECK, ORDER_CHANGE)],
    ids=["replaced-word", "swapped-roles", "replaced-verb"],
)  # fmt: skip
async def test_a_generic_reply_does_not_make_a_changed_turn_a_rewording(
    cache, lang, one, other
) -> None:
    """The replies agree, but they confirm nothing of what was asked: the changed word (or
    the exchanged roles) is what the follow-up is about."""
    for cached, asked in ((one, other), (other, one)):
        assert (await _served(cache, lang, cached, asked)).startswith("rejected:history:")


def test_what_is_no_length_of_time() -> None:
    """An ordinal, a bare unit, a hyphenated number's last word, 十分 (enough) and a calendar
    year are not lengths of time."""
    assert spans("the second week of August") == frozenset()
    assert spans("during opening hours") == frozenset()
    assert spans("twenty-one days") == {("day", 21.0)} != spans("a day")
    assert spans("時間は十分あります") == frozenset() and spans("10分") == {("minute", 10.0)}
    assert spans("2024年に") == frozenset() and spans("3年間") == {("month", 36.0)}


def test_dates_and_clock_times_are_no_party() -> None:
    """Two small numbers of one text add up to a party, not a day and a month or an hour."""
    assert 16 not in values(["on 12/4"], _analyse)
    assert 9 not in values(["at 2pm on the 7th"], _analyse)  # a clock time and a day
    assert 3 in values(["two adults and 1 child"], _analyse)


def test_values_said_in_other_words_compare_equal() -> None:
    def said(text: str) -> set[float]:
        return values([text], _analyse)

    assert {7, 1} <= said("a canal boat for a week")
    assert {7, 1} <= said("seven nights on the canal")
    assert {14, 2} <= said("for a fortnight") and {14, 2} <= said("for two weeks")
    assert 10_000 in said("ten thousand pounds") and 250_000 in said("about 250k")
    assert 14 in said("from 2pm") and {12, 4} <= said("on 12/4")
    assert 3 in said("two adults and 1 child")  # a party by its parts
    assert {2, 20} <= said("二泊で二十名です")
    assert spans("seven nights") == spans("a week") == {("day", 7.0)}
    assert spans("半年") == {("month", 6.0)}


def test_dates_said_in_other_words_have_one_name() -> None:
    def dates(text: str) -> set[str]:
        return text_dates(text, _analyse(text))

    assert {"saturday", "weekend"} <= dates("Sat afternoon if possible")
    assert {"tuesday", "weekday"} <= dates("next Tues please")
    assert "april" in dates("on 12/4") and "morning" in dates("at 10am")
    assert "night" not in dates("seven nights from Stratford")
    assert "saturday" not in dates("we sat down")  # lower case: a verb


def test_quite_is_no_reversal() -> None:
    assert reversals("his coat is quite matted", _analyse("his coat is quite matted")) == set()
    assert reversals("I want to quit the gym", _analyse("I want to quit the gym")) == {"quit"}
