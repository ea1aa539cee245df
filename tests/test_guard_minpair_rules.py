"""Session-10 and -11 rules of the guard: opposite prefixes, Japanese role markers, narrowing
words; English roles of pronouns, limiting phrases, scope nouns, classifying modifiers.

Every example is written here for the test (none is taken from an evaluation file); the
paraphrases next to each rule must still pass. Candidates are checked at cosine 0.97, above
the trees' band, so that the rules alone decide (the trees are tested in test_guard_boosted).
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND

from yamabiko.guard import Guard, MinimalPairCheck, compare_texts
from yamabiko.guard.units import units


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ("Is the upstairs bathroom free?", "Is the downstairs bathroom free?",
         "upstairs->downstairs"),
        ("How do I upgrade my phone plan?", "How do I downgrade my phone plan?",
         "upgrade->downgrade"),
        ("Was I overcharged for the hotel?", "Was I undercharged for the hotel?",
         "overcharged->undercharged"),
        ("Does the prepaid plan include roaming?", "Does the postpaid plan include roaming?",
         "prepaid->postpaid"),
        ("Is the external drive encrypted?", "Is the internal drive encrypted?",
         "external->internal"),
        ("Are on-peak fares refundable?", "Are off-peak fares refundable?", "on-peak->off-peak"),
    ],
)  # fmt: skip
def test_opposite_prefixes_on_one_base_are_opposites(guard, first, second, words) -> None:
    """in / out, up / down, over / under, pre / post, in / ex, on / off on the same base: the
    ``antonym`` check rejects them at any cosine; alone, the minimal-pair check names them."""
    assert guard.check(second, first, "en", ABOVE_BAND).reason == "antonym"
    assert guard.check(first, second, "en", ABOVE_BAND).reason == "antonym"
    assert compare_texts(first, second, "en").reason == f"substitution:{words}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("How do I upgrade my plan?", "How can I upgrade my plan?"),
        ("Is my input saved?", "Is the input saved?"),
        ("Can I import my contacts?", "How do I import my contacts?"),
    ],
)
def test_the_same_prefixed_word_on_both_sides_passes(guard, first, second) -> None:
    assert guard.check(second, first, "en", ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("名古屋発福岡行きの飛行機はありますか", "福岡発名古屋行きの飛行機はありますか",
         "roles:福岡<->名古屋"),
        ("成田発羽田着の便は何時ですか", "羽田発成田着の便は何時ですか", "roles:羽田<->成田"),
        ("姉の口座から弟の口座に送金できますか", "弟の口座から姉の口座に送金できますか",
         "roles:弟<->姉"),
        ("母の友人に手紙を送りたい", "友人の母に手紙を送りたい", "roles:友人<->母"),
    ],
)  # fmt: skip
def test_japanese_origin_destination_and_owner_swaps_are_roles(
    guard, first, second, reason
) -> None:
    """発 / 行き / 着 mark origin and destination as から / へ do; a noun before の holds the
    role of what it owns (姉の口座から); 母の友人 / 友人の母 swap the owner."""
    assert guard.check(second, first, "ja", ABOVE_BAND).reason == reason
    assert not guard.check(first, second, "ja", ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        ("名古屋発福岡行きの飛行機はありますか", "名古屋から福岡への飛行機はありますか", "ja"),
        ("名古屋発福岡行きの飛行機はありますか", "福岡行きで名古屋発の飛行機はありますか", "ja"),
        ("姉の口座から弟の口座に送金できますか", "弟の口座に姉の口座から送金できますか", "ja"),
        ("How do I fly from Tokyo to Osaka?", "How do I fly to Osaka from Tokyo?", "en"),
    ],
)
def test_reordered_roles_are_the_same_question(guard, first, second, lang) -> None:
    assert guard.check(second, first, lang, ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("店長に連絡したい", "副店長に連絡したい", "narrowing:副"),
        ("プランはありますか", "学生向けのプランはありますか", "narrowing:学生+向け"),
        ("Is the hot tub included in the rate?",
         "Is the hot tub included in the peak-season rate?", "narrowing:peak-season"),
    ],
)  # fmt: skip
def test_an_added_narrowing_word_is_rejected_at_any_cosine(guard, first, second, reason) -> None:
    """A bound morpheme (prefix, 向け / 用) or an unknown hyphenated modifier before a shared
    noun names a narrower thing; the trees may not serve it back, even in their band."""
    for similarity in (0.85, 0.9, ABOVE_BAND):
        assert guard.check(second, first, None, similarity).reason == reason
    assert compare_texts(first, second, None).reason == reason
    assert compare_texts(first, second, None, MinimalPairCheck(narrowing=False)).accept


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("返品は購入前にできますか", "返品は購入後にできますか", "substitution:前->後"),
        ("契約期間に解約すると違約金はかかりますか",
         "契約期間内に解約すると違約金はかかりますか", "insertion:内"),
        ("How long does it take to boil a litre of water?",
         "How long does it take to boil half a litre of water?", "insertion:half"),
        ("前払いはできますか", "後払いはできますか", "substitution:前払い->後払い"),
    ],
)  # fmt: skip
def test_japanese_relation_suffixes_and_fractions_are_not_detail(first, second, reason) -> None:
    """前 / 後 / 内 / 以上 ... relate like before / after / within; half / quarter are numbers;
    words one kanji apart contrast even with kana around it (前払い / 後払い)."""
    assert compare_texts(first, second, None).reason == reason
    assert not Guard().check(second, first, None, ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        ("予約を変更したいです", "ご予約を変更したいです", "ja"),
        ("返品は購入後にできますか", "購入後に返品はできますか", "ja"),
        ("Can I pay by card?", "Can I pay by card please?", "en"),
        ("How do I reset my password?", "How do I quickly reset my password?", "en"),
        ("What is the reason for the delay?", "What is the main reason for the delay?", "en"),
    ],
)
def test_politeness_order_and_common_words_are_not_narrowing(first, second, lang) -> None:
    assert compare_texts(first, second, lang).accept
    assert Guard().check(second, first, lang, ABOVE_BAND).accept


def test_the_modifier_of_a_shared_noun_is_found() -> None:
    """The English word added between a determiner / preposition and a shared noun."""
    check = MinimalPairCheck()
    cases = [
        ("Where can I charge my bike?", "Where can I charge my electric bike?", "electric"),
        ("Is parking free at hotels?", "Is parking free at partner hotels?", "partner"),
        ("Where is the charger?", "Where is the charger cable?", None),  # a head, not a modifier
        ("How do I reset my password?", "How do I quickly reset my password?", None),
    ]
    for first, second, expected in cases:
        a, b = units(first, "en"), units(second, "en")
        found = check.modifier_added(a, b, check.align(a, b))
        assert (found.text if found else None) == expected, (first, second)


def test_in_the_band_a_modifier_needs_the_higher_cut() -> None:
    """The same candidate in the trees' band: served by a guard that asks only the trees'
    own cut-off, rejected as ``narrowing:<word>:<score>`` by one that asks for certainty (a
    graded adjective: electric, which names a kind, is a firm narrowing since session 14)."""
    first, second = "Where can I charge my bike?", "Where can I charge my big bike?"
    strict = Guard(modifier_cut=1.01).check(second, first, "en", 0.9)
    assert not strict.accept
    assert strict.reason.startswith(("narrowing:big:", "learned:"))
    lenient = Guard(modifier_cut=0.0).check(second, first, "en", 0.9)
    assert lenient.reason.split(":")[0] in ("guard-ok", "learned")
    assert not lenient.reason.startswith("narrowing")


# -- session 11 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "cached", "swapped"),
    [
        ("Can my sister text me the code?", "Can I text my sister the code?", "sister<->i"),
        ("Does my landlord owe me the deposit?", "Do I owe my landlord the deposit?",
         "landlord<->i"),
        ("Can I switch my number from another carrier to you?",
         "Can I switch my number from you to another carrier?", "carrier<->you"),
    ],
)  # fmt: skip
def test_english_pronouns_hold_roles(guard, query, cached, swapped) -> None:
    """A subject and an object pronoun swapped around the verb (I / me are one person), and a
    pronoun after from / to, are a role swap as nouns are."""
    assert guard.check(query, cached, None, ABOVE_BAND).reason == f"roles:{swapped}"


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Can I text my sister the code?", "Can I text the code to my sister?"),
        ("Can I move my number to you from another carrier?",
         "Can I move my number from another carrier to you?"),
        ("Do you ship to the US from Canada?", "Do you ship from Canada to the US?"),
        ("Will you refund me?", "Will I be refunded by you?"),
    ],
)  # fmt: skip
def test_english_pronoun_roles_kept_are_not_swaps(guard, query, cached) -> None:
    """The same roles in another order or in the passive (and US, the country, is no
    pronoun)."""
    assert guard.check(query, cached, None, ABOVE_BAND).accept


@pytest.mark.parametrize(
    ("query", "cached", "reason"),
    [
        ("Is the gym open during the school holidays?", "Is the gym open?",
         "insertion:during+school+holidays"),
        ("Is the museum's rooftop garden free?", "Is the museum free?",
         "part:rooftop+garden"),
        ("美術館の週末の入館料はいくらですか", "美術館の入館料はいくらですか", "narrowing:週末"),
        ("ジムの冬休みだけの会費はいくらですか", "ジムの会費はいくらですか", "narrowing:冬休み"),
        ("スポーツジムの平日会員の会費はいくらですか", "スポーツジムの会員の会費はいくらですか",
         "narrowing:平日"),
    ],
)  # fmt: skip
def test_limiting_phrases_and_scope_nouns_are_not_detail(guard, query, cached, reason) -> None:
    """A preposition of time / place with its noun, the thing a shared possessive owns, and a
    Japanese noun of time or extent (副詞可能) or one だけ / のみ follows, before a shared noun:
    each limits what is asked, even when several units are added."""
    assert compare_texts(cached, query, None).reason == reason
    assert guard.check(query, cached, None, ABOVE_BAND).reason == reason


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Is the museum free to enter?", "Is the museum free?"),
        ("How do I sign up for the newsletter?", "How do I sign up?"),
        ("美術館の入館料は現在いくらですか", "美術館の入館料はいくらですか"),
        ("机の上に置けますか", "机に置けますか"),
    ],
)
def test_added_detail_that_limits_nothing_passes(guard, query, cached) -> None:
    """An added verb or topic, a time noun that modifies no shared noun (現在), a place noun
    (上): detail, served."""
    assert guard.check(query, cached, None, ABOVE_BAND).accept


def test_above_the_band_a_rare_modifier_narrows(guard) -> None:
    """Above the trees' band a rare added modifier of a shared noun names a kind (a *prorated*
    refund); common, graded or hedging ones (main, simplest, definitely) are served. (An
    adverb of extent, *fully* waterproof, narrows since session 20: ``narrowing:fully``, in
    ``test_guard_wrong_en_s20.py``.)"""
    rejected = guard.check(
        "Can I get a prorated refund on my headphones?",
        "Can I get a refund on my headphones?", None, ABOVE_BAND,
    )  # fmt: skip
    assert rejected.reason == "narrowing:prorated"
    for query, cached in [
        ("What is the main reason for the delay?", "What is the reason for the delay?"),
        ("What is the simplest way to reset the router?", "What is the way to reset the router?"),
        ("Is the laptop sleeve definitely waterproof?", "Is the laptop sleeve waterproof?"),
    ]:
        assert guard.check(query, cached, None, ABOVE_BAND).accept, query
    # in the band an adjective is the trees' to decide (with ``modifier_cut``), not this
    # rule's; a participle after a determiner is refused there too since session 20, firm, by
    # ``english_extent.participle_added`` (the *extended* guarantee)
    in_band = guard.check(
        "Can I get a quick refund on my headphones?",
        "Can I get a refund on my headphones?", None, 0.9,
    )  # fmt: skip
    assert in_band.reason != "narrowing:quick"
    participle = guard.check(
        "Can I get a prorated refund on my headphones?",
        "Can I get a refund on my headphones?", None, 0.9,
    )  # fmt: skip
    assert (participle.accept, participle.reason) == (False, "narrowing:prorated")


@pytest.mark.parametrize(
    ("query", "cached", "accept"),
    [
        ("Is the pool open on weekdays?", "Is the pool open at weekends?", False),
        ("Is the shop open in the evenings?", "Is the shop open in the mornings?", False),
        ("Is the shop open on Mondays?", "Is the shop open on Monday?", True),
    ],
)
def test_plural_date_words_are_dates(guard, query, cached, accept) -> None:
    """Weekdays / weekends, mornings / evenings are dates as their singulars are (and weekday
    and weekend are two dates, not one cut to its first three letters)."""
    verdict = guard.check(query, cached, None, ABOVE_BAND)
    assert verdict.accept is accept
    assert accept or verdict.reason == "date"


def test_a_verb_that_looks_like_a_plural_date_is_no_date() -> None:
    from yamabiko.guard import analyse

    assert not analyse("What if my phone falls into the sink?", "en").dates


def test_above_the_band_a_japanese_compound_noun_narrows(guard) -> None:
    """A noun compounded with a shared noun (学生 + 料金) names a kind of it, unless the other
    prompt has that noun elsewhere (テニスコート / コートでテニス)."""
    query, cached = "美術館の学生料金はいくらですか", "美術館の料金はいくらですか"
    assert guard.check(query, cached, None, ABOVE_BAND).reason == "narrowing:学生"
    assert guard.check(
        "テニスコートでテニスができますか", "コートでテニスができますか", None, ABOVE_BAND
    ).accept


@pytest.mark.parametrize(
    ("query", "cached", "reason", "guard_reason"),
    [
        ("Can an employer see my messages?", "Can an employee see my messages?",
         "substitution:employee->employer", "category:employee->employer"),
        ("Is the trainer insured?", "Is the trainee insured?", "substitution:trainee->trainer",
         "category:trainee->trainer"),
        ("Is the forum free for teachers?", "Is the forum free for job seekers?",
         "substitution:job+seekers->teachers", "category:seekers->teachers"),
    ],
)  # fmt: skip
def test_another_kind_of_person_is_no_rewording(guard, query, cached, reason, guard_reason) -> None:
    """The doer and the one done to (-er / -ee) of one verb are two people, not one word
    family; an agent noun replaced by a phrase whose head is another agent noun that the
    word vectors do not call a synonym is a substitution, not a rewording. The guard names
    them first as persons of other roles (session 19, ``english_persons.py``)."""
    assert compare_texts(cached, query, None).reason == reason
    assert guard.check(query, cached, None, ABOVE_BAND).reason == guard_reason


def test_the_same_person_in_other_words_passes(guard) -> None:
    assert guard.check("Can the employer see it?", "Can the employers see it?", None).accept
    assert compare_texts("Where is the ATM?", "Where is the cash machine?", "en").accept
