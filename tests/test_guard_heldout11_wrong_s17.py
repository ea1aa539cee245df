"""Session-17 wrong serves of the kinds faq-heldout11 showed (``guard/directions.py``,
``guard/restrictions.py``, ``guard/verbchange.py``): one direction preposition changed (to
/ from the airport), a Japanese route's ends exchanged with compound nouns
(普通預金から定期預金に / 定期預金から普通預金に), every / only, a word in the place of "all"
(all / accidental water damage), a cause dropped (because of snow), a price per another
unit (1人あたり / 1台あたり, per car / per person), and a Japanese verb replaced by one
nothing explains after the same argument (特約を追加 / 特約を外す), which the trees' rescue
served.

Every example is written here for the test (none is taken from an evaluation file), in
everyday FAQ wording, with the real embedder's cosines at the default threshold (0.75), the
real analysers and word vectors. The probes marked ``served before`` were served by the guard
before this change (main at bb2d21f); the others were refused for another reason. The
paraphrases that must stay served are alongside.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.directions import direction_changed, route_swapped
from yamabiko.guard.restrictions import (
    cause_dropped,
    per_unit_changed,
    quantifier_narrowed,
    universal_dropped,
)
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives)
WRONG = [
    # served before
    (
        "Can I get a bus to the airport?",
        "Can I get a bus from the airport?",
        "en",
        "roles:airport:to->from",
    ),
    (
        "How much is a taxi to the station?",
        "How much is a taxi from the station?",
        "en",
        "roles:station:to->from",
    ),
    (
        "Do you deliver parcels to Ireland?",
        "Do you deliver parcels from Ireland?",
        "en",
        "roles:ireland:to->from",
    ),
    (
        "Can I transfer money to my savings account?",
        "Can I transfer money from my savings account?",
        "en",
        "roles:sav:to->from",
    ),
    (
        "Are there direct flights to Madrid?",
        "Are there direct flights from Madrid?",
        "en",
        "roles:madrid:to->from",
    ),
    (
        "Does the warranty cover every part of the car?",
        "Does the warranty cover the engine only?",
        "en",
        "scope:every->only",
    ),
    (
        "Do I get compensation if my train is delayed due to strikes?",
        "Do I get compensation if my train is delayed?",
        "en",
        "condition:due+strikes",
    ),
    ("保険に特約を追加できますか？", "保険の特約を外せますか？", "ja", "substitution:追加->外せ"),
    (
        "光回線から電話回線に変更できますか？",
        "電話回線から光回線に変更できますか？",
        "ja",
        "roles:光回線<->電話回線",
    ),
    # refused before for another reason (the trees' score, a substitution)
    (
        "Can I use the discount on all items?",
        "Can I use the discount on sale items only?",
        "en",
        "scope:all->only",
    ),
    (
        "Does the gym membership include all classes?",
        "Does the gym membership include yoga classes?",
        "en",
        "narrowing:yoga",
    ),
    (
        "Can I cancel my booking because of illness?",
        "Can I cancel my booking?",
        "en",
        "condition:illness",
    ),
    (
        "Will my flight be refunded if it is cancelled because of snow?",
        "Will my flight be refunded if it is cancelled?",
        "en",
        "condition:snow",
    ),
    ("レンタル料金は1人あたりですか？", "レンタル料金は1台あたりですか？", "ja", "unit:人->台"),
    (
        "入場料は1人ごとにかかりますか？",
        "入場料は1グループごとにかかりますか？",
        "ja",
        "unit:人->グループ",
    ),
    ("駐車場の料金は車1台ごとですか？", "駐車場の料金は1人ごとですか？", "ja", "unit:車台->人"),
    (
        "Is the parking charge per car?",
        "Is the parking charge per person?",
        "en",
        "unit:car->person",
    ),
    (
        "普通預金から定期預金に移せますか？",
        "定期預金から普通預金に移せますか？",
        "ja",
        "roles:定期預金<->普通預金",
    ),
    (
        "旧住所から新住所へ郵便を転送できますか？",
        "新住所から旧住所へ郵便を転送できますか？",
        "ja",
        "roles:新住所<->旧住所",
    ),
]

#: (cached, query, lang): the same question
SERVED = [
    (
        "How do I get from the station to the hotel?",
        "How do I get to the hotel from the station?",
        "en",
    ),
    ("Is there a bus to the airport?", "Is there a bus that goes to the airport?", "en"),
    ("Does the discount apply to every item?", "Does the discount apply to all items?", "en"),
    (
        "Does the insurance cover all vet fees?",
        "Does the insurance cover all of the vet fees?",
        "en",
    ),
    (
        "Do I get a refund if my ferry is cancelled because of the weather?",
        "Do I get a refund if the ferry is cancelled due to the weather?",
        "en",
    ),
    (
        "Can I get a refund if my flight is cancelled because of a strike?",
        "If my flight is cancelled because of a strike, can I get a refund?",
        "en",
    ),
    ("Can I cancel my booking if I'm ill?", "Can I cancel my booking because I'm ill?", "en"),
    ("Do all rooms have wifi?", "Does every room have wifi?", "en"),
    ("Is the parking charge per car?", "Is the parking fee charged per car?", "en"),
    ("料金は1人ごとですか？", "料金は一人あたりですか？", "ja"),
    (
        "光回線からケーブル回線に乗り換えられますか？",
        "ケーブル回線に光回線から乗り換えられますか？",
        "ja",
    ),
    ("住民票はコンビニで取れますか？", "コンビニで住民票を発行できますか？", "ja"),
    ("家計簿アプリに銀行口座を連携するには？", "家計簿アプリと銀行口座をつなげたいんだけど", "ja"),
]


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    assert_refused_with_reasons(GUARD, WRONG, pair_cosines(embedder, WRONG), THRESHOLD)


def test_paraphrases_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD)


def test_a_direction_changes_only_when_one_word_changes_its_preposition() -> None:
    to, away = (("ferry", "for"), ("island", "to")), (("ferry", "for"), ("island", "from"))
    texts = "ferries to the island", "ferries from the island"
    assert direction_changed(to, away, *texts) == "island:to->from"
    assert direction_changed(to, away, "it had to be an island", texts[1]) == ""  # infinitive
    both = (("london", "from"), ("paris", "to"))
    assert direction_changed(both, (("paris", "to"), ("london", "from")), "", "") == ""
    into = (("ferry", "for"), ("island", "into"))
    assert direction_changed(to, into, texts[0], "ferries into the island") == ""  # one kind
    both_ends = "ferries from the island to the island"
    assert direction_changed(to, (("island", "to"), ("island", "from")), texts[0], both_ends) == ""


def test_a_route_swaps_whole_nouns_not_their_order() -> None:
    assert (
        route_swapped("光回線からケーブル回線に", "ケーブル回線から光回線に")
        == "光回線<->ケーブル回線"
    )
    assert route_swapped("光回線からケーブル回線に", "ケーブル回線に光回線から") == ""
    assert route_swapped("東京から大阪まで", "東京から名古屋まで") == ""
    assert route_swapped("東京へ行く", "東京から来る") == ""  # one end only: not a route swap


def test_restrictions() -> None:
    added = [u for u in units("Does it cover emergency vet fees?", "en") if u.text == "emergency"]
    assert quantifier_narrowed("Does it cover all vet fees?", "Does it cover emergency vet fees?",
                               added) == "emergency"  # fmt: skip
    assert quantifier_narrowed("Is every room free?", "Is every room free?", []) == ""
    assert (
        quantifier_narrowed("Is every room free?", "Is the first room only free?", [])
        == "every->only"
    )
    weather = [u for u in units("cancelled because of the weather", "en") if u.text == "weather"]
    text = "Do I get a refund if my ferry is cancelled because of the weather?"
    assert cause_dropped(text, "Do I get a refund if my ferry is cancelled?", weather) == "weather"
    assert cause_dropped(text, "Is it cancelled due to rain?", weather) == ""  # both give one
    assert cause_dropped("Why? It rains. Can I cancel?", "Can I cancel?", weather) == ""
    assert per_unit_changed("1人あたり", "一人ごと") == ""
    assert per_unit_changed("車1台ごと", "1人ごと") == "車台->人"
    assert per_unit_changed("per car", "per person") == "car->person"
    assert per_unit_changed("per night", "per nights") == ""
    assert per_unit_changed("1人ごと", "料金は？") == ""
    assert universal_dropped("自宅の改修全体に", "自宅の手すりの設置に") == "全体"
