"""Build ``conversations-heldout.jsonl`` from the hand-written held-out scenarios, and the
pairs of every held-out conversation set.

    python benchmarks/data/make_conversations_heldout.py           # rewrite the file
    python benchmarks/data/make_conversations_heldout.py --check   # is it up to date?

Each scenario (``heldout_conversations_{en,ja}{1,2}.py``; likewise ``heldout2_conversations.py``,
``heldout3_conversations.py`` and the later sets, which write their own files through
``generated_file.write_conversations``) gives six pairs in the format of
``yamabiko eval conversations`` (``{"id", "a", "b", "label", "kind", "lang", "slot"}``); both
sides end with the same follow-up question:

- label 1 (same context): ``reworded`` (the thread in other words), ``small-talk`` (a greeting
  or chit-chat exchange inserted), ``unrelated`` (an exchange about something else inserted);
- label 0 (different context): ``entity`` (one product / plan / account / amount / date /
  place / person replaced, named in ``slot``), ``entity-reworded`` (the reworded thread with
  another slot replaced), ``intent`` (the opposite intent; one scenario has a third ``entity``
  pair instead).

Which side is stored (``a``) alternates by scenario, so that inserted exchanges sit on the
stored side in half the pairs and on the looked-up side in the other half. The whole file is a
reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from generated_file import write_conversations

HERE = Path(__file__).resolve().parent
#: the scenario modules of ``conversations-heldout.jsonl``, in file order
MODULES = (
    "heldout_conversations_en1",
    "heldout_conversations_en2",
    "heldout_conversations_ja1",
    "heldout_conversations_ja2",
)
OUT = HERE / "conversations-heldout.jsonl"

Exchange = tuple[str, str]


def scenarios(modules: tuple[str, ...]) -> list[dict]:
    """Every scenario of ``modules``, in file order."""
    out = []
    for name in modules:
        spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.SCENARIOS)
    return out


def messages(exchanges: list[Exchange], follow: str) -> list[dict[str, str]]:
    """The chat messages of a thread followed by the follow-up question."""
    out = []
    for user, assistant in exchanges:
        out.append({"role": "user", "content": user})
        out.append({"role": "assistant", "content": assistant})
    out.append({"role": "user", "content": follow})
    return out


def inserted(exchanges: list[Exchange], position: int, extra: Exchange) -> list[Exchange]:
    """The thread with one exchange inserted before exchange ``position``."""
    return [*exchanges[:position], extra, *exchanges[position:]]


def pairs_of(index: int, scenario: dict) -> list[dict]:
    """The six labelled pairs of one scenario."""
    thread, follow = scenario["thread"], scenario["follow"]
    third = scenario["third"]
    if third[0] == "intent":
        third_kind, third_slot, third_thread = "intent", "intent", third[1]
    else:
        third_kind, third_slot, third_thread = "entity", third[1], third[2]
    variants = [
        ("reworded", 1, None, scenario["reworded"]),
        ("small-talk", 1, None, inserted(thread, *scenario["small_talk"])),
        ("unrelated", 1, None, inserted(thread, *scenario["unrelated"])),
        ("entity", 0, scenario["entity"][0], scenario["entity"][1]),
        ("entity-reworded", 0, scenario["entity_reworded"][0], scenario["entity_reworded"][1]),
        (third_kind, 0, third_slot, third_thread),
    ]
    lang = scenario["id"].split("-")[0]
    out = []
    for n, (kind, label, slot, other) in enumerate(variants):
        first, second = messages(thread, follow), messages(other, follow)
        if index % 2:
            first, second = second, first
        row = {"id": f"{scenario['id']}-{n}", "lang": lang, "kind": kind, "label": label}
        if slot:
            row["slot"] = slot
        row.update({"a": first, "b": second})
        out.append(row)
    return out


def main() -> int:
    return write_conversations(OUT, scenarios(MODULES), __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
