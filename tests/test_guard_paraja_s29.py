"""Session 29 (paraJA): two general classes of Japanese paraphrases refused at cosine >= 0.75.

- ``guard/ja_heads.py`` (:func:`~yamabiko.guard.ja_heads.head_suffix`), read by the Japanese
  analysis: a compound X + suffix Y whose suffix is a common noun on its own (中華店, 焼肉店)
  names what X の Y names. The case after the compound now goes to Y with X as its owner, as
  for X の Y, so the roles check no longer sees X and Y exchange their cases
  (``roles:中華<->店`` before). The order is kept: 店の焼肉 / 焼肉店 (the shop's grilled meat
  against a grill restaurant), which the guard served before, is now refused ``roles:``.
- ``guard/ja_prefixed.py`` (:func:`~yamabiko.guard.ja_prefixed.joined_verb`), read by the
  Japanese analysis at an honorific prefix: SudachiPy cuts the compound verb 取り置き in two
  after お (お + 取り + 置き), so the polite request heard 取る where the plain one says 取り置く
  and was refused ``predicate``; two verbs right after お / ご are read as one when the
  dictionary reads their text alone as one verb. Two other compound verbs (取り置き / お取り
  寄せ, 取り外す / お取り付け) stay refused ``predicate``.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SERVED was refused by the code before this change
(``roles:`` or ``predicate``), each pair of REVERSED was served by it.
"""

from __future__ import annotations

from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_heads import head_suffix
from yamabiko.guard.ja_prefixed import joined_verb
from yamabiko.guard.japanese import _sudachi

GUARD = Guard()
THRESHOLD = 0.75

#: X の Y against the compound XY (Y a noun's suffix), and a polite request whose compound
#: verb SudachiPy cut after お
SERVED = [
    ("中華の店を予約できますか？", "中華店を予約できますか？", "ja"),
    ("焼肉の店を予約できますか？", "焼肉店を予約できますか？", "ja"),
    ("鍋の店に子供を連れて行けますか？", "鍋店に子供を連れて行けますか？", "ja"),
    ("限定のケーキを取り置きしてもらえますか？", "限定のケーキをお取り置きいただけますか？", "ja"),
    ("予約した着物を取り置きしてもらえますか？",
     "予約した着物をお取り置きいただくことはできますか？", "ja"),
]  # fmt: skip

#: Y の X against XY: the order of the compound's parts reversed is another thing
REVERSED = [
    ("店の焼肉を予約できますか？", "焼肉店を予約できますか？", "ja"),
    ("店の中華を予約できますか？", "中華店を予約できますか？", "ja"),
    ("店の洋菓子は日曜日も買えますか？", "洋菓子店は日曜日も買えますか？", "ja"),
]  # fmt: skip

#: a polite request of another compound verb: another act
OTHER_ACTS = [
    ("限定のケーキを取り置きしてもらえますか？", "限定のケーキをお取り寄せいただけますか？", "ja"),
    ("古い部品を取り外してもらえますか？", "古い部品をお取り付けいただけますか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REVERSED, OTHER_ACTS)


def test_compounds_and_polite_requests_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_reversed_compound_refused_as_roles(cosines: dict[tuple[str, str], float]) -> None:
    """Each reaches the threshold and is refused ``roles:`` whichever prompt is cached."""
    for cached, query, lang in REVERSED:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, cosine, THRESHOLD)
            assert not verdict.accept and verdict.reason.startswith("roles:"), (a, b, verdict)


def test_other_compound_verbs_refused(cosines: dict[tuple[str, str], float]) -> None:
    for cached, query, lang in OTHER_ACTS:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, cosine, THRESHOLD)
            assert (verdict.accept, verdict.reason) == (False, "predicate"), (a, b, verdict)


def _tokenize(text: str) -> list:
    tokenizer, mode = _sudachi()
    return list(tokenizer.tokenize(text, mode))


def test_head_suffix_is_a_noun_alone() -> None:
    """店 (a noun alone) heads its compound; 屋 and さん are suffixes only."""
    words = _tokenize("中華店とラーメン屋と田中さん")
    found = {m.surface(): head_suffix(m, _tokenize) for m in words}
    assert found["店"] is True
    assert found["屋"] is False and found["さん"] is False
    assert found["中華"] is False  # a noun, no suffix
    assert not any(head_suffix(m, _tokenize) for m in _tokenize("シマウマが二頭"))  # a counter


def test_joined_verb_reads_one_compound_verb() -> None:
    words = _tokenize("お取り置きいただけますか")
    assert joined_verb(words, 0, _tokenize) == "取り置く"
    assert joined_verb(_tokenize("お送りいただけますか"), 0, _tokenize) == ""  # one verb
    assert joined_verb(_tokenize("ご利用いただけますか"), 0, _tokenize) == ""  # a noun
