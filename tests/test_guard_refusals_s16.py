"""Session-16 paraphrases the guard refused for a general gap, with the other side of each rule:

- a word written with and without its hyphen (e-books / ebooks: ``units.related``);
- an English slip that writes a doubled letter once and makes a rare word of a common one
  (pas for pass: ``spelling._doubled_slip``);
- a Japanese compound written part in kanji, part in kana (処方箋 / 処方せん, 交ぜ書き): the
  rest of the compound tells which homophone the kana spell (``unit_forms._homophone``);
- a katakana loanword with one voicing mark dropped (ドライブレコーター for
  ドライブレコーダー), for the ``entity`` check (``spelling.voicing_slip``);
- どちら + a case particle of place: the polite どこ (``japanese.py``);
- "how long till X is ready" asks how long X takes (``constructions.en_how_long_take``);
- a Japanese potential verb and its plain verb (取れる / 取る: ``compounds.potential_of``);
- a word for a WordNet phrasal verb (postpone / put off).

The session-16 review found WordNet serving different questions (child / baby, neck /
cervix, sugar / carbohydrate...): :data:`WORDNET_DIFFERENT` are those, through the full
guard at the cosine the default embedder gives them, refused as a substitution. The
hypernym rule (guests / visitors) is gone: a kind of a thing is not the thing (hotel guests
may use the pool, visitors may not).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the word vectors); on the code before this change each
paraphrase below is refused, so each assertion on them fails there.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard, wordnet
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.spelling import voicing_slip

RULES = Guard(learned=False)  # the rules without the trees: each verdict is a rule's

#: (cached, query, language): the same question
SAME = [
    ("Can I download e-books on my tablet?", "Can I download ebooks on my tablet?", "en"),
    ("Will you send an e-mail receipt?", "Will you send an email receipt?", "en"),
    ("How do I renew my parking pass?", "How do I renew my parking pas?", "en"),
    ("処方箋の有効期限は何日ですか？", "処方せんの有効期限は何日ですか？", "ja"),
    ("申請書はどこで受け取れますか？", "申請書はどちらで受け取れますか？", "ja"),
    ("How long does my order take to be ready?", "How long until my order is ready?", "en"),
    ("証明書は窓口で取れますか？", "証明書は窓口で取ってもらうことはできますか？", "ja"),
    ("Can we postpone the meeting?", "Can we put off the meeting?", "en"),
]
#: the other side of each rule: another word, another question
DIFFERENT = [
    ("Can I pre-order the game?", "Can I order the game?", "en"),
    ("Can I add a comma here?", "Can I add a coma here?", "en"),
    ("Is the desert trip included?", "Is the dessert trip included?", "en"),
    ("公園で遊べますか？", "こうえんで遊べますか？", "ja"),
    ("申請書はどこが安いですか？", "申請書はどちらが安いですか？", "ja"),
    ("How long does the battery take?", "How long does the battery last?", "en"),
    ("証明書は窓口で取れますか？", "証明書は窓口で捨てられますか？", "ja"),
    ("Can we postpone the meeting?", "Can we put on the meeting?", "en"),
]


@pytest.mark.parametrize(("cached", "query", "lang"), SAME)
def test_these_paraphrases_are_served(cached: str, query: str, lang: str) -> None:
    assert RULES.check(query, cached, lang, 0.9).accept
    assert RULES.check(cached, query, lang, 0.9).accept  # either side cached


@pytest.mark.parametrize(("cached", "query", "lang"), DIFFERENT)
def test_the_other_side_of_each_rule_is_refused(cached: str, query: str, lang: str) -> None:
    assert not RULES.check(query, cached, lang, 0.9).accept
    assert not RULES.check(cached, query, lang, 0.9).accept


def test_a_loanword_with_one_voicing_mark_dropped_is_the_same_thing() -> None:
    entity = Guard(["entity"], learned=False)
    cached = "ドライブレコーダーの返品はできますか？"
    query = "ドライブレコーターの返品はできますか？"  # ダ -> タ
    assert entity.check(query, cached, "ja", 0.8).accept
    assert voicing_slip("コンタクトレンズ", "コンタクトレンス")
    # short words differ so as words: bus / pass, glass / class, green / clean
    assert not voicing_slip("バス", "パス")
    assert not voicing_slip("グリーン", "クリーン")
    assert not voicing_slip("コンタクトレンズ", "コンタクトレンダ")  # not a voicing mark


#: (cached, query, the prompts' cosine by the default embedder): WordNet shares a synset between
#: the two words (in an untagged sense, across parts of speech, in a body part, food, person
#: or time synset) or made one a kind of the other; the session-16 code served each
WORDNET_DIFFERENT = [
    ("What is the paracetamol dose for a child?", "What is the paracetamol dose for a baby?",
     0.954),
    ("What are the early symptoms of neck cancer?",
     "What are the early symptoms of cervix cancer?", 0.816),
    ("How much sugar should I eat a day?", "How much carbohydrate should I eat a day?", 0.833),
    ("Can diabetics eat sugar?", "Can diabetics eat bread?", 0.885),
    ("Can rabbits eat lettuce?", "Can rabbits eat cabbage?", 0.846),
    ("How many calories are in kale?", "How many calories are in lettuce?", 0.856),
    ("Is lime safe to eat?", "Is quicklime safe to eat?", 0.818),
    ("Can I keep a hare as a pet?", "Can I keep a rabbit as a pet?", 0.826),
    ("What grade do I need to study medicine?", "What level do I need to study medicine?", 0.867),
    ("What are the symptoms of a head injury?", "What are the symptoms of a brain injury?", 0.899),
    ("Can I take a weapon on a plane?", "Can I take an arm on a plane?", 0.845),
    ("Is tonic water bad for you?", "Is soda water bad for you?", 0.805),
    ("Do I need a driver for this printer?", "Do I need a motor for this printer?", 0.822),
    ("Can I sit in the morning sun?", "Can I sit in the dawn sun?", 0.910),
    ("Are these phones waterproof?", "Are these earphones waterproof?", 0.818),
]  # fmt: skip
#: what WordNet still gives: the same question (either side cached)
WORDNET_SAME = [
    ("Is the talk cancelled?", "Is the talk called off?", 0.85),
    ("Is the path covered in stones?", "Is the path covered in rocks?", 0.9),
    ("Should I keep a journal of my symptoms?", "Should I keep a diary of my symptoms?", 0.9),
]


@pytest.mark.parametrize(("cached", "query", "cosine"), WORDNET_DIFFERENT)
def test_wordnet_does_not_pair_different_things(cached: str, query: str, cosine: float) -> None:
    verdict = Guard().check(query, cached, "en", cosine, 0.75)
    # (category: two units of time, morning / dawn, session 18's opposites.body_part_replaced)
    assert not verdict.accept and verdict.reason.startswith(("substitution:", "category:")), (
        verdict.reason
    )


@pytest.mark.parametrize(("cached", "query", "cosine"), WORDNET_SAME)
def test_wordnet_still_serves_its_synonyms(cached: str, query: str, cosine: float) -> None:
    assert Guard().check(query, cached, "en", cosine, 0.75).accept
    assert Guard().check(cached, query, "en", cosine, 0.75).accept


def test_a_kind_of_a_thing_is_another_word() -> None:
    for cached, query in [("Do my visitors need a permit?", "Do my guests need a permit?"),
                          ("Do you serve coffee?", "Do you serve beverages?")]:  # fmt: skip
        assert not compare_texts(cached, query, "en").accept


def test_a_phrasal_verb_is_looked_up_as_one_lemma() -> None:
    assert wordnet.lemmas("called off") == ("call_off",)
    assert wordnet.synonyms("called off", "cancelled")
    verdict = compare_texts("Is the talk cancelled?", "Is the talk called off?", "en")
    assert verdict.reason == "equivalent-words:wordnet:cancelled->called+off"
    assert not wordnet.synonyms("switched on", "switched off")
