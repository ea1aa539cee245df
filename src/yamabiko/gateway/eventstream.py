"""AWS event-stream binary framing (``application/vnd.amazon.eventstream``): encode and parse.

Bedrock's ``converse-stream`` and ``invoke-with-response-stream`` answer in this framing. One
message is::

    total length (u32) | headers length (u32) | CRC32 of the 8 bytes before (u32)
    headers: name length (u8), name, value type (u8), value (strings: u16 length + UTF-8)
    payload
    CRC32 of everything before (u32)

All integers are big-endian. :func:`encode_message` writes what botocore's parser reads;
:class:`EventStreamParser` reads what Bedrock (or the fake upstream) sends, incrementally, and
raises :class:`FramingError` on a bad length or checksum.
"""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

CONTENT_TYPE = "application/vnd.amazon.eventstream"
_PRELUDE = struct.Struct(">II")
_MAX_MESSAGE = 16 * 1024 * 1024
_STRING = 7


class FramingError(ValueError):
    """The bytes are not a valid event-stream message (length or CRC mismatch)."""


@dataclass(frozen=True)
class Message:
    """One decoded message: its headers (``:event-type``, ``:message-type`` …) and payload."""

    headers: Mapping[str, Any]
    payload: bytes

    @property
    def event_type(self) -> str:
        """``:event-type`` of an event, ``:exception-type`` of an exception, else ``''``."""
        return str(self.headers.get(":event-type") or self.headers.get(":exception-type") or "")

    @property
    def is_event(self) -> bool:
        """True for an event message (not an exception or an error)."""
        return self.headers.get(":message-type", "event") == "event"

    def json(self) -> Any:
        """The payload as JSON (``{}`` when empty)."""
        return json.loads(self.payload) if self.payload else {}


def _crc(data: bytes, start: int = 0) -> int:
    return zlib.crc32(data, start) & 0xFFFFFFFF


def encode_message(headers: Mapping[str, str], payload: bytes) -> bytes:
    """One message with string-valued headers."""
    raw_headers = bytearray()
    for name, value in headers.items():
        name_b, value_b = name.encode(), value.encode()
        raw_headers += struct.pack(">B", len(name_b)) + name_b
        raw_headers += struct.pack(">BH", _STRING, len(value_b)) + value_b
    total = 12 + len(raw_headers) + len(payload) + 4
    prelude = _PRELUDE.pack(total, len(raw_headers))
    head = prelude + struct.pack(">I", _crc(prelude)) + bytes(raw_headers) + payload
    return head + struct.pack(">I", _crc(head))


def event(event_type: str, payload: Any) -> bytes:
    """A JSON event (``:message-type event``) such as Converse's ``contentBlockDelta``."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return encode_message(
        {
            ":event-type": event_type,
            ":content-type": "application/json",
            ":message-type": "event",
        },
        body,
    )


def exception(exception_type: str, message: str) -> bytes:
    """An in-stream error (``:message-type exception``), e.g. ``throttlingException``."""
    return encode_message(
        {
            ":exception-type": exception_type,
            ":content-type": "application/json",
            ":message-type": "exception",
        },
        json.dumps({"message": message}).encode(),
    )


def _read_headers(raw: bytes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    i = 0
    while i < len(raw):
        n = raw[i]
        name = raw[i + 1 : i + 1 + n].decode()
        i += 1 + n
        kind = raw[i]
        i += 1
        if kind in (0, 1):
            value: Any = kind == 0
        elif kind in (2, 3, 4, 5, 8):
            size = {2: 1, 3: 2, 4: 4, 5: 8, 8: 8}[kind]
            value = int.from_bytes(raw[i : i + size], "big", signed=True)
            i += size
        elif kind in (6, 7):
            (length,) = struct.unpack_from(">H", raw, i)
            data = raw[i + 2 : i + 2 + length]
            value = data.decode() if kind == 7 else data
            i += 2 + length
        elif kind == 9:
            value = str(uuid.UUID(bytes=raw[i : i + 16]))
            i += 16
        else:
            raise FramingError(f"unknown event-stream header type {kind} for {name!r}")
        out[name] = value
    if i != len(raw):
        raise FramingError("event-stream headers overrun their declared length")
    return out


class EventStreamParser:
    """Feed raw bytes as they arrive; get back the messages completed so far."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> list[Message]:
        """The messages completed by ``chunk`` (CRCs checked; a message may span chunks)."""
        self._buffer += chunk
        out: list[Message] = []
        while len(self._buffer) >= 12:
            total, header_len = _PRELUDE.unpack_from(self._buffer)
            (prelude_crc,) = struct.unpack_from(">I", self._buffer, 8)
            if _crc(bytes(self._buffer[:8])) != prelude_crc:
                raise FramingError("event-stream prelude CRC mismatch")
            if total > _MAX_MESSAGE or total < 16 + header_len:
                raise FramingError(f"event-stream message length {total} is invalid")
            if len(self._buffer) < total:
                break
            raw = bytes(self._buffer[:total])
            del self._buffer[:total]
            (message_crc,) = struct.unpack_from(">I", raw, total - 4)
            if _crc(raw[: total - 4]) != message_crc:
                raise FramingError("event-stream message CRC mismatch")
            headers = _read_headers(raw[12 : 12 + header_len])
            out.append(Message(headers, raw[12 + header_len : total - 4]))
        return out

    @property
    def pending(self) -> int:
        """Bytes of an incomplete message held back."""
        return len(self._buffer)
