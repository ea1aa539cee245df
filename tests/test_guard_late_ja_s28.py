"""Session 28, after the record run (lateJA): two general causes of Japanese pairs served wrong.

- ``guard/ja_blocks.py`` (:func:`~yamabiko.guard.ja_blocks.blocks_exchanged`): SudachiPy may
  cut one word two ways in two contexts (てっさ as てっ + さ, 揚げ餃子 as 揚げ + 餃子), so the
  two token lists showed no exchange of blocks and a role swap was served; the other prompt is
  now cut again with the query's own words (:func:`~yamabiko.guard.ja_blocks._cut_like`).
- ``guard/ja_prices.py`` (:func:`~yamabiko.guard.ja_prices.price_told`) and
  ``guard/question_words.py``: a request for a price that leaves out what the FAQ is about asks
  いくら when the thing priced (キャンセル of キャンセル料) is named in it, by a word of its
  SudachiDict synonym group (取り消す) too; お伺いできますか asks to be told; a noun told is the
  whole noun asked of (料金 is not 延長料金).
- ``guard/minpair_stage.py`` (``_contrast_reworded``): a pair the minimal-pair check accepts as
  ``reworded`` while one word left on each side contrasts (大人 / 子供) is refused
  ``contrast:X->Y``, the Japanese counterpart of session 27's ``english_swaps``.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SWAPS and CONTRASTS was served by the code before
this change (both ways round), each of PRICES_SERVED was refused ``question``; KEPT were
served before and are after, PRICES_APART are refused ``question`` (the last was served).
"""

from __future__ import annotations

from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_blocks import _cut_like, blocks_exchanged

GUARD = Guard()
THRESHOLD = 0.75

#: two dishes exchanged between を and の後に / の上に / の隣に: the order or the place changes
SWAPS = [
    ("てっちりをてっさの後に出しますか？", "てっさをてっちりの後に出しますか？", "ja"),
    ("焼き餃子を揚げ餃子の上に載せますか？", "揚げ餃子を焼き餃子の上に載せますか？", "ja"),
    ("焼き餃子を水餃子の隣に置きますか？", "水餃子を焼き餃子の隣に置きますか？", "ja"),
]  # fmt: skip

#: a contrast inside a rewording (the casual いける as filler, 入れる / 入れますか said away)
CONTRASTS = [
    ("大人って何人まで入れる？", "子供って何人までいける？", "ja"),
    ("大人は何名まで入れますか？", "子どもって何名までいける？", "ja"),
]  # fmt: skip

#: paraphrases that stay served: two phrases of one verb in another order, a rewording
KEPT = [
    ("週末に子供と一緒に行けますか？", "子供と一緒に週末に行けますか？", "ja"),
    ("クーポンは何枚まで使えますか？", "クーポンって何枚までいける？", "ja"),
]  # fmt: skip

#: a fee asked by a request that leaves out what it is about
PRICES_SERVED = [
    ("陶芸教室のキャンセル料はいくらですか？",
     "陶芸教室を取り消す場合の料金を教えていただけますか？", "ja"),
    ("陶芸教室のキャンセル料はいくらですか？", "陶芸教室を取り消す場合の料金をお伺いできますか？",
     "ja"),
]  # fmt: skip

#: the price of another thing: the rental, the class, a cancellation for an extension
PRICES_APART = [
    ("着物レンタルのキャンセル料はいくらですか？", "着物の料金をお教えいただけますか？", "ja"),
    ("ヨガ教室の体験料はいくらですか？", "教室の料金をお教えいただけますか？", "ja"),
    ("延長料金はいくらですか？", "キャンセルの料金をお教えいただけますか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SWAPS, CONTRASTS, KEPT, PRICES_SERVED)


def test_swaps_refused_as_roles(cosines: dict[tuple[str, str], float]) -> None:
    """Each swap reaches the threshold and is refused ``roles:X<->Y`` both ways round."""
    for cached, query, lang in SWAPS:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, cosine, THRESHOLD)
            assert not verdict.accept and verdict.reason.startswith("roles:"), (a, b, verdict)


def test_contrast_inside_rewording_refused() -> None:
    """At a cosine the threshold serves, the contrast is named whichever prompt is cached."""
    for cached, query, lang in CONTRASTS:
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, 0.8, THRESHOLD)
            assert not verdict.accept and verdict.reason.startswith("contrast:"), (a, b, verdict)
            assert "大人" in verdict.reason


def test_kept_paraphrases_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, KEPT, cosines, THRESHOLD, either_side=True)


def test_price_requests_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, PRICES_SERVED, cosines, THRESHOLD, either_side=True)


def test_prices_of_other_things_refused() -> None:
    """At a cosine the threshold serves, each is refused ``question`` both ways round."""
    for cached, query, lang in PRICES_APART:
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, 0.85, THRESHOLD)
            assert (verdict.accept, verdict.reason) == (False, "question"), (a, b, verdict)


def test_blocks_read_through_another_cut() -> None:
    """The exchange is found in the words as the query cuts them; reorderings are not swaps."""
    assert blocks_exchanged(*SWAPS[0][:2]) in {"てっちり<->てっさ", "てっさ<->てっちり"}
    assert blocks_exchanged("東京から大阪まで行けますか", "大阪まで東京から行けますか") == ""
    assert blocks_exchanged("週末に子供と一緒に行けますか", "子供と一緒に週末に行けますか") == ""


def test_cut_like_uses_the_given_words_longest_first() -> None:
    assert _cut_like("てっちりをてっさ", ["てっ", "さ", "を", "てっちり"]) == [
        "てっちり", "を", "てっ", "さ"
    ]  # fmt: skip
    assert _cut_like("うどんをそば", ["うどん", "を"]) is None
