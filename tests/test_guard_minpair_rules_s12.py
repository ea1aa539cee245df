"""Session-12 rules of the guard: English persons' roles (subject, object, owner), acronyms
that are no pronouns, a part a shared possessive owns, a restricted Japanese word replaced,
a Japanese compound replaced counted as one word, a Japanese person replaced by X の 人,
and a Japanese condition added in front.

Every example is written here for the test (none is taken from an evaluation file); the
paraphrases next to each rule must still pass. ``IN_BAND`` candidates are decided by the rules
and the trees, ``ABOVE_BAND`` ones by the rules alone.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import analyse, compare_texts


@pytest.mark.parametrize(
    ("query", "cached", "swapped"),
    [
        # the doer and the owner exchanged: my husband claims on my plan / I on his
        ("Can I claim on my husband's dental plan?", "Can my husband claim on my dental plan?",
         "i<->husband"),
        # two clauses, each with its doer: what my children give me / what I give them
        ("Do my children pay tax on what I give them?", "Do I pay tax on what my children give me?",
         "child<->i"),
        ("Will my employer pay me for overtime?", "Will I pay my employer for overtime?",
         "employer<->i"),
        ("Can you call me back tomorrow?", "Can I call you back tomorrow?", "you<->i"),
        # an acronym is a country, not the pronoun us: the object and the from phrase swapped
        ("Can I call the UK from the US?", "Can I call the US from the UK?", "us<->uk"),
    ],
)  # fmt: skip
def test_persons_exchanging_roles_are_a_swap(guard, query, cached, swapped) -> None:
    """Subject, object and owner read from pronouns and possessives: two holders that
    exchange two roles are a role swap, in the band and above it."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == f"roles:{swapped}"


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Can my husband claim on my dental plan?",
         "Is my husband able to claim on my dental plan?"),
        ("Can I claim on my husband's dental plan?",
         "Am I able to make a claim on my husband's dental plan?"),
        ("Will my employer pay me for overtime?", "Do I get paid by my employer for overtime?"),
        ("Can my son use my card?", "Can I let my son use my card?"),
        ("Is my car's engine covered by the warranty?",
         "Is the engine of my car covered by the warranty?"),
    ],
)  # fmt: skip
def test_persons_in_the_same_roles_are_no_swap(guard, query, cached) -> None:
    """The same doer, owner and object, said another way or in the passive (get paid by)."""
    assert guard.check(query, cached, None, ABOVE_BAND).accept


def test_an_acronym_holds_a_place_in_the_order() -> None:
    """US, the country, stands in the order and the roles (not in the content words, where
    US / U.S. / America would differ); us, the pronoun, is the person we."""
    country = analyse("Can I call the US?", "en")
    assert "us" in country.order and "us" not in country.content
    assert ("us", "obj:call") in country.roles
    assert ("we", "obj:call") in analyse("Can you call us?", "en").roles


def test_a_part_a_shared_possessive_owns_is_firm(guard) -> None:
    """The car's engine / the car: the question moves to a part; the trees may not serve it
    (``part:`` is firm, as ``narrowing:`` is)."""
    query = "Is the car's engine covered by the warranty?"
    cached = "Is the car covered by the warranty?"
    assert compare_texts(cached, query, None).reason == "part:engine"
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == "part:engine"


@pytest.mark.parametrize(
    ("query", "cached", "reason", "same"),
    [
        ("夜間のみのプランはいくらですか", "昼間のみのプランはいくらですか", "scope:昼間->夜間",
         "夜間のみのプランの料金を教えてください"),
        ("学生だけのプランはいくらですか", "社会人だけのプランはいくらですか", "scope:社会->学生",
         "学生だけのプランの料金を教えてください"),
    ],
)  # fmt: skip
def test_a_restricted_or_time_word_replaced_is_firm(guard, query, cached, reason, same) -> None:
    """A word だけ / のみ restricts replaced by another: another case is asked (``scope:``,
    firm in the band); a noun of time or extent (副詞可能: 多く / 大勢) is a substitution the
    trees may still serve."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == reason
    assert guard.check(query, same, None, IN_BAND).accept


def test_a_japanese_compound_replaced_is_one_change(guard) -> None:
    """個人 + 事業 + 主 are the short units of one word: replaced by 法人 they are one
    substitution, not three changes (a pair that is not minimal)."""
    query = "フリーランスの個人事業主プランで請求書は作れますか"
    cached = "フリーランスの法人プランで請求書は作れますか"
    assert compare_texts(cached, query, None).reason == "substitution:法人->個人+事業+主"
    assert not guard.check(query, cached, None, ABOVE_BAND).accept
    paraphrase = "フリーランスの個人事業主のプランで請求書を作成できますか"
    assert guard.check(query, paraphrase, None, ABOVE_BAND).accept


def test_an_extent_noun_replaced_is_no_scope_change() -> None:
    first, second = "道路を大勢の人が歩いています", "道路を多くの人が歩いています"
    assert not compare_texts(first, second, "ja").reason.startswith("scope:")


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Can I move my photos to my new phone from my old one?",
         "Can I move my photos from my old phone to my new one?"),
        ("If I lose my bus pass, how do I block it?", "How do I block my bus pass if I lose it?"),
    ],
)  # fmt: skip
def test_words_reordered_with_their_roles_are_no_swap(guard, query, cached) -> None:
    """Two words exchanged in the word order that keep their from / to phrase, subject and
    owner on both sides: the phrases moved, not the roles."""
    assert guard.check(query, cached, None, ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("query", "cached", "reason"),
    [
        ("保険の受取人は叔父でもいいですか", "保険の受取人は会社の人でもいいですか",
         "substitution:会社+人->叔父"),
        ("書類の受け取りは叔父でもいいですか", "書類の受け取りは職場の人でもいいですか",
         "substitution:職場+人->叔父"),
    ],
)  # fmt: skip
def test_a_person_for_a_person_another_noun_describes(guard, query, cached, reason) -> None:
    """A plain noun replaced by X の 人 (人, the general noun for a person, as its head) that
    the word vectors do not relate to it is another person, not a rewording of it."""
    assert guard.check(query, cached, None, ABOVE_BAND).reason == reason


def test_the_same_person_described_is_a_rewording(guard) -> None:
    """隣人 / 近所の人: the word vectors relate 隣人 to 近所 (0.60), so it is the same person."""
    first, second = "お迎えは隣人でも大丈夫ですか", "お迎えは近所の人でも大丈夫ですか"
    assert compare_texts(first, second, "ja").accept


@pytest.mark.parametrize(
    ("query", "cached", "reason"),
    [
        ("学生証があれば映画の割引はありますか", "映画の割引はありますか", "condition:学生"),
        ("予約していれば駐車場は無料ですか", "駐車場は無料ですか", "condition:予約"),
    ],
)  # fmt: skip
def test_a_condition_added_in_front_is_another_case(guard, query, cached, reason) -> None:
    """Words a prompt adds in the conditional clause it opens with (ば / たら / なら / 場合),
    a noun among them, ask about a case the other prompt does not: rejected in the band and
    above it, whatever the trees say."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == reason


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("解約するにはどうすればいいですか", "解約の手続きはどうすればいいですか"),
        ("クレジットカードを見せればラウンジを使えますか",
         "クレジットカードでラウンジを使えますか"),
    ],
)  # fmt: skip
def test_how_questions_and_added_verbs_set_no_condition(guard, query, cached) -> None:
    """どうすれば / どうしたら ask how (a question word before the conditional), and a verb
    added in a condition (見せれば) says how, not which case."""
    assert guard.check(query, cached, None, ABOVE_BAND).accept
