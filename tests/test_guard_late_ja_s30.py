"""Session 30, after the record run (lateJA): two general causes of Japanese paraphrases the
guard refused.

- ``guard/minpair_stage.py`` (``_whole_synonyms``): a one-for-one substitution whose whole
  words (SudachiPy's long units) are common nouns of one SudachiDict synonym group was
  refused; the short units had cut a suffix off one side's word (駐車場: 駐車 + 場), and the
  unit left is not the word the group lists. It is ``equivalent-words:synonym:...``; the
  trees still weigh the pair, their refusal served only on the same proof.
- ``guard/ja_favour.py`` (:func:`~yamabiko.guard.ja_favour.favour_doer_kept`): the doer of a
  favour said from the giver's end (X が V てくれる) and from the receiver's end (X に V て
  もらう) was read as a role swap; served ``favour-doer:X:V``.

Every pair is written here for the test (none is taken from an evaluation file); the guard, the
embedder and SudachiPy are the real ones. Each pair of SERVED was refused by the code before
this change; each pair of REFUSED was refused before and is after, with the reason given.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_favour import favour_doer_kept

GUARD = Guard()
THRESHOLD = 0.75

#: one noun and a noun of its synonym group, a suffix cut off the first (駐車 + 場)
WHOLE_SYNONYMS = [
    ("陶芸教室の近くに駐車場はありますか？", "陶芸教室の近くにパーキングはありますか？", "ja"),
]  # fmt: skip

#: one doer of a favour, が + てくれる against に + てもらう / ていただく
FAVOURS = [
    ("先生が作品に名前を書いてくれますか？", "作品の名前は先生に書いてもらえますか？", "ja"),
    ("母が娘に髪を切ってくれますか？", "娘が母に髪を切ってもらえますか？", "ja"),  # (切る)
]  # fmt: skip

#: what stays refused: a place of another group, two persons exchanged around one auxiliary
REFUSED = [
    ("陶芸教室の近くに駐輪場はありますか？", "陶芸教室の近くにパーキングはありますか？", "ja",
     "substitution:駐輪->パーキング"),
    ("陶芸教室の近くに駐車場はありますか？", "陶芸教室の近くに駐輪場はありますか？", "ja",
     "substitution:駐車->駐輪"),
    ("店員さんが友達に花を渡してくれますか？", "友達が店員さんに花を渡してくれますか？", "ja",
     "roles:友達<->店員"),
    ("先生が子供に本を読んでくれますか？", "子供が先生に本を読んでくれますか？", "ja",
     "roles:子供<->先生"),
]  # fmt: skip

cosines = cosines_fixture(WHOLE_SYNONYMS, FAVOURS, REFUSED)


def test_whole_words_of_one_synonym_group_served(cosines: dict[tuple[str, str], float]) -> None:
    """駐車場 / パーキング (group of both long units) is served both ways at its cosine."""
    assert_served(GUARD, WHOLE_SYNONYMS, cosines, THRESHOLD, either_side=True)


def test_whole_synonyms_named_in_the_band() -> None:
    """At a cosine the trees do not weigh (above their band) the check's own verdict names
    the proof; in the band the trees' refusal is served only as ``synonym:<score>``."""
    cached, query, _ = WHOLE_SYNONYMS[0]
    verdict = GUARD.check(query, cached, "ja", 0.80, THRESHOLD)
    assert verdict.accept, verdict.reason
    assert verdict.reason.startswith(("synonym:", "guard-ok", "learned-accept")), verdict.reason


def test_favour_said_from_either_end_served(cosines: dict[tuple[str, str], float]) -> None:
    """先生が書いてくれる / 先生に書いてもらえる: one doer, served both ways."""
    assert_served(GUARD, FAVOURS, cosines, THRESHOLD, either_side=True)
    cached, query, _ = FAVOURS[0]
    verdict = GUARD.check(query, cached, "ja", 0.96, THRESHOLD)  # (above the trees' band)
    assert verdict.accept and verdict.reason == "favour-doer:先生:書く", verdict.reason


def test_favour_doer_needs_both_ends() -> None:
    """The same noun must be が before てくれる on one side and に before てもらう on the
    other, with the same verb: に before くれる (the receiver) is not the doer, nor another
    verb."""
    giving = "先生が作品に名前を書いてくれますか？"
    assert favour_doer_kept(giving, "作品の名前は先生に書いてもらえますか？", "作品<->先生")
    assert not favour_doer_kept(giving, "作品の名前は先生に書いてくれますか？", "作品<->先生")
    assert not favour_doer_kept(giving, "作品の名前は先生に直してもらえますか？", "作品<->先生")


def test_other_places_and_exchanged_persons_stay_refused(
    cosines: dict[tuple[str, str], float],
) -> None:
    """駐輪場 is no パーキング nor 駐車場; 店員が友達に渡してくれる / 友達が店員に渡してくれる
    and 先生が子供に / 子供が先生に (both with くれる) exchange the persons."""
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_favour_reads_the_receiving_table_in_every_spelling() -> None:
    """The favour's auxiliaries are :mod:`~yamabiko.guard.ja_receiving`'s table (normalised
    forms): くださる / 下さる and いただく / 頂く, in kana or kanji, name the same doer."""
    givers = ("先生が作品に名前を書いてくださいますか？", "先生が作品に名前を書いて下さいますか？")
    askers = ("作品の名前は先生に書いていただけますか？", "作品の名前は先生に書いて頂けますか？")
    for giving in givers:
        for receiving in askers:
            found = favour_doer_kept(giving, receiving, "作品<->先生")
            assert found == "先生:書く", (giving, receiving, found)
