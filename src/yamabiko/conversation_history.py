"""The record of a conversation's earlier turns that an entry keeps: its topical exchanges
(small talk removed), each a user turn, the replies that followed it and the user turn's
vector (:class:`History`, stored as compact JSON with float16 vectors)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

import numpy as np

__all__ = ["Exchange", "History"]


@dataclass(frozen=True)
class Exchange:
    """A user turn with the replies that followed it, and the vector of its user turn
    (of the reply when the exchange has no user turn)."""

    user: str
    reply: str
    vector: np.ndarray


@dataclass(frozen=True)
class History:
    """The topical exchanges of a conversation, oldest first (small talk removed)."""

    exchanges: tuple[Exchange, ...]

    def to_json(self) -> str:
        """The compact record the stores keep with an entry (vectors as base64 float16)."""
        return json.dumps(
            {
                "v": 1,
                "x": [
                    {
                        "u": x.user,
                        "a": x.reply,
                        "e": base64.b64encode(x.vector.astype(np.float16).tobytes()).decode(),
                    }
                    for x in self.exchanges
                ],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, record: str) -> History:
        """The history stored with an entry (the inverse of :meth:`to_json`)."""
        data = json.loads(record)
        exchanges = []
        for x in data["x"]:
            vector = np.frombuffer(base64.b64decode(x["e"]), dtype=np.float16).astype(np.float32)
            exchanges.append(Exchange(x["u"], x["a"], vector))
        return cls(tuple(exchanges))
