"""The Japanese frame rules behind their gates (session 34, rolesfast): a rule is skipped only
where it would have found nothing.

:func:`yamabiko.guard.ja_frames.frame_reason` calls each rule of
:data:`~yamabiko.guard.ja_frames.RULES` only when its gate (:func:`~yamabiko.guard.ja_frames.gates`,
a necessary condition read from the rule's own first test) holds. On every Japanese pair of the
golden sample, of the FAQ sets (faq-pairs, faq-heldout to faq-heldout27) and of a few twins
each rule refuses, the real rules on the real analyses: each rule whose gate is shut returns
nothing, and the gated reason is the reason of all rules asked in turn as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from guard_verdicts import sample

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.facts import Analysis
from yamabiko.guard.ja_frames import RULES, frame_reason, gates

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
#: the FAQ sets read (not faq-heldout28 or later: the held-out run's)
_SETS = ["faq-pairs.jsonl", "faq-heldout.jsonl", *(f"faq-heldout{n}.jsonl" for n in range(2, 28))]
#: (query, cached) twins that some frame rule refuses (the rules' own examples)
_TWINS = [
    ("食事のときに薬を飲みますか", "食事をしてから薬を飲みますか"),
    ("チェックアウトまで荷物を預けられますか", "チェックアウトしてから荷物を預けられますか"),
    ("水道が止まりました", "水道を止めたいです"),
    ("雨が降っても中止ですか", "雨が降ったら中止ですか"),
    ("予約しておいた方がいいですか", "予約している方がいいですか"),
    ("大人1人と子供2人でいくらですか", "大人2人と子供1人でいくらですか"),
    ("何時にいらっしゃればよろしいですか", "何時に伺えばよろしいですか"),
    ("犬と猫を預けられますか", "犬を預けられますか"),
    ("子供に薬を飲ませてもいいですか", "子供が薬を飲んでもいいですか"),
    ("傘を貸していただけますか", "傘を貸せますか"),
    ("自分で修理できますか", "修理してもらえますか"),
    ("どちらか選べますか", "両方選べますか"),
    ("どの部屋でも泊まれますか", "この部屋に泊まれますか"),
    ("その薬を飲んだことがありますか", "その薬を飲みますか"),
    ("退院するまでに払えますか", "退院するまで払えますか"),
    ("ミシンの使い方がわかりません", "ミシンはどうやって直しますか"),
]


@cache
def _pairs() -> list[tuple[str, str]]:
    """(query, cached) of every Japanese pair read (each once)."""
    found = [(q, c) for _, _, q, c, lang, _ in sample() if lang == "ja"]
    for name in _SETS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("lang") == "ja" and isinstance(row.get("a"), str):
                found.append((row["b"], row["a"]))
    found += _TWINS
    return list(dict.fromkeys(found))


def _asked(
    rule: Callable[..., str], analysed: bool, query: str, cached: str, a: Analysis, b: Analysis
) -> str:
    """What ``rule`` finds, called as :func:`.ja_frames.frame_reason` calls it."""
    return rule(query, cached, a, b) if analysed else rule(query, cached)


def test_a_rule_is_skipped_only_where_it_finds_nothing() -> None:
    pairs = _pairs()
    assert len(pairs) > 1000
    shut = [0] * len(RULES)
    found = 0
    for query, cached in pairs:
        a, b = analyse(query, "ja"), analyse(cached, "ja")
        reference = ""
        for k, (open_, (rule, prefix, analysed)) in enumerate(
            zip(gates(query, cached), RULES, strict=True)
        ):
            said = _asked(rule, analysed, query, cached, a, b)
            if not open_:
                shut[k] += 1
                assert not said, (rule.__name__, query, cached, said)
            reference = reference or (prefix + said if said else "")
        found += bool(reference)
        assert frame_reason(query, cached, a, b) == reference, (query, cached)
    assert found >= 10  # (the rules do refuse pairs here: their gates were open there)
    gated = [k for k, count in enumerate(shut) if count > len(pairs) // 4]
    assert len(gated) >= 10, shut  # (most gates shut on many pairs: the test tests them)


def test_the_guard_refuses_the_twins_with_the_rules_reasons() -> None:
    guard = Guard()
    reasons = [guard.check(query, cached, "ja", 0.9).reason for query, cached in _TWINS]
    framed = [r for r in reasons if r.split(":")[0] in _FRAME_PREFIXES]
    assert len(framed) >= 5, reasons


_FRAME_PREFIXES = frozenset(
    {"clause", "voice", "giver", "giving", "doer", "passive", "causative", "request", "wish",
     "aspect", "tense", "until", "experience", "count", "honour", "item", "scope", "how"}
)  # fmt: skip
