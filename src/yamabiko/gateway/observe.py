"""What happened to each request, recorded once at its end and handed to every observer:
the dashboard's rolling figures, the access log and (opt-in) OpenTelemetry traces.

The gateway builds one :class:`RequestRecord` per request (hit, miss, bypass or error) with
:func:`record_of` and passes it to :meth:`Observer.record`. Nothing here is on the path of the
answer: recording costs a few microseconds after the response has been sent.
"""

from __future__ import annotations

import bisect
import json
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ..redact import _FILTER as REDACTING
from ..redact import redact

access_log = logging.getLogger("yamabiko.access")
log = logging.getLogger("yamabiko.gateway")

#: access log formats (``gateway.access_log``)
ACCESS_LOG_MODES = ("text", "json", "off")
#: the similarity histogram's bins: [0.50, 0.55), ..., [0.95, 1.00]; below 0.50 is one bin
SIMILARITY_EDGES = tuple(round(0.5 + 0.05 * i, 2) for i in range(11))
#: the timing names of ``Server-Timing``, of the access log and of the trace's child spans
TIMING_NAMES = ("embed", "search", "verify", "upstream", "store", "total")
PROMPT_CHARS = 120
#: the similarity histogram an outcome counts in
_HISTOGRAM = {"hit": "hit", "miss": "near-miss"}


@dataclass
class RequestRecord:
    """One request as the gateway answered it.

    ``prompt`` is kept (shortened) only for hits and misses, never for bypasses: a bypassed
    prompt may hold sensitive data. Timings are milliseconds.
    """

    at: float  # Unix time the request arrived
    start_ns: int  # time.time_ns() the request arrived (for trace spans)
    api: str
    method: str
    path: str
    status: int
    outcome: str  # hit | miss | bypass | error
    reason: str | None = None
    similarity: float | None = None
    entry_id: str | None = None
    namespace: str | None = None
    model: str | None = None
    stream: bool = False
    prompt: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    saved_usd: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The access log's JSON fields (the prompt is never logged)."""
        out = asdict(self)
        del out["prompt"], out["start_ns"]
        out["timings"] = {k: round(v, 3) for k, v in self.timings.items()}
        return out

    def log_line(self) -> str:
        """One human-readable access log line."""
        sim = f"{self.similarity:.4f}" if self.similarity is not None else "-"
        times = " ".join(f"{k}={v:.2f}" for k, v in self.timings.items())
        return (
            f"{self.outcome} {self.status} {self.method} {self.path} api={self.api} "
            f"model={self.model or '-'} sim={sim} reason={self.reason or '-'} "
            f"entry={self.entry_id or '-'} stream={str(self.stream).lower()} {times} ms"
        )


def record_of(
    scope: Mapping[str, Any],
    api: str,
    outcome: str,
    reason: str | None,
    status: int,
    *,
    parsed: Any = None,
    timings: Any = None,
    similarity: float | None = None,
    namespace: str | None = None,
    entry: Any = None,
    usage: tuple[int | None, int | None] = (None, None),
    saved_usd: float = 0.0,
    **timing: float,
) -> RequestRecord:
    """The record of a request that ends now. ``scope["yamabiko.start"]`` (``perf_counter``)
    and ``scope["yamabiko.wall"]`` (``time.time``) are when it arrived; ``parsed`` is the
    adapter's parse, ``timings`` the lookup's :class:`~yamabiko.models.Timings`; ``timing``
    other steps in ms (``upstream=``, ``store=``)."""
    now = time.perf_counter()
    start = scope.get("yamabiko.start", now)
    wall = scope.get("yamabiko.wall") or time.time()
    times: dict[str, float] = {}
    if timings is not None and timings.total_ms:
        times = {"embed": timings.embed_ms, "search": timings.search_ms}
        if timings.verify_ms:
            times["verify"] = timings.verify_ms
    times.update({k: v for k, v in timing.items() if v})
    times["total"] = (now - start) * 1000.0
    prompt = model = None
    if parsed is not None:
        if outcome in ("hit", "miss"):
            prompt = parsed.prompt[:PROMPT_CHARS]
        model = parsed.options.get("model") or parsed.context.get("model")
    if entry is not None:
        model = (entry.metadata or {}).get("model") or model
    return RequestRecord(
        at=wall,
        start_ns=int(wall * 1e9),
        api=api,
        method=scope.get("method", ""),
        path=scope.get("path", ""),
        status=status,
        outcome=outcome,
        reason=reason,
        similarity=similarity,
        entry_id=entry.id if entry is not None else None,
        namespace=namespace,
        model=model if isinstance(model, str) else None,
        stream=bool(parsed.stream) if parsed is not None else False,
        prompt=prompt,
        input_tokens=usage[0],
        output_tokens=usage[1],
        saved_usd=saved_usd,
        timings=times,
    )


def observe_call(
    observer: Observer | None, call: Any, outcome: str, reason: str | None, status: int, **kw: Any
) -> None:
    """Record a pipeline call (``scope``, ``api``, ``parsed``, ``lookup``, ``namespace``,
    ``headers``) with ``observer``; never raises."""
    if observer is None:
        return
    try:
        lookup = call.lookup
        kw.setdefault("similarity", lookup.best_similarity if lookup else None)
        record = record_of(
            call.scope,
            call.api,
            outcome,
            reason,
            status,
            parsed=call.parsed,
            timings=lookup.timings if lookup else None,
            namespace=call.namespace,
            **kw,
        )
        observer.record(record, call.headers)
    except Exception as exc:  # observing never breaks a request
        log.warning("yamabiko gateway: cannot record the request: %r", exc)


def observe_forward(
    observer: Observer | None, call: Any, outcome: str, reason: Any, store: float = 0.0
) -> None:
    """Record a forwarded call (``result``, ``upstream_ms``, ``not_stored``), after its store
    when there is one (``store``: its time in ms)."""
    result = call.result
    label = str(reason) if reason else None
    if call.not_stored is not None:
        refused = f"not-stored={call.not_stored}"
        label = f"{label}; {refused}" if label else refused
    answer = result.answer
    usage = (answer.input_tokens, answer.output_tokens) if answer else (None, None)
    observe_call(
        observer,
        call,
        outcome,
        label,
        result.status,
        usage=usage,
        upstream=call.upstream_ms,
        store=store,
    )


class Rolling:
    """The dashboard's figures: per-minute counts, latency samples by outcome, similarity
    histograms of hits and near misses, and the most recent requests (this process only)."""

    MINUTES = 24 * 60

    def __init__(self, recent: int = 200, samples: int = 2000) -> None:
        self.recent: deque[RequestRecord] = deque(maxlen=recent)
        self.latency: dict[str, deque[float]] = {}
        self.samples = samples
        self.minutes: OrderedDict[int, dict[str, float]] = OrderedDict()
        self.similarity: dict[str, list[int]] = {
            "hit": [0] * len(SIMILARITY_EDGES),
            "near-miss": [0] * len(SIMILARITY_EDGES),
        }

    def add(self, record: RequestRecord) -> None:
        """Keep ``record`` among the recent requests and its latency for the percentiles."""
        self.recent.append(record)
        latency = self.latency.get(record.outcome)
        if latency is None:
            latency = self.latency[record.outcome] = deque(maxlen=self.samples)
        latency.append(record.timings.get("total", 0.0))
        minute = int(record.at // 60)
        bucket = self.minutes.get(minute)
        if bucket is None:
            bucket = self.minutes[minute] = {"hit": 0, "miss": 0, "bypass": 0, "error": 0}
            bucket["saved_usd"] = 0.0
            bucket["saved_tokens"] = 0
            while len(self.minutes) > self.MINUTES:
                self.minutes.popitem(last=False)
        bucket[record.outcome] = bucket.get(record.outcome, 0) + 1
        if record.outcome == "hit":
            bucket["saved_usd"] += record.saved_usd
            bucket["saved_tokens"] += (record.input_tokens or 0) + (record.output_tokens or 0)
        kind = _HISTOGRAM.get(record.outcome)
        if kind and record.similarity is not None:
            i = max(0, bisect.bisect_right(SIMILARITY_EDGES, record.similarity) - 1)
            self.similarity[kind][min(i, len(SIMILARITY_EDGES) - 1)] += 1

    def percentiles(self) -> dict[str, dict[str, float]]:
        """{outcome: {count, p50, p90, p99}} of the total time in ms (recent samples)."""
        out = {}
        for outcome, values in sorted(self.latency.items()):
            ordered = sorted(values)
            n = len(ordered)

            def pct(q: float, ordered: list[float] = ordered, n: int = n) -> float:
                return ordered[min(n - 1, round(q / 100 * (n - 1)))]

            out[outcome] = {"count": n, "p50": pct(50), "p90": pct(90), "p99": pct(99)}
        return out


class Observer:
    """Fans each record out to the rolling figures, the access log and the tracer."""

    def __init__(self, access_log_mode: str = "text", tracer: Any = None) -> None:
        self.rolling = Rolling()
        self.access_log_mode = access_log_mode
        self.tracer = tracer

    def record(self, record: RequestRecord, headers: dict[str, str] | None = None) -> None:
        """Record one request: the dashboard's figures, the access log line, the trace span."""
        self.rolling.add(record)
        if self.access_log_mode != "off" and access_log.isEnabledFor(logging.INFO):
            if self.access_log_mode == "json":
                line = json.dumps(record.as_dict(), ensure_ascii=False)
            else:
                line = record.log_line()
            if not _write_direct(line):
                access_log.info(line)
        if self.tracer is not None:
            try:
                self.tracer.emit(record, headers or {})
            except Exception as exc:  # tracing never breaks a request
                log.warning("trace export failed: %r", exc)


class AccessHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The access log's handler from :func:`configure_access_log`: bare lines."""

    def __init__(self, stream: Any = None) -> None:
        super().__init__(stream)
        self.bare = logging.Formatter("%(message)s")
        self.setFormatter(self.bare)

    def write_line(self, line: str) -> None:
        """What ``emit`` writes for a record whose message is ``line``, without building the
        record (a LogRecord, the caller's frame, the formatting: ~30-80 µs per request)."""
        with self.lock:  # type: ignore[union-attr]
            try:
                self.stream.write(line + self.terminator)
                self.flush()
            except Exception:
                self.handleError(logging.makeLogRecord({"msg": line, "name": access_log.name}))


def _write_direct(line: str) -> bool:
    """Write an access log line straight to the handler :func:`configure_access_log`
    installed, when logging would do exactly that (that handler alone, no other filter than
    the redacting one, not propagated); False when the line must go through logging."""
    handlers = access_log.handlers
    if len(handlers) != 1 or access_log.propagate or access_log.disabled:
        return False
    handler = handlers[0]
    if type(handler) is not AccessHandler or handler.filters or handler.level > logging.INFO:
        return False
    if handler.formatter is not handler.bare:
        return False
    filters = access_log.filters
    for f in filters:
        if f is not REDACTING:
            return False
    handler.write_line(redact(line) if filters else line)
    return True


def configure_access_log(mode: str, stream: Any = None) -> None:
    """Send access log lines to ``stream`` (stderr by default) as bare lines (``yamabiko
    serve``); JSON lines carry nothing else, so that log shippers can parse them."""
    if mode == "off":
        access_log.disabled = True
        return
    handler = AccessHandler(stream)
    access_log.handlers[:] = [handler]
    access_log.setLevel(logging.INFO)
    access_log.propagate = False
