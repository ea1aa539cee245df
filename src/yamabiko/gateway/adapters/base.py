"""What every adapter shares: the base class, routes, the parsed request, the API-neutral answer,
and errors. ``COMPLETE`` (the finish of an answer that may be stored; ``length``, ``tool``,
``filter``, ``other`` are served but never stored) is defined with the other admission rules."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...policy.admission import COMPLETE
from ..sse import SSEParser
from ..upstream import forward_headers

__all__ = [
    "COMPLETE",
    "Adapter",
    "Answer",
    "Assembler",
    "BadRequest",
    "Match",
    "Parsed",
    "Route",
]


class BadRequest(Exception):
    """The client's request is malformed: answered 400 in the API's error format."""

    def __init__(self, message: str, param: str | None = None) -> None:
        self.message = message
        self.param = param
        super().__init__(message)


@dataclass
class Parsed:
    """A request understood by an adapter.

    ``prompt`` is the last user turn's text (the only part that is embedded); ``context`` holds
    everything else that changes the right answer. ``bypass`` names why the request cannot be
    cached at all (e.g. ``non-text-content``); the request then goes upstream untouched.
    """

    prompt: str
    context: dict[str, Any]
    stream: bool = False
    bypass: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Answer:
    """An answer in API-neutral form: what is stored and replayed.

    ``finish`` is normalised (``stop``, ``length``, ``tool``, ``filter``, ``other``);
    ``raw_finish`` is the API's own value, replayed as is.
    """

    text: str
    finish: str
    raw_finish: str | None = None
    model: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def metadata(self, api: str) -> dict[str, Any]:
        """What is stored with the answer's text (``Entry.metadata``) for replay: the API, the
        finish, the model, the token usage and the API's extras."""
        out: dict[str, Any] = {"api": api, "finish": self.raw_finish or self.finish}
        if self.model:
            out["model"] = self.model
        usage = {
            k: v
            for k, v in (("input", self.input_tokens), ("output", self.output_tokens))
            if isinstance(v, int)
        }
        if usage:
            out["usage"] = usage
        if self.extra:
            out["extra"] = self.extra
        return out

    @classmethod
    def from_entry(cls, response: str, metadata: Mapping[str, Any]) -> Answer:
        """The answer a cached entry replays (the inverse of :meth:`metadata`)."""
        usage = metadata.get("usage") or {}
        return cls(
            text=response,
            finish=COMPLETE,
            raw_finish=metadata.get("finish"),
            model=metadata.get("model"),
            input_tokens=usage.get("input"),
            output_tokens=usage.get("output"),
            extra=dict(metadata.get("extra") or {}),
        )


class Assembler:
    """Rebuilds an answer from a stream's events, on the side of the tee. Subclasses set
    ``raw_finish`` when the answer's finish arrives, and implement the rest."""

    raw_finish: str | None = None

    def feed(self, event: Any) -> None:
        """Take one decoded stream event."""

    def finishing(self) -> bool:
        """The answer's finish has arrived: its store is about to happen (read-your-writes)."""
        return self.raw_finish is not None

    def seen_end(self) -> bool:
        """The stream's end marker has been fed (the client has the whole answer)."""
        return False

    def end(self) -> None:
        """The upstream stream ended normally."""

    def result(self) -> Answer | None:
        """The answer if the stream completed (its end marker was seen), else None."""
        return None


class TextAssembler(Assembler):
    """The state the chat APIs' assemblers share: the answer's text ``parts``, its
    ``raw_finish`` and ``model``, ``non_text`` (a tool call or another non-text part),
    ``done`` (the end marker was fed), ``ended`` (the stream ended normally) and ``broken``
    (an error event, or one that could not be read)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.raw_finish: str | None = None
        self.model: str | None = None
        self.non_text = False
        self.done = False
        self.ended = False
        self.broken = False

    def seen_end(self) -> bool:
        """The stream's end marker has been fed (the client has the whole answer)."""
        return self.done

    def end(self) -> None:
        """The stream ended normally (no error, no disconnect)."""
        self.ended = True

    def complete(self) -> bool:
        """The end marker and the finish arrived, the stream ended normally, nothing broke."""
        return self.done and self.ended and not self.broken and self.raw_finish is not None


class Decoder(Protocol):
    """Turns the raw bytes of a streamed response into events, as they arrive."""

    def feed(self, chunk: bytes) -> list[Any]:
        """The events completed by ``chunk`` (an event may span chunks)."""
        ...


@dataclass(frozen=True)
class Route:
    """A path an adapter answers. ``path`` is exact, or a template whose ``{name}`` parts match
    one path segment up to a ``/`` or ``:`` (``/v1beta/models/{model}:{action}``); the matched
    parts reach :meth:`Adapter.parse` as ``match.params``."""

    path: str
    method: str = "POST"
    #: allowed values of path parameters, e.g. (("action", ("generateContent",)),)
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: what one ``{name}`` part matches (Bedrock model ids hold ``:``, so ``[^/]+`` there)
    segment: str = "[^/:]+"

    @property
    def is_template(self) -> bool:
        """True when the path has ``{name}`` parts."""
        return "{" in self.path

    def pattern(self) -> re.Pattern[str]:
        """The regular expression of a template path (named groups for its parts)."""
        parts = re.split(r"\{(\w+)\}", self.path)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>{self.segment})"
            for i, part in enumerate(parts)
        )
        return re.compile(f"^{regex}$")


@dataclass
class Match:
    """A request matched to an adapter's route: the path parameters, the query string, and the
    upstream origin the request goes to."""

    adapter: Adapter
    upstream: str
    params: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)


class Adapter:
    """One API: its routes, how a request is parsed into (prompt, exact context), how an answer
    is read from a JSON body or assembled from a stream, and how a cached answer is replayed.

    A new API is a subclass in its own module, registered with one line in
    :mod:`yamabiko.gateway.adapters` (see docs/gateway.md). Set ``api``, ``routes`` and
    ``default_upstream``; implement :meth:`parse`, :meth:`answer`, :meth:`assembler`,
    :meth:`render`, :meth:`render_stream` and :meth:`error`. Override :meth:`decoder` and
    :meth:`is_stream` for a stream format other than SSE, :meth:`claims` to receive the
    uncached requests (passthrough) meant for this API.
    """

    #: the API's name: the ``route`` policy rules match on, the metric label, the key of its
    #: upstream in ``[gateway.upstreams]``
    api: str = ""
    #: the paths this adapter answers
    routes: tuple[Route, ...] = ()
    #: the upstream origin when none is configured
    default_upstream: str = ""
    #: the media type of a replayed stream
    stream_content_type = "text/event-stream; charset=utf-8"
    #: a ``"cache": {...}`` object in the body holds cache controls (taken out before forwarding)
    body_controls = True
    #: served only when ``api`` is listed in ``gateway.exact_cache`` (else passed through)
    opt_in = False

    def parse(self, body: Any, match: Match) -> Parsed:
        """The request understood: prompt, context, stream, bypass. BadRequest if malformed."""
        raise NotImplementedError

    def answer(self, body: Any) -> Answer | None:
        """The answer in a parsed JSON response body; None when it cannot be read."""
        raise NotImplementedError

    def read(self, raw: bytes, content_type: str) -> Answer | None:
        """The answer in a raw (non-streamed) response body; None when it cannot be read."""
        try:
            return self.answer(json.loads(raw))
        except (ValueError, RecursionError):
            return None

    def is_stream(self, content_type: str) -> bool:
        """True when an upstream response with this media type is a stream to tee."""
        return content_type.startswith("text/event-stream")

    def decoder(self) -> Decoder:
        """A fresh decoder of this API's stream format (SSE by default)."""
        return SSEParser()

    def assembler(self) -> Assembler:
        """A fresh assembler of this API's stream events."""
        return Assembler()

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        """A cached answer as this API's JSON response body."""
        raise NotImplementedError

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        """A cached answer as this API's stream (the chunks, already encoded)."""
        raise NotImplementedError

    def content_type(self, answer: Answer, parsed: Parsed) -> str:
        """The media type of a replayed answer."""
        return self.stream_content_type if parsed.stream else "application/json"

    def error(self, status: int, message: str) -> bytes:
        """An error body in this API's own format."""
        raise NotImplementedError

    def stream_error(self, status: int, message: str) -> bytes:
        """An error event in this API's stream format, sent before ending a stream early
        (an SSE ``data:`` event holding :meth:`error`; empty for other stream formats)."""
        if not self.stream_content_type.startswith("text/event-stream"):
            return b""
        return b"data: " + self.error(status, message) + b"\n\n"

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        """True when an uncached request (any other path) is meant for this API's upstream."""
        return False

    # -- hooks for APIs that sign requests or route by path (Bedrock, Vertex AI) -----------------

    def configure(self, settings: Any) -> None:
        """Read what the adapter needs from the gateway settings (called once, at start)."""

    def upstream_for(self, params: Mapping[str, str]) -> str | None:
        """The upstream origin for these path parameters when none is configured (Vertex AI:
        the location's regional endpoint); None: ``default_upstream``."""
        return None

    def upstream_headers(
        self, headers: Mapping[str, str], url: str, body: bytes
    ) -> list[tuple[str, str]]:
        """The headers to send upstream (Bedrock: re-signed with the gateway's credentials)."""
        return forward_headers(headers)

    def error_headers(self, status: int) -> list[tuple[str, str]]:
        """Headers of an error response besides the body (Bedrock: ``x-amzn-ErrorType``)."""
        return []


def event_object(event: Any) -> dict[str, Any] | None:
    """The JSON object a stream event carries, or None when its data is not one (the
    assemblers then mark their stream broken)."""
    try:
        data = json.loads(event.data)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


_PIECE = re.compile(r"\S+\s*|\s+")


def pieces(text: str, words: int = 6) -> list[str]:
    """Split an answer into small chunks of a few words each, for replaying as a stream."""
    parts = _PIECE.findall(text)
    if not parts:
        return [text]
    return ["".join(parts[i : i + words]) for i in range(0, len(parts), words)]
