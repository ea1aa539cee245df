"""OpenTelemetry traces of gateway requests (opt-in: ``gateway.tracing = true`` and the
``[otel]`` extra).

One SERVER span per request (``POST /v1/chat/completions``) whose attributes say what the cache
did (``yamabiko.cache.outcome``, ``.similarity``, ``.reason``, ``.entry_id``), with a child span
per step that ran: ``embed``, ``search``, ``verify``, the upstream call and ``store``. The
upstream call is a CLIENT span that follows the GenAI semantic conventions (named
``{gen_ai.operation.name} {gen_ai.request.model}``, with ``gen_ai.provider.name``,
``gen_ai.request.model``, ``gen_ai.response.model``, ``gen_ai.usage.input_tokens`` /
``output_tokens``). A ``traceparent`` header from the client makes the request span its child.

The spans are built when the request ends, from the durations the gateway measured; each child
starts where the previous step ended (embed, search and verify run back to back inside the
lookup; upstream follows it; store follows the upstream).
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..errors import ConfigError
from .observe import RequestRecord

#: gateway API name -> (gen_ai.provider.name, gen_ai.operation.name)
GENAI = {
    "openai": ("openai", "chat"),
    "responses": ("openai", "chat"),
    "completions": ("openai", "text_completion"),
    "embeddings": ("openai", "embeddings"),
    "azure": ("azure.ai.openai", "chat"),
    "anthropic": ("anthropic", "chat"),
    "gemini": ("gcp.gemini", "generate_content"),
    "gemini-embed": ("gcp.gemini", "embeddings"),
}


def _otel() -> Any:
    try:
        from opentelemetry import propagate, trace
    except ImportError as exc:
        raise ConfigError(
            "gateway.tracing needs OpenTelemetry: pip install 'yamabiko[otel]' "
            f"(opentelemetry-api and -sdk) ({exc})."
        ) from exc
    return trace, propagate


class Tracer:
    """Turns request records into spans. ``provider``: an OpenTelemetry ``TracerProvider``
    (default: the global one, which ``yamabiko serve`` sets up)."""

    def __init__(self, provider: Any = None) -> None:
        trace, propagate = _otel()
        self._trace = trace
        self._propagate = propagate
        self._tracer = trace.get_tracer("yamabiko.gateway", __version__, tracer_provider=provider)

    def emit(self, record: RequestRecord, headers: dict[str, str]) -> None:
        """One span for the request (child of the client's ``traceparent`` if it sent one)."""
        trace = self._trace
        kind = trace.SpanKind
        parent = self._propagate.extract(headers) if "traceparent" in headers else None
        start = record.start_ns
        end = start + int(record.timings.get("total", 0.0) * 1e6)
        provider, operation = GENAI.get(record.api, (None, None))
        attributes: dict[str, Any] = {
            "http.request.method": record.method,
            "url.path": record.path,
            "http.response.status_code": record.status,
            "yamabiko.cache.outcome": record.outcome,
            "yamabiko.api": record.api,
            "yamabiko.stream": record.stream,
        }
        optional = {
            "yamabiko.cache.similarity": record.similarity,
            "yamabiko.cache.reason": record.reason,
            "yamabiko.cache.entry_id": record.entry_id,
            "yamabiko.namespace": record.namespace,
            "gen_ai.provider.name": provider,
            "gen_ai.operation.name": operation,
            "gen_ai.request.model": record.model,
        }
        attributes.update({k: v for k, v in optional.items() if v is not None})
        root = self._tracer.start_span(
            f"{record.method} {record.path}",
            context=parent,
            kind=kind.SERVER,
            attributes=attributes,
            start_time=start,
        )
        if record.status >= 500:
            root.set_status(trace.Status(trace.StatusCode.ERROR))
        ctx = trace.set_span_in_context(root)
        at = start
        for step in ("embed", "search", "verify", "upstream", "store"):
            ms = record.timings.get(step)
            if ms is None:
                continue
            duration = int(ms * 1e6)
            step_attributes: dict[str, Any] = {"yamabiko.step": step}
            name, step_kind = step, kind.INTERNAL
            if step == "upstream":
                step_kind = kind.CLIENT
                if operation:
                    name = f"{operation} {record.model}" if record.model else operation
                    step_attributes.update(
                        {k: v for k, v in optional.items() if k.startswith("gen_ai.") and v}
                    )
                    if record.model:
                        step_attributes["gen_ai.response.model"] = record.model
                    if record.input_tokens is not None:
                        step_attributes["gen_ai.usage.input_tokens"] = record.input_tokens
                    if record.output_tokens is not None:
                        step_attributes["gen_ai.usage.output_tokens"] = record.output_tokens
            span = self._tracer.start_span(
                name, context=ctx, kind=step_kind, attributes=step_attributes, start_time=at
            )
            at = min(at + duration, end) if end > start else at + duration
            span.end(end_time=at)
        root.end(end_time=max(end, at))


def setup_tracing() -> None:
    """For ``yamabiko serve``: an SDK tracer provider exporting over OTLP (the standard
    ``OTEL_EXPORTER_OTLP_*`` variables configure the endpoint), unless the application already
    installed one."""
    trace, _ = _otel()
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError as exc:
        raise ConfigError(
            f"gateway.tracing needs the OpenTelemetry SDK: pip install 'yamabiko[otel]' ({exc})."
        ) from exc
    if type(trace.get_tracer_provider()).__name__ != "ProxyTracerProvider":
        return  # already configured (e.g. by opentelemetry-instrument)
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    except ImportError as exc:
        raise ConfigError(
            "gateway.tracing exports over OTLP/HTTP: pip install "
            "opentelemetry-exporter-otlp-proto-http, or run under opentelemetry-instrument "
            f"({exc})."
        ) from exc
    provider = TracerProvider(resource=Resource.create({"service.name": "yamabiko-gateway"}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
