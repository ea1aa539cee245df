"""``benchmarks/probe_collector.py`` (session 26, trees2): the guard's probe pairs collected from
the tests with the label each test expects (a known miss turned to its true label), pairs seen
with two verdicts or sharing a text with a data set left out, and the collected file split into
two halves by test file, each pair both ways round; the shipped probe files are that split."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import probe_collector

PROBES = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "probes"

TWIN = ("Can I bring my own saddle?", "Am I allowed to bring my own saddle?")
WRONG = ("Is the sauna open to children?", "Is the sauna open to teenagers?")
STILL_SERVED = ("Can I hire skates for an hour?", "Can I hire skis for an hour?")
TWO_VERDICTS = ("Is breakfast included?", "Is breakfast included on Sundays?")


def _seen(accepted: set[bool], test_file: str) -> dict[str, set]:
    return {"verdicts": accepted, "langs": {"en"}, "files": {test_file}}


def test_known_misses_are_read_from_modules_and_test_classes() -> None:
    module = types.ModuleType("test_fake_probes")
    module.KNOWN_WRONG = {STILL_SERVED}
    module.SERVED = [(*TWIN, "en")]

    module.TestProbes = type("TestProbes", (), {"known_misses": [(*WRONG, "en")]})
    assert probe_collector.known_pairs(module) == {frozenset(STILL_SERVED), frozenset(WRONG)}


def test_labels_are_the_expected_verdicts_and_known_misses_flip() -> None:
    seen = {
        TWIN: _seen({True}, "test_b.py"),
        WRONG: _seen({False}, "test_a.py"),
        STILL_SERVED: _seen({True}, "test_a.py"),  # a known wrong serve: still served
        TWO_VERDICTS: _seen({True, False}, "test_a.py"),
        ("Is the gym open late?", "Is the gym open late at night?"): _seen({True}, "test_a.py"),
    }
    rows = probe_collector.probe_rows(
        seen, {frozenset(STILL_SERVED)}, exclude={"Is the gym open late?"}
    )
    labels = {frozenset((row["a"], row["b"])): row["label"] for row in rows}
    assert labels == {frozenset(TWIN): 1, frozenset(WRONG): 0, frozenset(STILL_SERVED): 0}
    assert [row["source"] for row in rows] == ["test_a.py", "test_a.py", "test_b.py"]


def test_the_split_is_by_file_and_both_ways_round(tmp_path) -> None:
    rows = [
        {"a": TWIN[0], "b": TWIN[1], "label": 1, "lang": "en", "source": "test_a.py"},
        {"a": WRONG[0], "b": WRONG[1], "label": 0, "lang": "en", "source": "test_b.py"},
        {"a": STILL_SERVED[0], "b": STILL_SERVED[1], "label": 0, "lang": "en",
         "source": "test_c.py"},
    ]  # fmt: skip
    full = tmp_path / "all.jsonl"
    full.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    assert probe_collector.split_by_file(full, train, held) == (4, 2)
    held_rows = [json.loads(line) for line in held.read_text(encoding="utf-8").splitlines()]
    assert {(row["a"], row["b"]) for row in held_rows} == {WRONG, WRONG[::-1]}


def test_the_shipped_halves_are_the_split_of_the_shipped_probes(tmp_path) -> None:
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    probe_collector.split_by_file(PROBES / "guard-probes.jsonl", train, held)
    assert train.read_bytes() == (PROBES / "guard-probes-train.jsonl").read_bytes()
    assert held.read_bytes() == (PROBES / "guard-probes-held.jsonl").read_bytes()
    rows = [json.loads(line) for line in (PROBES / "guard-probes.jsonl").open(encoding="utf-8")]
    assert len(rows) > 3000 and {row["label"] for row in rows} == {0, 1}
    assert len({row["source"] for row in rows}) > 60


def test_the_split_by_session_holds_back_the_tagged_files(tmp_path) -> None:
    """Session 27 (trees4): the files of the named sessions go to the held-back part, every
    other file to the training part; a tag inside a name but not at its end holds nothing."""
    full = tmp_path / "probes.jsonl"
    rows = [
        {"a": TWIN[0], "b": TWIN[1], "label": 1, "lang": "en", "source": "test_x_s25.py"},
        {"a": WRONG[0], "b": WRONG[1], "label": 0, "lang": "en", "source": "test_s25_more_s19.py"},
        {"a": STILL_SERVED[0], "b": STILL_SERVED[1], "label": 0, "lang": "en",
         "source": "test_y_s26.py"},
    ]  # fmt: skip
    full.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    split = probe_collector.split_by_file(full, train, held, frozenset({"s25", "s26"}))
    assert split == (2, 4)
    kept = [json.loads(line) for line in train.read_text(encoding="utf-8").splitlines()]
    assert {row["source"] for row in kept} == {"test_s25_more_s19.py"}
    assert [(row["a"], row["b"]) for row in kept] == [WRONG, WRONG[::-1]]


def test_the_shipped_session_parts_are_the_split_of_the_shipped_probes(tmp_path) -> None:
    """The trees4 training part (sessions before 25) and held-back part (sessions 25-26)."""
    train, held = tmp_path / "train.jsonl", tmp_path / "held.jsonl"
    probe_collector.split_by_file(
        PROBES / "guard-probes.jsonl", train, held, frozenset({"s25", "s26"})
    )
    assert train.read_bytes() == (PROBES / "guard-probes-before-s25.jsonl").read_bytes()
    assert held.read_bytes() == (PROBES / "guard-probes-s25-s26.jsonl").read_bytes()
    sources = {json.loads(line)["source"] for line in held.open(encoding="utf-8")}
    assert sources and all(name.endswith(("_s25.py", "_s26.py")) for name in sources)
