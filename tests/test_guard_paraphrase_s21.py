"""Session-21 paraphrases the rule checks refused (``guard/wordnet_first.py``,
``guard/negation_readings.py``'s without X / X-free, ``guard/numeral_words.py``):

- an English noun or verb whose only sense is the first tagged sense of another word
  (nappies / diapers; stealing / theft), read as that word;
- a negation that says what is not meant: without (any) X, with no X / X-free;
- a Japanese word that is a number and its counter (二十歳) against the same number in
  digits with that counter (20歳).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the default models) and the cosine the default embedder's.
On the code before this change each paraphrase below is refused (``substitution`` or
``negation``); the minimal-pair twins (another word added, the thing itself rather than its
absence, another thing free, another number or counter) are refused on both.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.negation_readings import negation_explained
from yamabiko.guard.wordnet_first import first_sense_synonyms

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    ("Do you sell nappies?", "Do you sell diapers?", "en"),
    ("Which aisle are the nappies in?", "Which aisle are the diapers in?", "en"),
    ("Do you stock nappies for newborns?", "Do you stock diapers for newborns?", "en"),
    (
        "Do you have a changing table for nappies?",
        "Do you have a changing table for diapers?",
        "en",
    ),
    (
        "Does the policy cover stealing from my car?",
        "Does the policy cover theft from my car?",
        "en",
    ),
    ("Can you make a cake without any dairy?", "Can you make a dairy-free cake?", "en"),
    ("Do you have bread without any gluten?", "Do you have gluten-free bread?", "en"),
    ("Is there a beer with no alcohol?", "Is there an alcohol-free beer?", "en"),
    ("Do you serve pasta without gluten?", "Do you serve gluten-free pasta?", "en"),
    ("二十歳から入会できますか？", "20歳から入会できますか？", "ja"),
    ("二十歳未満でもお酒を買えますか？", "20歳未満でもお酒を買えますか？", "ja"),
    ("二十歳以上は大人料金ですか？", "20歳以上は大人料金ですか？", "ja"),
]

#: a different question: refused, with the reason (the first prompt's words first)
REFUSED = [
    (
        "Do you have disposable nappies?",
        "Do you have reusable diapers?",
        "en",
        "substitution:disposable+nappies->reusable+diapers",
    ),
    ("Do you sell nappies in size 4?", "Do you sell diapers in size 5?", "en", "number"),
    ("Can you make a cake without any dairy?", "Can you make a dairy cake?", "en", "negation"),
    ("Can you make a cake without any dairy?", "Can you make a nut-free cake?", "en", "negation"),
    ("Do you have bread without any gluten?", "Do you have gluten bread?", "en", "negation"),
    ("Do you have bread without any gluten?", "Do you have dairy-free bread?", "en", "negation"),
    ("Is there a beer with no alcohol?", "Is there a beer with alcohol?", "en", "negation"),
    ("Do you serve pasta without gluten?", "Do you serve sugar-free pasta?", "en", "negation"),
    (
        "Is the gluten-free bread made without eggs?",
        "Is the gluten-free bread made with eggs?",
        "en",
        "negation",
    ),
    ("二十歳から入会できますか？", "18歳から入会できますか？", "ja", "substitution:二十歳->18"),
    ("二十歳から入会できますか？", "20人から入会できますか？", "ja", "substitution:二十歳->20"),
    (
        "二十歳未満でもお酒を買えますか？",
        "19歳未満でもお酒を買えますか？",
        "ja",
        "substitution:二十歳->19",
    ),
    ("二十歳以上は大人料金ですか？", "12歳以上は大人料金ですか？", "ja", "substitution:二十歳->12"),
]


#: paraphrases of kinds this session did not reach, refused still (known misses: a word pair
#: WordNet joins only in a rare sense or not at all, a particle dropped as filler, Japanese
#: words of no shared synonym group or reading); each reaches the threshold
KNOWN_MISSES = [
    ("Can I post the form to you?", "Can I mail the form to you?", "en"),
    ("What is the limit on withdrawals?", "What is the cap on withdrawals?", "en"),
    ("How do I fill in the application form?", "How do I complete the application form?", "en"),
    ("How do I sign up for the newsletter?", "How do I register for the newsletter?", "en"),
    ("Can you hang a mirror for me?", "Can you put up a mirror for me?", "en"),
    ("Can I get my money back?", "Can I get a refund?", "en"),
    ("この治療は保険が使えますか？", "この治療は保険がききますか？", "ja"),
    (
        "カードをなくした場合はどうすればいいですか？",
        "カードを紛失した場合はどうすればいいですか？",
        "ja",
    ),
    ("荷物はいつ届きますか？", "荷物はいつ到着しますか？", "ja"),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the paraphrases served, the
    minimal-pair twins refused, the known misses still refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_first_senses_join_an_untagged_word_of_one_sense() -> None:
    assert first_sense_synonyms("nappies", "diapers")  # nappy's one sense, diaper's first
    assert first_sense_synonyms("theft", "stealing")
    assert not first_sense_synonyms("bike", "motorcycle")  # bike: untagged, two senses
    assert not first_sense_synonyms("mood", "humour")  # humour: untagged, six senses
    assert not first_sense_synonyms("trash", "rubbish")  # a substance (EXCLUDED)
    assert not first_sense_synonyms("buy", "sell")
    assert not first_sense_synonyms("post", "mail")  # mail's 2nd verb sense, post's 11th
    assert not first_sense_synonyms("nappy", "nappies")  # one lemma: not a substitution


def test_without_x_reads_as_x_free() -> None:
    assert negation_explained("bread without any gluten", "gluten-free bread", 1, "en")
    assert negation_explained("gluten-free bread", "bread without any gluten", -1, "en")
    assert negation_explained("a cake with no nuts", "a nut-free cake", 1, "en")  # one lemma
    assert negation_explained("drinks without sugar", "sugar free drinks", 1, "en")
    assert not negation_explained("bread without gluten", "dairy-free bread", 1, "en")
    assert not negation_explained("gluten-free bread without eggs", "gluten-free bread", 1, "en")
    assert not negation_explained("no gluten", "gluten-free gluten cake", 1, "en")  # X twice


def test_a_numeral_word_pairs_only_with_its_number_and_counter() -> None:
    assert compare_texts("二十歳から入会できますか", "20歳から入会できますか", "ja").accept
    assert not compare_texts("二十歳から入会できますか", "20人から入会できますか", "ja").accept
    assert not compare_texts("二十歳から入会できますか", "21歳から入会できますか", "ja").accept
    # a word that only starts with a numeral is not a number (一般 / 1般 is not written)
    assert not compare_texts("一般の料金はいくらですか", "1人の料金はいくらですか", "ja").accept
