"""Build yamabiko's own labelled conversation pairs (English and Japanese) from the scenarios
in ``benchmarks/data/conversation_scenarios.json`` (written for this project, not taken from
any benchmark), and split them by scenario into a tuning half and a reporting half.

Each scenario holds one conversation thread (a user turn and the assistant's reply), the
same thread in other words (``para``), the thread with another product / plan / account /
amount / date / place / person (``swap``, its kind in ``swap_kind``), the thread with the
opposite intent (``flip``), and the follow-up question asked after it. Shared pools add
greetings, small talk and unrelated exchanges. Pairs per scenario (label 1 = the answer to
``a``'s last question is right for ``b``):

==============  =====  ==================================================================
kind            label  b is ...
==============  =====  ==================================================================
paraphrase      1      the thread in other words
greeting        1      the thread after a greeting exchange
small-talk      1      the thread followed by a thank-you exchange
unrelated       1      an unrelated exchange, then the thread
mixed           1      a greeting, an unrelated exchange, the thread in other words
<swap_kind>     0      the thread with another entity (product, plan, account, ...)
<swap_kind>     0      as above, but b's thread is also in other words (``para`` vs ``swap``)
intent          0      the thread with the opposite intent
no-history      0      the follow-up alone, without the thread
==============  =====  ==================================================================

Run: ``python benchmarks/build_conversations.py`` (writes ``conversations-tune.jsonl`` and
``conversations-report.jsonl`` next to the scenarios; each half holds half the scenarios of
each language).
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _turns(pair: list[str]) -> list[dict[str, str]]:
    return [{"role": "user", "content": pair[0]}, {"role": "assistant", "content": pair[1]}]


def half_of(n: int) -> str:
    """The half scenario ``n`` belongs to. EN and JA scenarios alternate in the file: (0, 3),
    (4, 7), ... go to tuning, so that both halves hold both languages."""
    return "tune" if n % 4 in (0, 3) else "report"


def build(scenarios: dict) -> list[list[dict]]:
    """Pairs per scenario, in scenario order. The shared pools are split too: tuning scenarios
    take the even-numbered greetings, small talk and unrelated exchanges, reporting ones the
    odd-numbered, so that no phrase of the reporting half was seen while tuning."""
    pools = scenarios["pools"]
    out = []
    for n, s in enumerate(scenarios["scenarios"]):
        lang = s["lang"]
        side = 0 if half_of(n) == "tune" else 1
        pool = {k: v[side::2] for k, v in pools[lang].items()}
        greet = _turns(pool["greeting"][n % len(pool["greeting"])])
        small = _turns(pool["small_talk"][(n // 2) % len(pool["small_talk"])])
        other = _turns(pool["unrelated"][(n * 3 + 1) % len(pool["unrelated"])])
        q = {"role": "user", "content": s["followup"]}
        thread, para = _turns(s["thread"]), _turns(s["para"])
        swap, flip = _turns(s["swap"]), _turns(s["flip"])
        base = [*thread, q]
        rows = [
            ("paraphrase", 1, [*para, q]),
            ("greeting", 1, [*greet, *thread, q]),
            ("small-talk", 1, [*thread, *small, q]),
            ("unrelated", 1, [*other, *thread, q]),
            ("mixed", 1, [*greet, *other, *para, q]),
            (s["swap_kind"], 0, [*swap, q]),
            (s["swap_kind"], 0, [*swap, q], [*para, q]),
            ("intent", 0, [*flip, q]),
            ("no-history", 0, [q]),
        ]
        pairs = []
        for row in rows:
            kind, label, b = row[:3]
            a = row[3] if len(row) > 3 else base
            pairs.append(
                {"id": f"{s['id']}-{len(pairs)}", "lang": lang, "kind": kind, "label": label,
                 "a": a, "b": b}
            )  # fmt: skip
        out.append(pairs)
    return out


def main() -> None:
    scenarios = json.loads((DATA / "conversation_scenarios.json").read_text())
    groups = build(scenarios)
    halves = {"tune": [], "report": []}
    for n, pairs in enumerate(groups):
        halves[half_of(n)].extend(pairs)
    for name, rows in halves.items():
        path = DATA / f"conversations-{name}.jsonl"
        with path.open("w") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: "
              f"{len(rows)} pairs")  # fmt: skip


if __name__ == "__main__":
    main()
