"""Session 26 (rescue): a substitution that replaces a word by a contrasting one is not the
boosted trees' to serve.

The minimal-pair check rejects 大人はこのプールを予約なしで使えますか？ / 子供ってこのプール予約
なしで使える？ as ``substitution:大人->子供``, and the trees served it (``learned-accept:0.98``)
because the rest of the query is a casual rewording. ``ja_contrasts.substituted_contrast`` is
the one place that keeps such a rejection from every model: Japanese words the lexicon holds
opposed or of one kind, compounds one kanji apart by opposite kanji (午前 / 午後), and words whose
nearest English words in the default embedder's word vectors are WordNet antonyms or sibling
nouns (大人 -> adult, 子供 -> child: both directly under person); English WordNet antonyms
(session 25) and sibling nouns. Two words of one SudachiPy synonym group never contrast.

Probes written for this work: the refused ones were served by the trees before; the served
ones are paraphrases the trees rescue, and keep rescuing."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.english_antonyms import sibling_nouns
from yamabiko.guard.ja_contrasts import ja_contrasted, substituted_contrast

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): served by ``learned-accept`` before, refused now
REFUSED = [
    ("大人はこのプールを予約なしで使えますか？", "子供ってこのプール予約なしで使える？", "ja",
     "contrast:大人->子供"),
    ("午前中に荷物を受け取ることはできますか？", "午後って荷物受け取れる？", "ja",
     "contrast:午前->午後"),
]  # fmt: skip
#: (cached, query, lang): paraphrases the trees rescue from a substitution, still served
SERVED = [
    ("成人式の着物はレンタルできますか？", "成人式の振袖ってレンタルできる？", "ja"),
    ("How do I fix a dripping tap?", "how to repair a leaky faucet", "en"),
    ("Can I bring my dog on the ferry?", "are dogs allowed on the ferry", "en"),
]

cosines = probes.cosines_fixture(REFUSED, SERVED)


def test_contrasting_substitution_not_rescued(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_rescued_paraphrases_still_served(cosines) -> None:
    probes.assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    for cached, query, lang in SERVED:
        verdict = GUARD.check(query, cached, lang, cosines[cached, query], THRESHOLD)
        assert verdict.reason.startswith("learned-accept:"), (cached, query, verdict.reason)


def test_japanese_contrasts() -> None:
    assert ja_contrasted("大人", "子供")  # adult / child, under person
    assert ja_contrasted("午前", "午後")  # one kanji apart, 前 / 後 opposites
    assert not ja_contrasted("期限", "期間")  # one kanji apart, a rewording
    assert ja_contrasted("フランス", "ドイツ")  # France / Germany, under European country
    assert ja_contrasted("コーヒー", "紅茶")  # two drinks of the lexicon
    assert not ja_contrasted("大人", "成人")  # one SudachiPy synonym group
    assert not ja_contrasted("子ども", "子供")  # one word, two spellings
    assert not ja_contrasted("料金", "値段")  # fee / value: no contrast
    assert not ja_contrasted("着物", "振袖")


def test_english_sibling_nouns() -> None:
    assert sibling_nouns("adults", "children")
    assert sibling_nouns("monday", "tuesday")
    assert not sibling_nouns("shop", "store")  # one synset
    assert not sibling_nouns("price", "cost")
    assert not sibling_nouns("dog", "dogs")  # one lemma


def test_substituted_contrast_reads_the_reason() -> None:
    assert substituted_contrast("substitution:大人->子供", "", "") == "contrast:大人->子供"
    assert substituted_contrast("substitution:adults->children", "", "") == (
        "contrast:adults->children"
    )
    assert substituted_contrast("insertion:大人", "", "") == ""
    assert substituted_contrast("substitution:料金->値段", "", "") == ""
