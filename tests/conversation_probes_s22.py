"""Session 22 probe conversations, written for these tests (no evaluation set's wording): the
same answers to the assistant's questions confirmed as another job (a repair visit / a
replacement quote, パンク修理 / タイヤ交換, 丸洗い / 仕立て直し), a request said otherwise and
confirmed otherwise on both sides, and twins that must stay served (the request in other words
and the same confirmation, the assistant's own manners said otherwise: *Noted* / *Booked*,
承知しました / 承ります).

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context, 0 for a
different one; ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]

BOILER_REPAIR = [
    ("Our boiler keeps losing pressure - can you send someone?",
     "Yes. What make is it, and when are you in?"),
    ("It's a Worcester combi, and I'm in all day Monday.",
     "Thanks: a repair visit for a Worcester combi boiler, Monday."),
]  # fmt: skip
BOILER_REPLACE = [
    ("Our boiler keeps losing pressure, so we'd like it swapped for a new one.",
     "Yes. What make is it, and when are you in?"),
    ("It's a Worcester combi, and I'm in all day Monday.",
     "Thanks: a replacement quote for a Worcester combi boiler, Monday."),
]  # fmt: skip
BOILER_TWIN = [
    ("The pressure on our boiler keeps dropping - could someone come out?",
     "Yes. What make is it, and when are you in?"),
    ("It's a Worcester combi, and I'm in all day Monday.",
     "Thanks: a repair visit for a Worcester combi boiler, Monday."),
]  # fmt: skip
PIANO_TUNE = [
    ("Could someone see to our piano in Hove?", "Of course. Is it an upright or a grand?"),
    ("An upright, and Thursday morning suits us.",
     "Noted: an upright piano in Hove, Thursday morning, for a tuning."),
]  # fmt: skip
PIANO_MOVE = [
    ("Could someone see to our piano in Hove?", "Of course. Is it an upright or a grand?"),
    ("An upright, and Thursday morning suits us.",
     "Noted: we'll collect the upright from Hove on Thursday morning and keep it in our "
     "storage unit."),
]  # fmt: skip
BIKE_PUNCTURE = [
    ("自転車のパンクを直してほしいです。", "かしこまりました。いつ頃お持ちいただけますか？"),
    ("明日の午前中に持って行きます。", "明日の午前中、パンク修理ですね。"),
]  # fmt: skip
BIKE_TYRE = [
    ("自転車のタイヤがすり減ったので新しくしたいです。",
     "かしこまりました。いつ頃お持ちいただけますか？"),
    ("明日の午前中に持って行きます。", "明日の午前中、タイヤ交換ですね。"),
]  # fmt: skip
BIKE_TWIN = [
    ("自転車がパンクしたので直してもらえますか。",
     "かしこまりました。いつ頃お持ちいただけますか？"),
    ("明日の午前中に持って行きます。", "明日の午前中、パンク修理ですね。"),
]  # fmt: skip
GUTTER_CLEAR = [
    ("Can you look at the gutters on our bungalow?", "Sure. Front, back or both?"),
    ("Both, please, any day next week.",
     "Thanks: we'll clear out the front and back gutters next week."),
]  # fmt: skip
GUTTER_NEW = [
    ("Can you look at the gutters on our bungalow?", "Sure. Front, back or both?"),
    ("Both, please, any day next week.",
     "Thanks: new uPVC guttering fitted front and back next week."),
]  # fmt: skip
CAR_SERVICE = [
    ("I'd like to bring my Fiesta in on Friday.", "No problem. Which registration?"),
    ("It's KX19 ABC.", "Thanks: a full service for KX19 ABC on Friday."),
]  # fmt: skip
CAR_VALET = [
    ("I'd like to bring my Fiesta in on Friday.", "No problem. Which registration?"),
    ("It's KX19 ABC.", "Thanks: KX19 ABC is in for a valet and wax, Friday."),
]  # fmt: skip
CAR_CAMBELT = [
    ("I'd like to bring my Fiesta in on Friday.", "No problem. Which registration?"),
    ("It's KX19 ABC.",
     "Thanks: a full service for KX19 ABC on Friday, with the cambelt and water pump "
     "replaced as quoted."),
]  # fmt: skip
AIRCON_CLEAN = [
    ("エアコンの掃除をお願いしたいです。", "承知しました。何台ですか？"),
    ("二台です。", "エアコン二台のクリーニングですね。"),
]  # fmt: skip
AIRCON_MORE = [
    ("エアコンの掃除をお願いしたいです。", "承知しました。何台ですか？"),
    ("二台です。", "エアコン二台のクリーニングと、室外機の洗浄、防カビコートですね。"),
]  # fmt: skip
PIANO_TUNING_JA = [
    ("ピアノを見てもらえますか。", "はい。アップライトですか、グランドですか？"),
    ("アップライトです。来週の土曜日でお願いします。",
     "来週の土曜日、アップライトピアノの調律ですね。"),
]  # fmt: skip
PIANO_BUYING_JA = [
    ("ピアノを見てもらえますか。", "はい。アップライトですか、グランドですか？"),
    ("アップライトです。来週の土曜日でお願いします。",
     "来週の土曜日に伺い、アップライトピアノの買取額をお見積もりしますね。"),
]  # fmt: skip
ROOF_TILES = [
    ("Some tiles came off our roof in the storm - can you fix it?",
     "Sorry to hear that. Is it a house or a bungalow, and when suits?"),
    ("A semi, and next Tuesday is fine.", "Thanks: a roof tile repair on a semi, next Tuesday."),
]  # fmt: skip
ROOF_SOLAR = [
    ("Our roof gets sun all day - can you put panels on it?",
     "Happy to. Is it a house or a bungalow, and when suits?"),
    ("A semi, and next Tuesday is fine.", "Thanks: a solar panel survey on a semi, next Tuesday."),
]  # fmt: skip
KIMONO_WASH = [
    ("着物をきれいにしてもらいたいです。", "承知しました。何枚ございますか？"),
    ("二枚です。", "着物二枚の丸洗いですね。"),
]  # fmt: skip
KIMONO_REMAKE = [
    ("着物をきれいにしてもらいたいです。", "承知しました。何枚ございますか？"),
    ("二枚です。", "着物二枚の仕立て直しですね。"),
]  # fmt: skip

PROBES: list[Probe] = [
    ("en-boiler-replace", "intent", 0, BOILER_REPAIR, BOILER_REPLACE),
    ("en-piano-move", "intent", 0, PIANO_TUNE, PIANO_MOVE),
    ("ja-bike-tyre", "intent", 0, BIKE_PUNCTURE, BIKE_TYRE),
    ("ja-kimono-remake", "intent", 0, KIMONO_WASH, KIMONO_REMAKE),
    ("en-gutter-new", "intent", 0, GUTTER_CLEAR, GUTTER_NEW),
    ("en-car-valet", "intent", 0, CAR_SERVICE, CAR_VALET),
    ("en-car-cambelt", "entity", 0, CAR_SERVICE, CAR_CAMBELT),
    ("ja-aircon-more", "entity", 0, AIRCON_CLEAN, AIRCON_MORE),
    ("ja-piano-buying", "intent", 0, PIANO_TUNING_JA, PIANO_BUYING_JA),
    ("en-roof-solar", "intent", 0, ROOF_TILES, ROOF_SOLAR),
    ("en-boiler-twin", "reworded", 1, BOILER_REPAIR, BOILER_TWIN),
    ("ja-bike-twin", "reworded", 1, BIKE_PUNCTURE, BIKE_TWIN),
]
