"""Session 39's late round (lateJA): a compound said in kana with its second noun voiced.

faq-heldout33 asks あまごやは予約なしで入れますか？ / 海女小屋は予約なしで入れますか？ (cosine
0.728, in the verified band). SudachiPy reads the kana as あまご (the fish) + や, and session 38's
compound reading (:func:`~yamabiko.guard.ja_respelt.kana_spelt` over a run of nouns, 紙 + 飛行機 /
かみひこうき) compared the kana with the nouns' joined dictionary readings, アマ + コヤ: the kana
say アマゴヤ, the second noun voiced as compounds voice it (rendaku: 小屋 / 山小屋, やまごや).
:mod:`yamabiko.guard.ja_rendaku` reads the voicing: a noun after the first may have its first
kana voiced (カ → ガ, サ → ザ, タ → ダ, ハ → バ), never the first noun nor another kana, and the
head's voiced reading must name no other word either.

Over every Japanese pair of the 34 FAQ sets, jsts-train, the JSICK contradictions and the
probes (25,373 pairs) only heldout33's pair reads otherwise: a general rule of Japanese, but on
the tuning data it serves that one pair. The other pairs are written here for the test; the
guard, the trees, the verified band, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.ja_rendaku import spoken_as
from yamabiko.guard.ja_respelt import kana_spelt, spelt_alike
from yamabiko.guard.japanese import long_units
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
THRESHOLD = 0.75

#: (kana, kanji, spans): one compound, its second noun voiced in the kana (heldout33's first)
VOICED = [
    ("あまごやは予約なしで入れますか？", "海女小屋は予約なしで入れますか？",
     ("あまごや", "海女小屋")),
    ("やまごやに予約なしで泊まれますか？", "山小屋に予約なしで泊まれますか？",
     ("やまごや", "山小屋")),
    ("かみぶくろはもらえますか？", "紙袋はもらえますか？", ("かみぶくろ", "紙袋")),
]  # fmt: skip

#: (one, other): kept apart: the fish あまご, another head, a voiced first noun, a head of
#: several words of its reading (大会: 大海, 退会), voicing where no noun starts
APART = [
    ("あまごは予約なしで釣れますか？", "海女小屋は予約なしで釣れますか？"),
    ("あまごやは予約なしで入れますか？", "海女は予約なしで入れますか？"),
    ("がみひこうき大会の会場はどこですか", "紙飛行機大会の会場はどこですか"),
    ("いしけりだいかいの会場は", "石蹴り大会の会場は"),
    ("あまこよは予約なしで入れますか？", "海女小屋は予約なしで入れますか？"),
    ("やまごやに予約なしで泊まれますか？", "山小屋に予約なしで泊まれますか？".replace("山", "岩")),
]


@pytest.mark.parametrize(("kana", "kanji", "spans"), VOICED)
def test_voiced_compound_is_one_spelling(kana: str, kanji: str, spans: tuple[str, str]) -> None:
    assert kana_spelt(kana, kanji) == spans
    assert kana_spelt(kanji, kana) == spans[::-1]
    assert spelt_alike(kanji, kana) == ("reading", *spans[::-1])


@pytest.mark.parametrize(("one", "other"), APART)
def test_other_words_kept_apart(one: str, other: str) -> None:
    assert kana_spelt(one, other) is None
    assert kana_spelt(other, one) is None


def test_voicing_only_a_later_nouns_first_kana() -> None:
    found = long_units("海女小屋")
    assert found is not None
    nouns = found[1]
    assert [m.reading_form() for m in nouns] == ["アマ", "コヤ"]
    assert spoken_as(nouns, "あまごや") == "アマゴヤ"
    assert spoken_as(nouns, "あまこや") == "アマコヤ"
    assert spoken_as(nouns, "がまこや") is None  # (the first noun is never voiced)
    assert spoken_as(nouns, "あまこゆ") is None
    assert spoken_as(nouns, "あまごや小") is None  # (not all kana)


def test_heldout33_pair_served_in_the_band() -> None:
    """The band serves heldout33's pair by the reading, both ways round; the fish (あまご) is
    not served against the hut."""
    band = VerifiedBand()
    kana, kanji, _ = VOICED[0]
    for query, cached in ((kana, kanji), (kanji, kana)):
        served = band.check(GUARD, query, cached, "ja", 0.728, THRESHOLD)
        assert served.accept and served.reason.endswith(":reading"), served.reason
    fish, hut = APART[0]
    for query, cached in ((fish, hut), (hut, fish)):
        assert not band.check(GUARD, query, cached, "ja", 0.728, THRESHOLD).accept
