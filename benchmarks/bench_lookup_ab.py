"""Two source trees' real lookups side by side: ``bench_lookup_guard.py`` in both, in turn.

``bench_lookup_guard.py`` times what the guard adds to a real lookup; run once per tree, minutes
apart, two runs see different loads. This driver starts it once per tree (``--child``: each
process fills and reopens its own caches, then looks up one row when told), and tells them to
look up every row in turn, which goes first alternating, so that both trees see the same load
row by row. ``--gc python,freeze`` sets each child's collector after its warm-up (the same tree
twice shows what an application's ``gc.freeze()`` does); ``--budgets none,1.5`` each child's
guard budget per check in ms (session 38: the same tree twice shows what the budget buys and
costs; ``none`` for a tree without one); ``--embedders local,remote`` each
child's embedder (session 33: the same tree twice, the model in the child's process or in
another one over HTTP; ``ahead``: every query embedded before the timed lookups). Printed
per tree: what the guard adds
per checked candidate (loop-thread CPU: the guarded lookup minus the unguarded one of the same
prompt; p50 / p99), the guarded lookups' ``verify_ms`` per checked candidate and their wall p99;
the collections that started while its rows were timed, per 1,000 rounds (session 32); and
whether every lookup's reason is the same (line by line).

    python benchmarks/bench_lookup_ab.py ../shared/data/pairs/qqp-dev.jsonl --pairs 1000 \
        --ab ../base31/src src [--gc python,freeze]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


class Child:
    """One tree's ``bench_lookup_guard.py --child`` process."""

    def __init__(
        self, source: str, args: argparse.Namespace, modes: tuple[str, str, str], folder: Path
    ) -> None:
        self.source, (self.gc_mode, self.embedder, budget) = source, modes
        self.summary, self.reasons = folder / "summary.json", folder / "reasons.jsonl"
        command = [sys.executable, str(HERE / "bench_lookup_guard.py"), args.path, "--child",
                   "--pairs", str(args.pairs), "--gc", self.gc_mode, "--embedder",
                   self.embedder, "--store", args.store, "--summary", str(self.summary),
                   "--reasons", str(self.reasons)]  # fmt: skip
        self.budget = budget
        if budget != "none":  # (a tree with yamabiko.guard.budget only)
            command += ["--budget-ms", budget]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join((source, str(HERE)))}
        self.process = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.output: list[str] = []

    def until(self, word: str) -> str:
        """Read the child's output up to its next ``@@word`` line (the rest is kept)."""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("@@" + word):
                return line
            self.output.append(line)
        raise SystemExit(f"{self.source}: the child ended early:\n{''.join(self.output)}")

    def one(self) -> None:
        """Look up the next row and wait until it is done."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        self.until("ok")

    def finish(self) -> dict:
        """The child's report (kept) and figures, once it has ended."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.output.append(self.process.stdout.read())
        self.process.wait()
        if self.process.returncode:
            raise SystemExit(f"{self.source}: failed:\n{''.join(self.output)}")
        return json.loads(self.summary.read_text(encoding="utf-8"))


def cut(values: list[float]) -> str:
    """``p50 / p99`` in milliseconds."""
    return f"{np.percentile(values, 50):.3f} / {np.percentile(values, 99):.3f}"


def per_thousand(found: dict) -> str:
    """The child's collections (young / middle / full) per 1,000 rounds of two lookups."""
    rounds = max(found.get("rounds", 0), 1)
    return " / ".join(f"{n * 1000 / rounds:.1f}" for n in found.get("collections", (0, 0, 0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--ab", nargs=2, metavar=("OLD_SRC", "NEW_SRC"), required=True)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--gc", default="python,python",
                        help="the children's collectors: MODE,MODE (python, freeze)")  # fmt: skip
    parser.add_argument("--embedders", default="local,local",
                        help="the children's embedders: local, remote, ahead")  # fmt: skip
    parser.add_argument("--store", choices=("local", "valkey"), default="local",
                        help="both children's store (bench_lookup_guard.py --store)")  # fmt: skip
    parser.add_argument("--full", action="store_true", help="print each child's own report")
    parser.add_argument("--budgets", default="none,none",
                        help="the children's guard budgets per check in ms: B,B (none: no "
                             "budget; session 38)")  # fmt: skip
    args = parser.parse_args()
    modes = list(zip(args.gc.split(","), args.embedders.split(","), args.budgets.split(","),
                     strict=True))  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-lookup-ab-") as name:
        folders = [Path(name) / str(i) for i in range(2)]
        for folder in folders:
            folder.mkdir()
        children = [Child(s, args, m, f) for s, m, f in zip(args.ab, modes, folders, strict=True)]
        size = min(int(child.until("ready").split()[1]) for child in children)
        for i in range(size):
            for child in children if i % 2 == 0 else children[::-1]:
                child.one()
        figures = [child.finish() for child in children]
        reasons = [child.reasons.read_text(encoding="utf-8").splitlines() for child in children]
    print(f"{Path(args.path).name}: {size} lookups in each tree, in turn ({args.store} store)")
    for child, found in zip(children, figures, strict=True):
        if args.full:
            print("".join(child.output))
        checked = np.array(found["checked"])
        verify = np.array(found["verify_ms"])[checked > 0] / checked[checked > 0]
        print(f"  {child.source} (gc {child.gc_mode}, {child.embedder} embedder, budget "
              f"{child.budget}): added loop "
              f"CPU per checked candidate {cut(found['added_cpu_per_checked'])}; verify_ms per "
              f"checked candidate {cut(list(verify))}; lookup wall p99 guard "
              f"{np.percentile(found['wall_guard'], 99):.2f}, none "
              f"{np.percentile(found['wall_none'], 99):.2f} ms; collections per 1,000 rounds "
              f"young / middle / full {per_thousand(found)}; added loop CPU per checked "
              f"candidate less the collector's {cut(found['added_less_collector'])}; added "
              f"wall per checked candidate {cut(found['added_wall_per_checked'])}, after the "
              f"embedding {cut(found['added_after_embedding_per_checked'])}")  # fmt: skip
    for child, lines in zip(children, reasons, strict=True):  # (session 38: the budget's)
        refused = sum(json.loads(line)["reason"] == "rejected:guard-budget" for line in lines)
        print(f"  {child.source}: rejected:guard-budget in {refused} of {len(lines)} lookups")
    same = sum(x == y for x, y in zip(*reasons, strict=True))
    print(f"  the same reason for {same} of {len(reasons[0])} lookups")
    for x, y in zip(*reasons, strict=True):  # (each lookup that differs: prompt, both reasons)
        if x != y:
            first, second = json.loads(x), json.loads(y)
            print(f"    {first['b']!r}: {first['reason']} | {second['reason']}")


if __name__ == "__main__":
    main()
