"""Session 39 (wrong): wrong serves of the kinds the session's brief named, each refused by a
general reading (probe pairs written here; no pair of the tuning sets is moved).

- :mod:`yamabiko.guard.english_tense`: an English question's opening asks about the past on
  one side and the future on the other (*How long did the repair take?* / *How long will the
  repair take?*), ``tense:past->future``.
- :func:`yamabiko.guard.ja_tense.past_changed`: a Japanese question's last verb in the past on
  one side and plain on the other (荷物は届きましたか / 届きますか), ``past:届く:た->る``.
- :mod:`yamabiko.guard.wordnet_gender`: one role of the two sexes by WordNet's glosses
  (*waiter* / *waitress*: "a woman waiter"), kept apart against the word vectors and the trees.
- :mod:`yamabiko.guard.wordnet_clusters`: two adjectives across one WordNet cluster whose heads
  are antonyms (*priceless*, a satellite of *valuable* / *worthless*).
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_tense import opening_time, tense_changed
from yamabiko.guard.ja_tense import past_changed
from yamabiko.guard.wordnet_clusters import across_cluster, kept_apart, substituted_across
from yamabiko.guard.wordnet_gender import gender_of, genders_apart

GUARD = Guard()

#: (cached, query, the default embedder's cosine, the reason cached -> query): each served
#: ``guard-ok`` or ``learned-accept`` on the session's base (main c09700c)
REFUSED = [
    ("How long did the repair take?", "How long will the repair take?", 0.931,
     "tense:past->future"),
    ("How much did the ticket cost?", "How much will the ticket cost?", 0.917,
     "tense:past->future"),
    ("Did the parcel arrive?", "Will the parcel arrive?", 0.861, "tense:past->future"),
    ("Where did you buy the cake?", "Where will you buy the cake?", 0.957, "tense:past->future"),
    ("Who won the game?", "Who will win the game?", 0.878, "tense:past->future"),
    ("修理にどのくらい時間がかかりましたか？", "修理にどのくらい時間がかかりますか？", 0.915,
     "past:掛かる:た->る"),
    ("荷物は届きましたか？", "荷物は届きますか？", 0.932, "past:届く:た->る"),
    ("Can I talk to the waiter?", "Can I talk to the waitress?", 0.921,
     "substitution:waiter->waitress"),
    ("Is the host here?", "Is the hostess here?", 0.944, "substitution:host->hostess"),
    ("Who is the lead actor in the show?", "Who is the lead actress in the show?", 0.893,
     "substitution:actor->actress"),
    ("Can I tip the waiter?", "Can I tip the waitress?", 0.939, "contrast:waiter->waitress"),
    ("Is the spokesman available?", "Is the spokeswoman available?", 0.813,
     "contrast:spokesman->spokeswoman"),
    ("Is the painting priceless?", "Is the painting worthless?", 0.904,
     "contrast:priceless->worthless"),
    ("Is this coin priceless?", "Is this coin worthless?", 0.903, "contrast:priceless->worthless"),
]  # fmt: skip

#: twins: served on the base and here (the present against the future is one question of a
#: timetable; two satellites of one head are one word)
SERVED = [
    ("Is the taco truck at the brewery on Thursdays?",
     "Will the taco truck be at the brewery on Thursdays?", 0.9),
    ("How long does the repair take?", "How long will the repair take?", 0.95),
    ("Is this ring priceless?", "Is this ring invaluable?", 0.845),
    ("Where is the station exit?", "Where's the exit of the station?", 0.971),
    ("ファイルを消してください", "ファイルを削除してください", 0.864),
    ("Can a parent stay with the child overnight?",
     "Can a parent stay overnight with their child?", 0.976),
]  # fmt: skip


def _lang(text: str) -> str:
    return "en" if text.isascii() else "ja"


@pytest.mark.parametrize(("cached", "query", "similarity", "reason"), REFUSED)
def test_refused_both_ways(cached: str, query: str, similarity: float, reason: str) -> None:
    assert GUARD.check(query, cached, _lang(cached), similarity, 0.75).reason == reason
    verdict = GUARD.check(cached, query, _lang(cached), similarity, 0.75)
    assert not verdict.accept, verdict


@pytest.mark.parametrize(("cached", "query", "similarity"), SERVED)
def test_twins_served(cached: str, query: str, similarity: float) -> None:
    for one, two in ((query, cached), (cached, query)):
        verdict = GUARD.check(one, two, _lang(cached), similarity, 0.75)
        assert verdict.accept, (one, two, verdict)


def test_opening_time() -> None:
    assert opening_time("How long did the repair take?")[0] == "past"
    assert opening_time("When'll the shop open?")[0] == "future"
    assert opening_time("Is the museum open on Monday?")[0] == "present"
    assert opening_time("Who won the game?") == ("", "won the")
    # a story's own past is no question's time: two sentences, or no question
    assert opening_time("I was sick last week. Can I get a refund?") == ("", "")
    assert opening_time("I was wondering about the price.") == ("", "")


def test_tense_reads_past_against_future_only() -> None:
    assert tense_changed("Will the parcel arrive?", "Did the parcel arrive?") == "past->future"
    # the present is compared with neither (Quora: *How was language created?* / *are*)
    assert tense_changed("Is the museum open on Monday?", "Was the museum open on Monday?") == ""
    assert tense_changed("Does the shop open early?", "Will the shop open early?") == ""
    # a doer's question without an auxiliary: its verb must be the other side's, in the past
    assert tense_changed("Who will win the game?", "Who won the game?") == "past->future"
    assert tense_changed("Who will win the game?", "Who plays the game?") == ""
    # a condition's mood is no time (Quora's dev pairs: a duplicate)
    assert (
        tense_changed(
            "If today were the last day of your life, would you do what you do today?",
            "What will you do if today is your last day of your life?",
        )
        == ""
    )


def test_past_changed() -> None:
    assert past_changed("荷物は届きますか？", "荷物は届きましたか？") == "届く:た->る"
    # ている against the past is tense_changed's (a verb of change: one question)
    assert past_changed("荷物は届いていますか？", "荷物は届きましたか？") == ""
    assert past_changed("荷物を受け取りますか？", "荷物は届きましたか？") == ""  # another verb
    assert past_changed("診察券をなくしました。", "診察券をなくしますか？") == ""  # no question


def test_genders() -> None:
    assert gender_of("waitress") == "woman" and gender_of("spokesman") == "man"
    assert gender_of("waiter") == "" and gender_of("chair") == ""
    for pair in [("waiter", "waitress"), ("host", "hostess"), ("actor", "actress"),
                 ("spokesman", "spokeswoman"), ("chairman", "chairwoman"),
                 ("waiters", "waitresses")]:  # fmt: skip
        assert genders_apart(*pair) and genders_apart(*reversed(pair)), pair
    for pair in [("chairman", "chair"), ("waiter", "server"), ("mum", "mother"),
                 ("waiter", "waiter")]:  # fmt: skip
        assert not genders_apart(*pair), pair


def test_clusters() -> None:
    assert across_cluster("priceless", "worthless") and across_cluster("worthless", "priceless")
    assert across_cluster("invaluable", "worthless")
    assert not across_cluster("priceless", "invaluable")  # two satellites of *valuable*
    assert not across_cluster("large", "huge")
    assert across_cluster("huge", "tiny")  # big / small: both satellites
    assert kept_apart("waiter", "waitress") and kept_apart("priceless", "worthless")
    assert not kept_apart("cheap", "inexpensive")


def test_substituted_across_only_as_a_contrast() -> None:
    assert substituted_across(
        "priceless", "worthless", "Is the painting worthless?", "Is the painting priceless?"
    )
    # Quora's and STS-B's duplicates: the other prompt says the word's own form, or negates
    assert not substituted_across(
        "small",
        "bigger",
        "Why are rear wheels of a tractor bigger than its front wheels?",
        "Why do tractors have big rear wheels and small front wheels?",
    )
    assert not substituted_across(
        "acquitted",
        "guilty",
        "Edwards found not guilty on one count; mistrial on others",
        "Edwards Acquitted on 1 Count, Mistrial on Others",
    )
