"""Session 38 (lateWrong): the one wrong serve of heldout32's record run and a neighbour.

- :mod:`yamabiko.guard.ja_phrase_head`: every unit two Japanese questions do not share sits in
  one noun phrase before the same particle, and the minimal-pair check refuses the phrases'
  heads on their own: another person with another thing, 車いすの祖母も / ベビーカーの孫も
  (faq-heldout32's minimal pair, served ``guard-ok`` at 0.807 on the session's base because the
  check counted the change as ``not-minimal``), ``phrase:祖母->孫``.
- :func:`yamabiko.guard.wordnet_one_person.opposite_ends` now also keeps two words of one
  family apart in the minimal-pair check's word equivalence when their ends are WordNet
  antonyms: *sportsman* / *sportswoman* (served ``guard-ok`` on the base: one family).
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard

GUARD = Guard()

#: (cached, query, similarity): refused (each served on the session's base)
REFUSED = [
    ("車いすの祖母も監獄博物館を回れますか？", "ベビーカーの孫も監獄博物館を回れますか？", 0.807),
    ("車いすの祖母も美術館を回れますか？", "ベビーカーの孫も美術館を回れますか？", 0.85),
    ("Is the sportsman's locker room open?", "Is the sportswoman's locker room open?", 0.9),
    ("Can I speak to a salesman about the car?", "Can I speak to a saleswoman about the car?",
     0.9),
    ("Is there a lounge for the businessman travelling alone?",
     "Is there a lounge for the businesswoman travelling alone?", 0.9),
]  # fmt: skip

#: paraphrases whose changed phrases keep a head the check pairs: served, as on the base
SERVED = [
    ("小さな子供も入れますか？", "幼い子どもも入れますか？", 0.85),
    ("大型の犬も泊まれますか？", "大きなワンちゃんも泊まれますか？", 0.85),
]


@pytest.mark.parametrize(("cached", "query", "similarity"), REFUSED)
def test_refused(cached: str, query: str, similarity: float) -> None:
    lang = "en" if cached.isascii() else "ja"
    for one, two in ((query, cached), (cached, query)):
        verdict = GUARD.check(one, two, lang, similarity, 0.75)
        assert not verdict.accept, (one, two, verdict)


def test_reasons() -> None:
    (cached, query, similarity), english = REFUSED[0], REFUSED[2]
    assert GUARD.check(query, cached, "ja", similarity, 0.75).reason == "phrase:祖母->孫"
    found = GUARD.check(english[1], english[0], "en", english[2], 0.75).reason
    assert found == "substitution:sportsman's->sportswoman's"


@pytest.mark.parametrize(("cached", "query", "similarity"), SERVED)
def test_served(cached: str, query: str, similarity: float) -> None:
    verdict = GUARD.check(query, cached, "ja", similarity, 0.75)
    assert verdict.accept, verdict


def test_companion_kept() -> None:
    """The と phrase keeps session 29's reason (asked first)."""
    found = GUARD.check(
        "目の不自由な友人と参加できますか？", "高校生の甥と参加できますか？", "ja", 0.85, 0.75
    )
    assert found.reason == "companion:甥->友人"


def test_one_word_each_side_left_to_the_check() -> None:
    one, two = "車いすの孫も監獄博物館を回れますか？", "車いすの祖母も監獄博物館を回れますか？"
    found = GUARD.check(one, two, "ja", 0.85, 0.75)
    assert found.reason == "substitution:祖母->孫"


#: phrases reworded around a noun that is no person (faq-pairs, faq-heldout8: paraphrases): the
#: rule does not read them (without the person test it refused them, phrase:食後->後)
NO_PERSON = [
    ("この薬は食後に飲むのですか？", "この薬は食事の後に飲みますか？"),
    ("遊園地のフリーパスで全部のアトラクションに乗れますか？",
     "乗り放題のパスを買えば、園内のどの乗り物にも乗れますか？"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), NO_PERSON)
def test_no_person_not_read(cached: str, query: str) -> None:
    for one, two in ((query, cached), (cached, query)):
        found = GUARD.check(one, two, "ja", 0.85, 0.75).reason
        assert not found.startswith("phrase:"), (one, two, found)
