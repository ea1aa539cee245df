"""Session 32 (convoRe): one fact of a reworded thread said in other words, read as the same:

- a counter said back after a number (二十名) against the same number with a counter of the
  same things on the other side (20人: the guard's counter classes), not a counter of other
  things (20組);
- a word written in kana (あさって) against the one word in kanji the word table reads so
  (明後日), not a kana word several words may spell;
- an English word of place (*indoors*) against a WordNet synonym the units read as a
  relation (*inside*), not its opposite (*outdoors*).

Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round; the helpers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.counted import counter_said
from yamabiko.conversation.counterparts import spelt_in_kanji
from yamabiko.conversation.fact_words import synonym_said
from yamabiko.guard.units import Unit, units
from yamabiko.guard.units_ja import units_ja


def units_en(text: str) -> tuple[Unit, ...]:
    """The guard's units of an English text."""
    return units(text, "en")


def soba(count: str = "二十名") -> list[tuple[str, str]]:
    """出張のそば打ち教室: 人数を漢数字で、道具は質問への答えで."""
    return [
        (f"九月十日に、町内会の{count}へ出張のそば打ち教室をお願いできますか？",
         "ありがとうございます。道具はこちらでお持ちしましょうか？"),
        ("はい、道具もお願いします。",
         f"承知しました。九月十日、町内会の{count}分、道具を持って伺います。"),
    ]  # fmt: skip


def soba_reworded(count: str = "20人") -> list[tuple[str, str]]:
    """The same request in one turn, the party counted in digits by another counter."""
    return [
        (f"うちの町内会の{count}のために、そばの打ち方を教える先生に来てほしいんです。"
         "9月の10日で、道具も持ってきてもらえると助かります。",
         f"かしこまりました。9月10日に{count}分、道具持参で参ります。"),
    ]  # fmt: skip


def umbrella(day: str = "明後日") -> list[tuple[str, str]]:
    """傘の修理: 受け取りの日を漢字で."""
    return [
        (f"折れた傘の骨を直してほしいです。{day}の夕方に受け取りたいです。",
         f"承知しました。傘の骨の修理、{day}の夕方のお渡しですね。"),
    ]  # fmt: skip


def umbrella_reworded(day: str = "あさって") -> list[tuple[str, str]]:
    """The same request in two exchanges, the day written in kana."""
    return [
        ("傘の骨が折れてしまって、修理をお願いできますか。",
         "かしこまりました。いつお受け取りになりますか？"),
        (f"{day}の夕方でお願いします。", f"傘の骨の修理、{day}の夕方のお渡しですね。"),
    ]  # fmt: skip


def bbq(place: str = "Outdoors") -> list[tuple[str, str]]:
    """A table at a grill restaurant, the place chosen as an answer."""
    return [
        ("A table for 4 on Saturday at 7pm, please, for the mixed grill.",
         "Of course. Outdoors, or in the dining room?"),
        (f"{place}, please.", f"Booked: 4 people {place.lower()} on Saturday at 7pm, mixed grill."),
    ]  # fmt: skip


def bbq_reworded(place: str = "outside") -> list[tuple[str, str]]:
    """The same request in one turn, the place said by a word the units read as a relation."""
    return [
        (f"Four of us fancy your mixed grill this Saturday at seven, {place} if you can.",
         f"Yes: four for the mixed grill, Saturday 7pm, {place}."),
    ]  # fmt: skip


PROBES = [
    ("ja-soba-counter", "reworded", 1, soba(), soba_reworded()),
    ("ja-umbrella-kana", "reworded", 1, umbrella(), umbrella_reworded()),
    ("en-bbq-outside", "reworded", 1, bbq(), bbq_reworded()),
    # twins: groups counted where the other side counts people; thirty people; a kana word of
    # another day; the dining room (indoors) where the other side sits outdoors
    ("ja-soba-groups", "entity-reworded", 0, soba(), soba_reworded("20組")),
    ("ja-soba-thirty", "entity-reworded", 0, soba(), soba_reworded("30人")),
    ("ja-umbrella-other-day", "entity-reworded", 0, umbrella(), umbrella_reworded("しあさって")),
    ("en-bbq-inside", "entity-reworded", 0, bbq(), bbq_reworded("inside")),
]  # fmt: skip


#: the twins' reasons (main refused the three reworded probes by ``history:facts-fact``)
REASONS = {
    "ja-soba-groups": "history:facts-other-kind:名->組",
    "ja-soba-thirty": "history:facts-named:二十",
    "ja-umbrella-other-day": "history:facts-fact:",
    "en-bbq-inside": "history:facts-fact:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_counter_said() -> None:
    """A counter after a number is said by the same number with a counter of its class."""
    mine = ["学童の二十名分、縄を持って伺います。"]
    assert counter_said("名", mine, ["7月5日に20人分、ロープ持参で参ります。"], units_ja)
    assert not counter_said("名", mine, ["7月5日に20組分、ロープ持参で参ります。"], units_ja)
    assert not counter_said("名", mine, ["7月5日に30人分、ロープ持参で参ります。"], units_ja)
    assert not counter_said("縄", mine, ["7月5日に20人分、縄持参で参ります。"], units_ja)


def _unit(text: str, lang_units) -> Unit:
    return next(u for u in lang_units(text) if u.text == text)


def test_kana_spells_one_kanji_word() -> None:
    """あさって is 明後日, both ways round; こうえん may be 公園, 公演 or 講演."""
    kana_day, kanji_day = units_ja("あさって"), units_ja("明後日")
    assert spelt_in_kanji(kana_day[0], kana_day, kanji_day)
    assert spelt_in_kanji(kanji_day[0], kanji_day, kana_day)
    kana_park, kanji_park = units_ja("こうえん"), units_ja("公演")
    assert not any(spelt_in_kanji(u, kana_park, kanji_park) for u in kana_park)


def test_synonym_of_place() -> None:
    """*inside* (a relation unit) says *indoors*; *outdoors* does not."""
    indoors = _unit("Indoors", units_en)
    assert synonym_said(indoors, units_en("Friday 8pm, inside."))
    assert not synonym_said(indoors, units_en("Friday 8pm, outdoors."))
