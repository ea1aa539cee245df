"""Session 28, Japanese paraphrases said another way (synJA): three general causes.

- ``guard/ja_kana_forms.py`` (:func:`~yamabiko.guard.ja_kana_forms.casual_can`, read by the
  units): the casual いける, the potential of 行く in kana closing a question with no place to
  go to (クーポンって何枚までいける？), asks *can I / is it all right* as できる does and is
  filler; with a goal (駅までいける？, 会場にいけますか) it stays the verb of going, and a
  negated いけない (食べてはいけませんか) stays the prohibition's.
- ``guard/ja_prices.py`` (:func:`~yamabiko.guard.ja_prices.price_told`, read by
  ``question_words``): a request to be told a noun that names a price (a word of 料金's
  SudachiDict synonym groups: 費用, 値段) asks いくら when the two prompts name the same nouns
  otherwise (参加にかかる費用を教えて / 参加費はいくら); not 時間を教えて, nor a price of another
  thing (午前の体験の費用 / 午後の体験料).
- ``guard/ja_respelt.py`` (:func:`~yamabiko.guard.ja_respelt.respelt_only`, read by
  ``minpair_stage``): two prompts that are one text with a common noun spelled two ways that
  the dictionary normalizes to one (煙草 / たばこ, 海老 / えび) are served whatever the trees
  score; a kana spelling of several nouns (かき: 柿, 牡蠣; はし) proves nothing.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. SERVED was refused by the code before this change (each pair,
both ways); the twins were refused before and are after.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_prices import price_told
from yamabiko.guard.ja_respelt import respelt_only
from yamabiko.guard.units_ja import units_ja
from yamabiko.guard.verified_band import VerifiedBand

GUARD = Guard()
THRESHOLD = 0.75

#: paraphrases at or above the threshold: the casual いける, a price told, a noun respelt
SERVED = [
    ("お弁当は一人何個まで頼めますか？", "お弁当って一人何個までいける？", "ja"),
    ("シールは何枚まで貼れますか？", "シールって何枚までいける？", "ja"),
    ("クーポンは何枚まで使えますか？", "クーポンって何枚までいける？", "ja"),
    ("料理教室の参加費はいくらですか？", "料理教室に参加するための費用を教えていただけますか？",
     "ja"),
    ("煙草は店内で吸えますか？", "たばこは店内で吸えますか？", "ja"),
    ("天ぷらは持ち帰りできますか？", "天麩羅は持ち帰りできますか？", "ja"),
]  # fmt: skip

#: twins: いける with a goal, another thing told, a price of another thing, buy / sell,
#: まで / までに, 大人 / 子供
REFUSED = [
    ("駅までいける？", "駅まで送れる？", "ja", "substitution:いける->送れる"),
    ("会場にいけますか？", "会場に送れますか？", "ja", "substitution:いけ->送れ"),
    ("大人は何人までいける？", "子供は何人までいける？", "ja", "substitution:大人->子供"),
    ("福袋って何個まで買える？", "福袋って何個まで売れる？", "ja", "predicate"),
    ("何時までいける？", "何時までにいける？", "ja", "clause:何時:まで->までに"),
    ("陶芸教室の体験料はいくらですか？", "陶芸教室の体験の時間を教えていただけますか？", "ja",
     "question"),
    ("ピアノ教室のレッスン料はいくらですか？", "ピアノ教室でピアノを教えていただけますか？", "ja",
     "question"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_paraphrases_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_twins_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_casual_can_is_filler() -> None:
    """いける without a goal leaves no unit; with one, or negated, it stays."""
    assert [u.text for u in units_ja("クーポンって何枚までいける？")] == ["クーポン"]
    assert [u.key for u in units_ja("このお店ってカードいける？")] == ["店", "カード"]
    assert "いける" in [u.text for u in units_ja("駅までいける？")]
    assert "いけ" in [u.text for u in units_ja("会場にいけますか？")]
    assert "いけ" in [u.text for u in units_ja("ここで食べてはいけませんか？")]
    assert "行け" in [u.text for u in units_ja("この服で行けますか？")]  # (kanji: going)


def test_price_told_needs_a_price_of_the_same_things() -> None:
    """A price word told of the nouns the other prompt asks いくら of; nothing else."""
    asked = "料理教室の参加費はいくらですか？"
    assert price_told("費用", "料理教室に参加するための費用を教えてください", asked)
    assert not price_told("日程", "料理教室の参加の日程を教えてください", asked)
    assert not price_told("費用", "着付け教室に参加するための費用を教えてください", asked)
    other = "午後の体験料はいくらですか？"
    assert not price_told("費用", "午前の体験の費用を教えてください", other)


def test_respelt_only_reads_one_noun_per_spelling() -> None:
    """One noun in two spellings of one normalized form; never a spelling of several nouns."""
    assert respelt_only("煙草は店内で吸えますか？", "たばこは店内で吸えますか？")
    assert respelt_only("海老は殻付きですか？", "えびは殻付きですか？")
    assert not respelt_only("柿は干してありますか？", "かきは干してありますか？")  # 柿, 牡蠣
    assert not respelt_only("箸は売っていますか？", "はしは売っていますか？")  # 箸, 橋, 端
    assert not respelt_only("煙草は吸えますか？", "煙草は吸えますか？")  # nothing respelt
    assert not respelt_only("煙草は店内で吸えますか？", "たばこは店外で吸えますか？")


def test_respelt_pair_verified_in_the_band() -> None:
    """In the verified band a respelt pair is served though the trees score it below the
    band's cut-off (``verified-band:<cosine>:<score>:respelt``)."""
    band = VerifiedBand()
    query, cached = "えびは殻付きですか？", "海老は殻付きですか？"
    served = band.check(GUARD, query, cached, "ja", 0.724, THRESHOLD)
    assert served.accept and served.reason.endswith(":respelt"), served.reason
    score = float(served.reason.split(":")[2])
    assert score < band.min_score  # (the trees alone refuse it)
