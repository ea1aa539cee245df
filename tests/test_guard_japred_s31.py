"""Session 31 (jaPred): two Japanese paraphrases the guard refused at cosine >= 0.75 for a word
read apart from its twin, and the twins that must stay apart.

- ``guard/ja_prefixed.py`` (:func:`~yamabiko.guard.ja_prefixed.joined_potential`), read by the
  Japanese analysis: SudachiPy cuts a compound verb's potential that its dictionary lacks into
  the first verb and a possibly dependent one (貸し切れ: 貸し + 切れ), so the analysis heard 貸す
  where 貸し切りにしていただけますか says 貸し切る and the ``predicate`` check refused the pair.
  The two are read as the compound's potential when the dictionary reads the first verb and
  the second's godan form, joined, as one godan verb. A remade thing against a made one
  (作り直せますか / 作れますか), served before as one 作る, is now refused ``predicate``.
- ``guard/spelling.py`` (``ja_slip``): a word the dictionary knows but the word table lacks, of
  the other side's reading and one kanji apart from it, is the input method's other spelling
  (必用 for 必要). Two words the table has (公演 / 講演, 機械 / 機会) stay two words.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SERVED was refused by the code before this change.
"""

from __future__ import annotations

from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_prefixed import joined_potential
from yamabiko.guard.japanese import _sudachi

GUARD = Guard()
THRESHOLD = 0.75

#: a compound verb's potential against its noun or its plain form; a rare homophone one kanji
#: apart from the common word of its reading
SERVED = [
    ("屋形船を貸し切りにしていただけますか？", "屋形船を貸し切れますか？", "ja"),
    ("会議室を週末に貸し切りにすることはできますか？", "会議室を週末に貸し切れますか？", "ja"),
    ("名刺を作り直していただくことはできますか？", "名刺を作り直せますか？", "ja"),
    ("入会に保証人は必要ですか？", "入会に保証人は必用ですか？", "ja"),
    ("初回の面談に予約は必要ですか？", "初回の面談に予約は必用ですか？", "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): another act on the same thing, two words of one reading that
#: the word table both has, and a word against its opposite
REFUSED = [
    ("屋形船を貸し切れますか？", "屋形船を借りられますか？", "ja", "predicate"),
    ("名刺を作り直せますか？", "名刺を作れますか？", "ja", "predicate"),
    ("講演のチケットは当日も買えますか？", "公演のチケットは当日も買えますか？", "ja",
     "substitution:"),
    ("機械の修理は予約が必要ですか？", "機会の修理は予約が必要ですか？", "ja", "substitution:"),
    ("入会に保証人は必要ですか？", "入会に保証人は不要ですか？", "ja", "substitution:"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_potentials_and_rare_homophones_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_twins_refused(cosines: dict[tuple[str, str], float]) -> None:
    """Each reaches the threshold and is refused for its reason whichever prompt is cached."""
    for cached, query, lang, reason in REFUSED:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, cosine, THRESHOLD)
            assert not verdict.accept and verdict.reason.startswith(reason), (a, b, verdict)


def _tokenize(text: str) -> list:
    tokenizer, mode = _sudachi()
    return list(tokenizer.tokenize(text, mode))


def test_joined_potential_reads_a_dictionary_compound_only() -> None:
    assert joined_potential(_tokenize("貸し切れますか"), 0, _tokenize) == "貸し切る"
    assert joined_potential(_tokenize("作り直せますか"), 0, _tokenize) == "作り直す"
    # 食べ切る is no word of the dictionary: 食べる + 切れる, as SudachiPy cut them
    assert joined_potential(_tokenize("食べ切れますか"), 0, _tokenize) == ""
    # one verb (no dependent verb after it), and a verb's て before the second verb
    assert joined_potential(_tokenize("貸せますか"), 0, _tokenize) == ""
    assert joined_potential(_tokenize("貸してくれますか"), 0, _tokenize) == ""


def test_analysis_reads_the_compound_as_the_predicate() -> None:
    cut = GUARD._cache.get("屋形船を貸し切れますか？", "ja")
    said = GUARD._cache.get("屋形船を貸し切りにしていただけますか？", "ja")
    assert "貸し切る" in cut.predicates and "貸す" not in cut.predicates
    assert "貸し切る" in said.predicates
