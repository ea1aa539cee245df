"""Session 36 (japara): two Japanese paraphrases of one text that the dictionary proves one.

1. A noun in kana against its kanji where the kanji side's word (SudachiPy's long unit) also
   holds a character both prompts share (しばかり機 / 芝刈り機): the kana side cannot be widened
   to the whole unit, so :func:`~yamabiko.guard.ja_respelt.kana_spelt` reads the short unit
   that covers the span (芝刈り). SudachiPy cuts しばかり into し + ばかり, which the minimal-pair
   check read as a narrowing word dropped (``narrowing:芝刈り``); ``minpair_stage`` now asks
   the reading of a narrowing verdict too. Homophones stay refused (こうえん, かき, きかい).
2. A homophone slip that the light verb after it corrects
   (:func:`~yamabiko.guard.ja_respelt.light_verb_slip`): 同乗できますか / 同上できますか. Only
   同乗 is a verbal noun (サ変可能); 同上 ("ditto") takes no できる, so the prompt can only
   mean 同乗 (``equivalent-words:slip:同乗->同上``; the trees' refusal served as
   ``slip:<score>``). Two verbal nouns of one reading (講演 / 公演, 保証 / 保障), two nouns
   before no light verb (機械 / 機会, 同乗の料金 / 同上の料金) stay refused.

Every pair is written here for the test (none is taken from an evaluation file); the guard,
the trees, SudachiPy and the embedder are the real ones. Each pair of SERVED was refused by
the code before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_respelt import kana_spelt, light_verb_slip, spelt_alike

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): served whichever prompt is cached, with the reason's proof
SERVED = [
    ("しばかり機は貸し出していますか？", "芝刈り機は貸し出していますか？", "ja"),
    ("ペットも同乗できますか？", "ペットも同上できますか？", "ja"),
]  # fmt: skip
PROOFS = ("reading", "slip")

#: (cached, query, lang, reason): refused whichever prompt is cached
REFUSED = [
    ("きかい室には入れますか？", "機械室には入れますか？", "ja", "substitution:きかい->機械"),
    ("講演は予約できますか？", "公演は予約できますか？", "ja", "substitution:講演->公演"),
    ("保証できますか？", "保障できますか？", "ja", "substitution:保証->保障"),
    ("機械の点検はできますか？", "機会の点検はできますか？", "ja", "substitution:機械->機会"),
    ("同乗の料金はいくらですか？", "同上の料金はいくらですか？", "ja", "substitution:同乗->同上"),
    ("子どもも同乗できますか？", "子どもも同行できますか？", "ja", "substitution:同乗->同行"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_served_on_the_dictionary_proof(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    for (cached, query, lang), proof in zip(SERVED, PROOFS, strict=True):
        for x, y in ((cached, query), (query, cached)):
            reason = GUARD.check(y, x, lang, cosines[cached, query], THRESHOLD).reason
            assert reason.startswith((f"{proof}:", f"equivalent-words:{proof}:")), (x, reason)


def test_homophones_and_other_words_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_kana_spelt_reads_the_short_unit_inside_a_longer_word() -> None:
    kana, kanji = "しばかり機の修理は何日かかりますか", "芝刈り機の修理は何日かかりますか"
    assert kana_spelt(kana, kanji) == ("しばかり", "芝刈り")
    assert kana_spelt(kanji, kana) == ("芝刈り", "しばかり")
    assert kana_spelt("きかい室に入れますか", "機械室に入れますか") is None  # 機会 too


def test_light_verb_slip_needs_one_verbal_noun_before_the_light_verb() -> None:
    assert light_verb_slip("家族も同乗できますか", "家族も同上できますか") == ("同乗", "同上")
    assert light_verb_slip("家族も同上できますか", "家族も同乗できますか") == ("同上", "同乗")
    assert light_verb_slip("講演を予約できますか", "公演を予約できますか") is None  # (を: no)
    assert light_verb_slip("製作できますか", "制作できますか") is None  # two verbal nouns
    assert light_verb_slip("同乗の料金は", "同上の料金は") is None  # no light verb after it
    assert light_verb_slip("家族も同乗できますか", "家族も同行できますか") is None  # two readings


def test_spelt_alike_names_its_proof() -> None:
    assert spelt_alike("しばかり機はありますか", "芝刈り機はありますか") == (
        "reading", "しばかり", "芝刈り"
    )  # fmt: skip
    assert spelt_alike("家族も同乗できますか", "家族も同上できますか") == ("slip", "同乗", "同上")
    assert spelt_alike("家族も同乗できますか", "家族も同行できますか") is None
