"""Session-19 paraphrases the rule checks refused (``guard/kana_verbs.py``, the number words
of ``lexicon.en_number_word`` / ``en_number_compound`` read in ``units``):

- a Japanese verb written in kana against the same verb with kanji (つかえますか / 使えますか,
  かけば / 書けば): one verb when the kanji side's verb is the most frequent verb the kana may
  be read as (SudachiPy's dictionary readings, the word table's frequencies), and SudachiPy did
  not read the kana as another verb written with kanji (おくれる: 遅れる);
- English numbers written as hyphenated words (twenty-seven, thirty-day) against digits.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the default models) and the cosine the default embedder's.
On the code before this change each paraphrase below is refused (``predicate`` or
``substitution``); the minimal-pair twins (another verb in kana, a kana verb that may be
another verb, another number, another noun beside the number) are refused on both.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard import lexicon as lx
from yamabiko.guard.kana_verbs import one_verb
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    ("このクーポンは他の店でも使えますか？", "このクーポンは他の店でもつかえますか？", "ja"),
    ("駐車場は何時まで使えますか？", "駐車場は何時までつかえますか？", "ja"),
    ("カードは海外でも使えますか？", "カードは海外でもつかえますか？", "ja"),
    ("ポイントはどこで使えますか？", "ポイントはどこでつかえますか？", "ja"),
    ("ペンで書けばいいですか？", "ペンでかけばいいですか？", "ja"),
    ("Can the bus take 25 passengers?", "Can the bus take twenty-five passengers?", "en"),
    ("Is the minimum age 21 to rent a car?", "Is the minimum age twenty-one to rent a car?", "en"),
    ("Do you offer 30-day returns?", "Do you offer thirty-day returns?", "en"),
    ("Is there a 21-day free trial?", "Is there a twenty-one-day free trial?", "en"),
]

#: a different question (or a kana that may be another verb): refused, with the reason
REFUSED = [
    (
        "このクーポンは他の店でも使えますか？",
        "このクーポンは他の店でも売れますか？",
        "ja",
        "predicate",
    ),
    (
        "このクーポンは他の店でも使えますか？",
        "このクーポンは他の店でもかえますか？",
        "ja",
        "predicate",
    ),
    ("お土産はここで買えますか？", "お土産はここでかえますか？", "ja", "predicate"),
    ("映画館の席は選べますか？", "映画館の席はかえられますか？", "ja", "predicate"),
    ("荷物は海外に送れますか？", "荷物は海外におくれますか？", "ja", "substitution:送れ->おくれ"),
    (
        "パスワードを忘れたらどうすればいいですか？",
        "パスワードをかえたらどうすればいいですか？",
        "ja",
        "substitution:忘れ->かえ",
    ),
    (
        "Is the minimum age 21 to rent a car?",
        "Is the minimum age twenty-five to rent a car?",
        "en",
        "substitution:21->twenty-five",
    ),
    (
        "Can the bus take 25 passengers?",
        "Can the bus take fifty-two passengers?",
        "en",
        "substitution:25->fifty-two",
    ),
    (
        "Can the bus take 25 passengers?",
        "Can the bus take twenty-five bikes?",
        "en",
        "substitution:passengers->bikes",
    ),
    (
        "Is the minimum age 21 to rent a car?",
        "Is the minimum age twenty-one to buy a car?",
        "en",
        "substitution:rent->buy",
    ),
    (
        "Is there a 14-day free trial?",
        "Is there a twenty-one-day free trial?",
        "en",
        "substitution:14->twenty-one-day",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the paraphrases served,
    the minimal-pair twins refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def _verb(text: str) -> object:
    """The last content unit of a Japanese prompt (its verb here)."""
    return [u for u in units(text, "ja") if u.kind == "content"][-1]


def test_a_kana_verb_is_read_as_the_kanji_verb_only_when_it_dominates() -> None:
    assert one_verb(_verb("他の店でもつかえますか"), _verb("他の店でも使えますか"))  # 使う
    assert one_verb(_verb("ペンでかけば"), _verb("ペンで書けば"))  # 書く, not 掛ける
    assert not one_verb(_verb("ここでかえますか"), _verb("ここで買えますか"))  # 帰る, 変える
    assert not one_verb(_verb("薬はすぐきくの"), _verb("薬はすぐ効くの"))  # 聞く is commoner
    assert not one_verb(_verb("海外におくれますか"), _verb("海外に送れますか"))  # 遅れる
    assert not one_verb(_verb("こうえんで"), _verb("公園で"))  # nouns: not this test's


def test_hyphenated_number_words() -> None:
    assert lx.en_number_word("twenty-seven") == 27
    assert lx.en_number_word("ninety-nine") == 99
    assert lx.en_number_word("twenty-one") == 21
    assert lx.en_number_word("twelve") == 12
    assert lx.en_number_word("seven-twenty") is None  # not tens and units
    assert lx.en_number_word("twenty-twelve") is None
    assert lx.en_number_word("well-known") is None
    assert lx.en_number_compound("thirty-day") == (30, "day")
    assert lx.en_number_compound("twenty-five-year") == (25, "year")
    assert lx.en_number_compound("twenty-one") is None  # one number
    assert lx.en_number_compound("high-day") is None
    assert lx.en_number_compound("first-class") is None  # an ordinal: no count
    assert lx.en_number_compound("second-hand") is None
    assert lx.en_number_compound("fifth-year") is None
    assert lx.en_number_compound("half-price") is None
