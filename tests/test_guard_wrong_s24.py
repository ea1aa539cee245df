"""Session 24: minimal pairs the guard served, read generally, with the probes of
``wrong_s24_probes.py`` (written for this work, in domains the earlier probe files did not
use): *in* / *by* as prepositions of place before a thing or a place (``places``), a
phrase of exception put before words both prompts say (``english_scope.except_added``), a
turned back in Japanese (``places.turned_away_ja``), an adjectival noun's condition against
a concession (``ja_concession``) and an item joined as a compound of two nouns
(``ja_items``). Every probe is checked at the real embedder's cosine with the default
threshold 0.75; the fixed ones also at forced cosines in the trees' band and above it."""

from __future__ import annotations

import guard_probes as probes
import pytest
from wrong_s24_probes import FIXED, KNOWN_WRONG, MINIMAL, PARAPHRASE_MISSES, PARAPHRASES

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.english_scope import except_added
from yamabiko.guard.ja_concession import concession_changed
from yamabiko.guard.ja_items import item_added
from yamabiko.guard.places import place_changed, turned_away_ja

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)


class TestProbes(probes.MinimalPairFile):
    """The probes of ``wrong_s24_probes.py`` at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    minimal, fixed, known_wrong = MINIMAL, FIXED, KNOWN_WRONG
    paraphrases, paraphrase_misses = PARAPHRASES, PARAPHRASE_MISSES


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), FIXED)
def test_fixed_refused_in_the_band(cached: str, query: str, lang: str, reason: str) -> None:
    probes.assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD, lang)


def test_in_and_by_are_places_before_a_thing_only() -> None:
    pool = "Can I sit by the pool?"
    assert place_changed(pool, "Can I sit in the pool?") == "pool:beside->in"
    assert place_changed("Can I sit in the pool?", pool) == "pool:in->beside"
    assert place_changed(pool, "Can I sit next to the pool?") == ""  # one kind
    # a time, a rate, a body of people: no place
    assert place_changed("Is it due by the morning?", "Is it due in the morning?") == ""
    assert place_changed("Is it paid by the hour?", "Is it paid in the hour?") == ""
    assert place_changed("Is it run by the council?", "Is it next to the council?") == ""
    # no determiner: by car, in person
    assert place_changed("Can I come by car?", "Can I come in car?") == ""
    # *in* and *on* often name one place (the bus, the street): not compared
    assert place_changed("Can I eat in the bus?", "Can I eat on the bus?") == ""
    # *by* after a participle names the doer; a compound's head decides (gmail *account*)
    assert place_changed("Was it taken by the hotel?", "Was it taken next to the hotel?") == ""
    gmail = "Can I find it in my gmail account?"
    assert place_changed(gmail, "Can I find it next to my gmail account?") == ""
    assert place_changed("Is the key in the flower pot?", "Is the key by the flower pot?") != ""


def test_except_added_before_shared_words() -> None:
    free = "Is the museum free on Mondays?"
    assert except_added(free, "Is the museum free except on Mondays?") == "except+mondays"
    assert except_added("Is the museum free except on Mondays?", free) == "except+mondays"
    assert except_added(free, "Is the museum free other than Mondays?") == ("other+than+mondays")
    assert except_added(free, "Is the museum free on Mondays?") == ""
    # other words changed too, or a word of content replaced
    assert except_added(free, "Is the museum open except on Mondays?") == ""
    assert except_added(free, "Is the museum free except Tuesdays?") == ""


def test_turned_away_in_japanese() -> None:
    lake = "湖に背を向けて座れますか？"
    assert turned_away_ja("湖の方を向いて座れますか？", lake) == "湖:向く->背"
    assert turned_away_ja(lake, "湖に面して座れますか？") == "湖:背->向く"
    assert turned_away_ja(lake, "山の方を向いて座れますか？") == ""  # another noun
    assert turned_away_ja("背の高い人は湖の方を向けますか？", lake) == ""  # a back both sides


def test_an_adjectival_noun_heads_a_condition_or_a_concession() -> None:
    valid = "パスポートが有効なら出国できますか？"
    assert concession_changed(valid, "パスポートが有効でも出国できますか？") == "有効:ても->なら"
    assert concession_changed("パスポートが切れても出国できますか？", valid) == (
        "有効:なら->切れる:ても"
    )
    assert concession_changed(valid, "パスポートが有効であれば出国できますか？") == ""


def test_an_item_joined_as_a_compound() -> None:
    def added(x: str, y: str) -> str:
        return item_added(x, y, analyse(x, "ja"), analyse(y, "ja"))

    one = "入場券で水族館に入れますか？"
    two = "入場券で水族館とふれあい広場に入れますか？"
    assert added(two, one) == added(one, two) == "触れ合い+広場"
    assert added("掃除とワックスも含まれますか？", "掃除も含まれますか？") == "ワックス"
    assert added("友達と旅行に行けますか？", "旅行に行けますか？") == ""  # a partner
