"""``yamabiko eval`` on samples of the real evaluation data, with the real embedder and store."""

from __future__ import annotations

import json
import random

import pytest
from shared_data import DATA, PAIRS

from yamabiko.cli import main
from yamabiko.errors import InvalidInputError
from yamabiko.eval import (
    Pair,
    build_workload,
    duplicate_groups,
    evaluate_pairs,
    evaluate_workload,
    load_pairs,
    main_eval,
)


def test_pairs_cli_writes_report_and_plot(tmp_path, capsys) -> None:
    report_path, plot_path = tmp_path / "r.json", tmp_path / "p.png"
    code = main(
        [
            "eval", "pairs", str(PAIRS / "stsb-train.jsonl"), "--limit", "400", "--seed", "3",
            "--report", str(report_path), "--plot", str(plot_path), "--quiet",
        ]
    )  # fmt: skip
    assert code == 0
    report = json.loads(report_path.read_text())
    assert report["pairs"] == 400 and report["seed"] == 3
    base, guarded = report["modes"]["threshold_only"], report["modes"]["guard"]
    assert 0.5 < base["roc_auc"] <= 1.0
    # the guard only removes served pairs: never more served, never more false hits
    for row_base, row_guard in zip(base["curve"], guarded["curve"], strict=True):
        assert row_guard["served"] <= row_base["served"]
        assert row_guard["fp"] <= row_base["fp"]
    assert guarded["latency_ms"]["checked"] > 0
    assert plot_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "threshold_only" in capsys.readouterr().out


def test_guard_cuts_false_hits_on_contradictions(embedder) -> None:
    pairs = load_pairs(PAIRS / "jsick-train-contradictions.jsonl")[:300]
    report = evaluate_pairs(pairs, embedder.inner, threshold=0.85, progress=False)
    base = report["modes"]["threshold_only"]["at_default"]["false_hit_rate"]
    guarded = report["modes"]["guard"]["at_default"]["false_hit_rate"]
    assert base > 0.2  # the embedding alone serves many contradictions
    assert guarded < base / 3
    assert "negation" in report["modes"]["guard"]["rejections_at_default"]


def test_same_seed_same_report(embedder) -> None:
    pairs = load_pairs(PAIRS / "jsts-train.jsonl")
    reports = []
    for _ in range(2):
        sample = random.Random(7).sample(pairs, 150)
        report = evaluate_pairs(sample, embedder.inner, progress=False)
        report.pop("embed_seconds")
        report["modes"]["guard"].pop("latency_ms")
        reports.append(report)
    assert reports[0] == reports[1]
    argv = ["pairs", str(PAIRS / "jsts-train.jsonl"), "--limit", "60", "--seed", "7", "--quiet"]
    assert main_eval(argv) == 0


def test_duplicate_groups_are_connected_components() -> None:
    pairs = [
        Pair("a", "b", 1, "en"),
        Pair("b", "c", 1, "en"),
        Pair("c", "d", 0, "en"),
        Pair("e", "f", 1, "en"),
        Pair("g", "h", 0, "en"),
    ]
    assert duplicate_groups(pairs) == [["a", "b", "c"], ["e", "f"]]


def test_workload_through_a_real_cache(embedder) -> None:
    report = evaluate_workload(
        [PAIRS / "qqp-dev.jsonl"],
        [DATA / "intents" / "banking77-train.jsonl"],
        max_queries=100,
        intent_share=0.25,
        seed=1,
        embedder=embedder.inner,
        progress=False,
    )
    assert report["queries"] == 100 and report["intent_queries"] == 25
    guard, base = report["runs"]["guard"], report["runs"]["threshold_only"]
    for run in (guard, base):
        assert run["hits"] == run["correct_hits"] + run["wrong_hits"] + run["intent_hits"]
        assert 0 < run["hit_rate"] < 1
        assert run["latency"]["with_cache_s"] < run["latency"]["without_cache_s"]
    assert guard["hits"] <= base["hits"]
    assert guard["wrong_hits"] <= base["wrong_hits"]


def test_workload_is_reproducible() -> None:
    kwargs = {"max_queries": 300, "intent_share": 0.3, "seed": 5}
    files = ([PAIRS / "qqp-dev.jsonl"], [DATA / "intents" / "banking77-train.jsonl"])
    assert build_workload(*files, **kwargs) == build_workload(*files, **kwargs)
    assert build_workload(*files, **kwargs) != build_workload(*files, **{**kwargs, "seed": 6})


def test_bad_inputs_are_clear_errors(tmp_path) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        load_pairs(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x", "b": "y", "label": 3}\n')
    with pytest.raises(InvalidInputError, match="label"):
        load_pairs(bad)
    bad.write_text("not json\n")
    with pytest.raises(InvalidInputError, match="not valid JSON"):
        load_pairs(bad)
    assert main(["eval", "pairs", str(tmp_path / "missing.jsonl"), "--quiet"]) == 2


def test_workload_with_a_simulated_judge_reports_the_stream_and_plots_it(tmp_path, capsys) -> None:
    report_path, plot_path = tmp_path / "w.json", tmp_path / "w.png"
    code = main(
        [
            "eval", "workload", "--groups", str(PAIRS / "qqp-dev.jsonl"), "--queries", "240",
            "--intent-share", "0", "--seed", "2", "--judge", "simulated", "--judge-error", "0",
            "--min-similarity", "0.9",  # the band [0.80, 0.90) this test was written for
            "--verify-mode", "sync", "--judge-share", "1", "--warmup", "120", "--no-compare",
            "--report", str(report_path), "--plot", str(plot_path), "--quiet",
        ]
    )  # fmt: skip
    assert code == 0 and plot_path.stat().st_size > 0
    report = json.loads(report_path.read_text())
    guard, judged = report["runs"]["guard"], report["runs"]["judge"]
    stream = judged["stream"]
    assert stream["warmup"] == 120 and sum(p["queries"] for p in stream["curve"]) == 240
    assert stream["after_warmup"]["queries"] == 120
    counters = judged["verification"]
    assert counters["judge:calls"] >= 1 and counters["judge:cost"] > 0
    # an error-free judge serves only right answers, and only adds hits
    assert judged["wrong_hits"] <= guard["wrong_hits"]
    assert judged["hits"] >= guard["hits"]
    assert judged["correct_hits"] > guard["correct_hits"] and counters["verify:yes"] >= 1
    assert guard["stream"]["after_warmup"]["judge_calls"] == 0
    bad = ["eval", "workload", "--groups", "x.jsonl", "--judge", "simulated", "--judge-error",
           "0.7", "--quiet"]  # fmt: skip
    assert main(bad) == 2 and "--judge-error is 0.7" in capsys.readouterr().err


def test_workload_halves_share_no_group_and_no_intent() -> None:
    files = ([PAIRS / "qqp-dev.jsonl"], [DATA / "intents" / "banking77-train.jsonl"])
    kwargs = {"max_queries": 600, "intent_share": 0.3, "seed": 0}
    tune = build_workload(*files, **kwargs, split="tune")
    report = build_workload(*files, **kwargs, split="report")
    assert len(tune) == len(report) == 600
    intents = {q.label for q in tune if q.source == "intent"}
    assert intents and intents.isdisjoint(q.label for q in report if q.source == "intent")
    assert {q.text for q in tune}.isdisjoint(q.text for q in report)  # no group text in both
    with pytest.raises(InvalidInputError, match="split 'half'"):
        build_workload(*files, **kwargs, split="half")


def test_workload_compares_the_judge_at_the_same_accuracy(tmp_path, capsys) -> None:
    report_path = tmp_path / "m.json"
    code = main(
        [
            "eval", "workload", "--groups", str(PAIRS / "qqp-dev.jsonl"), "--queries", "240",
            "--intent-share", "0", "--seed", "2", "--split", "report", "--judge", "simulated",
            "--min-similarity", "0.9", "--verify-mode", "sync", "--warmup", "120",
            "--no-compare", "--fixed-thresholds", "0.93", "0.97", "--report", str(report_path),
            "--quiet",
        ]
    )  # fmt: skip
    assert code == 0
    report = json.loads(report_path.read_text())
    assert report["split"] == "report"
    assert set(report["runs"]) == {"guard", "fixed@0.93", "fixed@0.97", "judge"}
    matched = report["matched"]
    judge = matched["judge"]
    assert matched["same_threshold"]["run"] == "guard"
    assert matched["same_threshold"]["ratio"] == pytest.approx(
        judge["hit_rate"] / matched["fixed"]["guard"]["hit_rate"], abs=1e-3
    )
    best = matched["at_matched_accuracy"]
    if best is not None:  # the best fixed run among those at least as accurate as the judge
        eligible = [
            f["hit_rate"] for f in matched["fixed"].values()
            if f["hit_accuracy"] >= judge["hit_accuracy"]
        ]  # fmt: skip
        assert best["hit_accuracy"] >= judge["hit_accuracy"]
        assert best["hit_rate"] == max(eligible)
    with pytest.raises(SystemExit):
        main(["eval", "workload", "--groups", "x.jsonl", "--fixed-thresholds", "2"])
    assert "--fixed-thresholds: the threshold is 2.0" in capsys.readouterr().err
