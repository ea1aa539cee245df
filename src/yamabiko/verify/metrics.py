"""The review's counters in the Prometheus text format (the gateway's ``/metrics``)."""

from __future__ import annotations

from typing import Any


def prometheus_lines(counters: dict[str, Any]) -> list[str]:
    """The ``verify:*`` and ``judge:*`` counters of :meth:`Review.counters` in the Prometheus
    text format (appended to the gateway's ``/metrics``)."""
    events = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("verify:")}
    judge = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("judge:")}
    if not events and not judge:
        return []
    out = [
        "# HELP yamabiko_verify_total Borderline verification events (sync, async, yes, no, "
        "no_verdict, budget_exhausted, not_selected, promoted, learned_hits, errors).",
        "# TYPE yamabiko_verify_total counter",
    ]
    out += [f'yamabiko_verify_total{{event="{k}"}} {v}' for k, v in sorted(events.items())]
    cost = judge.pop("cost", None)
    if judge:
        out += [
            "# HELP yamabiko_judge_total LLM judge calls, errors and tokens.",
            "# TYPE yamabiko_judge_total counter",
        ]
        out += [f'yamabiko_judge_total{{kind="{k}"}} {v}' for k, v in sorted(judge.items())]
    if cost is not None:
        out += [
            "# HELP yamabiko_judge_cost_total Cost of the judge's tokens (its configured price).",
            "# TYPE yamabiko_judge_cost_total counter",
            f"yamabiko_judge_cost_total {cost:.6f}",
        ]
    return out
