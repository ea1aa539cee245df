"""Session 28 (trees5): the probe collector records the cosine each check asked the trees at
(forced by the test or the pair's own) and the verdict there, and ``train_boosted.py`` makes a
probe file's rows at those cosines instead of the pairs' embedding cosines, so that trees
trained on the probes are trained where the probe tests read them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import probe_collector
import train_boosted

from yamabiko.guard import Guard
from yamabiko.guard.boosted import FEATURES

TWIN = ("Is the pottery class suitable for beginners?", "Is the pottery class good for beginners?")
WRONG = ("Can I hire a kayak for the morning?", "Can I hire a canoe for the morning?")
ONE_WAY = ("Do you stock oat milk?", "Do you sell oat milk?")


def test_the_checked_cosine_is_the_one_the_trees_were_asked_at() -> None:
    guard = Guard()
    assert probe_collector.checked_cosine(guard, 0.81234567, None) == 0.8123
    assert probe_collector.checked_cosine(guard, 0.76, 0.75) == 0.76
    # below the threshold it was checked at, outside the trees' band, or no trees: nothing
    assert probe_collector.checked_cosine(guard, 0.78, 0.80) is None
    assert probe_collector.checked_cosine(guard, 0.97, None) is None
    assert probe_collector.checked_cosine(guard, 0.72, None) is None
    assert probe_collector.checked_cosine(Guard(boosted=False), 0.82, None) is None
    assert probe_collector.checked_cosine(Guard(checks=("negation",)), 0.82, None) is None


def _seen(checks: set[tuple[float, bool]], test_file: str = "test_a.py") -> dict[str, set]:
    verdicts = {accepted for _, accepted in checks} or {True}
    return {"verdicts": verdicts, "langs": {"en"}, "files": {test_file}, "checks": checks}


def test_one_row_per_pair_and_cosine_with_the_verdict_seen_there() -> None:
    seen = {
        TWIN: _seen({(0.76, False), (0.92, True)}),  # refused low, served high: two rows
        WRONG: _seen({(0.85, True)}, "test_b.py"),  # a known wrong serve: label 0
        ONE_WAY: _seen({(0.8, True)}),
        ONE_WAY[::-1]: _seen({(0.8, False), (0.9, True)}),  # two verdicts at 0.8: dropped there
        ("Is the gym open late?", "Is the gym open until late?"): _seen({(0.88, True)}),
        ("Where is the ferry?", "Where is the ferry terminal?"): _seen(set()),  # rules alone
    }
    rows = probe_collector.cosine_rows(
        seen, {frozenset(WRONG)}, exclude={"Is the gym open late?"}
    )
    got = {(frozenset((row["a"], row["b"])), row["sim"]): row["label"] for row in rows}
    assert got == {
        (frozenset(TWIN), 0.76): 0,
        (frozenset(TWIN), 0.92): 1,
        (frozenset(WRONG), 0.85): 0,
        (frozenset(ONE_WAY), 0.9): 1,
    }
    assert all(row["a"] < row["b"] and row["lang"] == "en" for row in rows)
    assert [row["source"] for row in rows][-1] == "test_b.py"


def test_the_split_keeps_each_rows_cosine_both_ways_round(tmp_path) -> None:
    rows = [
        {"a": TWIN[0], "b": TWIN[1], "label": 1, "lang": "en", "sim": 0.92,
         "source": "test_x_s26.py"},
        {"a": WRONG[0], "b": WRONG[1], "label": 0, "lang": "en", "sim": 0.85,
         "source": "test_y_s27.py"},
    ]  # fmt: skip
    full = tmp_path / "probes.jsonl"
    full.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    assert probe_collector.split_by_file(full, train, held, frozenset({"s27"})) == (2, 2)
    kept = [json.loads(line) for line in held.read_text(encoding="utf-8").splitlines()]
    assert [(row["a"], row["b"], row["sim"]) for row in kept] == [
        (*WRONG, 0.85), (*WRONG[::-1], 0.85)
    ]


def test_rows_of_a_probe_file_are_made_at_its_checked_cosines(tmp_path) -> None:
    rows = [
        {"a": TWIN[0], "b": TWIN[1], "label": 1, "lang": "en", "sim": 0.9},
        {"a": TWIN[1], "b": TWIN[0], "label": 1, "lang": "en", "sim": 0.9},
        {"a": TWIN[0], "b": TWIN[1], "label": 0, "lang": "en", "sim": 0.7612},
        {"a": WRONG[0], "b": WRONG[1], "label": 0, "lang": "en", "sim": 0.83},
    ]
    path = tmp_path / "guard-probes-cosines.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    pairs, cosines = train_boosted.checked_cosines(path)
    assert cosines == [0.9, 0.9, 0.7612, 0.83] and [p.label for p in pairs] == [1, 1, 0, 0]
    made = train_boosted.rows_of(path, Guard(boosted=False), None, 0.70, 0.75, whole=True)
    assert made["sim"] == cosines and made["label"] == [1, 1, 0, 0]
    column = FEATURES.index("cosine")
    for sim, base, row in zip(made["sim"], made["base"], made["x"], strict=True):
        assert not base or abs(row[column] - sim) < 1e-9  # the row at the checked cosine
    assert made["base"][0]  # the twin reaches the trees at 0.9 (every other rule accepts)
    # one pair, both ways round and at two cosines: one fold, so no fold trains on its twin
    assert len({made["fold"][i] for i in range(3)}) == 1
    # a file without a cosine on every row is embedded as before
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"a": TWIN[0], "b": TWIN[1], "label": 1}) + "\n", "utf-8")
    assert train_boosted.checked_cosines(plain) is None


def test_the_shipped_cosine_parts_are_the_split_of_the_shipped_cosine_probes(tmp_path) -> None:
    """The trees5 training part (every probe file but session 27's) and the held-back part
    (session 27's files), each row at its checked cosine, both ways round."""
    probes = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "probes"
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    probe_collector.split_by_file(
        probes / "guard-probes-cosines.jsonl", train, held, frozenset({"s27"})
    )
    assert train.read_bytes() == (probes / "guard-probes-cosines-train.jsonl").read_bytes()
    assert held.read_bytes() == (probes / "guard-probes-cosines-s27.jsonl").read_bytes()
    rows = [json.loads(line) for line in (probes / "guard-probes-cosines.jsonl").open("rb")]
    assert len(rows) > 3000 and {row["label"] for row in rows} == {0, 1}
    assert all(0.70 <= row["sim"] < 0.95 for row in rows)
    sources = {json.loads(line)["source"] for line in held.open(encoding="utf-8")}
    assert sources and all(name.endswith("_s27.py") for name in sources)
