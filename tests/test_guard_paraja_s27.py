"""Session-27 Japanese paraphrases: the polite words of the light words, the frame that asks
leave, and 伺う read with the grammar of 行く / 来る.

- ``guard/ja_plain.py`` (the table of honorific and polite words and the plain words they
  say, moved out of ``ja_honorifics.py``): ござる (ある), おる (いる), いたす and なさる (する)
  and よろしい (いい) are filler where the plain words are (``units_ja.JA_FILLER_WORDS``).
  よろしい was a content word and a predicate while いい is filler by its part of speech, so
  that 入っても大丈夫ですか / 参ってもよろしいですか was a substitution and 撮ってもいい /
  撮影させていただいても構いませんか a replaced predicate.
- ``guard/ja_clauses.grants_leave``: いい, よろしい, 構わない, 大丈夫, 結構 right after a verb's
  て / で + も ask leave, one question whichever word says it: no unit and no predicate of
  its own (停めてもいいですか / 停めても構いませんか was an added 構う the trees refused).
  After a noun's でも (初心者でも大丈夫) it is no frame.
- 伺う (and 参る, いらっしゃる, which SudachiPy already marks so) is possibly dependent as
  行く and 来る are: a unit only where it stands on its own (お名前を伺う, 明日伺います), so
  that 服で行ったほうが / 服装で伺ったほうが is one question and 工房に明日伺ってもいいですか
  (visit) / 工房に明日聞いてもいいですか (ask) no longer one word by the table.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. On the code before this change each served pair below was
refused (``learned``, ``predicate`` or ``substitution``); the refused pairs are refused before
and after, with the reasons listed.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.ja_clauses import grants_leave
from yamabiko.guard.ja_plain import HONORIFIC_COMING, plain_of, polite_forms
from yamabiko.guard.japanese import short_units
from yamabiko.guard.units_ja import JA_FILLER_WORDS, units_ja

GUARD = Guard()
THRESHOLD = 0.75

#: leave asked with another word, a polite word of a light one, 伺う for 行く: served
SERVED = [
    ("ここに車を停めてもいいですか", "ここに車を停めても構いませんか", "ja"),
    ("ペットを連れて行ってもいいですか", "ペットを連れて行っても大丈夫ですか", "ja"),
    (
        "体験教室に赤ちゃんを連れていっても大丈夫ですか？",
        "体験教室に赤ちゃんを連れて参ってもよろしいですか？",
        "ja",
    ),
    (
        "ギャラリーで写真を撮ってもいいですか？",
        "ギャラリーで写真を撮影させていただいても構いませんか？",
        "ja",
    ),
    (
        "整体院には動きやすい服で行ったほうがいいですか？",
        "整体院には動きやすい服装で伺ったほうがよろしいですか？",
        "ja",
    ),
    (
        "茶道教室は正座ができなくても大丈夫ですか？",
        "茶道教室は正座ができなくてもよろしいでしょうか？",
        "ja",
    ),
]

#: the twins: leave against obligation or its negation, another thing, a humble form against
#: a respectful one, 伺う (ask) against 申し上げる (say), before / after: refused both ways
REFUSED = [
    ("駐輪場に自転車を停めてもいいですか？", "駐輪場に自転車を停めてはいけませんか？", "ja",
     "negation"),
    ("ここに車を停めても構いませんか", "ここに車を停めなくても構いませんか", "ja", "negation"),
    ("ここで写真を撮ってもよろしいですか？", "ここで写真を撮らなくてもよろしいですか？", "ja",
     "negation"),
    ("駐輪場に自転車を停めても構いませんか？", "駐輪場にバイクを停めても構いませんか？", "ja",
     "category"),
    ("工房には午後に伺ってもよろしいですか？", "工房には午後にいらっしゃいますか？", "ja",
     "honour:伺う->いらっしゃる"),
    ("工房の場所を伺ってもいいですか？", "工房の場所を申し上げてもいいですか？", "ja",
     "predicate"),
    ("工房に伺う前に電話が必要ですか？", "工房に伺った後に電話が必要ですか？", "ja", "antonym"),
]  # fmt: skip

#: paraphrases still refused (known misses): いただく for 食べる (いただく is also receive,
#: and a verb of receiving is filler: its unit is gone, the trees weigh 食べる alone);
#: 持っていく / 用意して伺う (持つ / 用意: a substitution no resource here explains)
KNOWN_MISSES = [
    ("お店の中で食べてもいいですか", "お店の中でいただいてもいいですか", "ja"),
    (
        "華道教室に花ばさみを持っていく必要はありますか？",
        "華道教室には、花ばさみを用意して伺う必要がございますか？",
        "ja",
    ),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the paraphrases served both ways,
    the twins refused with their reasons, the known misses still refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_visit_and_ask_are_two_questions() -> None:
    """伺う after に and before て visits (as 行く there); 聞く asks: not one word by the
    honorific table any more (served on the code before this change), either way round."""
    cached, query = "工房に明日伺ってもいいですか？", "工房に明日聞いてもいいですか？"
    for a, b in ((query, cached), (cached, query)):
        assert not GUARD.check(a, b, "ja", 0.86, THRESHOLD).accept


def test_the_polite_words_of_the_light_words_are_filler() -> None:
    assert polite_forms(frozenset({"有る"})) == {"御座る"}
    assert {"御座る", "おる", "致す", "為さる", "宜しい"} <= JA_FILLER_WORDS
    assert "伺う" not in JA_FILLER_WORDS  # (it says 聞く too: not a light word)
    assert plain_of("宜しい", "良い") and plain_of("伺う", "行く")
    assert not plain_of("宜しい", "悪い")
    keys = [[u.key for u in units_ja(t)] for t in ("鍵はありますか", "鍵はございますか")]
    assert keys[0] == keys[1] == ["鍵"]


def test_ukagau_is_bound_where_iku_is() -> None:
    assert {"いらっしゃる", "伺う", "参る"} == HONORIFIC_COMING
    # after に and before て: bound, as 行って is; after を, or ending the question: a verb
    assert [u.key for u in units_ja("明日お店に伺ってもいいですか")] == ["明日", "店"]
    assert "伺う" in [u.key for u in units_ja("お名前を伺ってもいいですか")]
    assert "伺う" in [u.key for u in units_ja("明日伺います")]


def test_leave_is_asked_after_te_mo_only() -> None:
    def granted(text: str) -> list[str]:
        morphemes = short_units(text)
        return [m.surface() for i, m in enumerate(morphemes) if grants_leave(morphemes, i)]

    assert granted("停めても構いませんか") == ["構い"]
    assert granted("停めてもよろしいですか") == ["よろしい"]
    assert granted("読んでも大丈夫ですか") == ["大丈夫"]
    assert granted("初心者でも大丈夫ですか") == []  # a noun's でも: no frame
    assert granted("停めても壊れませんか") == []  # not a word of leave
