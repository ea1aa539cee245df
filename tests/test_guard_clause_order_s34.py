"""Session 34 (lateRoles): two clauses exchanged around one connective are a role swap
(``guard/clause_order.py``, :func:`~yamabiko.guard.clause_order.clauses_exchanged`, asked
last by the guard's ``roles`` step): *Is the bread sliced before the loaves are cooled?* /
*Are the loaves cooled before the bread is sliced?* asks for the other order of events.

Every pair is written here for the test (a bakery, a garden, a pottery, a choir, a harbour);
the guard and the embedder are the real ones.

- SERVED_BEFORE: exchanges of clauses the guard served before this change at the cosine the
  embedder gives them (when, while, because, if; と, たら, ので, a connective fronted with
  its comma); each is refused ``roles:<connective>`` now, and the other way round too.
- KEPT: the same events in the same order said another way (a gerund, an active verb, the
  connective fronted, a clause reordered within itself, ば for たら): served.
- The rule alone: it names exchanges the older steps already refuse too (before, after,
  てから), and reads nothing into two connectives, one connective said twice, a question
  word *when* without a comma, or a clause without content words.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.clause_order import clauses_exchanged

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): served by the guard before this change
SERVED_BEFORE = [
    ("Is the kiln loaded when the glaze has dried?",
     "Has the glaze dried when the kiln is loaded?", "en", "roles:when"),
    ("Are the chairs stacked while the floor is polished?",
     "Is the floor polished while the chairs are stacked?", "en", "roles:while"),
    ("Is the concert delayed because the choir arrived late?",
     "Did the choir arrive late because the concert was delayed?", "en", "roles:because"),
    ("When the tide is out, are the boats launched?",
     "When the boats are launched, is the tide out?", "en", "roles:when"),
    ("Can I cancel if the flight is delayed?", "Is the flight delayed if I cancel?", "en",
     "roles:if"),
    ("窓を開けると風鈴が鳴りますか", "風鈴が鳴ると窓を開けますか", "ja", "roles:と"),
    ("肥料をまいたら花が咲きますか", "花が咲いたら肥料をまきますか", "ja", "roles:たら"),
    ("雨が降ったので試合が中止になりましたか", "試合が中止になったので雨が降りましたか", "ja",
     "roles:ので"),
]  # fmt: skip

#: the same two events in the same order, said another way: served
KEPT = [
    ("Is the bread sliced before the loaves are cooled?",
     "Do you slice the bread before cooling the loaves?", "en"),
    ("Is the bread sliced before the loaves are cooled?",
     "Before the loaves are cooled, is the bread sliced?", "en"),
    ("Is the hedge trimmed after the lawn is mowed?",
     "Is the hedge trimmed after mowing the lawn?", "en"),
    ("Are the chairs stacked while the floor is polished?",
     "Are the chairs stacked while the floor is being polished?", "en"),
    ("肥料をまいたら花が咲きますか", "肥料をまけば花が咲きますか", "ja"),
    ("生地を寝かせる前にオーブンを温めますか", "オーブンは生地を寝かせる前に温めますか", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SERVED_BEFORE, KEPT)


def test_exchanged_clauses_are_refused_both_ways(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, SERVED_BEFORE, cosines, THRESHOLD, either_side=True)


def test_same_order_said_another_way_is_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, KEPT, cosines, THRESHOLD, either_side=True)


def test_rule_names_exchanges_older_steps_refuse_first() -> None:
    pairs = [
        ("Is the bread sliced before the loaves are cooled?",
         "Are the loaves cooled before the bread is sliced?", "en", "before"),
        ("Is the hedge trimmed after the lawn is mowed?",
         "Is the lawn mowed after the hedge is trimmed?", "en", "after"),
        ("生地を寝かせる前にオーブンを温めますか", "オーブンを温める前に生地を寝かせますか", "ja",
         "前"),
        ("生地を寝かせてからオーブンを温めますか", "オーブンを温めてから生地を寝かせますか", "ja",
         "てから"),
    ]  # fmt: skip
    for cached, query, lang, connective in pairs:
        assert clauses_exchanged(query, cached, lang) == connective, (cached, query)
        assert clauses_exchanged(cached, query, lang) == connective, (cached, query)


def test_rule_reads_nothing_it_cannot_split() -> None:
    pairs = [
        # one order said with two connectives: A before B = B after A
        ("Is the bread sliced before the loaves are cooled?",
         "Are the loaves cooled after the bread is sliced?", "en"),
        # a connective said twice, a question word opening without a comma
        ("Is the bread sliced before the loaves are cooled before noon?",
         "Are the loaves cooled before the bread is sliced before noon?", "en"),
        ("When is the bread sliced?", "When are the loaves cooled?", "en"),
        # a clause with no content word (if = whether)
        ("Can you tell me if the loaves are cooled?",
         "Are the loaves cooled if you tell me?", "en"),
        # the same clause on both sides of the connective
        ("Is the bread sliced before the bread is sliced?",
         "Is the bread sliced before the bread is sliced again?", "en"),
        ("雪が積もったので電車が止まりましたか", "雪のせいで電車が止まりましたか", "ja"),
        ("en text", "other text", "fr"),
    ]  # fmt: skip
    for cached, query, lang in pairs:
        assert clauses_exchanged(query, cached, lang) == "", (cached, query)
