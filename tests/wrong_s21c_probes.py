"""Probe pairs of the late round of session 21 (written for this work in other wordings and
domains than the FAQ set that showed the kinds; none from an evaluation file): a path's
orientation to a line (along / across / against / with), まで against までに before a verb of
change, and a goal (へ / に) against a source (から) of a numbered place; and the twins each
reading must leave served.

``WRONG``: (cached, query, lang, reason of the default guard); ``TWINS``: (cached, query,
lang).
"""

from __future__ import annotations

WRONG: list[tuple[str, str, str, str]] = [
    # English: the orientation of a path to a line
    ("Should I paint the skirting boards along the grain?",
     "Should I paint the skirting boards across the grain?", "en", "roles:grain:along->across"),
    ("Is it easier to kayak against the current?", "Is it easier to kayak with the current?",
     "en", "roles:current:against->along"),
    ("Should the laminate planks run along the hallway?",
     "Should the laminate planks run across the hallway?", "en", "roles:hallway:along->across"),
    ("Do I brush a velvet sofa against the pile?", "Do I brush a velvet sofa with the pile?",
     "en", "roles:pil:against->along"),
    ("Can the wardrobe stand along the radiator wall?",
     "Can the wardrobe stand against the radiator wall?", "en", "roles:radiator:along->against"),
    ("Should I cut the brisket across the fibres?", "Should I cut the brisket along the fibres?",
     "en", "roles:fibr:across->along"),
    ("Should the sofa face towards the fireplace?",
     "Should the sofa face away from the fireplace?", "en", "roles:fireplac:to->from"),
    # Japanese: まで (a state lasting until) against までに (an act by a deadline)
    ("足場は金曜日までに組み立てられますか？", "足場は金曜日まで組み立てられますか？", "ja",
     "until:組み立てる:までに->まで"),
    ("荷物は土曜日までに届きますか？", "荷物は土曜日まで届きますか？", "ja",
     "until:届く:までに->まで"),
    ("レンタカーは明日の夕方までに返せますか？", "レンタカーは明日の夕方まで返せますか？",
     "ja", "until:返す:までに->まで"),
    ("看板は月末までに取り付けできますか？", "看板は月末まで取り付けできますか？", "ja",
     "until:取り付ける:までに->まで"),
    # Japanese: a goal against a source with a verb of movement
    ("引っ越しでピアノを3階へ運べますか？", "引っ越しでピアノを3階から運べますか？", "ja",
     "roles:3階:へ->から"),
    ("家具を5号室に移動できますか？", "家具を5号室から移動できますか？", "ja",
     "roles:5号室:に->から"),
    ("冷蔵庫を倉庫へ運んでもらえますか？", "冷蔵庫を倉庫から運んでもらえますか？", "ja",
     "roles:倉庫:へ->から"),
]  # fmt: skip

TWINS: list[tuple[str, str, str]] = [
    ("Are there benches along the canal?", "Are there benches alongside the canal?", "en"),
    ("Can I compare your quote with the one I got?",
     "Can I compare your quote against the one I got?", "en"),
    ("Can you check the invoice with the delivery note?",
     "Can you check the invoice against the delivery note?", "en"),
    ("Can I bring my dog along with me?", "Can I bring my dog with me?", "en"),
    ("Should the sofa face towards the fireplace?",
     "Should the sofa face toward the fireplace?", "en"),
    ("ピアノを3階へ運べますか？", "ピアノを3階に運べますか？", "ja"),
    ("冷蔵庫を倉庫へ運んでもらえますか？", "冷蔵庫を倉庫に運んでもらえますか？", "ja"),
    ("説明会は3時から始まりますか？", "説明会は3時に始まりますか？", "ja"),
    ("いつまでに申し込めますか？", "いつまで申し込めますか？", "ja"),
    ("工事は金曜日までに終わりますか？", "工事は金曜日までには終わりますか？", "ja"),
    ("足場は金曜日までに組み立てられますか？", "足場は金曜日までに組み立てできますか？", "ja"),
]  # fmt: skip
