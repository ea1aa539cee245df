"""The request object: everything the cache derives from one call, derived once.

:func:`build_request` validates the prompt and the context, asks the policy once, applies the
decided scope, detects the prompt's language once and hashes the context once. The cache's
``probe`` / ``store`` / ``get_or_call`` and the gateway's pipeline all work on the resulting
:class:`CacheRequest`; nothing downstream re-derives it. The sensitive-data scan of the prompt
and the prompt's vector are computed at most once, on first use, and kept on the request.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .blank import blank
from .conversation import semantic_context
from .errors import InvalidInputError
from .language import detect_language
from .models import DEFAULT_MAX_ENTRY_BYTES, Entry
from .partition import (
    NAMESPACE_KEY,
    USER_KEY,
    canonical_hash,
    entry_id,
    partition_of,
    validate_context,
)
from .policy import Decision, Policy, PolicyRequest
from .policy.rules import MAX_TTL_S

#: Prompts longer than this (characters) are neither embedded nor analysed: they bypass the
#: cache with reason ``too-long`` (embedding cost grows with length: ~9 ms per 1,000 characters).
DEFAULT_MAX_PROMPT_CHARS = 4000


def check_min_similarity(value: Any, source: str = "min_similarity") -> float:
    """Validate a cosine threshold: a real number in [-1, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a cosine similarity, a number in [-1, 1] "
            "(e.g. 0.9). If you have a distance d from another tool: cosine = 1 - d."
        )
    if not -1.0 <= value <= 1.0:
        hint = " It looks like a percentage: divide by 100." if 10 <= value <= 100 else ""
        raise InvalidInputError(
            f"{source} is {value!r}, outside [-1, 1]; it is a cosine similarity "
            f"(1 = same meaning).{hint}"
        )
    return float(value)


def check_ttl(value: Any, source: str = "ttl") -> float | None:
    """Validate a TTL in seconds: a positive number, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a number of seconds > 0 (e.g. 3600), or None."
        )
    if value <= 0:
        raise InvalidInputError(
            f"{source} is {value!r}; a TTL must be > 0 seconds. To keep entries until they are "
            "evicted or invalidated, create the cache with ttl=None."
        )
    if value > MAX_TTL_S:
        raise InvalidInputError(
            f"{source} is {value!r} seconds, over the {MAX_TTL_S:.0f}-second (ten-year) "
            "maximum; to keep entries until they are evicted, use ttl=None."
        )
    return float(value)


def check_text(value: Any, name: str) -> str:
    """Validate a prompt or an answer: a non-blank string."""
    if not isinstance(value, str):
        raise InvalidInputError(
            f"{name} must be a str, got {type(value).__name__}: {value!r:.80}. "
            "Serialise structured data (e.g. json.dumps) before caching it."
        )
    if blank(value):
        raise InvalidInputError(f"{name} is empty ({value!r}); pass the non-empty text.")
    return value


def check_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Validate tags: non-empty strings without commas or surrounding spaces."""
    if isinstance(tags, str):
        raise InvalidInputError(
            f"tags is the string {tags!r}; pass a list of tags, e.g. tags=[{tags!r}]."
        )
    out = tuple(tags)
    for tag in out:
        if not isinstance(tag, str) or not tag or tag != tag.strip() or "," in tag:
            raise InvalidInputError(
                f"tag {tag!r} is invalid; tags are non-empty strings without commas or "
                "surrounding spaces."
            )
    return out


@dataclass(frozen=True)
class Defaults:
    """The cache-wide settings a request falls back on (the cache's constructor arguments)."""

    min_similarity: float
    ttl: float | None
    max_age: float | None
    max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES
    language_in_context: bool = True
    max_prompt_chars: int = DEFAULT_MAX_PROMPT_CHARS
    conversation: str = "semantic"


@dataclass(eq=False)
class CacheRequest:
    """One call to the cache, derived once (see the module docstring).

    ``partition`` is None when the decided scope cannot apply (scope ``user`` without a
    user): such a request bypasses the cache. ``threshold``, ``ttl`` and ``size_limit`` are the
    effective values after precedence (the call's, then the rule's, then the cache's; ``ttl``
    capped by ``max_age``). ``uncacheable`` is a caller's (adapter's) reason not to cache at
    all; ``no_read`` / ``no_store`` are the client's ``Cache-Control`` directives.
    """

    prompt: str
    context: dict[str, Any]
    decision: Decision
    partition: str | None
    context_id: str
    lang: str | None
    threshold: float
    ttl: float | None
    size_limit: int
    route: str | None = None
    tags: tuple[str, ...] = ()
    no_read: bool = False
    no_store: bool = False
    uncacheable: str | None = None
    too_long: bool = False  # over max_prompt_chars: never embedded or analysed
    vector: np.ndarray | None = None
    #: semantic conversation mode: True when earlier turns left the exact context; then the
    #: turns' record (stored with the entry) and the check that candidates' records must pass
    #: (see :mod:`yamabiko.conversation`)
    semantic_history: bool = False
    history: str | None = None
    conversation: Any = None
    _sensitive: tuple[str | None] | None = field(default=None, repr=False)

    @property
    def namespace(self) -> str:
        """The tenant namespace of the request (``context["namespace"]``)."""
        return str(self.context.get(NAMESPACE_KEY))

    @property
    def user(self) -> str | None:
        """The user of the request (``context["user"]``), if any."""
        return self.context.get(USER_KEY)

    @property
    def flight_key(self) -> str:
        """Identical requests share this key (single flight): same partition, same prompt."""
        return f"{self.partition or self.context_id}\x00{self.prompt}"

    def entry(
        self,
        response: str,
        metadata: Mapping[str, Any] | None,
        now: float,
        analysis: str | None = None,
    ) -> Entry:
        """A new entry holding ``response`` as the answer to this request (``analysis``: the
        guard's stored analysis of the prompt, see :mod:`yamabiko.guard.stored`)."""
        assert self.partition is not None, "a request without a partition is never stored"
        return Entry(
            id=entry_id(self.partition, self.prompt),
            partition=self.partition,
            context_id=self.context_id,
            namespace=self.namespace,
            user=self.user,
            lang=self.lang,
            prompt=self.prompt,
            response=response,
            created_at=now,
            expires_at=None if self.ttl is None else now + self.ttl,
            tags=self.tags,
            metadata=dict(metadata or {}),
            history=self.history,
            analysis=analysis,
        )

    async def scan(self, policy: Policy) -> None:
        """Scan the prompt now, in a worker thread, when the policy has a detector that waits
        on I/O (a remote checker), so that :meth:`sensitive_prompt` never blocks the loop."""
        if self._sensitive is None and policy.blocking and not (self.too_long or self.uncacheable):
            found = await asyncio.to_thread(policy.find_sensitive, [self.prompt])
            self._sensitive = (found,)

    def sensitive_prompt(self, policy: Policy) -> str | None:
        """The first detector that matches the prompt (scanned once per request), else None."""
        if self._sensitive is None:
            self._sensitive = (policy.find_sensitive([self.prompt]),)
        return self._sensitive[0]


def _scoped(context: dict[str, Any], scope: str | None) -> dict[str, Any] | None:
    """The context hashed for ``scope`` (see :class:`~yamabiko.policy.Decision`); None when the
    scope needs a user and there is none."""
    if scope == "user":
        return context if USER_KEY in context else None
    if scope == "shared":
        return {k: v for k, v in context.items() if k not in (NAMESPACE_KEY, USER_KEY)}
    if scope == "namespace":
        return {k: v for k, v in context.items() if k != USER_KEY}
    return context


def build_request(
    prompt: str,
    context: Mapping[str, Any] | None,
    *,
    policy: Policy,
    defaults: Defaults,
    min_similarity: float | None = None,
    ttl: float | None = None,
    tags: Sequence[str] = (),
    route: str | None = None,
    headers: Mapping[str, str] | None = None,
    no_read: bool = False,
    no_store: bool = False,
    uncacheable: str | None = None,
) -> CacheRequest:
    """Validate the call's arguments and derive its :class:`CacheRequest`.

    Raises InvalidInputError for a bad prompt, context, threshold, TTL or tags.
    """
    if uncacheable is None or not isinstance(prompt, str):  # (an uncacheable one may be empty)
        check_text(prompt, "prompt")
    ctx = validate_context(context)
    if min_similarity is not None:
        min_similarity = check_min_similarity(min_similarity)
    ttl = check_ttl(ttl)
    too_long = len(prompt) > defaults.max_prompt_chars  # bounded work: before any analysis
    if too_long:
        decision = Decision(cache=False, rule="too-long")
    else:
        decision = policy.decide(PolicyRequest(prompt, ctx, route, headers or {}))
    hashed = _scoped(ctx, decision.scope)
    semantic = False
    if hashed is not None and (decision.conversation or defaults.conversation) == "semantic":
        hashed, semantic = semantic_context(hashed)
    lang = detect_language(prompt) if defaults.language_in_context and not too_long else None
    context_id = canonical_hash(ctx if hashed is None else hashed)
    partition = None if hashed is None else partition_of(context_id, lang)
    threshold = min_similarity
    if threshold is None:
        threshold = decision.min_similarity
    if threshold is None:
        threshold = defaults.min_similarity
    if ttl is None:  # precedence: the call's ttl, then the rule's, then the cache's
        ttl = decision.ttl if decision.ttl is not None else defaults.ttl
    if defaults.max_age is not None:
        ttl = defaults.max_age if ttl is None else min(ttl, defaults.max_age)
    return CacheRequest(
        prompt=prompt,
        context=ctx,
        decision=decision,
        partition=partition,
        context_id=context_id,
        lang=lang,
        threshold=threshold,
        ttl=ttl,
        size_limit=decision.max_entry_bytes or defaults.max_entry_bytes,
        route=route,
        tags=check_tags(tags),
        no_read=no_read,
        no_store=no_store,
        uncacheable=uncacheable,
        too_long=too_long,
        semantic_history=semantic,
    )
