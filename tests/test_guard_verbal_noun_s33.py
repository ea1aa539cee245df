"""Session 33 (enja): a Japanese verb said on the other side as a verbal noun of its synonym
group + する / できる (直せますか / 修理できますか, 直してもらえますか / 修理してもらえますか).

SudachiPy marks 直す as a verb that may also be an auxiliary (し直す), so the minimal-pair units
leave it out and read 修理 as a detail added; the boosted trees then refused such pairs at
0.09-0.48 (the characters differ). ``ja_respelt.verb_as_noun`` proves the two one text: the same
long units but for the verb against the noun + light verb, one SudachiDict synonym group, and
できる only against the verb's potential form (する against any other), in the verb's
conjugated form. The minimal-pair stage serves the trees' refusal on that proof
(``verbal-noun:<score>``).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SERVED was refused by the code before this change
(``learned:<score>``); each of REFUSED is a verb against a verbal noun of another act (repair /
replace, buy / sell, send / receive) and stays refused with its reason.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_respelt import verb_as_noun

GUARD = Guard()
THRESHOLD = 0.75

#: a verb against a verbal noun of its synonym group + できる / する: one question
SERVED = [
    ("腕時計の電池が切れたのですが、すぐ直せますか？",
     "腕時計の電池が切れたのですが、すぐ修理できますか？", "ja"),
    ("エアコンの調子が悪いのですが、直してもらえますか？",
     "エアコンの調子が悪いのですが、修理してもらえますか？", "ja"),
    ("ネックレスのチェーンが切れたので、直してもらえますか？",
     "ネックレスのチェーンが切れたので、修理してもらえますか？", "ja"),
    ("この靴は直してもらえますか？", "この靴は修理してもらえますか？", "ja"),
    ("網戸が破れたのですが、直してもらえますか？",
     "網戸が破れたのですが、修理してもらえますか？", "ja"),
]  # fmt: skip

#: a verb against a verbal noun of another act
REFUSED = [
    ("時計のベルトは直せますか？",
     "時計のベルトは交換できますか？", "ja", "substitution:直せ->交換"),
    ("時計のベルトは直せますか？",
     "時計のベルトは点検できますか？", "ja", "substitution:直せ->点検"),
    ("家具は直せますか？",
     "家具は回収できますか？", "ja", "substitution:直せ->回収"),
    ("家具は直せますか？",
     "家具は購入できますか？", "ja", "substitution:直せ->購入"),
    ("チケットは買えますか？",
     "チケットは販売できますか？", "ja", "substitution:買え->販売"),
    ("チケットは売れますか？",
     "チケットは購入できますか？", "ja", "substitution:売れ->購入"),
    ("チケットは買えますか？",
     "チケットは予約できますか？", "ja", "substitution:買え->予約"),
    ("荷物は送れますか？",
     "荷物は受信できますか？", "ja", "substitution:送れ->受信"),
    ("荷物は今日出せますか？",
     "荷物は今日発送できますか？", "ja", "substitution:出せ->発送"),
    ("ゴミは何時まで出せますか？",
     "ゴミは何時まで回収できますか？", "ja", "substitution:出せ->回収"),
    ("書類は窓口で出せますか？",
     "書類は窓口で受理できますか？", "ja", "substitution:出せ->受理"),
    ("朝から始められますか？",
     "朝から終了できますか？", "ja", "substitution:始め->終了"),
    ("セーターは洗えますか？",
     "セーターは乾燥できますか？", "ja", "substitution:洗え->乾燥"),
    ("会員証は使えますか？",
     "会員証は発行できますか？", "ja", "substitution:使え->発行"),
    ("会員証は使えますか？",
     "会員証は再発行できますか？", "ja", "substitution:使え->再+発行"),
    ("車は今日借りられますか？",
     "車は今日返却できますか？", "ja", "substitution:借り->返却"),
    ("予約は変えられますか？",
     "予約は確認できますか？", "ja", "substitution:変え->確認"),
    ("自転車のチェーンが外れたのですが、すぐ直せますか？",
     "自転車のチェーンが外れたのですが、すぐ交換できますか？", "ja", "learned:0.59"),
    ("自転車のチェーンが外れたのですが、すぐ直せますか？",
     "自転車のチェーンが外れたのですが、すぐ点検できますか？", "ja", "learned:0.32"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_verb_said_as_its_verbal_noun_is_served(cosines: dict) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_verbal_noun_of_another_act_stays_refused(cosines: dict) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD)


def test_the_served_reason_names_the_proof(cosines: dict) -> None:
    # (SERVED[0]: the verb after an adverb stays out of the units; the verb of a closing request,
    # 直してもらえますか, is a unit since jaWrong and the rules serve it as guard-ok)
    cached, query, lang = SERVED[0]
    verdict = GUARD.check(query, cached, lang, cosines[cached, query], THRESHOLD)
    assert verdict.accept
    assert verdict.reason.startswith("verbal-noun:")


def test_verb_as_noun_reads_one_group_and_one_modality() -> None:
    assert verb_as_noun("すぐ直せますか？", "すぐ修理できますか？")
    assert verb_as_noun("すぐ修理できますか？", "すぐ直せますか？")  # either side
    assert verb_as_noun("直してもらえますか？", "修理してもらえますか？")
    assert verb_as_noun("苗は買えますか？", "苗は購入できますか？")
    assert not verb_as_noun("すぐ直せますか？", "すぐ交換できますか？")  # another act
    assert not verb_as_noun("苗は買えますか？", "苗は販売できますか？")  # buy / sell
    assert not verb_as_noun("すぐ直しますか？", "すぐ修理できますか？")  # will / can
    assert not verb_as_noun("すぐ直せますか？", "すぐ修理しますか？")  # can / will
    assert not verb_as_noun("直してもらえますか？", "修理できますか？")  # more than the verb
    assert not verb_as_noun("すぐ直せますか？", "すぐ直せますか？")  # nothing said otherwise
