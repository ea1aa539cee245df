"""The tables ``bench_scale.py`` prints: the settings and load line, one row per size, other
search efforts, the query phase's machine line, and each figure divided by issue 16's target."""

from __future__ import annotations

#: issue 16's targets: (figure, target, how the figure compares)
TARGETS = (
    ("insert_rate", 5000.0, ">="), ("stall_max", 100.0, "<"), ("search_p99", 2.0, "<="),
    ("recall1", 0.99, ">="), ("rss_per_entry", 2048.0, "<="), ("disk_per_entry", 3072.0, "<="),
    ("open_s", 5.0, "<="),
)  # fmt: skip


def settings_line(index: str) -> str:
    """The index settings and the machine's load, printed above the tables."""
    import os

    from yamabiko.stores import ann_ivf as ivf
    from yamabiko.stores import ann_segments as ann

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    try:
        from yamabiko.stores.ann_scan import REACH

        within = f", scanning the nearest and those within reach {REACH:g} of its best"
    except ImportError:  # (an older src, in bench_scale_ab.py's side-by-side runs)
        within = ""
    if index == "ivf":
        return (
            f"# index: inverted file (faiss IVF, 8-bit codes), {ivf.NLIST:,} lists (fewer if "
            f"trained on < {ivf.NLIST * ivf.MIN_PER_LIST:,} vectors), {ivf.NPROBE} probed (more "
            f"while lists are short: at least {ivf.MIN_SCAN:,} vectors scanned; at most "
            f"{ivf.SCAN_BUDGET:g}x the codes of that many average lists){within}; load average "
            f"{load} (1 / 5 / 15 min) on {os.cpu_count()} cores"
        )
    return (
        f"# graph: M {ann.CONNECTIVITY}, ef_add {ann.EXPANSION_ADD}, segments of "
        f"{ann.SEGMENT_SIZE:,} vectors searched at ef {ann.SEGMENT_EF} each ({ann.MANY_SEGMENTS_EF}"
        f" from {ann.MANY_SEGMENTS} graphs; one graph: ef {ann.EXPANSION_SEARCH}), 2 inserting "
        f"threads from {ann.PARALLEL_FROM:,} vectors a graph; load average {load} "
        f"(1 / 5 / 15 min) on {os.cpu_count()} cores"
    )


def print_table(rows: list[dict[str, float]], index: str) -> None:
    """The scale table, other efforts' table, the query phase's machine line, the ratios."""
    print(settings_line(index))
    head = (
        "| entries | insert rate /s (indexed) | lookup stall p99 / max ms | search p50 / p99 ms | "
        "recall@1 (hittable) | RSS / entry | disk / entry | open s |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for r in rows:
        print(
            f"| {r['n']:,} | {r['insert_rate']:,.0f} ({r['indexed_rate']:,.0f}) "
            f"| {r['stall_p99']:.1f} / {r['stall_max']:.1f} "
            f"| {r['search_p50']:.3f} / {r['search_p99']:.3f} | {r['recall1']:.4f} "
            f"({r['hittable']:.0f}) | {r['rss_per_entry']:,.0f} B | {r['disk_per_entry']:,.0f} B "
            f"| {r['open_s']:.2f} |"
        )
    efs = sorted({int(key[2:]) for r in rows for key in r if key.startswith("ef")})
    if efs:
        print()
        effort = "lists probed" if index == "ivf" else "search-time ef per graph"
        print(f"| entries | {effort} | search p50 / p99 ms | recall@1 |")
        print("|---|---|---|---|")
        for r in rows:
            for ef in efs:
                if f"ef{ef}" in r:
                    p50, p99, recall = r[f"ef{ef}"]
                    print(f"| {r['n']:,} | {ef} | {p50:.3f} / {p99:.3f} | {recall:.4f} |")
    for r in rows:
        if "after_max" in r:
            print(f"# {r['n']:,}, after the load: {r['built_s']:.0f} s until the index was done "
                  f"(staged vectors, re-training); slowest of {r['after_count']:,} concurrent "
                  f"lookups meanwhile {r['after_max']:.1f} ms")  # fmt: skip
    for r in rows:
        print(f"# {r['n']:,}, query phase: waited {r['settle_s']:.1f} s for the hypervisor "
              f"({r['settle_mib']:,} MiB handed back); during the searches {r['steal_s']:.2f} s "
              f"stolen, {r['handed_mib']:,} MiB handed back; searches over 2 ms: {r['over2']} "
              f"(of the first 100: {r['over2_first100']}); read per search "
              f"{r.get('read_kib', 0):.0f} KiB ({r.get('disk_kib', 0):.0f} KiB from the disk)"
              )  # fmt: skip
    print()
    names = [f"{name} / {target:g} ({cmp})" for name, target, cmp in TARGETS]
    print("| entries | " + " | ".join(names) + " |")
    print("|" + "---|" * (len(TARGETS) + 1))
    for r in rows:
        cells = []
        for name, target, cmp in TARGETS:
            ratio = r[name] / target
            met = ratio >= 1 if cmp == ">=" else (ratio < 1 if cmp == "<" else ratio <= 1)
            cells.append(f"{ratio:.2f} {'met' if met else 'MISSED'}")
        print(f"| {r['n']:,} | " + " | ".join(cells) + " |")
