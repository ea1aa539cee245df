"""The roles rule's own Python made cheaper, session 23 (speedR2): each cheaper form against
the form it replaced, on every pair of the golden sample (both languages) and on wordings
written here.

- ``modality.frame_changed`` (English): the opening's regular expressions first, the content
  words beyond modality (``_beyond_modality``) only when they found a change;
- ``benefactive._givers``: the few words that may be giving verbs looked up, not every word
  of the prompt mapped and intersected;
- ``ja_counts._numerals``: a sorted list, not a ``Counter``, compared by the count gate;
- ``modifiers.en_changed``: the words each prompt alone says, made once per pair for the
  antonym, body-part, person and unit tests (``opposites._one_or_two_each``: the last two's
  common first test, asked once).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter

import pytest
from guard_verdicts import sample

from yamabiko.guard import analyse
from yamabiko.guard.benefactive import _POTENTIALS, CONVERSES, _givers, giver_changed
from yamabiko.guard.english_persons import MAX_REPLACED, person_replaced, unit_replaced
from yamabiko.guard.facts import Analysis
from yamabiko.guard.ja_counts import _NUMERAL, _numerals, counts_exchanged
from yamabiko.guard.modality import (
    _beyond_modality,
    done_changed,
    frame_changed,
    modality_changed,
)
from yamabiko.guard.modifiers import en_changed, en_words
from yamabiko.guard.opposites import _one_or_two_each, body_part_replaced

Pair = tuple[str, str, Analysis, Analysis]


def _sample_pairs() -> list[Pair]:
    found = []
    for _, _, query, cached, lang, _ in sample():
        a = analyse(query, lang)
        b = analyse(cached, a.lang)
        if a.lang in ("en", "ja"):
            found.append((query, cached, a, b))
    return found


@pytest.fixture(scope="module")
def pairs() -> list[Pair]:
    return _sample_pairs()


def _frame_before(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The session-22 opening of ``frame_changed`` for English: both word sets first."""
    same = _beyond_modality(a) == _beyond_modality(b)
    lang = a.lang
    found = modality_changed(query, cached, lang) or done_changed(query, cached, lang)
    return f"modality:{found}" if same and found else ""
    return ""


def test_english_frame_changed_as_before_on_the_golden_sample(pairs: list[Pair]) -> None:
    english = [p for p in pairs if p[2].lang == "en"]
    assert len(english) > 100
    assert [frame_changed(*p) for p in english] == [_frame_before(*p) for p in english]


@pytest.mark.parametrize(
    ("query", "cached", "reason"),
    [
        ("Must I bring my passport?", "Can I bring my passport?", "modality:can->must"),
        ("Was my parcel delivered today?", "Can my parcel be delivered today?",
         "modality:can->did"),
        ("Must I bring my passport?", "Can I bring my visa?", ""),  # another thing: no frame
        ("Do I bring my passport?", "Can I bring my passport?", ""),  # a plain question
    ],
)  # fmt: skip
def test_english_frame_changed_on_wordings(query: str, cached: str, reason: str) -> None:
    a = analyse(query, "en")
    b = analyse(cached, "en")
    assert frame_changed(query, cached, a, b) == reason
    assert _frame_before(query, cached, a, b) == reason


def _givers_before(words: frozenset[str]) -> frozenset[str]:
    """The session-22 form: every word mapped, then intersected."""
    return frozenset(_POTENTIALS.get(word, word) for word in words) & CONVERSES.keys()


def test_givers_as_before_on_the_golden_sample(pairs: list[Pair]) -> None:
    japanese = [p for p in pairs if p[2].lang == "ja"]
    assert len(japanese) > 100
    for _, _, a, b in japanese:
        for words in (a.words, b.words):
            assert _givers(words) == _givers_before(words)
    every = frozenset((*CONVERSES, *_POTENTIALS, "借りる", "走る"))
    assert _givers(every) == _givers_before(every) == frozenset(CONVERSES)
    assert _givers(frozenset({"売れる"})) == {"売る"}  # a potential read as its verb


def test_giver_changed_on_a_wording() -> None:
    query, cached = "傘を貸していただけますか", "傘を貸せますか"
    a, b = analyse(query, "ja"), analyse(cached, "ja")
    assert giver_changed(query, cached, a, b) == "貸す"


def _numerals_before(text: str) -> Counter[str]:
    return Counter(_NUMERAL.findall(unicodedata.normalize("NFKC", text)))


def test_numerals_gate_as_before_on_the_golden_sample(pairs: list[Pair]) -> None:
    texts = [t for query, cached, a, _ in pairs if a.lang == "ja" for t in (query, cached)]
    for x, y in itertools.pairwise(texts):
        assert len(set(_numerals(x))) == len(_numerals_before(x))
        assert (_numerals(x) == _numerals(y)) == (_numerals_before(x) == _numerals_before(y))
    assert _numerals("大人２人と子供1人") == _numerals("子供2人と大人1人")
    assert _numerals("大人2人と子供1人") != _numerals("大人2人と子供2人")


def test_counts_exchanged_on_wordings() -> None:
    assert counts_exchanged("大人1人と子供2人で予約したい", "大人2人と子供1人で予約したい")
    assert not counts_exchanged("大人2人と子供1人で予約したい", "大人2人と子供1人で予約したい")


def test_word_sets_once_per_pair_as_before_on_the_golden_sample(pairs: list[Pair]) -> None:
    english = [p for p in pairs if p[2].lang == "en"]
    for query, cached, _, _ in english:
        mine, theirs = set(en_words(query)), set(en_words(cached))
        assert en_changed(query, cached) == (mine - theirs, theirs - mine)
        people = person_replaced(en_words(query), en_words(cached))
        units = unit_replaced(en_words(query), en_words(cached))
        few = 1 <= len(mine - theirs) <= MAX_REPLACED and 1 <= len(theirs - mine) <= MAX_REPLACED
        assert _one_or_two_each(query, cached) == few
        assert few or not (people or units)  # (the gate never hides what either finds)


def test_replacement_tests_on_wordings() -> None:
    assert body_part_replaced("Why does my chest hurt?", "Why does my breast hurt?")
    assert not body_part_replaced("Why does my belly hurt?", "Why does my stomach hurt?")
    query, cached = "Can tenants end the lease?", "Can landlords end the lease?"
    assert _one_or_two_each(query, cached)
    assert person_replaced(en_words(query), en_words(cached)) == "landlords->tenants"
    assert not _one_or_two_each("Can tenants of the flat end it?", "Can landlords end it now?")
