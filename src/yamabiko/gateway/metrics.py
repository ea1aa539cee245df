"""The gateway's counters and histograms, rendered in the Prometheus text format."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from typing import Any

#: seconds; lookups are milliseconds, upstream calls up to minutes
LOOKUP_BUCKETS = (0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
UPSTREAM_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Histogram:
    """A Prometheus histogram per label set (cumulative buckets, sum, count)."""

    def __init__(self, buckets: tuple[float, ...]) -> None:
        self.buckets = buckets
        self.counts: dict[tuple[str, ...], list[int]] = {}
        self.sums: Counter[tuple[str, ...]] = Counter()

    def observe(self, seconds: float, labels: tuple[str, ...] = ()) -> None:
        """Count one observation of ``seconds`` for the label values ``labels``."""
        counts = self.counts.setdefault(labels, [0] * (len(self.buckets) + 1))
        counts[bisect.bisect_left(self.buckets, seconds)] += 1
        self.sums[labels] += seconds

    def render(self, name: str, label_names: tuple[str, ...]) -> list[str]:
        """The histogram's lines (buckets, sum, count per label set) in the Prometheus format."""
        lines = []
        for labels, counts in sorted(self.counts.items()):
            base = ",".join(f'{k}="{_esc(v)}"' for k, v in zip(label_names, labels, strict=True))
            sep = "," if base else ""
            running = 0
            for bound, count in zip((*self.buckets, float("inf")), counts, strict=True):
                running += count
                le = "+Inf" if bound == float("inf") else repr(bound)
                lines.append(f'{name}_bucket{{{base}{sep}le="{le}"}} {running}')
            braces = f"{{{base}}}" if base else ""
            lines.append(f"{name}_sum{braces} {self.sums[labels]:.6f}")
            lines.append(f"{name}_count{braces} {running}")
        return lines


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class Metrics:
    """Everything ``/metrics`` and ``/yamabiko/stats`` report for this process."""

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str]] = Counter()  # (api, outcome)
        self.bypass: Counter[str] = Counter()  # reason
        self.not_stored: Counter[str] = Counter()  # reason
        self.upstream_errors: Counter[str] = Counter()  # kind
        self.stored = 0
        self.coalesced = 0
        self.feedback_wrong = 0
        self.invalidated = 0
        self.tokens_saved: Counter[str] = Counter()  # input / output
        self.cost_saved_usd = 0.0
        self.lookup = Histogram(LOOKUP_BUCKETS)
        #: speculative upstream calls: started, used, cancelled (set by the pipeline)
        self.speculative: dict[str, int] = {}
        self.upstream = Histogram(UPSTREAM_BUCKETS)

    def count(self, api: str, outcome: str, reason: str | None = None) -> None:
        """Count one request of ``api`` answered as ``outcome`` (a bypass: by ``reason`` too)."""
        self.requests[(api, outcome)] += 1
        if outcome == "bypass" and reason:
            self.bypass[reason] += 1

    def saved(self, metadata: dict[str, Any], price: tuple[float, float] | None) -> float:
        """Count the tokens a hit saved; returns the estimated USD saved."""
        usage = metadata.get("usage") or {}
        i, o = usage.get("input") or 0, usage.get("output") or 0
        self.tokens_saved["input"] += i
        self.tokens_saved["output"] += o
        usd = (i * price[0] + o * price[1]) / 1e6 if price is not None else 0.0
        self.cost_saved_usd += usd
        return usd

    def totals(self) -> dict[str, int]:
        """Requests by outcome (hit, miss, bypass), all APIs together."""
        out: Counter[str] = Counter()
        for (_, outcome), n in self.requests.items():
            out[outcome] += n
        return dict(out)

    def as_dict(self) -> dict[str, Any]:
        """The counters as JSON (``/yamabiko/stats``, the dashboard)."""
        totals = self.totals()
        served = totals.get("hit", 0) + totals.get("miss", 0)
        return {
            "requests": sum(self.requests.values()),
            "by_outcome": totals,
            "by_api": {
                f"{api}:{outcome}": n for (api, outcome), n in sorted(self.requests.items())
            },
            "hit_rate": round(totals.get("hit", 0) / served, 4) if served else 0.0,
            "bypass_by_reason": dict(self.bypass),
            "stored": self.stored,
            "not_stored_by_reason": dict(self.not_stored),
            "coalesced": self.coalesced,
            "speculative": dict(self.speculative),
            "upstream_errors": dict(self.upstream_errors),
            "feedback_wrong": self.feedback_wrong,
            "invalidated": self.invalidated,
            "tokens_saved": dict(self.tokens_saved),
            "estimated_cost_saved_usd": round(self.cost_saved_usd, 6),
        }

    def render(self, store: dict[str, Any] | None = None) -> str:
        """Prometheus exposition text (version 0.0.4)."""
        out: list[str] = []

        def family(name: str, kind: str, help_text: str) -> None:
            out.append(f"# HELP {name} {help_text}")
            out.append(f"# TYPE {name} {kind}")

        def counter(name: str, help_text: str, value: Any) -> None:
            family(name, "counter", help_text)
            out.append(f"{name} {value}")

        def counters_by(name: str, help_text: str, label: str, counts: Mapping[str, int]) -> None:
            family(name, "counter", help_text)
            out.extend(f'{name}{{{label}="{_esc(k)}"}} {n}' for k, n in sorted(counts.items()))

        family("yamabiko_requests_total", "counter", "Proxied API requests by API and outcome.")
        for (api, outcome), n in sorted(self.requests.items()):
            out.append(f'yamabiko_requests_total{{api="{_esc(api)}",outcome="{outcome}"}} {n}')
        totals = self.totals()
        for name, key in (("hits", "hit"), ("misses", "miss"), ("bypasses", "bypass")):
            counter(f"yamabiko_{name}_total", f"Requests answered as {key}.", totals.get(key, 0))
        counters_by("yamabiko_bypass_by_reason_total", "Bypassed requests by reason.", "reason",
                    self.bypass)  # fmt: skip
        counter("yamabiko_stored_total", "Answers stored in the cache.", self.stored)
        counters_by("yamabiko_not_stored_total", "Answers served but not stored, by reason.",
                    "reason", self.not_stored)  # fmt: skip
        counter("yamabiko_coalesced_total", "Identical misses served by single-flight.",
                self.coalesced)  # fmt: skip
        counters_by(
            "yamabiko_speculative_total",
            "Upstream calls started while the lookup ran, by result (used by a miss or "
            "bypass; cancelled by a hit or a failure).",
            "result",
            self.speculative,
        )
        counters_by("yamabiko_upstream_errors_total", "Upstream failures by kind.", "kind",
                    self.upstream_errors)  # fmt: skip
        counter("yamabiko_feedback_wrong_total", "Hits reported wrong via feedback.",
                self.feedback_wrong)  # fmt: skip
        counter("yamabiko_invalidated_total", "Entries removed by the admin API.",
                self.invalidated)  # fmt: skip
        family("yamabiko_tokens_saved_total", "counter", "Tokens not paid for thanks to hits.")
        for kind in ("input", "output"):
            out.append(f'yamabiko_tokens_saved_total{{kind="{kind}"}} {self.tokens_saved[kind]}')
        family(
            "yamabiko_cost_saved_usd_total",
            "counter",
            "Estimated USD saved by hits (list prices, see [gateway.prices]).",
        )
        out.append(f"yamabiko_cost_saved_usd_total {self.cost_saved_usd:.6f}")
        family("yamabiko_lookup_seconds", "histogram", "Cache lookup time (embed+search+verify).")
        out += self.lookup.render("yamabiko_lookup_seconds", ())
        family("yamabiko_upstream_seconds", "histogram", "Upstream time to the full answer.")
        out += self.upstream.render("yamabiko_upstream_seconds", ("api",))
        if store:
            for key in ("entries", "bytes", "evictions", "expired"):
                if key in store:
                    family(f"yamabiko_store_{key}", "gauge", f"Store {key} (all processes).")
                    out.append(f"yamabiko_store_{key} {store[key]}")
        return "\n".join(out) + "\n"


def embedder_lines(embedder: Any) -> list[str]:
    """The embedding batcher's model calls and the texts they embedded (their ratio is the mean
    batch), in the Prometheus text format; nothing for an embedder that does not count them."""
    batches = getattr(embedder, "batches", None)
    if batches is None:
        return []
    return [
        "# HELP yamabiko_embed_batches_total Model calls of the embedding batcher (this process).",
        "# TYPE yamabiko_embed_batches_total counter",
        f"yamabiko_embed_batches_total {batches}",
        "# HELP yamabiko_embedded_texts_total Texts embedded by those calls "
        "(texts / calls = the mean batch).",
        "# TYPE yamabiko_embedded_texts_total counter",
        f"yamabiko_embedded_texts_total {embedder.batched_texts}",
    ]
