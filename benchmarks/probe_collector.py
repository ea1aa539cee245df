"""Collect the guard's hand-written probe pairs, with the label each test expects, as a pytest
plugin: ``Guard.check`` is wrapped while the tests run, every pair a passing test checks is
recorded with the guard's verdict, and at the end the pairs are written as labelled JSON Lines
(``a`` and ``b`` the two texts in sorted order, ``label``, ``lang``, ``source`` the first test
file that checked the pair).

The label is the verdict a passing test saw, which is the verdict it expects, except for the
pairs a test module lists as known misses (module-level names or test-class attributes that
start with ``known`` or end with ``misses``, any case): those are still served wrongly or still
refused wrongly, so their true label is the other one. A pair seen with both verdicts (at
forced cosines on both sides of a rule, or accepted one way round only) is left out, and so is
a pair that shares a text with a data file named by ``--probe-exclude`` (the held-out and
public sets are not probes, and their "no text shared with an older set" checks stay true).
Run it over the probe test files only (no speed, golden or conversation tests)::

    PYTHONPATH=src:benchmarks python -m pytest -p probe_collector -p no:cacheprovider -q \\
        --probe-out benchmarks/data/probes/guard-probes.jsonl \\
        --probe-exclude 'benchmarks/data/*.jsonl' --probe-exclude 'PAIRS_DIR/*.jsonl' TEST_FILES
    python benchmarks/probe_collector.py split benchmarks/data/probes/guard-probes.jsonl \\
        benchmarks/data/probes/guard-probes-train.jsonl \\
        benchmarks/data/probes/guard-probes-held.jsonl

Session 27 (trees4): a fourth argument of session tags splits by session instead, the files
whose name ends in one of them held back (``guard-probes-s25-s26.jsonl``) and every other file
for training (``guard-probes-before-s25.jsonl``)::

    python benchmarks/probe_collector.py split benchmarks/data/probes/guard-probes.jsonl \
        benchmarks/data/probes/guard-probes-before-s25.jsonl \
        benchmarks/data/probes/guard-probes-s25-s26.jsonl s25,s26

Session 28 (trees5): many probe tests check a pair at a cosine they force (0.76, 0.85, 0.92)
that its embedding does not have, and the trees read the cosine. ``--probe-cosines-out FILE``
also writes one row per pair and cosine the trees were asked it at (``sim``: forced or the
pair's own; a check by a guard without trees or its minimal-pair stage, below the threshold it
was asked at, or outside the trees' band is not one), labelled by the verdict seen at that
cosine as above. ``train_boosted.py`` makes such a file's rows at those cosines. The session
tags split it the same way (``guard-probes-cosines-train.jsonl`` /
``guard-probes-cosines-s27.jsonl``, the session-27 files held back)::

    PYTHONPATH=src:benchmarks python -m pytest -p probe_collector -p no:cacheprovider -q \
        --probe-cosines-out benchmarks/data/probes/guard-probes-cosines.jsonl \
        --probe-exclude 'benchmarks/data/*.jsonl' --probe-exclude 'PAIRS_DIR/*.jsonl' TEST_FILES
    python benchmarks/probe_collector.py split benchmarks/data/probes/guard-probes-cosines.jsonl \
        benchmarks/data/probes/guard-probes-cosines-train.jsonl \
        benchmarks/data/probes/guard-probes-cosines-s27.jsonl s27
"""

from __future__ import annotations

import glob
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from yamabiko.guard import Guard

#: (test file, query, cached, lang, accepted, checked cosine) of the current test's checks;
#: the cosine is None when the trees could not decide the check (a guard without them, or a
#: candidate below the threshold it was asked at)
_CURRENT: list[tuple[str, str, str, str | None, bool, float | None]] = []
#: ordered pair -> the verdicts passing tests saw, the languages, the test files and (since
#: session 28) the (cosine, verdict) of each check the trees could decide
_SEEN: dict[tuple[str, str], dict[str, set]] = defaultdict(
    lambda: {"verdicts": set(), "langs": set(), "files": set(), "checks": set()}
)
#: the (cached, query) pairs some test module lists as known misses
_KNOWN: set[frozenset[str]] = set()
_TEST_FILE: list[str] = [""]


def pytest_addoption(parser: pytest.Parser) -> None:
    """The output file and the data files whose pairs are not probes."""
    parser.addoption("--probe-out", default=None, help="labelled JSON Lines to write")
    parser.addoption(
        "--probe-cosines-out",
        default=None,
        help="labelled JSON Lines, one row per pair and cosine the tests checked it at",
    )
    parser.addoption(
        "--probe-exclude",
        action="append",
        default=[],
        help="glob of data files whose pairs are left out",
    )


def _pairs_in(value: Any) -> Iterator[tuple[str, str]]:
    """The (text, text) heads of a list, tuple, set or dict (its keys) of tuples, else nothing."""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        for item in value:
            if (
                isinstance(item, tuple)
                and len(item) >= 2
                and all(isinstance(text, str) for text in item[:2])
            ):
                yield item[0], item[1]


def _is_known_name(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("known") or lowered.endswith("misses")


def known_pairs(module: Any) -> set[frozenset[str]]:
    """The known-miss pairs of a test module and of its test classes."""
    pairs: set[frozenset[str]] = set()
    scopes = [vars(module)]
    scopes += [vars(obj) for obj in vars(module).values() if isinstance(obj, type)]
    for scope in scopes:
        for name, value in scope.items():
            if _is_known_name(name):
                pairs.update(frozenset(pair) for pair in _pairs_in(value))
    return pairs


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Read every collected module's known-miss lists once."""
    seen: set[int] = set()
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and id(module) not in seen:
            seen.add(id(module))
            _KNOWN.update(known_pairs(module))


def pytest_configure(config: pytest.Config) -> None:
    """Wrap ``Guard.check`` so that each call of a test is recorded with its verdict."""
    original = Guard.check

    def check(
        self: Guard,
        query: str,
        cached: str,
        lang: str | None = None,
        similarity: float = 1.0,
        threshold: float | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """``Guard.check`` as it is, its pair, verdict and checked cosine noted for the
        running test."""
        verdict = original(self, query, cached, lang, similarity, threshold, *args, **kwargs)
        if query != cached:
            cosine = checked_cosine(self, similarity, threshold)
            _CURRENT.append((_TEST_FILE[0], query, cached, lang, bool(verdict.accept), cosine))
        return verdict

    Guard.check = check  # type: ignore[method-assign]


def checked_cosine(guard: Guard, similarity: float, threshold: float | None) -> float | None:
    """The cosine a check asked the trees at, forced by the test or the pair's own (rounded to
    four places); None when the trees could not decide it: the guard has no trees or no
    minimal-pair stage, the candidate is below the threshold it was checked at, or outside
    the trees' band (the rules alone decided it)."""
    trees = guard.boosted
    if trees is None or "minpair" not in guard.checks:
        return None
    if threshold is not None and similarity < threshold:
        return None
    if not trees.lower <= similarity < trees.upper:
        return None
    return round(float(similarity), 4)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Start a fresh record for the test about to run."""
    _CURRENT.clear()
    _TEST_FILE[0] = Path(str(item.fspath)).name


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Keep the checks of a test whose call passed; forget the others."""
    if report.when != "call":
        return
    if report.passed:
        for test_file, query, cached, lang, accepted, cosine in _CURRENT:
            seen = _SEEN[(cached, query)]
            seen["verdicts"].add(accepted)
            seen["langs"].add(lang)
            seen["files"].add(test_file)
            if cosine is not None:
                seen["checks"].add((cosine, accepted))
    _CURRENT.clear()


def excluded_texts(patterns: list[str]) -> set[str]:
    """The texts of the data files the patterns name (a probe that shares a text with a data
    set is left out, so that no set's "no text shared with an older set" check sees it)."""
    texts: set[str] = set()
    for pattern in patterns:
        for path in glob.glob(pattern):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        row = json.loads(line)
                        texts |= {row[k] for k in ("a", "b") if isinstance(row.get(k), str)}
    return texts


def probe_rows(
    seen: dict[tuple[str, str], dict[str, set]],
    known: set[frozenset[str]],
    exclude: set[str],
) -> list[dict[str, Any]]:
    """One labelled row per unordered probe pair with one verdict in every passing test,
    the known misses' verdict turned to their true label, sorted for a byte-stable file."""
    merged: dict[frozenset[str], dict[str, Any]] = {}
    for (cached, query), verdicts in seen.items():
        key = frozenset((cached, query))
        row = merged.setdefault(
            key, {"a": cached, "b": query, "verdicts": set(), "langs": set(), "files": set()}
        )
        for field in ("verdicts", "langs", "files"):
            row[field] |= verdicts[field]
    rows = []
    for key, row in merged.items():
        if key & exclude or len(row["verdicts"]) != 1 or len(key) != 2:
            continue
        label = int(next(iter(row["verdicts"])))
        if key in known:
            label = 1 - label
        langs = sorted(lang for lang in row["langs"] if lang)
        a, b = sorted((row["a"], row["b"]))
        rows.append(
            {
                "a": a,
                "b": b,
                "label": label,
                "lang": langs[0] if len(langs) == 1 else None,
                "source": sorted(row["files"])[0],
            }
        )
    return sorted(rows, key=lambda r: (r["source"], r["a"], r["b"]))


def cosine_rows(
    seen: dict[tuple[str, str], dict[str, set]],
    known: set[frozenset[str]],
    exclude: set[str],
) -> list[dict[str, Any]]:
    """One labelled row per unordered probe pair and cosine the trees were asked it at
    (``sim``; since session 28): the verdict the passing tests saw there, the known misses'
    turned to their true label. A pair with two verdicts at one cosine (served one way round
    only) is left out at that cosine, and so is a pair sharing a text with ``exclude``."""
    merged: dict[tuple[frozenset[str], float], dict[str, Any]] = {}
    for (cached, query), found in seen.items():
        key = frozenset((cached, query))
        if key & exclude or len(key) != 2:
            continue
        for cosine, accepted in found.get("checks", ()):
            row = merged.setdefault(
                (key, cosine), {"pair": (cached, query), "verdicts": set(), "langs": set(),
                                "files": set()},
            )  # fmt: skip
            row["verdicts"].add(accepted)
            row["langs"] |= found["langs"]
            row["files"] |= found["files"]
    rows = []
    for (key, cosine), row in merged.items():
        if len(row["verdicts"]) != 1:
            continue
        label = int(next(iter(row["verdicts"])))
        langs = sorted(lang for lang in row["langs"] if lang)
        a, b = sorted(row["pair"])
        rows.append({
            "a": a, "b": b, "label": 1 - label if key in known else label,
            "lang": langs[0] if len(langs) == 1 else None, "sim": cosine,
            "source": sorted(row["files"])[0],
        })  # fmt: skip
    return sorted(rows, key=lambda r: (r["source"], r["a"], r["b"], r["sim"]))


def _write_rows(out: str, rows: list[dict[str, Any]], what: str) -> None:
    with open(out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"\nprobe_collector: {len(rows)} {what} -> {out}", file=sys.stderr)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the labelled probe pairs when ``--probe-out`` names a file, and the rows at the
    checked cosines when ``--probe-cosines-out`` does."""
    out = session.config.getoption("--probe-out")
    cosines_out = session.config.getoption("--probe-cosines-out")
    if not out and not cosines_out:
        return
    exclude = excluded_texts(session.config.getoption("--probe-exclude"))
    if out:
        _write_rows(out, probe_rows(_SEEN, _KNOWN, exclude), "pairs")
    if cosines_out:
        _write_rows(cosines_out, cosine_rows(_SEEN, _KNOWN, exclude), "pairs at cosines")


def split_by_file(
    path: Path, train_out: Path, held_out: Path, held_sessions: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Split a collected probe file into two parts by test file, each pair written both ways
    round; returns the two parts' row counts. Without ``held_sessions``: halves (the sorted
    file names taken in turn: even places to ``train_out``, odd to ``held_out``); with them
    (e.g. ``{"s25", "s26"}``): the files whose name ends in one of those session tags
    (``test_guard_wrong_s25.py``) to ``held_out``, every other file to ``train_out``."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    files = sorted({row["source"] for row in rows})
    if held_sessions:
        place = {name: int(Path(name).stem.rsplit("_", 1)[-1] in held_sessions) for name in files}
    else:
        place = {name: index % 2 for index, name in enumerate(files)}
    halves: tuple[list[str], list[str]] = ([], [])
    for row in rows:
        for a, b in ((row["a"], row["b"]), (row["b"], row["a"])):
            halves[place[row["source"]]].append(
                json.dumps({**row, "a": a, "b": b}, ensure_ascii=False)
            )
    for out, lines in zip((train_out, held_out), halves, strict=True):
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(halves[0]), len(halves[1])


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6) or sys.argv[1] != "split":
        sys.exit("usage: probe_collector.py split PROBES.jsonl TRAIN.jsonl HELD.jsonl [s25,s26]")
    tags = frozenset(filter(None, sys.argv[5].split(","))) if len(sys.argv) == 6 else frozenset()
    print(split_by_file(*(Path(arg) for arg in sys.argv[2:5]), tags))
