"""Session 29, after the record run (lateJA): three general causes of Japanese pairs said
wrongly by the guard.

- ``guard/ja_cuts.py`` (:func:`~yamabiko.guard.ja_cuts.read_as_one`): one noun written in
  kanji and in katakana that SudachiPy cuts into pieces on the kanji side (兜虫: 兜 + 虫;
  カブトムシ is one word) was a substitution; the pieces' readings joined spell the katakana
  word, which names one common noun of the dictionary. The noun of a compound verb cut into
  its verbs (持ち帰り用: 持ち + 帰り) is paired with a word of its SudachiDict synonym group
  (テイクアウト).
- ``guard/ja_respelt.py`` (:func:`~yamabiko.guard.ja_respelt.synonyms_only`) read by
  ``guard/minpair_stage.py``: two prompts that differ only in nouns of one SudachiDict synonym
  group are verified in the band though the trees score them low (``...:synonym``).
- ``guard/ja_companion.py`` (:func:`~yamabiko.guard.ja_companion.companion_changed`): another
  companion before と, described by a clause (耳の不自由な姑と) against a person described by a
  noun (幼稚園児の甥と), was ``not-minimal`` and served; it is refused
  ``companion:甥->姑``.

Every pair is written here for the test (none is taken from an evaluation file); the guard, the
embedder, the band and SudachiPy are the real ones. Each pair of SPELT and COMPOUND_SYNONYMS
was refused by the code before this change, each of COMPANIONS served at the cosine given;
APART, TWINS and KEPT were said the same way before and are after.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_cuts import read_as_one
from yamabiko.guard.ja_respelt import synonyms_only
from yamabiko.guard.units import units
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
THRESHOLD = 0.75
#: a cosine inside the verified band below the default threshold (0.70-0.75)
IN_BAND = 0.72

#: one noun in kanji (cut into pieces) and in katakana
SPELT = [
    ("夏休みの自由研究で兜虫を観察できますか？", "夏休みの自由研究でカブトムシを観察できますか？",
     "ja"),
]  # fmt: skip

#: the kanji pieces read as another katakana noun: another insect
APART = [
    ("夏休みの自由研究で兜虫を観察できますか？", "夏休みの自由研究でクワガタムシを観察できますか？",
     "ja", "substitution:兜+虫->クワガタムシ"),
]  # fmt: skip

#: a compound verb's noun cut into its verbs against a loanword of its synonym group
COMPOUND_SYNONYMS = [
    ("ドーナツの持ち帰り用の箱はありますか？", "ドーナツのテイクアウト用の箱はありますか？", "ja"),
]  # fmt: skip

#: two words of one use in one question, proved one by the synonym group in the band
BAND_SYNONYMS = [
    ("たい焼きの持ち帰りはできますか？", "たい焼きのテイクアウトはできますか？"),
    ("陶芸教室の払い戻しはいつになりますか？", "陶芸教室の返金はいつになりますか？"),
]  # fmt: skip

#: the twins that stay refused at a served cosine and in the band: another way to eat, another
#: meeting point, another temperature, another act
TWINS = [
    ("たい焼きの持ち帰りはできますか？", "たい焼きの店内飲食はできますか？",
     "substitution:持ち帰り->店内+飲食"),
    ("登山ツアーの集合場所はどこですか？", "登山ツアーの解散場所はどこですか？",
     "substitution:集合->解散"),
    ("肉まんは温めてもらえますか？", "肉まんは冷やしてもらえますか？", "predicate"),
    ("陶芸教室の取り消しは電話でできますか？", "陶芸教室の変更は電話でできますか？",
     "substitution:取り消し->変更"),
]  # fmt: skip

#: another companion before と, one of them described by a clause (served before at 0.85)
COMPANIONS = [
    ("幼稚園児の甥と料理教室に参加できますか？", "耳の不自由な姑と料理教室に参加できますか？",
     "companion:甥->姑"),
    ("大学生の甥とそば打ち体験に参加できますか？",
     "車椅子を使う叔父とそば打ち体験に参加できますか？", "companion:甥->叔父"),
]  # fmt: skip

#: the same companion described another way: served, as before
KEPT = [
    ("中学生の甥と陶芸体験に参加できますか？", "中学に通う甥と陶芸体験に参加できますか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SPELT, APART, COMPOUND_SYNONYMS, KEPT)


def test_kanji_pieces_read_as_the_katakana_noun(cosines: dict[tuple[str, str], float]) -> None:
    """兜虫 / カブトムシ is served both ways; the pieces of 兜虫 are not クワガタムシ."""
    assert_served(GUARD, SPELT, cosines, THRESHOLD, either_side=True)
    assert_refused_with_reasons(GUARD, APART, cosines, THRESHOLD, either_side=True)


def _read(cached: str, query: str, left: tuple[str, ...], right: tuple[str, ...]) -> str:
    """:func:`read_as_one` on the units of ``cached`` and ``query`` whose texts are ``left``
    and ``right`` (checked found)."""
    first, second = units(cached, "ja"), units(query, "ja")
    mine = [u for u in first if u.text in left]
    theirs = [u for u in second if u.text in right]
    assert len(mine) == len(left) and len(theirs) == len(right)
    return read_as_one(mine, theirs, first, second)


def test_read_as_one_needs_the_dictionary_noun() -> None:
    """The reading must spell a katakana noun that the dictionary holds as one common noun:
    カミキリムシ (髪切 + 虫) is not in it, so the pair keeps its units; 兜 + 虫 is カブトムシ."""
    kanji, kana = "兜虫を観察できますか？", "カブトムシを観察できますか？"
    assert _read(kanji, kana, ("兜", "虫"), ("カブトムシ",)) == "reading:兜+虫->カブトムシ"
    assert _read(kana, kanji, ("カブトムシ",), ("兜", "虫")) == "reading:カブトムシ->兜+虫"
    kanji, kana = "髪切虫を観察できますか？", "カミキリムシを観察できますか？"
    assert _read(kanji, kana, ("髪切", "虫"), ("カミキリムシ",)) == ""


def test_compound_verb_noun_paired_with_its_synonym(cosines: dict[tuple[str, str], float]) -> None:
    """持ち + 帰り (in 持ち帰り用) and テイクアウト share SudachiDict's group: served both ways."""
    assert_served(GUARD, COMPOUND_SYNONYMS, cosines, THRESHOLD, either_side=True)


def test_synonym_pair_verified_in_the_band() -> None:
    """In the verified band two prompts that differ in nouns of one synonym group are served
    though the trees score them below the band's cut-off (``verified-band:...:synonym``)."""
    band = VerifiedBand()
    for cached, query in BAND_SYNONYMS:
        assert synonyms_only(cached, query)
        served = band.check(GUARD, query, cached, "ja", IN_BAND, THRESHOLD)
        assert served.accept and served.reason.startswith("verified-band:"), served.reason
        score = float(served.reason.split(":")[2])
        assert served.reason.endswith(":synonym") or score >= band.min_score, served.reason
    assert not synonyms_only("たい焼きの持ち帰りはできますか？", "たい焼きの店内はできますか？")


def test_twins_stay_refused() -> None:
    """持ち帰り / 店内飲食, 集合 / 解散, 温めて / 冷やして, 取り消し / 変更: refused with their
    reasons at a served cosine and in the band."""
    band = VerifiedBand()
    for cached, query, reason in TWINS:
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, "ja", 0.85, THRESHOLD)
            assert not verdict.accept, (a, b, verdict.reason)
            assert not band.check(GUARD, a, b, "ja", IN_BAND, THRESHOLD).accept, (a, b)
        assert GUARD.check(query, cached, "ja", 0.85, THRESHOLD).reason == reason


def test_other_companion_refused() -> None:
    """Another companion before と, with a clause or a noun describing it, is refused at a
    cosine the trees served before, both ways round."""
    for cached, query, reason in COMPANIONS:
        verdict = GUARD.check(query, cached, "ja", 0.85, THRESHOLD)
        assert (verdict.accept, verdict.reason) == (False, reason), (cached, query)
        assert not GUARD.check(cached, query, "ja", 0.85, THRESHOLD).accept


def test_same_companion_served(cosines: dict[tuple[str, str], float]) -> None:
    """The same companion (甥) described another way stays served."""
    assert_served(GUARD, KEPT, cosines, THRESHOLD, either_side=True)
