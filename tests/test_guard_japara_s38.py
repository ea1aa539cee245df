"""Session 38 (japara): a compound noun in kana against its kanji, read noun by noun.

かみひこうき大会 / 紙飛行機大会: SudachiPy writes the kanji side as two long units (紙 +
飛行機) and cuts the kana into other words (かみ, ひ, こうき), so no single noun of the kanji
side covers the span that differs and :func:`~yamabiko.guard.ja_respelt.kana_spelt` (session
31) gave up. It now reads a run of two or more adjacent common nouns against the kana: their
joined readings must be the kana exactly (カミ + ヒコウキ), and the run's last noun, its head,
must name one word of that reading (ヒコウキ: 飛行機 only) while its modifier may be a
homophone (カミ: 紙, 髪, 神). A head of several words (たいかい: 大会, 大海, 退会), another
reading (かみふうせん / 紙飛行機), another noun (竹飛行機) keep two prompts apart.

Every pair is written here for the test (none is taken from an evaluation file); the guard,
the trees, the verified band, SudachiPy and the embedder are the real ones. Each pair of SERVED
and BAND_SERVED was refused by the code before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_respelt import kana_spelt, spelt_alike
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): served whichever prompt is cached
SERVED = [
    ("かみひこうき教室は何歳から参加できますか？", "紙飛行機教室は何歳から参加できますか？",
     "ja"),
    ("こうちゃきょうしつの予約は必要ですか？", "紅茶教室の予約は必要ですか？", "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): refused whichever prompt is cached
REFUSED = [
    ("かみふうせん大会の会場はどこですか？", "紙飛行機大会の会場はどこですか？", "ja",
     "substitution:かみ+ふうせん->紙+飛行+機"),
    ("紙飛行機大会の会場はどこですか？", "紙風船大会の会場はどこですか？", "ja",
     "substitution:飛行+機->風船"),
    ("いしけりたいかいの会場は？", "石蹴り大会の会場は？", "ja", "substitution:いし->石蹴り"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_kana_compound_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_other_readings_and_heads_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_kana_compound_proved_in_the_band() -> None:
    """In the verified band the reading proves the pair though the trees score it below the
    band's cut-off; another modifier (竹 / かみ) is not proved."""
    band = VerifiedBand()
    kana, kanji = "かみひこうきの折り方教室はありますか？", "紙飛行機の折り方教室はありますか？"
    for query, cached in ((kana, kanji), (kanji, kana)):
        served = band.check(GUARD, query, cached, "ja", 0.72, THRESHOLD)
        assert served.accept and served.reason.endswith(":reading"), served.reason
    other = "竹飛行機の折り方教室はありますか？"
    for query, cached in ((kana, other), (other, kana)):
        assert not band.check(GUARD, query, cached, "ja", 0.72, THRESHOLD).accept


def test_kana_spelt_reads_a_run_of_nouns() -> None:
    kana, kanji = "かみひこうき大会の会場はどこですか", "紙飛行機大会の会場はどこですか"
    assert kana_spelt(kana, kanji) == ("かみひこうき", "紙飛行機")
    assert kana_spelt(kanji, kana) == ("紙飛行機", "かみひこうき")
    assert spelt_alike(kanji, kana) == ("reading", "紙飛行機", "かみひこうき")
    # the head 大会 has homophones (大海, 退会): not read
    assert kana_spelt("いしけりたいかいの会場は", "石蹴り大会の会場は") is None
    # another modifier's reading (タケ), another head's (フウセン)
    assert kana_spelt("たけひこうき大会の会場は", "紙飛行機大会の会場は") is None
    assert kana_spelt("かみふうせん大会の会場は", "紙飛行機大会の会場は") is None
