"""Session 39 (review2): the time of a question said inside a clause (an embedded question),
which wrong's opening reading (:mod:`yamabiko.guard.english_tense`) and last-verb reading
(:func:`yamabiko.guard.ja_tense.past_changed`) do not see. Probe pairs written here: each was
served (``guard-ok``) on main 2ca4623 both ways."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_tense import clause_time_swapped
from yamabiko.guard.ja_clause_tense import clause_past_changed

GUARD = Guard()

#: (cached, query, the reason cached -> query)
REFUSED = [
    ("Can you tell me what time the shop opened?",
     "Can you tell me what time the shop will open?", "tense:past->future"),
    ("Do you know when the parcel arrived?", "Do you know when the parcel will arrive?",
     "tense:past->future"),
    ("Tell me when the train left.", "Tell me when the train will leave.", "tense:past->future"),
    ("Can you check whether the room was cleaned?",
     "Can you check whether the room will be cleaned?", "tense:past->future"),
    ("荷物が届いたか確認できますか？", "荷物が届くか確認できますか？", "past:届く:た->る"),
    ("電車が出たかどうか教えてください", "電車が出るかどうか教えてください", "past:出る:た->る"),
    ("予約が取れたか知りたいです", "予約が取れるか知りたいです", "past:取れる:た->る"),
]  # fmt: skip

#: served both ways here (the present against the future, a condition, one word swapped for
#: another, a clause of time left to the older readings)
SERVED = [
    ("Can you tell me what time the shop opens?",
     "Can you tell me what time the shop will open?"),
    ("What happens if I cancel?", "What will happen if I cancel?"),
    ("荷物が届いたら連絡してください", "荷物が届くと連絡してください"),
]  # fmt: skip


def _lang(text: str) -> str:
    return "en" if text.isascii() else "ja"


@pytest.mark.parametrize(("cached", "query", "reason"), REFUSED)
def test_refused_both_ways(cached: str, query: str, reason: str) -> None:
    assert GUARD.check(query, cached, _lang(cached), 0.9, 0.75).reason == reason
    assert not GUARD.check(cached, query, _lang(cached), 0.9, 0.75).accept


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_twins_served(cached: str, query: str) -> None:
    for one, two in ((query, cached), (cached, query)):
        verdict = GUARD.check(one, two, _lang(cached), 0.9, 0.75)
        assert verdict.accept, verdict


def test_only_the_one_place_is_read() -> None:
    # a past verb and will + another verb; two places differing; will + the verb's own past
    assert clause_time_swapped("Tell me when the train will stop.", "Tell me when it left.") == ""
    assert clause_time_swapped("Tell me when he will leave.", "Tell me when she left.") == ""
    assert clause_time_swapped("Tell me when it will leave.", "Tell me when it left.") == (
        "past->future"
    )
    assert clause_time_swapped("Tell me when it left.", "Tell me when it will leave.") == (
        "future->past"
    )


def test_japanese_needs_an_embedded_question() -> None:
    # た before 時 (a clause of time), a different verb, the sentence's own end
    assert clause_past_changed("着いた時に教えて", "着く時に教えて") == ""
    assert clause_past_changed("荷物が届くか確認できますか", "荷物が来たか確認できますか") == ""
    assert clause_past_changed("届くか？", "届いたか？") == ""
    assert clause_past_changed("届くか確認して", "届いたか確認して") == "届く:た->る"


def test_numbers_are_compared_too() -> None:
    # a number differing elsewhere is a second place: nothing read (digits were dropped before)
    query, cached = "Who will win the F1 2016 title?", "Who won the 2016 F1 title?"
    assert clause_time_swapped(query, cached) == ""
