"""Session 21's spike: does compiling the guard's unchanged ``.py`` with Cython cut a check?

Two steps, then ``bench_guard.py --ab`` compares the trees (docs/quality.md, "Session 21:
compiling the guard with Cython", has the figures and the commands):

- ``profile FILE``: where a cold check's Python time goes, per module (cProfile's self time
  over ``bench_guard``'s ``Bench`` in the ``cold`` scenario, default guard), which picks the
  modules worth compiling (the rest is C: SudachiPy, regular expressions, str / set / dict
  methods, numpy);
- ``compile SRC DEST``: a copy of the source tree ``SRC`` at ``DEST`` with the modules of
  :data:`HOT` (or ``--all`` of the guard's) compiled in place by Cython (``cythonize -i``,
  module by module, ``-O2``): a module Cython or the C compiler fails on stays pure Python
  and is named. By default the code is compiled as Python (``annotation_typing=False``:
  its type annotations type nothing); ``--typed`` lets Cython read them (an ``int`` or
  ``float`` argument then becomes a C type: verdicts must be checked with ``--ab``).

    python benchmarks/cython_spike.py profile ../shared/data/pairs/qqp-dev.jsonl
    python benchmarks/cython_spike.py compile src /tmp/cy/src
    python benchmarks/bench_guard.py --variants default --scenario cold --ab src /tmp/cy/src \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl

Needs Cython (``pip install cython``, a build tool; not a dependency of yamabiko) and a C
compiler with the Python headers.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

#: the modules the spike compiled: a cold check's hot ones on qqp-dev and jsts-train
#: (``profile``), in order of self time; ``modifiers`` (a variable named ``long``, a C type to
#: Cython) and ``english_persons`` (Cython 3.3.1 crashes on a slice assigned to a tuple) fail
HOT = (
    "treefeatures", "english", "stored", "relations", "wordvec", "units", "japanese",
    "opposites", "english_extent", "analysis", "facts", "trees", "roles", "minpair", "screen",
    "learned", "scope", "wordnet", "limits", "spelling", "unit_forms", "english_scope",
    "ja_doers", "ja_time", "stored_units", "english_questions", "english_forms", "directions",
    "ja_voice", "benefactive", "second_reading", "boosted", "modality", "cases", "compounds",
    "constructions", "frames", "english_lookup", "ja_agents", "ja_aspect", "ja_clauses",
)
GUARD = Path("yamabiko", "guard")


def profile(path: str, top: int) -> None:
    """Print each source file's share of the self time of a cold run of the default guard
    over ``path`` (the module's own bytecode, without what it calls), then the top functions."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_guard

    bench = bench_guard.Bench(path, "default", "cold")
    profiler = cProfile.Profile()
    profiler.enable()
    bench.run()
    profiler.disable()
    stats = pstats.Stats(profiler)
    per_file: Counter[str] = Counter()
    for (filename, _, name), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        per_file["(C) " + name if filename == "~" else filename] += own
    total = sum(per_file.values())
    for filename, own in per_file.most_common(top):
        print(f"{own:8.3f} s {100 * own / total:5.1f} %  {filename}")
    in_c = sum(own for name, own in per_file.items() if name.startswith("(C) "))
    print(f"{total:8.3f} s in all, {100 * in_c / total:.1f} % of it in C functions "
          "(cProfile's clock; its overhead inflates Python calls)")  # fmt: skip


def _compile_one(target: Path, typed: bool) -> str | None:
    """Compile one module in place; None when it built, else the first line of the error."""
    command = [sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "--force"]
    command += [] if typed else ["-X", "annotation_typing=False"]
    env = {**os.environ, "CFLAGS": "-O2 -g0"}
    done = subprocess.run([*command, target.name], cwd=target.parent, env=env, text=True,
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode == 0:
        return None
    lines = [line for line in (done.stdout + done.stderr).splitlines() if ": " in line]
    return next((line for line in lines if "Error" in line or "error" in line), "failed")


def compile_copy(source: str, dest: str, names: list[str], typed: bool, jobs: int) -> None:
    """Copy the tree ``source`` to ``dest`` and compile the named guard modules in the copy."""
    target = Path(dest)
    if target.exists():
        raise SystemExit(f"{target} exists: give a new folder")
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    begin = time.perf_counter()
    paths = [target / GUARD / f"{name}.py" for name in names]
    missing = [path.name for path in paths if not path.is_file()]
    paths = [path for path in paths if path.is_file()]
    with ThreadPoolExecutor(jobs) as pool:
        errors = list(pool.map(lambda p: _compile_one(p, typed), paths))
    for path in target.joinpath(GUARD).glob("*.c"):
        path.unlink()
    failed = {p.stem: e for p, e in zip(paths, errors, strict=True) if e is not None}
    print(f"compiled {len(paths) - len(failed)} of {len(paths)} modules in "
          f"{time.perf_counter() - begin:.0f} s ({'typed' if typed else 'as Python'}, "
          f"-j{jobs}) into {target}")  # fmt: skip
    for name, error in failed.items():
        print(f"  left pure: {name}: {error}")
    if missing:
        print(f"  not in this tree: {', '.join(missing)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    step = commands.add_parser("profile", help="self time per module of a cold run")
    step.add_argument("path")
    step.add_argument("--top", type=int, default=40)
    step = commands.add_parser("compile", help="a copy of a source tree, the guard compiled")
    step.add_argument("source")
    step.add_argument("dest")
    step.add_argument("--all", action="store_true", help="every module of the guard")
    step.add_argument("--modules", help="comma-separated module names instead of HOT")
    step.add_argument("--typed", action="store_true", help="let Cython read the annotations")
    step.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.command == "profile":
        profile(args.path, args.top)
        return
    names = list(HOT) if not args.modules else args.modules.split(",")
    if args.all:
        names = sorted(p.stem for p in Path(args.source, GUARD).glob("*.py"))
    compile_copy(args.source, args.dest, names, args.typed, args.jobs)


if __name__ == "__main__":
    main()
