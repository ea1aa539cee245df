"""Conversation-aware matching: earlier turns compared by meaning, not by bytes.

With ``conversation="exact"`` the earlier turns (``context["history"]``) are hashed into the
partition like every other part of the context: a follow-up question only hits when every
earlier turn was byte-identical. With ``conversation="semantic"`` they are taken out of the
hash; system prompt, model, parameters, tools, tenant and user stay exact. Instead:

1. The history leaves the hashed context; a ``semantic`` marker stands in for it, so that
   follow-ups never meet single questions (:func:`semantic_context`, computed once with the
   request's partition).
2. The history is cut into *exchanges* (a user turn and the replies that follow it). An
   exchange that is small talk (greetings, thanks, pleasantries: close to a small-talk
   prototype, nearer to it than to a short answer such as yes / no, and naming nothing
   specific) is dropped. The entry keeps a compact record of the rest (texts and their
   vectors, :class:`History`) that the store returns with every candidate, so comparing
   needs no extra round trip and no extra embedding.
3. A candidate is served only if its history is equivalent to the query's
   (:meth:`ConversationMatcher.compare`): exchanges are matched by cosine; the most recent
   exchange on each side must match each other (same current topic); matched user turns
   must pass the guard (entity, number, date, negation, antonym, ...) and matched replies
   must agree on numbers, dates and names; an exchange without counterpart is allowed only
   if it is unrelated to everything on the other side.

A miss's reason names the part that differed: ``rejected:history:topic`` (another current
topic, or one side has none), ``rejected:history:extra`` (a related exchange on one side
only), ``rejected:history:<guard check>`` (e.g. ``history:entity``, ``history:number``) and
``rejected:history:reply-<check>`` when only the replies differ.

Histories that hold anything but plain text turns (tool calls, tool results, images) are
always matched exactly.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InvalidInputError
from .guard import Guard, MinimalPairCheck
from .guard.analysis import AnalysisCache
from .guard.relations import _unmatched
from .models import Candidate, Verdict

__all__ = [
    "CONVERSATION_MODES",
    "DEFAULT_CONVERSATION",
    "ConversationMatcher",
    "Exchange",
    "History",
    "QueryConversation",
    "check_conversation",
]

CONVERSATION_MODES = ("semantic", "exact")
#: The default mode: semantic matching serves 0 of the 80 different-context pairs of the
#: reporting half of the repo's conversation set (the bar is 2 %); see docs/quality.md
#: "Conversations".
DEFAULT_CONVERSATION = "semantic"
HISTORY_KEY = "history"
_MARK = "semantic-v1"
_MAX_EXCHANGES = 8
_MAX_CHARS = 2000
_USER_ROLES = frozenset({"user", "human"})
_REPLY_ROLES = frozenset({"assistant", "model", "ai", "bot"})
_TEXT_KEYS = frozenset({"role", "content", "text"})

#: Small talk (EN / JA): an exchange whose user turn is this close to one of these and names
#: nothing specific is not part of the conversation's topic.
SMALL_TALK = (
    "Hi", "Hello!", "Hey", "Morning!", "Good afternoon", "Hi, how are you?",
    "How are you doing?", "I'm fine, thanks.", "Thanks!", "Thank you very much.",
    "Thanks a lot for your help.", "Lovely day, isn't it?", "Hope you're having a good day.",
    "Sorry to bother you.", "Have a nice day.", "Nice to meet you.", "Got it, thanks.",
    "Okay, appreciate your help.", "Is anybody there?", "The weather is nice today.",
    "どうも", "やあ", "こんにちは!", "元気ですか?", "元気です、ありがとう。",
    "ありがとう", "どうもありがとうございました!", "助かりました。", "暑いですね。",
    "いい天気ですね!", "初めまして、よろしく。", "失礼します。", "了解です、ありがとう。",
    "ちょっと聞いてもいいですか?", "分かりました、ありがとう。",
)  # fmt: skip


#: Short answers to the assistant (yes, no, go ahead): they carry a decision, so an exchange
#: nearer to one of these than to any small-talk phrase is never dropped as small talk.
ANSWERS = (
    "Yes", "No", "OK", "Okay, do it.", "Sure, go ahead.", "Yes please", "No thanks",
    "Not now.", "Right.", "はい", "いいえ", "お願いします", "結構です", "それでいいです",
    "やめておきます",
)  # fmt: skip


def check_conversation(value: Any, source: str = "conversation") -> str:
    """Validate a conversation mode: ``"semantic"`` or ``"exact"``."""
    if value not in CONVERSATION_MODES:
        raise InvalidInputError(
            f"{source} is {value!r}; it must be 'semantic' (earlier turns matched by meaning) "
            "or 'exact' (earlier turns must be byte-identical)."
        )
    return str(value)


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


def semantic_context(context: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The exact context of semantic mode, and whether earlier turns left it.

    Plain text turns leave the hashed context; a marker stands in when there is at least one,
    so that follow-ups live apart from single questions and compare their turns by meaning
    (:meth:`ConversationMatcher.compare`). An empty history is dropped; a history with
    anything but text turns (tool calls, images) stays exact.
    """
    if HISTORY_KEY not in context:
        return context, False
    turns = text_turns(context[HISTORY_KEY])
    if turns is None:
        return context, False
    rest = {k: v for k, v in context.items() if k != HISTORY_KEY}
    if not any(text.strip() for _, text in turns):
        return rest, False
    rest[HISTORY_KEY] = _MARK
    return rest, True


def text_turns(history: Any) -> list[tuple[str, str]] | None:
    """``[(role, text)]`` for a history of plain text turns; None when any turn holds
    anything else (tool calls, non-text parts), which is then matched exactly.

    A turn is a mapping with ``role`` and ``content`` (OpenAI, Anthropic) or ``text`` (Gemini),
    or a bare string (a user turn).
    """
    if not isinstance(history, (list, tuple)):
        return None
    turns = []
    for turn in history:
        if isinstance(turn, str):
            turns.append(("user", turn))
            continue
        if not isinstance(turn, Mapping) or set(turn) - _TEXT_KEYS:
            return None
        role = str(turn.get("role", "user")).lower()
        text = turn.get("content", turn.get("text"))
        if not isinstance(text, str) or role not in _USER_ROLES | _REPLY_ROLES:
            return None
        turns.append(("user" if role in _USER_ROLES else "assistant", text))
    return turns


def _exchanges(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[list[str]] = []
    for role, text in turns:
        text = text.strip()[:_MAX_CHARS]
        if role == "user" or not out:
            out.append([text, ""] if role == "user" else ["", text])
        else:
            out[-1][1] = f"{out[-1][1]}\n{text}".strip()[:_MAX_CHARS]
    return [(u, a) for u, a in out if u or a]


class ConversationMatcher:
    """Builds history records and compares them (see the module docstring).

    Args:
        embedder: the cache's embedder (vectors of exchanges are stored with the entry).
        guard: compares matched user turns; default :class:`~yamabiko.guard.Guard` with a
            one-for-two word change counted as a changed word (``rewordings=False``): in an
            earlier turn the changed words are what the follow-up is about.
        learned: the default guard runs its learned stage and rescue (``guard/learned.py``)
            on matched user turns; a turn the rescue serves (``learned-accept``, a reworded
            substitution) skips the strict minimal-pair rule below. Off by default: it gained
            two same-context pairs of the tuning half and nothing on the held-out sets
            (docs/quality.md, "Session 8").
        match: cosine at which two exchanges are taken to be about the same thing.
        related: an exchange on one side only is allowed when its cosine to every exchange on
            the other side is below this.
        small_talk: cosine to the nearest small-talk prototype from which an exchange that
            names nothing specific is dropped (unless it is nearer still to a short answer
            such as yes / no / go ahead). 0.55 recognised every small-talk turn of the
            tuning half; measured on the held-out set together with ``acknowledgments`` (and
            a tokenizer change since withdrawn) it recognised no more small talk and served
            two more different-context pairs, so 0.7 stays (docs/quality.md, "Session 8").
        acknowledgments: a short answer after a reply that asked nothing ("Okay, got it."
            after a statement) counts as an acknowledgment, i.e. small talk, not a decision.
            Off by default, for the same reason.
        max_changes: two matched turns that differ by at most this many content words on
            each side are a *minimal pair*: every changed word counts (a substitution or an
            inserted word rejects), since the rest of the turn is the same.
    """

    def __init__(
        self,
        embedder: Any,
        guard: Any = None,
        *,
        match: float = 0.6,
        related: float = 0.45,
        small_talk: float = 0.7,
        learned: bool = False,
        max_changes: int = 2,
        acknowledgments: bool = False,
    ) -> None:
        self.embedder = embedder
        strict = MinimalPairCheck(rewordings=False)
        self.guard = guard if guard is not None else Guard(minimal_pairs=strict, learned=learned)
        self.reply_guard = Guard(("number", "date", "entity"))
        self.match = match
        self.related = related
        self.small_talk = small_talk
        self.max_changes = max_changes
        self.acknowledgments = acknowledgments
        self._analyses = AnalysisCache(4096)
        self._prototypes: tuple[np.ndarray, np.ndarray] | None = None
        #: texts this matcher has embedded (histories and its prototypes), for accounting
        self.embedded = 0

    # -- building --------------------------------------------------------------------------

    async def prepare(self, request: Any) -> None:
        """Build the record of a request whose earlier turns left its exact context (see
        :func:`semantic_context`), once: stored with its entry, compared with candidates'."""
        if not request.semantic_history or request.conversation is not None:
            return
        turns = text_turns(request.context[HISTORY_KEY])
        history = await self.build(turns or [])
        request.history = history.to_json()
        request.conversation = QueryConversation(self, history)

    async def build(self, turns: Sequence[tuple[str, str]]) -> History:
        """Embed the exchanges of ``turns`` (the most recent ``2 * _MAX_EXCHANGES``) and drop
        small talk."""
        pairs = _exchanges(turns)[-2 * _MAX_EXCHANGES :]
        if not pairs:
            return History(())
        texts = [u or a for u, a in pairs]
        self.embedded += len(texts)
        vectors = np.asarray(await self.embedder.embed(texts), dtype=np.float32)
        prototypes, answers = await self._prototype_vectors()
        closeness = (vectors @ prototypes.T).max(axis=1)
        # with ``acknowledgments``, a short answer (yes / okay / go ahead) carries a decision
        # only when the assistant had just asked something (else it is small talk)
        after_question = np.array([False] + [_asks(reply) for _, reply in pairs[:-1]])
        if not self.acknowledgments:
            after_question[:] = True
        closeness[after_question & (closeness <= (vectors @ answers.T).max(axis=1))] = -1.0
        kept = [
            Exchange(u, a, v)
            for (u, a), v, near in zip(pairs, vectors, closeness, strict=True)
            if not (near >= self.small_talk and self._plain(u or a) and self._unnamed(a))
        ]
        return History(tuple(kept[-_MAX_EXCHANGES:]))

    def _plain(self, text: str) -> bool:
        """Names nothing specific: no number or proper name."""
        if not text:
            return True
        a = self._analyses.get(text, None)
        return not (a.numbers or a.strong)

    def _unnamed(self, text: str) -> bool:
        """Names no one and nothing (a reply to small talk may still say "one day")."""
        return not text or not self._analyses.get(text, None).strong

    async def _prototype_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        if self._prototypes is None:
            self.embedded += len(SMALL_TALK) + len(ANSWERS)
            vectors = np.asarray(
                await self.embedder.embed([*SMALL_TALK, *ANSWERS]), dtype=np.float32
            )
            self._prototypes = (vectors[: len(SMALL_TALK)], vectors[len(SMALL_TALK) :])
        return self._prototypes

    # -- comparing -------------------------------------------------------------------------

    def compare(self, query: History, record: str | None) -> Verdict:
        """Is the cached conversation (its stored record) equivalent to the query's?"""
        if record is None:
            return Verdict(False, "history:topic")
        try:
            cached = History.from_json(record)
        except (ValueError, KeyError, TypeError):
            return Verdict(False, "history:unreadable")
        q, c = query.exchanges, cached.exchanges
        if not q and not c:
            return Verdict(True, "history:same")
        if not q or not c:
            return Verdict(False, "history:topic")
        sims = np.stack([x.vector for x in q]) @ np.stack([x.vector for x in c]).T
        matched = _greedy_match(sims, self.match)
        if matched.get(len(q) - 1) != len(c) - 1:
            return Verdict(False, "history:topic")
        for i, j in matched.items():
            verdict = self.guard.check(q[i].user, c[j].user, None, float(sims[i, j]))
            if verdict.accept and not verdict.reason.startswith("learned-accept"):
                verdict = self._minimal_pair(q[i].user, c[j].user)
            if not verdict.accept:
                return Verdict(False, f"history:{verdict.reason}")
            if q[i].reply and c[j].reply:
                verdict = self.reply_guard.check(q[i].reply, c[j].reply, None, 1.0)
                if verdict.accept:
                    verdict = self._minimal_pair(q[i].reply, c[j].reply)
                if not verdict.accept:
                    return Verdict(False, f"history:reply-{verdict.reason}")
        other = set(matched.values())
        for i in range(len(q)):
            if i not in matched and sims[i].max() >= self.related:
                return Verdict(False, "history:extra")
        for j in range(len(c)):
            if j not in other and sims[:, j].max() >= self.related:
                return Verdict(False, "history:extra")
        return Verdict(True, "history:same")

    def _minimal_pair(self, first: str, second: str) -> Verdict:
        """Reject two turns that are the same but for a few content words (``book`` a table /
        ``cancel`` a table; 普通預金 / 定期預金): in an earlier turn, the changed word is what
        the follow-up question is about."""
        if first == second:
            return Verdict(True)
        a, b = self._analyses.get(first, None), self._analyses.get(second, None)
        only_a, only_b = _unmatched(a.content, b.content), _unmatched(b.content, a.content)
        shared = set(a.content) & set(b.content)
        if not shared or len(only_a) > self.max_changes or len(only_b) > self.max_changes:
            return Verdict(True)  # reworded throughout: not a minimal pair
        if only_a and only_b:
            return Verdict(False, f"substitution:{min(only_a)}->{min(only_b)}")
        if only_a or only_b:
            return Verdict(False, f"insertion:{min(only_a or only_b)}")
        return Verdict(True)


def _asks(reply: str) -> bool:
    """The reply asks the user something (a question mark, ASCII or full-width)."""
    return "?" in reply or "？" in reply


def _greedy_match(sims: np.ndarray, floor: float) -> dict[int, int]:
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


@dataclass(frozen=True)
class QueryConversation:
    """What one lookup compares its candidates' earlier turns with (``None``: nothing)."""

    matcher: ConversationMatcher
    history: History | None

    def check(self, candidate: Candidate, verdict: Verdict) -> Verdict:
        """The verifier's accepting ``verdict`` on the question, or why the history differs."""
        if self.history is None:
            return verdict
        found = self.matcher.compare(self.history, candidate.history)
        return verdict if found.accept else found
