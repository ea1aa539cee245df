"""Server-sent events: an incremental parser (for assembling a stream on the side) and encoding."""

from __future__ import annotations

from dataclasses import dataclass

from .asgi import dumps


@dataclass(frozen=True)
class Event:
    """One SSE event: its ``event`` name (``message`` by default) and ``data`` text."""

    event: str
    data: str


class SSEParser:
    """Feed raw bytes as they arrive; get back the events completed so far.

    Follows the SSE rules that matter here: lines end with LF, CRLF or CR; a blank line ends an
    event; ``data`` lines are joined with LF; comments (``:``) and unknown fields are ignored.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._decoder_tail = b""
        self._cr = ""
        self._event = ""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[Event]:
        """The events completed by ``chunk`` (an event or a UTF-8 character may span chunks)."""
        raw = self._decoder_tail + chunk
        try:
            text = raw.decode("utf-8")
            self._decoder_tail = b""
        except UnicodeDecodeError as exc:  # a multi-byte character split across chunks
            if exc.start < len(raw) - 3:
                raise
            text = raw[: exc.start].decode("utf-8")
            self._decoder_tail = raw[exc.start :]
        text = self._cr + text
        self._cr = "\r" if text.endswith("\r") else ""  # its LF may come in the next chunk
        if self._cr:
            text = text[:-1]
        self._buffer += text.replace("\r\n", "\n").replace("\r", "\n")
        events: list[Event] = []
        while True:
            newline = self._buffer.find("\n")
            if newline < 0:
                break
            line = self._buffer[:newline]
            self._buffer = self._buffer[newline + 1 :]
            if not line:
                if self._data:
                    events.append(Event(self._event or "message", "\n".join(self._data)))
                self._event, self._data = "", []
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "data":
                self._data.append(value)
            elif field == "event":
                self._event = value
        return events


def encode(data: object, event: str | None = None) -> bytes:
    """One SSE event; ``data`` is JSON-encoded unless it is already a str."""
    body = data if isinstance(data, str) else dumps(data).decode()
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {body}\n\n".encode()
