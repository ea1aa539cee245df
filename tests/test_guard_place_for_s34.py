"""Session 34 (lateJA): a Japanese place named by what is done there, as a compound on one
side (a verbal noun + 室 / 場 / 所) and as a clause on a place noun on the other
(``guard/ja_place_for.py``).

The minimal-pair check finds the same act in 休憩室 / 休憩する場所 and accepts the pair; the
boosted trees refused it (``learned:0.25``). Now the pair is served, ``place-for:<score>``,
when the act is the same verbal noun or one SudachiDict synonym group joins the two (調理 /
料理); another act, a negation, a past tense or another noun than a place stay refused, and
更衣室 / 着替えるところ stays refused: no resource shipped says 更衣 is 着替え (their synonym
groups differ, the word vectors put them at 0.47).

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
trees, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_served, assert_still_refused, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_place_for import PLACE_SUFFIXES, place_for_act

GUARD = Guard()
THRESHOLD = 0.75

#: one place, said as a compound and as a clause (the trees refused each before)
SERVED = [
    ("体育館に休憩室はありますか？", "体育館に休憩する場所はありますか？", "ja"),
    ("ホテルに会議室はありますか？", "ホテルに会議ができる場所はありますか？", "ja"),
    ("公園に駐車場はありますか？", "公園に駐車できる場所はありますか？", "ja"),
    ("図書館の自習室はどこですか？", "図書館の自習する場所はどこですか？", "ja"),
    ("学校に調理室はありますか？", "学校に料理ができる場所はありますか？", "ja"),  # one group
]  # fmt: skip

#: another act, a negation, a past, a time: no place of that act (refused before too)
REFUSED = [
    ("プールに更衣室はありますか？", "プールに休憩室はありますか？", "ja"),
    ("体育館に休憩室はありますか？", "体育館に更衣する場所はありますか？", "ja"),
    ("駅に喫煙所はありますか？", "駅に禁煙できる場所はありますか？", "ja"),
    ("体育館に休憩室はありますか？", "体育館に休憩できない場所はありますか？", "ja"),
    ("ホテルに会議室はありますか？", "ホテルに会議した場所はありますか？", "ja"),
    ("体育館に休憩室はありますか？", "体育館に休憩する時間はありますか？", "ja"),
]  # fmt: skip

#: a paraphrase no shipped resource explains: 更衣 and 着替える share no synonym group; and 所,
#: read no more (session 34 review: 研究所, 発電所, 保育所 name institutions), so 喫煙所
KNOWN_MISSES = [
    ("プールに更衣室はありますか？", "プールに着替えるところはありますか？", "ja"),
    ("駅に喫煙所はありますか？", "駅に喫煙できる場所はありますか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED, KNOWN_MISSES)


def test_a_place_said_by_its_act_is_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    for cached, query, lang in SERVED:
        verdict = GUARD.check(query, cached, lang, cosines[cached, query], THRESHOLD)
        assert verdict.reason.startswith(("place-for:", "guard-ok")), verdict


def test_another_act_or_no_place_is_refused(cosines) -> None:
    assert_still_refused(GUARD, REFUSED, cosines, THRESHOLD)
    for cached, query, lang in REFUSED:  # and the other way round
        verdict = GUARD.check(cached, query, lang, cosines[cached, query], THRESHOLD)
        assert not verdict.accept, (query, cached, verdict)


def test_a_verbal_noun_no_resource_joins_stays_refused(cosines) -> None:
    assert_still_refused(GUARD, KNOWN_MISSES, cosines, THRESHOLD)


def test_place_for_act() -> None:
    assert place_for_act("休憩室はありますか？", "休憩する場所はありますか？")
    assert place_for_act("休憩できるところはありますか？", "休憩室はありますか？")
    assert place_for_act("調理室はありますか？", "料理ができる場所はありますか？")
    assert not place_for_act("更衣室はありますか？", "着替える場所はありますか？")
    assert not place_for_act("休憩室はありますか？", "休憩しない場所はありますか？")
    assert not place_for_act("休憩室はありますか？", "休憩する時間はありますか？")
    assert not place_for_act("Is there a rest room?", "Is there a place to rest?")


def test_an_institution_named_with_sho_is_no_place_for_its_act() -> None:
    """研究所 (an institute), 保育所 (a nursery) against a place where the act can be done: not
    read (session 34 review: served through the band or the trees)."""
    assert "所" not in PLACE_SUFFIXES
    for cached, query, cosine in (
        ("近くに研究所はありますか", "近くに研究できる場所はありますか", 0.80),
        ("施設内に保育所はありますか", "施設内に保育ができる場所はありますか", 0.906),
    ):
        assert not GUARD.check(query, cached, "ja", cosine, 0.75).accept, (cached, query)
