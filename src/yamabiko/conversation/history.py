"""The record of a conversation's earlier turns that an entry keeps: its topical exchanges
(small talk removed), each a user turn, the replies that followed it and the user turn's
vector (:class:`History`, stored as compact JSON with float16 vectors), and how the exchanges
of two records pair up (:func:`greedy_match`, :func:`pair_answers`, :func:`mean_cosine`)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .smalltalk import asks

if TYPE_CHECKING:
    from ..guard.facts import Analysis

__all__ = [
    "Exchange", "History", "greedy_match", "mean_cosine", "pair_answers", "pair_exchanges",
    "request_turns", "said", "stated_turns", "user_words",
]  # fmt: skip


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


def greedy_match(sims: np.ndarray, floor: float) -> dict[int, int]:
    """One-to-one pairs (query index -> cached index), best cosine first, all >= ``floor``."""
    order = np.dstack(np.unravel_index(np.argsort(-sims, axis=None), sims.shape))[0]
    out: dict[int, int] = {}
    used: set[int] = set()
    for i, j in order:
        if sims[i, j] < floor:
            break
        if int(i) in out or int(j) in used:
            continue
        out[int(i)] = int(j)
        used.add(int(j))
    return out


def pair_answers(q: Sequence[Exchange], c: Sequence[Exchange], paired: dict[int, int]) -> None:
    """Pair unpaired answers to paired questions (in place): the exchange after a paired one
    whose reply asked something, on both sides."""
    used = set(paired.values())
    for i in range(1, len(q)):
        j = paired.get(i - 1)
        if i in paired or j is None or j + 1 >= len(c) or j + 1 in used:
            continue
        if asks(q[i - 1].reply) and asks(c[j].reply):
            paired[i] = j + 1
            used.add(j + 1)


def pair_exchanges(
    q: Sequence[Exchange], c: Sequence[Exchange], floor: float
) -> tuple[np.ndarray, dict[int, int]]:
    """The cosines of two non-empty sides' exchanges (query rows, cached columns) and their
    pairs: one to one from the cosine ``floor`` (:func:`greedy_match`), then the answers to
    paired questions (:func:`pair_answers`)."""
    sims = np.stack([x.vector for x in q]) @ np.stack([x.vector for x in c]).T
    paired = greedy_match(sims, floor)
    pair_answers(q, c, paired)
    return sims, paired


def mean_cosine(q: Sequence[Exchange], c: Sequence[Exchange]) -> float:
    """The cosine of two conversations' mean exchange vectors."""
    mean_q = np.mean([x.vector for x in q], axis=0)
    mean_c = np.mean([x.vector for x in c], axis=0)
    norm = float(np.linalg.norm(mean_q) * np.linalg.norm(mean_c))
    return float(mean_q @ mean_c) / norm if norm else 0.0


def stated_turns(side: Sequence[Exchange], paired: Iterable[int]) -> list[str]:
    """The user turns of the paired exchanges and the statements after the latest one."""
    kept = set(paired)
    last = max(kept)
    return [x.user for k, x in enumerate(side) if k in kept or (k > last and not asks(x.user))]


def said(side: Sequence[Exchange], *, replies: bool = True) -> list[str]:
    """What one side says: its user turns, and its replies unless ``replies`` is False."""
    return [text for x in side for text in (x.user, x.reply if replies else "") if text]


def user_words(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> frozenset[str]:
    """The content words (by ``analyse``, a text's guard analysis) of every user turn of
    both sides: the words a reply may say back; the rest of a reply is the assistant's own."""
    return frozenset(
        w for text in (*said(q, replies=False), *said(c, replies=False))
        for w in analyse(text).content
    )  # fmt: skip


def request_turns(side: Sequence[Exchange]) -> list[str]:
    """The user turns that may make a request or take one back: the first, and each later one
    that asks nothing (a later question, 車を停める場所はありますか, asks about a stop
    without making one)."""
    return [x.user for k, x in enumerate(side) if x.user and (k == 0 or not asks(x.user))]
