"""Conversation-aware matching: earlier turns compared by meaning, not by bytes.

With ``conversation="exact"`` the earlier turns (``context["history"]``) are hashed into the
partition like every other part of the context: a follow-up question only hits when every
earlier turn was byte-identical. With ``conversation="semantic"`` they are taken out of the
hash; system prompt, model, parameters, tools, tenant and user stay exact. Instead:

1. The history leaves the hashed context; a ``semantic`` marker stands in for it, so that
   follow-ups never meet single questions (:func:`semantic_context`, computed once with the
   request's partition).
2. The history is cut into *exchanges* (a user turn and the replies that follow it); small
   talk is dropped (:mod:`yamabiko.conversation.smalltalk`). The entry keeps a compact record
   of the rest (texts and their vectors, :class:`~yamabiko.conversation.history.History`)
   that the store returns with every candidate, so comparing needs no extra round trip and no
   extra embedding.
3. A candidate is served only if its history is equivalent to the query's
   (:meth:`ConversationMatcher.compare`, :mod:`yamabiko.conversation.match`): exchanges pair
   up by meaning (answers by the question they answer), the latest paired exchanges are the
   current topic, the user reverses something (cancel, quit, 解約) on both sides or on
   neither (:mod:`yamabiko.conversation.intent`), paired turns pass the guard and agree on
   the words that differ, an exchange without a partner is unrelated to the other side, and
   the facts each side's assistant repeated back are said on the other side too. Histories
   whose exchanges do not line up but that are close as wholes are compared as wholes.

A miss's reason names the part that differed: ``rejected:history:topic`` (another current
topic, or one side has none), ``rejected:history:extra`` (a related exchange on one side
only), ``rejected:history:<guard check>`` (e.g. ``history:entity``, ``history:number``),
``rejected:history:reply-<check>`` when only the replies differ, ``history:fact:...``
when a repeated fact of each side is missing on the other, ``history:intent:cancel`` when
the user reverses something on one side only, ``history:intent:instead-of:<word>`` when one
side rejects what the other asks for ("rather than a valuation") and
``history:whole-<check>`` when the histories compared as wholes differ,
``history:act:dropped:<thing>`` when one side drops a thing ("forget the MOT", 回収はいいです)
that the other states, ``history:negated:<words>`` when a negated statement outside the
thread names the request ("We won't be needing the piano moved now.").

Histories that hold anything but plain text turns (tool calls, tool results, images) are
always matched exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..guard import Guard, MinimalPairCheck
from ..guard.analysis import AnalysisCache
from ..guard.ja_readings import homophones
from ..models import Candidate, Verdict
from .history import Exchange, History
from .holidays import holiday_dates
from .intent import phrasal_reversals
from .match import HistoryComparer
from .smalltalk import ANSWERS, SMALL_TALK, SmallTalk, leading_answer

__all__ = [
    "ANSWERS",
    "CONVERSATION_MODES",
    "DEFAULT_CONVERSATION",
    "SMALL_TALK",
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


def check_conversation(value: Any, source: str = "conversation") -> str:
    """Validate a conversation mode: ``"semantic"`` or ``"exact"``."""
    if value not in CONVERSATION_MODES:
        raise InvalidInputError(
            f"{source} is {value!r}; it must be 'semantic' (earlier turns matched by meaning) "
            "or 'exact' (earlier turns must be byte-identical)."
        )
    return str(value)


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
        guard: compares paired user turns; default :class:`~yamabiko.guard.Guard` with a
            one-for-two word change counted as a changed word (``rewordings=False``): in an
            earlier turn the changed words are what the follow-up is about.
        learned: the default guard runs its learned stage and rescue (``guard/learned.py``)
            on paired user turns; a turn the rescue serves (``learned-accept``, a reworded
            substitution) skips the minimal-pair rule. Off by default: it gained two
            same-context pairs of the tuning half and nothing on the held-out sets
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
            Off by default, for the same reason (since session 10 such an exchange at the end
            of a conversation is an aside anyway, :mod:`yamabiko.conversation.match`).
        max_changes: two paired turns that differ by at most this many content words on
            each side are a *minimal pair*: every changed word that the other conversation
            never says counts (a substitution or an inserted word rejects).
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
        self._analyses = AnalysisCache(4096)
        self.small_talk = SmallTalk(
            embedder, self._analyses, cut_off=small_talk, acknowledgments=acknowledgments
        )
        self.comparer = HistoryComparer(
            self.guard, self.reply_guard, self._analyses,
            match=match, related=related, max_changes=max_changes,
            polarity=self.small_talk.polarity,
        )  # fmt: skip
        self._built = 0

    @property
    def embedded(self) -> int:
        """Texts this matcher has embedded (histories and small-talk prototypes)."""
        return self._built + self.small_talk.embedded

    def warm_up(self) -> None:
        """Load what the first comparison of histories would otherwise load: the phrasal
        verbs of reversal read from WordNet's verb index (~30 ms;
        :func:`~yamabiko.conversation.intent.phrasal_reversals`) and the readings of the word
        table's Japanese words (~0.4 s, once per process, shared with the guard's warm-up:
        :func:`~yamabiko.guard.ja_readings.homophones`, which the stated facts ask of a word
        written in kana) and WordNet's dated holidays (~0.15 s:
        :func:`~yamabiko.conversation.holidays.holiday_dates`)."""
        phrasal_reversals()
        homophones("アサッテ", "明後日")
        holiday_dates()

    # -- building --------------------------------------------------------------------------

    async def prepare(self, request: Any) -> None:
        """Build the record of a request whose earlier turns left its exact context (see
        :func:`semantic_context`), once: stored with its entry, compared with candidates'."""
        if not request.semantic_history or request.conversation is not None:
            return
        turns = text_turns(request.context[HISTORY_KEY])
        history = await self.build(turns or [])
        request.history = history.to_json()
        request.conversation = QueryConversation(self, history, request.prompt)

    async def build(self, turns: Sequence[tuple[str, str]]) -> History:
        """Embed the exchanges of ``turns`` (the most recent ``2 * _MAX_EXCHANGES``) and drop
        small talk."""
        pairs = _exchanges(turns)[-2 * _MAX_EXCHANGES :]
        if not pairs:
            return History(())
        texts = [u or a for u, a in pairs]
        self._built += len(texts)
        vectors = np.asarray(await self.embedder.embed(texts), dtype=np.float32)
        small = await self.small_talk.mask(pairs, vectors)
        kept = [
            Exchange(u, a, v)
            for (u, a), v, drop in zip(pairs, vectors, small, strict=True)
            if not drop
        ]
        return History(tuple(kept[-_MAX_EXCHANGES:]))

    # -- comparing -------------------------------------------------------------------------

    def compare(self, query: History, record: str | None, follow_up: str = "") -> Verdict:
        """Is the cached conversation (its stored record) equivalent to the query's, before
        the question ``follow_up`` (the lookup's prompt; a remark may bear on it)?"""
        if record is None:
            return Verdict(False, "history:topic")
        try:
            cached = History.from_json(record)
        except (ValueError, KeyError, TypeError):
            return Verdict(False, "history:unreadable")
        return self.comparer.compare(query.exchanges, cached.exchanges, follow_up)


@dataclass(frozen=True)
class QueryConversation:
    """What one lookup compares its candidates' earlier turns with (``None``: nothing)."""

    matcher: ConversationMatcher
    history: History | None
    #: the question that follows the history: a yes or a no it opens with answers the
    #: assistant's last question ("いいえ。料金は?" / "はい。料金は?"), part of the context
    prompt: str = ""

    def check(self, candidate: Candidate, verdict: Verdict) -> Verdict:
        """The verifier's accepting ``verdict`` on the question, or why the history differs
        (``history:answer``: the question opens with a yes on one side, a no on the other)."""
        if self.history is None:
            return verdict
        if leading_answer(self.prompt) * leading_answer(candidate.prompt) < 0:
            return Verdict(False, "history:answer")
        found = self.matcher.compare(self.history, candidate.history, self.prompt)
        return verdict if found.accept else found
