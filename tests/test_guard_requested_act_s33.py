"""Session 33 (jaWrong): the verb a closing request asks for is a unit of the minimal-pair
check, whatever particle stands before it (この靴は直してもらえますか).

SudachiPy marks 直す, 出す, 置く, しまう as verbs that may also be auxiliaries (非自立可能: し直す,
取り出す), and the units keep such a verb only right after を or as the prompt's last verb. After
は, に or で and before て + もらえる / くれる / いただける it was filler, so 直してもらえますか /
処分してもらえますか differed only by 処分, read as a detail added: every rule accepted the pair
and only the boosted trees stood between it and a wrong serve (served at 0.90-0.96 with a story
before the question). ``ja_words.requested_act`` reads the verb before a closing verb of giving
or receiving as the act requested; the minimal-pair check then names the substitution.

Every pair is written here for the test (none is taken from an evaluation file); the guard, the
verified band and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.units import units
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
THRESHOLD = 0.75

#: one request said two ways: served (the second was refused before, learned:0.43)
SERVED = [
    ("この時計は直してもらえますか", "この時計は修理してもらえますか", "ja"),
    ("この靴は直してくれますか", "この靴は直してもらえますか", "ja"),
    ("この靴は直していただけますか", "この靴は修理していただけますか", "ja"),
    ("この服は直してもらえますか", "この服は直せますか", "ja"),
]  # fmt: skip

#: the act requested replaced by another (repair / dispose of, sell, take back): refused by
#: the rule; the first four were served before this change (every rule accepted them)
REFUSED = [
    ("先月買った革靴のかかとがすり減ってしまったのですが、この靴は直してもらえますか",
     "先月買った革靴のかかとがすり減ってしまったのですが、この靴は処分してもらえますか", "ja",
     "substitution:直し->処分"),
    ("祖母の形見の腕時計が止まってしまいました。この時計はお店で直してもらえますか",
     "祖母の形見の腕時計が止まってしまいました。この時計はお店で処分してもらえますか", "ja",
     "substitution:直し->処分"),
    ("引っ越しで使わなくなった古いソファがあるのですが、ソファは直してもらえますか",
     "引っ越しで使わなくなった古いソファがあるのですが、ソファは引き取ってもらえますか", "ja",
     "substitution:直し->引き+取っ"),
    ("子どもの自転車のチェーンが外れました。自転車はお店で直してもらえますか",
     "子どもの自転車のチェーンが外れました。自転車はお店で買い取ってもらえますか", "ja",
     "substitution:直し->買い+取っ"),
    ("この時計は直してもらえますか", "この時計は売ってもらえますか", "ja",
     "substitution:直し->売っ"),
    ("この荷物はここに置いてもらえますか", "この荷物はここに預けてもらえますか", "ja",
     "substitution:置い->預け"),
    ("ゴミは出してもらえますか", "ゴミは片付けてもらえますか", "ja",
     "substitution:出し->片付け"),
]  # fmt: skip

#: repair / dispose of, in the verified band (0.726): refused by the trees alone before
BAND_PAIR = ("この靴は直してもらえますか", "この靴は処分してもらえますか")

cosines = cosines_fixture(SERVED, REFUSED, [BAND_PAIR])


def test_one_request_said_two_ways_is_served(cosines: dict) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_another_act_requested_is_refused_by_its_substitution(cosines: dict) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_the_verified_band_names_the_substitution(cosines: dict) -> None:
    cached, query = BAND_PAIR
    band = VerifiedBand()
    cosine = cosines[cached, query]
    assert band.covers(cosine, THRESHOLD)  # (0.726: below the threshold, in the band)
    verdict = band.check(GUARD, query, cached, "ja", cosine, THRESHOLD)
    assert (verdict.accept, verdict.reason) == (False, "substitution:直し->処分")


def test_the_requested_verb_is_a_unit_and_a_light_one_is_not() -> None:
    def keys(text: str) -> list[str]:
        return [unit.key for unit in units(text, "ja")]

    assert "直す" in keys("この靴は直してもらえますか")  # after は, before てもらえる
    assert "置く" in keys("棚に置いてください")  # after に, before てください
    assert "直す" in keys("この靴を直してもらえますか")  # after を, as before
    assert "置く" not in keys("鍵は机に置いてありますか")  # てある: no request
    assert "直す" not in keys("この靴は直してもらえますが、高いですか")  # no closing request
